// Semantic tokens: heading keywords, unit numbers, references, unresolved references, comments, prior
// annotations, and publication notes / the signature block (comment, readonly). Pure: returns the LSP delta-encoded integer array and the legend it uses.

import type { Analysis } from '../analysis';
import { isInternal } from '../cites';
import { docSources } from '../source';
import type { Span } from '../types';

/**
 * Legend. `reference` and `unresolvedReference` are custom types: a VS Code client should declare them in
 * `contributes.semanticTokenTypes` with superType `variable` (and `unresolvedReference` a scope like
 * `invalid`); other clients fall back to no colouring for those two.
 */
export const TOKEN_TYPES = ['keyword', 'number', 'reference', 'unresolvedReference', 'comment'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'documentation', 'readonly'] as const;
export const semanticTokensLegend = { tokenTypes: [...TOKEN_TYPES] as string[], tokenModifiers: [...TOKEN_MODIFIERS] as string[] };

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface Token {
  span: Span;
  type: TokenType;
  modifiers: TokenModifier[];
}

const UNRESOLVED = /^reference-(unresolved-|range-invalid|no-context)/;

/** The tokens, sorted, non-overlapping, each on one line. */
export function semanticTokenList(an: Analysis): Token[] {
  const raw: Token[] = [];
  // Read by range: no whole copy of the text per version (issue 17.4).
  const text = docSources(an.doc).masked;
  const doc = an.doc;
  const heading = (u: { headSpan: Span; number: { span: Span } }) => {
    const h = u.headSpan;
    const n = u.number.span;
    // Keyword before the number («Статья», «Раздел», "Article") …
    const before = text.slice(h.start, n.start);
    const bm = /\S+/u.exec(before);
    if (bm) raw.push({ span: { start: h.start + bm.index, end: h.start + bm.index + bm[0].length }, type: 'keyword', modifiers: [] });
    // … or after it («-бап», «-тарау», « бөлім»).
    const after = text.slice(n.end, h.end);
    const am = /^(\s*)(-?(?:бап|тарау|бөлім))/iu.exec(after);
    if (am) raw.push({ span: { start: n.end + am[1].length, end: n.end + am[0].length }, type: 'keyword', modifiers: [] });
    raw.push({ span: n, type: 'number', modifiers: ['declaration'] });
  };
  for (const s of doc.sections) heading(s);
  for (const c of doc.chapters) heading(c);
  for (const a of doc.articles) {
    heading(a);
    for (const p of a.paragraphs) {
      raw.push({ span: p.number.span, type: 'number', modifiers: ['declaration'] });
      for (const s of p.subparagraphs) raw.push({ span: s.number.span, type: 'number', modifiers: ['declaration'] });
    }
    for (const s of a.subparagraphs) raw.push({ span: s.number.span, type: 'number', modifiers: ['declaration'] });
  }
  // References: the whole phrase, with the unresolved numbers carved out.
  const bad = an.diagnostics.filter((d) => UNRESOLVED.test(d.code)).map((d) => d.span);
  let bi = 0;
  for (const { ref } of an.references) {
    if (!isInternal(ref, an.doc)) continue;
    const holes: Span[] = [];
    while (bi < bad.length && bad[bi].end < ref.span.start) bi++;
    for (let j = bi; j < bad.length && bad[j].start <= ref.span.end; j++) {
      const s = { start: Math.max(bad[j].start, ref.span.start), end: Math.min(bad[j].end, ref.span.end) };
      if (s.end > s.start) holes.push(s);
    }
    let pos = ref.span.start;
    for (const h of holes) {
      if (h.start > pos) raw.push({ span: { start: pos, end: h.start }, type: 'reference', modifiers: [] });
      raw.push({ span: h, type: 'unresolvedReference', modifiers: [] });
      pos = Math.max(pos, h.end);
    }
    if (ref.span.end > pos) raw.push({ span: { start: pos, end: ref.span.end }, type: 'reference', modifiers: [] });
  }
  for (const c of doc.subchapters) heading(c);
  // Publication notes and the signature block: not legal text, coloured as read-only comments.
  for (const l of doc.lines) if (l.kind === 'note') raw.push({ span: l.content, type: 'comment', modifiers: ['readonly'] });
  for (const c of doc.comments) {
    const isPin = /^<!--\s*prior\s*:/i.test(c.text);
    raw.push({ span: c.span, type: 'comment', modifiers: isPin ? ['documentation'] : [] });
  }
  // Split at line breaks, sort, drop overlaps and empties.
  const li = an.lineIndex;
  const split: Token[] = [];
  for (const t of raw) {
    if (t.span.end <= t.span.start) continue;
    const l0 = li.positionAt(t.span.start).line;
    const l1 = li.positionAt(t.span.end).line;
    if (l0 === l1) {
      split.push(t);
      continue;
    }
    for (let l = l0; l <= l1; l++) {
      const s = Math.max(t.span.start, li.lineStart(l));
      const e = Math.min(t.span.end, li.lineEnd(l));
      if (e > s) split.push({ span: { start: s, end: e }, type: t.type, modifiers: t.modifiers });
    }
  }
  split.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Token[] = [];
  let last = -1;
  for (const t of split) {
    if (t.span.start < last) continue;
    out.push(t);
    last = t.span.end;
  }
  return out;
}

/** LSP encoding: [deltaLine, deltaStartChar, length, tokenType, tokenModifiers] per token. */
export function encodeTokens(an: Analysis, tokens: Token[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const li = an.lineIndex;
  for (const t of tokens) {
    const p = li.positionAt(t.span.start);
    const dl = p.line - prevLine;
    const dc = dl === 0 ? p.character - prevChar : p.character;
    let mods = 0;
    for (const m of t.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    data.push(dl, dc, t.span.end - t.span.start, TOKEN_TYPES.indexOf(t.type), mods);
    prevLine = p.line;
    prevChar = p.character;
  }
  return data;
}

export function semanticTokens(an: Analysis): { data: number[] } {
  return { data: encodeTokens(an, semanticTokenList(an)) };
}
