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
// LIS; 100×100 articles run in ≈20–30 ms, 5,000×5,000 in ≈1.5 s (Node 20).
// `opts.lang` is accepted for callers' convenience; the algorithm does not depend on it.

export interface ArticleText {
  number: string;
  text: string;
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
}
export interface MatchOptions {
  lang?: 'ru' | 'kk' | 'en';
  pins?: Map<string, string[]>;
  /** Also return the raw score of every pair (tests check that reuse changes no number). */
  explain?: boolean;
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
    this.ka = new Int32Array(ka.length * 2).fill(-1);
    this.kb = new Int32Array(ka.length * 2);
    this.v = new Int32Array(ka.length * 2);
    this.n = 0;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== -1) this.set(ka[i], kb[i], v[i]);
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
 */
interface Feat {
  ids: Int32Array;
  tf: Int32Array;
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

function newFeat(ids: Int32Array, tf: Int32Array): Feat {
  return { ids, tf, vec: null, vecAt: -1, vecOk: -1, simPi: null, simC: null, simOk: -1, simVecAt: -1, simPrior: -1 };
}

/** Interns words → unigram feature ids and stem pairs → bigram feature ids. */
class Featurizer {
  private wordCache = new Map<string, number>();
  private stemIds = new Map<string, number>();
  private bigramIds = new PairTable();
  isBigram: number[] = [];
  /** Scratch: position + 1 of an id in the list being built (0 = absent). */
  private slot = new Int32Array(1024);
  get size(): number { return this.isBigram.length; }
  /** Distinct ids of a sequence with repetition, in order of first occurrence, with their counts. */
  distinct(seq: ArrayLike<number>, counts?: ArrayLike<number>): { ids: Int32Array; tf: Int32Array } {
    if (this.slot.length < this.isBigram.length) {
      const grown = new Int32Array(Math.max(this.isBigram.length, this.slot.length * 2));
      this.slot = grown;
    }
    const slot = this.slot;
    const ids: number[] = [];
    const tf: number[] = [];
    for (let i = 0; i < seq.length; i++) {
      const id = seq[i];
      const c = counts ? counts[i] : 1;
      const at = slot[id];
      if (at === 0) { ids.push(id); tf.push(c); slot[id] = ids.length; } else tf[at - 1] += c;
    }
    for (let i = 0; i < ids.length; i++) slot[ids[i]] = 0;
    return { ids: Int32Array.from(ids), tf: Int32Array.from(tf) };
  }
  /** Features of one paragraph: stems and pairs of adjacent stems, in text order. */
  paragraph(text: string): Feat {
    const uni: number[] = [];
    const t = lowerText(text);
    const n = t.length;
    for (let i = 0; i < n; ) {
      if (!isLetter(t.charCodeAt(i))) { i++; continue; }
      let j = i + 1;
      while (j < n && isLetter(t.charCodeAt(j))) j++;
      const word = t.slice(i, j);
      i = j;
      let id = this.wordCache.get(word);
      if (id === undefined) {
        const s = stemWord(word, STEM_LEN);
        if (s === null) id = -1;
        else {
          id = this.stemIds.get(s);
          if (id === undefined) { id = this.isBigram.length; this.isBigram.push(0); this.stemIds.set(detach(s), id); }
        }
        if (word.length <= 40) this.wordCache.set(detach(word), id);
      }
      if (id >= 0) uni.push(id);
    }
    const seq: number[] = [];
    for (let i = 0; i < uni.length; i++) {
      seq.push(uni[i]);
      if (i + 1 < uni.length) {
        let b = this.bigramIds.get(uni[i], uni[i + 1]);
        if (b < 0) { b = this.isBigram.length; this.isBigram.push(1); this.bigramIds.set(uni[i], uni[i + 1], b); }
        seq.push(b);
      }
    }
    const { ids, tf } = this.distinct(seq);
    return newFeat(ids, tf);
  }
  /** Features of an article: those of its paragraphs, counts added up. */
  article(paras: Feat[]): Feat {
    let len = 0;
    for (const p of paras) len += p.ids.length;
    const seq = new Int32Array(len);
    const counts = new Int32Array(len);
    let o = 0;
    for (const p of paras) { seq.set(p.ids, o); counts.set(p.tf, o); o += p.ids.length; }
    const { ids, tf } = this.distinct(seq, counts);
    return newFeat(ids, tf);
  }
}

interface Vec {
  ids: Int32Array;
  w: Float64Array; // L2-normalised weights
  mass: number; // information mass: sum of idf of unigram tokens
}

/** Features with counts → TF-IDF vector (sublinear tf), L2-normalised. */
function vectorize(f: Feat, idf: Float64Array, isBigram: number[]): Vec {
  const { ids, tf } = f;
  const w = new Float64Array(ids.length);
  let n2 = 0, mass = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const x = (1 + Math.log(tf[k])) * idf[id];
    w[k] = x;
    n2 += x * x;
    if (!isBigram[id]) mass += tf[k] * idf[id];
  }
  const n = Math.sqrt(n2) || 1;
  for (let k = 0; k < ids.length; k++) w[k] /= n;
  return { ids, w, mass };
}

