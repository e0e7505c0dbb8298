// Word-level diff and paragraph alignment between a prior and a draft text. Pure: no fs, no vscode.
//
// wordDiff: the texts are cut into tokens — words (letters/digits, with inner combining marks),
// runs of whitespace, and single punctuation characters — so that joining the tokens gives the
// text back exactly. The token sequences are compared with Myers' O(ND) algorithm in its
// linear-space "middle snake" form (Myers 1986, §4b): memory is O(N+M) however long the texts,
// time is O((N+M)·D) where D is the number of differing tokens, so near-identical articles are
// diffed in near-linear time. Adjacent tokens with the same operation are merged into one run.
// Invariants: concat(equal + delete) === a, concat(equal + insert) === b.
//
// paragraphAlign: paragraphs are compared by TF-IDF cosine of the same stems and stem bigrams
// the article matcher uses (IDF over the paragraphs of both lists). Pairs are taken greedily
// from the most similar down, one-to-one, then any draft paragraph still unmatched is attached
// to its best prior paragraph (a prior paragraph split in two shows for both halves). Pairs
// below MIN_PARA_SIM are not reported. Result is sorted by draft (b) index.

import { stems } from './match';

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|\s+|[^]/gu;

/** Tokens whose concatenation is exactly `s`. */
export function diffTokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

// The same tokens read with a scanner (issue 15: the regular expression, the token strings and a Map
// to intern them were most of a row's diff). Character classes of TOKEN, per UTF-16 code unit of the
// Basic Multilingual Plane, filled on first use by the regular expressions that define them:
// 1 = starts or continues a word ([\p{L}\p{N}]), 2 = only continues one (\p{M}), 3 = \s, 4 = other.
const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const CLASS = new Uint8Array(0x10000);
function classOfCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return WORD.test(ch) ? 1 : MARK.test(ch) ? 2 : SPACE.test(ch) ? 3 : 4;
}
/** Class of the code point at `i` of `s` (a lone surrogate is a code point of its own, class 4). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  let k = CLASS[c];
  if (k === 0) k = CLASS[c] = c >= 0xd800 && c <= 0xdfff ? 4 : classOfCodePoint(c);
  return k;
}
/** Length (1 or 2 code units) of the code point at `i`. */
function cpLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Token ids of two texts (equal ids for equal token strings) and the offset of every token: `off` has
 * one more entry than `ids`, joining the tokens gives the text (the tokens of diffTokens).
 * Session 7: one table for every call (wordDiff is never re-entered), its arrays kept and grown as needed:
 * the slots of a call are those stamped with its number, so nothing is cleared between calls; ids and
 * offsets go to kept arrays too (a typed array per row had been a third of the diffs' samples).
 */
class TokenTable {
  private texts: string[] = [];
  private keyText = new Int32Array(256);
  private keyStart = new Int32Array(256);
  private keyLen = new Int32Array(256);
  private slots = new Int32Array(512);
  private stamp = new Int32Array(512);
  private call = 0;
  private n = 0;
  /** Ids and offsets of the two texts of the call (valid until the next call). */
  ids: [Int32Array, Int32Array] = [new Int32Array(256), new Int32Array(256)];
  off: [Int32Array, Int32Array] = [new Int32Array(257), new Int32Array(257)];
  /** Starts a call: no token known. */
  reset(): void {
    this.texts.length = 0;
    this.n = 0;
    this.call++;
    if (this.call === 0x7fffffff) { this.stamp.fill(0); this.call = 1; }
  }
  /** Drops the texts (kept alive by the table otherwise). */
  release(): void {
    this.texts.length = 0;
  }
  /**
   * Tokens of s[from, to), `from` and `to` being token boundaries of s (offsets are offsets in s), into
   * ids[side] and off[side]; returns their number.
   */
  tokens(side: 0 | 1, s: string, from: number, to: number): number {
    const ti = this.texts.length;
    this.texts.push(s);
    const n = to;
    // At most one token per code unit.
    if (this.ids[side].length < to - from) this.ids[side] = new Int32Array(Math.max(to - from, this.ids[side].length * 2));
    if (this.off[side].length < to - from + 1) this.off[side] = new Int32Array(this.ids[side].length + 1);
    const ids = this.ids[side], off = this.off[side];
    let m = 0;
    off[0] = from;
    let i = from;
    while (i < n) {
      const k = classAt(s, i);
      let j = i + cpLen(s, i);
      if (k === 1) {
        while (j < n) { const k2 = classAt(s, j); if (k2 !== 1 && k2 !== 2) break; j += cpLen(s, j); }
      } else if (k === 3) {
        while (j < n && classAt(s, j) === 3) j++;
      }
      ids[m++] = this.intern(ti, s, i, j);
      off[m] = j;
      i = j;
    }
    return m;
  }
  private intern(ti: number, s: string, i: number, j: number): number {
    let h = 0x811c9dc5;
    for (let q = i; q < j; q++) h = Math.imul(h ^ s.charCodeAt(q), 0x01000193);
    if ((this.n + 1) * 2 > this.slots.length) this.grow();
    const slots = this.slots, stamp = this.stamp, call = this.call;
    const mask = slots.length - 1;
    const len = j - i;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      if (stamp[at] !== call) {
        if (this.n === this.keyLen.length) this.growKeys();
        this.keyText[this.n] = ti;
        this.keyStart[this.n] = i;
        this.keyLen[this.n] = len;
        stamp[at] = call;
        slots[at] = this.n;
        return this.n++;
      }
      const id = slots[at];
      if (this.keyLen[id] !== len) continue;
      const t = this.texts[this.keyText[id]];
      const st = this.keyStart[id];
      let q = 0;
      while (q < len && t.charCodeAt(st + q) === s.charCodeAt(i + q)) q++;
      if (q === len) return id;
    }
  }
  /** Twice the slots: the keys of this call placed again by the hash of their characters. */
  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size), stamp = new Int32Array(size);
    const mask = size - 1, call = this.call;
    for (let id = 0; id < this.n; id++) {
      const t = this.texts[this.keyText[id]];
      const st = this.keyStart[id], en = st + this.keyLen[id];
      let h = 0x811c9dc5;
      for (let q = st; q < en; q++) h = Math.imul(h ^ t.charCodeAt(q), 0x01000193);
      let at = h & mask;
      while (stamp[at] === call) at = (at + 1) & mask;
      stamp[at] = call;
      slots[at] = id;
    }
    this.slots = slots;
    this.stamp = stamp;
  }
  private growKeys(): void {
    const cap = this.keyLen.length * 2;
    const copy = (x: Int32Array) => { const y = new Int32Array(cap); y.set(x); return y; };
    this.keyText = copy(this.keyText);
    this.keyStart = copy(this.keyStart);
    this.keyLen = copy(this.keyLen);
  }
}

