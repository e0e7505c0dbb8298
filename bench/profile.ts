// Profiling driver (issue 15): one operation in a loop, for `node --cpu-prof` / `--heap-prof`.
//
//   npx esbuild bench/profile.ts --bundle --platform=node --target=node20 --outfile=/tmp/profile.js
//   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/profile.js OP SIZE [RUNS]
//
// OP: warm | reanalyze | fresh | table | rename | symbols | symbols-edit | symbols-replace | renumberPlan | incremental | incremental-insert | incremental-number | incremental-heading;
// SIZE: a number of articles (bench/generate.ts, seed 1) or `real` (the 2026 draft). Prints wall and CPU
// time (process.cpuUsage: less disturbed by other processes on a shared machine than wall time) of every
// run, or percentiles for more than 40 runs. `symbols-edit` times the outline of a new version after an
// untimed one-character insertion or deletion (every later offset moves), `symbols-replace` after a
// character replaced, the analysis pulled outside the timing (exactly the bench's `symbols` row); `incremental` / `incremental-insert` time
// analyzeIncremental for a character replaced / typed in the middle article (the bench's rows; with
// BENCH_LIKE=1 the new text is built and flattened before the timed call, as bench/run.ts does).
// UNRESOLVED=1 adds a citation of a number no article bears (see below). Run from the repository root (the real draft is read from examples/). ALLOC=1 also prints what each
// run allocated (heapUsed growth; run node with --expose-gc --min-semi-space-size=512
// --max-semi-space-size=512 so that no scavenge runs during one).

import * as fs from 'fs';
import { analyze, analyzeIncremental, clearScanCache, comparePrior, createLanguageService, tableMarkdown } from '../server/src/core';
import { benchPrior, generateDraft } from './generate';
import { scanCacheStats } from '../server/src/core/analysis';

const [op, sizeS, runsS] = process.argv.slice(2);
/** FIXED_VOCABULARY=1: the generator before issue 15 (bench/generate.ts `vocabulary`). */
const vocabulary = process.env.FIXED_VOCABULARY ? 'fixed' as const : 'growing' as const;
const size = Number(sizeS);
const runs = Number(runsS ?? 3);
const g = sizeS === 'real'
  ? { text: fs.readFileSync('examples/draft-2026-ru.const.txt', 'utf8'), hot: ['62'] }
  : generateDraft({ articles: size, seed: 1, vocabulary });
// UNRESOLVED=1: a sentence citing an article no article bears added to the first article's text, so that
// every edit runs with a resolution problem in the document (as a draft being written usually has).
const text = process.env.UNRESOLVED ? withUnresolvedCitation(g.text) : g.text;
const an = analyze(text);

function withUnresolvedCitation(t: string): string {
  const at = t.indexOf('\n', t.search(/^Статья 1$/m));
  return at < 0 ? t : t.slice(0, at) + '\nСм. статью 999999.' + t.slice(at);
}

