// The outline as plain data: used by `atazan outline` and by tests.

import type { Analysis } from '../analysis';
import { lexicon } from '../lang';
import type { Range } from '../text';

export interface OutlineJson {
  language: string;
  preamble: boolean;
  sections: { number: string; title: string | null; range: Range }[];
  chapters: { number: string; title: string | null; section: string | null; range: Range }[];
  articles: {
    number: string;
    section: string | null;
    chapter: string | null;
    title: string | null;
    excluded: boolean;
    range: Range;
    paragraphs: { number: string; range: Range; subparagraphs: { number: string; range: Range }[] }[];
    subparagraphs: { number: string; range: Range }[];
  }[];
}

export function outline(an: Analysis): OutlineJson {
  const li = an.lineIndex;
  const doc = an.doc;
  return {
    language: an.lang,
    preamble: doc.preamble !== null,
    sections: doc.sections.map((s) => ({ number: s.number.text, title: s.title ?? null, range: li.range(s.span) })),
    chapters: doc.chapters.map((c) => ({
      number: c.number.text, title: c.title ?? null, section: c.section?.number.text ?? null, range: li.range(c.span),
    })),
    articles: doc.articles.map((a) => ({
      number: a.number.text,
      section: a.section?.number.text ?? null,
      chapter: a.chapter?.number.text ?? null,
      title: a.title ?? null,
      excluded: a.excluded,
      range: li.range(a.span),
      paragraphs: a.paragraphs.map((p) => ({
        number: p.number.text,
        range: li.range(p.span),
        subparagraphs: p.subparagraphs.map((s) => ({ number: s.number.text, range: li.range(s.span) })),
      })),
      subparagraphs: a.subparagraphs.map((s) => ({ number: s.number.text, range: li.range(s.span) })),
    })),
  };
}

export function outlineText(an: Analysis): string {
  const out: string[] = [];
  const o = outline(an);
  out.push(`language: ${o.language}${o.preamble ? ', preamble' : ''}`);
  let lastSection: string | null = null;
  let lastChapter: string | null = null;
  const lex = lexicon(an.doc.lang);
  for (const a of o.articles) {
    if (a.section !== lastSection && a.section !== null) {
      const s = o.sections.find((x) => x.number === a.section);
      out.push(`${s?.number ?? a.section}. ${s?.title ?? ''}`.trimEnd());
      lastSection = a.section;
      lastChapter = null;
    }
    // Chapters too, as the act writes their heading («Глава 2. …», «2-тарау. …»; session 25: a law of chapters
    // without sections showed its articles only).
    if (a.chapter !== lastChapter && a.chapter !== null) {
      const c = o.chapters.find((x) => x.number === a.chapter && x.section === a.section);
      out.push(` ${lex.unitHeading('chapter', a.chapter)}. ${c?.title ?? ''}`.trimEnd());
      lastChapter = a.chapter;
    }
    const subs = a.paragraphs.reduce((n, p) => n + p.subparagraphs.length, a.subparagraphs.length);
    out.push(`  ${a.number}${a.title ? '. ' + a.title : ''}${a.excluded ? ' (excluded)' : ''}  [line ${a.range.start.line + 1}; ${a.paragraphs.length} paragraphs, ${subs} subparagraphs]`);
  }
  return out.join('\n');
}
