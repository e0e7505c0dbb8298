// Code lens "cited by N" above the articles, with the locations of the citations. By default
// ('cited') only above the articles that are cited: a "no references" lens on some 80 of 96 articles
// costs a line each and says nothing. 'all' shows every article's lens, 'off' none.
// Pure: the count and spans; the server turns them into a command.

import type { Analysis } from '../analysis';
import type { Article, Lang, Span } from '../types';
import { citedBy } from './labels';
import { referencesTo } from './navigation';
import { duplicatedArticleNumbers, isDuplicated } from './duplicates';

export interface ArticleLens {
  article: Article;
  /** Where the lens sits: the article's heading line. */
  span: Span;
  /** Position the "show references" peek opens at: the article's number. */
  numberSpan: Span;
}

export interface ResolvedLens extends ArticleLens {
  count: number;
  locations: Span[];
  title: string;
}

/** Which articles get a lens (setting `atazan.codeLens.references`). */
export type LensMode = 'cited' | 'all' | 'off';

/** The setting's value, or the default 'cited' for anything else. */
export function lensMode(v: unknown): LensMode {
  return v === 'all' || v === 'off' || v === 'cited' ? v : 'cited';
}

/** Cheap: one lens per article, unresolved (no counting). */
export function codeLenses(an: Analysis): ArticleLens[] {
  // A number borne by two headings: its citations cannot tell them apart, so neither gets a count
  // (the one just typed above the old article would show the old one's citations).
  const dup = duplicatedArticleNumbers(an.doc);
  const arts = dup.size ? an.doc.articles.filter((a) => !isDuplicated(an.doc, a)) : an.doc.articles;
  return arts.map((a) => ({ article: a, span: a.headSpan, numberSpan: a.number.span }));
}

/** The resolved lenses to show under `mode`: 'cited' keeps the articles cited at least once. */
export function visibleCodeLenses(an: Analysis, mode: LensMode, lang: Lang = an.lang): ResolvedLens[] {
  if (mode === 'off') return [];
  const all = codeLenses(an).map((l) => resolveCodeLens(an, l, lang));
  return mode === 'all' ? all : all.filter((l) => l.count > 0);
}

/** Counts the citations of the article (direct, in ranges and lists, and of its paragraphs). */
export function resolveCodeLens(an: Analysis, lens: ArticleLens, lang: Lang = an.lang): ResolvedLens {
  const locs = referencesTo(an, lens.article, false);
  // A citation of paragraph 3 of article 62 is a citation of article 62 once ('outer').
  const spans = locs.map((l) => l.span);
  return { ...lens, count: spans.length, locations: spans, title: citedBy(spans.length, lang) };
}

/** Finds the lens of the article with this number (for resolve requests carrying only the number). */
export function lensForArticle(an: Analysis, articleNumber: string): ArticleLens | null {
  const a = an.doc.articles.find((x) => x.number.text === articleNumber);
  if (a && isDuplicated(an.doc, a)) return null;
  return a ? { article: a, span: a.headSpan, numberSpan: a.number.span } : null;
}
