// Does a text look like a constitutional draft (issue 16.10)? A `draft.txt` opens as Plain Text; the
// client asks the server (`atazan/detectDraft`), which asks this, whether to offer the Constitution
// Draft language mode. One place for the rule: the parser's own title and heading patterns, applied to
// the head of the text. Pure.

import { parse } from './parser';
import type { Lang } from './types';

/** How much of the text is looked at (the head is enough: titles and the first headings). */
export const DETECT_SAMPLE = 20000;

export interface DraftDetection {
  draft: boolean;
  lang: Lang;
  /** Why (for logs and tests): 'title+headings', 'headings', or what was missing. */
  reason: string;
}

/**
 * A draft: a title line («ПРОЕКТ», «ЖОБА», "DRAFT", «КОНСТИТУЦИЯ…») followed by at least one article or
 * section heading in the head of the text; or, without a title (an excerpt), at least three article
 * headings there. Prose that merely starts with «ПРОЕКТ» (a contract, a letter) has no such headings.
 */
export function detectDraft(text: string): DraftDetection {
  let head = typeof text === 'string' ? text.slice(0, DETECT_SAMPLE) : '';
  // Do not judge by a line cut in the middle.
  const lastBreak = head.length < text.length ? head.lastIndexOf('\n') : -1;
  if (lastBreak > 0) head = head.slice(0, lastBreak + 1);
  const doc = parse(head);
  const headings = doc.articles.length + doc.sections.length + doc.chapters.length;
  // The title must open the text: its first non-blank line.
  const firstLine = doc.lines.find((l) => l.kind !== 'blank' && l.kind !== 'comment');
  const titled = !!firstLine && firstLine.kind === 'title';
  if (titled && headings > 0) return { draft: true, lang: doc.lang, reason: 'title+headings' };
  if (doc.articles.length >= 3) return { draft: true, lang: doc.lang, reason: 'headings' };
  return { draft: false, lang: doc.lang, reason: titled ? 'title without headings' : headings ? 'too few headings' : 'no title, no headings' };
}
