// Quick fixes for diagnostics. Pure: each action is a title and a list of edits.
//
//  * numbering problems (`*-number-gap|duplicate|order`, `inserted-number-misplaced`):
//      "fix this number" — sets the number to data.expected (or the number that fits after the
//      previous unit; if that is taken, the next inserted number, e.g. 12-1), rewriting every
//      reference to the unit; offered only when the number is free;
//      "renumber from here" — the unit's own sequence made consecutive from this unit on (inserted
//      numbers kept), every reference rewritten (sections and chapters: headings only).
//  * `section-numeral-invalid` — replace with the Latin Roman numeral (homoglyphs, Arabic digits).
//  * unresolved references — replace the number with the obvious candidate: data.candidates or
//    another inserted variant of the same base (83 → 83-1); for a paragraph or subparagraph, the
//    same-base variants in the cited article / list, or the only numbered one if there is just one.
//  * `reference-ordinal-adjective` — the digit form, keeping the noun as written (so its case):
//    «первый пункт» → «пункт 1», «во втором пункте» → «в пункте 2», «пункт первый» → «пункт 1»,
//    "the first paragraph" → "paragraph 1", «екінші тармағында» → «2-тармағында».
//    Offered only when the citation it writes resolves (the edited line is scanned and resolved again).
//    Limits: the adjective's own agreement is not re-checked; a preposition other than «во»/«со»
//    before the phrase is kept as is; ordinals beyond twelve are not recognised by the scanner.

import type { Analysis } from '../analysis';
import type { Article, Edit, Lang, Paragraph, Problem, Section, Chapter, Subparagraph, Unit, UnitBase } from '../types';
import { canonical } from '../parser';
import { scanReferences } from '../refscan';
import { resolveTarget } from '../resolve';
import { localiseTarget } from '../messages';
import { isInternal } from '../cites';
import { allUnits } from '../analysis';
import { toRoman } from '../text';
import {
  buildEdits, digitSpan, renameUnitTo, renumberFromPlan, sequenceNumbers, siblings, unresolvedArticleNumbers,
  unresolvedParagraphNumbers, type NumKind, type RenumberPlan, type Repointed,
} from './renumber';
import { keepExcluded, keepExcludedParagraph, missingBetween } from './keepExcluded';
import { countOf, plural } from '../plural';
import { fill, lexicon, type ActionTitle } from '../lang';
import { INVISIBLE_CODE, NBSP_CODE, runEdit } from '../invisible';
import { billVerbFix, billWordsFix } from '../bill/fixes';

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'refactor';
  edits: Edit[];
  isPreferred?: boolean;
  /** References the edits would make cite another unit (or start / stop resolving); the title says how many. */
  repointed?: Repointed[];
}

type NumUnit = Article | Paragraph | Subparagraph;

// ───────────────────────────── titles ─────────────────────────────

// The titles are the lexicon's `actions`: {unit} is the unit with its number in the case the sentence
// needs (lexicon `unitForms`): «номер статьи 10», «10-баптың нөмірін», "article number 10".
function t(key: ActionTitle, lang: Lang, args: Record<string, string | number>): string {
  return fill(lexicon(lang).actions[key], args);
}

function refsText(n: number, lang: Lang): string {
  return n > 0 ? t('refs', lang, { refs: countOf(lang, n, lexicon(lang).plurals.references) }) : '';
}

type Kind = 'article' | 'paragraph' | 'subparagraph' | 'section' | 'chapter';

/** Subparagraph numbers are written «2)». */
function written(kind: Kind, n: string): string {
  return kind === 'subparagraph' && !n.endsWith(')') ? `${n})` : n;
}

/** «Изменить номер статьи 10 на 10-1 и 3 ссылки», "Change article number 10 to 10-1 and 3 references",
 * «10-баптың нөмірін 10-1 деп өзгерту (3 сілтемемен бірге)». */
export function fixTitle(lang: Lang, kind: Kind, old: string, next: string, refs: number): string {
  const lex = lexicon(lang);
  const r = refs <= 0 ? '' : t('fixRefs', lang, { refs: countOf(lang, refs, lex.plurals.references) });
  return t('fix', lang, { unit: lex.unitForms[kind].gen(written(kind, old)), new: written(kind, next), refs: r });
}

