// Article concordance between a draft and a prior constitution. Pure: no fs, no vscode.
//
// ALGORITHM (plain-language version in docs/prior-matching.md)
//
// 1. Normalisation, language-agnostic. Text is NFKC-normalised, lower-cased, ё→е, and Latin
//    look-alike letters inside Cyrillic words are folded to Cyrillic (the Kazakh sources mix
//    Latin "i" and Cyrillic "і"). Tokens are runs of letters; numbers are dropped (article and
//    point numbers shift between versions and would mislead). Each token is reduced to a crude
//    stem by PREFIX TRUNCATION (first STEM_LEN letters): for Russian and agglutinative Kazakh
//    the inflection is mostly at the end, so «конституции/конституционный», «бабы/бабының»
//    collapse to the same stem. Tokens shorter than 3 letters (prepositions, "of") are ignored.
// 2. Features: stem unigrams plus stem bigrams (adjacent pairs). Bigrams reward verbatim
//    phrase reuse, which is how legal drafters carry text over.
// 3. Weighting: TF-IDF with sublinear tf over the UNION corpus (draft + prior articles are the
//    documents), so words every article uses («Республики», «закон», "the Republic") count
//    little and distinctive terms count much. Vectors are L2-normalised; cosine similarity.
// 4. Paragraph alignment. Every paragraph of the draft is compared with prior paragraphs found
//    through an INVERTED INDEX of prior paragraph features; features whose posting list is
//    longer than a cap (very common, low-IDF) are skipped when accumulating, so the cost is
//    proportional to the number of shared rare features, not to |draft|×|prior|.
//    From the sparse paragraph-similarity pairs we derive, for an article pair (D, P):
//      covD = share of D's information mass (sum of IDF of its words) whose best prior paragraph
//             lies in P, weighted by that similarity — "how much of D comes from P";
//      covP = the same from P's side — "how much of P went into D".
//    A merge (D = P1 + P2) shows as high covP for both P1 and P2; a split (P → D1, D2) as high
//    covD for both D1 and D2. The article-pair score is
//      raw = max(cos(D, P), (covD + covP) / 2, 0.9·max(covD, covP))
//    where cos(D, P) is the whole-article TF-IDF cosine (robust to reshuffled paragraphs).
// 5. Weak positional prior. Confident mutual-best pairs are anchors; the heaviest chain of
//    anchors that is increasing on both sides (weighted LIS) is the "monotone backbone". A
//    candidate that lies between the backbone anchors around its draft article gets a small
//    bonus (POS_BONUS, decaying with distance outside that window). It only RANKS candidates
//    (breaks near-ties); acceptance below uses the raw score, so position never creates a match.
// 6. Decision / calibrated threshold. Calibration: on the 1995/2026 ru and kk texts, pairs that
//    are neither the draft article's best nor the prior article's best candidate (background:
//    unrelated articles sharing legal boilerplate) score ≤0.15 at the 90th percentile, ≈0.21–0.23
//    at the 99th and at most ≈0.25. Hence the main predecessor is accepted if
//      raw ≥ STRONG (0.3, above every background pair), or
//      raw ≥ THRESHOLD (0.2, ≈ the background's 99th percentile) AND the pair is mutual
//      (D is also P's best successor — an unlikely coincidence for an unrelated pair).
//    Otherwise the draft article is reported as NEW rather than given a wrong match. Caveat:
//    the calibration used the whole 2026/1995 pair (which contains the dev rows), and the
//    mutuality rule was added after seeing low, non-mutual false matches there (2026 Art. 86 →
//    1995 Art. 13); the dev figures are therefore optimistic. STEM_LEN 4…7 give the same figures.
//    Further predecessors (merge) are added only if they bring content the main one does not
//    explain: the share of D's mass explained better by P2 than by the main predecessor
//    ("added value") ≥ ADD_MIN, or ≥ FEED_MIN of P2 lands in D and D is P2's best successor;
//    their score must also be ≥ THRESHOLD.
// 7. Status: unchanged (same number, identical text up to whitespace), merged (≥2
//    predecessors), split (the predecessor also feeds another draft article), moved (the
//    predecessor is off the monotone backbone of main matches, or sits in a prior section other
//    than the one the draft section mostly derives from), changed (otherwise), new (none).
//
// Complexity: O(total features × capped posting length) for alignment, O(n log n) for the
// LIS; 100×100 articles run in ≈20–30 ms, 5,000×5,000 in ≈1.5 s (Node 20). A Matcher that saw the
// previous version of the draft redoes only what an edit changed (see Matcher): after a keystroke in
// one article of 5,000, a few loops of one step per article (≈2–3 ms on a loaded 2-core machine).
// `opts.lang` is accepted for callers' convenience; the algorithm does not depend on it.

export interface ArticleText {
  number: string;
  text: string;
  /** Kept by a Matcher's paragraph cache as given: pass strings that hold no larger text (see detach). */
  paragraphs: string[];
  section?: string;
  index: number;
}
export interface PriorCandidate {
  prior: string;
  score: number;
}
export interface ArticleMatch {
  draft: string;
  matches: PriorCandidate[];
  status: 'unchanged' | 'changed' | 'moved' | 'new' | 'merged' | 'split';
}
export interface MatchResult {
  rows: ArticleMatch[];
  dropped: string[];
  /** With `explain`: every scored article pair (draft index, prior index, raw score, score), for tests. */
  pairs?: { d: number; p: number; raw: number; score: number }[];
  /** With `explain`: per draft paragraph (article d, paragraph k), the prior paragraphs (flat index) with
   * cosine ≥ PARA_MIN and those cosines, in the matcher's order. */
  sims?: { d: number; k: number; pi: number[]; c: number[] }[];
}
export interface MatchOptions {
  lang?: 'ru' | 'kk' | 'en';
  pins?: Map<string, string[]>;
  /** Also return the raw score of every pair (tests check that reuse changes no number). */
  explain?: boolean;
  /**
   * Leave the idf of a feature that other articles hold as it was when this call changes its document
   * frequency (issue 17.4: a keystroke that changes the idf of a word the prior holds changes every
   * vector holding it, and most similarities; 0.5–1.7 s at 5,000 articles). The result is then the
   * matching of the new text under the previous word statistics for those features (`Matcher.stale`);
   * the next call without this option brings them up to date and answers exactly as a fresh matcher.
   * Features that appear or vanish with this call are always brought up to date (only the changed
   * articles hold them, so that costs nothing elsewhere).
   */
  deferIdf?: boolean;
  /**
   * Work in slices (issue 17.4: the server's full comparison after a pause, 0.4–1.7 s at 5,000 articles,
   * must not keep a request waiting): the per-article step of this call stops after about this many
   * articles whose vectors or similarities are computed, and `match` returns null; the next call with
   * `budget` and the same article texts (the same objects) goes on where it stopped. Any other call
   * drops the unfinished one and brings every article up to date itself; the result is always a
   * fresh matcher's.
   */
  budget?: number;
}

// ---- tunable constants (documented above; chosen on principle, checked on the dev data) ----
export const STEM_LEN = 5;
export const THRESHOLD = 0.2;
export const STRONG = 0.3;
const PARA_MIN = 0.12; // paragraph pairs below this cosine are ignored as noise
const POS_BONUS = 0.05;
const POS_GATE = 0.1;
const ANCHOR_MIN = 0.35;
const ADD_MIN = 0.2;
const FEED_MIN = 0.5;
const TIE = 0.02;

import { GenerationalCache } from '../cache';
import { detach } from '../text';

// ---------------------------------------------------------------- normalisation ----
const LAT2CYR: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', h: 'һ', b: 'в', t: 'т',
};
const CYR = /[\u0400-\u04ff]/;
const LAT = /[a-z]/;
const LETTER = /\p{L}|\p{M}/u;
/** Letter test with fast paths for Latin and Cyrillic (combining marks count as letters). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return LETTER.test(String.fromCharCode(c));
}

export function normalizeWs(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Whether a UTF-16 code unit is matched by `\s` (the characters `trim` removes too); filled on first use: 1 no, 2 yes. */
const WS = new Uint8Array(0x10000);
function isWs(c: number): boolean {
  let k = WS[c];
  if (k === 0) k = WS[c] = /\s/.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * normalizeWs(a) === normalizeWs(b) without making either string (session 7): the same runs of
 * non-whitespace in the same order (`\s` holds no surrogate, so code units are compared one by one).
 */
export function sameUpToWs(a: string, b: string): boolean {
  const la = a.length, lb = b.length;
  let i = 0, j = 0;
  for (;;) {
    while (i < la && isWs(a.charCodeAt(i))) i++;
    while (j < lb && isWs(b.charCodeAt(j))) j++;
    if (i === la || j === lb) return i === la && j === lb;
    while (i < la) {
      const c = a.charCodeAt(i);
      if (isWs(c)) break;
      if (j === lb || b.charCodeAt(j) !== c) return false;
      i++; j++;
    }
    if (j < lb && !isWs(b.charCodeAt(j))) return false;
  }
}

/** Stem of one lower-cased word, or null if the word is too short to carry meaning. */
function stemWord(w: string, stemLen: number): string | null {
  if (w.length < 3) return null;
  if (LAT.test(w) && CYR.test(w)) w = w.replace(/[a-z]/g, (ch) => LAT2CYR[ch] ?? ch);
  return w.length > stemLen ? w.slice(0, stemLen) : w;
}

const NEEDS_NFKC = /[^\u0000-\u04ff\u2000-\u206f]/;
function lowerText(text: string): string {
  if (NEEDS_NFKC.test(text)) text = text.normalize('NFKC');
  return text.toLowerCase().replace(/ё/g, 'е');
}

/**
 * lowerText one code unit at a time, for the code units below U+2070 (session 11: the featuriser reads
 * a paragraph through this table instead of making its lower-cased copy). A text made of code units
 * with an entry other than NO_LOWER needs no NFKC (they lie in the ranges NEEDS_NFKC leaves out), and
 * its lower case is the entry of each code unit: the table leaves out the two whose lower case is not one
 * code unit that depends on that unit alone (U+0130 İ → "i̇", U+03A3 Σ → σ or ς at the end of a word).
 * Filled on first use.
 */
const NO_LOWER = 0xffff;
let LOWER: Uint16Array | null = null;
function lowerTable(): Uint16Array {
  if (LOWER) return LOWER;
  const t = new Uint16Array(0x2070).fill(NO_LOWER);
  for (let c = 0; c < 0x500; c++) {
    const l = String.fromCharCode(c).toLowerCase().replace(/ё/g, 'е');
    if (l.length === 1 && c !== 0x3a3) t[c] = l.charCodeAt(0);
  }
  for (let c = 0x2000; c < 0x2070; c++) t[c] = c;
  return (LOWER = t);
}

/** Open-addressing hash map from a pair of non-negative int32 to an int32 (for bigram ids). */
class PairTable {
  private ka = new Int32Array(1024).fill(-1);
  private kb = new Int32Array(1024);
  private v = new Int32Array(1024);
  private n = 0;
  get(a: number, b: number): number {
    const mask = this.ka.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.ka[h] !== -1) {
      if (this.ka[h] === a && this.kb[h] === b) return this.v[h];
      h = (h + 1) & mask;
    }
    return -1;
  }
  set(a: number, b: number, val: number): void {
    if ((this.n + 1) * 2 > this.ka.length) this.grow();
    const mask = this.ka.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.ka[h] !== -1) h = (h + 1) & mask;
    this.ka[h] = a; this.kb[h] = b; this.v[h] = val; this.n++;
  }
  private grow(): void {
    const { ka, kb, v } = this;
    const size = ka.length * 2, mask = size - 1;
    const na = new Int32Array(size).fill(-1), nb = new Int32Array(size), nv = new Int32Array(size);
    // The entries placed again in one loop (session 7: through `set`, each re-checked the load and the table).
    for (let i = 0; i < ka.length; i++) {
      const a = ka[i];
      if (a === -1) continue;
      const b = kb[i];
      let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
      while (na[h] !== -1) h = (h + 1) & mask;
      na[h] = a; nb[h] = b; nv[h] = v[i];
    }
    this.ka = na; this.kb = nb; this.v = nv;
  }
}

