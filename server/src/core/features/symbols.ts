// Document symbols (sections › chapters › articles › paragraphs › subparagraphs) and workspace symbols.
// Pure: plain data with offsets.

import type { Analysis } from '../analysis';
import type { Article, Lang, Paragraph, Span, Subparagraph } from '../types';
import { firstWords, preambleName, shorten, unitName } from './labels';
import { docSources } from '../source';
import { detach } from '../text';

export type SymbolKindName = 'preamble' | 'section' | 'chapter' | 'subchapter' | 'article' | 'paragraph' | 'subparagraph';

export interface DocSymbol {
  name: string;
  detail: string;
  kind: SymbolKindName;
  /** The whole unit. */
  span: Span;
  /** The heading / number (must lie inside `span`). */
  selectionSpan: Span;
  excluded: boolean;
  children: DocSymbol[];
}

export interface SymbolOptions {
  /** Include paragraphs and subparagraphs (default true, up to `maxSubunits`). */
  paragraphs?: boolean;
  /**
   * Above this many paragraphs and subparagraphs in the document the outline lists sections, chapters
   * and articles only (default SUBUNIT_LIMIT): every symbol costs time to build, convert and send, and
   * an outline of a hundred thousand entries is no help to read.
   */
  maxSubunits?: number;
  /** Language of the names; defaults to the document's language. */
  lang?: Lang;
}

function lineText(an: Analysis, s: Span): string {
  return docSources(an.doc).masked.slice(s.start, s.end);
}

/** A copy of a model span: symbols share nothing with the analysis (the next incremental update moves its spans). */
function copy(s: Span): Span {
  return { start: s.start, end: s.end };
}

/** Sorts by start unless already in order (the parser lists units in document order: the usual case). */
function sortByStart(list: DocSymbol[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i].span.start < list[i - 1].span.start) {
      list.sort((x, y) => x.span.start - y.span.start);
      return;
    }
  }
}

function subSymbol(an: Analysis, s: Subparagraph, lang: Lang): DocSymbol {
  return {
    name: unitName(s, lang), detail: shorten(s.title ?? '', 60), kind: 'subparagraph', span: copy(s.span),
    selectionSpan: copy(s.number.span), excluded: s.excluded, children: [],
  };
}

function paraSymbol(an: Analysis, p: Paragraph, lang: Lang): DocSymbol {
  const children = p.subparagraphs.map((s) => subSymbol(an, s, lang));
  sortByStart(children);
  return {
    name: unitName(p, lang), detail: shorten(p.title ?? '', 60), kind: 'paragraph', span: copy(p.span),
    selectionSpan: copy(p.number.span), excluded: p.excluded, children,
  };
}

export function articleName(a: Article, lang: Lang): string {
  return unitName(a, lang) + (a.title ? `. ${a.title}` : '');
}

function articleSymbol(an: Analysis, a: Article, lang: Lang, withParas: boolean): DocSymbol {
  const children: DocSymbol[] = [];
  if (withParas) {
    for (const s of a.subparagraphs) children.push(subSymbol(an, s, lang));
    for (const p of a.paragraphs) children.push(paraSymbol(an, p, lang));
    sortByStart(children);
  }
  return {
    // The detail is cut out of the text: a copy, so that a symbol kept for the next version (below)
    // keeps no piece of this version's text alive (core/text.ts detach).
    name: articleName(a, lang), detail: detach(firstWords(docSources(an.doc).masked, a, 60)), kind: 'article', span: copy(a.span),
    selectionSpan: copy(a.number.span), excluded: a.excluded, children,
  };
}

/**
 * An article's symbol as last built, and where the article was then. An incremental update
 * (core/incremental.ts) keeps every article it did not re-parse as the same object and only moves its
 * spans, all by the same amount; anything else (a re-parse, a full analysis) gives new Article objects.
 * So a kept article's symbol is its old one moved by the distance its start moved: names and details
 * are not built again for the articles an edit did not touch. The record is updated in place when the
 * symbol moves (no new record per article and version), and it keeps the article's count of paragraphs
 * and subparagraphs, so that the outline of a new version need not walk every article's paragraphs
 * again to decide whether to list them (SymbolOptions.maxSubunits).
 */