function dot(a: Vec, b: Vec, scratch: Float64Array): number {
  for (let i = 0; i < a.ids.length; i++) scratch[a.ids[i]] = a.w[i];
  let s = 0;
  for (let i = 0; i < b.ids.length; i++) s += scratch[b.ids[i]] * b.w[i];
  for (let i = 0; i < a.ids.length; i++) scratch[a.ids[i]] = 0;
  return s;
}

// ---------------------------------------------------------------- helpers ----
/** Paragraphs of an article; falls back to the text split on lines. */
function parasOf(a: ArticleText): string[] {
  const p = a.paragraphs && a.paragraphs.length ? a.paragraphs : a.text.split(/\n+/);
  return p.filter((x) => x.trim().length > 0);
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
  addD: number; // share of D's mass explained better by P than by anything in the main predecessor (filled later)
  raw: number;
  score: number;
}

/** Beyond this many features the vocabulary (and everything cached against it) starts again. */
const MAX_VOCABULARY = 4_000_000;

/**
 * The matcher with memory: `match` returns exactly what a fresh `matchArticles` returns (every sum runs
 * in the same order over the same values), but reuses the work of the previous calls wherever its
 * inputs did not change (issue 17.4):
 *   - the features of a paragraph, by its text (bounded cache), and of an article, by its paragraph list;
 *   - a vector, while the idf of each of its features is the one it was computed with (a keystroke
 *     changes the document frequency of a handful of features, if any);
 *   - the similarities of a draft paragraph with the prior paragraphs, while its vector and the vectors
 *     of the prior paragraphs it can meet (through a feature that is not capped) are unchanged.
 * The decisions that follow (pairs, positional prior, statuses) are global and are recomputed; they are
 * cheap. Keep one Matcher per draft (the LSP keeps one per open document).
 */
export class Matcher {
  private fz = new Featurizer();
  private paraCache = new GenerationalCache<string, Feat>({ entries: 200_000, weight: 20_000_000 }, (k) => k.length + 64);
  private artCache = new WeakMap<readonly string[], { paras: Feat[]; art: Feat }>();
  private call = 0;
  private df = new Int32Array(0);
  private idf = new Float64Array(0);
  /** Call at which the idf of a feature last changed. */
  private idfAt = new Int32Array(0);
  /** Call at which a prior paragraph holding the feature (not capped) last changed its vector. */
  private priorAt = new Int32Array(0);
  private lastN = -1;
  /** The last calls at which an idf changed, and at which a prior paragraph's vector changed. */
  private idfChanged = 0;
  private priorChanged = 0;
  /** The prior paragraphs (their features) of the last call, and a number for that prior. */
  private priorParas: Feat[] = [];
  private priorNo = 0;

  private reset(): void {
    this.fz = new Featurizer();
    this.paraCache.clear();
    this.artCache = new WeakMap();
    this.df = new Int32Array(0);
    this.idf = new Float64Array(0);
    this.idfAt = new Int32Array(0);
    this.priorAt = new Int32Array(0);
    this.lastN = -1;
    this.idfChanged = 0;
    this.priorChanged = 0;
    this.priorParas = [];
    this.priorNo++;
  }

  private paraFeat(text: string): Feat {
    let f = this.paraCache.get(text);
    if (f === undefined) {
      f = this.fz.paragraph(text);
      this.paraCache.set(detach(text), f);
    }
    return f;
  }

  private articleFeat(a: ArticleText): { paras: Feat[]; art: Feat } {
    const key = a.paragraphs && a.paragraphs.length ? a.paragraphs : null;
    const hit = key ? this.artCache.get(key) : undefined;
    if (hit) return hit;
    const paras = parasOf(a).map((t) => this.paraFeat(t));
    const r = { paras, art: this.fz.article(paras) };
    if (key) this.artCache.set(key, r);
    return r;
  }

