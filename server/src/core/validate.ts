// Numbering validation: sections, chapters, articles (continuous through the act), paragraphs
// (restart in each article), subparagraphs (restart in each paragraph, or in the article).

import type { Article, Problem, Subchapter, Subparagraph, UnitBase, UnitNumber } from './types';
import type { Code } from './codes';
import type { DocumentModel } from './parser';
import { problem } from './parser';
import { compareNumbers, lowerBound, toRoman } from './text';
import { EXCLUDED_AFTER, EXCLUDED_WORD, letterOf } from './lang/markup';
import type { LineIndex } from './text';
import { scanReferences } from './refscan';
import { docSources } from './source';

type Family = 'section' | 'chapter' | 'subchapter' | 'article' | 'paragraph' | 'subparagraph';

interface Ctx {
  family: Family;
  /** Extra message arguments (article, parent). */
  extra: Record<string, string | number>;
  /** A lettered list («а)», «б)»): a letter of it, to write numbers as letters of its alphabet. */
  letter?: string;
  /**
   * The plain numbers publication notes between two offsets declare excluded (notedOut), asked for only at a
   * gap, for the lines between the unit before it and the unit after it.
   */
  noted?: (from: number, to: number) => ReadonlySet<number>;
}

function show(family: Family, n: { base: number; suffix: number[] }, letter?: string): string {
  if (letter) return letterOf(n.base, letter) || String(n.base);
  if (family === 'section') return toRoman(n.base);
  return [n.base, ...n.suffix].join('-');
}

const VIRTUAL_START: UnitNumber = { text: '', span: { start: 0, end: 0 }, base: 0, suffix: [] };

/** A number as text: «12», «12-1». */
function keyText(n: { base: number; suffix: number[] }): string {
  return [n.base, ...n.suffix].join('-');
}

/**
 * A number's key in a sequence's map of numbers seen: the base itself for a number without a suffix (no
 * string built per unit: a renumbered article checks the act's whole sequence again per keystroke),
 * «base-suffix…» otherwise (never a plain number's key: it holds a hyphen).
 */
function keyOf(n: { base: number; suffix: number[] }): string | number {
  return n.suffix.length === 0 ? n.base : keyText(n);
}

/** Does `cur` correctly follow `prev`: N+1 after N (or N-k), or the next inserted N-k after N / N-j? */
function fitsAfter(cur: UnitNumber, prev: UnitNumber): boolean {
  if (cur.suffix.length === 0) return cur.base === prev.base + 1;
  if (cur.base !== prev.base) return false;
  // expectedInserted(prev, cur) === keyOf(cur), without building the strings.
  const depth = cur.suffix.length;
  const p = prev.suffix;
  for (let i = 0; i < depth - 1; i++) if ((p[i] ?? 0) !== cur.suffix[i]) return false;
  return cur.suffix[depth - 1] === (p.length >= depth ? p[depth - 1] : 0) + 1;
}

/** Every unit has a readable number and follows the one before it: the sequence has no defect. */
function inOrder(units: UnitBase[], start: UnitNumber = VIRTUAL_START): boolean {
  let prev: UnitNumber = start;
  for (let i = 0; i < units.length; i++) {
    const cur = units[i].number;
    if (!Number.isFinite(cur.base)) return false;
    for (let k = 0; k < cur.suffix.length; k++) if (!Number.isFinite(cur.suffix[k])) return false;
    if (!fitsAfter(cur, prev)) return false;
    prev = cur;
  }
  return true;
}

/** Below this, a plain number's key indexes an array (filled in order: no map to grow and rehash). */
const DENSE_KEYS = 1 << 16;

/** The units seen in a sequence, by key (keyOf): an array for small plain numbers, a map for the rest. */
class Seen {
  private dense: (UnitBase | undefined)[] = [];
  private map = new Map<string | number, UnitBase>();
  get(k: string | number): UnitBase | undefined {
    return typeof k === 'number' && k >= 0 && k < DENSE_KEYS ? this.dense[k] : this.map.get(k);
  }
  has(k: string | number): boolean {
    return this.get(k) !== undefined;
  }
  set(k: string | number, u: UnitBase): void {
    if (typeof k === 'number' && k >= 0 && k < DENSE_KEYS) this.dense[k] = u;
    else this.map.set(k, u);
  }
}

/**
 * Checks one numbered sequence and reports each defect once, at the offending number.
 * One look-ahead decides what the offending unit is: a misnumbered unit that takes the slot of the
 * expected number (the next one fits after the expected number), a unit out of place (the next one
 * fits after the previous), or a real jump (the sequence goes on from it). So one deleted, duplicated,
 * swapped or renumbered unit yields one diagnostic, not a cascade.
 */