/** Normalised stems of a text, in order (exported for tests and tools). */
export function stems(text: string, stemLen = STEM_LEN): string[] {
  const out: string[] = [];
  const t = lowerText(text);
  for (let i = 0; i < t.length; ) {
    if (!isLetter(t.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < t.length && isLetter(t.charCodeAt(j))) j++;
    const s = stemWord(t.slice(i, j), stemLen);
    if (s) out.push(s);
    i = j;
  }
  return out;
}

/**
 * The features of one paragraph or article: distinct feature ids in order of first occurrence in the
 * text (never in id order: ids depend on what the vocabulary saw first, and every sum below runs in
 * this order, so results depend on the texts alone, not on which versions a Matcher saw before), with
 * their counts. A vector and similarities computed from it are kept with it (see Matcher).
 * The ids are fa[fo .. fo + n) and the counts fa[fo + n .. fo + 2n): `fa` is a block shared by many
 * features (Featurizer.alloc), so that a paragraph's features cost no typed array of their own.
 */
interface Feat {
  fa: Int32Array;
  fo: number;
  n: number;
  /** Room for the weights of its vector, wa[wo .. wo + n) (a shared block; wo = -1 until the first). Each
   * vector of the feature is written there: a vector replaced by a new one is never read again (the
   * matcher only compares it by identity), so the new one reuses the room. */
  wa: Float64Array;
  wo: number;
  vec: Vec | null;
  /** Matcher call at which `vec` was computed, and the last call at which it was found still valid. */
  vecAt: number;
  vecOk: number;
  /** Draft paragraphs: prior paragraphs with cosine ≥ PARA_MIN, in the order the accumulation met them. */
  simPi: Int32Array | null;
  simC: Float64Array | null;
  /** The last call at which the similarities were found valid, the `vecAt` and the prior they were computed with. */
  simOk: number;
  simVecAt: number;
  simPrior: number;
}

function newFeat(fa: Int32Array, fo: number, n: number): Feat {
  return { fa, fo, n, wa: NO_WEIGHTS, wo: -1, vec: null, vecAt: -1, vecOk: -1, simPi: null, simC: null, simOk: -1, simVecAt: -1, simPrior: -1 };
}

/** Size of the blocks holding the features' ids and counts (Int32 entries; 256 kB), and their weights (32,768 Float64, 256 kB). */
const BLOCK = 65536;
const WBLOCK = 32768;
const NO_WEIGHTS = new Float64Array(0);

/** Interns words → unigram feature ids and stem pairs → bigram feature ids. */
class Featurizer {
  /**
   * Words seen (up to 40 code units) → their unigram id (-1: too short), looked up by the code units of
   * the lower-cased text in place (no string per word): an open-addressing table of offsets into a pool
   * of the words' code units.
   */
  private wAt = new Int32Array(4096).fill(-1);
  private wLen = new Int32Array(4096);
  private wHash = new Int32Array(4096);
  private wId = new Int32Array(4096);
  private wCount = 0;
  private chars = new Uint16Array(65536);
  private charsAt = 0;
  private addWord(t: Uint16Array, i: number, j: number, h: number, id: number): void {
    if ((this.wCount + 1) * 2 > this.wAt.length) this.growWords();
    const len = j - i;
    if (this.charsAt + len > this.chars.length) {
      const c = new Uint16Array(Math.max(this.chars.length * 2, this.charsAt + len));
      c.set(this.chars.subarray(0, this.charsAt));
      this.chars = c;
    }
    const at = this.charsAt;
    for (let k = 0; k < len; k++) this.chars[at + k] = t[i + k];
    this.charsAt += len;
    const mask = this.wAt.length - 1;
    let slot = h & mask;
    while (this.wAt[slot] !== -1) slot = (slot + 1) & mask;
    this.wAt[slot] = at; this.wLen[slot] = len; this.wHash[slot] = h; this.wId[slot] = id;
    this.wCount++;
  }
  private growWords(): void {
    const { wAt, wLen, wHash, wId } = this;
    const size = wAt.length * 2;
    this.wAt = new Int32Array(size).fill(-1);
    this.wLen = new Int32Array(size);
    this.wHash = new Int32Array(size);
    this.wId = new Int32Array(size);
    const mask = size - 1;
    for (let s = 0; s < wAt.length; s++) {
      if (wAt[s] === -1) continue;
      let slot = wHash[s] & mask;
      while (this.wAt[slot] !== -1) slot = (slot + 1) & mask;
      this.wAt[slot] = wAt[s]; this.wLen[slot] = wLen[s]; this.wHash[slot] = wHash[s]; this.wId[slot] = wId[s];
    }
  }
  private stemIds = new Map<string, number>();
  private bigramIds = new PairTable();
  /** 1 for a bigram id, 0 for a unigram id, for the `size` ids given so far (session 7: a typed array
   * grown by doubling; a number[] pushed to millions of entries was a tenth of the word loop). */
  isBigram = new Uint8Array(1024);
  private nIds = 0;
  private newId(bigram: number): number {
    if (this.nIds === this.isBigram.length) { const x = new Uint8Array(this.nIds * 2); x.set(this.isBigram); this.isBigram = x; }
    this.isBigram[this.nIds] = bigram;
    return this.nIds++;
  }
  /** Scratch: position + 1 of an id in the list being built (0 = absent). */
  private slot = new Int32Array(1024);
  /** Scratch of `paragraph` and `article`: the sequence of ids (with repetition), counts, and `distinct`'s output. */
  private uni = new Int32Array(256);
  /** Scratch of `paragraph`: the lower-cased code units of the paragraph. */
  private low = new Uint16Array(256);
  private seq = new Int32Array(512);
  private counts = new Int32Array(512);
  private outIds = new Int32Array(512);
  private outTf = new Int32Array(512);
  /** The block new features are written to, and its first free entry. */
  private block = new Int32Array(0);
  private blockAt = 0;
  /** The block vectors' weights are written to, and its first free entry. */
  private wblock = new Float64Array(0);
  private wblockAt = 0;
  /** Room for the weights of f's vectors (once per feature). */
  weightsOf(f: Feat): void {
    if (f.wo >= 0) return;
    const len = f.n;
    if (this.wblockAt + len > this.wblock.length) {
      this.wblock = new Float64Array(Math.max(WBLOCK, len));
      this.wblockAt = 0;
    }
    f.wa = this.wblock;
    f.wo = this.wblockAt;
    this.wblockAt += len;
  }
  /** Room for `len` entries in a shared block: the offset in this.block. A block lives while a feature in it does. */
  private alloc(len: number): number {
    if (this.blockAt + len > this.block.length) {
      this.block = new Int32Array(Math.max(BLOCK, len));
      this.blockAt = 0;
    }
    const at = this.blockAt;
    this.blockAt += len;
    return at;
  }
  get size(): number { return this.nIds; }
  /** Distinct ids of seq[0..n) (with repetition), in order of first occurrence, with their counts (1 each without `counts`). */
  private distinct(seq: Int32Array, n: number, counts: Int32Array | null): Feat {
    if (this.slot.length < this.nIds) this.slot = new Int32Array(Math.max(this.nIds, this.slot.length * 2));
    if (this.outIds.length < n) { this.outIds = new Int32Array(Math.max(n, this.outIds.length * 2)); this.outTf = new Int32Array(this.outIds.length); }
    const slot = this.slot, ids = this.outIds, tf = this.outTf;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const id = seq[i];
      const c = counts !== null ? counts[i] : 1;
      const at = slot[id];
      if (at === 0) { ids[m] = id; tf[m++] = c; slot[id] = m; } else tf[at - 1] += c;
    }
    for (let i = 0; i < m; i++) slot[ids[i]] = 0;
    const fo = this.alloc(2 * m);
    const fa = this.block;
    for (let i = 0; i < m; i++) { fa[fo + i] = ids[i]; fa[fo + m + i] = tf[i]; }
    return newFeat(fa, fo, m);
  }
  /** Features of one paragraph: stems and pairs of adjacent stems, in text order. */
  paragraph(text: string): Feat {
    // The lower-cased code units (lowerText) into `low`: through the table when every code unit has an
    // entry (nearly always), else from lowerText's string, which is then kept in `t` (NFKC may change the length).
    const table = lowerTable();
    let n = text.length;
    if (this.low.length < n) this.low = new Uint16Array(Math.max(n, this.low.length * 2));
    let low = this.low;
    let t: string | null = null;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const l = c < table.length ? table[c] : NO_LOWER;
      if (l === NO_LOWER) { t = lowerText(text); break; }
      low[i] = l;
    }
    if (t !== null) {
      n = t.length;
      if (low.length < n) low = this.low = new Uint16Array(Math.max(n, low.length * 2));
      for (let i = 0; i < n; i++) low[i] = t.charCodeAt(i);
    }
    // At most one word per two characters (a word and a separator), two ids per word.
    if (this.uni.length < n) { this.uni = new Int32Array(Math.max(n, this.uni.length * 2)); this.seq = new Int32Array(Math.max(2 * this.uni.length, this.seq.length)); }
    const uni = this.uni;
    let nu = 0;
    for (let i = 0; i < n; ) {
      let c = low[i];
      if (!isLetter(c)) { i++; continue; }
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      let j = i + 1;
      while (j < n) {
        c = low[j];
        if (!isLetter(c)) break;
        h = Math.imul(h ^ c, 0x01000193);
        j++;
      }
      const len = j - i;
      let id = -2;
      if (len <= 40) {
        const wAt = this.wAt, chars = this.chars, mask = wAt.length - 1;
        for (let slot = h & mask; wAt[slot] !== -1; slot = (slot + 1) & mask) {
          if (this.wHash[slot] !== h || this.wLen[slot] !== len) continue;
          const at = wAt[slot];
          let k = 0;
          while (k < len && chars[at + k] === low[i + k]) k++;
          if (k === len) { id = this.wId[slot]; break; }
        }
      }
      if (id === -2) {
        // The word as lowerText's string holds it: a slice of it, or the slice of the text lower-cased
        // (every code unit has its own lower case here, so the same units).
        const s = stemWord(t !== null ? t.slice(i, j) : lowerText(text.slice(i, j)), STEM_LEN);
        if (s === null) id = -1;
        else {
          const known = this.stemIds.get(s);
          if (known === undefined) { id = this.newId(0); this.stemIds.set(detach(s), id); } else id = known;
        }
        if (len <= 40) this.addWord(low, i, j, h, id);
      }
      i = j;
      if (id >= 0) uni[nu++] = id;
    }
    const seq = this.seq;
    let ns = 0;
    for (let i = 0; i < nu; i++) {
      seq[ns++] = uni[i];
      if (i + 1 < nu) {
        let b = this.bigramIds.get(uni[i], uni[i + 1]);
        if (b < 0) { b = this.newId(1); this.bigramIds.set(uni[i], uni[i + 1], b); }
        seq[ns++] = b;
      }
    }
    return this.distinct(seq, ns, null);
  }
  /** Features of an article: those of its paragraphs, counts added up. */
  article(paras: Feat[]): Feat {
    let len = 0;
    for (const p of paras) len += p.n;
    if (this.seq.length < len) this.seq = new Int32Array(Math.max(len, this.seq.length * 2));
    if (this.counts.length < len) this.counts = new Int32Array(Math.max(len, this.counts.length * 2));
    const seq = this.seq, counts = this.counts;
    let o = 0;
    for (const p of paras) {
      const { fa, fo, n } = p;
      for (let k = 0; k < n; k++) { seq[o + k] = fa[fo + k]; counts[o + k] = fa[fo + n + k]; }
      o += n;
    }
    return this.distinct(seq, len, counts);
  }
}