/** Times `fn` `runs` times; `before`, if given, runs untimed before each call. */
function t(name: string, fn: () => unknown, before?: () => void): void {
  const xs: number[] = [];
  const cs: number[] = [];
  const alloc: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i++) {
    before?.();
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

if (op === 'incremental' || op === 'incremental-insert') {
  const mid = an.doc.articles[an.doc.articles.length >> 1];
  const line = mid.lines.find((l) => l.end - l.start > 20) ?? mid.lines[0];
  const off = line.start + 10;
  const insert = op === 'incremental-insert';
  let cur = an;
  let k = 0;
  let change = { start: off, end: off + 1, text: 'я' };
  let next: string | undefined;
  const prepare = () => {
    const ch = 'абвгдежзиклмнопрстуфхцчшщэюя'[k % 28];
    change = insert ? { start: off + k, end: off + k, text: ch } : { start: off, end: off + 1, text: ch };
    k++;
    if (process.env.BENCH_LIKE) {
      next = cur.text.slice(0, change.start) + change.text + cur.text.slice(change.end);
      next.charCodeAt(next.length >> 1);
    }
  };
  t(op, () => { cur = analyzeIncremental(cur, change, next); }, prepare);
} else if (op === 'incremental-number') {
  // The bench's incrementalNumber row: the middle article's number's last digit replaced by another.
  const mid = an.doc.articles[an.doc.articles.length >> 1];
  const off = mid.number.span.end - 1;
  let cur = an;
  let k = 0;
  let change = { start: off, end: off + 1, text: '0' };
  let next: string | undefined;
  const prepare = () => {
    change = { start: off, end: off + 1, text: '0123456789'[k++ % 10] };
    next = cur.text.slice(0, change.start) + change.text + cur.text.slice(change.end);
    next.charCodeAt(next.length >> 1);
  };
  t(op, () => { cur = analyzeIncremental(cur, change, next); }, prepare);
} else if (op === 'incremental-heading') {
  // The keystroke that makes a line a heading (session 18; the bench's incrementalNewArticle row): «Статья »
  // typed on a new line after the middle article's last line, then its number's digit (timed), deleted
  // again before the next run (untimed: the incrementalUnmade row), a chain of fast keystrokes.
  const mid = an.doc.articles[an.doc.articles.length >> 1];
  const at = mid.span.end;
  const off = at + '\nСтатья '.length;
  let cur = analyze(text.slice(0, at) + '\nСтатья ' + text.slice(at));
  let k = 0;
  let change = { start: off, end: off, text: '1' };
  let next = '';
  const prepare = () => {
    if (k > 0) {
      const back = cur.text.slice(0, off) + cur.text.slice(off + 1);
      cur = analyzeIncremental(cur, { start: off, end: off + 1, text: '' }, back);
    }
    change = { start: off, end: off, text: '123456789'[k++ % 9] };
    next = cur.text.slice(0, off) + change.text + cur.text.slice(off);
    next.charCodeAt(next.length >> 1);
  };
  t(op, () => {
    cur = analyzeIncremental(cur, change, next);
    if (!cur.incremental) throw new Error('not on the fast path');
  }, prepare);
} else if (op === 'table') {
  const prior = analyze(benchPrior(size, vocabulary).text);
  t('table', () => tableMarkdown(comparePrior(an, prior, 'bench-prior'), 'ru'));
} else if (op === 'warm') {
  t('warm', () => analyze(text));
} else if (op === 'reanalyze') {
  // The bench's row: a full analyze of the text with one character changed in the middle article, a
  // different character each run (the new text built inside the timed call, as bench/run.ts does).
  const mid = an.doc.articles[an.doc.articles.length >> 1];
  const line = mid.lines.find((l) => l.end - l.start > 20) ?? mid.lines[0];
  const off = line.start + 10;
  let k = 0;
  const s0 = scanCacheStats().scanned;
  t('reanalyze', () => {
    const ch = 'абвгдежзиклмнопрстуфхцчшщэюя'[k++ % 28];
    analyze(text.slice(0, off) + ch + text.slice(off + 1));
  });
  console.log('reanalyze', sizeS, 'lines scanned per run', ((scanCacheStats().scanned - s0) / runs).toFixed(1));
} else if (op === 'fresh') {
  t('fresh', () => { clearScanCache(); analyze(text); });
} else {
  const svc = createLanguageService();
  svc.open('b:1', text);
  // The most cited of the hot articles, as bench/run.ts (hotRef) renames it.
  const citesOf = (h: string) => an.targets.filter((x) => x.ok && x.target.article?.kind === 'num' && (x.target.article as { num: { text: string } }).num.text === h).length;
  const hot = g.hot.reduce((b, h) => (citesOf(h) > citesOf(b) ? h : b), g.hot[0]);
  const art = an.doc.articleByNumber.get(hot)!;
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
    t('symbols-edit', () => svc.documentSymbols('b:1'), edit);
  } else if (op === 'symbols-replace') {
    // Exactly the bench's `symbols` row: one character replaced by another in the middle article (no
    // offset moves), the analysis pulled (svc.problems) outside the timing, then the outline timed.
    const mid = an.doc.articles[an.doc.articles.length >> 1];
    const line = mid.lines.find((l) => l.end - l.start > 20) ?? mid.lines[0];
    const off = line.start + 10;
    let k = 0;
    const edit = () => {
      svc.change('b:1', [{ start: off, end: off + 1, text: 'абвгдежзиклмнопрстуфхцчшщэюя'[k++ % 28] }]);
      svc.problems('b:1');
    };
    edit();
    svc.documentSymbols('b:1');
    t('symbols-replace', () => svc.documentSymbols('b:1'), edit);
  } else if (op === 'renumberPlan') t('renumberPlan', () => svc.renumberPlan('b:1'));
  else throw new Error(`unknown operation ${op}`);
}
