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
import { docSources, type TextReader } from '../source';

export interface ModelArticleText extends ArticleText {
  /** Span of each entry of `paragraphs` in the document (content span of the line). */
  spans: Span[];
  /** The article in the model. */
  article: Article;
  /** Number as written (`number` is canonical: "83-1", leading zeros dropped). */
  written: string;
}

/**
 * What articleTexts made of an article, reused while the article is the same object at the same index
 * with the same body length (issue 17.4). An Article's text never changes while the object lives: the
 * incremental analysis replaces the article an edit falls in and only moves the others, all their lines
 * by the same amount (core/incremental.ts); a full analysis makes new objects. So neither the text nor
 * the document (whose new version would have to be flattened to be read) is looked at again, and the
 * same `paragraphs` array lets the matcher reuse its features.
 */
interface Cached {
  index: number;
  length: number;
  text: ModelArticleText;
}
const cache = new WeakMap<Article, Cached>();

function bodyLength(a: Article): number {
  const lines = a.lines;
  return lines.length ? lines[lines.length - 1].end - lines[0].start : -1;
}

/** A run of whitespace other than one U+0020: two or more characters, or one tab, line break, no-break space… */
const UNCOLLAPSED = /\s\s|[^\S ]/;
const WHITESPACE_RUNS = /\s+/g;

function textOf(a: Article, index: number, masked: TextReader): ModelArticleText {
  const c = cache.get(a);
  if (c && c.index === index && c.length === bodyLength(a)) return c.text;
  const paragraphs: string[] = [];
  const spans: Span[] = [];
  for (const l of a.lines) {
    const line = masked.slice(l.start, l.end);
    // Runs of whitespace collapsed to one space: only a run other than one U+0020 changes, and most
    // lines have none, so they are not rebuilt by a replacement (a match per word was most of this
    // function's time, issue 15). Either is detached (core/text.ts detach): a line as it is is a view
    // into the document's text, and a replacement's result is a cons string, which detach flattens.
    const t = UNCOLLAPSED.test(line) ? line.replace(WHITESPACE_RUNS, ' ').trim() : line.trim();
    if (!t) continue;
    paragraphs.push(detach(t));
    spans.push(l);
  }
  const text: ModelArticleText = {
    number: canonical(a.number.text),
    written: a.number.text,
    text: paragraphs.join('\n'),
    paragraphs,
    section: a.section ? a.section.number.text : undefined,
    index,
    // The lines' own spans: the incremental analysis moves them in place.
    spans,
    article: a,
  };
  cache.set(a, { index, length: bodyLength(a), text });
  return text;
}

/**
 * After the incremental analysis has replaced the model's spans (core/incremental.ts anchorModel: each
 * line's span object by one that moves with its region), the kept texts of these articles point to the
 * new objects (`replaced` maps old to new): the same texts, so the matcher keeps its features.
 */
export function replaceArticleSpans(arts: readonly Article[], replaced: (s: Span) => Span | undefined): void {
  for (let i = 0; i < arts.length; i++) {
    const c = cache.get(arts[i]);
    if (!c) continue;
    const spans = c.text.spans;
    for (let k = 0; k < spans.length; k++) spans[k] = replaced(spans[k]) ?? spans[k];
  }
}

/**
 * Forgets the kept texts of these articles, which name their section's number (`section`): the
 * incremental analysis calls it when that number is edited on the section's heading line (the articles
 * are the same objects, of the same length, so the text would be taken as still valid).
 */
export function forgetArticleTexts(arts: readonly Article[]): void {
  for (let i = 0; i < arts.length; i++) cache.delete(arts[i]);
  memos.length = 0;
}

/**
 * The last few results, by the article list they were made from: the next version's list holds the
 * same Article objects at the same places but one, so it is compared with the previous list place by
 * place instead of looking every article up in the cache (a WeakMap look-up per article per keystroke
 * was ≈ 10 % of the typing profile at 5,000 articles, issue 17.4). At most MEMOS lists are kept.
 */
interface Memo {
  articles: readonly Article[];
  texts: ModelArticleText[];
  lengths: Int32Array;
}
const MEMOS = 4;
const memos: Memo[] = [];

function memoFor(arts: readonly Article[]): Memo | undefined {
  const n = arts.length;
  if (n === 0) return undefined;
  for (const m of memos) {
    if (m.articles.length === n && (m.articles[0] === arts[0] || m.articles[n - 1] === arts[n - 1])) return m;
  }
  return undefined;
}

/** Body text of every article of the document, in document order. */
export function articleTexts(an: Analysis): ModelArticleText[] {
  const masked = docSources(an.doc).masked;
  const arts = an.doc.articles;
  const n = arts.length;
  const m = memoFor(arts);
  const texts = new Array<ModelArticleText>(n);
  const lengths = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = arts[i];
    const len = bodyLength(a);
    lengths[i] = len;
    texts[i] = m !== undefined && m.articles[i] === a && m.lengths[i] === len ? m.texts[i] : textOf(a, i, masked);
  }
  const k = m ? memos.indexOf(m) : -1;
  if (k >= 0) memos.splice(k, 1);
  memos.unshift({ articles: arts, texts, lengths });
  if (memos.length > MEMOS) memos.length = MEMOS;
  return texts;
}
