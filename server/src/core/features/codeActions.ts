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
//    Limits: the adjective's own agreement is not re-checked; a preposition other than «во»/«со»
//    before the phrase is kept as is; ordinals beyond twelve are not recognised by the scanner.

import type { Analysis } from '../analysis';
import type { Article, Edit, Lang, Paragraph, Problem, Section, Chapter, Subparagraph, Unit, UnitBase } from '../types';
import { canonical } from '../parser';
import { allUnits } from '../analysis';
import { toRoman } from '../text';
import {
  buildEdits, digitSpan, renameUnitTo, renumberFromPlan, sequenceNumbers, siblings, type NumKind,
} from './renumber';

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'refactor';
  edits: Edit[];
  isPreferred?: boolean;
}

type NumUnit = Article | Paragraph | Subparagraph;

// ───────────────────────────── titles ─────────────────────────────

const T = {
  fix: {
    en: 'Change {unit} number {old} to {new}{refs}',
    ru: 'Изменить номер ({unit}) {old} на {new}{refs}',
    kk: '{unit} нөмірін {old} → {new} өзгерту{refs}',
  },
  refs: {
    en: ' and {n} reference(s)',
    ru: ' и {n} ссылк(и)',
    kk: ' және {n} сілтеме',
  },
  from: {
    en: 'Renumber {units} from {old} on ({n} number(s){refs})',
    ru: 'Перенумеровать ({units}) начиная с {old} ({n} номер(ов){refs})',
    kk: '{old} нөмірінен бастап қайта нөмірлеу ({units}; {n} нөмір{refs})',
  },
  normalise: {
    en: 'Write the section number as the Roman numeral {new}',
    ru: 'Записать номер раздела римской цифрой {new}',
    kk: 'Бөлім нөмірін {new} рим цифрымен жазу',
  },
  replace: {
    en: 'Replace with {new}',
    ru: 'Заменить на {new}',
    kk: '{new} деп ауыстыру',
  },
  digits: {
    en: 'Cite by number: “{new}”',
    ru: 'Указать номером: «{new}»',
    kk: 'Нөмірмен көрсету: «{new}»',
  },
};

const UNITS: Record<Lang, Record<string, [string, string]>> = {
  en: { article: ['article', 'articles'], paragraph: ['paragraph', 'paragraphs'], subparagraph: ['subparagraph', 'subparagraphs'], section: ['section', 'sections'], chapter: ['chapter', 'chapters'] },
  ru: { article: ['статья', 'статьи'], paragraph: ['пункт', 'пункты'], subparagraph: ['подпункт', 'подпункты'], section: ['раздел', 'разделы'], chapter: ['глава', 'главы'] },
  kk: { article: ['бап', 'баптар'], paragraph: ['тармақ', 'тармақтар'], subparagraph: ['тармақша', 'тармақшалар'], section: ['бөлім', 'бөлімдер'], chapter: ['тарау', 'тараулар'] },
};

function t(key: keyof typeof T, lang: Lang, args: Record<string, string | number>): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? ''));
}

function refsText(n: number, lang: Lang): string {
  return n > 0 ? t('refs', lang, { n }) : '';
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
    for (const cand of fittingNumbers(list, u, p.data?.expected)) {
      const r = renameUnitTo(an, u, cand);
      if ('error' in r) continue;
      out.push({
        title: t('fix', lang, { unit: UNITS[lang][u.kind][0], old: u.number.text, new: cand, refs: refsText(r.edits.length - 1, lang) }),
        kind: 'quickfix', edits: r.edits, isPreferred: true,
      });
      break;
    }
    const plan = renumberFromPlan(an, u);
    if (plan.edits.length > 0) {
      out.push({
        title: t('from', lang, { units: UNITS[lang][u.kind][1], old: u.number.text, n: plan.map.length, refs: refsText(plan.references, lang) }),
        kind: 'quickfix', edits: plan.edits, isPreferred: out.length === 0 ? true : undefined,
      });
    }
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
      title: t('fix', lang, { unit: UNITS[lang][u.kind][0], old: u.number.text, new: fmt(fit), refs: '' }),
      kind: 'quickfix', edits: [{ span: u.number.span, newText: fmt(fit) }], isPreferred: true,
    });
  }
  const nums = sequenceNumbers(list, { from: i, format: fmt });
  const edits: Edit[] = [];
  list.forEach((x, j) => { if (j >= i && nums[j] !== x.number.text) edits.push({ span: x.number.span, newText: nums[j] }); });
  if (edits.length > 0) {
    out.push({
      title: t('from', lang, { units: UNITS[lang][u.kind][1], old: u.number.text, n: edits.length, refs: '' }),
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

function unresolvedActions(an: Analysis, p: Problem, lang: Lang): CodeAction[] {
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

const NOUN: Record<Lang, RegExp> = {
  ru: /^(?:под)?пункт|^стат[ьеи]/iu,
  en: /^(?:sub)?paragraphs?$|^articles?$/iu,
  kk: /^(?:тармақ|тармағ|бап|баб)/iu,
};

function ordinalActions(an: Analysis, p: Problem, titleLang: Lang): CodeAction[] {
  const lang = an.lang;
  const value = Number(p.data?.value);
  const unit = String(p.data?.unit ?? '') as NumKind;
  if (!Number.isFinite(value) || !unit) return [];
  const text = an.text;
  const phrase = text.slice(p.span.start, p.span.end);
  const words = phrase.split(/\s+/).filter(Boolean);
  const noun = words.find((w) => NOUN[lang].test(w));
  const num = `${value}${unit === 'subparagraph' ? ')' : ''}`;
  let newText: string;
  let span = { ...p.span };
  if (!noun) {
    newText = String(p.data?.replacement ?? '');
    if (!newText) return [];
  } else if (lang === 'kk') {
    newText = unit === 'subparagraph' ? `${num} ${noun}` : `${num}-${noun}`;
  } else {
    newText = `${noun} ${num}`;
    // «во втором пункте» → «в пункте 2»; "the first paragraph" → "paragraph 1".
    const before = text.slice(Math.max(0, span.start - 8), span.start);
    if (lang === 'ru') {
      const m = /(^|[^\p{L}])([вВсС])о(\s+)$/u.exec(before);
      if (m && words[0] !== noun) {
        span = { start: span.start - m[2].length - 1 - m[3].length, end: span.end };
        newText = `${m[2]}${m[3]}${newText}`;
      }
    } else if (lang === 'en') {
      const m = /(^|[^\p{L}])([Tt])he(\s+)$/u.exec(before);
      if (m) {
        span = { start: span.start - 3 - m[3].length, end: span.end };
        if (m[2] === 'T') newText = newText[0].toUpperCase() + newText.slice(1);
      }
    }
    if (/^\p{Lu}/u.test(phrase) && span.start === p.span.start) newText = newText[0].toUpperCase() + newText.slice(1);
  }
  return [{ title: t('digits', titleLang, { new: newText.trim() }), kind: 'quickfix', edits: [{ span, newText }], isPreferred: true }];
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
  } catch {
    // a quick fix must never break the editor
  }
  return [];
}

export { buildEdits };
