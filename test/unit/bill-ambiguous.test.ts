// Amendment bills: words that occur more than once in the unit (issue 11). Drafting practice reads «слова «…»
// заменить словами «…»» (kk «… деген сөздер … ауыстырылсын») as changing the words wherever they occur in
// the unit named; a bill that means only one of them says which («во втором случае», «екінші жағдайда»).
// So applying such an edit changes every occurrence, and `bill-words-ambiguous` (a warning) asks the
// drafter to make sure. On the real subparagraph 7) of Art. 44 of kz-1995, ru and kk, where «двух членов»
// / «екі мүшесін» and «Председателя» / «Төрағасын» each occur twice. (No shared law relies on either
// reading: none has an ambiguous edit against the text it amended — test/unit/bill-check.test.ts.)

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, applyBill, checkBill, parse, readBill } from '../../server/src/core';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const acts = { ru: readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8'), kk: readFileSync(path.join(CORPUS, 'kz-1995-kk.txt'), 'utf8') };

/** Subparagraph 7) of Art. 44, as the parser reads it, without its number. */
function sub447(text: string): string {
  const a = parse(text).articleByNumber.get('44')!;
  const s = a.subparagraphs.find((x) => x.number.text === '7')!;
  return text.slice(s.span.start, s.span.end).replace(/^7\)\s*/u, '').trim();
}

const CASES: { lang: 'ru' | 'kk'; instruction: string; after: string }[] = [
  {
    lang: 'ru', instruction: '1. В подпункте 7) статьи 44 слова «двух членов» заменить словами «трех членов».',
    after: 'назначает на должности сроком на пять лет Председателя и трех членов Центральной избирательной комиссии, Председателя и трех членов Высшей аудиторской палаты;',
  },
  {
    lang: 'ru', instruction: '1. В подпункте 7) статьи 44 слова «и двух членов» исключить.',
    after: 'назначает на должности сроком на пять лет Председателя Центральной избирательной комиссии, Председателя Высшей аудиторской палаты;',
  },
  {
    lang: 'ru', instruction: '1. Подпункт 7) статьи 44 после слова «Председателя» дополнить словами «, его заместителя».',
    after: 'назначает на должности сроком на пять лет Председателя, его заместителя и двух членов Центральной избирательной комиссии, Председателя, его заместителя и двух членов Высшей аудиторской палаты;',
  },
  {
    lang: 'kk', instruction: '1. 44-баптың 7) тармақшасындағы «екі мүшесін» деген сөздер «үш мүшесін» деген сөздермен ауыстырылсын.',
    after: 'Орталық сайлау комиссиясының Төрағасын және үш мүшесін, Жоғары аудиторлық палатаның Төрағасын және үш мүшесін бес жыл мерзімге қызметке тағайындайды;',
  },
];

describe('amendment bills: words that occur more than once in the unit (issue 11)', () => {
  for (const c of CASES) {
    it(`${c.lang}: «${c.instruction.slice(3, 60)}…» changes every occurrence, with a warning`, () => {
      const intro = c.lang === 'ru' ? 'Внести в Конституцию Республики Казахстан следующие изменения:' : 'Қазақстан Республикасының Конституциясына мынадай өзгерістер енгізілсін:';
      const text = `${intro}\n\n${c.instruction}\n`;
      const bill = readBill(text);
      assert.equal(bill.instructions.length, 1);
      const r = applyBill(bill, acts[c.lang]);
      // In force, the words occur twice in the unit.
      const words = (bill.instructions[0].old ?? bill.instructions[0].anchor!).text;
      assert.equal(sub447(acts[c.lang]).split(words).length - 1, 2);
      assert.equal(sub447(r.text), c.after);
      assert.ok(r.instructions[0].ok);
      const ps = checkBill(bill, analyze(acts[c.lang]));
      assert.deepEqual(ps.map((p) => [p.code, p.args.count]), [['bill-words-ambiguous', 2]]);
      // The warning is on the quoted words.
      const q = bill.instructions[0].old ?? bill.instructions[0].anchor!;
      assert.deepEqual(ps[0].span, q.span);
      // Everything else in the act is as it was.
      const a = parse(acts[c.lang]).articleByNumber.get('44')!;
      const s = a.subparagraphs.find((x) => x.number.text === '7')!;
      const tail = acts[c.lang].slice(s.span.end);
      assert.ok(r.text.startsWith(acts[c.lang].slice(0, s.span.start)));
      assert.ok(r.text.endsWith(tail));
    });
  }
});

/** The same unit, with the occurrence named: only that one changes, and there is no warning. */
const NAMED: { lang: 'ru' | 'kk'; instruction: string; after: string; occurrences: number[] }[] = [
  {
    lang: 'ru', instruction: '1. В подпункте 7) статьи 44 слова «двух членов» во втором случае заменить словами «трех членов».', occurrences: [2],
    after: 'назначает на должности сроком на пять лет Председателя и двух членов Центральной избирательной комиссии, Председателя и трех членов Высшей аудиторской палаты;',
  },
  {
    lang: 'ru', instruction: '1. Подпункт 7) статьи 44 после слова «Председателя» в первом случае дополнить словами «, его заместителя».', occurrences: [1],
    after: 'назначает на должности сроком на пять лет Председателя, его заместителя и двух членов Центральной избирательной комиссии, Председателя и двух членов Высшей аудиторской палаты;',
  },
  {
    lang: 'ru', instruction: '1. В подпункте 7) статьи 44 слова «и двух членов» в первом и втором случаях исключить.', occurrences: [1, 2],
    after: 'назначает на должности сроком на пять лет Председателя Центральной избирательной комиссии, Председателя Высшей аудиторской палаты;',
  },
  {
    lang: 'kk', instruction: '1. 44-баптың 7) тармақшасындағы «екі мүшесін» деген сөздер екінші жағдайда «үш мүшесін» деген сөздермен ауыстырылсын.', occurrences: [2],
    after: 'Орталық сайлау комиссиясының Төрағасын және екі мүшесін, Жоғары аудиторлық палатаның Төрағасын және үш мүшесін бес жыл мерзімге қызметке тағайындайды;',
  },
];

describe('amendment bills: «во втором случае» / «екінші жағдайда» names the occurrence (issue 11)', () => {
  for (const c of NAMED) {
    it(`${c.lang}: «${c.instruction.slice(3, 70)}…» changes occurrence ${c.occurrences.join(', ')} only, no warning`, () => {
      const intro = c.lang === 'ru' ? 'Внести в Конституцию Республики Казахстан следующие изменения:' : 'Қазақстан Республикасының Конституциясына мынадай өзгерістер енгізілсін:';
      const bill = readBill(`${intro}\n\n${c.instruction}\n`);
      assert.deepEqual(bill.instructions.map((i) => i.occurrences), [c.occurrences]);
      const r = applyBill(bill, acts[c.lang]);
      assert.ok(r.instructions[0].ok);
      assert.equal(sub447(r.text), c.after);
      assert.deepEqual(checkBill(bill, analyze(acts[c.lang])).map((p) => p.code), []);
    });
  }
  it('ru: an occurrence that is not there is words-not-found', () => {
    const bill = readBill('Внести в Конституцию Республики Казахстан следующие изменения:\n\n1. В подпункте 7) статьи 44 слова «двух членов» в третьем случае заменить словами «трех членов».\n');
    assert.deepEqual(checkBill(bill, analyze(acts.ru)).map((p) => p.code), ['bill-words-not-found']);
  });
});
