import { analyze, analyzeIncremental, incrementalStats, type Analysis } from '../server/src/core';
import { docSources } from '../server/src/core/analysis';
import { generateDraft } from './generate';
const articles = Number(process.argv[2] ?? 5000);
const text = generateDraft({ articles, seed: 7 }).text;
let an = analyze(text);
const mid = an.doc.articles[an.doc.articles.length >> 1];
let at = mid.span.end;
const typed = '\n\nСтатья ' + mid.number.text + '-1. Новая статья\n1. Текст пункта со ссылкой на пункт 2 статьи 12.\n2. Второй пункт:\n1) подпункт;\n2) подпункт.';
const reasons = new Map<string, number>();
const times: number[] = []; let slow = 0;
for (const ch of typed) {
  const src = docSources(an.doc).text.edit(at, at, ch);
  const f0 = incrementalStats.fallback;
  const t0 = performance.now();
  an = analyzeIncremental(an, { start: at, end: at, text: ch }, src);
  const dt = performance.now() - t0; times.push(dt); if (dt > 2) console.log(JSON.stringify(typed.slice(0, at - mid.span.end + 1).slice(-12)), dt.toFixed(2), incrementalStats.fallback > f0 ? incrementalStats.lastFallback : "fast");
  if (incrementalStats.fallback > f0) { slow++; const r = incrementalStats.lastFallback; reasons.set(r, (reasons.get(r) ?? 0) + 1); }
  at++;
}
times.sort((a, b) => a - b);
console.log(`${typed.length} keystrokes, ${slow} full; median ${times[times.length >> 1].toFixed(2)} p90 ${times[Math.floor(times.length * 0.9)].toFixed(2)}`);
for (const [r, n] of reasons) console.log(n, r);