/** A vector: the ids are those of its features (fa[fo .. fo + n)), w[wo + k] the weight of the k-th. */
interface Vec {
  fa: Int32Array;
  fo: number;
  n: number;
  w: Float64Array; // L2-normalised weights (the feature's room, see Feat.wa)
  wo: number;
  mass: number; // information mass: sum of idf of unigram tokens
}

/** Features with counts → TF-IDF vector (sublinear tf), L2-normalised. */
function vectorize(f: Feat, idf: Float64Array, isBigram: Uint8Array): Vec {
  const { fa, fo, n, wa: w, wo } = f;
  let n2 = 0, mass = 0;
  for (let k = 0; k < n; k++) {
    const id = fa[fo + k];
    const tf = fa[fo + n + k];
    // tf 1 (most features): 1 + Math.log(1) is exactly 1 (session 7: the logarithm per feature was a third of vectorize).
    const x = (tf === 1 ? 1 : 1 + Math.log(tf)) * idf[id];
    w[wo + k] = x;
    n2 += x * x;
    if (!isBigram[id]) mass += tf * idf[id];
  }
  const norm = Math.sqrt(n2) || 1;
  for (let k = 0; k < n; k++) w[wo + k] /= norm;
  return { fa, fo, n, w, wo, mass };
}

// ---------------------------------------------------------------- helpers ----
/** Paragraphs of an article; falls back to the text split on lines. */
function parasOf(a: ArticleText): string[] {
  const p = a.paragraphs && a.paragraphs.length ? a.paragraphs : a.text.split(/\n+/);
  // Blank ones left out (\S: anything String.prototype.trim keeps); most articles have none.
  for (let i = 0; i < p.length; i++) if (!/\S/.test(p[i])) return p.filter((x) => /\S/.test(x));
  return p;
}

/** Heaviest chain strictly increasing in both coordinates. pts sorted by x. O(n log n)-ish. */
function heaviestChain(pts: { x: number; y: number; w: number }[]): Set<number> {
  // weighted LIS via Fenwick tree over y (max prefix), processing groups of equal x together
  const n = pts.length;
  if (!n) return new Set();
  const ys = [...new Set(pts.map((p) => p.y))].sort((a, b) => a - b);
  const yr = new Map(ys.map((y, i) => [y, i + 1]));
  const m = ys.length;
  const tree = new Float64Array(m + 1);
  const arg = new Int32Array(m + 1).fill(-1);
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  const query = (i: number): [number, number] => {
    let v = 0, a = -1;
    for (; i > 0; i -= i & -i) if (tree[i] > v) { v = tree[i]; a = arg[i]; }
    return [v, a];
  };
  const update = (i: number, v: number, a: number) => {
    for (; i <= m; i += i & -i) if (v > tree[i]) { tree[i] = v; arg[i] = a; }
  };
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && pts[j].x === pts[i].x) j++;
    for (let k = i; k < j; k++) {
      const [v, a] = query(yr.get(pts[k].y)! - 1);
      best[k] = v + pts[k].w;
      prev[k] = a;
    }
    for (let k = i; k < j; k++) update(yr.get(pts[k].y)!, best[k], k);
    i = j;
  }
  let end = 0;
  for (let k = 1; k < n; k++) if (best[k] > best[end]) end = k;
  const chain = new Set<number>();
  for (let k = end; k >= 0; k = prev[k]) chain.add(k);
  return chain;
}

// ---------------------------------------------------------------- main ----
interface PairInfo {
  d: number;
  p: number;
  covD: number; // share of D's mass explained by P
  covP: number; // share of P's mass that lands in D
  cos: number; // whole-article cosine
  raw: number;
  score: number;
}

interface ArtFeat {
  paras: Feat[];
  art: Feat;
}

/**
 * What the matcher keeps of the draft article at one position between calls (issue 17.4). Each part is
 * derived from the parts above it and is rebuilt only when they changed:
 *   vectors and similarities (identity of the Vec / similarity arrays) → paragraph lists and triples;
 *   those, the prior's best cosines and the prior articles → pairs (covD, covP, cos, raw);
 *   pairs and the positional window → scores and candidates;
 *   candidates, the best successors of their prior articles and the pin → the decision.
 */
