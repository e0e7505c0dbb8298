// Authentic language versions of one act (issue 13): two analyses (ru ↔ kk, ru ↔ en, …) are paired unit by
// unit — sections, chapters, articles, paragraphs, subparagraphs by number and position — and the pairs
// compared: a unit in one version only, a different number at the same place, a unit excluded in one
// version only, different cited units, different figures, a length far off the usual ratio. Pure.
//
// Linear: each document's units and text blocks are indexed once (arrays and maps), the alignment of two
// lists is a merge with look-ahead through per-number position lists, and every comparison works on
// those indexes. The only sort is the median of the length ratios.

import type { Analysis } from '../analysis';
import type { Article, Lang, Paragraph, Problem, Severity, Span, Subparagraph, Unit } from '../types';
import { canonical, problem } from '../parser';
import { figuresOf } from './figures';

export type ParallelCode =
  | 'parallel-unit-missing' | 'parallel-unit-excluded' | 'parallel-unit-number'
  | 'parallel-citation' | 'parallel-figures' | 'parallel-length';

/** One divergence between version `a` and version `b`, with the place in each. */
export interface Divergence {
  code: ParallelCode;
  severity: Severity;
  /** Message arguments as seen from `a` (`target` is a's unit, `counterpart` b's). */
  args: Record<string, string | number>;
  /** Arguments as seen from `b`. */
  argsB: Record<string, string | number>;
  a: Span;
  b: Span;
}

/** What a comparison of two versions gives: the divergences and the pairing, for navigation and the side-by-side view. */
export interface ParallelResult {
  langA: Lang;
  langB: Lang;
  divergences: Divergence[];
  /**
   * Every unit of either version in the order of the alignment (sections, chapters, then articles each
   * followed by their subparagraphs and paragraphs): pairsA[i] and pairsB[i] are at the same place (null:
   * a unit in one version only).
   */
  pairsA: (Unit | null)[];
  pairsB: (Unit | null)[];
}

/** The `target` argument naming a unit (core/messages.ts localiseTarget): "article::62", "paragraph:62:3", … */
export function unitTarget(u: Unit): string {
  switch (u.kind) {
    case 'section': return `section::${u.number.text}`;
    case 'chapter': return `chapter::${u.number.text}`;
    case 'article': return `article::${u.number.text}`;
    case 'paragraph': return `paragraph:${u.article.number.text}:${u.number.text}`;
    case 'subparagraph': return `subparagraph:${u.article.number.text}:${u.paragraph ? u.paragraph.number.text : ''}:${u.number.text}`;
  }
}

/**
 * The number units are paired by. A section's or chapter's by its value (session 25: «Раздел 1» / «І бөлім»,
 * «Раздел II» / «ІІ бөлім» with the Kazakh letter І, were «different numbers at the same place»); their
 * numerals' writing is the lint's (section-numeral-invalid).
 */
const key = (u: Unit) => ((u.kind === 'section' || u.kind === 'chapter') && Number.isFinite(u.number.base) && u.number.suffix.length === 0
  ? String(u.number.base) : canonical(u.number.text));

/** Where each key first occurs, and the next position of the same key (-1: none): duplicates are rare. */
interface Positions { first: Map<string, number>; next: Int32Array }

function positions(keys: readonly string[]): Positions {
  const first = new Map<string, number>();
  const next = new Int32Array(keys.length).fill(-1);
  for (let i = keys.length - 1; i >= 0; i--) {
    const f = first.get(keys[i]);
    if (f !== undefined) next[i] = f;
    first.set(keys[i], i);
  }
  return { first, next };
}

/** The first position ≥ from of `k`, or -1. */
function nextAt(pos: Positions, k: string, from: number): number {
  let p = pos.first.get(k) ?? -1;
  while (p >= 0 && p < from) p = pos.next[p];
  return p;
}

/**
 * Aligns two lists of units by number and position: equal numbers pair; at a place where the numbers
 * differ, two units whose next neighbours pair again (or that both end their lists) are the same unit
 * numbered differently; otherwise the unit whose number the other list has further on is the extra one.
 * Returns the rows as positions in A and in B (-1: none), two entries per row in `out`.
 */