  match(draft: ArticleText[], prior: ArticleText[], opts: MatchOptions = {}): MatchResult {
    if (this.fz.size > MAX_VOCABULARY) this.reset();
    const call = ++this.call;
    return this.run(draft, prior, opts, call);
  }

  private run(draft: ArticleText[], prior: ArticleText[], opts: MatchOptions, call: number): MatchResult {
  const pins = opts.pins ?? new Map<string, string[]>();
  const nD = draft.length;
  const nP = prior.length;
  const fz = this.fz;

  // --- features; document frequencies over the union corpus (documents = articles) ---
  const dF = draft.map((a) => this.articleFeat(a));
  const pF = prior.map((a) => this.articleFeat(a));
  const V = fz.size;
  if (this.idf.length < V) {
    const grow = <T extends Int32Array | Float64Array>(x: T, make: (n: number) => T): T => { const y = make(Math.max(V, x.length * 2)); y.set(x as any); return y; };
    this.df = grow(this.df, (n) => new Int32Array(n));
    this.idf = grow(this.idf, (n) => new Float64Array(n));
    this.idfAt = grow(this.idfAt, (n) => new Int32Array(n));
    this.priorAt = grow(this.priorAt, (n) => new Int32Array(n));
  }
  const df = new Int32Array(this.df.length);
  for (const arts of [dF, pF]) for (const a of arts) { const ids = a.art.ids; for (let i = 0; i < ids.length; i++) df[ids[i]]++; }
  const N = nD + nP;
  const idf = this.idf;
  const idfAt = this.idfAt;
  const allNew = N !== this.lastN;
  for (let id = 0; id < V; id++) {
    if (allNew || df[id] !== this.df[id]) {
      idf[id] = Math.log((N + 1) / (df[id] + 0.5));
      idfAt[id] = call;
      this.idfChanged = call;
    }
  }
  this.df = df;
  this.lastN = N;
  /** The vector of `f`, computed again only if the idf of one of its features changed since. */
  const idfChanged = this.idfChanged;
  const vecOf = (f: Feat): Vec => {
    if (f.vec) {
      let fresh = f.vecOk >= idfChanged;
      if (!fresh) {
        fresh = true;
        const ids = f.ids;
        for (let i = 0; i < ids.length; i++) if (idfAt[ids[i]] > f.vecOk) { fresh = false; break; }
      }
      if (fresh) { f.vecOk = call; return f.vec; }
    }
    f.vec = vectorize(f, idf, fz.isBigram);
    f.vecAt = f.vecOk = call;
    return f.vec;
  };
  const dV = dF.map((a) => ({ art: vecOf(a.art), paras: a.paras.map(vecOf) }));
  const pV = pF.map((a) => ({ art: vecOf(a.art), paras: a.paras.map(vecOf) }));

  // flat paragraph lists
  const dParaArt: number[] = [];
  const dParas: Vec[] = [];
  const dParaFeat: Feat[] = [];
  const dParaStart: number[] = [];
  dV.forEach((a, ai) => { dParaStart.push(dParas.length); a.paras.forEach((v, k) => { dParas.push(v); dParaArt.push(ai); dParaFeat.push(dF[ai].paras[k]); }); });
  dParaStart.push(dParas.length);
  const pParaArt: number[] = [];
  const pParas: Vec[] = [];
  const pParaFeat: Feat[] = [];
  pV.forEach((a, ai) => a.paras.forEach((v, k) => { pParas.push(v); pParaArt.push(ai); pParaFeat.push(pF[ai].paras[k]); }));
  const nDP = dParas.length, nPP = pParas.length;

  // --- inverted index over prior paragraphs (CSR layout) ---
  const postStart = new Int32Array(V + 1);
  for (const v of pParas) for (let k = 0; k < v.ids.length; k++) postStart[v.ids[k] + 1]++;
  for (let i = 0; i < V; i++) postStart[i + 1] += postStart[i];
  const fill = postStart.slice(0, V);
  const postPara = new Int32Array(postStart[V]);
  const postW = new Float64Array(postStart[V]);
  for (let pi = 0; pi < nPP; pi++) {
    const v = pParas[pi];
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++;
      postPara[at] = pi;
      postW[at] = v.w[k];
    }
  }
  // Features with longer posting lists are frequent, hence low-IDF: skipping them bounds the
  // cost and changes cosines only slightly.
  const cap = Math.max(200, Math.ceil(Math.sqrt(nPP) * 4));