const TOKENS = new TokenTable();
/** The middle snake's two diagonals (kept between calls; every entry read in a call is written first). */
let VF = new Int32Array(1024);
let VB = new Int32Array(1024);

/**
 * Whether offset j (0 < j < s.length) ends a token of s whatever comes before j - 1: the code units at
 * j - 1 and j are whole code points (no surrogates) and neither a word goes on (both of class 1 or 2:
 * whether a mark continues a word depends on what precedes it) nor a run of whitespace (both class 3).
 */
function sureBoundary(s: string, j: number): boolean {
  const c1 = s.charCodeAt(j - 1), c2 = s.charCodeAt(j);
  if ((c1 >= 0xd800 && c1 <= 0xdfff) || (c2 >= 0xd800 && c2 <= 0xdfff)) return false;
  const k1 = classAt(s, j - 1), k2 = classAt(s, j);
  return k1 <= 2 ? k2 > 2 : k1 === 3 ? k2 !== 3 : true;
}

export function wordDiff(a: string, b: string): DiffOp[] {
  // Identical texts: the prefix step below would take every token as equal (issue 15: most rows of a
  // revision are unchanged; tokenising them is most of their cost).
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  // Session 7: the common prefix and suffix of the two texts (in code units) are cut off before
  // tokenising, at offsets that are token boundaries of both texts whatever precedes or follows them
  // (sureBoundary): the tokens before `pre` are the same in both texts (the scanner's decisions there
  // read code units below `pre` + 1 only, all common), and so are those from `sufA` / `sufB` on. The
  // diff below takes the longest common token prefix, then suffix, as equal first, and they contain the
  // cut ones (the prefix cannot reach past the common code units, the suffix cut starts after them), so
  // the result is the same; only the middle is tokenised and interned.
  const la = a.length, lb = b.length;
  const lim = la < lb ? la : lb;
  let p = 0;
  while (p < lim && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let sl = 0;
  while (sl < lim - p && a.charCodeAt(la - 1 - sl) === b.charCodeAt(lb - 1 - sl)) sl++;
  // The prefix cut: an offset j ≤ p - 1 (code units j - 1 and j common) that is a sure boundary; else 0.
  let pre = p - 1;
  while (pre > 0 && !sureBoundary(a, pre)) pre--;
  if (pre < 0) pre = 0;
  // The suffix cut: an offset j of a with j - 1 ≥ la - sl (both common) that is a sure boundary; else la.
  let sufA = la - sl + 1;
  while (sufA < la && !sureBoundary(a, sufA)) sufA++;
  if (sufA > la) sufA = la;
  const sufB = sufA + lb - la;
  // Tokens as integers, and their offsets: a run of tokens is one slice of its text (one flat string,
  // not a chain of concatenations that every later reader would have to flatten).
  const table = TOKENS;
  table.reset();
  const N = table.tokens(0, a, pre, sufA);
  const M = table.tokens(1, b, pre, sufB);
  table.release();
  const A = table.ids[0], offA = table.off[0], B = table.ids[1], offB = table.off[1];
  // The runs as code-unit ranges, each text sliced once at the end (session 11: the texts had been
  // built by `+=`, ropes that every reader — the table's escaping and line splitting — flattened or
  // walked). Equal and deleted runs are ranges of `a`, inserted ones of `b`. Two runs of one operation
  // emitted in a row are adjacent in their text (every token of `a` is emitted once, in order, as equal
  // or deleted, every token of `b` as equal or inserted, and nothing of that text lies between them),
  // so extending the range gives the concatenation the old code built.
  const kind: DiffOp['op'][] = [];
  const from: number[] = [];
  const to: number[] = [];
  if (pre > 0) { kind.push('equal'); from.push(0); to.push(pre); }
  const emit = (op: DiffOp['op'], side: 0 | 1, lo: number, hi: number) => {
    if (hi <= lo) return;
    const s = side === 0 ? offA[lo] : offB[lo], e = side === 0 ? offA[hi] : offB[hi];
    const last = kind.length - 1;
    if (last >= 0 && kind[last] === op) to[last] = e;
    else { kind.push(op); from.push(s); to.push(e); }
  };
  const size = 2 * (N + M) + 4;
  if (VF.length < size) { VF = new Int32Array(Math.max(size, VF.length * 2)); VB = new Int32Array(VF.length); }
  const vf = VF, vb = VB;
  const off = N + M + 2;

  /** Middle snake of A[aLo,aHi) × B[bLo,bHi): returns [x, y, u, v] in absolute coordinates. */
  const middleSnake = (aLo: number, aHi: number, bLo: number, bHi: number): [number, number, number, number] => {
    const n = aHi - aLo, m = bHi - bLo;
    const delta = n - m;
    const odd = (delta & 1) !== 0;
    const max = Math.ceil((n + m) / 2);
    vf[off + 1] = 0;
    vb[off + 1] = 0;
    for (let d = 0; d <= max; d++) {
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && vf[off + k - 1] < vf[off + k + 1]) ? vf[off + k + 1] : vf[off + k - 1] + 1;
        let y = x - k;
        const x0 = x, y0 = y;
        while (x < n && y < m && A[aLo + x] === B[bLo + y]) { x++; y++; }
        vf[off + k] = x;
        const kb = delta - k;
        if (odd && kb >= -(d - 1) && kb <= d - 1 && x >= n - vb[off + kb]) {
          return [aLo + x0, bLo + y0, aLo + x, bLo + y];
        }
      }
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && vb[off + k - 1] < vb[off + k + 1]) ? vb[off + k + 1] : vb[off + k - 1] + 1;
        let y = x - k;
        const x0 = x, y0 = y;
        while (x < n && y < m && A[aHi - 1 - x] === B[bHi - 1 - y]) { x++; y++; }
        vb[off + k] = x;
        const kf = delta - k;
        if (!odd && kf >= -d && kf <= d && x >= n - vf[off + kf]) {
          return [aHi - x, bHi - y, aHi - x0, bHi - y0];
        }
      }
    }
    throw new Error('wordDiff: no middle snake');
  };

  // explicit stack instead of recursion (deep recursion on long texts); frames are processed
  // left to right so the output is in order.
  type Frame = { kind: 'span'; aLo: number; aHi: number; bLo: number; bHi: number } | { kind: 'equal'; lo: number; hi: number };
  const stack: Frame[] = [{ kind: 'span', aLo: 0, aHi: N, bLo: 0, bHi: M }];
  while (stack.length) {
    const f = stack.pop()!;
    if (f.kind === 'equal') { emit('equal', 0, f.lo, f.hi); continue; }
    let { aLo, aHi, bLo, bHi } = f;
    const pre = aLo;
    while (aLo < aHi && bLo < bHi && A[aLo] === B[bLo]) { aLo++; bLo++; }
    emit('equal', 0, pre, aLo);
    const sufA = aHi;
    while (aLo < aHi && bLo < bHi && A[aHi - 1] === B[bHi - 1]) { aHi--; bHi--; }
    if (sufA > aHi) stack.push({ kind: 'equal', lo: aHi, hi: sufA });
    if (aLo === aHi) { emit('insert', 1, bLo, bHi); continue; }
    if (bLo === bHi) { emit('delete', 0, aLo, aHi); continue; }
    const [x, y, u, v] = middleSnake(aLo, aHi, bLo, bHi);
    stack.push({ kind: 'span', aLo: u, aHi, bLo: v, bHi });
    stack.push({ kind: 'equal', lo: x, hi: u });
    stack.push({ kind: 'span', aLo, aHi: x, bLo, bHi: y });
  }
  if (sufA < la) {
    const last = kind.length - 1;
    if (last >= 0 && kind[last] === 'equal') to[last] = la;
    else { kind.push('equal'); from.push(sufA); to.push(la); }
  }
  // canonical order inside a change: delete before insert
  for (let i = 0; i + 1 < kind.length; i++) {
    if (kind[i] === 'insert' && kind[i + 1] === 'delete') {
      kind[i] = 'delete'; kind[i + 1] = 'insert';
      const f = from[i], t = to[i];
      from[i] = from[i + 1]; to[i] = to[i + 1];
      from[i + 1] = f; to[i + 1] = t;
    }
  }
  // merge neighbours that became adjacent with the same op: the swaps exchange an insertion with a
  // deletion only, so only runs of the other change were between them, which take nothing of their text
  // (adjacent ranges again)
  const merged: DiffOp[] = [];
  let open = -1;
  for (let i = 0; i < kind.length; i++) {
    if (open >= 0 && kind[open] === kind[i]) { to[open] = to[i]; continue; }
    if (open >= 0) merged.push({ op: kind[open], text: kind[open] === 'insert' ? b.slice(from[open], to[open]) : a.slice(from[open], to[open]) });
    open = i;
  }
  if (open >= 0) merged.push({ op: kind[open], text: kind[open] === 'insert' ? b.slice(from[open], to[open]) : a.slice(from[open], to[open]) });
  return merged;
}