function checkSequence(units: UnitBase[], ctx: Ctx, lines: LineIndex, out: Problem[], start: UnitNumber = VIRTUAL_START): void {
  const seen = new Seen();
  let prev: UnitNumber = start;
  const valid = units.filter((u) => Number.isFinite(u.number.base) && u.number.suffix.every((s) => Number.isFinite(s)));
  for (let i = 0; i < valid.length; i++) {
    const u = valid[i];
    const cur = u.number;
    const key = keyOf(cur);
    const first = seen.get(key);
    if (!first && fitsAfter(cur, prev)) {
      seen.set(key, u);
      prev = cur;
      continue;
    }
    const expected: UnitNumber = { ...VIRTUAL_START, base: prev.base + 1 };
    const nxt = i + 1 < valid.length ? valid[i + 1].number : null;
    let code: Code;
    if (first) code = `${ctx.family}-number-duplicate`;
    else if (cur.suffix.length > 0 && cur.base !== prev.base) code = 'inserted-number-misplaced';
    else if (compareNumbers(cur, prev) < 0) code = `${ctx.family}-number-order`;
    else code = `${ctx.family}-number-gap`;
    if (code.endsWith('-gap') && cur.suffix.length === 0) {
      // Numbers "missing" only because they stood earlier, out of order, are no gap.
      let allSeen = true;
      for (let b = prev.base + 1; b < cur.base && allSeen; b++) if (!seen.has(b)) allSeen = false;
      if (allSeen && cur.base > prev.base + 1) {
        seen.set(key, u);
        prev = cur;
        continue;
      }
      // Numbers a publication note declares excluded, whose units the text no longer prints («Сноска.
      // Статьи 4, 5, 5-1 исключены …» between Articles 3 and 6): no gap either (session 23, a real law).
      if (ctx.noted && cur.base > prev.base + 1) {
        // (The notes of the units around the gap: «Сноска. Статьи 4, 5 исключены …» stands after Article 3.)
        const noted = ctx.noted(i > 0 ? valid[i - 1].number.span.start : 0, u.number.span.start);
        let all = true;
        for (let b = prev.base + 1; b < cur.base && all; b++) if (!seen.has(b) && !noted.has(b)) all = false;
        if (all) {
          seen.set(key, u);
          prev = cur;
          continue;
        }
      }
    }
    const slotFix = nxt !== null && fitsAfter(nxt, expected);
    const skip = !slotFix && nxt !== null && fitsAfter(nxt, prev);
    if (code.endsWith('-gap') && skip) code = `${ctx.family}-number-order`;
    const expectedText = cur.suffix.length > 0 && cur.base === prev.base
      ? expectedInserted(prev, cur) ?? keyText(expected)
      : show(ctx.family, expected, ctx.letter);
    const missingTo = cur.suffix.length === 0 && cur.base - 1 > expected.base ? `–${show(ctx.family, { base: cur.base - 1, suffix: [] }, ctx.letter)}` : '';
    const args: Record<string, string | number> = {
      ...ctx.extra,
      number: show(ctx.family, cur, ctx.letter),
      previous: prev === VIRTUAL_START || prev === start ? '—' : show(ctx.family, prev, ctx.letter),
      expected: code.endsWith('-gap') && !slotFix ? expectedText + missingTo : expectedText,
    };
    if (first) args.firstLine = lines.positionAt(first.number.span.start).line + 1;
    if (code === 'inserted-number-misplaced') Object.assign(args, { unit: ctx.family, base: cur.base });
    const expectedKey = slotFix || skip ? (ctx.letter ? show(ctx.family, expected, ctx.letter) : keyText(expected)) : expectedText;
    out.push(problem(code, cur.span, args, { expected: expectedKey, family: ctx.family }));
    if (slotFix) {
      seen.set(keyOf(expected), u);
      prev = expected;
    } else if (skip) {
      if (!first) seen.set(key, u);
    } else {
      if (!first) seen.set(key, u);
      prev = cur;
    }
  }
}

/**
 * checkSequence, for a sequence that needs it. The common case is a sequence in which each number follows
 * the one before it: it is strictly increasing, so it holds no duplicate either, and checkSequence would
 * report nothing; its context (message arguments) is then not even built.
 */
function check(units: UnitBase[], ctx: () => Ctx, lines: LineIndex, out: Problem[], start: UnitNumber = VIRTUAL_START): void {
  if (units.length > 0 && !inOrder(units, start)) checkSequence(units, ctx(), lines, out, start);
}

/**
 * Where a sequence of a fragment starts: a document without a title line is an excerpt («Статья 62 …»
 * pasted on its own), so its first unit sets the start, and only the numbers after it must follow on.
 * The number just before the first unit (61 before 62, 62-1 before 62-2, 62 before 62-1); the
 * virtual start (0) for a whole act, or when the first number cannot be read.
 */