interface BuiltArticle {
  sym: DocSymbol;
  start: number;
  length: number;
  lang: Lang;
  withParas: boolean;
  excluded: boolean;
  /** The article's paragraphs and subparagraphs (subunitsOf). */
  subunits: number;
}
const builtArticles = new WeakMap<Article, BuiltArticle>();

/** A copy of a symbol tree moved by `d` (symbols are never modified once built: answers share them). */
function moved(s: DocSymbol, d: number): DocSymbol {
  const n = s.children.length;
  const children: DocSymbol[] = new Array(n);
  for (let i = 0; i < n; i++) children[i] = moved(s.children[i], d);
  return {
    name: s.name, detail: s.detail, kind: s.kind, span: { start: s.span.start + d, end: s.span.end + d },
    selectionSpan: { start: s.selectionSpan.start + d, end: s.selectionSpan.end + d }, excluded: s.excluded, children,
  };
}

/**
 * The record of `a` if it still describes the article as it is (same length, same exclusion). `span` is
 * `a.span`, read once by the caller: the parser's article makes it from its heading span at each read
 * (parser.ts ArticleUnit), so the outline's loop reads it once per article.
 */
function builtFor(a: Article, span: Span): BuiltArticle | undefined {
  const b = builtArticles.get(a);
  return b && b.length === span.end - span.start && b.excluded === a.excluded ? b : undefined;
}

function articleSymbolReused(an: Analysis, a: Article, span: Span, b: BuiltArticle | undefined, lang: Lang, withParas: boolean, subunits: number): DocSymbol {
  const start = span.start;
  if (b && b.lang === lang && b.withParas === withParas) {
    if (b.start === start) return b.sym;
    const sym = moved(b.sym, start - b.start);
    b.sym = sym;
    b.start = start;
    return sym;
  }
  const sym = articleSymbol(an, a, lang, withParas);
  if (b) {
    b.sym = sym; b.start = start; b.lang = lang; b.withParas = withParas;
  } else {
    builtArticles.set(a, { sym, start, length: span.end - start, lang, withParas, excluded: a.excluded, subunits });
  }
  return sym;
}

/** Default of SymbolOptions.maxSubunits: a 5,000-article draft has about 19,000. */
export const SUBUNIT_LIMIT = 50_000;

/** Paragraphs and subparagraphs of one article. */
function subunitsOf(a: Article): number {
  let n = a.paragraphs.length + a.subparagraphs.length;
  for (const p of a.paragraphs) n += p.subparagraphs.length;
  return n;
}

/** Paragraphs and subparagraphs of a document. */
export function subunitCount(an: Analysis): number {
  let n = 0;
  for (const a of an.doc.articles) n += subunitsOf(a);
  return n;
}

/**
 * Hierarchical outline of one document. Articles outside sections are top-level. The answer shares no
 * object with the analysis, but article symbols are shared with earlier and later answers (see
 * BuiltArticle): read it, do not modify it.
 */
export function documentSymbols(an: Analysis, opts: SymbolOptions = {}): DocSymbol[] {
  const lang = opts.lang ?? an.lang;
  const doc = an.doc;
  const max = opts.maxSubunits ?? SUBUNIT_LIMIT;
  // Whether paragraphs are listed depends on the document's count of them, which is summed while the
  // article symbols are built (from the records of the articles an edit kept): the outline is built for
  // the choice made last time for this document's articles, and built again in the rare case that the
  // count says otherwise (a count crossing `max`). A document never outlined is counted first.
  const paras = opts.paragraphs !== false;
  let withParas = paras && (lastChoice(doc.articles, lang) ?? subunitCount(an) <= max);
  for (;;) {
    const { top, subunits } = outlineOf(an, doc, lang, withParas);
    const want = paras && subunits <= max;
    if (want === withParas) return top;
    withParas = want;
  }
}

