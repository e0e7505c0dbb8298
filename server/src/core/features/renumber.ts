// Renaming and renumbering of articles, paragraphs and subparagraphs, with every reference to the
// renumbered units rewritten. Pure: works on an Analysis, returns edits; never touches the text.
//
// Guarantees:
//  * Edits replace ONLY number characters: the digits (and insertion hyphens) of a heading number
//    («Статья 83-1», «83-1-бап», «3-1.», «10-1)») or of a reference number («статьи 12»,
//    «12-бабының», "Article 12", "(2)"). No other character is ever touched.
//  * A reference is rewritten only when it resolves to the renumbered unit (for a paragraph:
//    only references whose article level resolves to that paragraph's article). Relative references
//    («настоящей статьи», «осы баптың», "this Article") carry no number and need no edit.
//  * A range («статьями 13–15») whose cited units would no longer form an ascending run after the
//    change, or one of whose endpoints does not exist, is never rewritten silently: it is left as is
//    and a `renumber-range-broken` warning points at it.
//
// Numbering rules of the plan (see domain.md):
//  * Excluded units keep their slot: an excluded article (e.g. 1995 Art. 84) is counted like any
//    other, so it is renumbered with its neighbours and never frees its number for another unit.
//  * Without `inserted`, inserted units (83-1) keep their suffix and follow their (possibly new) base:
//    after 83 → 82 the inserted 83-1 becomes 82-1; suffixes are made consecutive (83-1, 83-3 → 83-1,
//    83-2). An inserted unit with no plain unit before it in its sequence is numbered as a plain one.
//  * With `inserted`, every unit gets a plain consecutive number (83, 83-1, 84, 85 → 83, 84, 85, 86).

import type { Analysis } from '../analysis';
import { allUnits, analyze, docSources, scanLine } from '../analysis';
import { findParagraph, findSub, resolveTarget, type ResolvedTarget } from '../resolve';
import type { Article, Edit, Lang, Paragraph, RefLevel, RefNum, Span, Subparagraph, Unit, UnitBase, UnitNumber } from '../types';
import {
  articleOfUnit, articleShell, canonical, headingOf, insertedBase, insertedSuffix, markAmending, markExcludedByNote, numberColumn, NO_CODE, parseArticleBody,
  type DocumentModel,
} from '../parser';
import { duplicatedArticleNumbers, shareDuplicatedNumbers } from './duplicates';
import type { TextReader } from '../source';
import { compareNumbers, parseArabic } from '../text';
import { countOf } from '../plural';
import { lexicon } from '../lang';
import { unitName } from '../messages';

export type NumKind = 'article' | 'paragraph' | 'subparagraph';
type NumUnit = Article | Paragraph | Subparagraph;

export interface Change {
  kind: NumKind;
  old: string;
  new: string;
}

export interface PlanEntry extends Change {
  /** 1-based line of the unit's heading / first line. */
  line: number;
  /** Number of the article holding a paragraph or subparagraph (old number). */
  article?: string;
  /** Number of the paragraph holding a subparagraph (old number), if any. */
  paragraph?: string;
}

export interface EditWarning {
  span: Span;
  code: string;
  message: string;
  args?: Record<string, string | number>;
}

export interface EditError {
  /** English message. */
  error: string;
  /** Stable code, for localisation with `editMessage`. */
  code: string;
  args: Record<string, string | number>;
}

// ───────────────────────────── messages ─────────────────────────────

/** The codes of renumbering and rename errors and warnings; their messages are in the lexicons (Lexicon.renumber). */
export const EDIT_CODES = [
  'rename-no-number',
  'rename-unresolved',
  'rename-invalid-number',
  'rename-collision',
  'rename-breaks-reference',
  'renumber-reference-changed',
  'rename-unchanged',
  'renumber-range-broken',
  'renumber-unresolved-captured',
  'renumber-repointed',
  'renumber-article-not-found',
] as const;

/** Localised message for an edit error / warning code (the templates are the lexicon's: Lexicon.renumber). */
export function editMessage(code: string, args: Record<string, string | number>, lang: Lang = 'en'): string {
  const words = lexicon(lang).renumber;
  const template = (words.messages as Readonly<Record<string, string>>)[code];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = args[k];
    if (v === undefined && k !== 'references') return '';
    if (k === 'unit') return unitName(String(v), lang);
    if (k === 'reason') return (words.reasons as Readonly<Record<string, string>>)[String(v)] ?? String(v);
    if (k === 'where') {
      const a = args.whereArticle;
      if (a === undefined) return '';
      const lex = lexicon(lang);
      return words.where(args.whereParagraph !== undefined ? lex.parentParagraph(String(a), String(args.whereParagraph)) : lex.parentArticle(String(a)));
    }
    if (k === 'references') return countOf(lang, Number(args.count ?? 0), lexicon(lang).plurals.references);
    return String(v);
  }).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

function err(code: string, args: Record<string, string | number>): EditError {
  return { error: editMessage(code, args, 'en'), code, args };
}

function warn(code: string, span: Span, args: Record<string, string | number>): EditWarning {
  return { span, code, message: editMessage(code, args, 'en'), args };
}

// ───────────────────────────── citations ─────────────────────────────

/** One reference number and the unit it cites. */
export interface NumberCitation {
  /** Span of the digits only («83-1» inside "(83-1)"). */
  span: Span;
  unit: NumUnit;
  target: ResolvedTarget;
  /** 'single' for a plain number (also an outer level of a chain), or an endpoint of a range. */
  role: 'single' | 'rangeStart' | 'rangeEnd';
}

/**
 * The span of the digits of a reference number (drops brackets the scanner may include): the first
 * match of /\d+(?:-\d+)*\/ inside `span`, or `span` itself when it holds no digit. Read in place, without
 * a slice and a regular expression per number (numberCitations reads every number of a document).
 */
export function digitSpan(text: string | TextReader, span: Span): Span {
  // A SourceText (an edited document whose whole string is not built) is read through a slice of the span.
  const s = typeof text === 'string' ? text : text.slice(span.start, span.end);
  const base = typeof text === 'string' ? 0 : span.start;
  const end = Math.min(span.end - base, s.length);
  let i = Math.max(span.start - base, 0);
  while (i < end && !isDigit(s.charCodeAt(i))) i++;
  if (i >= end) return span;
  const start = i;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  // «-» followed by a digit continues the number (83-1, 83-1-2).
  while (i + 1 < end && s.charCodeAt(i) === 45 && isDigit(s.charCodeAt(i + 1))) {
    i += 2;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
  }
  return { start: start + base, end: i + base };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function subList(s: Subparagraph): Subparagraph[] {
  return s.paragraph ? s.paragraph.subparagraphs : s.article.subparagraphs;
}

const citationCache = new WeakMap<Analysis, NumberCitation[]>();
/**
 * What numberCitations keeps beside its list. First, the article numbers each target of the analysis
 * names, for the rename's local check, which asks whether
 * a reference names the old or the new number: made with its numberCitations (whose pass reads the same
 * levels), two codes per target (its article level's number and a range's end: numCode, NO_NUM when
 * absent, OTHER_NUM for a number not written in plain digits, whose targets `others` lists). A pass over
 * the codes is a few microseconds; over the targets' levels it was ≈ 11 ms per rename at 20,000
 * articles, the reads scattered over the heap (and a map keyed by the numbers' strings, hashed per
 * target, cost the first rename of a version more than it saved).
 */
interface CiteIndex {
  codes: Int32Array;
  others: number[];
  /**
   * For buildEdits, beside numberCitations' list: each citation's unit (a dense list of references, read
   * without reading the citations: one scattered read per citation of the document per rename before),
   * and the indices of the range endpoints.
   */
  units: NumUnit[];
  ranged: number[];
}
const citeIndexCache = new WeakMap<Analysis, CiteIndex>();
const NO_NUM = -2;
const OTHER_NUM = -1;

/** A number written in plain digits (no leading zero, at most 9) as its value, else OTHER_NUM. */
function numCode(text: string): number {
  const len = text.length;
  if (len === 0 || len > 9 || text.charCodeAt(0) === 48) return OTHER_NUM;
  let v = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return OTHER_NUM;
    v = v * 10 + c;
  }
  return v;
}

