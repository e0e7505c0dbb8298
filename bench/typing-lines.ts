// Issue 15, session 14: typing where the incremental update reads one line again (core/incremental.ts
// linePath), one character at a time, in a generated draft (5,000 articles by default): a subchapter's
// title («Параграф 2. …», one before every sixth article) and a line of text under a section heading,
// outside any article. Prints, for each, the median time per keystroke of the incremental update in the
// core and how many keystrokes took the fast path.
// npx tsx bench/typing-lines.ts [articles=5000]
import { analyze, analyzeIncremental, incrementalStats, type Analysis } from '../server/src/core';
import { docSources } from '../server/src/core/analysis';
import { generateDraft } from './generate';

const articles = Number(process.argv[2] ?? 5000);
let k = 0;
const text = generateDraft({ articles, seed: 7 }).text
  .replace(/^Статья (\d+)$/gm, (m, n) => (Number(n) % 6 === 0 ? `Параграф ${++k}. Общие положения параграфа ${k}\n\n` : '') + m)
  .replace(/^(Раздел [IVXLC]+\..*)$/gm, '$1\n\nПоложения настоящего раздела.');

function typeAt(name: string, pick: (an: Analysis) => number): void {
  let an = analyze(text);
  let at = pick(an);
  const typed = ' и исключения из них, как это предусмотрено статьей 12';
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
  console.log(`${articles} articles, ${an.doc.subchapters.length} subchapters, ${an.doc.sections.length} sections: ${typed.length} keystrokes ${name}, ` +
    `${fast} on the fast path${fast < typed.length ? ` (last fallback: ${incrementalStats.lastFallback})` : ''}; ` +
    `median ${times[times.length >> 1].toFixed(3)} ms, range ${times[0].toFixed(3)}–${times[times.length - 1].toFixed(3)} ms`);
}

typeAt('in a subchapter\'s title', (an) => an.doc.subchapters[an.doc.subchapters.length >> 1].titleSpan!.end);
typeAt('in text under a section heading', (an) => {
  const s = an.doc.sections[an.doc.sections.length >> 1];
  const at = an.text.indexOf('Положения настоящего раздела.', s.headSpan.end);
  return at + 'Положения настоящего раздела'.length;
});
