// Real plural forms (issue 16.7): counted nouns follow the CLDR rules of the language — ru one/few/many
// («1 ссылка», «2 ссылки», «5 ссылок», «11 ссылок», «21 ссылка»), kk one form after a numeral, en
// one/other — and quick-fix titles are sentences, not templates («Изменить номер статьи 10 на 10-1»,
// not «Изменить номер (статья) 10 на 10-1»; no «ссылк(и)», "reference(s)").
import * as assert from 'node:assert/strict';
import { analyze, countOf, type Lang, plural, pluralCategory } from '../../server/src/core';
import { citedBy } from '../../server/src/core/features/labels';
import { fixTitle, fromBaseTitle } from '../../server/src/core/features/codeActions';
import { codeActionsFor } from '../support/service';

const REF = { one: 'ссылка', few: 'ссылки', many: 'ссылок', other: 'ссылки' };

describe('plural forms', () => {
  it('ru: one / few / many by the last digits', () => {
    const got = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1000].map((n) => countOf('ru', n, REF));
    assert.deepEqual(got, [
      '0 ссылок', '1 ссылка', '2 ссылки', '4 ссылки', '5 ссылок', '11 ссылок', '12 ссылок', '14 ссылок',
      '21 ссылка', '22 ссылки', '25 ссылок', '101 ссылка', '111 ссылок', '1000 ссылок',
    ]);
    assert.equal(pluralCategory('ru', 1.5), 'other');
    assert.equal(plural('ru', 1.5, REF), 'ссылки');
  });

  it('kk: the noun stays singular after a numeral; en: one / other', () => {
    assert.deepEqual([1, 2, 5, 21].map((n) => countOf('kk', n, { other: 'сілтеме' })), ['1 сілтеме', '2 сілтеме', '5 сілтеме', '21 сілтеме']);
    assert.deepEqual([0, 1, 2, 21].map((n) => countOf('en', n, { one: 'reference', other: 'references' })), ['0 references', '1 reference', '2 references', '21 references']);
    // A missing category falls back to `other`.
    assert.equal(plural('ru', 5, { one: 'x', other: 'y' }), 'y');
  });

  it('the «cited by» label of hovers and code lenses', () => {
    assert.deepEqual([0, 1, 2, 5, 11, 21, 22, 25].map((n) => citedBy(n, 'ru')), [
      'нет ссылок', '1 ссылка', '2 ссылки', '5 ссылок', '11 ссылок', '21 ссылка', '22 ссылки', '25 ссылок',
    ]);
    assert.deepEqual([0, 1, 3].map((n) => citedBy(n, 'kk')), ['сілтеме жоқ', '1 сілтеме', '3 сілтеме']);
    assert.deepEqual([0, 1, 3].map((n) => citedBy(n, 'en')), ['no references', '1 reference', '3 references']);
  });
});