/** withParas of the last outline that built symbols of these articles (first, middle or last) in `lang`. */
function lastChoice(articles: readonly Article[], lang: Lang): boolean | undefined {
  const n = articles.length;
  for (const i of n > 0 ? [0, n >> 1, n - 1] : []) {
    const b = builtArticles.get(articles[i]);
    if (b && b.lang === lang) return b.withParas;
  }
  return undefined;
}

function outlineOf(an: Analysis, doc: Analysis['doc'], lang: Lang, withParas: boolean): { top: DocSymbol[]; subunits: number } {
  const top: DocSymbol[] = [];
  const sectionSyms = new Map<object, DocSymbol>();
  const chapterSyms = new Map<object, DocSymbol>();
  const subchapterSyms: DocSymbol[] = [];
  /** Lists that hold other symbols than articles (sorted by start, whatever the articles' order). */
  const mixed = new Set<DocSymbol[]>();
  if (doc.preamble) {
    mixed.add(top);
    top.push({
      name: preambleName(lang), detail: shorten(lineText(an, doc.preamble), 60), kind: 'preamble', span: copy(doc.preamble),
      selectionSpan: { start: doc.preamble.start, end: doc.preamble.start }, excluded: false, children: [],
    });
  }
  for (const s of doc.sections) {
    const sym: DocSymbol = {
      name: unitName(s, lang) + (s.title ? `. ${s.title}` : ''), detail: '', kind: 'section', span: copy(s.span),
      selectionSpan: copy(s.number.span), excluded: s.excluded, children: [],
    };
    sectionSyms.set(s, sym);
    top.push(sym);
    mixed.add(top);
  }
  for (const c of doc.chapters) {
    const sym: DocSymbol = {
      name: unitName(c, lang) + (c.title ? `. ${c.title}` : ''), detail: '', kind: 'chapter', span: copy(c.span),
      selectionSpan: copy(c.number.span), excluded: c.excluded, children: [],
    };
    chapterSyms.set(c, sym);
    const parent = c.section ? sectionSyms.get(c.section) : undefined;
    const list = parent ? parent.children : top;
    list.push(sym);
    mixed.add(list);
  }
  // Subchapters of codes («Параграф 1. …»), named as written, under their chapter.
  const subchapterOf = new Map<object, DocSymbol>();
  for (const c of doc.subchapters) {
    const word = docSources(doc).masked.slice(c.headSpan.start, c.number.span.end).trim();
    const sym: DocSymbol = {
      name: word + (c.title ? `. ${c.title}` : ''), detail: '', kind: 'subchapter', span: copy(c.span),
      selectionSpan: copy(c.number.span), excluded: false, children: [],
    };
    for (const a of c.articles) subchapterOf.set(a, sym);
    const parent = c.chapter ? chapterSyms.get(c.chapter) : undefined;
    const list = parent ? parent.children : top;
    list.push(sym);
    mixed.add(list);
    subchapterSyms.push(sym);
  }
  let subunits = 0;
  // Whether the articles' starts never decrease in document order: then a list that holds articles
  // only is in order as built (a subsequence of doc.articles), and is not read again to check it.
  let ascending = true;
  let lastStart = -Infinity;
  for (const a of doc.articles) {
    const span = a.span;
    if (span.start < lastStart) ascending = false;
    lastStart = span.start;
    const b = builtFor(a, span);
    const n = b ? b.subunits : subunitsOf(a);
    subunits += n;
    const sym = articleSymbolReused(an, a, span, b, lang, withParas, n);
    const parent = subchapterOf.get(a) || (a.chapter && chapterSyms.get(a.chapter)) || (a.section && sectionSyms.get(a.section)) || undefined;
    (parent ? parent.children : top).push(sym);
  }
  // Articles' children are in order already (articleSymbol); the levels above them are sorted here:
  // the top level and every section's, chapter's and subchapter's children (the preamble has none).
  const sort = (list: DocSymbol[]) => {
    if (!ascending || mixed.has(list)) sortByStart(list);
  };
  sort(top);
  for (const x of sectionSyms.values()) sort(x.children);
  for (const x of chapterSyms.values()) sort(x.children);
  for (const x of subchapterSyms) sort(x.children);
  // Sections get the range of their articles as detail («1–11»): the first and the last article in
  // depth-first order (articles hold no articles), found from either end of the sorted lists.
  for (const s of sectionSyms.values()) {
    const first = edgeArticle(s.children, true);
    const last = edgeArticle(s.children, false);
    if (first && last) s.detail = first === last ? numberOf(first) : `${numberOf(first)}–${numberOf(last)}`;
  }
  return { top, subunits };
}