// ---------------------------------------------------------------- paragraph alignment ----
export const MIN_PARA_SIM = 0.2;

export interface ParaPair { a: number; b: number; score: number }

function paraVectors(paras: string[][], idf: Map<string, number>): Map<string, number>[] {
  return paras.map((st) => {
    const tf = new Map<string, number>();
    for (let i = 0; i < st.length; i++) {
      tf.set(st[i], (tf.get(st[i]) ?? 0) + 1);
      if (i + 1 < st.length) { const bg = st[i] + ' ' + st[i + 1]; tf.set(bg, (tf.get(bg) ?? 0) + 1); }
    }
    const v = new Map<string, number>();
    let n2 = 0;
    for (const [k, c] of tf) { const x = (1 + Math.log(c)) * (idf.get(k) ?? 0); v.set(k, x); n2 += x * x; }
    const n = Math.sqrt(n2) || 1;
    for (const [k, x] of v) v.set(k, x / n);
    return v;
  });
}

/** Pairs (a index, b index, cosine) of best-matching paragraphs; a = prior, b = draft. */
export function paragraphAlign(aParas: string[], bParas: string[]): ParaPair[] {
  const sa = aParas.map((p) => stems(p));
  const sb = bParas.map((p) => stems(p));
  const docs = sa.length + sb.length;
  const df = new Map<string, number>();
  for (const st of [...sa, ...sb]) {
    const seen = new Set<string>();
    for (let i = 0; i < st.length; i++) {
      seen.add(st[i]);
      if (i + 1 < st.length) seen.add(st[i] + ' ' + st[i + 1]);
    }
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [k, c] of df) idf.set(k, Math.log((docs + 1) / (c + 0.5)));
  const va = paraVectors(sa, idf);
  const vb = paraVectors(sb, idf);
  const cand: ParaPair[] = [];
  for (let j = 0; j < vb.length; j++) {
    for (let i = 0; i < va.length; i++) {
      let s = 0;
      const [small, big] = va[i].size < vb[j].size ? [va[i], vb[j]] : [vb[j], va[i]];
      for (const [k, x] of small) { const y = big.get(k); if (y) s += x * y; }
      if (s >= MIN_PARA_SIM) cand.push({ a: i, b: j, score: Math.round(Math.min(1, s) * 1000) / 1000 });
    }
  }
  // greedy one-to-one, most similar first; ties go to the pair closest in relative position
  const rel = (p: ParaPair) => Math.abs(p.a / Math.max(1, va.length) - p.b / Math.max(1, vb.length));
  cand.sort((x, y) => y.score - x.score || rel(x) - rel(y));
  const usedA = new Set<number>(), usedB = new Set<number>();
  const out: ParaPair[] = [];
  for (const p of cand) {
    if (usedA.has(p.a) || usedB.has(p.b)) continue;
    usedA.add(p.a); usedB.add(p.b);
    out.push(p);
  }
  // leftover draft paragraphs: attach to their best prior paragraph (splits)
  for (const p of cand) {
    if (usedB.has(p.b)) continue;
    usedB.add(p.b);
    out.push(p);
  }
  return out.sort((x, y) => x.b - y.b || x.a - y.a);
}
