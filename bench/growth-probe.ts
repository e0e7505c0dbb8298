// Growth probe (issue 15, session 6): CPU time of the outline of a new version (after a one-character
// edit, as bench/run.ts `symbols`) and of renumberPlan, at one size, many runs; prints p10/p50/p90.
//   npx esbuild bench/growth-probe.ts --bundle --platform=node --target=node20 --outfile=/tmp/probe.js
//   node /tmp/probe.js SIZE [RUNS]
import { analyze, createLanguageService } from '../server/src/core';
import { generateDraft } from './generate';

const size = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 41);
const g = generateDraft({ articles: size, seed: 1, vocabulary: 'growing' });
const an = analyze(g.text);
const svc = createLanguageService();
const uri = 'probe:1';
svc.open(uri, g.text);
const mid = an.doc.articles[an.doc.articles.length >> 1];
const off = (mid.lines[0] ?? mid.span).end - 1;
const cpu = (fn: () => unknown) => { const c = process.cpuUsage(); fn(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const q = (a: number[]) => { a.sort((x, y) => x - y); return [0.1, 0.5, 0.9].map((f) => a[Math.floor(a.length * f)].toFixed(3)).join(' / '); };
const sym: number[] = [];
for (let i = -5; i < runs; i++) {
  svc.change(uri, [{ start: off, end: off + 1, text: 'абвгдежзиклмнопрстуфхцчшщэюя'[(i + 5) % 28] }]);
  svc.problems(uri);
  const t = cpu(() => svc.documentSymbols(uri));
  if (i >= 0) sym.push(t);
}
const ren: number[] = [];
for (let i = -3; i < runs; i++) { const t = cpu(() => svc.renumberPlan(uri)); if (i >= 0) ren.push(t); }
console.log(`${size} symbols cpu p10/p50/p90 ${q(sym)}  renumberPlan ${q(ren)}`);
if (process.env.LOOP) {
  const [op, n] = process.env.LOOP.split(':');
  for (let i = 0; i < Number(n); i++) {
    if (op === 'sym') { svc.change(uri, [{ start: off, end: off + 1, text: 'абвгдежзиклмнопрстуфхцчшщэюя'[i % 28] }]); svc.problems(uri); }
    if (op === 'sym') svc.documentSymbols(uri); else svc.renumberPlan(uri);
  }
}