/** «Перенумеровать статьи начиная с 4 (5 номеров и 12 ссылок)», "Renumber articles from 4 on (5 numbers and 12 references)",
 * «4-баптан бастап баптарды қайта нөмірлеу (5 нөмір және 12 сілтеме)». */
export function fromBaseTitle(lang: Lang, kind: Kind, old: string, numbers: number, refs: number): string {
  const lex = lexicon(lang);
  const f = lex.unitForms[kind];
  return t('from', lang, { units: f.pl, old: f.abl(written(kind, old)), numbers: countOf(lang, numbers, lex.plurals.numbers), refs: refsText(refs, lang) });
}

/** «3 ссылки на статью 62» / "3 citations of article 62" / «62-бапқа 3 сілтеме». */
function repointedText(r: Repointed[], lang: Lang): string {
  const arts = [...new Set(r.map((x) => x.article).filter((a): a is string => !!a))];
  const forms = lexicon(lang).plurals;
  if (arts.length !== 1) return countOf(lang, r.length, forms.citations);
  return fill(plural(lang, r.length, forms.citationsOf), { a: arts[0], n: r.length });
}

/** The question of the Renumber dialog: «Перенумерация перенаправит 3 ссылки на статью 62». */
export function repointedSummary(r: Repointed[], lang: Lang): string {
  return t('summary', lang, { cites: repointedText(r, lang) });
}

function fromTitle(lang: Lang, u: NumUnit, plan: RenumberPlan): string {
  const base = fromBaseTitle(lang, u.kind, u.number.text, plan.map.length, plan.references);
  return plan.repointed.length > 0 ? t('repoints', lang, { base, cites: repointedText(plan.repointed, lang) }) : base;
}

// ───────────────────────────── numbering ─────────────────────────────

const NUMBERING = /^(section|chapter|article|paragraph|subparagraph)-number-(gap|duplicate|order)$/;

function unitAtSpan(an: Analysis, start: number): Unit | null {
  for (const s of an.doc.sections) if (s.number.span.start === start) return s;
  for (const c of an.doc.chapters) if (c.number.span.start === start) return c;
  for (const u of allUnits(an.doc)) if (u.number.span.start === start) return u;
  return null;
}

function isNum(u: Unit): u is NumUnit {
  return u.kind === 'article' || u.kind === 'paragraph' || u.kind === 'subparagraph';
}

function headingList(an: Analysis, u: Section | Chapter): UnitBase[] {
  return u.kind === 'section' ? an.doc.sections : an.doc.chapters;
}

/** The number that fits this unit after its predecessor: data.expected, else prev+1, else the next inserted number. */
function fittingNumbers(list: UnitBase[], u: UnitBase, expected: unknown): string[] {
  const i = list.indexOf(u);
  const prev = i > 0 ? list[i - 1].number : null;
  const out: string[] = [];
  if (typeof expected === 'string' && /^\d+(?:-\d+)*$/.test(expected)) out.push(expected);
  else if (typeof expected === 'number' && Number.isFinite(expected)) out.push(String(expected));
  if (!prev) out.push('1');
  else if (Number.isFinite(prev.base)) {
    out.push(String(prev.base + 1));
    // The next inserted number after prev: 12 → 12-1, 12-1 → 12-2.
    const suf = prev.suffix.length ? [...prev.suffix.slice(0, -1), prev.suffix[prev.suffix.length - 1] + 1] : [1];
    out.push([prev.base, ...suf].join('-'));
  }
  return [...new Set(out)];
}

