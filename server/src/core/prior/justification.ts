// The drafter's justification of an article, for the fourth column of the comparative table
// («Обоснование» / «Негіздеме» / "Justification"): an annotation in the draft,
//   <!-- justification: … -->   <!-- обоснование: … -->   <!-- негіздеме: … -->
// placed anywhere in the article (its heading line or body, up to the next heading). It applies to the
// article it sits in; several in one article are joined line by line. The column is empty otherwise:
// it is the drafter's text, never something the tool guessed. Pure.

import type { DocumentModel } from '../parser';

const RE_JUSTIFICATION = /^\s*(?:justification|обоснование|негіздеме)\s*:([^]*)$/iu;

/** The text of a justification annotation (`<!-- … -->` included), or null if the comment is not one. */
export function justificationText(comment: string): string | null {
  const inner = comment.replace(/^<!--/, '').replace(/-->$/, '');
  const m = RE_JUSTIFICATION.exec(inner);
  if (!m) return null;
  return m[1].split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/**
 * Justification of each article, by its index in `doc.articles` (absent when it has none). A comment
 * belongs to the article whose heading is the last one (of any level) at or before it.
 */
export function articleJustifications(doc: DocumentModel): Map<number, string> {
  const out = new Map<number, string>();
  if (!doc.comments.length || !doc.articles.length) return out;
  // Heading starts of every level, in order, each with its article index (-1 for sections, chapters).
  const heads: { start: number; article: number }[] = [
    ...doc.articles.map((a, i) => ({ start: a.headSpan.start, article: i })),
    ...doc.sections.map((s) => ({ start: s.headSpan.start, article: -1 })),
    ...doc.chapters.map((c) => ({ start: c.headSpan.start, article: -1 })),
  ].sort((a, b) => a.start - b.start);
  let h = -1;
  for (const c of doc.comments) {
    const text = justificationText(c.text);
    if (text === null) continue;
    // A comment on a heading line starts after the heading's own start.
    while (h + 1 < heads.length && heads[h + 1].start <= c.span.start) h++;
    const owner = h >= 0 ? heads[h].article : -1;
    if (owner < 0 || !text) continue;
    const prev = out.get(owner);
    out.set(owner, prev ? `${prev}\n${text}` : text);
  }
  return out;
}
