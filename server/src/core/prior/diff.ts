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

export function wordDiff(a: string, b: string): DiffOp[] {
  // Identical texts: the prefix step below would take every token as equal (issue 15: most rows of a
  // revision are unchanged; tokenising them is most of their cost).
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  const ta = diffTokens(a);
  const tb = diffTokens(b);
  // intern tokens as integers (a plain loop: Int32Array.from with a mapping function is slow)
  const ids = new Map<string, number>();
  const intern = (toks: string[]): Int32Array => {
    const out = new Int32Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      let id = ids.get(t);
      if (id === undefined) { id = ids.size; ids.set(t, id); }
      out[i] = id;
    }
    return out;
  };
  const A = intern(ta);
  const B = intern(tb);
  // Offset of every token in its text: a run of tokens is one slice of the text (one flat string, not a
  // chain of concatenations that every later reader would have to flatten).
  const offsets = (toks: string[]): Int32Array => {
    const off = new Int32Array(toks.length + 1);
    for (let i = 0; i < toks.length; i++) off[i + 1] = off[i] + toks[i].length;
    return off;
  };
  const offA = offsets(ta), offB = offsets(tb);
  const out: DiffOp[] = [];
  const emit = (op: DiffOp['op'], toks: string[], lo: number, hi: number) => {
    if (hi <= lo) return;
    const text = toks === ta ? a.slice(offA[lo], offA[hi]) : b.slice(offB[lo], offB[hi]);
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  const N = A.length, M = B.length;
  const size = 2 * (N + M) + 4;
  const vf = new Int32Array(size);
  const vb = new Int32Array(size);
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
    if (f.kind === 'equal') { emit('equal', ta, f.lo, f.hi); continue; }
    let { aLo, aHi, bLo, bHi } = f;
    const pre = aLo;
    while (aLo < aHi && bLo < bHi && A[aLo] === B[bLo]) { aLo++; bLo++; }
    emit('equal', ta, pre, aLo);
    const sufA = aHi;
    while (aLo < aHi && bLo < bHi && A[aHi - 1] === B[bHi - 1]) { aHi--; bHi--; }
    if (sufA > aHi) stack.push({ kind: 'equal', lo: aHi, hi: sufA });
    if (aLo === aHi) { emit('insert', tb, bLo, bHi); continue; }
    if (bLo === bHi) { emit('delete', ta, aLo, aHi); continue; }
    const [x, y, u, v] = middleSnake(aLo, aHi, bLo, bHi);
    stack.push({ kind: 'span', aLo: u, aHi, bLo: v, bHi });
    stack.push({ kind: 'equal', lo: x, hi: u });
    stack.push({ kind: 'span', aLo, aHi: x, bLo, bHi: y });
  }
  // canonical order inside a change: delete before insert
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i].op === 'insert' && out[i + 1].op === 'delete') {
      const t = out[i]; out[i] = out[i + 1]; out[i + 1] = t;
    }
  }
  // merge neighbours that became adjacent with the same op
  const merged: DiffOp[] = [];
  for (const o of out) {
    const last = merged[merged.length - 1];
    if (last && last.op === o.op) last.text += o.text;
    else merged.push({ ...o });
  }
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