/** What numberCitations keeps beside its list (see CiteIndex). */
function citeIndex(an: Analysis): CiteIndex {
  let m = citeIndexCache.get(an);
  if (!m) {
    numberCitations(an);
    m = citeIndexCache.get(an)!;
  }
  return m;
}

/**
 * Every number in every internal reference, bound to the unit it cites. Outer levels of a chain
 * count too («пункта 2 статьи 12»: "12" cites article 12, "2" paragraph 2 of it), even when an inner
 * level does not resolve. Sorted by position; a number shared by several targets of a list
 * («пунктами 2 и 3 статьи 50») appears once.
 */
export function numberCitations(an: Analysis): NumberCitation[] {
  const cached = citationCache.get(an);
  if (cached) return cached;
  const out: NumberCitation[] = [];
  // Read by range: the first rename of an edited version would otherwise build its whole text (≈ 65 ms
  // for a 20,000-article code on this machine: 22 MB of new memory).
  const text = an.source;
  const push = (num: RefNum | undefined, unit: NumUnit | undefined | null, t: ResolvedTarget, role: NumberCitation['role']) => {
    if (!num || !unit) return;
    out.push({ span: digitSpan(text, num.span), unit, target: t, role });
  };
  const doc = an.doc;
  const dup = duplicatedArticleNumbers(doc);
  const targets = an.targets;
  const codes = new Int32Array(2 * targets.length).fill(NO_NUM);
  const others: number[] = [];
  for (let ti = 0; ti < targets.length; ti++) {
    const t = targets[ti];
    const tg = t.target;
    const al0 = tg.article;
    if (al0 && al0.kind === 'num') {
      const c0 = numCode(al0.num.text);
      const re = al0.rangeEnd;
      const c1 = re ? numCode(re.text) : NO_NUM;
      codes[2 * ti] = c0;
      codes[2 * ti + 1] = c1;
      if (c0 === OTHER_NUM || c1 === OTHER_NUM) others.push(ti);
    }
    // A citation of a duplicated number cites neither heading: never rewritten with either.
    if (dup.size > 0 && tg.article?.kind === 'num' && (dup.has(canonical(tg.article.num.text)) || (tg.article.rangeEnd && dup.has(canonical(tg.article.rangeEnd.text))))) continue;
    let art: Article | null = null;
    const al = tg.article;
    // The unit the resolver found lies in the article its number names (resolve.ts articleLevel looks the
    // number up in the same map, and a paragraph or subparagraph is looked for in that article only), so
    // a resolved target gives its article without another look-up of the number (a scattered read of
    // the map and its keys per citation: most of this function's time on a large code); an unresolved
    // one is looked up as before.
    const u = t.unit;
    if (al && al.kind === 'num') {
      if (tg.unit === 'article' && al.rangeEnd) {
        push(al.num, doc.articleByNumber.get(canonical(al.num.text)), t, 'rangeStart');
        push(al.rangeEnd, doc.articleByNumber.get(canonical(al.rangeEnd.text)), t, 'rangeEnd');
        continue;
      }
      art = (u && articleOfUnit(u)) ?? doc.articleByNumber.get(canonical(al.num.text)) ?? null;
      push(al.num, art, t, 'single');
    } else {
      art = t.context;
    }
    if (tg.unit === 'article' || !art) continue;
    let para: Paragraph | null = null;
    const pl = tg.paragraph;
    if (pl && pl.kind === 'num') {
      if (tg.unit === 'paragraph' && pl.rangeEnd) {
        push(pl.num, findParagraph(art, pl.num.text), t, 'rangeStart');
        push(pl.rangeEnd, findParagraph(art, pl.rangeEnd.text), t, 'rangeEnd');
        continue;
      }
      // Likewise the cited paragraph, or the paragraph holding the cited subparagraph (resolve.ts
      // subparagraphList: a named paragraph's own list).
      para = u && u.kind === 'paragraph' && tg.unit === 'paragraph' ? u
        : u && u.kind === 'subparagraph' && tg.unit === 'subparagraph' && u.paragraph ? u.paragraph
          : findParagraph(art, pl.num.text) ?? null;
      push(pl.num, para, t, 'single');
    }
    if (tg.unit !== 'subparagraph') continue;
    const sl = tg.subparagraph;
    if (!sl || sl.kind !== 'num' || !t.ok || !t.unit || t.unit.kind !== 'subparagraph') continue;
    const list = subList(t.unit);
    if (sl.rangeEnd) {
      push(sl.num, findSub(list, sl.num.text), t, 'rangeStart');
      push(sl.rangeEnd, findSub(list, sl.rangeEnd.text), t, 'rangeEnd');
    } else {
      push(sl.num, t.unit, t, 'single');
    }
  }
  // A number shared by several targets is kept once, with the first target that named it: the sort is
  // stable, so that one comes first among the citations at its position (one pass instead of a set of
  // every position seen).
  out.sort((a, b) => a.span.start - b.span.start);
  let n = 0;
  for (let i = 0; i < out.length; i++) {
    if (n > 0 && out[n - 1].span.start === out[i].span.start) continue;
    out[n++] = out[i];
  }
  out.length = n;
  citationCache.set(an, out);
  const units: NumUnit[] = new Array(out.length);
  const ranged: number[] = [];
  for (let i = 0; i < out.length; i++) {
    units[i] = out[i].unit;
    if (out[i].role !== 'single') ranged.push(i);
  }
  citeIndexCache.set(an, { codes, others, units, ranged });
  return out;
}

// ───────────────────────────── units ─────────────────────────────

function isNumUnit(u: Unit): u is NumUnit {
  return u.kind === 'article' || u.kind === 'paragraph' || u.kind === 'subparagraph';
}

/** The siblings a unit's number must be unique among. */
export function siblings(an: Analysis, u: NumUnit): NumUnit[] {
  if (u.kind === 'article') return an.doc.articles;
  if (u.kind === 'paragraph') return u.article.paragraphs;
  return subList(u);
}

const within = (s: Span, offset: number) => offset >= s.start && offset <= s.end;

/**
 * The unit whose heading number, or a reference number citing it, lies at `offset`. The article holding
 * `offset` and the citation starting last at or before it are found by binary search (a walk from the
 * document's start read every unit before `offset`, two derived spans each: ≈ 1 ms at 5,000 articles for
 * an article in the middle); a unit's number lies inside its article, and citations' digit spans do not
 * overlap, so the answer is the first match of that walk.
 */
