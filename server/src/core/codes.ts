// Diagnostic codes and their default severities: one table. `Code` is the type of a code; every
// language's lexicon (core/lang) has a message for each, so a code without a message does not compile.
// Pure.

import type { Severity } from './types';

export const CODES = {
  'section-number-gap': 'error',
  'section-number-duplicate': 'error',
  'section-number-order': 'error',
  'section-numeral-invalid': 'error',
  'chapter-number-gap': 'error',
  'chapter-number-duplicate': 'error',
  'chapter-number-order': 'error',
  'subchapter-number-gap': 'error',
  'subchapter-number-duplicate': 'error',
  'subchapter-number-order': 'error',
  'article-number-gap': 'error',
  'article-number-duplicate': 'error',
  'article-number-order': 'error',
  'paragraph-number-gap': 'error',
  'paragraph-number-duplicate': 'error',
  'paragraph-number-order': 'error',
  'subparagraph-number-gap': 'error',
  'subparagraph-number-duplicate': 'error',
  'subparagraph-number-order': 'error',
  'inserted-number-misplaced': 'error',
  'heading-malformed': 'warning',
  'reference-unresolved-article': 'error',
  'reference-unresolved-paragraph': 'error',
  'reference-unresolved-subparagraph': 'error',
  'reference-unresolved-part': 'error',
  'reference-range-invalid': 'error',
  'reference-ambiguous': 'error',
  'reference-to-excluded': 'warning',
  'reference-ordinal-adjective': 'warning',
  'reference-no-context': 'error',
  'reference-constitution-unresolved': 'error',
  'reference-constitution-renumbered': 'warning',
  'reference-constitution-unmatched': 'information',
  'reference-act-unresolved': 'error',
  'comment-unterminated': 'warning',
  'prior-annotation-invalid': 'error',
  'prior-annotation-orphan': 'warning',
  'prior-article-missing': 'error',
  'prior-unavailable': 'warning',
  'text-invisible-character': 'warning',
  'text-nbsp-between-words': 'information',
  'document-not-text': 'error',
  'bill-instruction-unreadable': 'error',
  'bill-verb-missing': 'warning',
  'bill-quote-unclosed': 'warning',
  'bill-target-missing': 'error',
  'bill-words-not-found': 'error',
  'bill-words-ambiguous': 'warning',
  'bill-insert-collision': 'error',
  'bill-insert-base-missing': 'error',
  'bill-new-text-numbering': 'error',
  'bill-new-text-citation': 'error',
  'bill-unit-twice': 'error',
  'bill-order': 'warning',
  'bill-earlier-edition': 'information',
  'parallel-unit-missing': 'error',
  'parallel-unit-excluded': 'error',
  'parallel-unit-number': 'error',
  'parallel-citation': 'error',
  'parallel-figures': 'warning',
  'parallel-length': 'hint',
} as const satisfies Record<string, Severity>;

export type Code = keyof typeof CODES;

/** Every code, in the table's order. */
export const ALL_CODES = Object.keys(CODES) as Code[];

export function isCode(code: string): code is Code {
  return Object.prototype.hasOwnProperty.call(CODES, code);
}
