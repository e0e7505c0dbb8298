// Applying an amendment bill to the text of the act it amends (issue 11): the consolidated text. Pure;
// never throws. Each instruction is turned into edits of the act's text as the parser reads it (whole
// units, their parts and sentences, words inside a unit); edits that do not overlap are applied together,
// and the act is parsed again only when an instruction needs the result of an earlier one (a unit that an
// earlier instruction rewrote or inserted). What cannot be applied is a problem on the instruction.

import { lexicon, type EnactedLaw } from '../lang';
import { canonical, parse, problem, type DocumentModel } from '../parser';
import { mayCite, scanReferences } from '../refscan';
import type { Article, Chapter, Lang, Paragraph, Problem, RefLevel, Span, Subparagraph, UnitNumber } from '../types';
import { chapterKey, sectionNumeral, type Bill, type BillTarget, type Instruction } from './read';

export { sectionNumeral };

/** What became of one instruction. */
export interface AppliedInstruction {
  instruction: Instruction;
  /** Every target applied. */
  ok: boolean;
  /** The text in force of each unit it touches (whole units; for an insertion, the parent), in order. */
  before: string[];
  /** The same units after the instruction (for a deletion, the exclusion note). */
  after: string[];
}

export interface ApplyResult {
  /** The consolidated text. */
  text: string;
  /** Problems on the bill's text: what could not be applied, and why. */
  problems: Problem[];
  instructions: AppliedInstruction[];
}

export interface ApplyOptions {
  /** The act's text already parsed (the caller's analysis): saves parsing it again. Must be of `actText`. */
  parsed?: DocumentModel;
  /** Skip instructions whose item names another act (a law amending several acts): default true. */
  ownActOnly?: boolean;
}

interface TextEdit {
  start: number;
  end: number;
  text: string;
  seq: number;
}

/** Applies `bill` to `actText`. */
export function applyBill(bill: Bill, actText: string, opts: ApplyOptions = {}): ApplyResult {
  const result: ApplyResult = { text: actText, problems: [], instructions: [] };
  try {
    run(bill, actText, result, opts);
  } catch {
    // Never throws: what was applied stands.
  }
  return result;
}

/** The units a target names, found in a parsed act. */
interface Found {
  article?: Article;
  paragraph?: Paragraph;
  subparagraph?: Subparagraph;
  missing?: 'article' | 'paragraph' | 'subparagraph';
}

/**
 * A paragraph read from a code's ordinal part («часть вторая статьи 297») when the article has no such
 * numbered paragraph but has that many unnumbered parts: the part, as the act is written. Under it an item
 * («29-баптың бірінші бөлігінің 3) тармақшасы», «подпункт 3) части первой статьи 29» of a law whose article
 * has no numbered paragraphs): the article's subparagraph (session 24).
 */
export function resolveCodePart(doc: DocumentModel, t: BillTarget): BillTarget {
  if (!t.codePart || t.article === undefined || t.paragraph === undefined || t.part !== undefined) return t;
  const article = doc.articleByNumber.get(canonical(t.article));
  if (!article || article.paragraphs.some((p) => canonical(p.number.text) === canonical(t.paragraph!))) return t;
  if (article.paragraphs.length) return t;
  const { paragraph, codePart: _c, ...rest } = t;
  return t.subparagraph !== undefined ? { ...rest, inPart: Number(paragraph) } : { ...rest, part: Number(paragraph) };
}

export function findUnit(doc: DocumentModel, t: BillTarget): Found {
  if (t.article === undefined) return {};
  const article = doc.articleByNumber.get(canonical(t.article));
  if (!article) return { missing: 'article' };
  let paragraph: Paragraph | undefined;
  if (t.paragraph !== undefined) {
    paragraph = article.paragraphs.find((p) => canonical(p.number.text) === canonical(t.paragraph!));
    if (!paragraph) return { article, missing: 'paragraph' };
  }
  if (t.subparagraph !== undefined) {
    const all = paragraph ? paragraph.subparagraphs : article.subparagraphs.length ? article.subparagraphs : article.paragraphs.flatMap((p) => p.subparagraphs);
    const key = canonical(t.subparagraph);
    const own = t.inPart !== undefined ? subparagraphsInPart(doc, paragraph ?? article, all, t.inPart)?.list : undefined;
    // The part's list; a number its list lacks and the unit has once elsewhere is that one (the part only locates it).
    let subparagraph = own?.find((s) => canonical(s.number.text) === key);
    if (!subparagraph) {
      const found = all.filter((s) => canonical(s.number.text) === key);
      if (!own || found.length === 1) subparagraph = found[0];
    }
    if (!subparagraph) return { article, paragraph, missing: 'subparagraph' };
    return { article, paragraph, subparagraph };
  }
  return { article, paragraph };
}

/**
 * The subparagraphs of `list` (those of `holder`) in its part `k` (1-based, apply.ts `parts`: the unit's lines of
 * text that are not its numbered sub-units), with that part's line, when `holder` has lists in more than one part:
 * a paragraph whose parts each hold a list, each numbered from 1) («подпункт 2) части второй пункта 1»). Undefined
 * when its lists are in one part (the part then only locates the list: the Labour Code's Article 157, paragraph 1,
 * whose second part holds its one list) or it has no part `k`.
 */
function subparagraphsInPart(doc: DocumentModel, holder: Article | Paragraph, list: readonly Subparagraph[], k: number): { list: Subparagraph[]; line: Span } | undefined {
  if (list.length < 2 || !(k >= 1)) return undefined;
  const ps = parts(doc, holder, extent(doc, holder).end);
  const partOf = (s: Subparagraph) => {
    let i = 0;
    while (i < ps.length && ps[i].start <= s.span.start) i++;
    return i;
  };
  if (partOf(list[0]) === partOf(list[list.length - 1]) || !ps[k - 1]) return undefined;
  return { list: list.filter((s) => partOf(s) === k), line: ps[k - 1] };
}

type AnyUnit = Article | Paragraph | Subparagraph;

function deepest(f: Found): AnyUnit | undefined {
  return f.subparagraph ?? f.paragraph ?? f.article;
}

