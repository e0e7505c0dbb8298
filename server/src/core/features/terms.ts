// Defined terms (issue 12): the article of definitions of a law or code («Основные понятия, используемые в
// настоящем Законе», «Осы Заңда пайдаланылатын негізгі ұғымдар», "Basic concepts used in this Law") defines
// a term in each «1) термин – определение». Its uses elsewhere in the act, in any case form, are found by
// stems, the way the prior matcher compares words (core/prior/match.ts: a prefix of the lower-cased word):
// here the term's word less the letters its case endings change (the lexicon's termEnding), at least
// three letters. A term of several words is used where its words follow one another (short words such as
// «по», «в» are passed over on both sides). Go to definition, hover and find references read this. Pure.

import type { Analysis } from '../analysis';
import { docSources } from '../source';
import { escapeMarkdown } from '../escape';
import { ALL_LEXICONS, lexicon } from '../lang';
import type { Article, Span, Subparagraph } from '../types';

export interface Term {
  /** The term as written («организации по оказанию помощи»). */
  text: string;
  /** The term in its definition line. */
  span: Span;
  /** The whole definition line («1-1) организации по оказанию помощи – юридические лица …»). */
  line: Span;
  /** The definition (the text after the dash). */
  definition: string;
  /** Its subparagraph number as written («1-1»). */
  number: string;
  /** Stems of the term's words (three letters or more), in order. */
  stems: string[];
  /** Longest a word of a use may be, per stem. */
  maxLen: number[];
}

export interface TermUse {
  term: Term;
  span: Span;
}

export interface Terms {
  terms: Term[];
  /** Uses in document order (not the declarations). */
  uses: TermUse[];
}

const MEMO = new WeakMap<Analysis, Terms>();
const NONE: Terms = Object.freeze({ terms: [], uses: [] }) as unknown as Terms;
/** The dash between a term and its definition, with blanks around it. */
const DASH = /[ \t\u00a0][–—-][ \t\u00a0]/;
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
const TERM_WORDS_MAX = 8;
const TERM_CHARS_MAX = 120;

const norm = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

function isDefinitions(a: Article): boolean {
  const t = a.title?.trim();
  return !!t && ALL_LEXICONS.some((l) => l.markup.definitionsTitle.test(t));
}

/** The terms defined in `an` and their uses (memoised per analysis). */
export function termsOf(an: Analysis): Terms {
  let t = MEMO.get(an);
  if (!t) MEMO.set(an, (t = readTerms(an)));
  return t;
}

