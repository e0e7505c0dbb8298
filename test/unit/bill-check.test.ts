// Amendment bills, checks (issue 11): seeded defects in copies of a real law, ru and kk. The Law of
// 23 March 2019 No. 238-VI (../shared/corpus/amendments/kz-2019-238-VI-{ru,kk}.txt) checked against the
// consolidated Constitution (kz-1995-{ru,kk}.txt: its Art. 2 reads «Астана» again since September 2022, so
// the 2019 law applies cleanly to it) has no problem; each seeded copy has exactly the seeded problem, with
// its code, at the seeded words. The real laws checked against the texts they amended keep zero problems.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, checkBill, formatMessage, readBill, type Analysis } from '../../server/src/core';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const load = (f: string) => readFileSync(path.join(CORPUS, f), 'utf8');

/** [name, code, from, to, mark]: `from` in the law becomes `to`; the problem is at `mark`, the first one inside `to`. */
type Seed = [string, string, string, string, string];

const SEEDS: Record<'ru' | 'kk', Seed[]> = {
  ru: [
    ['a missing target', 'bill-target-missing', 'в пункте 3-1 слово', 'в пункте 3-2 слово', '3-2'],
    ['words not found', 'bill-words-not-found', 'слово «Астаны» заменить', 'слово «Алматы» заменить', 'Алматы'],
    ['an ambiguous word match', 'bill-words-ambiguous', 'в пункте 3-1 слово «Астаны» заменить словом «Нур-Султана».', 'в пункте 4 слово «Казахстан» заменить словом «Казахстана».', 'Казахстан'],
    ['an inserted number that exists', 'bill-insert-collision', 'в пункте 3-1 слово «Астаны» заменить словом «Нур-Султана».', 'дополнить пунктом 3-1 следующего содержания:\n\n«3-1. Столица имеет свой герб.».', '3-1'],
    ['an inserted number without its base', 'bill-insert-base-missing', 'в пункте 3-1 слово «Астаны» заменить словом «Нур-Султана».', 'дополнить пунктом 3-3 следующего содержания:\n\n«3-3. Столица имеет свой герб.».', '3-3'],
    ['a unit amended twice', 'bill-unit-twice', 'Нур-Султан.»;\n\nв пункте 3-1', 'Нур-Султан.»;\n\nв пункте 3 слово «город» исключить;\n\nв пункте 3-1', '3 слово'],
    ['instructions out of order', 'bill-order', 'заменить словом «Нур-Султана».', 'заменить словом «Нур-Султана»;\n\nв пункте 1 слово «унитарным» заменить словом «единым».', '1 слово'],
    ['new text with a wrong number', 'bill-new-text-numbering', '«3. Административно', '«4. Административно', '4'],
    ['new text citing a unit that will not exist', 'bill-new-text-citation', 'определяются законом.', 'определяются в соответствии со статьей 200.', '200'],
  ],
  kk: [
    ['a missing target', 'bill-target-missing', '3-1-тармақтағы «Астана»', '3-2-тармақтағы «Астана»', '3-2'],
    ['words not found', 'bill-words-not-found', '«Астана» деген сөз', '«Алматы» деген сөз', 'Алматы'],
    ['an ambiguous word match', 'bill-words-ambiguous', '3-1-тармақтағы «Астана» деген сөз «Нұр-Сұлтан» деген сөзбен ауыстырылсын.', '4-тармақтағы «Қазақстан» деген сөз «Қазақстанның» деген сөзбен ауыстырылсын.', 'Қазақстан'],
    ['an inserted number that exists', 'bill-insert-collision', '3-1-тармақтағы «Астана» деген сөз «Нұр-Сұлтан» деген сөзбен ауыстырылсын.', 'мынадай мазмұндағы 3-1-тармақпен толықтырылсын:\n\n«3-1. Елорданың өз елтаңбасы бар.».', '3-1'],
    ['an inserted number without its base', 'bill-insert-base-missing', '3-1-тармақтағы «Астана» деген сөз «Нұр-Сұлтан» деген сөзбен ауыстырылсын.', 'мынадай мазмұндағы 3-3-тармақпен толықтырылсын:\n\n«3-3. Елорданың өз елтаңбасы бар.».', '3-3'],
    ['a unit amended twice', 'bill-unit-twice', 'болып табылады.»; \n\n3-1-тармақтағы', 'болып табылады.»; \n\n3-тармақтағы «қаласы» деген сөз алып тасталсын;\n\n3-1-тармақтағы', '3-тармақтағы'],
    ['instructions out of order', 'bill-order', 'деген сөзбен ауыстырылсын.', 'деген сөзбен ауыстырылсын;\n\n1-тармақтағы «біртұтас» деген сөз «бірыңғай» деген сөзбен ауыстырылсын.', '1-тармақтағы'],
    ['new text with a wrong number', 'bill-new-text-numbering', '«3. Республиканың', '«4. Республиканың', '4'],
    ['new text citing a unit that will not exist', 'bill-new-text-citation', 'заңмен белгіленеді.', '200-бапқа сәйкес белгіленеді.', '200'],
  ],
};