function numberingActions(an: Analysis, p: Problem, lang: Lang): CodeAction[] {
  const u = unitAtSpan(an, p.span.start);
  if (!u) return [];
  const out: CodeAction[] = [];
  if (isNum(u)) {
    const list = siblings(an, u);
    // A gap left by a deleted article: keep its number as an excluded heading (nothing is re-pointed).
    // Preferred (and first) when the missing numbers are cited; else offered last.
    let keepLast: CodeAction | null = null;
    if (u.kind === 'article' && p.code === 'article-number-gap') {
      const missing = missingBetween(list[list.indexOf(u) - 1] as Article | undefined, u);
      const keep = keepExcludedAction(an, missing, lang);
      const cited = unresolvedArticleNumbers(an);
      if (keep && missing.some((n) => cited.has(n))) out.push(keep);
      else if (keep) keepLast = { ...keep, isPreferred: undefined };
    } else if (u.kind === 'paragraph' && p.code === 'paragraph-number-gap' && u.number.suffix.length === 0) {
      const prev = list[list.indexOf(u) - 1];
      const missing = prev && Number.isFinite(prev.number.base) && u.number.base === prev.number.base + 2 ? String(prev.number.base + 1) : null;
      const keep = missing ? keepExcludedParagraphAction(an, u.article, missing, lang) : null;
      if (keep && unresolvedParagraphNumbers(an, u.article).has(missing!)) out.push(keep);
      else if (keep) keepLast = { ...keep, isPreferred: undefined };
    }
    const preferred = () => (out.some((a) => a.isPreferred) ? undefined : true);
    // The first fitting number that re-points no citation; failing that, the first one, saying how many
    // citations it re-points (and not preferred).
    let fix: { cand: string; r: Exclude<ReturnType<typeof renameUnitTo>, { error: string }> } | null = null;
    for (const cand of fittingNumbers(list, u, p.data?.expected)) {
      const r = renameUnitTo(an, u, cand, { allowRepoint: true });
      if ('error' in r) continue;
      if (r.repointed.length === 0) { fix = { cand, r }; break; }
      fix ??= { cand, r };
    }
    if (fix) {
      const { cand, r } = fix;
      const base = fixTitle(lang, u.kind, u.number.text, cand, r.edits.length - 1);
      out.push({
        title: r.repointed.length > 0 ? t('repoints', lang, { base, cites: repointedText(r.repointed, lang) }) : base,
        kind: 'quickfix', edits: r.edits, repointed: r.repointed,
        isPreferred: r.repointed.length === 0 ? preferred() : undefined,
      });
    }
    const plan = renumberFromPlan(an, u);
    if (plan.edits.length > 0) {
      out.push({
        title: fromTitle(lang, u, plan), kind: 'quickfix', edits: plan.edits, repointed: plan.repointed,
        // A renumbering that re-points citations is offered, said so, and never preferred.
        isPreferred: plan.repointed.length === 0 ? preferred() : undefined,
      });
      if (plan.repointed.length > 0) {
        // The safe variant: the numbers the unresolved citations name stay free.
        const safe = renumberFromPlan(an, u, { keepUnresolved: true });
        const free = u.kind === 'article' ? unresolvedArticleNumbers(an) : u.kind === 'paragraph' ? unresolvedParagraphNumbers(an, u.article) : new Set<string>();
        // The numbers the plain renumbering would give away.
        const kept = [...free].filter((n) => plan.map.some((m) => m.kind === u.kind && canonical(m.new) === n));
        if (safe.edits.length > 0 && safe.repointed.length === 0 && kept.length > 0) {
          out.push({
            title: t('keepFree', lang, {
              base: fromTitle(lang, u, safe),
              free: fill(plural(lang, kept.length, lexicon(lang).plurals.free), { x: kept.join(', ') }),
            }),
            kind: 'quickfix', edits: safe.edits, repointed: [], isPreferred: preferred(),
          });
        }
      }
    }
    if (keepLast) out.push(keepLast);
    return out;
  }
  // Sections and chapters: headings only (nothing cites them by number).
  const list = headingList(an, u as Section | Chapter);
  const fmt = u.kind === 'section' ? toRoman : String;
  const taken = new Set(list.filter((x) => x !== u).map((x) => x.number.base + ':' + x.number.suffix.join('-')));
  const i = list.indexOf(u);
  const prev = i > 0 ? list[i - 1].number : null;
  const fit = typeof p.data?.expected === 'string' && /^\d+$/.test(p.data.expected as string) ? parseInt(p.data.expected as string, 10)
    : prev && Number.isFinite(prev.base) ? prev.base + 1 : 1;
  if (!taken.has(fit + ':')) {
    out.push({
      title: fixTitle(lang, u.kind, u.number.text, fmt(fit), 0),
      kind: 'quickfix', edits: [{ span: u.number.span, newText: fmt(fit) }], isPreferred: true,
    });
  }
  const nums = sequenceNumbers(list, { from: i, format: fmt });
  const edits: Edit[] = [];
  list.forEach((x, j) => { if (j >= i && nums[j] !== x.number.text) edits.push({ span: x.number.span, newText: nums[j] }); });
  if (edits.length > 0) {
    out.push({
      title: fromBaseTitle(lang, u.kind, u.number.text, edits.length, 0),
      kind: 'quickfix', edits, isPreferred: out.length === 0 ? true : undefined,
    });
  }
  return out;
}

