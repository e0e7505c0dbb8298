// Issue 15, session 14: typing a subchapter's title («Параграф 2. …»), one character at a time, in a
// generated 5,000-article draft with a subchapter before every sixth article. Prints the median time per
// keystroke of the incremental update in the core and how many keystrokes took the fast path.
// npx tsx bench/typing-subchapter.ts [articles=5000]
import { analyze, analyzeIncremental, incrementalStats } from '../server/src/core';
import { docSources } from '../server/src/core/analysis';
import { generateDraft } from './generate';

const articles = Number(process.argv[2] ?? 5000);
let k = 0;
const text = generateDraft({ articles, seed: 7 }).text
  .replace(/^Статья (\d+)$/gm, (m, n) => (Number(n) % 6 === 0 ? `Параграф ${++k}. Общие положения параграфа ${k}\n\n` : '') + m);
let an = analyze(text);
const sub = an.doc.subchapters[an.doc.subchapters.length >> 1];
let at = sub.titleSpan!.end;
const typed = ' и исключения из них, как это предусмотрено законом';
const times: number[] = [];
const fast0 = incrementalStats.fast;
for (const ch of typed) {
  const src = docSources(an.doc).text.edit(at, at, ch);
  const t0 = performance.now();
  an = analyzeIncremental(an, { start: at, end: at, text: ch }, src);
  times.push(performance.now() - t0);
  at++;
}
times.sort((a, b) => a - b);
const fast = incrementalStats.fast - fast0;
console.log(`${articles} articles, ${an.doc.subchapters.length} subchapters: ${typed.length} keystrokes in a subchapter's title, ` +
  `${fast} on the fast path${fast < typed.length ? ` (last fallback: ${incrementalStats.lastFallback})` : ''}; ` +
  `median ${times[times.length >> 1].toFixed(3)} ms, range ${times[0].toFixed(3)}–${times[times.length - 1].toFixed(3)} ms`);