export function unitAtNumber(an: Analysis, offset: number):
  { unit: NumUnit; span: Span; via: 'heading' | 'reference' } | { unresolved: NumKind; span: Span } | null {
  const arts = an.doc.articles;
  let lo = 0;
  let hi = arts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arts[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const a = lo > 0 ? arts[lo - 1] : undefined;
  if (a) {
    if (within(a.number.span, offset)) return { unit: a, span: a.number.span, via: 'heading' };
    for (const u of unitsOf(a)) {
      if (u.span.start > offset) break;
      if (within(u.number.span, offset)) return { unit: u, span: u.number.span, via: 'heading' };
    }
  }
  const cites = numberCitations(an);
  lo = 0;
  hi = cites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cites[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // (The one before too: two digit spans may touch, and the walk returned the first.)
  for (let i = Math.max(0, lo - 2); i < lo; i++) {
    const c = cites[i];
    if (within(c.span, offset)) return { unit: c.unit, span: c.span, via: 'reference' };
  }
  // A reference number that does not resolve: say so rather than "no number here".
  for (const t of an.targets) {
    for (const s of t.numberSpans) {
      const d = digitSpan(an.source, s);
      if (within(d, offset)) return { unresolved: t.target.unit, span: d };
    }
  }
  return null;
}

/** An article's paragraphs and subparagraphs in the order allUnits gives them. */
function* unitsOf(a: Article): Generator<NumUnit> {
  for (const s of a.subparagraphs) yield s;
  for (const p of a.paragraphs) {
    yield p;
    for (const s of p.subparagraphs) yield s;
  }
}

function label(u: NumUnit): string {
  if (u.kind === 'article') return u.number.text;
  if (u.kind === 'paragraph') return `${u.article.number.text}:${u.number.text}`;
  return `${u.article.number.text}:${u.paragraph?.number.text ?? ''}:${u.number.text}`;
}

/** Where a colliding paragraph or subparagraph is: its article (and paragraph), as message arguments. */
function whereArg(u: NumUnit): Record<string, string> {
  if (u.kind === 'article') return {};
  if (u.kind === 'subparagraph' && u.paragraph) return { whereArticle: u.article.number.text, whereParagraph: u.paragraph.number.text };
  return { whereArticle: u.article.number.text };
}

// ───────────────────────────── prepareRename / renameUnit ─────────────────────────────

export function prepareRename(an: Analysis, offset: number): { span: Span; placeholder: string } | EditError {
  const hit = unitAtNumber(an, offset);
  if (!hit) return err('rename-no-number', {});
  if ('unresolved' in hit) return err('rename-unresolved', { unit: hit.unresolved });
  return { span: hit.span, placeholder: an.source.slice(hit.span.start, hit.span.end) };
}

const VALID_NUMBER = /^[1-9]\d{0,5}(?:-[1-9]\d{0,5}){0,3}$/;

export function renameUnit(an: Analysis, offset: number, newNumber: string):
  { edits: Edit[]; changed: Change[]; warnings: EditWarning[] } | EditError {
  const hit = unitAtNumber(an, offset);
  if (!hit) return err('rename-no-number', {});
  if ('unresolved' in hit) return err('rename-unresolved', { unit: hit.unresolved });
  return renameUnitTo(an, hit.unit, newNumber);
}

/** Renames one given unit (used by renameUnit and by quick fixes). */
export function renameUnitTo(an: Analysis, unit: NumUnit, newNumber: string, opts: { allowRepoint?: boolean; fullCheck?: boolean } = {}):
  { edits: Edit[]; changed: Change[]; warnings: EditWarning[]; repointed: Repointed[] } | EditError {
  const wanted = String(newNumber ?? '').trim().replace(/[\u2010\u2011]/g, '-');
  if (!VALID_NUMBER.test(wanted)) return err('rename-invalid-number', { number: String(newNumber ?? ''), unit: unit.kind });
  const key = canonical(wanted);
  if (key === canonical(unit.number.text)) return err('rename-unchanged', { unit: unit.kind, number: unit.number.text });
  // (An article: the number map holds one article for every number borne; `key` is not the unit's.)
  const clash = unit.kind === 'article' ? an.doc.articleByNumber.get(key) : siblings(an, unit).find((s) => s !== unit && canonical(s.number.text) === key);
  if (clash) return err('rename-collision', { unit: unit.kind, number: wanted, where: 1, ...whereArg(unit) });
  const r = buildEdits(an, new Map([[unit, wanted]]));
  // Safety net: no reference may end up citing another unit (a range the new number would break, a
  // subparagraph cited without its paragraph that would become ambiguous, …).
  const range = r.warnings.find((w) => w.code === 'renumber-range-broken');
  if (range) {
    return err('rename-breaks-reference', {
      unit: unit.kind, number: wanted, count: 1, line: an.lineIndex.positionAt(range.span.start).line + 1,
      reference: `${range.args?.from}–${range.args?.to}`,
    });
  }
  // The local check proves most renames of an article safe without analysing the new text; what it
  // cannot prove (or finds re-pointed) goes through the full analysis, which also describes what moved.
  if (r.edits.length > 0 && unit.kind === 'article' && !opts.fullCheck && renameProvedSafe(an, unit, wanted, r.edits)) {
    return { edits: r.edits, changed: [{ kind: unit.kind, old: unit.number.text, new: wanted }], warnings: r.warnings, repointed: [] };
  }
  const an2 = r.edits.length > 0 ? analyze(applyEdits(an.text, r.edits)) : an;
  const moved = changedTargets(an, r.edits, an2);
  // A quick fix may settle citations (a duplicated number renamed: its ambiguous citations then cite the
  // other heading) when it says so; F2 refuses.
  if (opts.allowRepoint && moved.length > 0 && !range) {
    return { edits: r.edits, changed: [{ kind: unit.kind, old: unit.number.text, new: wanted }], warnings: r.warnings, repointed: describeRepointed(an, an2, moved, new Map([[unit, wanted]])) };
  }
  if (moved.length > 0) {
    const first = moved[0];
    return err('rename-breaks-reference', {
      unit: unit.kind, number: wanted, count: moved.length,
      line: an.lineIndex.positionAt(first.target.span.start).line + 1,
      reference: an.text.slice(first.ref.span.start, first.ref.span.end),
    });
  }
  return { edits: r.edits, changed: [{ kind: unit.kind, old: unit.number.text, new: wanted }], warnings: r.warnings, repointed: [] };
}

// ───────────────────────────── the rename's local check ─────────────────────────────
//
// Renaming article A from number o to w changes the text in three kinds of places: A's heading number,
// and the digits of every citation of A (in lines of legal text of some articles). Resolution reads
// article numbers only through `articleByNumber` and the article list (ranges), so in the new text a
// reference can cite something else only if (1) the structure changed: a rewritten line or A's heading
// reads differently (A's body reads its own number: «Статья 6 исключена» under «Статья 6», and a
// «7. Title» line after «Статья 6» is a malformed heading of article 7), (2) a rewritten line scans
// differently, or (3) it names o or w at the article level. (1) is checked by re-parsing A's heading
// line and the bodies of the articles holding edits (parseArticleBody, as the incremental update does)
// and comparing their lines and units; (2) by scanning every rewritten line again and comparing the
// references with the old ones (positions moved by the edits; only the rewritten numbers may read
// differently); (3): the references of rewritten lines are resolved again against the model with A's
// number swapped, and a reference elsewhere naming o or w is not proven (the full analysis decides).
// Anything else unusual (duplicated numbers, an edit outside a body line, a subchapter heading in a
// re-parsed region) is not proven either. test/unit/renumber-local.test.ts checks on the real texts
// that whatever is proven here the full analysis confirms, and that most renames are proven.

/** Whether renaming article `a` to `wanted` by `edits` (buildEdits) provably re-points no reference. */
export function renameProvedSafe(an: Analysis, a: Article, wanted: string, edits: Edit[]): boolean {
  try {
    return provedSafe(an, a, wanted, edits);
  } catch {
    return false; // never a reason to refuse: the full analysis decides
  }
}

function provedSafe(an: Analysis, a: Article, wanted: string, edits: Edit[]): boolean {
  const doc = an.doc;
  if (duplicatedArticleNumbers(doc).size > 0) return false;
  const { text, masked } = docSources(doc);
  const lines = doc.lines;
  const li = an.lineIndex;
  const ko = canonical(a.number.text);
  const kw = canonical(wanted);
  // A's heading: only its number is rewritten, and the line reads as the same heading with the new one.
  const head = edits.find((e) => e.span.start === a.number.span.start && e.span.end === a.number.span.end);
  if (!head || head.newText !== wanted) return false;
  const hs = a.headSpan;
  const oldHead = headingOf(masked.slice(hs.start, hs.end), hs.start);
  if (!oldHead || oldHead.kind !== 'article' || oldHead.number.text !== a.number.text || oldHead.title !== a.title) return false;
  const newHead = headingOf(masked.slice(hs.start, a.number.span.start) + wanted + masked.slice(a.number.span.end, hs.end), hs.start);
  if (!newHead || newHead.kind !== 'article' || newHead.number.text !== wanted || newHead.title !== a.title) return false;

  // The other edits, by line: each inside a body line of an article, not at its start (a line's marker).
  const byLine = new Map<number, Edit[]>();
  const lineArticle = new Map<number, Article>();
  const byArticle = new Map<Article, Edit[]>([[a, []]]);
  const arts = doc.articles;
  // The edits come in document order (buildEdits): each search starts where the last one ended.
  let lo = 0;
  for (const e of edits) {
    if (e === head) continue;
    const ln = li.positionAt(e.span.start).line;
    const line = lines[ln];
    if (!line || (line.kind !== 'paragraph' && line.kind !== 'subparagraph' && line.kind !== 'text')) return false;
    if (e.span.start <= line.content.start || e.span.end > line.content.end) return false;
    // The article whose region holds the line.
    const cs = line.content.start;
    if (lo > 0 && arts[lo - 1].headSpan.start > cs) lo = 0;
    lo = gallop(lo, arts.length, (i) => arts[i].headSpan.start <= cs);
    const x = arts[lo - 1];
    if (!x || line.content.start > x.span.end) return false;
    let l = byLine.get(ln);
    if (!l) byLine.set(ln, l = []);
    l.push(e);
    lineArticle.set(ln, x);
    let xl = byArticle.get(x);
    if (!xl) byArticle.set(x, xl = []);
    xl.push(e);
  }

  // (1) The bodies of the articles holding edits (and A's: it reads its own number) parse the same.
  for (const [x, xe] of byArticle) {
    if (!sameBody(an, x, x === a ? newHead.number : x.number, xe)) return false;
  }

  // (3), outside the rewritten lines: no internal reference names o or w at the article level (by their
  // canonical forms: numberCitations' index of the targets by the article numbers they name). The
  // references of the rewritten lines are collected by their start.
  const rewrittenLines = [...byLine.keys()].sort((p, q) => p - q).map((ln) => lines[ln].content);
  // The targets of the rewritten lines, by reference start: the targets are in document order.
  const targets = an.targets;
  const byRef = new Map<number, ResolvedTarget[]>();
  let tlo = 0;
  for (const line of rewrittenLines) {
    // The lines are sorted: each search starts where the last one ended.
    tlo = gallop(tlo, targets.length, (i) => targets[i].ref.span.start < line.start);
    for (let i = tlo; i < targets.length && targets[i].ref.span.start <= line.end; i++) {
      const t = targets[i];
      const at = t.ref.span.start;
      let l = byRef.get(at);
      if (!l) byRef.set(at, l = []);
      l.push(t);
    }
  }
  // Every target naming o or w (numberCitations' index) lies in a rewritten line.
  const inRewritten = (at: number): boolean => {
    const k = gallop(0, rewrittenLines.length, (i) => rewrittenLines[i].end < at);
    return k < rewrittenLines.length && rewrittenLines[k].start <= at;
  };
  const { codes, others } = citeIndex(an);
  // ko and kw in plain digits have their value as code; a number in other digits names them only if
  // its canonical form is theirs (a plain number's canonical form is itself).
  const cO = numCode(ko);
  const cW = numCode(kw);
  const codeNames = (c: number) => c >= 0 && (c === cO || c === cW);
  for (let i = 0; i < targets.length; i++) {
    if ((codeNames(codes[2 * i]) || codeNames(codes[2 * i + 1])) && !inRewritten(targets[i].ref.span.start)) return false;
  }
  const named = (m: RefNum | undefined): boolean => {
    if (!m) return false;
    const c = canonical(m.text);
    return c === ko || c === kw;
  };
  for (const i of others) {
    const al = targets[i].target.article;
    if (al && al.kind === 'num' && (named(al.num) || named(al.rangeEnd)) && !inRewritten(targets[i].ref.span.start)) return false;
  }

  // (2) and (3): every rewritten line scans the same, and its references cite the same units in the
  // model with A's number swapped.
  const swappedNumbers = { get: (x: string) => (x === kw ? a : x === ko ? undefined : doc.articleByNumber.get(x)) } as Map<string, Article>;
  // The model's properties copied as they are defined: a spread would call the getters of an edited
  // version's `text` and `masked` (core/source.ts setDocSources), building both whole strings (≈ 130 ms
  // at 20,000 articles) for a check that reads neither.
  const swapped = Object.defineProperties({}, Object.getOwnPropertyDescriptors(doc)) as DocumentModel;
  Object.defineProperty(swapped, 'articleByNumber', { value: swappedNumbers, enumerable: true, writable: true, configurable: true });
  shareDuplicatedNumbers(doc, swapped);
  const oldNumber = a.number;
  a.number = { ...oldNumber, text: wanted };
  try {
    for (const [ln, le] of byLine) {
      const line = lines[ln];
      const cs = line.content.start;
      const oldLine = masked.slice(cs, line.content.end);
      le.sort((x, y) => x.span.start - y.span.start);
      let newLine = '';
      let pos = 0;
      const rel: { start: number; end: number; delta: number }[] = [];
      for (const e of le) {
        if (e.span.start - cs < pos) return false;
        newLine += oldLine.slice(pos, e.span.start - cs) + e.newText;
        pos = e.span.end - cs;
        rel.push({ start: e.span.start - cs, end: pos, delta: e.newText.length - (e.span.end - e.span.start) });
      }
      newLine += oldLine.slice(pos);
      const map = (p: number): number => {
        let d = 0;
        for (const r of rel) {
          if (r.end <= p) d += r.delta;
          else if (r.start < p) return NaN;
        }
        return p + d;
      };
      const holdsEdit = (sp: Span) => rel.some((r) => r.start >= sp.start && r.end <= sp.end);
      const before = scanLine(oldLine, 0, oldLine.length, doc.lang, 0, false);
      const after = scanLine(newLine, 0, newLine.length, doc.lang, 0, false);
      if (!sameScan(before, after, map, holdsEdit)) return false;
      // The context the analysis resolves this line in: its article and paragraph.
      const art = lineArticle.get(ln) ?? null;
      let para: Paragraph | null = null;
      if (art) {
        for (const p of art.paragraphs) {
          if (p.span.start > cs) break;
          para = p;
        }
      }
      if (para && para.span.end < cs) para = null;
      for (let k = 0; k < before.references.length; k++) {
        const ts = byRef.get(before.references[k].span.start + cs);
        if (!ts) continue;
        const ref = after.references[k];
        for (const t of ts) {
          if (t.context !== art) return false;
          const j = t.ref.targets.indexOf(t.target);
          if (j < 0) return false;
          const r = resolveTarget(swapped, ref, ref.targets[j], { article: art, paragraph: para }, []);
          if (!sameUnits(t, r)) return false;
        }
      }
    }
  } finally {
    a.number = oldNumber;
  }
  return true;
}

/**
 * The first index in [from, n) where `before` is false, `before` being true on a prefix of [from, n):
 * steps that double from `from`, then a binary search (a few reads when the answer is near `from`).
 */
function gallop(from: number, n: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < n && before(hi)) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether two resolutions cite the very same units (both unresolved counts as the same). */
function sameUnits(x: ResolvedTarget, y: ResolvedTarget): boolean {
  const ux = citedUnits(x);
  const uy = citedUnits(y);
  if (ux === null || uy === null) return ux === uy;
  if (ux.length !== uy.length) return false;
  for (let i = 0; i < ux.length; i++) if (ux[i] !== uy[i]) return false;
  return true;
}

/**
 * Whether a line's scan after the edits is its scan before them: the same references, targets and
 * levels, positions moved by the edits (`map`), and a number's text different only where an edit lies
 * in it.
 */
/** A level object in its plain form ({ kind, num, rangeEnd }); anything else as it is. */
function plainLevel(x: object): object {
  const j = (x as { toJSON?: unknown }).toJSON;
  return typeof j === 'function' && !Array.isArray(x) ? j.call(x) as object : x;
}

function sameScan(o: unknown, n: unknown, map: (p: number) => number, holdsEdit: (s: Span) => boolean): boolean {
  if (o === n) return true;
  if (typeof o !== typeof n || o === null || n === null || typeof o !== 'object') return false;
  // A level of a cached scan is a NumLevel (core/analysis.ts: `text` and `span` its own properties, `kind`,
  // `num` and `rangeEnd` read from its class), a new line's scan a plain { kind, num, rangeEnd }: compared
  // in the plain form. (Compared by their own keys, the two never matched since session 10, so no rename
  // was proven locally unless its new lines had been scanned before: the bench's repeated rename.)
  o = plainLevel(o as object);
  n = plainLevel(n as object);
  if (Array.isArray(o)) {
    if (!Array.isArray(n) || o.length !== n.length) return false;
    for (let i = 0; i < o.length; i++) if (!sameScan(o[i], n[i], map, holdsEdit)) return false;
    return true;
  }
  const ob = o as Record<string, unknown>;
  const nb = n as Record<string, unknown>;
  // Keys holding a value (an absent key and one set to undefined read the same), in any order.
  const defined = (x: Record<string, unknown>) => Object.keys(x).filter((k) => x[k] !== undefined);
  const keys = defined(ob);
  if (keys.length !== defined(nb).length) return false;
  if (typeof ob.start === 'number' && typeof ob.end === 'number' && keys.length === 2) {
    return nb.start === map(ob.start) && nb.end === map(ob.end);
  }
  for (const k of keys) {
    const a = ob[k];
    const b = nb[k];
    if (k === 'text' && typeof a === 'string' && typeof b === 'string' && a !== b) {
      const sp = ob.span as Span | undefined;
      if (!sp || typeof sp.start !== 'number' || !holdsEdit(sp)) return false;
      continue;
    }
    if (typeof a === 'object' ? !sameScan(a, b, map, holdsEdit) : a !== b) return false;
  }
  return true;
}

/**
 * Whether article `x`'s body, with its edits applied (and `num` as its number), parses into the same
 * lines and units: the same line kinds, paragraphs and subparagraphs with the same numbers, and the
 * same excluded and amending marks.
 */
function sameBody(an: Analysis, x: Article, num: UnitNumber, xe: Edit[]): boolean {
  const doc = an.doc;
  const lines = doc.lines;
  const { text, masked } = docSources(doc);
  const n = text.length;
  const h = an.lineIndex.positionAt(x.headSpan.start).line;
  if (lines[h]?.kind !== 'article') return false;
  let nx = h + 1;
  // The next heading line of any kind (a subchapter's too: «Параграф 2» ends the article's region, as in
  // the analysis's anchors and core/incremental.ts).
  while (nx < lines.length && lines[nx].kind !== 'article' && lines[nx].kind !== 'section' && lines[nx].kind !== 'chapter' && lines[nx].kind !== 'subchapter') nx++;
  if (h + 1 >= lines.length) return xe.length === 0;
  const from = lines[h + 1].span.start;
  const atDocEnd = nx >= lines.length;
  const regionEnd = atDocEnd ? n + 1 : lines[nx].span.start;
  const sliceEnd = Math.min(regionEnd, n);
  const sorted = [...xe].sort((p, q) => p.span.start - q.span.start);
  let rText = '';
  let rMasked = '';
  let pos = from;
  for (const e of sorted) {
    if (e.span.start < pos || e.span.end > sliceEnd) return false;
    rText += text.slice(pos, e.span.start) + e.newText;
    rMasked += masked.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  rText += text.slice(pos, sliceEnd);
  rMasked += masked.slice(pos, sliceEnd);
  const y = articleShell(x, num, []);
  const body = parseArticleBody(rText, rMasked, from, atDocEnd ? rText.length + 1 : rText.length, [], y);
  if (!body || body.lines.length !== nx - h - 1) return false;
  for (let i = 0; i < body.lines.length; i++) if (body.lines[i].kind !== lines[h + 1 + i].kind) return false;
  markExcludedByNote(y, rMasked, from);
  markAmending(y, rMasked, from);
  if (y.excluded !== x.excluded || !!y.amending !== !!x.amending) return false;
  const sameSubs = (p: Subparagraph[], q: Subparagraph[]) =>
    p.length === q.length && p.every((s, i) => s.number.text === q[i].number.text && s.excluded === q[i].excluded);
  if (!sameSubs(y.subparagraphs, x.subparagraphs) || y.paragraphs.length !== x.paragraphs.length) return false;
  for (let i = 0; i < x.paragraphs.length; i++) {
    const p = x.paragraphs[i];
    const q = y.paragraphs[i];
    if (p.number.text !== q.number.text || p.excluded !== q.excluded || !sameSubs(p.subparagraphs, q.subparagraphs)) return false;
  }
  return true;
}

function unitIndex(an: Analysis): Map<Unit, number> {
  const m = new Map<Unit, number>();
  let i = 0;
  for (const u of allUnits(an.doc)) m.set(u, i++);
  return m;
}

/** The units a target cites (for a range: all of them), or null when it does not resolve. */
function citedUnits(t: ResolvedTarget): readonly Unit[] | null {
  if (!t.ok) return null;
  return t.rangeUnits ?? (t.unit ? [t.unit] : []);
}

/**
 * The position (in `allUnits` order) of every unit that a target of `an` cites. Only those are put in
 * the map: a document has several units per citation, and the map was most of the comparison's time.
 */
function citedUnitIndex(an: Analysis): Map<Unit, number> {
  const cited = new Set<Unit>();
  for (const t of an.targets) {
    const us = citedUnits(t);
    if (us) for (const u of us) cited.add(u);
  }
  const m = new Map<Unit, number>();
  if (cited.size === 0) return m;
  // allUnits' order (articles, their direct subparagraphs, paragraphs and theirs), without a generator.
  let i = 0;
  const at = (u: Unit) => {
    if (cited.has(u)) m.set(u, i);
    i++;
  };
  for (const a of an.doc.articles) {
    at(a);
    for (const sp of a.subparagraphs) at(sp);
    for (const p of a.paragraphs) {
      at(p);
      for (const sp of p.subparagraphs) at(sp);
    }
  }
  return m;
}

/** Whether two targets cite the same units by position (both unresolved counts as the same). */
function sameCited(a: ResolvedTarget, ia: Map<Unit, number>, b: ResolvedTarget, ib: Map<Unit, number>): boolean {
  const ua = citedUnits(a);
  const ub = citedUnits(b);
  if (ua === null || ub === null) return ua === ub;
  // As the keys compared before (positions joined by commas, a unit outside allUnits as ''): one such
  // unit reads as no unit at all.
  const na = ua.length === 1 && ia.get(ua[0]) === undefined ? 0 : ua.length;
  const nb = ub.length === 1 && ib.get(ub[0]) === undefined ? 0 : ub.length;
  if (na !== nb) return false;
  for (let k = 0; k < na; k++) if (ia.get(ua[k]) !== ib.get(ub[k])) return false;
  return true;
}

/**
 * The references of `an` that would cite a different unit (or stop / start resolving) once `edits`
 * are applied. Units are identified by position, which renumbering never changes.
 */
export function changedTargets(an: Analysis, edits: Edit[], after?: Analysis): ResolvedTarget[] {
  if (edits.length === 0) return [];
  const an2 = after ?? analyze(applyEdits(an.text, edits));
  const i1 = citedUnitIndex(an);
  const i2 = citedUnitIndex(an2);
  const out: ResolvedTarget[] = [];
  const n = Math.min(an.targets.length, an2.targets.length);
  for (let i = 0; i < an.targets.length; i++) {
    if (i >= n || !sameCited(an.targets[i], i1, an2.targets[i], i2)) out.push(an.targets[i]);
  }
  return out;
}

// ───────────────────────────── the core: assignments → edits ─────────────────────────────

function rangeUnitsOf(t: ResolvedTarget): NumUnit[] | null {
  return t.rangeUnits ? (t.rangeUnits.filter(isNumUnit) as NumUnit[]) : null;
}

/**
 * Edits for a set of new numbers: the heading numbers and every reference number citing a changed
 * unit. Ranges are checked as described at the top of the file.
 */
export function buildEdits(an: Analysis, assign: Map<NumUnit, string>): { edits: Edit[]; warnings: EditWarning[]; references: number } {
  const edits: Edit[] = [];
  const warnings: EditWarning[] = [];
  // Nothing renumbered: no heading and no citation changes, and no range can break.
  if (assign.size === 0) return { edits, warnings, references: 0 };
  for (const [u, n] of assign) {
    if (n !== u.number.text) edits.push({ span: u.number.span, newText: n });
  }
  const numOf = (u: NumUnit) => assign.get(u) ?? u.number.text;
  const cites = numberCitations(an);
  const { units, ranged } = citeIndex(an);
  // Group range endpoints by target (in one pass: a filter of every citation per range was quadratic).
  const skip = new Set<ResolvedTarget>();
  const endsOf = new Map<ResolvedTarget, NumberCitation[]>();
  for (const i of ranged) {
    const c = cites[i];
    const l = endsOf.get(c.target);
    if (l) l.push(c);
    else endsOf.set(c.target, [c]);
  }
  for (const [t, ends] of endsOf) {
    const units = t.ok ? rangeUnitsOf(t) : null;
    const touched = ends.some((e) => assign.has(e.unit)) || (units ?? []).some((u) => assign.has(u));
    if (!touched) continue;
    const inner = innerLevel(t);
    const from = inner?.num.text ?? '?';
    const to = inner?.rangeEnd?.text ?? '?';
    const whole = inner ? { start: inner.num.span.start, end: (inner.rangeEnd ?? inner.num).span.end } : t.target.span;
    let reason: string | null = null;
    if (!units || ends.length < 2) reason = 'endpoint';
    else {
      for (let i = 1; i < units.length; i++) {
        if (compareNumbers(parseArabic(numOf(units[i - 1]), whole), parseArabic(numOf(units[i]), whole)) >= 0) { reason = 'order'; break; }
      }
      // The endpoints must stay the first and last unit in document order.
      if (!reason && (ends.find((e) => e.role === 'rangeStart')?.unit !== units[0] || ends.find((e) => e.role === 'rangeEnd')?.unit !== units[units.length - 1])) reason = 'order';
    }
    if (reason) {
      skip.add(t);
      warnings.push(warn('renumber-range-broken', whole, { from, to, reason, unit: t.target.unit }));
    }
  }
  let references = 0;
  // One unit renamed (F2): compare with it rather than look every citation's unit up in the map (the
  // hash lives on the unit, one more scattered read per citation of the document).
  const only = assign.size === 1 ? assign.keys().next().value as NumUnit : null;
  const onlyNumber = only ? assign.get(only) : undefined;
  for (let i = 0; i < cites.length; i++) {
    const n = only ? (units[i] === only ? onlyNumber : undefined) : assign.get(units[i]);
    if (n === undefined) continue;
    const c = cites[i];
    if (c.role !== 'single' && skip.has(c.target)) continue;
    if (an.source.slice(c.span.start, c.span.end) === n) continue;
    edits.push({ span: c.span, newText: n });
    references++;
  }
  edits.sort((a, b) => a.span.start - b.span.start);
  return { edits, warnings, references };
}

function innerLevel(t: ResolvedTarget): { num: RefNum; rangeEnd?: RefNum } | null {
  const l: RefLevel | undefined = t.target.unit === 'article' ? t.target.article : t.target.unit === 'paragraph' ? t.target.paragraph : t.target.subparagraph;
  return l && l.kind === 'num' ? l : null;
}

// ───────────────────────────── sequences ─────────────────────────────

function allFinite(xs: number[]): boolean {
  for (let i = 0; i < xs.length; i++) if (!Number.isFinite(xs[i])) return false;
  return true;
}

/** `text` is exactly String(n) for a positive integer n (no sign, no leading zero, nothing around it). */
function isPlainDecimal(text: string, n: number): boolean {
  let v = 0;
  if (text.length === 0 || text.length > 15 || text.charCodeAt(0) === 48) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    v = v * 10 + c;
  }
  return v === n;
}

/**
 * New numbers for one sequence (in document order). Units before `from` keep theirs. Returns the
 * new number for every unit at or after `from` (equal to the old one when nothing changes).
 * `format` renders a plain base (Roman for sections).
 */
export function sequenceNumbers(
  units: UnitBase[], opts: { inserted?: boolean; from?: number; format?: (n: number) => string; reserved?: Set<string> } = {},
): string[] {
  const out: string[] = [];
  eachSequenceNumber(units, opts, (i, text) => { out[i] = text; });
  return out;
}

/**
 * sequenceNumbers without the list: `put(i, text)` is called for every unit in order (the unit's own
 * `number.text` object when its number stays). renumberPlan wants only the changes, and a list of
 * 16,000 or more strings is a large object, allocated in the old generation: one per call made the
 * collector run over the whole heap every few calls (issue 15: the cost per article grew with the document).
 * With `column` (the units' parser.ts numberColumn), a unit the column gives (a plain number) is put only
 * when it is at or after `from` and its number changes (the unit itself is not read); the others as without it.
 */
function eachSequenceNumber(
  units: UnitBase[], opts: { inserted?: boolean; from?: number; format?: (n: number) => string; reserved?: Set<string> },
  put: (i: number, text: string) => void, column?: Int32Array,
): void {
  const from = opts.from ?? 0;
  const fmt = opts.format ?? String;
  // Numbers no unit may be given (cited by references that resolve to nothing: giving them to another
  // unit would silently re-point those references).
  const reserved = opts.reserved ?? new Set<string>();
  let base = 0;
  let counters: number[] = [];
  let hasPlain = false;
  // The units' numbers as a column (parser.ts numberColumn; not for a formatted sequence): a plain number
  // («83») or one with one insertion level («83-1») takes the same steps as below without reading the
  // unit, which is read only when its number changes.
  const col = column !== undefined && column.length === units.length && !opts.format ? column : undefined;
  for (let i = 0; i < units.length; i++) {
    if (col !== undefined) {
      const v = col[i];
      if (v >= 0) {
        if (i < from) {
          base = v;
          if (counters.length > 0) counters = [];
          hasPlain = true;
          continue;
        }
        base += 1;
        if (reserved.size > 0) while (reserved.has(String(base))) base += 1;
        if (counters.length > 0) counters = [];
        hasPlain = true;
        if (v !== base) put(i, String(base));
        continue;
      }
      if (v !== NO_CODE) {
        const vb = insertedBase(v);
        const vs = insertedSuffix(v);
        if (i < from) {
          base = vb;
          counters = [vs];
          hasPlain = true;
          continue;
        }
        if (opts.inserted || !hasPlain) {
          // The plain branch below: a number with a suffix always changes.
          base += 1;
          if (reserved.size > 0) while (reserved.has(String(base))) base += 1;
          if (counters.length > 0) counters = [];
          hasPlain = true;
          put(i, String(base));
          continue;
        }
        // The suffix branch below at depth 1: the next counter of this base.
        let s1 = (counters.length > 0 ? counters[0] : 0) + 1;
        if (reserved.size > 0) while (reserved.has(`${base}-${s1}`)) s1 += 1;
        counters = [s1];
        if (vb !== base || vs !== s1) put(i, `${base}-${s1}`);
        continue;
      }
    }
    const n = units[i].number;
    const finite = Number.isFinite(n.base) && allFinite(n.suffix);
    if (i < from) {
      put(i, n.text);
      if (finite) { base = n.base; counters = n.suffix.slice(); hasPlain = true; }
      continue;
    }
    if (opts.inserted || !finite || n.suffix.length === 0 || !hasPlain) {
      base += 1;
      if (reserved.size > 0) while (reserved.has(String(base))) base += 1;
      if (counters.length > 0) counters = [];
      hasPlain = true;
      // A number already written as its new one keeps its own string (no new string per unit: the
      // common case, a sequence with nothing to renumber, then allocates nothing).
      put(i, !opts.format && n.base === base && n.suffix.length === 0 && isPlainDecimal(n.text, base) ? n.text : fmt(base));
      continue;
    }
    const d = n.suffix.length;
    let c: number[];
    if (d > counters.length + 1) c = n.suffix.slice();
    else {
      c = counters.slice(0, d);
      while (c.length < d) c.push(0);
      c[d - 1] += 1;
    }
    if (reserved.size > 0) while (reserved.has([base, ...c].join('-'))) c[c.length - 1] += 1;
    counters = c;
    put(i, [base, ...c].join('-'));
  }
}

// ───────────────────────────── renumberPlan ─────────────────────────────

export interface RenumberOptions {
  /** Renumber the articles (default true). */
  articles?: boolean;
  /** Number of an article whose paragraphs and subparagraphs are renumbered too ('*': every article's). */
  paragraphsOf?: string;
  /** Turn inserted numbers (83-1) into plain consecutive ones. */
  inserted?: boolean;
  /**
   * Give no unit a number that an unresolved reference cites (the safe variant: after deleting
   * article 62, «пунктом 3 статьи 62» must not start citing the article renumbered 63 → 62).
   */
  keepUnresolved?: boolean;
}

/** A reference whose target a plan would change, as shown to the user before applying it. */
export interface Repointed {
  /** Span of the reference's inner number (or of the target when it has none). */
  span: Span;
  /** 1-based line. */
  line: number;
  /** The reference as written («пунктом 3 статьи 62»). */
  reference: string;
  /** The article number as written in the reference, if it names one («62»). */
  article?: string;
  /** What it cites now and would cite after the plan (old numbering; null: nothing). */
  before: UnitRef | null;
  after: UnitRef | null;
}

/** A unit named by its numbers in the document as it is (`renumbered`: the article's new number). */
export interface UnitRef {
  kind: NumKind;
  article: string;
  paragraph?: string;
  subparagraph?: string;
  renumbered?: string;
}

export interface RenumberPlan {
  map: PlanEntry[];
  edits: Edit[];
  warnings: EditWarning[];
  /** Number of reference numbers rewritten. */
  references: number;
  /** References that would cite another unit, or start / stop resolving: never applied unannounced. */
  repointed: Repointed[];
}

function entry(an: Analysis, u: NumUnit, n: string): PlanEntry {
  const e: PlanEntry = { kind: u.kind, old: u.number.text, new: n, line: an.lineIndex.positionAt(u.number.span.start).line + 1 };
  if (u.kind !== 'article') e.article = u.article.number.text;
  if (u.kind === 'subparagraph' && u.paragraph) e.paragraph = u.paragraph.number.text;
  return e;
}

function assignSequence(list: NumUnit[], assign: Map<NumUnit, string>, opts: { inserted?: boolean; from?: number; reserved?: Set<string> }): void {
  eachSequenceNumber(list, opts, (i, text) => {
    if (i >= (opts.from ?? 0) && text !== list[i].number.text) assign.set(list[i], text);
  }, numberColumn(list));
}

/** Plan for a given assignment: map + edits + warnings (also unresolved references that would be captured). */
export function planFor(an: Analysis, assign: Map<NumUnit, string>, extraWarnings: EditWarning[] = []): RenumberPlan {
  const map = [...assign].map(([u, n]) => entry(an, u, n));
  map.sort((a, b) => a.line - b.line);
  const { edits, warnings, references } = buildEdits(an, assign);
  warnings.unshift(...extraWarnings);
  // Unresolved article references whose number a renumbered article would take.
  const newArticleNumbers = new Set<string>();
  for (const [u, n] of assign) if (u.kind === 'article') newArticleNumbers.add(canonical(n));
  if (newArticleNumbers.size > 0) {
    const keptOld = new Set(an.doc.articles.filter((a) => !assign.has(a)).map((a) => canonical(a.number.text)));
    for (const t of an.targets) {
      const al = t.target.article;
      if (!al || al.kind !== 'num') continue;
      for (const num of [al.num, al.rangeEnd]) {
        if (!num) continue;
        const k = canonical(num.text);
        if (!an.doc.articleByNumber.has(k) && newArticleNumbers.has(k) && !keptOld.has(k)) {
          warnings.push(warn('renumber-unresolved-captured', digitSpan(an.text, num.span), { unit: 'article', number: num.text }));
        }
      }
    }
  }
  // Safety net: references that would change target, not already reported.
  const an2 = edits.length > 0 ? analyze(applyEdits(an.text, edits)) : an;
  const moved = changedTargets(an, edits, an2);
  const repointed = describeRepointed(an, an2, moved, assign);
  for (const t of moved) {
    const inner = innerLevel(t);
    const span = inner ? digitSpan(an.text, inner.num.span) : t.target.span;
    if (warnings.some((w) => w.span.start <= span.start && span.end <= w.span.end)) continue;
    warnings.push(warn('renumber-reference-changed', span, {}));
  }
  warnings.sort((a, b) => a.span.start - b.span.start);
  return { map, edits, warnings, references, repointed };
}

function unitRef(u: Unit | null | undefined, assign?: Map<NumUnit, string>): UnitRef | null {
  if (!u || !isNumUnit(u)) return null;
  const art = u.kind === 'article' ? u : u.article;
  const r: UnitRef = { kind: u.kind, article: art.number.text };
  if (u.kind === 'paragraph') r.paragraph = u.number.text;
  if (u.kind === 'subparagraph') {
    if (u.paragraph) r.paragraph = u.paragraph.number.text;
    r.subparagraph = u.number.text;
  }
  const n = assign?.get(art);
  if (n !== undefined && n !== art.number.text) r.renumbered = n;
  return r;
}

/** The moved references of `an`, with what they cite before and after (units matched by position). */
function describeRepointed(an: Analysis, an2: Analysis, moved: ResolvedTarget[], assign: Map<NumUnit, string>): Repointed[] {
  if (moved.length === 0) return [];
  const before = [...allUnits(an.doc)];
  const idx2 = unitIndex(an2);
  const index = new Map<ResolvedTarget, number>();
  an.targets.forEach((t, i) => index.set(t, i));
  return moved.map((t) => {
    const t2 = an2.targets[index.get(t) ?? -1];
    const u2 = t2?.ok && t2.unit ? before[idx2.get(t2.unit) ?? -1] : null;
    const inner = innerLevel(t);
    const span = inner ? digitSpan(an.text, inner.num.span) : t.target.span;
    const ref = an.text.slice(t.ref.span.start, t.ref.span.end).replace(/\s+/g, ' ');
    return {
      span, line: an.lineIndex.positionAt(span.start).line + 1,
      reference: ref.length > 80 ? ref.slice(0, 79) + '…' : ref,
      article: t.target.article?.kind === 'num' ? t.target.article.num.text : undefined,
      before: t.ok ? unitRef(t.unit) : null,
      after: unitRef(u2, assign),
    };
  });
}


/** «статья 63 (62 после перенумерации), пункт 3» / "article 63, paragraph 3" / «63-бап, 3-тармақ». */
export function unitRefText(r: UnitRef | null, lang: Lang): string {
  const lex = lexicon(lang);
  if (!r) return lex.nothing;
  const art = r.renumbered ? `${r.article} (${lex.afterRenumbering.replace('{n}', r.renumbered)})` : r.article;
  const part = lex.unitRef;
  const out = [part('article', art)];
  if (r.paragraph) out.push(part('paragraph', r.paragraph));
  if (r.subparagraph) out.push(part('subparagraph', r.subparagraph + ')'));
  return out.join(', ');
}

/** One line per re-pointed reference, in the message language. */
export function repointedMessage(r: Repointed, lang: Lang): string {
  return editMessage('renumber-repointed', {
    line: r.line, reference: r.reference, before: unitRefText(r.before, lang), after: unitRefText(r.after, lang),
  }, lang);
}

/** Canonical numbers cited by article references that resolve to nothing. */
export function unresolvedArticleNumbers(an: Analysis): Set<string> {
  const out = new Set<string>();
  for (const t of an.targets) {
    const al = t.target.article;
    if (!al || al.kind !== 'num') continue;
    for (const num of [al.num, al.rangeEnd]) {
      if (num && !an.doc.articleByNumber.has(canonical(num.text))) out.add(canonical(num.text));
    }
  }
  return out;
}

/** Canonical paragraph numbers cited in `article` that resolve to nothing. */
export function unresolvedParagraphNumbers(an: Analysis, article: Article): Set<string> {
  const out = new Set<string>();
  for (const t of an.targets) {
    if (t.target.unit === 'article') continue;
    const al = t.target.article;
    const art = al && al.kind === 'num' ? an.doc.articleByNumber.get(canonical(al.num.text)) : t.context;
    if (art !== article) continue;
    const pl = t.target.paragraph;
    if (!pl || pl.kind !== 'num') continue;
    for (const num of [pl.num, pl.rangeEnd]) {
      if (num && !findParagraph(article, num.text)) out.add(canonical(num.text));
    }
  }
  return out;
}

export function renumberPlan(an: Analysis, opts: RenumberOptions = {}): RenumberPlan {
  const assign = new Map<NumUnit, string>();
  const extra: EditWarning[] = [];
  const keep = !!opts.keepUnresolved;
  if (opts.articles !== false) assignSequence(an.doc.articles, assign, { inserted: opts.inserted, reserved: keep ? unresolvedArticleNumbers(an) : undefined });
  if (opts.paragraphsOf !== undefined && opts.paragraphsOf !== '') {
    const all = opts.paragraphsOf === '*';
    const a = all ? null : an.doc.articleByNumber.get(canonical(String(opts.paragraphsOf).trim()));
    if (!all && !a) extra.push(warn('renumber-article-not-found', { start: 0, end: 0 }, { number: String(opts.paragraphsOf) }));
    for (const art of all ? an.doc.articles : a ? [a] : []) {
      assignSequence(art.paragraphs, assign, { inserted: opts.inserted, reserved: keep ? unresolvedParagraphNumbers(an, art) : undefined });
      assignSequence(art.subparagraphs, assign, { inserted: opts.inserted });
      for (const p of art.paragraphs) assignSequence(p.subparagraphs, assign, { inserted: opts.inserted });
    }
  }
  return planFor(an, assign, extra);
}

/** "Renumber from here": the unit's own sequence, from this unit on (inserted numbers kept). */
export function renumberFromPlan(an: Analysis, unit: NumUnit, opts: { inserted?: boolean; keepUnresolved?: boolean } = {}): RenumberPlan {
  const list = siblings(an, unit);
  const from = list.indexOf(unit);
  const assign = new Map<NumUnit, string>();
  let reserved: Set<string> | undefined;
  if (opts.keepUnresolved) {
    if (unit.kind === 'article') reserved = unresolvedArticleNumbers(an);
    else if (unit.kind === 'paragraph') reserved = unresolvedParagraphNumbers(an, unit.article);
  }
  if (from >= 0) assignSequence(list, assign, { inserted: opts.inserted, from, reserved });
  return planFor(an, assign);
}

// ───────────────────────────── applying edits ─────────────────────────────

/** Applies non-overlapping edits to a text. Throws on overlapping edits (a defect). */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.span.start < pos) throw new Error(`overlapping edits at ${e.span.start}`);
    parts.push(text.slice(pos, e.span.start), e.newText);
    pos = e.span.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

export { label as unitLabel, isNumUnit };