/** The first (or last) article symbol in depth-first order under `list`. */
function edgeArticle(list: DocSymbol[], fromStart: boolean): DocSymbol | undefined {
  const n = list.length;
  for (let k = 0; k < n; k++) {
    const c = list[fromStart ? k : n - 1 - k];
    if (c.kind === 'article') return c;
    const inner = edgeArticle(c.children, fromStart);
    if (inner) return inner;
  }
  return undefined;
}

function numberOf(s: DocSymbol): string {
  return /\d+(?:-\d+)*/.exec(s.name)?.[0] ?? '';
}

/** Flattens a symbol tree (depth first). */
export function flattenSymbols(list: DocSymbol[]): DocSymbol[] {
  const out: DocSymbol[] = [];
  const walk = (l: DocSymbol[]) => {
    for (const s of l) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(list);
  return out;
}

export interface WorkspaceSymbol<K = string> {
  key: K;
  name: string;
  kind: SymbolKindName;
  containerName: string;
  detail: string;
  span: Span;
  selectionSpan: Span;
  /** Lower is better. */
  score: number;
}

/**
 * Articles and sections of many documents matching `query` (case-insensitive) by number, name or
 * first words. An empty query lists every article. Results sorted by score, then document order.
 */
export function workspaceSymbols<K>(
  entries: Iterable<{ key: K; an: Analysis }>, query: string, limit = 500,
): WorkspaceSymbol<K>[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const out: WorkspaceSymbol<K>[] = [];
  for (const { key, an } of entries) {
    const lang = an.lang;
    const doc = an.doc;
    for (const s of doc.sections) {
      const name = unitName(s, lang) + (s.title ? `. ${s.title}` : '');
      const score = match(q, s.number.text, name, '');
      if (score !== null) {
        out.push({ key, name, kind: 'section', containerName: '', detail: '', span: s.span, selectionSpan: s.number.span, score: score + 0.5 });
      }
    }
    for (const a of doc.articles) {
      const name = articleName(a, lang);
      const detail = firstWords(docSources(doc).masked, a, 60);
      const score = match(q, a.number.text, name, detail);
      if (score === null) continue;
      const container = a.section ? unitName(a.section, lang) + (a.section.title ? `. ${a.section.title}` : '') : '';
      out.push({ key, name, kind: 'article', containerName: container, detail, span: a.span, selectionSpan: a.number.span, score });
    }
  }
  out.sort((x, y) => x.score - y.score);
  return out.slice(0, Math.max(0, limit));
}

/** null = no match; 0 exact number; 1 number prefix; 2 name; 3 first words; 4 fuzzy subsequence. */
function match(q: string, num: string, name: string, detail: string): number | null {
  if (!q) return 2;
  const bare = q.replace(/^(статья|ст\.|article|art\.|раздел|section|бап|бөлім)\s*/u, '').replace(/-?(бап|бөлім)$/u, '').trim();
  const n = num.toLowerCase();
  if (bare && bare === n) return 0;
  const nm = name.toLowerCase();
  if (nm.includes(q)) return /^\d/.test(q) && !n.startsWith(bare) ? 2 : 1 + (n.startsWith(bare) ? 0 : 1);
  if (bare && /^[\divxlc-]+$/.test(bare) && n.startsWith(bare)) return 1;
  if (detail.toLowerCase().includes(q)) return 3;
  // Fuzzy: every query character in order in the name (VS Code style), only for letter queries.
  if (!/\d/.test(q) && q.length >= 2 && subsequence(q, nm)) return 4;
  return null;
}

function subsequence(q: string, s: string): boolean {
  let i = 0;
  for (const c of s) if (c === q[i] && ++i === q.length) return true;
  return i === q.length;
}