/** A call of Matcher.match from its per-article step on (kept when `budget` leaves it unfinished). */
interface Run {
  draft: ArticleText[];
  prior: ArticleText[];
  call: number;
  pins: Map<string, string[]>;
  dF: ArtFeat[];
  ps: PriorSide;
  post: PostingIndex;
  quiet: boolean;
  /** The next draft article of the per-article step. */
  next: number;
  states: DraftState[];
  dirty: Uint8Array;
  /** Scratch arrays of the per-article step (all zero between two articles). */
  acc: Float64Array;
  artMax: Float64Array;
  pMax: Float64Array;
  /** Scratch of the paragraph similarities (contents meaningless between two paragraphs): the prior
   * paragraphs met by the accumulation, and the kept ones with their cosines (each at most one per prior paragraph). */
  touched: Int32Array;
  keepPi: Int32Array;
  keepC: Float64Array;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface DraftState {
  feat: ArtFeat;
  artVec: Vec;
  paraVecs: Vec[];
  sims: (Int32Array | null)[];
  mass: number;
  /** Per paragraph: (prior article, best cosine with a paragraph of it), in the order met. */
  listStart: Int32Array;
  listArt: Int32Array;
  listC: Float64Array;
  /** (prior paragraph, best cosine with any paragraph of this article), in the order met. */
  tPi: Int32Array;
  tC: Float64Array;
  /** Article pairs (d, p), in the order a fresh run creates them; null = to be rebuilt. */
  pairs: PairInfo[] | null;
  /** Best pair by raw score (ties: lower p). */
  topRaw: PairInfo | undefined;
  /** Pairs by score (after the positional bonus), best first. */
  cands: PairInfo[];
  lo: number;
  hi: number;
  /** The decision: predecessors and the main one (-1 = none), and what it was made from. */
  chosen: PriorCandidate[] | null;
  mainP: number;
  number: string;
  pin: string[] | undefined;
  /** Status and the row built from it. */
  row: ArticleMatch | null;
  /** 'unchanged' test (same number, same text up to whitespace) for (draft text, prior text). */
  sameKey: [string, string] | null;
  same: boolean;
}

/** Inverted index of the prior paragraphs (CSR by feature id); see Matcher.priorIndex. */
interface PostingIndex {
  start: Int32Array;
  para: Int32Array;
  w: Float64Array;
  /** Per feature: the largest weight in its posting list (bounds what a skipped feature can add). */
  maxW: Float64Array;
  /** The prior paragraph vectors the index was built from (the same weights as `w`). */
  vecs: Vec[];
  cap: number;
  priorNo: number;
}

/** Beyond this many features the vocabulary (and everything cached against it) starts again. */
const MAX_VOCABULARY = 4_000_000;

/** The prior side of one call: small (a constitution), so rebuilt each call from cached vectors. */
interface PriorSide {
  pV: { art: Vec; paras: Vec[] }[];
  pParaArt: Int32Array;
  pParas: Vec[];
  pParaFeat: Feat[];
  pMass: Float64Array<ArrayBuffer>;
}

/**
 * The matcher with memory: `match` returns exactly what a fresh `matchArticles` returns (every sum runs
 * in the same order over the same values), but reuses the work of the previous calls wherever its
 * inputs did not change (issue 17.4):
 *   - the features of a paragraph, by its text (bounded cache), and of an article, by its paragraph list;
 *   - the document frequencies, updated by the articles that changed; a vector, while the idf of each of
 *     its features is the one it was computed with (a keystroke changes a handful of idfs, if any);
 *   - the similarities of a draft paragraph with the prior paragraphs, while its vector and the vectors
 *     of the prior paragraphs it can meet (through a feature that is not capped) are unchanged;
 *   - per draft article (DraftState): its article pairs, candidates and decision, while what they are
 *     derived from is unchanged. The global steps (best successor of each prior article, the monotone
 *     backbones, the section map, statuses) are loops over one number per article.
 * Keep one Matcher per draft (the LSP keeps one per open document).
 */
export class Matcher {
  private fz = new Featurizer();
  private paraCache = new GenerationalCache<string, Feat>({ entries: 200_000, weight: 20_000_000 }, (k) => k.length + 64);
  private artCache = new WeakMap<readonly string[], ArtFeat>();
  private call = 0;
  private df = new Int32Array(0);
  private idf = new Float64Array(0);
  /** Call at which the idf of a feature last changed. */
  private idfAt = new Int32Array(0);
  /** Call at which a prior paragraph holding the feature (not capped) last changed its vector. */
  private priorAt = new Int32Array(0);
  /** Scratch: the call at which a feature's document frequency was first touched, and its value then. */
  private dfSeen = new Int32Array(0);
  private lastN = -1;
  /** The last calls at which an idf changed, and at which a prior paragraph's vector changed. */
  private idfChanged = 0;
  private priorChanged = 0;
  /** The last call at which the idf of a feature held by an unchanged article may have changed. */
  private sharedIdfChanged = 0;
  /** Features whose idf was left behind their document frequency by a call with `deferIdf`. */
  private pendingIdf = new Set<number>();
  /** The call left unfinished by `budget` (see MatchOptions), or null. */
  private unfinished: Run | null = null;
  /** An unfinished call was dropped: the next one checks every article (see draftStates). */
  private checkAll = false;
  /** The prior paragraphs (their features) of the last call, and a number for that prior. */
  private priorParas: Feat[] = [];
  private priorNo = 0;
  /** The article features of the last call, draft then prior (document frequencies are theirs). */
  private docFeats: ArtFeat[] = [];
  private lastParas: (readonly string[] | null)[] = [];
  /** Inverted index of the prior paragraphs (CSR by feature id), kept while they are unchanged. */
  private post: PostingIndex | null = null;
  /** Candidate generation (see simsOf): bounded (the default) or every shared feature (tests compare). */
  private readonly exhaustive: boolean;
  /** Scratch of the bounded candidate generation (see simsOf). */
  private candMark = new Int32Array(0);
  private candStamp = 0;
  private candBuf = new Int32Array(0);
  private ksBuf = new Int32Array(0);
  private byLenBuf = new Float64Array(0);
  private skipBuf = new Uint8Array(0);
  /** Scratch of draftStates: an article's (prior article, cosine) and (prior paragraph, cosine) lists. */
  private listBuf = new Int32Array(0);
  private listCBuf = new Float64Array(0);
  private tBuf = new Int32Array(0);
  private tCBuf = new Float64Array(0);
  private wAt = new Float64Array(0);
  /** Posting entries read, candidates checked and prior paragraphs kept by the paragraph similarities
   * (counters for the bench and the tests). */
  readonly stats = { postingReads: 0, candidates: 0, kept: 0 };

  constructor(opts: { exhaustive?: boolean } = {}) {
    this.exhaustive = opts.exhaustive ?? false;
  }
  /** Scratch for dot products (zero between uses). */
  private scratch = new Float64Array(0);
  private states: DraftState[] = [];
  /** Prior side of the last call: vectors and masses per prior article, best cosine per prior paragraph. */
  private pArtVec: Vec[] = [];
  private pMassPrev: Float64Array<ArrayBuffer> = new Float64Array(0);
  private pParaBest = new Float64Array(0);
  /** Best successor (draft index, -1 = none) of each prior article, by raw score. */
  private topP = new Int32Array(0);
  private feeds = new Map<string, number>();
  /** Inputs and results of the status step's global parts. */
  private mainsKey: Float64Array = new Float64Array(0);
  private onChain = new Uint8Array(0);
  private secMap = new Map<string, string>();

  private reset(): void {
    this.fz = new Featurizer();
    this.paraCache.clear();
    this.artCache = new WeakMap();
    this.df = new Int32Array(0);
    this.idf = new Float64Array(0);
    this.idfAt = new Int32Array(0);
    this.priorAt = new Int32Array(0);
    this.dfSeen = new Int32Array(0);
    this.lastN = -1;
    this.idfChanged = 0;
    this.priorChanged = 0;
    this.sharedIdfChanged = 0;
    this.pendingIdf.clear();
    this.priorParas = [];
    this.priorNo++;
    this.docFeats = [];
    this.lastParas = [];
    this.post = null;
    this.scratch = new Float64Array(0);
    this.forgetDecisions();
  }

  /** Drops every per-article state (the next call rebuilds them from the cached vectors). */
  private forgetDecisions(): void {
    this.states = [];
    this.pArtVec = [];
    this.pMassPrev = new Float64Array(0);
    this.pParaBest = new Float64Array(0);
    this.topP = new Int32Array(0);
    this.feeds = new Map();
    this.mainsKey = new Float64Array(0);
    this.onChain = new Uint8Array(0);
    this.secMap = new Map();
  }

  private paraFeat(text: string): Feat {
    // Kept as given: the paragraphs come from articleTexts, which detaches them (core/text.ts detach)
    // already; a second copy here was a fifth of the featuriser's time at 5,000 articles. A miss is not
    // looked up again to be set (session 7).
    return this.paraCache.getOrMake(text, this.makeParaFeat);
  }
  private readonly makeParaFeat = (text: string): Feat => this.fz.paragraph(text);

  private articleFeat(a: ArticleText): ArtFeat {
    const key = a.paragraphs && a.paragraphs.length ? a.paragraphs : null;
    const hit = key ? this.artCache.get(key) : undefined;
    if (hit) return hit;
    const paras = parasOf(a).map((t) => this.paraFeat(t));
    const r = { paras, art: this.fz.article(paras) };
    if (key) this.artCache.set(key, r);
    return r;
  }

  /** Whether the last call left some idf behind (`deferIdf`): its result is not a fresh matcher's. */
  get stale(): boolean {
    return this.pendingIdf.size > 0;
  }

  match(draft: ArticleText[], prior: ArticleText[], opts: MatchOptions & { budget: number }): MatchResult | null;
  match(draft: ArticleText[], prior: ArticleText[], opts?: MatchOptions): MatchResult;
  match(draft: ArticleText[], prior: ArticleText[], opts: MatchOptions = {}): MatchResult | null {
    let run = this.unfinished;
    this.unfinished = null;
    if (run && !(opts.budget && sameList(run.draft, draft) && sameList(run.prior, prior))) {
      run = null;
      this.checkAll = true;
    }
    if (!run) run = this.start(draft, prior, opts);
    const { call, pins, dF, ps, post } = run;
    const nD = draft.length;
    if (!this.draftStates(run, dF, ps, post, call, opts.budget ?? 0)) {
      this.unfinished = run;
      return null;
    }
    const dirty = run.dirty;
    const states = this.states;
    this.priorChanges(ps, states, dirty);
    this.pairs(states, dirty, ps);
    const byP = this.bestSuccessors(states, prior.length, dirty);
    this.positions(states, byP, prior.length, dirty);
    this.decisions(draft, prior, states, byP, pins, dirty);
    const rows = this.statuses(draft, prior, states, dirty);
    const dropped = prior.filter((a) => !this.feeds.has(a.number)).map((a) => a.number);
    if (!opts.explain) return { rows, dropped };
    const pairs: MatchResult['pairs'] = [];
    for (let d = 0; d < nD; d++) for (const x of states[d].pairs!) pairs.push({ d: x.d, p: x.p, raw: x.raw, score: x.score });
    const sims: NonNullable<MatchResult['sims']> = [];
    for (let d = 0; d < nD; d++) {
      dF[d].paras.forEach((f, k) => sims.push({ d, k, pi: Array.from(f.simPi ?? []), c: Array.from(f.simC ?? []) }));
    }
    return { rows, dropped, pairs, sims };
  }

  /** The steps of a call before the per-article one: features, document frequencies, the prior's side. */
  private start(draft: ArticleText[], prior: ArticleText[], opts: MatchOptions): Run {
    if (this.fz.size > MAX_VOCABULARY) this.reset();
    const call = ++this.call;
    const pins = opts.pins ?? new Map<string, string[]>();
    const { dF, pF } = this.features(draft, prior);
    this.documentFrequencies(dF, pF, call, !!opts.deferIdf);
    // With the features (docFeats): a call left unfinished must not leave them out of step.
    this.lastParas = draft.map((a) => (a.paragraphs && a.paragraphs.length ? a.paragraphs : null));
    const ps = this.priorSide(pF, call);
    const samePrior = this.samePrior(ps.pParaFeat);
    const post = this.priorIndex(ps, samePrior, call);
    if (!samePrior || this.states.length !== draft.length || this.pArtVec.length !== prior.length) this.forgetDecisions();
    // No idf of a feature an unchanged article may hold and no prior paragraph vector changed in this
    // call: an article with the same features has the same vectors and similarities (their checks are
    // skipped; see vecOf and simsOf). Not after an unfinished call was dropped: it changed some.
    const quiet = this.sharedIdfChanged < call && this.priorChanged < call && !this.checkAll;
    this.checkAll = false;
    const nD = draft.length;
    return {
      draft, prior, call, pins, dF, ps, post, quiet, next: 0, states: new Array(nD), dirty: new Uint8Array(nD),
      acc: new Float64Array(ps.pParas.length), artMax: new Float64Array(ps.pV.length), pMax: new Float64Array(ps.pParas.length),
      touched: new Int32Array(ps.pParas.length), keepPi: new Int32Array(ps.pParas.length), keepC: new Float64Array(ps.pParas.length),
    };
  }

