// The registry of bundled acts: the texts shipped in data/priors that a draft can be compared against
// (setting `atazan.prior`, CLI `--prior`). Pure data. The Node loader (server/src/prior-loader.ts) reads
// the files listed here; the prior label («1995»), the setting's default and examples (package.json,
// kept in sync by test/unit/acts.test.ts), the CLI's help, the client's default and the localised
// reasons a language is missing all come from here.
//
// Adding an act (another country's constitution, an earlier edition): put its texts in data/priors
// (one UTF-8 file per language, in the project's markup, with their provenance in data/priors/SOURCES.md)
// and add one entry below. Nothing else changes; test/unit/acts.test.ts shows it with a fake entry.

import type { Lang } from './types';

export type ActKind = 'constitution';

export interface BundledAct {
  /** The id users write in `atazan.prior` and `--prior`. */
  id: string;
  kind: ActKind;
  /** Short label in hints, hovers and table headers («1995: Art. 13»). */
  label: string;
  /** Its title, in each UI language. */
  title: Record<Lang, string>;
  /** The act as the complement of «the text of …» in each UI language (the reason a language is missing). */
  titleOf: Record<Lang, string>;
  /** Its file in data/priors for each language it exists in. */
  files: Partial<Record<Lang, string>>;
  /** The edition it replaced (a law citing it may still follow that one's numbering). */
  previous?: string;
  /**
   * The edition of the text bundled: the day it is in force from (dd.mm.yyyy) and the year of the last
   * amendment in it. A bill that amends an earlier edition (older than this, or listing the act's
   * amendments only up to an earlier year) is not checked against it (core/bill/check.ts).
   */
  edition?: { date: string; amendedThrough: number };
}

export const BUNDLED_ACTS: readonly BundledAct[] = [
  {
    id: 'kz-1995',
    kind: 'constitution',
    label: '1995',
    title: {
      en: 'Constitution of the Republic of Kazakhstan of 1995 (edition of 1 January 2023)',
      ru: 'Конституция Республики Казахстан 1995 года (редакция на 1 января 2023 года)',
      kk: 'Қазақстан Республикасының 1995 жылғы Конституциясы (2023 жылғы 1 қаңтардағы редакция)',
    },
    titleOf: { en: 'the 1995 Constitution', ru: 'Конституции 1995 года', kk: '1995 жылғы Конституцияның' },
    files: { ru: 'kz-1995-ru.txt', kk: 'kz-1995-kk.txt', en: 'kz-1995-en.txt' },
    // Adilet's edition «k950001000_.01-01-2023»: amended through the Law of 17 September 2022 (data/priors/SOURCES.md).
    edition: { date: '01.01.2023', amendedThrough: 2022 },
  },
  {
    id: 'kz-2026',
    kind: 'constitution',
    label: '2026',
    title: {
      en: 'Constitution of the Republic of Kazakhstan of 2026',
      ru: 'Конституция Республики Казахстан 2026 года',
      kk: 'Қазақстан Республикасының 2026 жылғы Конституциясы',
    },
    titleOf: { en: 'the 2026 Constitution', ru: 'Конституции 2026 года', kk: '2026 жылғы Конституцияның' },
    previous: 'kz-1995',
    // ru: the adopted text; kk: the final draft put to the referendum (the same text; no adopted kk file was found).
    files: { ru: 'kz-2026-adopted-ru.txt', kk: 'kz-2026-final-draft-kk.txt' },
    // As adopted (referendum of 15 March 2026), in force from 1 July 2026; not amended yet.
    edition: { date: '01.07.2026', amendedThrough: 2026 },
  },
];

/** The act a draft is compared against when `atazan.prior` is not set. */
export const DEFAULT_PRIOR: string = BUNDLED_ACTS[0].id;

export function bundledAct(id: string): BundledAct | undefined {
  return BUNDLED_ACTS.find((a) => a.id === id);
}

/** The ids, as a sentence lists them: «kz-1995 or kz-2026». */
export function bundledIds(separator = ' or '): string {
  return BUNDLED_ACTS.map((a) => a.id).join(separator);
}

const LANGUAGE_NAMES: Record<Lang, string> = { ru: 'Russian', kk: 'Kazakh', en: 'English' };
const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

/**
 * The file of an act in a language, or why there is none (in English: core/messages.ts words it in
 * ru and kk).
 */
export function actFile(act: BundledAct, lang: Lang): { file: string } | { reason: string } {
  const file = act.files[lang];
  if (file) return { file };
  const have = LANGS.filter((l) => act.files[l]).map((l) => `"${l}"`).join(' or ');
  return { reason: `no ${LANGUAGE_NAMES[lang]} text of ${act.titleOf.en} is available; set "atazan.priorLanguage" to ${have}` };
}

/** The act whose `titleOf.en` a reason names, for its translation. */
export function actByTitleOf(en: string): BundledAct | undefined {
  return BUNDLED_ACTS.find((a) => a.titleOf.en === en);
}

/** The English language name in a reason, back to its code. */
export function languageNamed(name: string): Lang | undefined {
  return LANGS.find((l) => LANGUAGE_NAMES[l] === name);
}
