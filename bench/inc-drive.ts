// In-process driver of the bench's incremental rows (profiling): SIZE articles, RUNS one-character edits
// (insert or replace) in the middle article, CPU time per analyzeIncremental (process.cpuUsage).
//   npx esbuild bench/inc-drive.ts --bundle --platform=node --target=node20 --outfile=/tmp/inc-drive.js
//   node [--cpu-prof --cpu-prof-dir=DIR] /tmp/inc-drive.js SIZE RUNS insert|replace
import { analyze, analyzeIncremental } from '../server/src/core';
import { generateDraft } from './generate';

const [sizeS, runsS, mode] = process.argv.slice(2);
const g = generateDraft({ articles: Number(sizeS), seed: 1, vocabulary: 'growing' });
let an = analyze(g.text);
const arts = an.doc.articles;
const a = arts[arts.length >> 1];
const line = a.lines.find((l) => l.end - l.start > 20) ?? a.lines[0];
const off = line.start + 10;
const insert = mode !== 'replace';
const runs = Number(runsS ?? 200);
/** BENCH_LIKE=1: the new text built and flattened before each edit, as bench/run.ts timeEdits does. */
const benchLike = !!process.env.BENCH_LIKE;
const cpu: number[] = [];
const wall: number[] = [];
for (let k = 0; k < runs; k++) {
  const ch = 'абвгдежзиклмнопрстуфхцчшщэюя'[k % 28];
  const change = insert ? { start: off + k, end: off + k, text: ch } : { start: off, end: off + 1, text: ch };
  let next: string | undefined;
  if (benchLike) { next = an.text.slice(0, change.start) + change.text + an.text.slice(change.end); next.charCodeAt(next.length >> 1); }
  const c = process.cpuUsage();
  const t = performance.now();
  an = analyzeIncremental(an, change, next);
  wall.push(performance.now() - t);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
const med = (xs: number[]) => { const s = xs.slice(30).sort((x, y) => x - y); return s[s.length >> 1]; };
const mean = (xs: number[]) => xs.slice(30).reduce((x, y) => x + y, 0) / (xs.length - 30);
console.log(`${sizeS} ${mode}: cpu median ${med(cpu).toFixed(2)} mean ${mean(cpu).toFixed(2)} ms, wall median ${med(wall).toFixed(2)} ms`);