  // --- features: per article (by its paragraph list), per paragraph (by its text) ---
  private features(draft: ArticleText[], prior: ArticleText[]): { dF: ArtFeat[]; pF: ArtFeat[] } {
    const last = this.lastParas;
    const prev = this.docFeats;
    const dF = draft.map((a, i) => {
      const key = a.paragraphs && a.paragraphs.length ? a.paragraphs : null;
      return key !== null && i < last.length && last[i] === key && prev.length > i ? prev[i] : this.articleFeat(a);
    });
    const pF = prior.map((a) => this.articleFeat(a));
    return { dF, pF };
  }

  /**
   * Document frequencies over the union corpus (documents = articles), and the idf of every feature
   * whose document frequency changed (idfAt = call; not when the value comes out the same, as when a
   * word typed and deleted again leaves its count as it was). Updated by the articles that changed when
   * the article list has the same length as before; counted again otherwise. With `defer`, a changed
   * count between two non-zero values leaves the idf as it was (pendingIdf) until a call without it.
   */
  private documentFrequencies(dF: ArtFeat[], pF: ArtFeat[], call: number, defer: boolean): void {
    const fz = this.fz;
    const V = fz.size;
    if (this.idf.length < V) {
      const grow = <T extends Int32Array | Float64Array>(x: T, make: (n: number) => T): T => { const y = make(Math.max(V, x.length * 2)); y.set(x as any); return y; };
      this.df = grow(this.df, (n) => new Int32Array(n));
      this.idf = grow(this.idf, (n) => new Float64Array(n));
      this.idfAt = grow(this.idfAt, (n) => new Int32Array(n));
      this.priorAt = grow(this.priorAt, (n) => new Int32Array(n));
      this.dfSeen = grow(this.dfSeen, (n) => new Int32Array(n));
    }
    const docs = dF.concat(pF);
    const N = docs.length;
    const idf = this.idf;
    const idfAt = this.idfAt;
    const old = this.docFeats;
    // `shared`: other articles than the changed ones may hold the feature. An idf is never 0 (df ≤ N),
    // so a feature seen for the first time always gets one.
    // The idf of a document frequency, computed once per value in a call (session 7: a fresh call took
    // the logarithm for each of the millions of features; the same expression, so the same value).
    const idfOfDf = new Float64Array(N + 1).fill(NaN);
    const recompute = (id: number, dfv: number, shared: boolean) => {
      let v = dfv >= 0 && dfv <= N ? idfOfDf[dfv] : NaN;
      if (v !== v) {
        v = Math.log((N + 1) / (dfv + 0.5));
        if (dfv >= 0 && dfv <= N) idfOfDf[dfv] = v;
      }
      if (v === idf[id]) return;
      idf[id] = v;
      idfAt[id] = call;
      this.idfChanged = call;
      if (shared) this.sharedIdfChanged = call;
    };
    const pending = this.pendingIdf;
    if (N === this.lastN && old.length === N) {
      const df = this.df;
      const seen = this.dfSeen;
      const touched: number[] = [];
      const before: number[] = [];
      const touch = (f: Feat, by: number) => {
        const { fa, fo, n } = f;
        for (let i = 0; i < n; i++) {
          const id = fa[fo + i];
          if (seen[id] !== call) { seen[id] = call; touched.push(id); before.push(df[id]); }
          df[id] += by;
        }
      };
      for (let i = 0; i < N; i++) {
        if (docs[i] === old[i]) continue;
        touch(old[i].art, -1);
        touch(docs[i].art, 1);
      }
      for (let t = 0; t < touched.length; t++) {
        const id = touched[t];
        const now = df[id];
        if (now === before[t]) continue;
        // Counted 0 before or now: only the changed articles (of the previous call, or of this one) hold it.
        const local = before[t] === 0 || now === 0;
        if (defer && !local) pending.add(id);
        else recompute(id, now, !local);
      }
    } else {
      const df = new Int32Array(this.df.length);
      for (const a of docs) { const { fa, fo, n } = a.art; for (let i = 0; i < n; i++) df[fa[fo + i]]++; }
      const allNew = N !== this.lastN;
      for (let id = 0; id < V; id++) if (allNew || df[id] !== this.df[id]) recompute(id, df[id], true);
      this.df = df;
      defer = false;
    }
    if (!defer && pending.size) {
      const df = this.df;
      for (const id of pending) recompute(id, df[id], true);
      pending.clear();
    }
    this.lastN = N;
    this.docFeats = docs;
  }

  /**
   * The vector of `f`, computed again only if the idf of one of its features changed since it was last
   * checked (`vecOk`; a check may be skipped in a call that changed no idf, so the test is "changed after").
   */
  private vecOf(f: Feat, call: number): Vec {
    if (f.vec) {
      let fresh = f.vecOk >= this.idfChanged;
      if (!fresh) {
        fresh = true;
        const { fa, fo, n } = f;
        const idfAt = this.idfAt;
        for (let i = 0; i < n; i++) if (idfAt[fa[fo + i]] > f.vecOk) { fresh = false; break; }
      }
      if (fresh) { f.vecOk = call; return f.vec; }
    }
    this.fz.weightsOf(f);
    f.vec = vectorize(f, this.idf, this.fz.isBigram);
    f.vecAt = f.vecOk = call;
    return f.vec;
  }

  // --- the prior: vectors, flat paragraph lists, masses ---
  private priorSide(pF: ArtFeat[], call: number): PriorSide {
    const pV = pF.map((a) => ({ art: this.vecOf(a.art, call), paras: a.paras.map((f) => this.vecOf(f, call)) }));
    const pParaArt: number[] = [];
    const pParas: Vec[] = [];
    const pParaFeat: Feat[] = [];
    pV.forEach((a, ai) => a.paras.forEach((v, k) => { pParas.push(v); pParaArt.push(ai); pParaFeat.push(pF[ai].paras[k]); }));
    const pMass = Float64Array.from(pV, (a) => a.paras.reduce((s, v) => s + v.mass, 0) || 1);
    return { pV, pParaArt: Int32Array.from(pParaArt), pParas, pParaFeat, pMass };
  }

  /** Which prior is this? The same paragraphs (features) in the same order: the same prior, and the
   * similarities kept with the draft paragraphs (indices into pParas) still apply. */
  private samePrior(pParaFeat: Feat[]): boolean {
    const same = this.priorParas.length === pParaFeat.length && pParaFeat.every((f, i) => f === this.priorParas[i]);
    if (!same) { this.priorNo++; this.priorParas = pParaFeat; }
    return same;
  }

  /**
   * Inverted index over the prior paragraphs (CSR layout), rebuilt when the prior or one of its
   * paragraph vectors changed. Features with longer posting lists than `cap` are frequent, hence
   * low-IDF: skipping them bounds the cost and changes cosines only slightly. Marks the features (not
   * capped) of the prior paragraphs whose vector changed in this call: a draft paragraph meets a prior
   * paragraph only through those.
   */
  private priorIndex(ps: PriorSide, samePrior: boolean, call: number): PostingIndex {
    const { pParas, pParaFeat } = ps;
    const nPP = pParas.length;
    let changed = !samePrior || !this.post || this.post.priorNo !== this.priorNo;
    for (let pi = 0; pi < nPP && !changed; pi++) if (pParaFeat[pi].vecAt === call) changed = true;
    if (changed) {
      const V = this.fz.size;
      const start = new Int32Array(V + 1);
      for (const v of pParas) for (let k = 0; k < v.n; k++) start[v.fa[v.fo + k] + 1]++;
      for (let i = 0; i < V; i++) start[i + 1] += start[i];
      const fill = start.slice(0, V);
      const para = new Int32Array(start[V]);
      const w = new Float64Array(start[V]);
      const maxW = new Float64Array(V);
      for (let pi = 0; pi < nPP; pi++) {
        const v = pParas[pi];
        for (let k = 0; k < v.n; k++) {
          const id = v.fa[v.fo + k];
          const at = fill[id]++;
          para[at] = pi;
          const x = v.w[v.wo + k];
          w[at] = x;
          if (x > maxW[id]) maxW[id] = x;
        }
      }
      this.post = { start, para, w, maxW, vecs: pParas, cap: Math.max(200, Math.ceil(Math.sqrt(nPP) * 4)), priorNo: this.priorNo };
    }
    const post = this.post!;
    const len = post.start.length - 1;
    for (let pi = 0; pi < nPP; pi++) {
      const f = pParaFeat[pi];
      if (f.vecAt !== call) continue;
      for (let k = 0; k < f.n; k++) {
        const id = f.fa[f.fo + k];
        if (id < len && post.start[id + 1] - post.start[id] <= post.cap) { this.priorAt[id] = call; this.priorChanged = call; }
      }
    }
    return post;
  }

  /** Prior paragraphs with cosine ≥ PARA_MIN for one draft paragraph, kept with its features. */
  private simsOf(f: Feat, v: Vec, post: PostingIndex, run: Run, call: number): void {
    const priorNo = this.priorNo;
    if (f.simPi && f.simPrior === priorNo && f.simVecAt === f.vecAt) {
      let fresh = f.simOk >= this.priorChanged;
      if (!fresh) {
        fresh = true;
        const { fa, fo, n } = f;
        const priorAt = this.priorAt;
        for (let i = 0; i < n; i++) if (priorAt[fa[fo + i]] > f.simOk) { fresh = false; break; }
      }
      if (fresh) { f.simOk = call; return; }
    }
    const { keepPi, keepC } = run;
    let n = this.exhaustive ? -1 : this.boundedSims(v, post, keepPi, keepC);
    if (n < 0) n = this.allSims(v, post, run.acc, run.touched, keepPi, keepC);
    this.stats.kept += n;
    f.simPi = keepPi.slice(0, n);
    f.simC = keepC.slice(0, n);
    f.simOk = call;
    f.simVecAt = f.vecAt;
    f.simPrior = priorNo;
  }