describe('quick-fix titles are sentences', () => {
  it('«fix this number» in every unit kind and language', () => {
    const cases: [Lang, Parameters<typeof fixTitle>[1], string, string, number, string][] = [
      ['ru', 'article', '10', '10-1', 0, 'Изменить номер статьи 10 на 10-1'],
      ['ru', 'article', '10', '10-1', 1, 'Изменить номер статьи 10 на 10-1 и 1 ссылку'],
      ['ru', 'article', '10', '10-1', 3, 'Изменить номер статьи 10 на 10-1 и 3 ссылки'],
      ['ru', 'article', '10', '10-1', 5, 'Изменить номер статьи 10 на 10-1 и 5 ссылок'],
      ['ru', 'article', '10', '10-1', 21, 'Изменить номер статьи 10 на 10-1 и 21 ссылку'],
      ['ru', 'paragraph', '4', '3', 2, 'Изменить номер пункта 4 на 3 и 2 ссылки'],
      ['ru', 'subparagraph', '4', '3', 0, 'Изменить номер подпункта 4) на 3)'],
      ['ru', 'section', 'IV', 'III', 0, 'Изменить номер раздела IV на III'],
      ['ru', 'chapter', '4', '3', 0, 'Изменить номер главы 4 на 3'],
      ['kk', 'article', '10', '10-1', 0, '10-баптың нөмірін 10-1 деп өзгерту'],
      ['kk', 'article', '10', '10-1', 3, '10-баптың нөмірін 10-1 деп өзгерту (3 сілтемемен бірге)'],
      ['kk', 'paragraph', '4', '3', 0, '4-тармақтың нөмірін 3 деп өзгерту'],
      ['kk', 'subparagraph', '4', '3', 0, '4) тармақшаның нөмірін 3) деп өзгерту'],
      ['kk', 'section', 'IV', 'III', 0, 'IV бөлімнің нөмірін III деп өзгерту'],
      ['kk', 'chapter', '4', '3', 0, '4-тараудың нөмірін 3 деп өзгерту'],
      ['en', 'article', '10', '10-1', 1, 'Change article number 10 to 10-1 and 1 reference'],
      ['en', 'article', '10', '10-1', 2, 'Change article number 10 to 10-1 and 2 references'],
      ['en', 'subparagraph', '4', '3', 0, 'Change subparagraph number 4) to 3)'],
    ];
    for (const [lang, kind, old, next, refs, want] of cases) assert.equal(fixTitle(lang, kind, old, next, refs), want);
  });

  it('«renumber from here» with counted numbers and references', () => {
    assert.equal(fromBaseTitle('ru', 'article', '4', 1, 1), 'Перенумеровать статьи начиная с 4 (1 номер и 1 ссылку)');
    assert.equal(fromBaseTitle('ru', 'article', '4', 2, 22), 'Перенумеровать статьи начиная с 4 (2 номера и 22 ссылки)');
    assert.equal(fromBaseTitle('ru', 'paragraph', '4', 11, 25), 'Перенумеровать пункты начиная с 4 (11 номеров и 25 ссылок)');
    assert.equal(fromBaseTitle('ru', 'chapter', '4', 21, 0), 'Перенумеровать главы начиная с 4 (21 номер)');
    assert.equal(fromBaseTitle('kk', 'article', '4', 5, 12), '4-баптан бастап баптарды қайта нөмірлеу (5 нөмір және 12 сілтеме)');
    assert.equal(fromBaseTitle('kk', 'section', 'IV', 2, 0), 'IV бөлімнен бастап бөлімдерді қайта нөмірлеу (2 нөмір)');
    assert.equal(fromBaseTitle('en', 'article', '4', 1, 0), 'Renumber articles from 4 on (1 number)');
    assert.equal(fromBaseTitle('en', 'article', '4', 5, 12), 'Renumber articles from 4 on (5 numbers and 12 references)');
  });

  it('no template residue in the titles of real quick fixes on the 2026 draft excerpt', () => {
    // Articles 1–5 of the ru draft with article 3's heading numbered 30: gap, fix and renumber offered.
    const doc = 'Статья 1\nСм. статью 30 и пункт 2 статьи 30.\nСтатья 2\nТекст.\nСтатья 30\n1. Текст.\n2. Текст.\nСтатья 4\nТекст.\nРаздел I\nРаздел III\nСтатья 5\nТекст.\n';
    const an = analyze(doc);
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const titles = an.diagnostics.flatMap((p) => codeActionsFor(an.text, p, lang).map((a) => a.title));
      assert.ok(titles.length >= 3, `${lang}: ${titles.join(' | ')}`);
      for (const t of titles) {
        assert.doesNotMatch(t, /\((?:s|и|ов|а)\)|\((?:статья|пункт|подпункт|раздел|глава|article|paragraph|section|chapter|бап|тармақ|бөлім|тарау)\)|→ .* өзгерту|\{\w+\}/u, `${lang}: ${t}`);
      }
    }
  });
});