/** The unit's extent: its first line from the line start (indent, heading marks), to the end of its last line of text (notes after it excluded). */
function extent(doc: DocumentModel, u: AnyUnit): { lineStart: number; start: number; end: number } {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', u.span.start - 1) + 1;
  let end = u.span.end;
  const lines = doc.lines;
  // Last line inside the span that is legal text.
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].span.start < u.span.end) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i >= 0 && lines[i].span.start >= u.span.start; i--) {
    const k = lines[i].kind;
    if (k === 'blank' || k === 'note' || k === 'comment') continue;
    end = Math.min(u.span.end, lines[i].span.end);
    break;
  }
  while (end > u.span.start && /\s/u.test(text[end - 1])) end--;
  return { lineStart, start: u.span.start, end };
}

/** Compares numbers as written: base, then insertion suffixes (15 < 15-1 < 15-2 < 16). */
function compareNumbers(a: string, b: string): number {
  const pa = a.split('-').map((x) => parseInt(x, 10));
  const pb = b.split('-').map((x) => parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

function numText(n: UnitNumber): string {
  return canonical(n.text);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where each unit of `nums` starts in quoted new text: a line opening with its number in the level's form. */
function pieces(q: string, level: 'article' | 'paragraph' | 'subparagraph', nums: string[], lang: Lang): string[] | null {
  const starts: number[] = [];
  let from = 0;
  for (const n of nums) {
    const head = level === 'article'
      ? escapeRe(lexicon(lang).unitHeading('article', n)).replace(/\\? /g, '\\s+')
      : `${escapeRe(n)}\\\\?${level === 'paragraph' ? '\\.' : '\\)'}`;
    const re = new RegExp(`(?:^|\\n)[ \\t>#*]*(${head})(?![\\p{N}-])`, 'iu');
    const m = re.exec(q.slice(from));
    if (!m) return null;
    const at = from + m.index + m[0].length - m[1].length;
    // Back to the line start.
    const ls = q.lastIndexOf('\n', at - 1) + 1;
    starts.push(ls);
    from = at + m[1].length;
  }
  // (trimEnd: the characters of \s, without a regular expression that retries at every space of a long text.)
  return starts.map((s, i) => q.slice(s, i + 1 < starts.length ? starts[i + 1] : q.length).trimEnd());
}

/**
 * The quoted new text of a whole-unit instruction split by unit: one text per numbered target, in order
 * (null when the text does not give them, each on its own line). Parts and sentences have none.
 */
export function newUnitTexts(ins: Instruction, lang: Lang): string[] | null {
  if (!ins.text || (ins.kind !== 'replace-unit' && ins.kind !== 'insert-unit')) return null;
  const numbered = ins.targets.filter((t) => t.part === undefined && t.sentence === undefined && t.section === undefined && !t.preamble && !t.whole && t.chapter === undefined && !t.title);
  if (!numbered.length) return null;
  const q = tidy(ins.text.text);
  // (A heading written before the units' texts, «заголовок, пункты 1 и 2 изложить»: split off below.)
  if (numbered.length === 1 && !ins.targets.some((t) => t.title)) return [q];
  const level = levelOf(numbered[0]);
  return pieces(q, level, numbered.map((t) => t[level]!), lang);
}

/** Trailing characters of a quoted new text that close the instruction, not the unit («…».», «…»;). */
function tidy(q: string): string {
  // trim() removes exactly what \s matches (white space and line terminators), without a regular expression.
  return q.trim();
}

/** The act's form of a new unit's first line: its indent, heading marks, escaped brackets. */
function adapt(doc: DocumentModel, like: AnyUnit | undefined, piece: string, level: 'article' | 'paragraph' | 'subparagraph'): string {
  if (!like) return piece;
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', like.span.start - 1) + 1;
  const prefix = text.slice(lineStart, like.span.start);
  // The act's own heading marks replace whatever marks the quoted text has («### Статья 53» in a bill written from Markdown).
  let out = piece.replace(/^[ \t]*(?:#+[ \t]*)?/u, '');
  if (level === 'article') {
    // The heading line as the act writes it («### Статья 12»); the rest as quoted.
    out = prefix + out;
  } else {
    const escaped = text.slice(like.number.span.end, like.number.span.end + 2) === '\\)';
    if (escaped && level === 'subparagraph') out = out.replace(/^(\d+(?:-\d+)*)\)/u, '$1\\)');
    out = prefix + out;
  }
  return out;
}

interface Sentence {
  start: number;
  end: number;
}

/** Sentences of text[start, end): a full stop (or ! ?) followed by a space and a capital letter. */
function sentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  while (s < end && /\s/u.test(text[s])) s++;
  const re = /[.!?](?:\s*<\*>)?(?=\s+["«(]?\p{Lu})/gu;
  re.lastIndex = s;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const e = m.index + m[0].length;
    // «г.», «ст.», an initial «К.»: not a sentence end.
    if (/(?:^|[\s(])(?:\p{L}{1,2}|ст|гг|т\.е)\.$/u.test(text.slice(Math.max(s, m.index - 4), m.index + 1)) && !/\p{Ll}{3}\.$/u.test(text.slice(m.index - 3, m.index + 1))) continue;
    out.push({ start: s, end: e });
    s = e;
    while (s < end && /\s/u.test(text[s])) s++;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/** The text of a unit after its number («1. », «1) »), or after the heading line for an article. */
function bodyStart(doc: DocumentModel, u: AnyUnit): number {
  if (u.kind === 'article') {
    const nl = doc.text.indexOf('\n', u.span.start);
    return nl < 0 ? u.span.end : nl + 1;
  }
  let p = u.number.span.end;
  const t = doc.text;
  if (t[p] === '\\') p++;
  if (t[p] === '.' || t[p] === ')') p++;
  while (p < u.span.end && (t[p] === ' ' || t[p] === '\t')) p++;
  return p;
}

/** Unnumbered parts of a unit: its lines of text (the first one starts after the number). */
function parts(doc: DocumentModel, u: AnyUnit, end: number): Span[] {
  const out: Span[] = [];
  const lines = doc.lines;
  // The lines are in order and do not overlap: from the first that ends after the unit's start.
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].span.end <= u.span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < lines.length && lines[i].span.start < end; i++) {
    const l = lines[i];
    if (l.span.end <= u.span.start) continue;
    if (l.kind === 'blank' || l.kind === 'note' || l.kind === 'comment' || l.kind === 'article') continue;
    // Numbered sub-units are not parts of the unit.
    if (u.kind !== 'subparagraph' && l.span.start > u.span.start && (l.kind === 'subparagraph' || l.kind === 'paragraph')) continue;
    out.push({ start: Math.max(l.content.start, l.span.start <= u.span.start ? bodyStart(doc, u) : l.content.start), end: Math.min(l.content.end, end) });
  }
  return out;
}

/** Kazakh texts mix look-alike letters (Latin «i» for «і», «ə» U+0259 for «ә»): folded, same length. */
export function homoglyphs(s: string): string {
  return s.replace(/ə/gu, 'ә').replace(/Ə/gu, 'Ә').replace(/(?<=\p{Script=Cyrillic})i|i(?=\p{Script=Cyrillic})/gu, 'і').replace(/(?<=\p{Script=Cyrillic})I|I(?=\p{Script=Cyrillic})/gu, 'І');
}

/** The act's own break between units: a blank line (Adilet's Markdown) or a single line break (the corpus texts). */
const gaps = new WeakMap<DocumentModel, string>();
function gap(doc: DocumentModel): string {
  let g = gaps.get(doc);
  if (g === undefined) gaps.set(doc, (g = gapOf(doc)));
  return g;
}
function gapOf(doc: DocumentModel): string {
  let blank = 0;
  let units = 0;
  const ls = doc.lines;
  for (let i = 1; i < ls.length && units < 200; i++) {
    if (ls[i].kind !== 'paragraph' && ls[i].kind !== 'subparagraph') continue;
    units++;
    if (ls[i - 1].kind === 'blank') blank++;
  }
  return units && blank * 2 < units ? '\n' : '\n\n';
}

/** The words of `s` as a comparison reads them: look-alike letters and case aside, footnote markers dropped. */
function gistWords(s: string): string[] {
  return homoglyphs(s).toLowerCase().replace(/<\*>/gu, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** `words` occur in `hay`, word for word (look-alike letters, case, spacing and punctuation aside). */
export function inGist(hay: string, words: string): boolean {
  const w = gistWords(words).join(' ');
  return w.length > 0 && (' ' + gistWords(hay).join(' ') + ' ').includes(' ' + w + ' ');
}

/**
 * Whether a unit of the act and a bill's text for it say the same (its number and heading aside): nine
 * words in ten of the bill's text, in order, are the unit's, and the unit is not much longer (a later
 * amendment may have changed a word or two since).
 */
export function sameWording(unit: string, bill: string): boolean {
  const a = gistWords(unit);
  const b = gistWords(bill);
  if (!b.length || a.length > b.length * 1.25 + 4) return false;
  let i = 0;
  let hit = 0;
  for (const w of b) {
    const j = a.indexOf(w, i);
    if (j >= 0 && j - i <= 3) {
      hit++;
      i = j + 1;
    }
  }
  return hit >= b.length * 0.9;
}

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  hay = homoglyphs(hay);
  needle = homoglyphs(needle);
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The edits not yet applied, kept in (start, order of adding) order: applied together in one pass over the
 * text. Whether a new edit overlaps one of them is a binary search and a look at the few that start within
 * the longest one's length before it (a scan of every pending edit per instruction was quadratic).
 */
export class PendingEdits {
  private edits: TextEdit[] = [];
  /** The longest pending edit's length: no pending edit starting at or before `x − widest` reaches past `x`. */
  private widest = 0;
  private seq = 0;

  get size(): number {
    return this.edits.length;
  }

  /** Index of the first pending edit starting at or after `pos` (`after`: after `pos`). */
  private bound(pos: number, after: boolean): number {
    const es = this.edits;
    let lo = 0;
    let hi = es.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (es[mid].start < pos || (after && es[mid].start === pos)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(e: { start: number; end: number; text: string }): void {
    this.edits.splice(this.bound(e.start, true), 0, { ...e, seq: this.seq++ });
    this.widest = Math.max(this.widest, e.end - e.start);
  }

  /** Does one of `es` share text with a pending edit (e.start < p.end and p.start < e.end; an empty edit strictly inside another counts)? */
  overlaps(es: { start: number; end: number }[]): boolean {
    return es.some((e) => {
      for (let i = this.bound(e.end, false) - 1; i >= 0 && this.edits[i].start + this.widest > e.start; i--) {
        if (e.start < this.edits[i].end) return true;
      }
      return false;
    });
  }

  /** `text` with the pending edits applied (an edit overlapping an earlier one is skipped); none pending after. */
  applyTo(text: string): string {
    // (Concatenated: V8 keeps the pieces as a rope and copies them once, when the text is read.)
    let out = '';
    let pos = 0;
    for (const e of this.edits) {
      if (e.start < pos) continue; // overlapping: never produced (see `overlaps`)
      out += text.slice(pos, e.start) + e.text;
      pos = Math.max(pos, e.end);
    }
    this.edits = [];
    this.widest = 0;
    return out + text.slice(pos);
  }
}

function run(bill: Bill, actText: string, result: ApplyResult, opts: ApplyOptions): void {
  const lang = bill.lang;
  let cur = actText;
  let parsed: DocumentModel | null = opts.parsed && opts.parsed.text === actText ? opts.parsed : null;
  // Parsed when asked for: after the last edits, only if the new text cites a unit.
  const docOf = () => (parsed ??= parse(cur));
  const pending = new PendingEdits();
  const flush = () => {
    if (!pending.size) return;
    cur = pending.applyTo(cur);
    parsed = null;
  };

  for (const ins of bill.instructions) {
    if (ins.act && opts.ownActOnly !== false) continue;
    const rec: AppliedInstruction = { instruction: ins, ok: false, before: [], after: [] };
    result.instructions.push(rec);
    if (ins.targets.some((t) => t.whole)) {
      // A new edition of the whole act: its text, exactly, in place of the act (what earlier instructions
      // did is replaced too; the checks name them as touching the same unit).
      flush();
      if (ins.kind !== 'replace-unit' || !ins.text) {
        result.problems.push(problem('bill-target-missing', ins.targets[0].span, { item: ins.item || '—', unit: 'whole' }));
        continue;
      }
      cur = ins.text.text;
      parsed = null;
      rec.ok = true;
      continue;
    }
    let attempt = plan(ins, docOf(), lang, bill.law);
    // Needs an earlier instruction's result (a unit it inserted or rewrote), or touches what it edits.
    if (pending.size && (!attempt.ok || pending.overlaps(attempt.edits))) {
      flush();
      attempt = plan(ins, docOf(), lang, bill.law);
    }
    result.problems.push(...attempt.problems);
    for (const e of attempt.edits) pending.add(e);
    rec.ok = attempt.ok;
    rec.before = attempt.before;
    rec.after = attempt.after;
  }
  const before = docOf();
  flush();
  result.text = cur;
  // Which units exist after the bill: those of the act, less the ones it excludes, plus the ones it
  // inserts; the consolidated text is parsed only to confirm a unit that this says is missing.
  const gone = new Set<string>();
  const added = new Set<string>();
  for (const rec of result.instructions) {
    if (!rec.ok) continue;
    for (const t of rec.instruction.targets) {
      if (t.part !== undefined || t.sentence !== undefined || t.section !== undefined || t.preamble || t.whole) continue;
      if (rec.instruction.kind === 'delete-unit') gone.add(label(t));
      if (rec.instruction.kind === 'insert-unit') added.add(label(t));
    }
  }
  const exists = (t: BillTarget): boolean => {
    const k = label(t);
    if (added.has(k)) return true;
    for (let p = k; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') if (gone.has(p)) return false;
    const f = findUnit(before, t);
    const u = deepest(f);
    return !f.missing && !!u && !u.excluded && !f.article?.excluded;
  };
  // New text that cites a unit of the act the consolidated text lacks (or has excluded).
  for (const rec of result.instructions) {
    const ins = rec.instruction;
    // A new edition's citations are its own text's (the parser's checks), not a bill's.
    if (ins.targets.some((t) => t.whole)) continue;
    for (const q of [ins.text, ins.new]) {
      if (!q) continue;
      // (mayCite is a necessary condition for the scan to find anything: most new text is skipped unscanned.)
      if (!mayCite(q.text, lang)) continue;
      const home = ins.targets.find((t) => t.article !== undefined);
      for (const r of scanReferences(q.text, lang).references) {
        if (r.external) continue;
        // The heading of a new article («Статья 94-1» on its own line) is not a citation.
        const ls = q.text.lastIndexOf('\n', r.span.start - 1) + 1;
        let le = q.text.indexOf('\n', r.span.end);
        if (le < 0) le = q.text.length;
        if (/^[\s#]*$/u.test(q.text.slice(ls, r.span.start)) && /^[\s.]*$/u.test(q.text.slice(r.span.end, le))) continue;
        for (const t of r.targets) {
          const lv = (l: RefLevel | undefined, own: string | undefined): string | undefined | null =>
            !l ? undefined : l.kind === 'num' ? l.num.text : own ?? null;
          const article = lv(t.article, home?.article) ?? (t.unit === 'article' ? undefined : home?.article);
          if (article === null || article === undefined) continue;
          const paragraph = lv(t.paragraph, home?.paragraph);
          const subparagraph = lv(t.subparagraph, home?.subparagraph);
          if (paragraph === null || subparagraph === null) continue;
          // A unit written without its paragraph («подпункт 3) статьи 44»): the article's own list.
          const target: BillTarget = { span: t.span, article, ...(paragraph !== undefined ? { paragraph } : {}), ...(subparagraph !== undefined ? { subparagraph } : {}) };
          if (exists(target)) continue;
          const f = findUnit(docOf(), target);
          const u = deepest(f);
          if (f.missing || !u || u.excluded || f.article?.excluded) {
            const span = { start: q.span.start + t.span.start, end: q.span.start + t.span.end };
            result.problems.push(problem('bill-new-text-citation', span, { item: ins.item || '—', unit: label(target) }));
          }
        }
      }
    }
  }
}

interface Plan {
  ok: boolean;
  edits: { start: number; end: number; text: string }[];
  problems: Problem[];
  before: string[];
  after: string[];
}

function label(t: BillTarget): string {
  if (t.section !== undefined) return t.section;
  if (t.chapter !== undefined) return t.chapter;
  return [t.article, t.paragraph, t.subparagraph].filter((x) => x !== undefined).join('.');
}


/** The act's chapter of a number as a bill writes it (digits, or a Roman numeral: «IV», «ІV»). */
export function findChapter(doc: DocumentModel, n: string): Chapter | undefined {
  const key = chapterKey(n);
  return doc.chapters.find((c) => chapterKey(c.number.text) === key);
}

/** A quoted heading's non-blank lines, trimmed (the act writes a heading on one line). */
function headingLines(q: string): string[] {
  return q.split(/\n/u).map((l) => l.trim()).filter(Boolean);
}

/** The last of `units` (in the act's order) whose number is before `num`. */
function lastBefore<U extends AnyUnit>(units: readonly U[], num: string): U | undefined {
  let prev: U | undefined;
  for (const s of units) if (compareNumbers(numText(s.number), canonical(num)) < 0) prev = s;
  return prev;
}

/** A quoted heading's lines as the act's one heading line («Раздел VII» / «Суды …» → «Раздел VII. Суды …»). */
function joinHeading(lines: string[]): string {
  return lines.reduce((acc, l) => (acc ? (/[.!?]$/u.test(acc) ? `${acc} ${l}` : `${acc}. ${l}`) : l), '');
}

/** A missing target as the message names it (messages.ts, `bill.missing`): the preamble, a section or chapter by key, else its numbers. */
export function missingKey(t: BillTarget): string {
  if (t.preamble) return 'preamble';
  if (t.section !== undefined) return `section:${t.section}`;
  if (t.chapter !== undefined) return `chapter:${t.chapter}`;
  return label(t);
}

/**
 * The unit of a word edit as the messages name it (messages.ts, `bill.wordsIn` of the UI language): the
 * preamble and a section heading by key, any other unit by its numbers («5.2»).
 */
function wordsUnit(t: BillTarget): string {
  if (t.preamble) return 'preamble';
  if (t.section !== undefined) return `section:${t.section}`;
  return label(t);
}

function levelOf(t: BillTarget): 'article' | 'paragraph' | 'subparagraph' {
  return t.subparagraph !== undefined ? 'subparagraph' : t.paragraph !== undefined ? 'paragraph' : 'article';
}

/**
 * The line of a unit's heading in the act's table of contents: a line before the first article that reads
 * as the heading does (spaces aside).
 */
function contentsLine(doc: DocumentModel, u: Article | { span: Span; headSpan: Span }): Span | undefined {
  const text = doc.text;
  const squeeze = (x: string) => x.replace(/\s+/gu, ' ').trim();
  const want = squeeze(text.slice(u.span.start, u.headSpan.end));
  // The articles are in the order of the text.
  const first = doc.articles.length ? doc.articles[0].span.start : text.length;
  for (let at = 0; at < first;) {
    let e = text.indexOf('\n', at);
    if (e < 0 || e > first) e = first;
    if (want && squeeze(text.slice(at, e)) === want) {
      const lead = /^\s*/u.exec(text.slice(at, e))![0].length;
      return { start: at + lead, end: at + text.slice(at, e).trimEnd().length };
    }
    at = e + 1;
  }
  return undefined;
}

/** The whole unit of a target: its part and sentence left out. */
function unitOf(t: BillTarget): BillTarget {
  return { span: t.span, article: t.article, paragraph: t.paragraph, subparagraph: t.subparagraph, inPart: t.inPart, section: t.section, preamble: t.preamble };
}

function parentTarget(t: BillTarget): BillTarget {
  if (t.subparagraph !== undefined) return { span: t.span, article: t.article, paragraph: t.paragraph };
  if (t.paragraph !== undefined) return { span: t.span, article: t.article };
  return { span: t.span };
}

function plan(ins: Instruction, doc: DocumentModel, lang: Lang, law?: EnactedLaw): Plan {
  const p: Plan = { ok: true, edits: [], problems: [], before: [], after: [] };
  const text = doc.text;
  const lex = lexicon(lang);
  const item = ins.item || '—';
  const fail = (code: Parameters<typeof problem>[0], span: Span, args: Record<string, string | number> = {}, data?: Record<string, unknown>) => {
    p.ok = false;
    p.problems.push(problem(code, span, { item, ...args }, data));
  };
  const quoted = ins.text ? tidy(ins.text.text) : '';
  /**
   * An excluded article's (or chapter's) heading line with its note: the consolidated texts' note when the
   * bill's date is known (a signed law), otherwise the lexicon's «Исключена.».
   */
  const excludedHeading = (prefix: string, heading: string): string => {
    const by = law && lex.bill.excludedBy;
    return by ? `${prefix}${heading}${gap(doc)}${by('article', heading, law)}` : `${prefix}${heading}. ${lex.excluded.article}`;
  };

  if (ins.kind === 'insert-unit') {
    const numbered = ins.targets.filter((t) => t.part === undefined && t.sentence === undefined);
    const level = numbered.length ? levelOf(numbered[0]) : 'article';
    const split = numbered.length > 1 ? pieces(quoted, level, numbered.map((t) => t[level]!), lang) : [quoted];
    for (let i = 0; i < ins.targets.length; i++) {
      const t = resolveCodePart(doc, ins.targets[i]);
      if (t.contents && t.title && t.article !== undefined) {
        // A new line of the table of contents («оглавление дополнить заголовком статьи 443-1 …»): after the
        // line of the article before it (session 24).
        const prev = lastBefore(doc.articles, t.article);
        const line = prev && contentsLine(doc, prev);
        if (!line) {
          fail('bill-target-missing', t.span, { unit: missingKey(t) });
          continue;
        }
        const lineStart = text.lastIndexOf('\n', line.start - 1) + 1;
        // (Several lines at once, «заголовками статей 127-1 и 127-2»: each its own, session 25.)
        const heading = headingLines(split?.[i] ?? quoted).join(' ');
        // The table's own spacing: a blank line between its lines when it has one there.
        const sep = /^\n[ \t]*\n/u.test(text.slice(line.end, line.end + 80)) ? '\n\n' : '\n';
        const add = `${sep}${text.slice(lineStart, line.start)}${heading}`;
        p.before.push(text.slice(lineStart, line.end));
        p.edits.push({ start: line.end, end: line.end, text: add });
        p.after.push(text.slice(lineStart, line.end) + add);
        continue;
      }
      if (t.part !== undefined || t.sentence !== undefined) {
        // A new part or sentence of an existing unit.
        const probe = unitOf(t);
        const f = findUnit(doc, probe);
        const u = deepest(f);
        if (f.missing || !u) {
          fail('bill-target-missing', t.span, { unit: missingKey(probe) });
          continue;
        }
        const x = extent(doc, u);
        p.before.push(text.slice(x.lineStart, x.end));
        let at = x.end;
        // Before an inline footnote marker.
        const marker = /\s*<\*>$/u.exec(text.slice(x.start, x.end));
        if (marker) at = x.end - marker[0].length;
        const add = t.sentence !== undefined ? ' ' + quoted : gap(doc) + (text.slice(text.lastIndexOf('\n', at - 1) + 1, at).match(/^[ \t]*/u)![0] || '') + quoted;
        p.edits.push({ start: at, end: at, text: add });
        p.after.push(text.slice(x.lineStart, at) + add + text.slice(at, x.end));
        continue;
      }
      const lv = levelOf(t);
      const num = t[lv]!;
      const parent = parentTarget(t);
      const pf = findUnit(doc, parent);
      if (pf.missing) {
        fail('bill-target-missing', t.span, { unit: missingKey(parent) });
        continue;
      }
      let siblings: AnyUnit[] = lv === 'article' ? doc.articles
        : lv === 'paragraph' ? pf.article!.paragraphs
          : pf.paragraph ? pf.paragraph.subparagraphs : pf.article!.subparagraphs.length ? pf.article!.subparagraphs : pf.article!.paragraphs.flatMap((x) => x.subparagraphs);
      // A new subparagraph of the list in a part of its paragraph («часть вторую пункта 1 дополнить подпунктом 9)»):
      // that list's, where the paragraph has a list in each of its parts (session 26).
      let partLine: Span | undefined;
      if (lv === 'subparagraph' && t.inPart !== undefined) {
        const own = subparagraphsInPart(doc, pf.paragraph ?? pf.article!, siblings as Subparagraph[], t.inPart);
        if (own) {
          siblings = own.list;
          partLine = own.line;
        }
      }
      const there = siblings.find((s) => numText(s.number) === canonical(num));
      if (there) {
        // The unit there already says what the bill inserts: an act that already has this change.
        const piece = split ? split[i] ?? (i === 0 ? quoted : '') : i === 0 ? quoted : '';
        const x = lv === 'article' ? there.span : extent(doc, there);
        const applied = !!piece && sameWording(text.slice(x.start, x.end), piece);
        fail('bill-insert-collision', t.span, { unit: label(t) }, applied ? { applied: true } : undefined);
        continue;
      }
      // «15-1» needs 15, «15-2» needs 15-1: the number with its last suffix one less, or dropped.
      const segs = num.split('-');
      if (segs.length > 1) {
        const last = parseInt(segs[segs.length - 1], 10);
        const base = last > 1 ? [...segs.slice(0, -1), String(last - 1)].join('-') : segs.slice(0, -1).join('-');
        const inBill = ins.targets.slice(0, i).some((o) => o[lv] === base);
        if (!inBill && !siblings.some((s) => numText(s.number) === canonical(base))) {
          fail('bill-insert-base-missing', t.span, { unit: label(t), base });
          continue;
        }
      }
      const piece = split ? split[i] ?? (i === 0 ? quoted : '') : i === 0 ? quoted : '';
      if (!piece) continue;
      const prev = lastBefore(siblings, num);
      const like = prev ?? siblings[0];
      const body = adapt(doc, like, piece, lv);
      let at: number;
      let add: string;
      if (prev) {
        at = lv === 'article' ? prev.span.end : extent(doc, prev).end;
        if (lv === 'article') while (at > prev.span.start && /\s/u.test(text[at - 1])) at--;
        add = gap(doc) + body;
      } else if (siblings.length && (lv !== 'article')) {
        at = extent(doc, siblings[0]).lineStart;
        add = body + gap(doc);
      } else if (partLine) {
        // The first item of a part's list: after the part's line.
        at = partLine.end;
        add = gap(doc) + body;
      } else {
        const parentUnit = deepest(pf);
        if (!parentUnit) {
          fail('bill-target-missing', t.span, { unit: missingKey(t) });
          continue;
        }
        at = extent(doc, parentUnit).end;
        add = gap(doc) + body;
      }
      const pu = deepest(pf);
      if (pu) p.before.push(text.slice(extent(doc, pu).lineStart, extent(doc, pu).end));
      p.edits.push({ start: at, end: at, text: add });
      p.after.push(body);
    }
    return p;
  }

  // Instructions on existing units.
  // (A title target is an article's heading, never a numbered unit's: bill/read.ts sets it so.)
  const numbered = ins.targets.filter((t) => t.part === undefined && t.sentence === undefined && !t.title);
  const level = numbered.length ? levelOf(numbered[0]) : 'article';
  // «заголовок, пункты 1 и 2 изложить …: «Статья 15. …» / «1. …» / «2. …»» (session 24): the article's
  // heading is the new text before the first unit's number.
  const withTitle = ins.kind === 'replace-unit' && numbered.length > 0 && ins.targets.some((t) => t.title && !t.contents);
  const split = ins.kind === 'replace-unit' && (numbered.length > 1 || withTitle) ? pieces(quoted, level, numbered.map((t) => t[level]!), lang) : null;
  const titleText = withTitle && split ? quoted.slice(0, Math.max(0, quoted.indexOf(split[0]))).trim() : quoted;
  if (ins.kind === 'replace-unit' && (numbered.length > 1 || withTitle) && (!split || withTitle && !titleText)) {
    fail('bill-new-text-numbering', ins.text?.span ?? ins.span, { units: numbered.map(label).join(', ') });
    return p;
  }
  /** A word edit inside `zone` of the unit at `x`. */
  const edit = (start: number, end: number, str: string) => {
    p.edits.push({ start, end, text: str });
  };
  /** Word edits of «по всему тексту»: repeated words inside one article are not a warning. */
  let quiet = false;
  const wordsOp = (zone: Span, x: { lineStart: number; end: number }, t: BillTarget): void => {
    const hay = text.slice(zone.start, zone.end);
    // A heading in capitals («КОНСТИТУЦИЯЛЫҚ КЕҢЕС») takes the words in any case, and the new ones in capitals.
    let caps = false;
    /**
     * Every place of the words in the zone (none: a problem). Words that occur several times are changed
     * wherever they occur in the unit, as drafting practice reads «слова «…» заменить словами «…»» (a bill
     * that means one of them says which); the warning asks the drafter to make sure.
     */
    const find = (q: { text: string; span: Span }): number[] | undefined => {
      let at = occurrences(hay, q.text);
      // Whole words first: «құжаттар» is not the start of «құжаттарды» when the unit has the word itself
      // (session 24: an anchor inside a longer word put the new words into it); else as written.
      if (at.length > 1) {
        const whole = at.filter((i) => wordBounded(hay, i, q.text.length));
        if (whole.length && whole.length < at.length) at = whole;
      }
      if (!at.length && t.section !== undefined && hay.toLowerCase().length === hay.length) {
        at = occurrences(hay.toLowerCase(), q.text.toLowerCase());
        caps = at.length > 0 && hay.slice(at[0], at[0] + q.text.length) === q.text.toUpperCase();
      }
      if (!at.length) {
        const near = nearMatch(hay, q.text);
        // The new words already there (and the old ones not): what an act that already has this change reads.
        const applied = q !== ins.new && ins.new !== undefined && inGist(hay, ins.new.text);
        const data = near !== undefined || applied ? { ...(near !== undefined ? { replacement: near } : {}), ...(applied ? { applied: true } : {}) } : undefined;
        fail('bill-words-not-found', q.span, { words: q.text, unit: wordsUnit(t) }, data);
        return undefined;
      }
      // Occurrences that overlap an earlier one («аа» in «ааа») are not separate places.
      let places: number[] = [];
      for (const i of at) if (!places.length || i >= places[places.length - 1] + q.text.length) places.push(i);
      if (ins.occurrences && q !== ins.new) {
        // «во втором случае»: the occurrences named, each of which must be there.
        const chosen = ins.occurrences.map((n) => places[n - 1]);
        if (chosen.some((x) => x === undefined)) {
          fail('bill-words-not-found', q.span, { words: q.text, unit: wordsUnit(t) });
          return undefined;
        }
        places = chosen;
      } else if (places.length > 1 && !quiet) p.problems.push(problem('bill-words-ambiguous', q.span, { item, words: q.text, unit: wordsUnit(t), count: places.length }));
      return places.map((i) => zone.start + i);
    };
    /** The edits at the places found, and the unit after them all. */
    const put = (list: { s: number; e: number; by: string }[]) => {
      let after = '';
      let pos = x.lineStart;
      for (const c of list) {
        edit(c.s, c.e, c.by);
        after += text.slice(pos, c.s) + c.by;
        pos = c.e;
      }
      p.after.push(after + text.slice(pos, x.end));
    };
    if (ins.kind === 'insert-words') {
      const add = ins.new?.text ?? '';
      // (insert-words finds its anchor below; the capitals of a heading apply to it as to a replacement)
      if (ins.position === 'end' || !ins.anchor) {
        let at = zone.end;
        const tail = /(?:\s*<\*>)?\s*$/u.exec(text.slice(zone.start, zone.end));
        if (tail) at -= tail[0].length;
        // Words go before the unit's closing mark («…территории, а также …»); a whole sentence of its own
        // («дополнить словами «Его границы неприкосновенны.»», the 1998 law's items 17 and 18) after it.
        const sentence = /^["«“]?\p{Lu}/u.test(add) && /[.!?…]["»”]?$/u.test(add) && text[at - 1] === '.';
        if (!sentence && at > zone.start && /[.;:,]/u.test(text[at - 1])) at--;
        const s = /^[,.;:)]/u.test(add) ? add : ' ' + add;
        edit(at, at, s);
        p.after.push(text.slice(x.lineStart, at) + s + text.slice(at, x.end));
      } else {
        const places = find(ins.anchor);
        if (places === undefined) return;
        const anchor = ins.anchor.text;
        if (ins.position === 'after') {
          const s = (ins.mark ?? '') + (/^[,.;:)]/u.test(add) ? add : ' ' + add);
          put(places.map((a) => ({ s: a + anchor.length, e: a + anchor.length, by: s })));
        } else {
          const s = /[(\s]$/u.test(add) ? add : add + ' ';
          put(places.map((a) => ({ s: a, e: a, by: s })));
        }
      }
    } else if (ins.old) {
      const places = find(ins.old);
      if (places === undefined) return;
      const old = ins.old.text;
      const list = places.map((a) => {
        let s = a;
        let e = a + old.length;
        let by = ins.kind === 'replace-words' ? ins.new?.text ?? '' : '';
        if (caps) by = by.toUpperCase();
        if (ins.kind === 'delete-words') {
          // One space stays between the words around; none before punctuation.
          if (s > 0 && text[s - 1] === ' ' && (text[e] === ' ' || /[,.;:)]/u.test(text[e] ?? '') || e >= zone.end || /[\r\n]/u.test(text[e] ?? '\n'))) s--;
          else if (text[e] === ' ' && (s === 0 || /[\s(«"]/u.test(text[s - 1]))) e++;
          by = '';
        }
        return { s, e, by };
      });
      // Two deletions that would take the same space between them: the later keeps it.
      for (let k = 1; k < list.length; k++) if (list[k].s < list[k - 1].e) list[k].s = list[k - 1].e;
      put(list);
    }
  };
  for (let i = 0; i < ins.targets.length; i++) {
    const t = resolveCodePart(doc, ins.targets[i]);
    if (t.preamble) {
      // The preamble: rewritten whole or its words edited; a bill does not exclude it.
      const pre = doc.preamble;
      if (!pre || ins.kind === 'delete-unit') {
        fail('bill-target-missing', t.span, { unit: 'preamble' });
        continue;
      }
      p.before.push(text.slice(pre.start, pre.end));
      if (ins.kind === 'replace-unit') {
        p.edits.push({ start: pre.start, end: pre.end, text: quoted });
        p.after.push(quoted);
      } else wordsOp(pre, { lineStart: pre.start, end: pre.end }, t);
      continue;
    }
    if (t.everywhere) {
      // «по всему тексту»: the words in every article that has them (each a unit of its own: no warning for
      // words repeated inside one); not found in any is a problem.
      const q = ins.old ?? ins.anchor;
      if (!q || ins.kind === 'replace-unit' || ins.kind === 'delete-unit') {
        fail('bill-target-missing', t.span, { unit: missingKey(t) });
        continue;
      }
      // Throughout one chapter («6-тараудың … бүкіл мәтіні бойынша», session 25): its articles.
      const chapter = t.chapter !== undefined ? findChapter(doc, t.chapter) : undefined;
      if (t.chapter !== undefined && !chapter) {
        fail('bill-target-missing', t.span, { unit: missingKey(t) });
        continue;
      }
      let any = false;
      quiet = true;
      for (const a of chapter ? chapter.articles : doc.articles) {
        const x = extent(doc, a);
        if (!text.slice(x.start, x.end).includes(q.text)) continue;
        any = true;
        p.before.push(text.slice(x.lineStart, x.end));
        wordsOp({ start: x.start, end: x.end }, x, t);
      }
      quiet = false;
      if (!any) fail('bill-words-not-found', q.span, { words: q.text, unit: 'everywhere' });
      continue;
    }
    if (t.chapter !== undefined && t.chapterWhole) {
      // A whole chapter with its articles («главу 5 исключить», «… изложить в следующей редакции»).
      const c = findChapter(doc, t.chapter);
      if (!c || ins.kind !== 'delete-unit' && ins.kind !== 'replace-unit') {
        fail('bill-target-missing', t.span, { unit: missingKey(t) });
        continue;
      }
      const lineStart = text.lastIndexOf('\n', c.span.start - 1) + 1;
      let end = c.span.end;
      while (end > c.span.start && /\s/u.test(text[end - 1])) end--;
      p.before.push(text.slice(lineStart, end));
      let add: string;
      if (ins.kind === 'replace-unit') add = text.slice(lineStart, c.span.start) + quoted;
      else {
        // As an excluded article is written: its heading and the note.
        add = excludedHeading(text.slice(lineStart, c.span.start), lex.unitHeading('chapter', c.number.text));
      }
      p.edits.push({ start: lineStart, end, text: add });
      p.after.push(add);
      continue;
    }
    if (t.chapter !== undefined || t.title) {
      // The heading of a chapter or of an article (in the table of contents: its line there).
      const u = t.chapter !== undefined ? findChapter(doc, t.chapter) : findUnit(doc, unitOf(t)).article;
      const line = u && (t.contents ? contentsLine(doc, u) : { start: u.span.start, end: u.headSpan.end });
      if (!u || !line || ins.kind === 'delete-unit') {
        fail('bill-target-missing', t.span, { unit: missingKey(t) });
        continue;
      }
      const lineStart = text.lastIndexOf('\n', line.start - 1) + 1;
      if (ins.kind === 'replace-unit') {
        p.before.push(text.slice(lineStart, line.end));
        // The quoted heading's lines («Статья 352. Заведомо ложные показания,» / «специалиста …») are one line in the act.
        const lines = headingLines(t.title ? titleText : quoted);
        const heading = t.chapter !== undefined ? joinHeading(lines) : lines.join(' ');
        p.edits.push({ start: line.start, end: line.end, text: heading });
        p.after.push(text.slice(lineStart, line.start) + heading);
      } else {
        p.before.push(text.slice(lineStart, line.end));
        wordsOp(line, { lineStart, end: line.end }, t);
      }
      continue;
    }
    if (t.section !== undefined) {
      const s = doc.sections.find((x) => sectionNumeral(x.number.text) === sectionNumeral(t.section!));
      if (!s) {
        fail('bill-target-missing', t.span, { unit: `section:${t.section}` });
        continue;
      }
      if (ins.kind === 'replace-unit') {
        const hs = s.headSpan;
        p.before.push(text.slice(hs.start, hs.end));
        const lineStart = text.lastIndexOf('\n', hs.start - 1) + 1;
        const prefix = text.slice(lineStart, s.span.start);
        // The act's heading is one line («Раздел VII. Суды …»): the quoted lines («Раздел VII» / «Суды …») joined.
        const heading = joinHeading(headingLines(quoted));
        p.edits.push({ start: s.span.start, end: hs.end, text: heading });
        p.after.push(prefix + heading);
      } else if (ins.kind === 'delete-unit') fail('bill-target-missing', t.span, { unit: `section:${t.section}` });
      else {
        p.before.push(text.slice(s.span.start, s.headSpan.end));
        wordsOp({ start: s.span.start, end: s.headSpan.end }, { lineStart: text.lastIndexOf('\n', s.span.start - 1) + 1, end: s.headSpan.end }, t);
      }
      continue;
    }
    const probe = unitOf(t);
    const f = findUnit(doc, probe);
    const u = deepest(f);
    if (f.missing || !u) {
      fail('bill-target-missing', t.span, { unit: missingKey(probe) });
      continue;
    }
    const x = extent(doc, u);
    const before = text.slice(x.lineStart, x.end);
    p.before.push(before);
    // The span the instruction acts on: the whole unit, one of its parts or one of its sentences.
    let zone: Span = { start: x.start, end: x.end };
    let whole = true;
    if (t.part !== undefined || t.sentence !== undefined) {
      whole = false;
      const ps = parts(doc, u, x.end);
      let z: Span | undefined;
      // ('next' names a part only an insertion makes: nothing here to edit.)
      if (t.part !== undefined) z = t.part === 'next' ? undefined : ps[t.part - 1];
      else z = { start: bodyStart(doc, u), end: x.end };
      if (z && t.sentence !== undefined) {
        // Sentences of the part (or of the unit's text without its sub-units: its first part).
        const within = t.part !== undefined ? z : ps[0] ?? z;
        const ss = sentences(text, within.start, within.end);
        z = t.sentence === 'last' ? ss[ss.length - 1] : typeof t.sentence === 'number' ? ss[t.sentence - 1] : undefined;
      }
      if (!z) {
        fail('bill-target-missing', t.span, { unit: missingKey(t) });
        continue;
      }
      zone = z;
    }
    switch (ins.kind) {
      case 'replace-unit': {
        if (whole) {
          const piece = split ? split[numbered.indexOf(t)] ?? '' : quoted;
          const body = adapt(doc, u, piece, levelOf(t));
          edit(x.lineStart, x.end, body);
          p.after.push(body);
        } else {
          let q = quoted;
          // A sentence keeps its place: the new one is written with its full stop.
          edit(zone.start, zone.end, q);
          q = text.slice(x.lineStart, zone.start) + q + text.slice(zone.end, x.end);
          p.after.push(q);
        }
        break;
      }
      case 'delete-unit': {
        if (whole) {
          let note: string;
          // A signed law (its date in the bill): the note of the consolidated texts; otherwise the lexicon's.
          const by = law && lex.bill.excludedBy;
          if (u.kind === 'article') note = excludedHeading(text.slice(x.lineStart, u.span.start), lex.unitHeading('article', u.number.text));
          else if (by) {
            const mark = u.kind === 'subparagraph' ? (/[.;]$/u.exec(text.slice(x.start, x.end))?.[0] ?? ';') : '';
            note = text.slice(x.lineStart, bodyStart(doc, u)) + by(u.kind, '', law) + mark;
          } else {
            note = text.slice(x.lineStart, bodyStart(doc, u)) + lex.excluded.paragraph;
          }
          edit(x.lineStart, x.end, note);
          p.after.push(note);
        } else {
          // A part or a sentence goes with the space before it.
          let s = zone.start;
          let e = zone.end;
          if (t.part !== undefined) {
            s = text.lastIndexOf('\n', zone.start - 1) + 1;
            const pre = /\n\s*$/u.exec(text.slice(x.start, s));
            if (pre) s -= pre[0].length;
          } else {
            while (s > x.start && /[ \t]/u.test(text[s - 1])) s--;
            if (s === x.start || text[s - 1] === '\n') while (e < x.end && /[ \t]/u.test(text[e])) e++;
          }
          edit(s, e, '');
          p.after.push(text.slice(x.lineStart, s) + text.slice(e, x.end));
        }
        break;
      }
      case 'replace-words':
      case 'delete-words':
      case 'insert-words': {
        wordsOp(zone, x, t);
        break;
      }
    }
  }
  return p;
}

/** hay[i, i + n) does not start or end inside a word (a letter or digit on both sides of an edge). */
function wordBounded(hay: string, i: number, n: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  if (word.test(hay[i] ?? '') && word.test(hay[i - 1] ?? '')) return false;
  return !(word.test(hay[i + n - 1] ?? '') && word.test(hay[i + n] ?? ''));
}

/** A unique near match of `words` in `hay`: the same words up to case, «ё», look-alike letters and quotation marks. */
function nearMatch(hay: string, words: string): string | undefined {
  const norm = (x: string) => homoglyphs(x.toLowerCase()).replace(/ё/gu, 'е').replace(/[«»"“”„]/gu, '"');
  if (hay.toLowerCase().length !== hay.length || words.toLowerCase().length !== words.length) return undefined;
  const at = occurrences(norm(hay), norm(words));
  return at.length === 1 ? hay.slice(at[0], at[0] + words.length) : undefined;
}