export function align(A: readonly Unit[], B: readonly Unit[], out: number[] = []): number[] {
  const n = A.length;
  const m = B.length;
  if (n === 0 && m === 0) return out;
  const ka: string[] = new Array(n);
  const kb: string[] = new Array(m);
  for (let i = 0; i < n; i++) ka[i] = key(A[i]);
  for (let j = 0; j < m; j++) kb[j] = key(B[j]);
  // Short lists (paragraphs, subparagraphs) are searched in place; long ones (articles) through maps.
  const small = n + m <= 32;
  const posA = small ? null : positions(ka);
  const posB = small ? null : positions(kb);
  const find = (keys: readonly string[], pos: Positions | null, k: string, from: number) => {
    if (pos) return nextAt(pos, k, from);
    for (let x = from; x < keys.length; x++) if (keys[x] === k) return x;
    return -1;
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) { out.push(i++, j++); continue; }
    const nextSame = (i + 1 >= n && j + 1 >= m) || (i + 1 < n && j + 1 < m && ka[i + 1] === kb[j + 1]);
    if (nextSame) { out.push(i++, j++); continue; }
    const pa = find(kb, posB, ka[i], j);
    const pb = find(ka, posA, kb[j], i);
    if (pa < 0 && pb < 0) out.push(i++, j++);
    else if (pa < 0) out.push(i++, -1);
    else if (pb < 0) out.push(-1, j++);
    else if (pa - j <= pb - i) out.push(-1, j++);
    else out.push(i++, -1);
  }
  while (i < n) out.push(i++, -1);
  while (j < m) out.push(-1, j++);
  return out;
}

/**
 * One document's own-text blocks, as parallel arrays. Block 0 is the preamble; an article's block is at
 * `artBase[article.index]`, and the blocks of its paragraphs and subparagraphs follow it in document order
 * (a paragraph's subparagraphs right after it), at `paraAt` / `subAt` offsets from the article's block.
 * A unit's own text: the body lines that belong to it and not to a unit inside it.
 */