// ───────────────────────────── unresolved references ─────────────────────────────

function sameBase(list: UnitBase[], num: string): string[] {
  const base = parseInt(num, 10);
  if (!Number.isFinite(base)) return [];
  const key = canonical(num);
  return list.filter((u) => u.number.base === base && canonical(u.number.text) !== key).map((u) => u.number.text);
}

function parentList(an: Analysis, parent: unknown): { paragraphs?: Paragraph[]; subs?: Subparagraph[] } | null {
  if (typeof parent !== 'string') return null;
  const [kind, a, p] = parent.split(':');
  const art = an.doc.articleByNumber.get(canonical(a ?? ''));
  if (!art) return null;
  if (kind === 'article') {
    const subs = art.subparagraphs.length > 0 || art.paragraphs.length === 0 ? art.subparagraphs : art.paragraphs.flatMap((x) => x.subparagraphs);
    return { subs };
  }
  const para = art.paragraphs.find((x) => canonical(x.number.text) === canonical(p ?? ''));
  return para ? { subs: para.subparagraphs } : null;
}

function keepExcludedParagraphAction(an: Analysis, art: Article, num: string, lang: Lang): CodeAction | null {
  const k = keepExcludedParagraph(an, art, num);
  if (!k) return null;
  return {
    title: t('keepExcludedParagraph', lang, { number: num, article: art.number.text, line: k.line.trim() }),
    kind: 'quickfix', edits: [k.edit], isPreferred: true, repointed: [],
  };
}

function keepExcludedAction(an: Analysis, numbers: string[], lang: Lang): CodeAction | null {
  const k = keepExcluded(an, numbers);
  if (!k) return null;
  const title = numbers.length === 1
    ? t('keepExcluded', lang, { number: numbers[0], heading: k.heading, note: k.note, previous: k.after.number.text })
    : t('keepExcludedMany', lang, { number: `${numbers[0]}–${numbers[numbers.length - 1]}`, previous: k.after.number.text });
  return { title, kind: 'quickfix', edits: [k.edit], isPreferred: true, repointed: [] };
}

function unresolvedActions(an: Analysis, p: Problem, lang: Lang): CodeAction[] {
  const num = String(p.args.number ?? '');
  const replacements = unresolvedReplacements(an, p, lang);
  // A citation of a deleted paragraph: keep its number as «3. Исключен.».
  if (p.code === 'reference-unresolved-paragraph' && replacements.length === 0) {
    const art = an.doc.articleByNumber.get(canonical(String(p.args.article ?? '')));
    const keep = art ? keepExcludedParagraphAction(an, art, num, lang) : null;
    if (keep) return [keep];
  }
  // A citation of a deleted article (no other article of that base to mean instead): keep its number.
  if (p.code === 'reference-unresolved-article' && replacements.length === 0) {
    const keep = keepExcludedAction(an, [num], lang);
    if (keep) return [keep];
  }
  return replacements;
}

