// The drafter's justification of an article, for the fourth column of the comparative table
// («Обоснование» / «Негіздеме» / "Justification"): an annotation in the draft,
//   <!-- justification: … -->   <!-- обоснование: … -->   <!-- негіздеме: … -->
// placed anywhere in the article (its heading line or body, up to the next heading). It applies to the
// article it sits in; several in one article are joined line by line. The column is empty otherwise:
// it is the drafter's text, never something the tool guessed. Pure.

import type { DocumentModel } from '../parser';
import { lowerBound } from '../text';

const RE_JUSTIFICATION = /^\s*(?:justification|обоснование|негіздеме)\s*:([^]*)$/iu;

/** The text of a justification annotation (`<!-- … -->` included), or null if the comment is not one. */
export function justificationText(comment: string): string | null {
  const inner = comment.replace(/^<!--/, '').replace(/-->$/, '');
  const m = RE_JUSTIFICATION.exec(inner);
  if (!m) return null;
  return m[1].split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/**
 * The justification of article `i` of `doc`, or '' (none). A comment belongs to the article whose
 * heading is the last one (of any level) at or before it: here, the comments from the article's heading
 * up to the next heading of any level.
 */
export function articleJustification(doc: DocumentModel, i: number): string {
  const a = doc.articles[i];
  if (!a || !doc.comments.length) return '';
  const from = a.headSpan.start;
  const head = (h: { headSpan: { start: number } }) => h.headSpan.start;
  let to = i + 1 < doc.articles.length ? head(doc.articles[i + 1]) : Infinity;
  for (const level of [doc.sections, doc.chapters]) {
    const k = lowerBound(level, from + 1, head);
    if (k < level.length) to = Math.min(to, head(level[k]));
  }
  const out: string[] = [];
  for (let k = lowerBound(doc.comments, from, (c) => c.span.start); k < doc.comments.length; k++) {
    const c = doc.comments[k];
    if (c.span.start >= to) break;
    const text = justificationText(c.text);
    if (text) out.push(text);
  }
  return out.join('\n');
}
