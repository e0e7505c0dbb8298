// Amendment bills in the benchmark (issue 11): `amend` of the 1995 Constitution → the 2026 text, warm, in
// Russian (the adopted text) and Kazakh (the final draft): the bill of every article from two analyses
// made once, and the same with both texts analysed each time (what `atazan amend` and the Generate
// Amendment Bill command do). Median of `runs` after a warm-up, in milliseconds.

import * as fs from 'fs';
import * as path from 'path';
import { amend, analyze } from '../server/src/core';

export interface AmendBench {
  lang: 'ru' | 'kk';
  instructions: number;
  /** amend() on two analyses made beforehand, the instruction-level bill (style 'units'). */
  amendMs: number;
  /** analyze(old) + analyze(new) + amend(). */
  withAnalysisMs: number;
  /** amend() by default (self-check by applying the instruction-level bill; here a new edition, with its reasons). */
  autoMs: number;
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

export function benchAmend(root: string, runs: number): AmendBench[] {
  const read = (f: string) => fs.readFileSync(path.join(root, 'data', 'priors', f), 'utf8');
  const out: AmendBench[] = [];
  for (const [lang, from, to] of [['ru', 'kz-1995-ru.txt', 'kz-2026-adopted-ru.txt'], ['kk', 'kz-1995-kk.txt', 'kz-2026-final-draft-kk.txt']] as const) {
    const oldText = read(from);
    const newText = read(to);
    const a = analyze(oldText);
    const b = analyze(newText);
    const instructions = amend(a, b, { lang, style: 'units' }).changes.length;
    const amendMs = timeIt(() => amend(a, b, { lang, style: 'units' }), runs, 3);
    const withAnalysisMs = timeIt(() => amend(analyze(oldText), analyze(newText), { lang, style: 'units' }), runs, 3);
    // The default: the instruction-level bill checked by applying it, then the new edition with its reasons.
    const autoMs = timeIt(() => amend(a, b, { lang }), runs, 3);
    out.push({ lang, instructions, amendMs, withAnalysisMs, autoMs });
  }
  return out;
}