function fragmentStart(units: UnitBase[]): UnitNumber {
  const first = units[0]?.number;
  if (!first || !Number.isFinite(first.base) || first.base < 1 || !first.suffix.every((x) => Number.isFinite(x) && x >= 1)) return VIRTUAL_START;
  if (first.suffix.length === 0) return { ...VIRTUAL_START, base: first.base - 1 };
  const suffix = first.suffix.slice();
  suffix[suffix.length - 1]--;
  while (suffix.length && suffix[suffix.length - 1] === 0) suffix.pop();
  return { ...VIRTUAL_START, base: first.base, suffix };
}

/** For an inserted number after `prev` with the same base, the suffix expected next. */
function expectedInserted(prev: UnitNumber, cur: UnitNumber): string | null {
  const depth = cur.suffix.length;
  const p = prev.suffix;
  // Same prefix up to depth-1?
  for (let i = 0; i < depth - 1; i++) if ((p[i] ?? 0) !== cur.suffix[i]) return null;
  const last = p.length >= depth ? p[depth - 1] : 0;
  return [cur.base, ...cur.suffix.slice(0, depth - 1), last + 1].join('-');
}

/**
 * Subchapters of a code («Параграф 1»): numbered anew in each chapter (the Civil Code's special part),
 * or through the act. Whichever style the numbers follow is right; when neither holds, the act's style
 * (per chapter if a later chapter's first subchapter is 1) is checked and its defects reported.
 */
function checkSubchapters(subs: Subchapter[], lines: LineIndex, out: Problem[], start: (units: UnitBase[]) => UnitNumber): void {
  if (subs.length === 0) return;
  // A subchapter is numbered as the other headings are (it is never excluded).
  const units = subs.map((s) => ({ ...s, excluded: false })) as unknown as (UnitBase & { chapter: Subchapter['chapter'] })[];
  const groups: (typeof units)[] = [];
  for (const s of units) {
    const last = groups[groups.length - 1];
    if (last && last[0].chapter === s.chapter) last.push(s); else groups.push([s]);
  }
  const first = start(units);
  const perChapter = groups.every((g, i) => inOrder(g, i === 0 ? first : VIRTUAL_START));
  if (perChapter || inOrder(units, first)) return;
  const ctx = () => ({ family: 'subchapter' as const, extra: {} });
  const restarts = groups.slice(1).some((g) => g[0].number.base === 1 && g[0].number.suffix.length === 0);
  if (restarts) groups.forEach((g, i) => check(g, ctx, lines, out, i === 0 ? first : VIRTUAL_START));
  else check(units, ctx, lines, out, first);
}

/**
 * The texts of the publication notes in [from, to) that may declare a unit excluded (EXCLUDED_WORD), in
 * order; with `first`, at most one.
 */
function exclusionNotes(doc: DocumentModel, from: number, to: number, first = false): string[] {
  const out: string[] = [];
  const lines = doc.lines;
  const masked = docSources(doc).masked;
  // (The first line ending after `from`: offsets are whole numbers.)
  for (let i = lowerBound(lines, from + 1, (l) => l.content.end); i < lines.length && lines[i].content.start < to; i++) {
    const l = lines[i];
    if (l.kind !== 'note') continue;
    const text = masked.slice(l.content.start, l.content.end);
    if (!EXCLUDED_WORD.test(text)) continue;
    out.push(text);
    if (first) break;
  }
  return out;
}

/**
 * The plain numbers of the `unit`s that publication notes in [from, to) declare excluded: a citation in a
 * note line followed by the words of exclusion (EXCLUDED_AFTER): «Сноска. Статьи 4, 5, 5-1 исключены
 * Законом РК от …», «Ескерту. 4-бап алып тасталды …», «Сноска. Пункт 3 исключен …». A paragraph's note
 * counts when it names no article, this one or «настоящей статьи». Read only when a sequence has a gap.
 */
function notedOut(doc: DocumentModel, from: number, to: number, unit: 'article' | 'paragraph', article?: string): Set<number> {
  const out = new Set<number>();
  for (const text of exclusionNotes(doc, from, to)) {
    for (const r of scanReferences(text, doc.lang).references) {
      EXCLUDED_AFTER.lastIndex = r.span.end;
      if (r.external || !EXCLUDED_AFTER.test(text)) continue;
      for (const t of r.targets) {
        if (t.unit !== unit) continue;
        if (unit === 'paragraph' && t.article && t.article.kind === 'num' && t.article.num.text !== article) continue;
        const lv = t[unit];
        if (!lv || lv.kind !== 'num' || !/^\d+$/.test(lv.num.text)) continue;
        const a = Number(lv.num.text);
        const b = lv.rangeEnd && /^\d+$/.test(lv.rangeEnd.text) ? Number(lv.rangeEnd.text) : a;
        for (let n = a; n <= b && n - a < 1000; n++) out.add(n);
      }
    }
  }
  return out;
}

