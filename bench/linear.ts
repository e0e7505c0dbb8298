// Linear time on pathological inputs: `npm run bench:linear`.
//
// The unit tests (test/unit/fuzz.test.ts, refscan.test.ts) run the same inputs for correctness only:
// a timed assertion in `npm test` fails on a busy machine, so the figures live here. For every input
// family the analysis (or reference scan) runs at n and 2n characters; the printed ratio t(2n)/t(n)
// is ≈ 2 for linear work and ≈ 4 for quadratic. A ratio above 3.2 (after one re-measurement) is
// reported as NOT LINEAR and the process exits with 1. A catastrophic (exponential) case would not
// finish at all; mocha's 60 s test timeout still catches that in `npm test`.

import { analyze, scanReferences, type Lang } from '../server/src/core';

const FACTOR = 3.2;

function medianMs(fn: () => unknown, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return xs[runs >> 1];
}

type Case = [name: string, make: (n: number) => string, run: (s: string) => unknown];

const an = (s: string) => analyze(s);
const scanAll = (s: string) => { for (const l of ['ru', 'kk', 'en'] as Lang[]) scanReferences(s, l); };
const rep = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const CASES: Case[] = [
  ['analyze: digits, hyphens, parentheses, commas', rep('1-2), 3(,4-'), an],
  ['analyze: digits and separators in an article', (n) => 'Статья 1\n' + rep('1-1-1-1-1-1) 2, 3 и 4-')(n), an],
  ['analyze: chained «подпункта 1) пункта 1 статьи 1»', (n) => 'Статья 1\n1. ' + rep('подпункта 1) пункта 1 статьи 1 ')(n), an],
  ['analyze: unclosed comments «<!--»', rep('<!--'), an],
  ['analyze: comment openers on many lines', rep('<!--\n'), an],
  ['analyze: closed comments on one line', (n) => 'Статья 1\n' + rep('<!-- x -->')(n), an],
  ['analyze: empty lines', (n) => 'Статья 1\n' + '\n'.repeat(n) + 'Статья 2', an],
  ['analyze: list «статьями 1, 2, 3, …»', (n) => 'Статья 1\nстатьями ' + Array.from({ length: Math.ceil(n / 6) }, (_, i) => String(i + 1)).join(', ').slice(0, n), an],
  ['analyze: one long line of citations', (n) => 'Статья 1\n' + rep('статьи 1 и пункта 2 статьи 3 Конституции, ')(n), an],
  ['scan ru/kk/en: «1-1) 2, 3–4»', rep('1-1) 2, 3–4 '), scanAll],
  ['scan ru/kk/en: «1-1-1-…»', rep('1-1-1-1-1-1-1-1-1-1-'), scanAll],
  ['scan ru/kk/en: nested parentheses', rep('((((((((1)))))))))'), scanAll],
  ['scan ru/kk/en: «1, 1, 1, …»', rep('1, '), scanAll],
  ['scan ru/kk/en: «статьи 1, 2 и 3, …»', rep('статьи 1, 2 и 3, '), scanAll],
  ['scan ru/kk/en: kk chains «14-бабының 3-тармағының 1)»', rep('12, 14-бабының 3-тармағының 1), '), scanAll],
  ['scan ru/kk/en: en chains "paragraph 1 of Article 2 of"', rep('paragraph 1 of Article 2 of '), scanAll],
  ['scan ru/kk/en: «пункта пункта … 1»', (n) => rep('пункта ')(n) + '1', scanAll],
  ['scan ru/kk/en: separators only', rep('- – , и және and ( ) '), scanAll],
];

function main(): void {
  const quick = process.argv.includes('--quick');
  const n = quick ? 100_000 : 200_000;
  const runs = quick ? 3 : 5;
  const rows: string[][] = [['input', `${n / 1000} kB ms`, `${(2 * n) / 1000} kB ms`, 't(2n)/t(n)', '']];
  let bad = 0;
  for (const [name, make, run] of CASES) {
    const small = make(n), big = make(2 * n);
    run(small); // warm the JIT
    let t1 = medianMs(() => run(small), runs), t2 = medianMs(() => run(big), runs);
    const ratio = () => t2 / Math.max(t1, 1);
    if (ratio() > FACTOR) { t1 = medianMs(() => run(small), runs + 2); t2 = medianMs(() => run(big), runs + 2); }
    const ok = ratio() <= FACTOR;
    if (!ok) bad++;
    rows.push([name, t1.toFixed(1), t2.toFixed(1), ratio().toFixed(2), ok ? 'linear' : 'NOT LINEAR']);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [k, r] of rows.entries()) {
    console.log('| ' + r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ') + ' |');
    if (k === 0) console.log('|' + w.map((x) => '-'.repeat(x + 2)).join('|') + '|');
  }
  console.log(bad ? `\n${bad} input famil${bad === 1 ? 'y grows' : 'ies grow'} faster than linearly (ratio > ${FACTOR})` : `\nall ${CASES.length} input families linear (ratio ≤ ${FACTOR} when the input doubles)`);
  process.exitCode = bad ? 1 : 0;
}

main();
