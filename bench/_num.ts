import { analyze, analyzeIncremental, incrementalStats } from '../server/src/core';
import { generateDraft } from './generate';
const text = generateDraft({ articles: 5000, seed: 1, vocabulary: 'growing' }).text;
let an = analyze(text);
const mid = an.doc.articles[an.doc.articles.length >> 1];
const off = mid.number.span.end - 1;
const xs: number[] = [];
for (let k = 0; k < 400; k++) {
  const ch = '0123456789'[k % 10];
  const t = performance.now();
  an = analyzeIncremental(an, { start: off, end: off + 1, text: ch });
  xs.push(performance.now() - t);
}
xs.sort((a, b) => a - b);
console.log('median', xs[200].toFixed(2), 'fast', incrementalStats.fast, incrementalStats.lastFallback);
