// Amendment bills, checking and applying (issue 11), warm: reading the 2007 law (No. 254-III, 43 KB) and
// checking it against the 1998 text it amended (the act analysed once), and applying it (the act parsed
// in the call, as `atazan apply` does); median of `runs` after a warm-up (100 calls and 1 s), in ms. Then the
// growth with the bill's length: synthetic bills of 100, 1,000 and 4,000 instructions (word replacements,
// paragraph rewrites, insertions and exclusions in turn, see syntheticBill) on one synthetic act of
// bench/generate.ts made for the largest, analysed once: read + check, and apply on that analysis (the act's
// own parse is the analysis's growth row). The sizes are timed in turn, round after round (a slower
// minute of a shared machine then touches every size alike), each after its own warm-up; the exponent k
// (time ∝ n^k) is the least-squares slope over the three medians, bound ≤ 1.1 as issue 15 sets for
// every operation.

import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyBill, checkBill, readBill } from '../server/src/core';
import { generateDraft } from './generate';

export interface ApplyBench {
  lawKB: number;
  instructions: number;
  /** readBill + checkBill on an analysis of the act made beforehand. */
  readCheckMs: number;
  /** applyBill of the bill read beforehand. */
  applyMs: number;
  /** Synthetic bills on one synthetic act: instructions → read + check, apply (ms, median). */
  synthetic: { instructions: number; readCheckMs: number; applyMs: number }[];
  /** The synthetic act: articles and KB. */
  syntheticAct: { articles: number; kb: number };
  /** Growth exponents k (time ∝ n^k) over the synthetic sizes. */
  growthReadCheck: number;
  growthApply: number;
}

