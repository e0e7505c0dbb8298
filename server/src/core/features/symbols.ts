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
 * are not built again for the articles an edit did not touch.
 */
interface BuiltArticle {
  sym: DocSymbol;
  start: number;
  length: number;
  lang: Lang;
  withParas: boolean;
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

function articleSymbolReused(an: Analysis, a: Article, lang: Lang, withParas: boolean): DocSymbol {
  const b = builtArticles.get(a);
  const start = a.span.start;
  if (b && b.lang === lang && b.withParas === withParas && b.length === a.span.end - start && b.sym.excluded === a.excluded) {
    if (b.start === start) return b.sym;
    const sym = moved(b.sym, start - b.start);
    builtArticles.set(a, { sym, start, length: b.length, lang, withParas });
    return sym;
  }
  const sym = articleSymbol(an, a, lang, withParas);
  builtArticles.set(a, { sym, start, length: a.span.end - start, lang, withParas });
  return sym;
}

/** Default of SymbolOptions.maxSubunits: a 5,000-article draft has about 19,000. */
export const SUBUNIT_LIMIT = 50_000;

/** Paragraphs and subparagraphs of a document. */
export function subunitCount(an: Analysis): number {
  let n = 0;
  for (const a of an.doc.articles) {
    n += a.paragraphs.length + a.subparagraphs.length;
    for (const p of a.paragraphs) n += p.subparagraphs.length;
  }
  return n;
}

/**
 * Hierarchical outline of one document. Articles outside sections are top-level. The answer shares no
 * object with the analysis, but article symbols are shared with earlier and later answers (see
 * BuiltArticle): read it, do not modify it.
 */
export function documentSymbols(an: Analysis, opts: SymbolOptions = {}): DocSymbol[] {
  const lang = opts.lang ?? an.lang;
  const withParas = opts.paragraphs !== false && subunitCount(an) <= (opts.maxSubunits ?? SUBUNIT_LIMIT);
  const doc = an.doc;
  const top: DocSymbol[] = [];
  if (doc.preamble) {
    top.push({
      name: preambleName(lang), detail: shorten(lineText(an, doc.preamble), 60), kind: 'preamble', span: copy(doc.preamble),
      selectionSpan: { start: doc.preamble.start, end: doc.preamble.start }, excluded: false, children: [],
    });
  }
  const sectionSyms = new Map<object, DocSymbol>();
  const chapterSyms = new Map<object, DocSymbol>();
  for (const s of doc.sections) {
    const sym: DocSymbol = {
      name: unitName(s, lang) + (s.title ? `. ${s.title}` : ''), detail: '', kind: 'section', span: copy(s.span),
      selectionSpan: copy(s.number.span), excluded: s.excluded, children: [],
    };
    sectionSyms.set(s, sym);
    top.push(sym);
  }
  for (const c of doc.chapters) {
    const sym: DocSymbol = {
      name: unitName(c, lang) + (c.title ? `. ${c.title}` : ''), detail: '', kind: 'chapter', span: copy(c.span),
      selectionSpan: copy(c.number.span), excluded: c.excluded, children: [],
    };
    chapterSyms.set(c, sym);
    const parent = c.section ? sectionSyms.get(c.section) : undefined;
    (parent ? parent.children : top).push(sym);
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
    (parent ? parent.children : top).push(sym);
  }
  for (const a of doc.articles) {
    const sym = articleSymbolReused(an, a, lang, withParas);
    const parent = subchapterOf.get(a) || (a.chapter && chapterSyms.get(a.chapter)) || (a.section && sectionSyms.get(a.section)) || undefined;
    (parent ? parent.children : top).push(sym);
  }
  // Articles' children are in order already (articleSymbol); the levels above them are sorted here.
  const sortRec = (list: DocSymbol[]) => {
    sortByStart(list);
    for (const s of list) if (s.kind !== 'article') sortRec(s.children);
  };
  sortRec(top);
  // Sections get the range of their articles as detail («1–11»): the first and the last article in
  // depth-first order (articles hold no articles).
  for (const s of sectionSyms.values()) {
    let first: DocSymbol | undefined;
    let last: DocSymbol | undefined;
    const walk = (list: DocSymbol[]) => {
      for (const c of list) {
        if (c.kind === 'article') { first ??= c; last = c; } else walk(c.children);
      }
    };
    walk(s.children);
    if (first && last) s.detail = first === last ? numberOf(first) : `${numberOf(first)}–${numberOf(last)}`;
  }
  return top;
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
