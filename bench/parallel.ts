// Language versions in the benchmark (issue 13): the pair check (core/parallel compareParallel) of the real
// 2026 drafts ru ↔ kk, warm (target ≤ 5 ms), and its growth over generated pairs up to 5,000 articles with
// the fitted exponent (≈ 1: linear). The generator writes Russian, so a generated pair is a draft and a copy
// of it with one figure changed in every 50th article (two analyses, every unit paired and compared).
// Analyses are made once; only the comparison is timed, as the first comparison of two analyses and as the
// comparison after an edit of one side (the other's blocks kept: session 13). Median of `runs` after a
// warm-up, in milliseconds.

import * as fs from 'fs';
import * as path from 'path';
import { analyze, compareParallel, type Analysis } from '../server/src/core';
import { generateDraft } from './generate';

export interface ParallelBench {
  /** The real 2026 drafts ru ↔ kk: median ms, and the divergences found (0). */
  real: { ms: number; cpuMs: number; divergences: number; editMs: number; editCpuMs: number };
  /**
   * `ms`/`cpuMs`: the first comparison of two analyses (each side's blocks made: the row's meaning before
   * session 13); `editMs`/`editCpuMs`: after a new version of one side, the other's blocks kept (the server
   * on each keystroke since session 13).
   */
  growth: { articles: number; chars: number; ms: number; cpuMs: number; divergences: number; editMs: number; editCpuMs: number }[];
  /** Fitted on the CPU times: the first comparison, and after an edit. */
  exponent: number;
  editExponent: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * The median of `runs` timings of `fn(make())` after `warmup` calls, `make` run outside the timing: wall
 * time, and the process's CPU time (user + system, the garbage collector's threads included), which a
 * machine shared with other jobs does not inflate.
 */
function timeIt<T>(make: () => T, fn: (x: T) => unknown, runs: number, warmup: number): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn(make());
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = make();
    const c = process.cpuUsage();
    const t = performance.now();
    fn(x);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Least-squares slope of log(ms) against log(articles). */
function fit(xs: number[], ys: number[]): number {
  const pts = xs.map((x, i) => [Math.log(x), Math.log(Math.max(ys[i], 1e-3))]);
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p[0], 0) / n;
  const my = pts.reduce((s, p) => s + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of pts) { num += (x - mx) * (y - my); den += (x - mx) ** 2; }
  return num / den;
}

/** The draft with «… 5 …» → «… 6 …» in the first digit of every 50th article's body. */
function seeded(text: string): string {
  const lines = text.split('\n');
  let article = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^Статья \d/.test(lines[i])) { article++; continue; }
    if (article % 50 === 0 && /^\d+\. \D*\d/.test(lines[i])) {
      lines[i] = lines[i].replace(/^(\d+\. \D*)(\d)/, (_, a: string, d: string) => a + String((Number(d) + 1) % 10));
      article++;
    }
  }
  return lines.join('\n');
}

/**
 * The same analysis under a new identity: compareParallel keeps each analysis's blocks (so the same pair
 * compared again would time only the alignment), and reads only `doc`, `references` and `targets`, which
 * the copy shares. A new `analyze` per run instead would leave its garbage to be collected inside the next
 * timed comparison.
 */
function unseen(an: Analysis): Analysis {
  return Object.defineProperties({}, Object.getOwnPropertyDescriptors(an)) as Analysis;
}

/**
 * Each comparison gets analyses it has not seen (`unseen`): both sides for the first comparison (the row's
 * meaning before session 13: every comparison made both sides' blocks), one side for the comparison after
 * an edit (the other kept and compared once before, as the server keeps the version not typed in).
 */
export function benchParallel(root: string, runs: number, sizes: readonly number[] = [100, 500, 1000, 2000, 5000]): ParallelBench {
  const read = (f: string) => fs.readFileSync(path.join(root, 'data', 'priors', f), 'utf8');
  const ru = analyze(read('kz-2026-final-draft-ru.txt'));
  const kk = analyze(read('kz-2026-final-draft-kk.txt'));
  const t = timeIt(() => [unseen(ru), unseen(kk)], ([x, y]) => compareParallel(x, y), runs * 4, 200);
  const te = timeIt(() => unseen(kk), (y) => compareParallel(ru, y), runs * 4, 200);
  const real = { ms: t.wall, cpuMs: t.cpu, divergences: compareParallel(ru, kk).divergences.length, editMs: te.wall, editCpuMs: te.cpu };
  const growth: ParallelBench['growth'] = [];
  for (const n of sizes) {
    const g = generateDraft({ articles: n, seed: 1 });
    const a = analyze(g.text);
    const b = analyze(seeded(g.text));
    const warmup = Math.max(3, Math.ceil(2000 / n));
    const x = timeIt(() => [unseen(a), unseen(b)], ([p, q]) => compareParallel(p, q), runs, warmup);
    const xe = timeIt(() => unseen(b), (q) => compareParallel(a, q), runs, warmup);
    growth.push({ articles: n, chars: g.text.length, ms: x.wall, cpuMs: x.cpu, divergences: compareParallel(a, b).divergences.length, editMs: xe.wall, editCpuMs: xe.cpu });
  }
  const ns = growth.map((g) => g.articles);
  return { real, growth, exponent: fit(ns, growth.map((g) => g.cpuMs)), editExponent: fit(ns, growth.map((g) => g.editCpuMs)) };
}

export function reportParallel(p: ParallelBench, out: (s: string) => void): void {
  out(`Language versions (issue 13): pair check of the 2026 drafts ru ↔ kk, warm: ${p.real.ms.toFixed(2)} ms (CPU ${p.real.cpuMs.toFixed(2)} ms; target ≤ 5 ms: ${p.real.ms <= 5 ? 'met' : 'NOT met'}), ${p.real.divergences} divergences; after an edit of one side: ${p.real.editMs.toFixed(2)} ms (CPU ${p.real.editCpuMs.toFixed(2)} ms)`);
  for (const g of p.growth) out(`  ${String(g.articles).padStart(5)} articles (${(g.chars / 1e6).toFixed(2)} M chars): ${g.ms.toFixed(2)} ms (CPU ${g.cpuMs.toFixed(2)} ms), ${g.divergences} divergences; after an edit of one side ${g.editMs.toFixed(2)} ms (CPU ${g.editCpuMs.toFixed(2)} ms)`);
  out(`  growth exponent ${p.exponent.toFixed(2)} on CPU time (1 = linear); after an edit of one side ${p.editExponent.toFixed(2)}`);
}
