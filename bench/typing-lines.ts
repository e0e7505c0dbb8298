// Issue 15, session 14: typing where the incremental update reads one line again (core/incremental.ts
// linePath), one character at a time, in a generated draft (5,000 articles by default): a subchapter's
// title («Параграф 2. …», one before every sixth article) and a line of text under a section heading,
// outside any article; (session 16) a new article typed, then the next one renumbered; and (session 19) a
// new first article typed under a section's heading and erased, the section renumbered and back. Prints, for each, the median time per keystroke of the incremental update in the
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

/** Keystrokes through analyzeIncremental, timed, and the ones that were full analyses with the reason. */
function keyboard(start: Analysis) {
  const times: number[] = [];
  const full: string[] = [];
  const k = {
    an: start,
    /** One edit; `what` names it (read after the edit) if it was a full analysis. */
    edit(from: number, to: number, ch: string, what: () => string): void {
      const f0 = incrementalStats.fallback;
      const src = docSources(k.an.doc).text.edit(from, to, ch);
      const t0 = performance.now();
      k.an = analyzeIncremental(k.an, { start: from, end: to, text: ch }, src);
      times.push(performance.now() - t0);
      if (incrementalStats.fallback > f0) full.push(`${what()} (${incrementalStats.lastFallback})`);
    },
    report(title: string): void {
      times.sort((a, b) => a - b);
      console.log(`${articles} articles: ${title}: ` +
        `${full.length} of ${times.length} keystrokes full analyses${full.length ? ` — ${full.join('; ')}` : ''}; median ${times[times.length >> 1].toFixed(3)} ms, ` +
        `90th percentile ${times[Math.floor(times.length * 0.9)].toFixed(3)} ms`);
    },
  };
  return k;
}

// Session 16: a new article typed into the official texts' form (no blank lines): after the middle
// article's last line, Enter, «Статья N-1», Enter, its paragraphs; then the next article renumbered by
// hand (a digit typed into its number and deleted). Prints the keystrokes that were full analyses, with
// the reason, and the median time per keystroke.
{
  const k = keyboard(analyze(generateDraft({ articles, seed: 7 }).text));
  const mid = k.an.doc.articles[k.an.doc.articles.length >> 1];
  let at = mid.span.end;
  const typed = `\nСтатья ${mid.number.text}-1\n1. Каждый имеет право на труд, как это предусмотрено пунктом 2 статьи 12.\n2. Второй пункт:\n1) подпункт;\n2) подпункт.`;
  /** The line up to offset p, as typed so far. */
  const lineTo = (p: number) => k.an.text.slice(k.an.lineIndex.lineStart(k.an.lineIndex.positionAt(p).line), p + 1).trim();
  for (const ch of typed) { k.edit(at, at, ch, () => `«${lineTo(at)}»`); at++; }
  at = k.an.doc.articles[mid.index + 2].number.span.end;
  k.edit(at, at, '7', () => `«${lineTo(at)}»`);
  k.edit(at, at + 1, '', () => 'the digit deleted');
  k.report(`a new article typed (${typed.length} keystrokes) and the next one renumbered by a digit typed and deleted`);
}

// Session 19: a new first article typed under the middle section's heading (Enter at the end of «Раздел
// CCL. …», «Статья N», Enter, a paragraph), then erased Backspace by Backspace, and the section renumbered
// by a numeral typed and deleted («Раздел CCL» → «Раздел CCLI» → «Раздел CCL»). Prints the keystrokes
// that were full analyses, with the reason, and the median time per keystroke.
{
  const k = keyboard(analyze(generateDraft({ articles, seed: 7 }).text));
  const sec = k.an.doc.sections[k.an.doc.sections.length >> 1];
  const eol = k.an.text.indexOf('\n', sec.headSpan.start);
  const typed = `\nСтатья ${k.an.doc.articles[sec.articles[0].index].number.text}\n1. Каждый имеет право на труд, как это предусмотрено пунктом 2 статьи 12.`;
  const last = (i: number) => typed.slice(0, i + 1).trim().split('\n').pop();
  for (let i = 0; i < typed.length; i++) k.edit(eol + i, eol + i, typed[i], () => `«${last(i)}» typed`);
  for (let i = typed.length - 1; i >= 0; i--) k.edit(eol + i, eol + i + 1, '', () => `«${last(i)}» erased from its end`);
  const numEnd = k.an.doc.sections[k.an.doc.sections.length >> 1].number.span.end;
  k.edit(numEnd, numEnd, 'I', () => 'the section\'s numeral typed');
  k.edit(numEnd, numEnd + 1, '', () => 'the section\'s numeral deleted');
  k.report(`a new first article typed under a section's heading and erased (${2 * typed.length} keystrokes), the section renumbered and back (2)`);
}
