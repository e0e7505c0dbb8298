// Folding ranges: preamble, sections, chapters, subchapters, articles, multi-line paragraphs (with their
// subparagraph lists), multi-line comments, and runs of publication notes or the signature block. Pure: returns zero-based line numbers.

import type { Analysis } from '../analysis';
import type { Span } from '../types';

export interface FoldRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
  /** What is folded (for tests and collapsed text). */
  unit: 'preamble' | 'section' | 'chapter' | 'subchapter' | 'article' | 'paragraph' | 'subparagraph' | 'comment' | 'note';
}

export function foldingRanges(an: Analysis): FoldRange[] {
  const li = an.lineIndex;
  const out: FoldRange[] = [];
  const add = (span: Span, unit: FoldRange['unit'], kind?: FoldRange['kind']) => {
    const startLine = li.positionAt(span.start).line;
    const endLine = li.positionAt(span.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind, unit });
  };
  const doc = an.doc;
  if (doc.preamble) add(doc.preamble, 'preamble', 'region');
  for (const s of doc.sections) add(s.span, 'section', 'region');
  for (const c of doc.chapters) add(c.span, 'chapter', 'region');
  for (const a of doc.articles) {
    add(a.span, 'article', 'region');
    for (const p of a.paragraphs) {
      add(p.span, 'paragraph');
      for (const s of p.subparagraphs) add(s.span, 'subparagraph');
    }
    for (const s of a.subparagraphs) add(s.span, 'subparagraph');
  }
  for (const c of doc.subchapters) add(c.span, 'subchapter', 'region');
  for (const c of doc.comments) add(c.span, 'comment', 'comment');
  // Publication notes and the signature block (lines of kind 'note'): each run of two or more lines
  // (blank lines between them included) folds as a comment.
  let first = -1;
  let last = -1;
  const flush = () => {
    if (first >= 0 && last > first) out.push({ startLine: first, endLine: last, kind: 'comment', unit: 'note' });
    first = last = -1;
  };
  for (let i = 0; i < doc.lines.length; i++) {
    const k = doc.lines[i].kind;
    if (k === 'note') {
      if (first < 0) first = i;
      last = i;
    } else if (k !== 'blank') flush();
  }
  flush();
  // Identical ranges (an article that is one paragraph long) are folded once, outermost kept.
  const seen = new Set<string>();
  const uniq = out.filter((r) => {
    const k = `${r.startLine}:${r.endLine}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  uniq.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return uniq;
}