interface Side {
  an: Analysis;
  artBase: Int32Array;
  /**
   * The offset of each paragraph's block from its article's block: article x's paragraph i at
   * paraAt[paraFrom[x] + i]; likewise the subparagraphs directly under an article (subAt, subFrom).
   */
  paraAt: Int32Array;
  paraFrom: Int32Array;
  subAt: Int32Array;
  subFrom: Int32Array;
  /** Start and end of the first own line (-1: no own text). */
  spanStart: Int32Array;
  spanEnd: Int32Array;
  /** Letters and digits of own text (punctuation and spacing do not count). */
  length: Int32Array;
  /**
   * Distinct figures ("5", "1995", "/3", …), in numberOrder; null: none. Gathered in sets (buildSide),
   * kept as lists: a side is kept with its analysis, and a set of one to three strings weighs several
   * times more.
   */
  figures: (readonly string[] | null)[];
  /** Cited units (unitTarget of each), distinct, in numberOrder; null: none. Likewise. */
  cites: (readonly string[] | null)[];
  /** The block has a citation that does not resolve (its own diagnostic says so): its citations are not compared. */
  unresolved: Uint8Array;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/**
 * Each analysis's blocks, made once (issue 15, session 13). The server compares a pair on every new
 * version of either text, both ways (each version's problems, then its partner's), and again for a
 * counterpart look-up; the partner not typed in keeps its analysis, so its blocks were made again each
 * time: two thirds of a comparison. A Side is read only once made; an analysis, once made, keeps its offsets.
 */
const sides = new WeakMap<Analysis, Side>();

/** Builds every block of one document in one pass over its articles' body lines (once per analysis). */
function indexSide(an: Analysis): Side {
  let side = sides.get(an);
  if (side === undefined) sides.set(an, side = buildSide(an));
  return side;
}

function buildSide(an: Analysis): Side {
  const doc = an.doc;
  const text = doc.masked;
  const lang = doc.lang;
  const arts = doc.articles;
  // Block numbering: 0 the preamble, then each article and its units.
  const artBase = new Int32Array(arts.length);
  const paraFrom = new Int32Array(arts.length);
  const subFrom = new Int32Array(arts.length);
  let np = 0;
  let ns = 0;
  for (let x = 0; x < arts.length; x++) {
    paraFrom[x] = np;
    subFrom[x] = ns;
    np += arts[x].paragraphs.length;
    ns += arts[x].subparagraphs.length;
  }
  const paraAt = new Int32Array(np);
  const subAt = new Int32Array(ns);
  let total = 1;
  for (let x = 0; x < arts.length; x++) {
    const art = arts[x];
    artBase[x] = total;
    const pf = paraFrom[x];
    const sf = subFrom[x];
    // Paragraphs (each followed by its subparagraphs) and direct subparagraphs, merged in document order.
    const ps = art.paragraphs;
    const ds = art.subparagraphs;
    let pi = 0;
    let di = 0;
    let off = 1;
    while (pi < ps.length || di < ds.length) {
      if (di >= ds.length || (pi < ps.length && ps[pi].span.start < ds[di].span.start)) {
        paraAt[pf + pi] = off;
        off += 1 + ps[pi].subparagraphs.length;
        pi++;
      } else {
        subAt[sf + di++] = off++;
      }
    }
    total += off;
  }
  const side: Side = {
    an, artBase, paraAt, paraFrom, subAt, subFrom,
    spanStart: new Int32Array(total).fill(-1), spanEnd: new Int32Array(total).fill(-1), length: new Int32Array(total),
    figures: new Array(total).fill(null), cites: new Array(total).fill(null), unresolved: new Uint8Array(total),
  };
  // Gathered here, then kept in `side` as lists in numberOrder.
  const figureSets: (Set<string> | null)[] = new Array(total).fill(null);
  const citeSets: (Set<string> | null)[] = new Array(total).fill(null);
  // Reference spans in document order (citations are compared as cited units; their numbers are not figures).
  const refs = an.references;
  const targets = an.targets;
  let ri = 0;
  let ti = 0;
  // Line kinds by content start (notes, comments and quoted wording are not legal text of this act).
  const lines = doc.lines;
  let li = 0;

  const addLine = (block: number, s: number, e: number) => {
    while (ri < refs.length && refs[ri].ref.span.end <= s) ri++;
    while (ti < targets.length && targets[ti].ref.span.start < s) ti++;
    if (side.spanStart[block] < 0) { side.spanStart[block] = s; side.spanEnd[block] = e; }
    let len = 0;
    for (let k = s; k < e; k++) if (isWordChar(text.charCodeAt(k))) len++;
    side.length[block] += len;
    // Figures outside reference phrases.
    let from = s;
    let r = ri;
    let figures = figureSets[block];
    while (from < e) {
      const refSpan = r < refs.length && refs[r].ref.span.start < e ? refs[r].ref.span : null;
      const to = refSpan ? Math.max(from, refSpan.start) : e;
      if (to > from) figures = figuresOf(text, from, to, lang, figures);
      if (!refSpan) break;
      from = Math.max(from, refSpan.end);
      r++;
    }
    figureSets[block] = figures;
    while (ti < targets.length && targets[ti].ref.span.start < e) {
      const t = targets[ti++];
      if (t.ref.external) continue;
      if (!t.ok || !t.unit) { side.unresolved[block] = 1; continue; }
      const cites = citeSets[block] ?? (citeSets[block] = new Set());
      if (t.rangeUnits) for (const u of t.rangeUnits) cites.add(unitTarget(u));
      else cites.add(unitTarget(t.unit));
    }
  };

  if (doc.preamble) {
    while (li < lines.length && lines[li].span.end < doc.preamble.start) li++;
    for (; li < lines.length && lines[li].span.start < doc.preamble.end; li++) {
      const ln = lines[li];
      if (ln.kind !== 'preamble' && ln.kind !== 'text') continue;
      addLine(0, ln.content.start, ln.content.end);
    }
  }

  // The units of the article being read, in block order (offset - 1 from its block).
  const flat: (Paragraph | Subparagraph)[] = [];
  for (let x = 0; x < arts.length; x++) {
    const art = arts[x];
    flat.length = 0;
    {
      const ps = art.paragraphs;
      const ds = art.subparagraphs;
      let pi = 0;
      let di = 0;
      while (pi < ps.length || di < ds.length) {
        if (di >= ds.length || (pi < ps.length && ps[pi].span.start < ds[di].span.start)) {
          const p = ps[pi++];
          flat.push(p);
          for (const sp of p.subparagraphs) flat.push(sp);
        } else {
          flat.push(ds[di++]);
        }
      }
    }
    const base = artBase[x];
    let k = -1;
    for (const ls of art.lines) {
      while (li < lines.length && lines[li].content.start < ls.start) li++;
      const kind = li < lines.length && lines[li].content.start === ls.start ? lines[li].kind : 'text';
      if (kind === 'note' || kind === 'comment' || kind === 'quote' || kind === 'blank') continue;
      while (k + 1 < flat.length && flat[k + 1].span.start <= ls.start) k++;
      // The innermost unit that holds the line: the last one started, or the paragraph holding it, or the article.
      let at = k;
      while (at >= 0 && ls.start > flat[at].span.end) {
        const u = flat[at];
        if (u.kind === 'subparagraph' && u.paragraph) {
          let q = at - 1;
          while (q >= 0 && flat[q] !== u.paragraph) q--;
          at = q;
        } else {
          at = -1;
        }
      }
      const owner: Unit = at >= 0 ? flat[at] : art;
      // A unit's first line starts with its number: the figures start after it.
      const start = at >= 0 && owner.headSpan.start === ls.start ? Math.max(ls.start, owner.number.span.end) : ls.start;
      addLine(base + 1 + at, start, ls.end);
    }
  }
  for (let k = 0; k < total; k++) {
    const f = figureSets[k];
    if (f) side.figures[k] = [...f].sort(numberOrder);
    const c = citeSets[k];
    if (c) side.cites[k] = [...c].sort(numberOrder);
  }
  return side;
}

const SEVERITY: Record<ParallelCode, Severity> = {
  'parallel-unit-missing': 'error',
  'parallel-unit-excluded': 'error',
  'parallel-unit-number': 'error',
  'parallel-citation': 'error',
  'parallel-figures': 'warning',
  'parallel-length': 'hint',
};

/** Length ratios closer than this factor to the usual one are never reported. */
const LENGTH_MIN_FACTOR = 2;
/** Units are compared by length when the longer has this many letters and digits and the shorter at least `LENGTH_MIN_SHORT`. */
const LENGTH_MIN_CHARS = 80;
const LENGTH_MIN_SHORT = 40;

const NO_SPAN: Span = { start: 0, end: 0 };

/**
 * Compares version `b` against version `a` (two analyses of the same act in two languages).
 */
export function compareParallel(a: Analysis, b: Analysis): ParallelResult {
  const A = indexSide(a);
  const B = indexSide(b);
  const langA = a.doc.lang;
  const langB = b.doc.lang;
  const divergences: Divergence[] = [];
  const pairsA: (Unit | null)[] = [];
  const pairsB: (Unit | null)[] = [];
  // Length pairs: the units (null: the preamble), the spans, the log ratio.
  const lenUnits: (Unit | null)[] = [];
  const lenSpans: Span[] = [];
  const lenRatio: number[] = [];

  const push = (code: ParallelCode, spanA: Span, spanB: Span, args: Record<string, string | number>, argsB: Record<string, string | number>) => {
    divergences.push({ code, severity: SEVERITY[code], args: { ...args, other: langB }, argsB: { ...argsB, other: langA }, a: spanA, b: spanB });
  };
  const blockSpan = (side: Side, block: number, u: Unit | null): Span =>
    side.spanStart[block] >= 0 ? { start: side.spanStart[block], end: side.spanEnd[block] } : u ? u.headSpan : NO_SPAN;

  const compareBlocks = (ia: number, ib: number, ua: Unit | null, ub: Unit | null) => {
    const ta = () => (ua ? unitTarget(ua) : 'preamble');
    const tb = () => (ub ? unitTarget(ub) : 'preamble');
    // A citation that does not resolve is its own document's error («статьи 620»): not a divergence too.
    if (!A.unresolved[ia] && !B.unresolved[ib] && !sameSet(A.cites[ia], B.cites[ib])) {
      const ca = A.cites[ia] ?? [];
      const cb = B.cites[ib] ?? [];
      push('parallel-citation', blockSpan(A, ia, ua), blockSpan(B, ib, ub),
        { target: ta(), cites: ca.join(', '), otherCites: cb.join(', ') },
        { target: tb(), cites: cb.join(', '), otherCites: ca.join(', ') });
    }
    if (!sameSet(A.figures[ia], B.figures[ib])) {
      const fa = A.figures[ia] ?? [];
      const fb = B.figures[ib] ?? [];
      const onlyA = fa.filter((x) => !fb.includes(x));
      const onlyB = fb.filter((x) => !fa.includes(x));
      push('parallel-figures', blockSpan(A, ia, ua), blockSpan(B, ib, ub),
        { target: ta(), figures: figureList(onlyA), otherFigures: figureList(onlyB) },
        { target: tb(), figures: figureList(onlyB), otherFigures: figureList(onlyA) });
    }
  };

  /**
   * Length is compared per paragraph (its own text and its subparagraphs) and per article (its own text and
   * the subparagraphs directly under it), not per subparagraph: Kazakh often puts the verb of a list's
   * lead-in into its last item («… заң шығаруға құқылы.»), which moves text between items, not out of the unit.
   */
  const compareLength = (la: number, lb: number, ia: number, ib: number, ua: Unit | null, ub: Unit | null) => {
    if (Math.max(la, lb) < LENGTH_MIN_CHARS || Math.min(la, lb) < LENGTH_MIN_SHORT) return;
    lenUnits.push(ua, ub);
    lenSpans.push(blockSpan(A, ia, ua), blockSpan(B, ib, ub));
    lenRatio.push(Math.log(lb / la));
  };

  /** Where a unit in one version only is reported in the other: after the previous paired sibling, or at the parent. */
  const anchorIn = (prev: Unit | null, parent: Unit | null, an: Analysis): Span => {
    const u = prev ?? parent;
    if (u) return u.headSpan;
    const first = an.doc.lines.find((l) => l.kind !== 'blank');
    return first ? first.content : NO_SPAN;
  };

  const rows: number[] = [];
  /** Aligns la and lb (children of parentA / parentB); `paired(i, j)` for each pair of positions. */
  const walk = (la: readonly Unit[], lb: readonly Unit[], parentA: Unit | null, parentB: Unit | null, paired: (i: number, j: number) => void) => {
    const from = rows.length;
    align(la, lb, rows);
    const to = rows.length;
    let prevA: Unit | null = null;
    let prevB: Unit | null = null;
    for (let r = from; r < to; r += 2) {
      const i = rows[r];
      const j = rows[r + 1];
      const ua = i >= 0 ? la[i] : null;
      const ub = j >= 0 ? lb[j] : null;
      pairsA.push(ua);
      pairsB.push(ub);
      if (ua && ub) {
        if (key(ua) !== key(ub)) {
          const ta = unitTarget(ua);
          const tb = unitTarget(ub);
          push('parallel-unit-number', ua.headSpan, ub.headSpan, { target: ta, counterpart: tb }, { target: tb, counterpart: ta });
        }
        if (ua.excluded !== ub.excluded) {
          const ta = unitTarget(ua);
          const tb = unitTarget(ub);
          push('parallel-unit-excluded', ua.headSpan, ub.headSpan, { target: ta, counterpart: tb }, { target: tb, counterpart: ta });
        } else if (!ua.excluded) {
          paired(i, j);
        }
        prevA = ua;
        prevB = ub;
      } else if (ua) {
        const t = unitTarget(ua);
        push('parallel-unit-missing', ua.headSpan, anchorIn(prevB, parentB, b), { target: t, side: 'here' }, { target: t, side: 'there' });
      } else if (ub) {
        const t = unitTarget(ub);
        push('parallel-unit-missing', anchorIn(prevA, parentA, a), ub.headSpan, { target: t, side: 'there' }, { target: t, side: 'here' });
      }
    }
    rows.length = from;
  };

  const nothing = () => undefined;
  if (a.doc.preamble || b.doc.preamble) {
    compareBlocks(0, 0, null, null);
    compareLength(A.length[0], B.length[0], 0, 0, null, null);
  }
  walk(a.doc.sections, b.doc.sections, null, null, nothing);
  walk(a.doc.chapters, b.doc.chapters, null, null, nothing);
  const artsA = a.doc.articles;
  const artsB = b.doc.articles;
  walk(artsA, artsB, null, null, (x, y) => {
    const xa = artsA[x];
    const xb = artsB[y];
    const baseA = A.artBase[x];
    const baseB = B.artBase[y];
    compareBlocks(baseA, baseB, xa, xb);
    // The article's own text and its direct subparagraphs.
    let la = A.length[baseA];
    let lb = B.length[baseB];
    for (let q = 0; q < xa.subparagraphs.length; q++) la += A.length[baseA + A.subAt[A.subFrom[x] + q]];
    for (let q = 0; q < xb.subparagraphs.length; q++) lb += B.length[baseB + B.subAt[B.subFrom[y] + q]];
    compareLength(la, lb, baseA, baseB, xa, xb);
    walk(xa.subparagraphs, xb.subparagraphs, xa, xb, (i, j) => {
      compareBlocks(baseA + A.subAt[A.subFrom[x] + i], baseB + B.subAt[B.subFrom[y] + j], xa.subparagraphs[i], xb.subparagraphs[j]);
    });
    walk(xa.paragraphs, xb.paragraphs, xa, xb, (i, j) => {
      const pa = xa.paragraphs[i];
      const pb = xb.paragraphs[j];
      const ia = baseA + A.paraAt[A.paraFrom[x] + i];
      const ib = baseB + B.paraAt[B.paraFrom[y] + j];
      compareBlocks(ia, ib, pa, pb);
      let lpa = A.length[ia];
      let lpb = B.length[ib];
      for (let s = 1; s <= pa.subparagraphs.length; s++) lpa += A.length[ia + s];
      for (let s = 1; s <= pb.subparagraphs.length; s++) lpb += B.length[ib + s];
      compareLength(lpa, lpb, ia, ib, pa, pb);
      walk(pa.subparagraphs, pb.subparagraphs, pa, pb, (si, sj) => {
        compareBlocks(ia + 1 + si, ib + 1 + sj, pa.subparagraphs[si], pb.subparagraphs[sj]);
      });
    });
  });

  // Length: far off the document's usual ratio (median of the log ratios, spread by their median deviation).
  if (lenRatio.length >= 8) {
    const rs = Float64Array.from(lenRatio).sort();
    const med = median(rs);
    const dev = Float64Array.from(rs, (r) => Math.abs(r - med)).sort();
    const mad = median(dev) * 1.4826;
    const limit = Math.max(Math.log(LENGTH_MIN_FACTOR), 4 * mad);
    for (let q = 0; q < lenRatio.length; q++) {
      if (Math.abs(lenRatio[q] - med) <= limit) continue;
      const factor = Math.exp(lenRatio[q] - med);
      const ua = lenUnits[2 * q];
      const ub = lenUnits[2 * q + 1];
      push('parallel-length', lenSpans[2 * q], lenSpans[2 * q + 1],
        { target: ua ? unitTarget(ua) : 'preamble', ratio: round1(1 / factor) },
        { target: ub ? unitTarget(ub) : 'preamble', ratio: round1(factor) });
    }
  }

  divergences.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
  return { langA, langB, divergences, pairsA, pairsB };
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Whether two lists of distinct strings (null: none) hold the same ones. */
function sameSet(x: readonly string[] | null, y: readonly string[] | null): boolean {
  const nx = x ? x.length : 0;
  const ny = y ? y.length : 0;
  if (nx !== ny) return false;
  for (let i = 0; i < nx; i++) if (!y!.includes(x![i])) return false;
  return true;
}

/** "5" before "12", "/3" after the numbers. */
function numberOrder(p: string, q: string): number {
  const v = (s: string) => (s.startsWith('/') ? 1e9 + Number(s.slice(1)) : Number(s));
  return v(p) - v(q) || (p < q ? -1 : p > q ? 1 : 0);
}

/** Figures as shown in a message: "5, 1995, 2/3" ("/3" alone is a fraction's denominator). */
function figureList(xs: readonly string[]): string {
  return xs.length ? xs.join(', ') : '—';
}

/** The problems of one side of a comparison: `a`'s (side 'a') or `b`'s, each with its code and span. */
export function parallelProblems(result: ParallelResult, side: 'a' | 'b'): Problem[] {
  const out: Problem[] = [];
  for (const d of result.divergences) {
    const p = problem(d.code, side === 'a' ? d.a : d.b, side === 'a' ? d.args : d.argsB, { parallel: true, other: side === 'a' ? d.b : d.a });
    out.push(p);
  }
  return out;
}

/**
 * The innermost unit of `an` at `offset` (a paragraph or subparagraph line, an article heading or body,
 * a section heading), or null.
 */
export function unitAt(an: Analysis, offset: number): Unit | null {
  const doc = an.doc;
  for (const s of doc.sections) if (offset >= s.headSpan.start && offset <= s.headSpan.end) return s;
  for (const c of doc.chapters) if (offset >= c.headSpan.start && offset <= c.headSpan.end) return c;
  // Articles are in document order: binary search.
  const arts = doc.articles;
  let lo = 0;
  let hi = arts.length - 1;
  let found: Article | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = arts[mid];
    if (offset < x.span.start) hi = mid - 1;
    else if (offset > x.span.end) lo = mid + 1;
    else { found = x; break; }
  }
  if (!found) return null;
  const inside = (u: Unit) => offset >= u.span.start && offset <= u.span.end;
  for (const sp of found.subparagraphs) if (inside(sp)) return sp;
  for (const p of found.paragraphs) {
    if (!inside(p)) continue;
    for (const sp of p.subparagraphs) if (inside(sp)) return sp;
    return p;
  }
  return found;
}

const COUNTERPARTS = new WeakMap<ParallelResult, { aToB: Map<Unit, Unit>; bToA: Map<Unit, Unit> }>();

/** The counterpart of each paired unit of a in b, and of b in a (built on the first look-up). */
export function counterparts(result: ParallelResult): { aToB: Map<Unit, Unit>; bToA: Map<Unit, Unit> } {
  let c = COUNTERPARTS.get(result);
  if (!c) {
    c = { aToB: new Map(), bToA: new Map() };
    for (let i = 0; i < result.pairsA.length; i++) {
      const x = result.pairsA[i];
      const y = result.pairsB[i];
      if (x && y) { c.aToB.set(x, y); c.bToA.set(y, x); }
    }
    COUNTERPARTS.set(result, c);
  }
  return c;
}

/**
 * The unit of the other version at the same place as the unit of `an` (version `from` of the comparison)
 * at `offset`: its counterpart, or the counterpart of the nearest unit that holds it. Null when nothing
 * corresponds.
 */
export function counterpartAt(result: ParallelResult, an: Analysis, offset: number, from: 'a' | 'b' = 'a'): Unit | null {
  let u: Unit | null = unitAt(an, offset);
  const c = counterparts(result);
  const map = from === 'a' ? c.aToB : c.bToA;
  while (u) {
    const x = map.get(u);
    if (x) return x;
    u = u.kind === 'subparagraph' ? (u.paragraph ?? u.article) : u.kind === 'paragraph' ? u.article : null;
  }
  return null;
}