function readTerms(an: Analysis): Terms {
  const doc = an.doc;
  const defs = doc.articles.filter(isDefinitions);
  if (defs.length === 0) return NONE;
  const ending = lexicon(doc.lang).markup.termEnding;
  const terms: Term[] = [];
  for (const a of defs) {
    const subs: Subparagraph[] = [...a.subparagraphs, ...a.paragraphs.flatMap((p) => p.subparagraphs)];
    for (const s of subs) {
      const title = s.title ?? '';
      if (!s.titleSpan) continue;
      const m = DASH.exec(title);
      if (!m || m.index === 0 || m.index > TERM_CHARS_MAX) continue;
      const text = title.slice(0, m.index).trim();
      const words = [...text.matchAll(WORD)].map((x) => norm(x[0]));
      const content = words.filter((w) => w.length >= 3);
      if (content.length === 0 || words.length > TERM_WORDS_MAX) continue;
      const start = s.titleSpan!.start + title.indexOf(text);
      terms.push({
        text, span: { start, end: start + text.length }, line: { start: s.span.start, end: s.titleSpan!.end },
        definition: title.slice(m.index + m[0].length).trim(), number: s.number.text,
        stems: content.map((w) => w.slice(0, Math.max(3, Math.min(w.length, w.length - ending)))),
        maxLen: content.map((w) => w.length + Math.max(4, ending * 3)),
      });
    }
  }
  if (terms.length === 0) return NONE;
  // Index by the first three letters of the first stem.
  const byHead = new Map<string, Term[]>();
  for (const t of terms) {
    const k = t.stems[0].slice(0, 3);
    const list = byHead.get(k);
    if (list) list.push(t); else byHead.set(k, [t]);
  }
  const uses: TermUse[] = [];
  // Read by range (no whole copy of the text per version: issue 17.4).
  const masked = docSources(doc).masked;
  const declared = new Set(terms.map((t) => t.span.start));
  for (const line of doc.lines) {
    if (line.kind !== 'paragraph' && line.kind !== 'subparagraph' && line.kind !== 'text' && line.kind !== 'preamble') continue;
    const { start, end } = line.content;
    const words: { w: string; s: number; e: number }[] = [];
    WORD.lastIndex = 0;
    const lineText = masked.slice(start, end);
    for (const x of lineText.matchAll(WORD)) {
      const w = norm(x[0]);
      if (w.length >= 3) words.push({ w, s: start + x.index!, e: start + x.index! + x[0].length });
    }
    for (let i = 0; i < words.length; i++) {
      const cands = byHead.get(words[i].w.slice(0, 3));
      if (!cands) continue;
      // The longest term used here wins («организации по оказанию помощи» over «организации»).
      let best: Term | null = null;
      for (const t of cands) {
        if (i + t.stems.length > words.length) continue;
        let ok = true;
        for (let k = 0; k < t.stems.length && ok; k++) {
          const w = words[i + k].w;
          ok = w.startsWith(t.stems[k]) && w.length <= t.maxLen[k];
        }
        if (ok && (!best || t.stems.length > best.stems.length)) best = t;
      }
      if (!best) continue;
      const span = { start: words[i].s, end: words[i + best.stems.length - 1].e };
      if (!declared.has(span.start)) uses.push({ term: best, span });
      i += best.stems.length - 1;
    }
  }
  return { terms, uses };
}

/** The term under the cursor: a use, or the term in its definition line. */
export function termAt(an: Analysis, offset: number): { term: Term; span: Span; declaration: boolean } | null {
  const { terms, uses } = termsOf(an);
  if (terms.length === 0) return null;
  for (const t of terms) if (t.span.start <= offset && offset <= t.span.end) return { term: t, span: t.span, declaration: true };
  let lo = 0;
  let hi = uses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (uses[mid].span.end < offset) lo = mid + 1;
    else hi = mid;
  }
  const u = uses[lo];
  return u && u.span.start <= offset && offset <= u.span.end ? { term: u.term, span: u.span, declaration: false } : null;
}

/** Go to definition from a use: the term in its definition line (the whole line as the unit's span). */
export function termDefinition(an: Analysis, offset: number): { span: Span; headSpan: Span; numberSpan: Span; originSpan: Span }[] {
  const hit = termAt(an, offset);
  if (!hit) return [];
  const t = hit.term;
  return [{ span: t.line, headSpan: t.span, numberSpan: { start: t.line.start, end: t.line.start + t.number.length }, originSpan: hit.span }];
}

/** Hover on a use or on the term: the term in bold and its definition. */
export function termHover(an: Analysis, offset: number): { markdown: string; span: Span } | null {
  const hit = termAt(an, offset);
  if (!hit) return null;
  const t = hit.term;
  return { markdown: `**${escapeMarkdown(t.text)}** — ${escapeMarkdown(t.definition)}`, span: hit.span };
}

/** Every use of the term under the cursor, and its declaration first when asked. */
export function termReferences(an: Analysis, offset: number, includeDeclaration: boolean): Span[] | null {
  const hit = termAt(an, offset);
  if (!hit) return null;
  const out = includeDeclaration ? [hit.term.span] : [];
  for (const u of termsOf(an).uses) if (u.term === hit.term) out.push(u.span);
  return out;
}