function unresolvedReplacements(an: Analysis, p: Problem, lang: Lang): CodeAction[] {
  const num = String(p.args.number ?? '');
  let candidates: string[] = [];
  let list: UnitBase[] = [];
  if (p.code === 'reference-unresolved-article') {
    list = an.doc.articles;
    const c = p.data?.candidates;
    candidates = Array.isArray(c) ? c.map(String) : [];
    if (candidates.length === 0) candidates = sameBase(list, num);
  } else if (p.code === 'reference-unresolved-paragraph') {
    const art = an.doc.articleByNumber.get(canonical(String(p.args.article ?? '')));
    if (!art) return [];
    list = art.paragraphs;
    candidates = sameBase(list, num);
    if (candidates.length === 0 && list.length === 1) candidates = [list[0].number.text];
  } else {
    const pl = parentList(an, p.args.parent);
    if (!pl?.subs) return [];
    list = pl.subs;
    candidates = sameBase(list, num);
    if (candidates.length === 0 && list.length === 1) candidates = [list[0].number.text];
  }
  const span = digitSpan(an.text, p.span);
  // Skip excluded candidates when there are others.
  const live = candidates.filter((c) => !list.find((u) => u.number.text === c)?.excluded);
  const use = live.length > 0 ? live : candidates;
  return use.slice(0, 5).map((c) => ({
    title: t('replace', lang, { new: c }),
    kind: 'quickfix' as const,
    edits: [{ span, newText: c }],
    isPreferred: use.length === 1 ? true : undefined,
  }));
}

// ───────────────────────────── ordinal adjectives ─────────────────────────────

function ordinalActions(an: Analysis, p: Problem, titleLang: Lang): CodeAction[] {
  const lang = an.lang;
  const value = Number(p.data?.value);
  const unit = String(p.data?.unit ?? '') as NumKind;
  if (!Number.isFinite(value) || !unit) return [];
  const text = an.text;
  const phrase = text.slice(p.span.start, p.span.end);
  const words = phrase.split(/\s+/).filter(Boolean);
  const nounPrefix = lexicon(lang).scan.nounPrefix;
  const noun = words.find((w) => nounPrefix.test(w));
  const num = `${value}${unit === 'subparagraph' ? ')' : ''}`;
  let newText: string;
  let span = { ...p.span };
  if (!noun) {
    newText = String(p.data?.replacement ?? '');
    if (!newText) return [];
  } else if (lexicon(lang).scan.order === 'number-first') {
    newText = unit === 'subparagraph' ? `${num} ${noun}` : `${num}-${noun}`;
  } else {
    newText = `${noun} ${num}`;
    // The word before the phrase may change with it (Lexicon.scan.ordinalLead): «во втором пункте» →
    // «в пункте 2»; "the first paragraph" → "paragraph 1".
    const lead = lexicon(lang).scan.ordinalLead?.(text.slice(Math.max(0, span.start - 8), span.start), words[0] === noun);
    if (lead) {
      span = { start: span.start - lead.take, end: span.end };
      newText = lead.write + (lead.capital ? newText[0].toUpperCase() + newText.slice(1) : newText);
    }
    if (/^\p{Lu}/u.test(phrase) && span.start === p.span.start) newText = newText[0].toUpperCase() + newText.slice(1);
  }
  // Only when the citation it writes resolves: «первый пункт» in an article without numbered paragraphs
  // would become an unresolved «пункт 1».
  if (!rewriteResolves(an, span, newText)) return [];
  return [{ title: t('digits', titleLang, { new: newText.trim() }), kind: 'quickfix', edits: [{ span, newText }], isPreferred: true }];
}

// ───────────────────────────── text pasted from Word ─────────────────────────────

/**
 * The run under the diagnostic normalised, and when the file has more than one run, the whole file
 * normalised in one action (one edit per run; no visible character changes).
 */
function invisibleActions(an: Analysis, p: Problem, lang: Lang): CodeAction[] {
  const edit = runEdit(p);
  if (!edit) return [];
  const n = Number(p.data?.invisible ?? 0);
  const title = p.code === INVISIBLE_CODE ? t('removeInvisible', lang, { n: countOf(lang, n, lexicon(lang).plurals.invisibleChars) }) : t('replaceNbsp', lang, {});
  const out: CodeAction[] = [{ title, kind: 'quickfix', edits: [edit], isPreferred: true }];
  const all = an.diagnostics.filter((d) => d.code === INVISIBLE_CODE || d.code === NBSP_CODE)
    .map(runEdit).filter((e): e is Edit => !!e);
  if (all.length > 1) {
    out.push({ title: t('cleanAll', lang, { n: countOf(lang, all.length, lexicon(lang).plurals.places) }), kind: 'quickfix', edits: all });
  }
  return out;
}

