// Profiling driver (issue 15): one operation in a loop, for `node --cpu-prof` / `--heap-prof`.
//
//   npx esbuild bench/profile.ts --bundle --platform=node --target=node20 --outfile=/tmp/profile.js
//   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/profile.js OP SIZE [RUNS]
//
// OP: warm | fresh | table | rename | symbols | symbols-edit; SIZE: a number of articles (bench/generate.ts, seed 1) or
// `real` (the 2026 draft). Prints wall and CPU time (process.cpuUsage: less disturbed by other
// processes on a shared machine than wall time) of every run, or percentiles for more than 40 runs.
// Run from the repository root (the real draft is read from examples/). ALLOC=1 also prints what each
// run allocated (heapUsed growth; run node with --expose-gc --min-semi-space-size=512
// --max-semi-space-size=512 so that no scavenge runs during one).

import * as fs from 'fs';
import { analyze, clearScanCache, comparePrior, createLanguageService, tableMarkdown } from '../server/src/core';
import { benchPrior, generateDraft } from './generate';

const [op, sizeS, runsS] = process.argv.slice(2);
/** FIXED_VOCABULARY=1: the generator before issue 15 (bench/generate.ts `vocabulary`). */
const vocabulary = process.env.FIXED_VOCABULARY ? 'fixed' as const : 'growing' as const;
const size = Number(sizeS);
const runs = Number(runsS ?? 3);
const g = sizeS === 'real'
  ? { text: fs.readFileSync('examples/draft-2026-ru.const.txt', 'utf8'), hot: ['62'] }
  : generateDraft({ articles: size, seed: 1, vocabulary });
const text = g.text;
const an = analyze(text);

function t(name: string, fn: () => unknown): void {
  const xs: number[] = [];
  const cs: number[] = [];
  const alloc: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i++) {
    if (process.env.ALLOC && gc) gc();
    const h = process.memoryUsage().heapUsed;
    const c = process.cpuUsage();
    const s = performance.now();
    fn();
    xs.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cs.push((d.user + d.system) / 1000);
    alloc.push((process.memoryUsage().heapUsed - h) / 2 ** 20);
  }
  if (process.env.ALLOC) console.log(name, sizeS, 'allocated MB', alloc.map((x) => x.toFixed(1)).join(' '));
  xs.sort((a, b) => a - b);
  cs.sort((a, b) => a - b);
  const q = (a: number[], f: number) => a[Math.floor(a.length * f)].toFixed(3);
  if (runs > 40) console.log(name, sizeS, 'wall p10/p50/p90', q(xs, 0.1), q(xs, 0.5), q(xs, 0.9), 'cpu', q(cs, 0.1), q(cs, 0.5), q(cs, 0.9));
  else console.log(name, sizeS, 'wall', xs.map((x) => x.toFixed(1)).join(' '), 'cpu', cs.map((x) => x.toFixed(1)).join(' '));
}

if (op === 'table') {
  const prior = analyze(benchPrior(size, vocabulary).text);
  t('table', () => tableMarkdown(comparePrior(an, prior, 'bench-prior'), 'ru'));
} else if (op === 'warm') {
  t('warm', () => analyze(text));
} else if (op === 'fresh') {
  t('fresh', () => { clearScanCache(); analyze(text); });
} else {
  const svc = createLanguageService();
  svc.open('b:1', text);
  const art = an.doc.articleByNumber.get(g.hot[0])!;
  if (op === 'rename') t('rename', () => svc.rename('b:1', art.number.span.start, String(an.doc.articles.length * 10 + 7)));
  else if (op === 'symbols') t('symbols', () => svc.documentSymbols('b:1'));
  else if (op === 'symbols-edit') {
    // The editor's path: a character typed in an article's body (the incremental update, not timed),
    // then the outline of the new version (timed).
    const mid = an.doc.articles[an.doc.articles.length >> 1];
    const at = (mid.lines[0] ?? mid.span).end;
    let k = 0;
    const edit = () => {
      svc.change('b:1', [k++ % 2 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: 'я' }]);
      svc.lines('b:1');
    };
    edit();
    svc.documentSymbols('b:1');
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      edit();
      const c = process.cpuUsage();
      svc.documentSymbols('b:1');
      const d = process.cpuUsage(c);
      xs.push((d.user + d.system) / 1000);
    }
    xs.sort((a, b) => a - b);
    console.log('symbols-edit', sizeS, 'cpu p10/p50/p90', [0.1, 0.5, 0.9].map((f) => xs[Math.floor(xs.length * f)].toFixed(2)).join(' '));
  }
  else throw new Error(`unknown operation ${op}`);
}
