// Quick fixes on an amendment bill's problems (issue 11). Pure.
//
// bill-words-not-found with a unique near match in the unit (the same words but for letter case, «ё», a
// Latin look-alike letter or the kind of quotation marks: apply.ts nearMatch, in the problem's data as
// `replacement`): rewrite the quoted words in the bill as the act writes them.

import type { Edit, Problem } from '../types';

/** The edit that writes the act's words in place of the quoted ones, or null (no near match, or a stale problem). */
export function billWordsFix(text: string, p: Problem): { replacement: string; edit: Edit } | null {
  if (p.code !== 'bill-words-not-found') return null;
  const r = p.data?.replacement;
  if (typeof r !== 'string' || !r) return null;
  if (p.span.end > text.length || text.slice(p.span.start, p.span.end) !== String(p.args.words ?? '')) return null;
  if (r === text.slice(p.span.start, p.span.end)) return null;
  return { replacement: r, edit: { span: { ...p.span }, newText: r } };
}