/** Least-squares slope of log(y) against log(x). */
function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map((y) => Math.log(Math.max(y, 1e-3)));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  return lx.reduce((a, x, i) => a + (x - mx) * (ly[i] - my), 0) / lx.reduce((a, x) => a + (x - mx) ** 2, 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median of `runs` timed calls after a warm-up of at least `warmup` calls and `warmMs` milliseconds. */
function timeIt(fn: () => unknown, runs: number, warmup: number, warmMs = 0): number {
  const t0 = performance.now();
  for (let i = 0; i < warmup || performance.now() - t0 < warmMs; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/**
 * A synthetic act (bench/generate.ts, seed 1) with at least `room` numbered paragraphs, and a bill of `n`
 * instructions on it, on paragraphs spread evenly over the whole act (so that a short bill and a long one
 * touch the same span of it), in the act's order, the kinds in turn: a word replaced («в пункте P статьи A
 * слово «w» заменить словом «wы»», w a word found once in the paragraph), the paragraph rewritten (its new
 * text citing its article), a paragraph P-1 inserted after it, the paragraph excluded. The bill reads back
 * with `n` instructions and checks with no problem (benchApply makes sure).
 */
export function syntheticBill(n: number, room = n): { act: string; bill: string } {
  for (let articles = Math.ceil(room / 2) + 10; ; articles = Math.ceil(articles * 1.3)) {
    const act = generateDraft({ articles, seed: 1 }).text;
    const an = analyze(act);
    const places = an.doc.articles.flatMap((a) => a.paragraphs.filter((p) => !p.excluded).map((p) => ({ a, p })));
    if (places.length < Math.max(n, room)) continue;
    const lines: string[] = ['О внесении изменений и дополнений в Конституцию Республики Казахстан', '', 'Статья 1. Внести в Конституцию Республики Казахстан следующие изменения и дополнения:', ''];
    for (let item = 1; item <= n; item++) {
      const { a, p } = places[Math.floor(((item - 1) * places.length) / n)];
      const A = a.number.text;
      const P = p.number.text;
      let kind = (item - 1) % 4;
      let word: string | undefined;
      if (kind === 0) {
        const body = act.slice(p.span.start, p.span.end);
        const words = [...body.matchAll(/(?<=\s)\p{L}{4,}(?=[\s,.;])/gu)].map((m) => m[0]);
        word = words.find((w) => body.split(w).length === 2);
        if (!word) kind = 1;
      }
      if (kind === 2 && a.paragraphs.some((x) => x.number.text === `${P}-1`)) kind = 3;
      if (kind === 0) lines.push(`${item}. В пункте ${P} статьи ${A} слово «${word}» заменить словом «${word}ы».`);
      else if (kind === 1) lines.push(`${item}. Пункт ${P} статьи ${A} изложить в следующей редакции:`, `«${P}. Порядок, установленный статьей ${A} Конституции, определяется конституционным законом.».`);
      else if (kind === 2) lines.push(`${item}. Статью ${A} дополнить пунктом ${P}-1 следующего содержания:`, `«${P}-1. Новый пункт ${P}-1 о порядке, который определяется законом.».`);
      else lines.push(`${item}. Пункт ${P} статьи ${A} исключить.`);
      lines.push('');
    }
    lines.push('Статья 2. Настоящий Закон вводится в действие со дня его официального опубликования.');
    return { act, bill: lines.join('\n') };
  }
}

export function benchApply(root: string, runs: number, sizes = [100, 1000, 4000]): ApplyBench | null {
  const dir = path.resolve(root, '..', 'shared', 'corpus');
  const lawFile = path.join(dir, 'amendments', 'kz-2007-254-III-ru.txt');
  if (!fs.existsSync(lawFile)) return null;
  const law = fs.readFileSync(lawFile, 'utf8');
  const act = analyze(fs.readFileSync(path.join(dir, 'amendments', 'kz-constitution-ru-1998-10-06.txt'), 'utf8'));
  const bill = readBill(law);
  // A few calls leave the code unoptimised (the optimising compiler works on another thread, slower to
  // come round on a busy machine): at least 100 calls and a second first (each call is milliseconds).
  const readCheckMs = timeIt(() => checkBill(readBill(law), act), runs, 100, 1000);
  const applyMs = timeIt(() => applyBill(bill, act.text), runs, 100, 1000);

  const largest = Math.max(...sizes);
  const { act: synthText } = syntheticBill(largest);
  const synth = analyze(synthText);
  const cases = sizes.map((n) => {
    const text = syntheticBill(n, largest).bill;
    const read = readBill(text);
    // The bill must be what it says: n instructions that all apply, and no problem.
    const problems = checkBill(read, synth);
    if (read.instructions.length !== n || problems.length) throw new Error(`synthetic bill of ${n}: ${read.instructions.length} instructions, ${problems.length} problems (${problems[0]?.code})`);
    // Calls per timing: about `largest` instructions' worth, so each size is timed over a similar span.
    return { n, text, read, reps: Math.max(1, Math.round(largest / n)), rc: [] as number[], ap: [] as number[] };
  });
  const readCheck = (c: (typeof cases)[number]) => checkBill(readBill(c.text), synth);
  const apply = (c: (typeof cases)[number]) => applyBill(c.read, synthText, { parsed: synth.doc });
  for (const c of cases) for (let i = 0; i < 2 * c.reps; i++) {
    readCheck(c);
    apply(c);
  }
  const rounds = Math.max(5, Math.ceil(runs / 2));
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      let t = performance.now();
      for (let i = 0; i < c.reps; i++) readCheck(c);
      c.rc.push((performance.now() - t) / c.reps);
      t = performance.now();
      for (let i = 0; i < c.reps; i++) apply(c);
      c.ap.push((performance.now() - t) / c.reps);
    }
  }
  const synthetic = cases.map((c) => ({ instructions: c.n, readCheckMs: median(c.rc), applyMs: median(c.ap) }));
  return {
    lawKB: Math.round(Buffer.byteLength(law) / 1024), instructions: bill.instructions.length, readCheckMs, applyMs,
    synthetic, syntheticAct: { articles: synth.doc.articles.length, kb: Math.round(Buffer.byteLength(synthText) / 1024) },
    growthReadCheck: slope(sizes, synthetic.map((x) => x.readCheckMs)),
    growthApply: slope(sizes, synthetic.map((x) => x.applyMs)),
  };
}