  /**
   * The paragraph similarities of `v` by accumulation over every shared feature that is not capped (the
   * reference definition): acc[pi] sums x·w over the features of `v` in their order, and the prior
   * paragraphs are kept in the order the accumulation first met them (into keepPi / keepC; returns how many).
   *
   * Session 9: the loop over the posting entries has no test that depends on the sum read (the old one
   * asked whether acc[pi] was still 0, to list the paragraphs met, and then went through all of them —
   * 32 M at 5,000 articles, for 40 k kept). A paragraph is listed (`hits`, once: `candMark`) when its sum
   * reaches PARA_MIN, which is rare and predictable; every paragraph whose final sum is ≥ PARA_MIN was
   * listed after its last term (whatever the signs), and each listed one is kept if its final sum is.
   * The order in which the accumulation first met a kept paragraph is (the first feature of `v` it holds,
   * then its index: a posting list is in paragraph order), found from its own features. The sums are
   * the same terms added in the same order, so the same bits. A second walk over the same lists sets the
   * sums back to 0 and counts the paragraphs met (the `candidates` counter, as before).
   */
  private allSims(v: Vec, post: PostingIndex, acc: Float64Array, hits: Int32Array, keepPi: Int32Array, keepC: Float64Array): number {
    const { start, para, w, cap, vecs } = post;
    const len = start.length - 1;
    const { fa, fo, n: nv, w: xs, wo } = v;
    if (this.candMark.length < vecs.length) {
      this.candMark = new Int32Array(Math.max(vecs.length, this.candMark.length * 2));
      this.candBuf = new Int32Array(this.candMark.length);
    }
    const mark = this.candMark;
    if (++this.candStamp === 0x7fffffff) { mark.fill(0); this.candStamp = 1; }
    const st = this.candStamp;
    let reads = 0, nh = 0, nt = 0;
    for (let k = 0; k < nv; k++) {
      const id = fa[fo + k];
      if (id >= len) continue;
      const s = start[id], e = start[id + 1];
      if (e - s > cap) continue;
      const x = xs[wo + k];
      reads += e - s;
      for (let q = s; q < e; q++) {
        const pi = para[q];
        const a = acc[pi];
        const b = a + x * w[q];
        acc[pi] = b;
        nt += +(a === 0);
        if (b >= PARA_MIN && mark[pi] !== st) { mark[pi] = st; hits[nh++] = pi; }
      }
    }
    // The kept paragraphs, by (first feature of v met, paragraph index) as one sortable number.
    let n = 0;
    if (nh > 0) {
      if (this.wAt.length < len) this.wAt = new Float64Array(Math.max(len, this.wAt.length * 2));
      const has = this.wAt;
      if (this.byLenBuf.length < nh) this.byLenBuf = new Float64Array(Math.max(nh, this.byLenBuf.length * 2));
      const order = this.byLenBuf;
      let no = 0;
      for (let h = 0; h < nh; h++) {
        const pi = hits[h];
        if (!(acc[pi] >= PARA_MIN)) continue;
        const pv = vecs[pi];
        const pf = pv.fa, po = pv.fo, pn = pv.n;
        for (let i = 0; i < pn; i++) has[pf[po + i]] = 1;
        let first = 0;
        for (let k = 0; k < nv; k++) {
          const id = fa[fo + k];
          if (id < len && has[id] !== 0 && start[id + 1] - start[id] <= cap) { first = k; break; }
        }
        for (let i = 0; i < pn; i++) has[pf[po + i]] = 0;
        order[no++] = first * 4294967296 + pi;
      }
      const sorted = order.subarray(0, no);
      if (no > 1) sorted.sort();
      for (let i = 0; i < no; i++) {
        const pi = sorted[i] % 4294967296;
        keepPi[n] = pi;
        keepC[n++] = acc[pi];
      }
    }
    for (let k = 0; k < nv; k++) {
      const id = fa[fo + k];
      if (id >= len) continue;
      const s = start[id], e = start[id + 1];
      if (e - s > cap) continue;
      for (let q = s; q < e; q++) acc[para[q]] = 0;
    }
    this.stats.postingReads += reads;
    this.stats.candidates += nt;
    return n;
  }

  /**
   * The same similarities as allSims, reading fewer posting entries (prefix filtering, as in all-pairs
   * similarity search). Both vectors are L2-normalised with positive weights, so what a set S of the
   * draft paragraph's features can add to a cosine is at most min(Σ_S x·maxW, ‖x_S‖) (maxW: the largest
   * weight of the feature in any prior paragraph; Cauchy–Schwarz for the norm). The features with the
   * longest posting lists are put in S while that bound stays below PARA_MIN: a prior paragraph that
   * shares none of the other features (the generating ones) cannot reach PARA_MIN, so the candidates are
   * the paragraphs in the posting lists of the generating features. The cosine of each candidate is then
   * summed exactly as allSims sums it (the same terms in the same order, so the same bits), and the kept
   * paragraphs are put in allSims' order (first shared feature, then paragraph index). The result is
   * identical for every input; the cost is bounded by the rare features of the paragraph instead of its
   * common ones. Returns how many were kept (into keepPi / keepC), or −1 (nothing done) when no posting
   * list can be skipped or when checking the candidates would cost more than reading the skipped lists.
   */
  private boundedSims(v: Vec, post: PostingIndex, keepPi: Int32Array, keepC: Float64Array): number {
    const { start, para, maxW, cap, vecs } = post;
    const len = start.length - 1;
    const { fa, fo, n: nv, w: xs, wo } = v;
    if (this.ksBuf.length < nv) {
      const n = Math.max(nv, this.ksBuf.length * 2);
      this.ksBuf = new Int32Array(n);
      this.byLenBuf = new Float64Array(n);
      this.skipBuf = new Uint8Array(n);
    }
    // The features that count (in the index, not capped), in their order.
    const ks = this.ksBuf;
    let nk = 0;
    for (let k = 0; k < nv; k++) {
      const id = fa[fo + k];
      if (id >= len) continue;
      const n = start[id + 1] - start[id];
      if (n > 0 && n <= cap) ks[nk++] = k;
    }
    if (nk === 0) return 0;
    // Skip the longest lists while what they can add stays below PARA_MIN (with a margin for rounding).
    // Longest first, ties in feature order: one sortable number per feature, (cap + 1 − length)·2³² + k.
    const byLen = this.byLenBuf.subarray(0, nk);
    for (let i = 0; i < nk; i++) {
      const k = ks[i];
      const id = fa[fo + k];
      byLen[i] = (cap + 1 - (start[id + 1] - start[id])) * 4294967296 + k;
    }
    byLen.sort();
    const limit = PARA_MIN - 1e-9;
    let sumMax = 0, n2 = 0, skipped = 0, longestKept = 0;
    const skip = this.skipBuf;
    for (let i = 0; i < nk; i++) {
      const k = byLen[i] % 4294967296;
      const x = xs[wo + k];
      const id = fa[fo + k];
      const s1 = sumMax + x * maxW[id];
      const s2 = n2 + x * x;
      const len = start[id + 1] - start[id];
      if (Math.min(s1, Math.sqrt(s2)) >= limit) { if (len > longestKept) longestKept = len; continue; }
      sumMax = s1; n2 = s2; skip[k] = 1;
      skipped += len;
    }
    if (skipped === 0) return -1;
    // Checking a candidate reads its vector twice and the paragraph's features once.
    const perCand = (2 * para.length) / Math.max(1, vecs.length) + nk;
    // There are at least as many candidates as the longest generating list holds (session 9: the
    // decision below, made before the lists are read when it cannot come out otherwise; at 5,000
    // articles it falls back for 95 % of the paragraphs, and reading the lists first was most of this).
    if (longestKept * perCand > skipped) {
      for (let i = 0; i < nk; i++) skip[ks[i]] = 0;
      return -1;
    }
    // Candidates: the paragraphs in the lists of the generating features.
    if (this.candMark.length < vecs.length) {
      this.candMark = new Int32Array(Math.max(vecs.length, this.candMark.length * 2));
      this.candBuf = new Int32Array(this.candMark.length);
    }
    const mark = this.candMark;
    const cand = this.candBuf;
    const stamp = ++this.candStamp;
    if (stamp === 0x7fffffff) { mark.fill(0); this.candStamp = 1; }
    const st = this.candStamp;
    let nc = 0;
    let reads = 0;
    for (let i = 0; i < nk; i++) {
      const k = ks[i];
      if (skip[k]) continue;
      const id = fa[fo + k];
      const e = start[id + 1];
      reads += e - start[id];
      for (let q = start[id]; q < e; q++) {
        const pi = para[q];
        if (mark[pi] !== st) { mark[pi] = st; cand[nc++] = pi; }
      }
    }
    for (let i = 0; i < nk; i++) skip[ks[i]] = 0;
    if (nc * perCand > skipped) return -1;
    this.stats.postingReads += reads;
    this.stats.candidates += nc;
    if (this.wAt.length < len) this.wAt = new Float64Array(Math.max(len, this.wAt.length * 2));
    const wAt = this.wAt;
    const kept: { pi: number; c: number; first: number }[] = [];
    for (let j = 0; j < nc; j++) {
      const pi = cand[j];
      const pv = vecs[pi];
      const pf = pv.fa, po = pv.fo, pn = pv.n, pw = pv.w, pwo = pv.wo;
      for (let i = 0; i < pn; i++) wAt[pf[po + i]] = pw[pwo + i];
      let c = 0, first = -1;
      for (let i = 0; i < nk; i++) {
        const k = ks[i];
        const wv = wAt[fa[fo + k]];
        if (wv === 0) continue;
        if (first < 0) first = k;
        c += xs[wo + k] * wv;
      }
      for (let i = 0; i < pn; i++) wAt[pf[po + i]] = 0;
      if (c >= PARA_MIN) kept.push({ pi, c, first });
    }
    kept.sort((a, b) => a.first - b.first || a.pi - b.pi);
    for (let i = 0; i < kept.length; i++) { keepPi[i] = kept[i].pi; keepC[i] = kept[i].c; }
    return kept.length;
  }