/**
 * Whether a publication note in [from, to) may declare a unit excluded (the fast path of an edit checks the
 * act's sequences again when an edited article's notes may, before or after: incremental.ts revalidate).
 */
export function exclusionNoteIn(doc: DocumentModel, from: number, to: number): boolean {
  return exclusionNotes(doc, from, to, true).length > 0;
}

/** Sections, chapters and articles (the sequences that run through the whole act). */
export function validateStructure(doc: DocumentModel, lines: LineIndex, out: Problem[]): void {
  // A whole act has a title line («КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН», «ПРОЕКТ»): its numbering starts at 1.
  const fragment = doc.titleLines.length === 0;
  const start = (units: UnitBase[]) => (fragment ? fragmentStart(units) : VIRTUAL_START);
  // A table of contents before the act's headings is not in the model (parser.ts dropContents).
  check(doc.sections, () => ({ family: 'section', extra: {} }), lines, out, start(doc.sections));
  check(doc.chapters, () => ({ family: 'chapter', extra: {} }), lines, out, start(doc.chapters));
  checkSubchapters(doc.subchapters, lines, out, start);
  check(doc.articles, () => ({ family: 'article', extra: {}, noted: (from, to) => notedOut(doc, from, to, 'article') }), lines, out, start(doc.articles));
}

/** Paragraphs and subparagraphs of one article (they restart in each article). */
export function validateArticle(a: Article, lines: LineIndex, out: Problem[], doc: DocumentModel): void {
  const art = a.number.text;
  const bodyEnd = a.lines.length ? a.lines[a.lines.length - 1].end : a.headSpan.end;
  check(a.paragraphs, () => ({ family: 'paragraph', extra: { article: art }, noted: () => notedOut(doc, a.headSpan.end, bodyEnd, 'paragraph', art) }), lines, out);
  // No list to check (most articles and paragraphs): nothing to build either.
  if (a.subparagraphs.length > 0) {
    for (const list of byStyle(subLists(a.subparagraphs))) {
      check(list, () => ({ family: 'subparagraph', extra: { article: art, parent: `article:${art}` }, letter: letterIn(list) }), lines, out);
    }
  }
  for (const p of a.paragraphs) {
    if (p.subparagraphs.length === 0) continue;
    for (const list of byStyle(subLists(p.subparagraphs))) {
      check(list, () => ({
        family: 'subparagraph', extra: { article: art, paragraph: p.number.text, parent: `paragraph:${art}:${p.number.text}` },
        letter: letterIn(list),
      }), lines, out);
    }
  }
}

/** A lettered subparagraph («а)»): its number is a letter, not digits. */
function lettered(s: Subparagraph): boolean {
  const c = s.number.text.charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** A letter of a lettered list, or undefined for a numbered one. */
function letterIn(list: Subparagraph[]): string | undefined {
  return list.length > 0 && lettered(list[0]) ? list[0].number.text : undefined;
}

/** Lists split further by style: numbered items («1)») and lettered ones («а)») are separate lists. */
function byStyle(lists: Subparagraph[][]): Subparagraph[][] {
  if (!lists.some((l) => l.some(lettered))) return lists;
  const out: Subparagraph[][] = [];
  for (const l of lists) {
    const num = l.filter((s) => !lettered(s));
    const let_ = l.filter(lettered);
    if (num.length) out.push(num);
    if (let_.length) out.push(let_);
  }
  return out;
}

/**
 * Splits a parent's subparagraphs into lists: a new list starts at an item numbered 1) that follows
 * unnumbered text (e.g. 1995 Art. 52(5) has two lists, each introduced by its own lead-in line).
 */
export function subLists(subs: Subparagraph[]): Subparagraph[][] {
  let split = false;
  for (let i = 1; i < subs.length && !split; i++) {
    const s = subs[i];
    split = !!s.afterText && s.number.base === 1 && s.number.suffix.length === 0;
  }
  if (!split) return subs.length ? [subs] : []; // one list (the array itself: callers only read it)
  const out: Subparagraph[][] = [];
  let cur: Subparagraph[] = [];
  for (const s of subs) {
    if (cur.length > 0 && s.afterText && s.number.base === 1 && s.number.suffix.length === 0) {
      out.push(cur);
      cur = [];
    }
    cur.push(s);
  }
  if (cur.length) out.push(cur);
  return out;
}