// ───────────────────────────── ordinal rewrite check ─────────────────────────────

/**
 * Whether replacing `span` by `newText` yields a citation, over the edited text, that cites existing
 * units: the edited line is scanned again and its references are resolved in the article and paragraph
 * the line belongs to.
 */
function rewriteResolves(an: Analysis, span: { start: number; end: number }, newText: string): boolean {
  const masked = an.doc.masked;
  const ls = masked.lastIndexOf('\n', span.start - 1) + 1;
  let le = masked.indexOf('\n', span.end);
  if (le < 0) le = masked.length;
  const line = masked.slice(ls, span.start) + newText + masked.slice(span.end, le);
  const from = span.start - ls;
  const to = from + newText.length;
  const article = an.doc.articles.find((a) => a.span.start <= span.start && span.start < a.span.end) ?? null;
  const paragraph = article?.paragraphs.find((q) => q.span.start <= span.start && span.start < q.span.end) ?? null;
  const refs = scanReferences(line, an.lang).references.filter((r) => isInternal(r, an.doc) && r.span.start < to && from < r.span.end);
  if (refs.length === 0) return false;
  for (const ref of refs) {
    for (const target of ref.targets) {
      if (!resolveTarget(an.doc, ref, target, { article, paragraph }, []).ok) return false;
    }
  }
  return true;
}

// ───────────────────────────── entry point ─────────────────────────────

/** Code actions for one diagnostic. `lang` is the language of the titles (default English). */
export function codeActions(an: Analysis, problem: Problem, lang: Lang = 'en'): CodeAction[] {
  try {
    const code = problem.code;
    if (NUMBERING.test(code) || code === 'inserted-number-misplaced') return numberingActions(an, problem, lang);
    if (code === 'section-numeral-invalid') {
      const v = Number(problem.data?.value);
      let norm = typeof problem.data?.normalised === 'string' ? (problem.data.normalised as string) : '';
      if (problem.data?.kind === 'arabic' && Number.isFinite(v)) norm = toRoman(v);
      if (!norm || !Number.isFinite(v) || norm === an.text.slice(problem.span.start, problem.span.end)) return [];
      return [{ title: t('normalise', lang, { new: norm }), kind: 'quickfix', edits: [{ span: problem.span, newText: norm }], isPreferred: true }];
    }
    if (code === 'reference-unresolved-article' || code === 'reference-unresolved-paragraph' || code === 'reference-unresolved-subparagraph') {
      return unresolvedActions(an, problem, lang);
    }
    if (code === 'reference-ordinal-adjective') return ordinalActions(an, problem, lang);
    if (code === 'reference-constitution-renumbered') return migrateActions(an, problem, lang);
    if (code === INVISIBLE_CODE || code === NBSP_CODE) return invisibleActions(an, problem, lang);
    if (code === 'bill-words-not-found') {
      const fix = billWordsFix(an.text, problem);
      return fix ? [{ title: t('replace', lang, { new: `«${fix.replacement}»` }), kind: 'quickfix', edits: [fix.edit], isPreferred: true }] : [];
    }
    if (code === 'bill-verb-missing') {
      const fix = billVerbFix(an.text, problem);
      return fix ? [{ title: t('addVerb', lang, { verb: fix.verb }), kind: 'quickfix', edits: [fix.edit], isPreferred: true }] : [];
    }
  } catch {
    // a quick fix must never break the editor
  }
  return [];
}

/** The rewrite of a citation of the Constitution under the newer numbering (core/features/migrate.ts). */
function migrateActions(an: Analysis, problem: Problem, lang: Lang): CodeAction[] {
  const edits = problem.data?.edits;
  if (!Array.isArray(edits) || edits.length === 0) return [];
  const ok = edits.every((e) => e && typeof e.newText === 'string' && e.span && e.span.end <= an.text.length);
  if (!ok) return [];
  const target = localiseTarget(String(problem.args.target ?? ''), lang);
  return [{ title: t('migrate', lang, { act: problem.args.act ?? '', target }), kind: 'quickfix', edits: (edits as Edit[]).map((e) => ({ span: { ...e.span }, newText: e.newText })), isPreferred: true }];
}

export { buildEdits };
