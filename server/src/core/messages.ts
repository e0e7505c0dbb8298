// Diagnostic messages: a message is built from a code (codes.ts) and its arguments with the template of
// a language's lexicon (core/lang), so it can be shown in any of the languages. Pure.

import { CODES, type Code } from './codes';
import { fill, lexicon, type BillUnitPhrases, type RequestError } from './lang';
import type { Lang, Severity } from './types';

export { CODES, type Code } from './codes';

/** A unit kind ('article', …) named in `lang`; anything else as given. */
export function unitName(kind: string, lang: Lang): string {
  const names: Record<string, string> = lexicon(lang).unitNames;
  return Object.prototype.hasOwnProperty.call(names, kind) ? names[kind] : kind;
}

/** `{name}` placeholders are replaced by arguments. `{unit}` arguments are unit kinds, localised. */
export function formatMessage(code: Code, args: Record<string, string | number>, lang: Lang = 'en'): string {
  const lex = lexicon(lang);
  const template = lex.messages[code];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = args[name];
    if (v === undefined) return '';
    if (name === 'unit' && (code === 'bill-words-not-found' || code === 'bill-words-ambiguous')) return wordsIn(String(v), lang);
    if (name === 'unit' && code === 'bill-target-missing') return targetPhrase(String(v), lang, lex.bill.missing);
    if (name === 'unit' && (code === 'bill-unit-twice' || code === 'bill-order')) return targetPhrase(String(v), lang, lex.bill.subject);
    if (name === 'unit') return unitName(String(v), lang);
    if (name === 'parent' && typeof v === 'string') return localiseParent(v, lang);
    if (name === 'target' && typeof v === 'string') return localiseTarget(v, lang);
    if (name === 'chars' && code === 'text-invisible-character') return invisibleNames(String(v), lang);
    if (name === 'reason' && code === 'prior-unavailable') return priorReason(String(v), lang);
    if (name === 'detail' && code === 'section-numeral-invalid') return (lex.numeralProblems as Readonly<Record<string, string>>)[String(v)] ?? '';
    if (code.startsWith('parallel-')) {
      if (name === 'other') return lex.parallel.languages[v as Lang] ?? String(v);
      if (name === 'side') return v === 'there' ? lex.parallel.side.there : lex.parallel.side.here;
      if (name === 'counterpart' || name === 'cites' || name === 'otherCites') return v === '' ? lex.nothing : localiseTarget(String(v), lang);
    }
    return String(v);
  });
}

/** Where a bill's words were looked for: `preamble`, `section:VI`, or a unit's numbers («5.2»). */
function wordsIn(v: string, lang: Lang): string {
  const w = lexicon(lang).bill.wordsIn;
  if (v === 'preamble') return w.preamble;
  if (v === 'everywhere') return w.everywhere;
  if (v.startsWith('section:')) return w.section(v.slice('section:'.length));
  return w.unit(v);
}

/**
 * A bill's target: `preamble`, `whole`, `section:VI`, `chapter:3`, or a unit's numbers («43.7»), in the
 * phrases `w` (the lexicon's `bill.missing` for a target the act lacks, `bill.subject` for a message's subject).
 */
function targetPhrase(v: string, lang: Lang, w: BillUnitPhrases): string {
  if (v === 'preamble') return w.preamble;
  if (v === 'whole') return lexicon(lang).bill.hover?.wholeAct ?? v;
  if (v.startsWith('section:')) return w.section(v.slice('section:'.length));
  if (v.startsWith('chapter:')) return w.chapter(v.slice('chapter:'.length));
  return w.unit(v);
}

/** `parent` args are encoded as "article:12" or "paragraph:12:3". */
function localiseParent(v: string, lang: Lang): string {
  const [kind, a, p] = v.split(':');
  if (kind === 'article') return lexicon(lang).parentArticle(a);
  if (kind === 'paragraph') return lexicon(lang).parentParagraph(a, p);
  return v;
}

/**
 * `target` args name a unit with what holds it: "article::62", "paragraph:62:3",
 * "subparagraph:62:3:4" (paragraph empty for a subparagraph directly in its article).
 */
export function localiseTarget(v: string, lang: Lang): string {
  if (v.includes(', ')) return v.split(', ').map((x) => localiseTarget(x, lang)).join(', ');
  const [kind, a, p, n] = v.split(':');
  const lex = lexicon(lang);
  if (kind === 'preamble') return lex.preamble;
  if (kind === 'article') return lex.parentArticle(p);
  if (kind === 'paragraph') return lex.parentParagraph(a, p);
  if (kind === 'part') return `${lex.paragraphShort('')} ${n} (${p ? lex.parentParagraph(a, p) : lex.parentArticle(a)})`;
  if (kind === 'subparagraph') return `${unitName('subparagraph', lang)} ${n}) (${p ? lex.parentParagraph(a, p) : lex.parentArticle(a)})`;
  return `${unitName(kind, lang)} ${p}`;
}

export function defaultSeverity(code: Code): Severity {
  return CODES[code] ?? 'error';
}

/** The `chars` argument of a text-invisible-character message, named in `lang`. */
export function invisibleNames(chars: string, lang: Lang): string {
  const names = lexicon(lang).invisibleNames;
  return chars.split(',').filter(Boolean).map((c) => names[c] ?? c).join(', ');
}

/**
 * Why a prior constitution cannot be used (prior-loader.ts words it in English): the same reason in
 * the lexicon's language, so a prior-unavailable message is in one language. Quoted names and numbers are kept.
 */
export function priorReason(reason: string, lang: Lang): string {
  const reasons = lexicon(lang).priorReasons;
  if (!reasons.length) return reason;
  // «file: reason» (a bundled file that cannot be read): the file name stays, the reason is translated.
  const m = /^(.+?\.txt): (.+)$/.exec(reason);
  if (m) return `${m[1]}: ${priorReason(m[2], lang)}`;
  for (const r of reasons) {
    const to = r.text;
    // Two overloads of replace: a pattern with $1, or a function of the groups.
    if (r.re.test(reason)) return typeof to === 'string' ? reason.replace(r.re, to) : reason.replace(r.re, to);
  }
  return reason;
}

/** A request's failure in the drafter's language (Lexicon.requestErrors); a prior's reason is translated too. */
export function requestError(key: RequestError, args: Record<string, string>, lang: Lang): string {
  const a = args.reason !== undefined ? { ...args, reason: priorReason(args.reason, lang) } : args;
  return fill(lexicon(lang).requestErrors[key], a);
}
