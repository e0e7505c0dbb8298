// numberCitations and digitSpan (server/src/core/features/renumber.ts) as they were before issue 15's
// session 12, kept as the reference of test/unit/number-citations.test.ts: the digits found by a slice
// and a regular expression, and every cited article and paragraph looked up by its number.

import type { Analysis } from '../../server/src/core/analysis';
import { findParagraph, findSub, type ResolvedTarget } from '../../server/src/core/resolve';
import type { Article, Paragraph, RefNum, Span, Subparagraph } from '../../server/src/core/types';
import { canonical } from '../../server/src/core/parser';
import { duplicatedArticleNumbers } from '../../server/src/core/features/duplicates';
import type { NumberCitation } from '../../server/src/core/features/renumber';

const NUMBER_RE = /\d+(?:-\d+)*/;

export function digitSpanReference(text: string, span: Span): Span {
  const s = text.slice(span.start, span.end);
  const m = NUMBER_RE.exec(s);
  if (!m) return span;
  return { start: span.start + m.index, end: span.start + m.index + m[0].length };
}

function subList(s: Subparagraph): Subparagraph[] {
  return s.paragraph ? s.paragraph.subparagraphs : s.article.subparagraphs;
}

type NumUnit = NumberCitation['unit'];

export function numberCitationsReference(an: Analysis): NumberCitation[] {
  const out: NumberCitation[] = [];
  const seen = new Set<number>();
  const text = an.text;
  const push = (num: RefNum | undefined, unit: NumUnit | undefined | null, t: ResolvedTarget, role: NumberCitation['role']) => {
    if (!num || !unit) return;
    const span = digitSpanReference(text, num.span);
    if (seen.has(span.start)) return;
    seen.add(span.start);
    out.push({ span, unit, target: t, role });
  };
  const doc = an.doc;
  const dup = duplicatedArticleNumbers(doc);
  for (const t of an.targets) {
    const tg = t.target;
    if (dup.size > 0 && tg.article?.kind === 'num' && (dup.has(canonical(tg.article.num.text)) || (tg.article.rangeEnd && dup.has(canonical(tg.article.rangeEnd.text))))) continue;
    let art: Article | null = null;
    const al = tg.article;
    if (al && al.kind === 'num') {
      if (tg.unit === 'article' && al.rangeEnd) {
        push(al.num, doc.articleByNumber.get(canonical(al.num.text)), t, 'rangeStart');
        push(al.rangeEnd, doc.articleByNumber.get(canonical(al.rangeEnd.text)), t, 'rangeEnd');
        continue;
      }
      art = doc.articleByNumber.get(canonical(al.num.text)) ?? null;
      push(al.num, art, t, 'single');
    } else {
      art = t.context;
    }
    if (tg.unit === 'article' || !art) continue;
    let para: Paragraph | null = null;
    const pl = tg.paragraph;
    if (pl && pl.kind === 'num') {
      if (tg.unit === 'paragraph' && pl.rangeEnd) {
        push(pl.num, findParagraph(art, pl.num.text), t, 'rangeStart');
        push(pl.rangeEnd, findParagraph(art, pl.rangeEnd.text), t, 'rangeEnd');
        continue;
      }
      para = findParagraph(art, pl.num.text) ?? null;
      push(pl.num, para, t, 'single');
    }
    if (tg.unit !== 'subparagraph') continue;
    const sl = tg.subparagraph;
    if (!sl || sl.kind !== 'num' || !t.ok || !t.unit || t.unit.kind !== 'subparagraph') continue;
    const list = subList(t.unit);
    if (sl.rangeEnd) {
      push(sl.num, findSub(list, sl.num.text), t, 'rangeStart');
      push(sl.rangeEnd, findSub(list, sl.rangeEnd.text), t, 'rangeEnd');
    } else {
      push(sl.num, t.unit, t, 'single');
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}