describe('amendment bills: checks on seeded defects (issue 11)', () => {
  const acts = new Map<string, Analysis>();
  const act = (lang: 'ru' | 'kk') => {
    if (!acts.has(lang)) acts.set(lang, analyze(load(`kz-1995-${lang}.txt`)));
    return acts.get(lang)!;
  };
  for (const lang of ['ru', 'kk'] as const) {
    const law = load(`amendments/kz-2019-238-VI-${lang}.txt`);
    it(`${lang}: the real law has no problem against the text it applies to`, () => {
      const bill = readBill(law);
      assert.equal(bill.instructions.length, 2);
      assert.deepEqual(checkBill(bill, act(lang)).map((p) => p.message), []);
    });
    for (const [name, code, from, to, mark] of SEEDS[lang]) {
      it(`${lang}: ${name} gives exactly ${code} at «${mark}»`, () => {
        assert.equal(law.split(from).length, 2, `«${from}» once in the law`);
        const seeded = law.replace(from, to);
        const problems = checkBill(readBill(seeded), act(lang));
        const at = seeded.indexOf(to) + to.indexOf(mark);
        assert.deepEqual(problems.map((p) => [p.code, seeded.slice(p.span.start, p.span.end), p.span.start]), [[code, mark.split(/[ -]тармақтағы| слово/u)[0], at]],
          problems.map((p) => p.message).join('\n'));
      });
    }
  }

  it('the real laws against the texts they amended: no seeded code fires (2007 ru on the 1998 text; 2019 on kz-1995)', () => {
    const b98 = analyze(load('amendments/kz-constitution-ru-1998-10-06.txt'));
    assert.deepEqual(checkBill(readBill(load('amendments/kz-2007-254-III-ru.txt')), b98).map((p) => p.message), []);
    assert.deepEqual(checkBill(readBill(load('amendments/kz-2011-403-IV-ru.txt')), b98).map((p) => p.message), []);
  });
});

