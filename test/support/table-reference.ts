// The comparative table's word diff and Markdown as they were before issue 15's fourth round (main at
// e2e9ab4: core/prior/diff.ts wordDiff, core/prior/compare.ts coalesceDiff, core/escape.ts escapeMarkdown,
// core/features/table.ts diffMarkdown / rowsMarkdown), kept here unchanged as the reference the faster
// code must reproduce exactly (test/unit/table-reference.test.ts). Not used by the product.
import type { DiffOp, TableRow } from '../../server/src/core';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|\s+|[^]/gu;

export function refWordDiff(a: string, b: string): DiffOp[] {
  const ta = a.match(TOKEN) ?? [];
  const tb = b.match(TOKEN) ?? [];
  const ids = new Map<string, number>();
  const intern = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) { id = ids.size; ids.set(t, id); }
    return id;
  };
  const A = Int32Array.from(ta, intern);
  const B = Int32Array.from(tb, intern);
  const out: DiffOp[] = [];
  const emit = (op: DiffOp['op'], toks: string[], lo: number, hi: number) => {
    if (hi <= lo) return;
    let text = '';
    for (let i = lo; i < hi; i++) text += toks[i];
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  const N = A.length, M = B.length;
  const size = 2 * (N + M) + 4;
  const vf = new Int32Array(size);
  const vb = new Int32Array(size);
  const off = N + M + 2;
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
        if (odd && kb >= -(d - 1) && kb <= d - 1 && x >= n - vb[off + kb]) return [aLo + x0, bLo + y0, aLo + x, bLo + y];
      }
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && vb[off + k - 1] < vb[off + k + 1]) ? vb[off + k + 1] : vb[off + k - 1] + 1;
        let y = x - k;
        const x0 = x, y0 = y;
        while (x < n && y < m && A[aHi - 1 - x] === B[bHi - 1 - y]) { x++; y++; }
        vb[off + k] = x;
        const kf = delta - k;
        if (!odd && kf >= -d && kf <= d && x >= n - vf[off + kf]) return [aHi - x, bHi - y, aHi - x0, bHi - y0];
      }
    }
    throw new Error('wordDiff: no middle snake');
  };
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
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i].op === 'insert' && out[i + 1].op === 'delete') { const t = out[i]; out[i] = out[i + 1]; out[i + 1] = t; }
  }
  const merged: DiffOp[] = [];
  for (const o of out) {
    const last = merged[merged.length - 1];
    if (last && last.op === o.op) last.text += o.text;
    else merged.push({ ...o });
  }
  return merged;
}

export function refReadableDiff(a: string, b: string): DiffOp[] {
  const ops = refWordDiff(a, b);
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  while (i < ops.length) {
    if (ops[i].op === 'equal') { push('equal', ops[i].text); i++; continue; }
    let j = i;
    let del = '', ins = '';
    let end = i;
    while (j < ops.length) {
      const o = ops[j];
      if (o.op === 'equal') {
        if (!/^\s+$/.test(o.text)) break;
        if (j + 1 >= ops.length || ops[j + 1].op === 'equal') break;
      }
      j++;
      end = j;
    }
    for (let k = i; k < end; k++) {
      const o = ops[k];
      if (o.op !== 'insert') del += o.text;
      if (o.op !== 'delete') ins += o.text;
    }
    push('delete', del);
    push('insert', ins);
    i = end;
  }
  return out;
}

export function refEscapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]<>#|~!&$]/g, (c) => '\\' + c)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function wrapCore(text: string, open: string, close: string, esc: (s: string) => string): string {
  const m = /^(\s*)([^]*?)(\s*)$/.exec(text)!;
  if (!m[2]) return m[1] + m[3];
  return m[1] + open + esc(m[2]) + close + m[3];
}

/** diffMarkdown without `html` (the table's cells). */
function refDiffMarkdown(ops: DiffOp[], br: string, show: { del: boolean; ins: boolean }): string {
  let out = '';
  let prev: DiffOp['op'] | null = null;
  for (const o of ops) {
    if (o.op === 'delete' && !show.del) continue;
    if (o.op === 'insert' && !show.ins) continue;
    if (prev && prev !== 'equal' && o.op !== 'equal' && prev !== o.op && /\S$/.test(out) && /^\S/.test(o.text)) out += ' ';
    const lines = o.text.split('\n');
    out += lines.map((l) => (o.op === 'equal' ? refEscapeMarkdown(l) : o.op === 'delete' ? wrapCore(l, '~~', '~~', refEscapeMarkdown) : wrapCore(l, '**', '**', refEscapeMarkdown))).join(br);
    prev = o.op;
  }
  return out;
}

export function refRowsMarkdown(title: string, h: readonly string[], rows: readonly TableRow[]): string {
  const cell = (s: string) => s.replace(/\r?\n/g, '<br>');
  const lines = [`# ${refEscapeMarkdown(title)}`, '', `| ${h.map(refEscapeMarkdown).join(' | ')} |`, '|---|---|---|---|'];
  for (const r of rows) {
    const unit = r.unit.map(refEscapeMarkdown).join('<br>');
    const cur = cell(refDiffMarkdown(r.current, '<br>', { del: true, ins: false }));
    const prop = cell(refDiffMarkdown(r.proposed, '<br>', { del: false, ins: true }));
    lines.push(`| ${unit} | ${cur} | ${prop} | ${r.justification.split('\n').map(refEscapeMarkdown).join('<br>')} |`);
  }
  return lines.join('\n') + '\n';
}