  /**
   * Vectors and paragraph similarities of every draft article; the state of an article whose vectors
   * and similarities are the same objects as before is kept, the others are rebuilt (paragraph lists,
   * triples, mass) and marked dirty.
   */
  /**
   * The state of every draft article (vectors, similarities, per-paragraph lists) into run.states, from
   * run.next on; with a budget, stops after about that many articles computed (false: not done yet).
   */
  private draftStates(run: Run, dF: ArtFeat[], ps: PriorSide, post: PostingIndex, call: number, budget: number): boolean {
    const nD = dF.length;
    const { dirty, states, artMax, pMax, quiet } = run;
    const old = this.states;
    // Prior articles met by one paragraph (at most one per similarity; the run's touched list is free here).
    const artTouched = run.touched;
    let work = 0;
    for (let d = run.next; d < nD; d++) {
      if (budget > 0 && work >= budget) {
        run.next = d;
        return false;
      }
      const a = dF[d];
      let st: DraftState | undefined = old[d];
      if (quiet && st && st.feat === a) { states[d] = st; continue; }
      work++;
      const artVec = this.vecOf(a.art, call);
      let same = !!st && st.feat === a && st.artVec === artVec;
      for (let k = 0; k < a.paras.length; k++) {
        const f = a.paras[k];
        const v = this.vecOf(f, call);
        this.simsOf(f, v, post, run, call);
        if (same && (st!.paraVecs[k] !== v || st!.sims[k] !== f.simPi)) same = false;
      }
      if (same) { states[d] = st!; continue; }
      dirty[d] = 1;
      // Per paragraph: (prior article, best cosine in it); per article: (prior paragraph, best cosine).
      const np = a.paras.length;
      const paraVecs: Vec[] = new Array(np);
      const sims: (Int32Array | null)[] = new Array(np);
      let total = 0;
      for (let k = 0; k < np; k++) { paraVecs[k] = a.paras[k].vec!; sims[k] = a.paras[k].simPi; total += a.paras[k].simPi!.length; }
      const listStart = new Int32Array(np + 1);
      // Both lists hold at most one entry per similarity (scratch of that size, then exact copies).
      if (this.listBuf.length < total) { this.listBuf = new Int32Array(Math.max(total, this.listBuf.length * 2)); this.listCBuf = new Float64Array(this.listBuf.length); }
      if (this.tBuf.length < total) { this.tBuf = new Int32Array(Math.max(total, this.tBuf.length * 2)); this.tCBuf = new Float64Array(this.tBuf.length); }
      const listArt = this.listBuf, listC = this.listCBuf, tPi = this.tBuf, tC = this.tCBuf;
      let nl = 0, nt = 0;
      for (let k = 0; k < np; k++) {
        const f = a.paras[k];
        const sp = f.simPi!, sc = f.simC!;
        let na = 0;
        for (let t = 0; t < sp.length; t++) {
          const pi = sp[t];
          const c = sc[t];
          const pa = ps.pParaArt[pi];
          if (artMax[pa] === 0) artTouched[na++] = pa;
          if (c > artMax[pa]) artMax[pa] = c;
          if (pMax[pi] === 0) tPi[nt++] = pi;
          if (c > pMax[pi]) pMax[pi] = c;
        }
        for (let i = 0; i < na; i++) { const pa = artTouched[i]; listArt[nl] = pa; listC[nl++] = artMax[pa]; artMax[pa] = 0; }
        listStart[k + 1] = nl;
      }
      for (let i = 0; i < nt; i++) { const pi = tPi[i]; tC[i] = pMax[pi]; pMax[pi] = 0; }
      let mass = 0;
      for (let k = 0; k < np; k++) mass += paraVecs[k].mass;
      st = {
        feat: a, artVec, paraVecs, sims, mass: mass || 1,
        listStart, listArt: listArt.slice(0, nl), listC: listC.slice(0, nl), tPi: tPi.slice(0, nt), tC: tC.slice(0, nt),
        pairs: null, topRaw: undefined, cands: [], lo: -1, hi: -1,
        // The decision made from the old state stays until it is made again (its feeds are counted).
        chosen: old[d]?.chosen ?? null, mainP: old[d]?.mainP ?? -1, number: old[d]?.number ?? '', pin: old[d]?.pin, row: old[d]?.row ?? null,
        sameKey: old[d]?.sameKey ?? null, same: old[d]?.same ?? false,
      };
      states[d] = st;
    }
    run.next = nD;
    this.states = states;
    return true;
  }

  /**
   * The prior's best cosine per paragraph (over all draft articles) and the prior articles whose vector
   * or mass changed: the pairs of an article that meets one of them are rebuilt.
   */
  private priorChanges(ps: PriorSide, states: DraftState[], dirty: Uint8Array): void {
    const nPP = ps.pParas.length;
    const nP = ps.pV.length;
    const best = new Float64Array(nPP);
    for (const st of states) for (let t = 0; t < st.tPi.length; t++) if (st.tC[t] > best[st.tPi[t]]) best[st.tPi[t]] = st.tC[t];
    const piMoved = new Uint8Array(nPP);
    const pMoved = new Uint8Array(nP);
    let any = false;
    const oldBest = this.pParaBest;
    for (let pi = 0; pi < nPP; pi++) if (oldBest.length !== nPP || best[pi] !== oldBest[pi]) { piMoved[pi] = 1; any = true; }
    for (let p = 0; p < nP; p++) {
      if (this.pArtVec[p] !== ps.pV[p].art || this.pMassPrev[p] !== ps.pMass[p] || this.pMassPrev.length !== nP) { pMoved[p] = 1; any = true; }
    }
    this.pParaBest = best;
    this.pArtVec = ps.pV.map((a) => a.art);
    this.pMassPrev = ps.pMass;
    if (!any) return;
    for (let d = 0; d < states.length; d++) {
      if (dirty[d]) continue;
      const st = states[d];
      let hit = false;
      for (let t = 0; t < st.tPi.length && !hit; t++) if (piMoved[st.tPi[t]] || pMoved[ps.pParaArt[st.tPi[t]]]) hit = true;
      for (const x of st.pairs ?? []) if (pMoved[x.p]) { hit = true; break; }
      if (hit) { dirty[d] = 1; st.pairs = null; }
    }
  }

  /**
   * Paragraph flows into article pairs (d, p) for each dirty article, summed in the order a fresh run
   * sums them (paragraphs in order; triples in the order met):
   *   covD: share of D's mass whose best prior article is P (within TIE), weighted by the cosine;
   *   covP: share of P's mass whose best draft article is D (within TIE);
   *   raw = max(cos(D, P), (covD + covP) / 2, 0.9·max(covD, covP)).
   */
  private pairs(states: DraftState[], dirty: Uint8Array, ps: PriorSide): void {
    const best = this.pParaBest;
    // Position + 1 in `pairs` of the pair with each prior article (0: none yet; zero again after each article).
    const at = new Int32Array(ps.pV.length);
    if (this.scratch.length < this.fz.size) this.scratch = new Float64Array(Math.max(this.fz.size, this.scratch.length * 2));
    const scratch = this.scratch;
    for (let d = 0; d < states.length; d++) {
      if (!dirty[d]) continue;
      const st = states[d];
      const pairs: PairInfo[] = [];
      const get = (p: number): PairInfo => {
        const i = at[p];
        if (i > 0) return pairs[i - 1];
        const x: PairInfo = { d, p, covD: 0, covP: 0, cos: 0, raw: 0, score: 0 };
        pairs.push(x);
        at[p] = pairs.length;
        return x;
      };
      for (let k = 0; k < st.paraVecs.length; k++) {
        let top = 0;
        for (let i = st.listStart[k]; i < st.listStart[k + 1]; i++) top = Math.max(top, st.listC[i]);
        for (let i = st.listStart[k]; i < st.listStart[k + 1]; i++) {
          if (st.listC[i] >= top - TIE) get(st.listArt[i]).covD += (st.paraVecs[k].mass * st.listC[i]) / st.mass;
        }
      }
      for (let t = 0; t < st.tPi.length; t++) {
        const pi = st.tPi[t];
        if (st.tC[t] >= best[pi] - TIE) get(ps.pParaArt[pi]).covP += (ps.pParas[pi].mass * st.tC[t]) / ps.pMass[ps.pParaArt[pi]];
      }
      // The whole-article cosines: the draft article's weights spread once (dot() does the same per pair).
      const a = st.artVec;
      for (let i = 0; i < a.n; i++) scratch[a.fa[a.fo + i]] = a.w[a.wo + i];
      for (const x of pairs) {
        at[x.p] = 0;
        const b = ps.pV[x.p].art;
        let c = 0;
        for (let i = 0; i < b.n; i++) c += scratch[b.fa[b.fo + i]] * b.w[b.wo + i];
        x.cos = c;
        x.covD = Math.min(1, x.covD);
        x.covP = Math.min(1, x.covP);
        x.raw = Math.max(x.cos, (x.covD + x.covP) / 2, 0.9 * Math.max(x.covD, x.covP));
        x.score = x.raw;
      }
      for (let i = 0; i < a.n; i++) scratch[a.fa[a.fo + i]] = 0;
      let top: PairInfo | undefined;
      for (const x of pairs) if (!top || x.raw > top.raw || (x.raw === top.raw && x.p < top.p)) top = x;
      st.pairs = pairs;
      st.topRaw = top;
      st.lo = st.hi = -1; // scores to be recomputed
    }
  }

