// Quick fixes on an amendment bill's problems (issue 11). Pure.
//
// bill-words-not-found with a unique near match in the unit (the same words but for letter case, «ё», a
// Latin look-alike letter or the kind of quotation marks: apply.ts nearMatch, in the problem's data as
// `replacement`): rewrite the quoted words in the bill as the act writes them.
//
// bill-verb-missing (a unit and a quotation with no verb, read as words added at the end): write the
// verb where the language puts it (the problem's data: `edit`, `verb`).

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

/** The edit that writes the missing verb of an instruction read as «add the words», or null (stale problem). */
export function billVerbFix(text: string, p: Problem): { verb: string; edit: Edit } | null {
  if (p.code !== 'bill-verb-missing') return null;
  const e = p.data?.edit as Edit | undefined;
  const verb = p.data?.verb;
  if (!e || typeof verb !== 'string' || typeof e.newText !== 'string' || !e.span) return null;
  const at = e.span.start;
  if (!Number.isInteger(at) || at !== e.span.end || at < 0 || at > text.length) return null;
  // Still in place: the quotation closes just before an «after» verb or opens just after a «before» one.
  const quoteMark = /["»”“«„]/u;
  if (e.newText.startsWith(' ') ? !quoteMark.test(text[at - 1] ?? '') : !quoteMark.test(text[at] ?? '')) return null;
  return { verb, edit: { span: { start: at, end: at }, newText: e.newText } };
}
