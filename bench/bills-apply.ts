// Amendment bills, checking and applying (issue 11), warm: reading the 2007 law (No. 254-III, 43 KB) and
// checking it against the 1998 text it amended (the act analysed once), and applying it; then synthetic
// bills of 125 … 1,000 word replacements on the 1995 Constitution (each in another place of a paragraph),
// read + check + apply, with the growth exponent. Median of `runs` after a warm-up, in milliseconds.

import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyBill, checkBill, readBill } from '../server/src/core';

export interface ApplyBench {
  lawKB: number;
  instructions: number;
  /** readBill + checkBill on an analysis of the act made beforehand. */
  readCheckMs: number;
  /** applyBill of the bill read beforehand. */
  applyMs: number;
  /** Synthetic bills: instructions → read + check + apply (ms). */
  synthetic: { instructions: number; ms: number }[];
  /** Growth exponent k (time ∝ n^k) over the synthetic sizes. */
  growth: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** A bill of `n` word replacements («в пункте P статьи A слово «w» заменить словом «w»»), in the act's order. */
export function syntheticBill(act: ReturnType<typeof analyze>, n: number): string {
  const places: { a: string; p: string; words: string[] }[] = [];
  for (const a of act.doc.articles) {
    for (const p of a.paragraphs) {
      if (p.excluded || p.subparagraphs.length) continue;
      const body = act.text.slice(p.span.start, p.span.end);
      const counts = new Map<string, number>();
      const words = [...body.matchAll(/(?<=\s)\p{L}{4,}(?=[\s,.;])/gu)].map((m) => m[0]);
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      const unique = words.filter((w) => counts.get(w) === 1);
      if (unique.length) places.push({ a: a.number.text, p: p.number.text, words: unique });
    }
  }
  const per = Math.ceil(n / places.length);
  const lines: string[] = ['# О внесении изменений в Конституцию Республики Казахстан', '', 'Статья 1. Внести в Конституцию Республики Казахстан следующие изменения:', ''];
  let item = 0;
  for (const pl of places) {
    if (item >= n) break;
    const k = Math.min(per, pl.words.length, n - item);
    if (!k) continue;
    item++;
    const ops = pl.words.slice(0, k).map((w) => `слово «${w}» заменить словом «${w}»`);
    lines.push(`${item}. В пункте ${pl.p} статьи ${pl.a} ${ops.join(', ')}.`, '');
    item += k - 1;
  }
  lines.push('Статья 2. Настоящий Закон вводится в действие со дня его официального опубликования.');
  return lines.join('\n');
}

export function benchApply(root: string, runs: number): ApplyBench | null {
  const dir = path.resolve(root, '..', 'shared', 'corpus');
  const lawFile = path.join(dir, 'amendments', 'kz-2007-254-III-ru.txt');
  if (!fs.existsSync(lawFile)) return null;
  const law = fs.readFileSync(lawFile, 'utf8');
  const act = analyze(fs.readFileSync(path.join(dir, 'amendments', 'kz-constitution-ru-1998-10-06.txt'), 'utf8'));
  const bill = readBill(law);
  const readCheckMs = timeIt(() => checkBill(readBill(law), act), runs, 3);
  const applyMs = timeIt(() => applyBill(bill, act.text), runs, 3);
  const big = analyze(fs.readFileSync(path.join(root, 'data', 'priors', 'kz-1995-ru.txt'), 'utf8'));
  const synthetic: { instructions: number; ms: number }[] = [];
  for (const n of [125, 250, 500, 1000]) {
    const text = syntheticBill(big, n);
    const count = readBill(text).instructions.length;
    synthetic.push({ instructions: count, ms: timeIt(() => checkBill(readBill(text), big), Math.max(3, Math.floor(runs / 3)), 1) });
  }
  const xs = synthetic.map((s) => Math.log(s.instructions));
  const ys = synthetic.map((s) => Math.log(s.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const growth = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return { lawKB: Math.round(Buffer.byteLength(law) / 1024), instructions: bill.instructions.length, readCheckMs, applyMs, synthetic, growth };
}