  /**
   * The best successor of each prior article (the draft article of its best pair by raw score; ties:
   * lower d). A draft article whose relation to a prior article's best successor changed is dirty.
   */
  private bestSuccessors(states: DraftState[], nP: number, dirty: Uint8Array): Int32Array {
    const top = new Int32Array(nP).fill(-1);
    const raw = new Float64Array(nP);
    for (let d = 0; d < states.length; d++) {
      for (const x of states[d].pairs!) if (top[x.p] < 0 || x.raw > raw[x.p]) { top[x.p] = d; raw[x.p] = x.raw; }
    }
    const old = this.topP;
    if (old.length === nP) {
      for (let p = 0; p < nP; p++) {
        if (old[p] === top[p]) continue;
        if (old[p] >= 0 && old[p] < states.length) dirty[old[p]] = 1;
        if (top[p] >= 0) dirty[top[p]] = 1;
      }
    } else dirty.fill(1);
    this.topP = top;
    return top;
  }

  /**
   * Weak positional prior from the monotone backbone of confident mutual-best anchors: the window
   * [lo, hi] of prior indices expected for each draft article; a candidate inside it (or near) gets a
   * small bonus that only ranks candidates. Candidates are re-sorted where the pairs or the window changed.
   */
  private positions(states: DraftState[], byP: Int32Array, nP: number, dirty: Uint8Array): void {
    const nD = states.length;
    const anchors: { x: number; y: number; w: number }[] = [];
    for (let d = 0; d < nD; d++) {
      const top = states[d].topRaw;
      if (top && top.raw >= ANCHOR_MIN && byP[top.p] === d) anchors.push({ x: d, y: top.p, w: top.raw });
    }
    const chainIdx = heaviestChain(anchors);
    const chain = anchors.filter((_, i) => chainIdx.has(i));
    let c = 0;
    for (let d = 0; d < nD; d++) {
      let lo: number, hi: number;
      while (c < chain.length && chain[c].x < d) c++;
      const before = c > 0 ? chain[c - 1] : null;
      if (c < chain.length && chain[c].x === d) lo = hi = chain[c].y;
      else {
        const after = c < chain.length ? chain[c] : null;
        lo = before ? before.y + 1 : 0;
        hi = after ? after.y - 1 : nP - 1;
        if (hi < lo) { const t = lo; lo = hi; hi = t; }
      }
      const st = states[d];
      if (st.lo === lo && st.hi === hi && !dirty[d]) continue;
      dirty[d] = 1;
      st.lo = lo;
      st.hi = hi;
      for (const x of st.pairs!) {
        if (x.raw < POS_GATE) { x.score = x.raw; continue; }
        const dist = x.p < lo ? lo - x.p : x.p > hi ? x.p - hi : 0;
        x.score = Math.min(1, x.raw + POS_BONUS * Math.exp(-dist / 2));
      }
      st.cands = st.pairs!.slice().sort((a, b) => b.score - a.score || a.p - b.p);
    }
  }

  /**
   * Decisions for the dirty articles (and those whose pin or number changed). A main predecessor needs
   * STRONG evidence (score ≥ STRONG, above every background pair seen in calibration), or THRESHOLD plus
   * mutuality (D is also P's best successor). Further predecessors only if they bring content the main
   * one does not explain (ADD_MIN), or most of P2 lands in D and D is P2's best successor (FEED_MIN).
   */
  private decisions(draft: ArticleText[], prior: ArticleText[], states: DraftState[], byP: Int32Array, pins: Map<string, string[]>, dirty: Uint8Array): void {
    let priorIdx: Map<string, number> | null = null;
    const feeds = this.feeds;
    const count = (l: PriorCandidate[] | null, by: number) => {
      for (const c of l ?? []) {
        const n = (feeds.get(c.prior) ?? 0) + by;
        if (n) feeds.set(c.prior, n);
        else feeds.delete(c.prior);
      }
    };
    for (let d = 0; d < states.length; d++) {
      const st = states[d];
      const number = draft[d].number;
      const pin = pins.get(number);
      if (!dirty[d] && st.chosen && st.number === number && samePin(st.pin, pin)) continue;
      dirty[d] = 1;
      count(st.chosen, -1);
      st.number = number;
      st.pin = pin && [...pin];
      if (pin) {
        if (!priorIdx) { priorIdx = new Map(); prior.forEach((a, i) => { if (!priorIdx!.has(a.number)) priorIdx!.set(a.number, i); }); }
        st.chosen = pin.map((n) => ({ prior: n, score: 1 }));
        st.mainP = pin.length ? priorIdx.get(pin[0]) ?? -1 : -1;
      } else {
        const r = decide(st, d, prior, byP);
        st.chosen = r.chosen;
        st.mainP = r.mainP;
      }
      count(st.chosen, 1);
    }
  }

  /**
   * Status: unchanged (same number, identical text up to whitespace), merged (≥2 predecessors), split
   * (the predecessor also feeds another draft article), moved (the predecessor is off the monotone
   * backbone of main matches, or sits in a prior section other than the one the draft section mostly
   * derives from), changed (otherwise), new (none).
   */
  private statuses(draft: ArticleText[], prior: ArticleText[], states: DraftState[], dirty: Uint8Array): ArticleMatch[] {
    const nD = states.length;
    // The backbone of main matches and the section map change only with the mains (and sections).
    const key = new Float64Array(nD * 2);
    for (let d = 0; d < nD; d++) { key[2 * d] = states[d].mainP; key[2 * d + 1] = states[d].mainP >= 0 ? states[d].chosen![0].score : 0; }
    let global = key.length !== this.mainsKey.length;
    for (let i = 0; i < key.length && !global; i++) if (key[i] !== this.mainsKey[i]) global = true;
    const secKey = draft.map((a) => a.section ?? '\u0000');
    if (!global && this.lastSections.length === nD) for (let d = 0; d < nD && !global; d++) if (secKey[d] !== this.lastSections[d]) global = true;
    if (this.lastSections.length !== nD) global = true;
    if (global) {
      this.mainsKey = key;
      this.lastSections = secKey;
      const mains: { x: number; y: number; w: number }[] = [];
      for (let d = 0; d < nD; d++) if (states[d].mainP >= 0) mains.push({ x: d, y: states[d].mainP, w: states[d].chosen![0].score });
      const mainChainIdx = heaviestChain(mains);
      this.onChain = new Uint8Array(nD);
      mains.forEach((m, i) => { if (mainChainIdx.has(i)) this.onChain[m.x] = 1; });
      // section mapping: draft section -> prior section most of its articles derive from
      const secVotes = new Map<string, Map<string, number>>();
      for (let d = 0; d < nD; d++) {
        const mp = states[d].mainP;
        if (mp < 0) continue;
        const ds = draft[d].section ?? '', psec = prior[mp].section ?? '';
        const m = secVotes.get(ds) ?? new Map<string, number>();
        m.set(psec, (m.get(psec) ?? 0) + 1);
        secVotes.set(ds, m);
      }
      this.secMap = new Map();
      for (const [ds, m] of secVotes) {
        let b = '', bv = -1;
        for (const [psec, v] of m) if (v > bv) { b = psec; bv = v; }
        this.secMap.set(ds, b);
      }
    }
    const feeds = this.feeds;
    const rows: ArticleMatch[] = new Array(nD);
    for (let d = 0; d < nD; d++) {
      const st = states[d];
      const a = draft[d];
      const matches = st.chosen!;
      let status: ArticleMatch['status'];
      if (!matches.length) status = 'new';
      else if (matches.length > 1) status = 'merged';
      else if ((feeds.get(matches[0].prior) ?? 0) > 1) status = 'split';
      else {
        const p = st.mainP;
        if (p >= 0 && prior[p].number === a.number && this.sameText(st, a.text, prior[p].text)) status = 'unchanged';
        else if (p < 0) status = 'changed';
        else {
          const secMoved = (a.section !== undefined || prior[p].section !== undefined) &&
            this.secMap.get(a.section ?? '') !== (prior[p].section ?? '');
          status = !this.onChain[d] || secMoved ? 'moved' : 'changed';
        }
      }
      const old = st.row;
      rows[d] = st.row = old && !dirty[d] && old.status === status && old.draft === a.number && old.matches === matches
        ? old
        : { draft: a.number, matches, status };
    }
    return rows;
  }
  private lastSections: string[] = [];

  /** Same text up to whitespace, remembered for the last pair of texts of the article. */
  private sameText(st: DraftState, a: string, b: string): boolean {
    if (!st.sameKey || st.sameKey[0] !== a || st.sameKey[1] !== b) {
      st.sameKey = [a, b];
      st.same = a === b || sameUpToWs(a, b);
    }
    return st.same;
  }
}

function samePin(a: string[] | undefined, b: string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The decision for one draft article without a pin: its predecessors, best first, and the main one. */
function decide(st: DraftState, d: number, prior: ArticleText[], byP: Int32Array): { chosen: PriorCandidate[]; mainP: number } {
  const cands = st.cands;
  const top = cands[0];
  const accept = (x: PairInfo) => x.raw >= STRONG || (x.raw >= THRESHOLD && byP[x.p] === d);
  if (!top || !accept(top)) return { chosen: [], mainP: -1 };
  const out: PriorCandidate[] = [{ prior: prior[top.p].number, score: round(top.score) }];
  /** Best cosine of paragraph k with any paragraph of prior article p. */
  const paraSim = (k: number, p: number): number => {
    for (let i = st.listStart[k]; i < st.listStart[k + 1]; i++) if (st.listArt[i] === p) return st.listC[i];
    return 0;
  };
  for (let c = 1; c < cands.length && out.length < 6; c++) {
    const x = cands[c];
    if (x.score < THRESHOLD) break;
    // added value: D's paragraphs better explained by P2 than by the main predecessor
    let add = 0;
    for (let k = 0; k < st.paraVecs.length; k++) {
      const cx = paraSim(k, x.p);
      const cm = paraSim(k, top.p);
      if (cx > cm + TIE) add += (st.paraVecs[k].mass * (cx - cm)) / st.mass;
    }
    // or: most of P2 lands in D, and D is P2's best successor
    if (add >= ADD_MIN || (x.covP >= FEED_MIN && byP[x.p] === d)) out.push({ prior: prior[x.p].number, score: round(x.score) });
  }
  return { chosen: out, mainP: top.p };
}

/** The concordance of a draft with a prior constitution (a fresh Matcher: nothing reused). */
export function matchArticles(
  draft: ArticleText[],
  prior: ArticleText[],
  opts: MatchOptions = {},
): MatchResult {
  return new Matcher().match(draft, prior, opts);
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}
