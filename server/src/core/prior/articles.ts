// Article texts for the matcher, taken from the document model. Pure: no fs, no vscode.
//
// One "paragraph" per body line of the article (numbered point, sub-item or unnumbered part), with
// comments (`<!-- … -->`, including prior pins) removed and whitespace collapsed. This is the same
// granularity the matcher was calibrated on, and it keeps a 1:1 map from a paragraph to its line,
// which hover and the comparative table use.

import type { Analysis } from '../analysis';
import { canonical } from '../parser';
import type { Article, Span } from '../types';
import type { ArticleText } from './match';

export interface ModelArticleText extends ArticleText {
  /** Span of each entry of `paragraphs` in the document (content span of the line). */
  spans: Span[];
  /** The article in the model. */
  article: Article;
  /** Number as written (`number` is canonical: "83-1", leading zeros dropped). */
  written: string;
}

/** Body text of every article of the document, in document order. */
export function articleTexts(an: Analysis): ModelArticleText[] {
  const masked = an.doc.masked;
  return an.doc.articles.map((a, index) => {
    const paragraphs: string[] = [];
    const spans: Span[] = [];
    for (const l of a.lines) {
      const t = masked.slice(l.start, l.end).replace(/\s+/g, ' ').trim();
      if (!t) continue;
      paragraphs.push(t);
      spans.push(l);
    }
    return {
      number: canonical(a.number.text),
      written: a.number.text,
      text: paragraphs.join('\n'),
      paragraphs,
      section: a.section ? a.section.number.text : undefined,
      index,
      spans,
      article: a,
    };
  });
}
