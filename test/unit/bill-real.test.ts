// Amendment bills beyond the shared laws (issue 11): real laws amending codes and laws, and the messages a
// drafter reads on them. Excerpts in test/fixtures/acts/bills (provenance in test/fixtures/acts/SOURCES.md).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, checkBill, formatMessage, readBill, type Analysis } from '../../server/src/core';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const load = (f: string) => readFileSync(path.join(CORPUS, f), 'utf8');

describe('amendment bills: real bills beyond the shared laws (issue 11)', () => {
  const acts = new Map<string, Analysis>();
  const act = (lang: 'ru' | 'kk') => {
    if (!acts.has(lang)) acts.set(lang, analyze(load(`kz-1995-${lang}.txt`)));
    return acts.get(lang)!;
  };

  // The 2019 law with a word edit of the preamble put before its article: the words are not in the
  // preamble of kz-1995, and the message names the preamble as each language says it.
  const PREAMBLE: Record<'ru' | 'kk', [string, string, Record<'ru' | 'kk' | 'en', string>]> = {
    ru: ['в статье 2:', 'в преамбуле слово «Алматы» заменить словом «Астана»;\n\nв статье 2:', {
      ru: 'Пункт —: в преамбуле акта нет слов «Алматы»',
      kk: '—-тармақ: актінің преамбуласында «Алматы» деген сөздер жоқ',
      en: 'Item —: the words “Алматы” are not in the preamble of the act',
    }],
    kk: ['\t2-бапта:', 'преамбуладағы «Алматы» деген сөз «Астана» деген сөзбен ауыстырылсын;\n\n\t2-бапта:', {
      ru: 'Пункт —: в преамбуле акта нет слов «Алматы»',
      kk: '—-тармақ: актінің преамбуласында «Алматы» деген сөздер жоқ',
      en: 'Item —: the words “Алматы” are not in the preamble of the act',
    }],
  };
  for (const lang of ['ru', 'kk'] as const) {
    it(`${lang}: words not found in the preamble: the message says «в преамбуле», not «в структурной единице Преамбула»`, () => {
      const [from, to, want] = PREAMBLE[lang];
      const law = load(`amendments/kz-2019-238-VI-${lang}.txt`);
      assert.equal(law.split(from).length, 2);
      const seeded = law.replace(from, to);
      const problems = checkBill(readBill(seeded), act(lang));
      assert.deepEqual(problems.map((p) => [p.code, seeded.slice(p.span.start, p.span.end)]), [['bill-words-not-found', 'Алматы']]);
      for (const ui of ['ru', 'kk', 'en'] as const) assert.equal(formatMessage(problems[0].code, problems[0].args, ui), want[ui]);
    });
  }
});