describe('amendment bills: a quick fix for words not found (issue 11)', () => {
  it('words that differ only in case or «ё» from one place of the unit carry that place as the replacement', () => {
    const law = readFileSync(path.join(CORPUS, 'amendments', 'kz-2019-238-VI-ru.txt'), 'utf8').replace('слово «Астаны» заменить', 'слово «астаны» заменить');
    const p = checkBill(readBill(law), analyze(readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8')));
    assert.deepEqual(p.map((x) => [x.code, x.data]), [['bill-words-not-found', { replacement: 'Астаны' }]]);
  });
});

describe('amendment bills: a section heading written with a Cyrillic homoglyph is placed in the order check (issue 11)', () => {
  // The 2026 text's section X (Latin letters) begins at Article 92; a bill that amends Article 94 and then
  // the heading of section X is out of order whether the drafter typed «X» or the Cyrillic «Х».
  const act = analyze(readFileSync(path.join(CORPUS, 'kz-2026-adopted-ru.txt'), 'utf8'));
  for (const [name, numeral] of [['Latin X', 'X'], ['Cyrillic Х', 'Х']]) {
    it(`${name}: bill-order at the heading`, () => {
      const law = 'Статья 1. Внести в Конституцию Республики Казахстан следующие изменения:\n\n1. Статью 94 исключить.\n\n'
        + `2. Заголовок раздела ${numeral} изложить в следующей редакции:\n\n«Раздел ${numeral}\n\nИзменения Конституции».\n`;
      const problems = checkBill(readBill(law), act);
      assert.deepEqual(problems.map((p) => [p.code, law.slice(p.span.start, p.span.end)]), [['bill-order', `Заголовок раздела ${numeral}`]],
        problems.map((p) => p.message).join('\n'));
      // The message names the section's heading (its numeral as the act writes it), in every language (before: «структурная единица X»).
      const p = problems[0];
      assert.equal(formatMessage('bill-order', p.args, 'ru'), `Пункт 2: заголовок раздела X стоит в акте раньше единицы пункта 1: поправки излагаются в порядке статей акта`);
      assert.equal(formatMessage('bill-order', p.args, 'kk'), `2-тармақ: X бөлімнің тақырыбы актіде 1-тармақтың бірлігінен бұрын тұр: түзетулер актінің бап реті бойынша жазылады`);
      assert.equal(p.message, `Item 2: the heading of Section X comes before the unit of item 1 in the act: instructions follow the act's order`);
    });
  }
});

describe('amendment bills: the order and twice-amended messages name their unit (issue 11)', () => {
  it('a unit by its numbers, the preamble', () => {
    const act = analyze(readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8'));
    const law = 'Статья 1. Внести в Конституцию Республики Казахстан следующие изменения:\n\n'
      + '1. В пункте 2 статьи 3 слово «народа» заменить словом «граждан».\n\n'
      + '2. В пункте 2 статьи 3 слово «власти» заменить словом «полномочий».\n\n'
      + '3. Пункт 2 статьи 3 изложить в следующей редакции:\n\n«2. Никто не может присваивать власть.».\n\n'
      + '4. В преамбуле слово «народ» заменить словом «люди».\n';
    const problems = checkBill(readBill(law), act).filter((p) => p.code === 'bill-order' || p.code === 'bill-unit-twice');
    assert.deepEqual(problems.map((p) => [p.code, formatMessage(p.code, p.args, 'ru')]), [
      ['bill-unit-twice', 'Пункт 3: структурная единица 3.2 изменяется и пунктом 1: изменения одной единицы вносятся одним пунктом'],
      ['bill-order', 'Пункт 4: преамбула стоит в акте раньше единицы пункта 3: поправки излагаются в порядке статей акта'],
    ], problems.map((p) => p.message).join('\n'));
    assert.deepEqual(problems.map((p) => formatMessage(p.code, p.args, 'kk').split(':')[1].trim()), ['3.2 құрылымдық бірлігі 1-тармақпен де өзгертіледі', 'преамбула актіде 1-тармақтың бірлігінен бұрын тұр'.replace('1-', '3-')]);
  });

  it('a chapter heading amended twice (the real headings of chapter 10 of «О выборах»; before: «структурная единица  изменяется»)', () => {
    const act = analyze(readFileSync(path.resolve(__dirname, '..', 'fixtures', 'acts', 'ru-kz-elections-chapter10-headings.txt'), 'utf8'));
    const law = '<!-- amends: vybory.txt -->\nСтатья 1. Внести в Конституционный закон Республики Казахстан «О выборах в Республике Казахстан» следующие изменения:\n\n'
      + '1) в заголовке главы 10 слово «Выборы» заменить словом «Избрание»;\n\n'
      + '2) заголовок главы 10 изложить в следующей редакции:\n\n«Глава 10. Выборы Президента Республики Казахстан».\n';
    const problems = checkBill(readBill(law), act);
    assert.deepEqual(problems.map((p) => [p.code, formatMessage(p.code, p.args, 'ru')]), [
      ['bill-unit-twice', 'Пункт 2: заголовок главы 10 изменяется и пунктом 1: изменения одной единицы вносятся одним пунктом'],
    ], problems.map((p) => p.message).join('\n'));
    assert.equal(formatMessage(problems[0].code, problems[0].args, 'kk'), '2-тармақ: 10-тараудың тақырыбы 1-тармақпен де өзгертіледі: бір бірліктің өзгерістері бір тармақта жазылады');
    assert.equal(problems[0].message, 'Item 2: the heading of Chapter 10 is also amended by item 1: amend a unit in one item');
  });
});
