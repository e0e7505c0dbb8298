// Plural forms for counted nouns in titles and messages («1 ссылку», «3 ссылки», «5 ссылок»), chosen
// with the CLDR rules of Intl.PluralRules (built into Node and every browser). Pure.

import type { Lang } from './types';
import type { PluralForms } from './lang';

export type { PluralForms } from './lang';

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `n` in `lang` ('one', 'few', 'many', 'other', …). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  return localePluralCategory(lang, n);
}

/**
 * The CLDR plural category of `n` in any locale ('ru', 'kk', 'en-GB', …; English for one Intl does not
 * know). The client picks its plural l10n keys with it for VS Code's display language.
 */
export function localePluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    try {
      r = new Intl.PluralRules(locale);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rules.set(locale, r);
  }
  return r.select(n);
}

/** The form of a counted noun for `n`; falls back to `other` when a category has no form. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  return forms[pluralCategory(lang, n)] ?? forms.other;
}

/** «3 ссылки», "1 citation", «5 сілтеме»: the number and the agreeing form. */
export function countOf(lang: Lang, n: number, forms: PluralForms): string {
  return `${n} ${plural(lang, n, forms)}`;
}