  // Which prior is this? The same paragraphs (features) in the same order: the same prior, and the
  // similarities kept with the draft paragraphs (indices into pParas) still apply.
  const samePrior = this.priorParas.length === nPP && pParaFeat.every((f, i) => f === this.priorParas[i]);
  if (!samePrior) { this.priorNo++; this.priorParas = pParaFeat; }
  const priorNo = this.priorNo;
  const priorAt = this.priorAt;
  // Prior paragraphs whose vector changed in this call: mark their features that are not capped
  // (a draft paragraph meets a prior paragraph only through those).
  for (let pi = 0; pi < nPP; pi++) {
    const f = pParaFeat[pi];
    if (f.vecAt !== call) continue;
    for (let k = 0; k < f.ids.length; k++) {
      const id = f.ids[k];
      if (postStart[id + 1] - postStart[id] <= cap) { priorAt[id] = call; this.priorChanged = call; }
    }
  }

  const priorChanged = this.priorChanged;
  // --- sparse paragraph similarities ---
  const acc = new Float64Array(nPP);
  const touched: number[] = [];
  /** Prior paragraphs with cosine ≥ PARA_MIN for one draft paragraph, kept with its features. */
  const simsOf = (f: Feat, v: Vec): void => {
    if (f.simPi && f.simPrior === priorNo && f.simVecAt === f.vecAt) {
      let fresh = f.simOk >= priorChanged;
      if (!fresh) {
        fresh = true;
        const ids = f.ids;
        for (let i = 0; i < ids.length; i++) if (priorAt[ids[i]] > f.simOk) { fresh = false; break; }
      }
      if (fresh) { f.simOk = call; return; }
    }
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k];
      const s = postStart[id], e = postStart[id + 1];
      if (e - s > cap) continue;
      const x = v.w[k];
      for (let q = s; q < e; q++) {
        const pi = postPara[q];
        if (acc[pi] === 0) touched.push(pi);
        acc[pi] += x * postW[q];
      }
    }
    const keepPi: number[] = [];
    const keepC: number[] = [];
    for (let t = 0; t < touched.length; t++) {
      const pi = touched[t];
      const c = acc[pi];
      acc[pi] = 0;
      if (c < PARA_MIN) continue;
      keepPi.push(pi);
      keepC.push(c);
    }
    touched.length = 0;
    f.simPi = Int32Array.from(keepPi);
    f.simC = Float64Array.from(keepC);
    f.simOk = call;
    f.simVecAt = f.vecAt;
    f.simPrior = priorNo;
  };
  // dList: per draft paragraph, (prior article, best paragraph cosine in it)
  const dListStart = new Int32Array(nDP + 1);
  const dListArt: number[] = [];
  const dListC: number[] = [];
  // triples (prior paragraph, draft article, best cosine with any paragraph of that article)
  const tP: number[] = [], tD: number[] = [], tC: number[] = [];
  const pParaBest = new Float64Array(nPP);
  const artMax = new Float64Array(nP);
  const artTouched: number[] = [];
  const pMax = new Float64Array(nPP);
  const pTouched: number[] = [];
  for (let d = 0; d < nD; d++) {
    for (let di = dParaStart[d]; di < dParaStart[d + 1]; di++) {
      const f = dParaFeat[di];
      simsOf(f, dParas[di]);
      const sp = f.simPi!, sc = f.simC!;
      for (let t = 0; t < sp.length; t++) {
        const pi = sp[t];
        const c = sc[t];
        const pa = pParaArt[pi];
        if (artMax[pa] === 0) artTouched.push(pa);
        if (c > artMax[pa]) artMax[pa] = c;
        if (pMax[pi] === 0) pTouched.push(pi);
        if (c > pMax[pi]) pMax[pi] = c;
      }
      for (const pa of artTouched) { dListArt.push(pa); dListC.push(artMax[pa]); artMax[pa] = 0; }
      artTouched.length = 0;
      dListStart[di + 1] = dListArt.length;
    }
    for (const pi of pTouched) {
      const c = pMax[pi];
      tP.push(pi); tD.push(d); tC.push(c);
      if (c > pParaBest[pi]) pParaBest[pi] = c;
      pMax[pi] = 0;
    }
    pTouched.length = 0;
  }
  /** Best cosine of draft paragraph di with any paragraph of prior article p. */
  const dParaSim = (di: number, p: number): number => {
    for (let k = dListStart[di]; k < dListStart[di + 1]; k++) if (dListArt[k] === p) return dListC[k];
    return 0;
  };

  // --- paragraph flows into article pairs ---
  const pairs = new Map<number, PairInfo>();
  const key = (d: number, p: number) => d * (nP + 1) + p;
  const getPair = (d: number, p: number): PairInfo => {
    const k = key(d, p);
    let x = pairs.get(k);
    if (!x) { x = { d, p, covD: 0, covP: 0, addD: 0, raw: 0, score: 0 }; pairs.set(k, x); }
    return x;
  };
  const dMass = dV.map((a) => a.paras.reduce((s, v) => s + v.mass, 0) || 1);
  const pMass = pV.map((a) => a.paras.reduce((s, v) => s + v.mass, 0) || 1);
  for (let di = 0; di < nDP; di++) {
    let best = 0;
    for (let k = dListStart[di]; k < dListStart[di + 1]; k++) best = Math.max(best, dListC[k]);
    const d = dParaArt[di];
    for (let k = dListStart[di]; k < dListStart[di + 1]; k++) {
      if (dListC[k] >= best - TIE) getPair(d, dListArt[k]).covD += (dParas[di].mass * dListC[k]) / dMass[d];
    }
  }
  for (let t = 0; t < tP.length; t++) {
    const pi = tP[t];
    if (tC[t] >= pParaBest[pi] - TIE) getPair(tD[t], pParaArt[pi]).covP += (pParas[pi].mass * tC[t]) / pMass[pParaArt[pi]];
  }
  const scratch = new Float64Array(V);
  for (const x of pairs.values()) {
    const cos = dot(dV[x.d].art, pV[x.p].art, scratch);
    x.covD = Math.min(1, x.covD);
    x.covP = Math.min(1, x.covP);
    x.raw = Math.max(cos, (x.covD + x.covP) / 2, 0.9 * Math.max(x.covD, x.covP));
    x.score = x.raw;
  }

  // candidates per draft article and per prior article
  const byD: PairInfo[][] = Array.from({ length: nD }, () => []);
  const byP: PairInfo[][] = Array.from({ length: nP }, () => []);
  for (const x of pairs.values()) { byD[x.d].push(x); byP[x.p].push(x); }
  for (const l of byD) l.sort((a, b) => b.raw - a.raw || a.p - b.p);
  for (const l of byP) l.sort((a, b) => b.raw - a.raw || a.d - b.d);
  const mutual = (x: PairInfo) => byD[x.d][0] === x && byP[x.p][0] === x;

  // --- positional prior from the monotone backbone of confident mutual-best anchors ---
  const anchors: { x: number; y: number; w: number }[] = [];
  for (let d = 0; d < nD; d++) {
    const top = byD[d][0];
    if (top && top.raw >= ANCHOR_MIN && mutual(top)) anchors.push({ x: d, y: top.p, w: top.raw });
  }
  const chainIdx = heaviestChain(anchors);
  const chain = anchors.filter((_, i) => chainIdx.has(i));
  // window [lo, hi] of prior indices expected for each draft index
  const lo = new Int32Array(nD), hi = new Int32Array(nD);
  {
    let c = 0;
    for (let d = 0; d < nD; d++) {
      while (c < chain.length && chain[c].x < d) c++;
      const before = c > 0 ? chain[c - 1] : null;
      if (c < chain.length && chain[c].x === d) { lo[d] = hi[d] = chain[c].y; continue; }
      const after = c < chain.length ? chain[c] : null;
      lo[d] = before ? before.y + 1 : 0;
      hi[d] = after ? after.y - 1 : nP - 1;
      if (hi[d] < lo[d]) { const t = lo[d]; lo[d] = hi[d]; hi[d] = t; }
    }
  }
  for (const x of pairs.values()) {
    if (x.raw < POS_GATE) continue;
    const dist = x.p < lo[x.d] ? lo[x.d] - x.p : x.p > hi[x.d] ? x.p - hi[x.d] : 0;
    x.score = Math.min(1, x.raw + POS_BONUS * Math.exp(-dist / 2));
  }
  for (const l of byD) l.sort((a, b) => b.score - a.score || a.p - b.p);

  // --- decisions ---
  const priorIdx = new Map<string, number>();
  prior.forEach((a, i) => { if (!priorIdx.has(a.number)) priorIdx.set(a.number, i); });
  // A main predecessor needs STRONG evidence (score ≥ STRONG, above every background pair seen
  // in calibration), or THRESHOLD plus mutuality (D is also P's best successor).
  const accept = (x: PairInfo) => x.raw >= STRONG || (x.raw >= THRESHOLD && byP[x.p][0] === x);
  const chosen: PriorCandidate[][] = [];
  const mainP: number[] = new Array(nD).fill(-1); // index of main predecessor (-1 = none / unknown)
  for (let d = 0; d < nD; d++) {
    const pin = pins.get(draft[d].number);
    if (pin) {
      chosen.push(pin.map((n) => ({ prior: n, score: 1 })));
      mainP[d] = pin.length ? priorIdx.get(pin[0]) ?? -1 : -1;
      continue;
    }
    const cands = byD[d];
    const top = cands[0];
    if (!top || !accept(top)) { chosen.push([]); continue; }
    const out: PriorCandidate[] = [{ prior: prior[top.p].number, score: round(top.score) }];
    mainP[d] = top.p;
    // added value of secondary candidates: D's paragraphs better explained by P2 than by main
    for (let c = 1; c < cands.length && out.length < 6; c++) {
      const x = cands[c];
      if (x.score < THRESHOLD) break;
      let add = 0;
      for (let di = dParaStart[d]; di < dParaStart[d + 1]; di++) {
        const cx = dParaSim(di, x.p);
        const cm = dParaSim(di, top.p);
        if (cx > cm + TIE) add += (dParas[di].mass * (cx - cm)) / dMass[d];
      }
      x.addD = add;
      // share of P2 whose best draft article is D
      if (add >= ADD_MIN || (x.covP >= FEED_MIN && byP[x.p][0]?.d === d)) {
        out.push({ prior: prior[x.p].number, score: round(x.score) });
      }
    }
    chosen.push(out);
  }

  // --- status ---
  const feeds = new Map<string, number>();
  for (const l of chosen) for (const c of l) feeds.set(c.prior, (feeds.get(c.prior) ?? 0) + 1);
  // monotone backbone of main matches
  const mains: { x: number; y: number; w: number }[] = [];
  for (let d = 0; d < nD; d++) if (mainP[d] >= 0) mains.push({ x: d, y: mainP[d], w: chosen[d][0].score });
  const mainChainIdx = heaviestChain(mains);
  const onChain = new Set<number>();
  mains.forEach((m, i) => { if (mainChainIdx.has(i)) onChain.add(m.x); });
  // section mapping: draft section -> prior section most of its articles derive from
  const secVotes = new Map<string, Map<string, number>>();
  for (let d = 0; d < nD; d++) {
    if (mainP[d] < 0) continue;
    const ds = draft[d].section ?? '', ps = prior[mainP[d]].section ?? '';
    const m = secVotes.get(ds) ?? new Map<string, number>();
    m.set(ps, (m.get(ps) ?? 0) + 1);
    secVotes.set(ds, m);
  }
  const secMap = new Map<string, string>();
  for (const [ds, m] of secVotes) {
    let b = '', bv = -1;
    for (const [ps, v] of m) if (v > bv) { b = ps; bv = v; }
    secMap.set(ds, b);
  }

  const rows: ArticleMatch[] = draft.map((a, d) => {
    const matches = chosen[d];
    let status: ArticleMatch['status'];
    if (!matches.length) status = 'new';
    else if (matches.length > 1) status = 'merged';
    else if ((feeds.get(matches[0].prior) ?? 0) > 1) status = 'split';
    else {
      const p = mainP[d];
      if (p >= 0 && prior[p].number === a.number && normalizeWs(prior[p].text) === normalizeWs(a.text)) status = 'unchanged';
      else if (p < 0) status = 'changed';
      else {
        const secMoved = (a.section !== undefined || prior[p].section !== undefined) &&
          secMap.get(a.section ?? '') !== (prior[p].section ?? '');
        status = !onChain.has(d) || secMoved ? 'moved' : 'changed';
      }
    }
    return { draft: a.number, matches, status };
  });
  const used = new Set<string>();
  for (const l of chosen) for (const c of l) used.add(c.prior);
  const dropped = prior.filter((a) => !used.has(a.number)).map((a) => a.number);
  if (opts.explain) return { rows, dropped, pairs: [...pairs.values()].map((x) => ({ d: x.d, p: x.p, raw: x.raw, score: x.score })) };
  return { rows, dropped };
  }
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
