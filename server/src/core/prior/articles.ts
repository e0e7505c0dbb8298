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
import { detach } from '../text';

export interface ModelArticleText extends ArticleText {
  /** Span of each entry of `paragraphs` in the document (content span of the line). */
  spans: Span[];
  /** The article in the model. */
  article: Article;
  /** Number as written (`number` is canonical: "83-1", leading zeros dropped). */
  written: string;
}

/**
 * What articleTexts found for an article: its body as it was (a copy), where its non-empty lines are
 * relative to the body, and the paragraphs. Reused while the article's body is the same text at the
 * same line offsets: the same `paragraphs` array then lets the matcher reuse its features (issue 17.4).
 */
interface BodyCache {
  body: string;
  lineRel: number[];
  /** Index in article.lines of each paragraph. */
  lineIdx: number[];
  paragraphs: string[];
  text: string;
}
const bodies = new WeakMap<Article, BodyCache>();

function bodyOf(a: Article, masked: string): BodyCache {
  const lines = a.lines;
  const start = lines.length ? lines[0].start : 0;
  const end = lines.length ? lines[lines.length - 1].end : 0;
  const c = bodies.get(a);
  if (c && c.body.length === end - start && c.lineRel.length === 2 * lines.length && masked.startsWith(c.body, start)) {
    let same = true;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].start - start !== c.lineRel[2 * i] || lines[i].end - start !== c.lineRel[2 * i + 1]) { same = false; break; }
    }
    if (same) return c;
  }
  const paragraphs: string[] = [];
  const lineIdx: number[] = [];
  const lineRel: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    lineRel.push(l.start - start, l.end - start);
    const t = masked.slice(l.start, l.end).replace(/\s+/g, ' ').trim();
    if (!t) continue;
    paragraphs.push(detach(t));
    lineIdx.push(i);
  }
  const r: BodyCache = { body: detach(masked.slice(start, end)), lineRel, lineIdx, paragraphs, text: paragraphs.join('\n') };
  bodies.set(a, r);
  return r;
}

/** Body text of every article of the document, in document order. */
export function articleTexts(an: Analysis): ModelArticleText[] {
  const masked = an.doc.masked;
  return an.doc.articles.map((a, index) => {
    const b = bodyOf(a, masked);
    return {
      number: canonical(a.number.text),
      written: a.number.text,
      text: b.text,
      paragraphs: b.paragraphs,
      section: a.section ? a.section.number.text : undefined,
      index,
      spans: b.lineIdx.map((i) => a.lines[i]),
      article: a,
    };
  });
}
