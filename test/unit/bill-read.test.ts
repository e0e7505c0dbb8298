// Amendment bills, step 1 (issue 11): every instruction of every shared law, ru and kk, is read. The
// counts were made by reading the laws (one instruction per operation: «слова … заменить словом …, слова …
// исключить» is two; «пункты 2 и 3 … изложить» is one with two targets); the Kazakh and Russian texts of one
// law must give the same kinds and targets in the same order, except the differences named below.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isBill, readBill, type Instruction } from '../../server/src/core';

const DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments');
const load = (f: string) => readFileSync(path.join(DIR, f), 'utf8');

/** law → [instructions, notes (other-language items), unreadable] per language. The one other problem a
 * shared law has is named in VERBLESS. */
const COUNTS: Record<string, { ru: [number, number, number]; kk?: [number, number, number] }> = {
  'kz-1998-284-I': { ru: [29, 0, 0], kk: [29, 0, 0] },
  'kz-2007-254-III': { ru: [50, 5, 0], kk: [55, 0, 0] },
  'kz-2011-403-IV': { ru: [1, 0, 0], kk: [1, 0, 0] },
  'kz-2019-238-VI': { ru: [2, 0, 0], kk: [2, 0, 0] },
  'kz-2022-06-referendum': { ru: [57, 0, 0], kk: [57, 0, 0] },
  'kz-2022-09-142-VII': { ru: [8, 0, 0], kk: [8, 0, 0] },
  'kz-law-150038-expulsion': { ru: [26, 0, 0], kk: [26, 0, 0] },
  'kz-law-164356-some-acts': { ru: [5, 0, 0] },
};

/** Where the two languages differ, and why (each one checked against the texts). */
const ONLY: Record<string, { ru: string[]; kk: string[] }> = {
  // ru items 3, 6, 10.2, 10.3, 32.1 are the placeholders «Внесено изменение в текст … на государственном
  // языке»; kk 2.1 replaces the words by «Мемлекеттік» where ru deletes them.
  'kz-2007-254-III': {
    ru: ['2.1 delete-words 5/1'],
    kk: ['2.1 replace-words 5/1', '3 replace-words 9', '6 replace-words 34/2', '10.2 replace-words 44/-/13', '10.3 replace-words 44/-/16', '32.1 replace-words 75/2'],
  },
  // Art. 46-8 of the detention law: ru adds words («дополнить словами»), kk replaces them (… деген сөздермен ауыстырылсын).
  'kz-law-150038-expulsion': {
    ru: ['4.6 insert-words 46-8 title', '4.6 insert-words 46-8/1 part 1', '4.6 insert-words 46-8/2'],
    kk: ['4.6 replace-words 46-8 title', '4.6 replace-words 46-8/1 part 1', '4.6 replace-words 46-8/2'],
  },
};

/**
 * The one instruction of a shared law that has no verb: item 18 of the 1998 kk law, «94-баптың 1-тармағы
 * "…".» (the ru text: «Пункт 1 статьи 94 дополнить словами "…".»). It is read as words added at the end of
 * the unit, as ru has it, and reported as bill-verb-missing at the unit's words.
 */
const VERBLESS: Record<string, string[]> = { 'kz-1998-284-I-kk': ['bill-verb-missing 94-баптың 1-тармағы'] };

const key = (i: Instruction) => `${i.item} ${i.kind} ${i.targets.map((t) => (t.chapter ? `chapter ${t.chapter}` : [t.article ?? '-', t.paragraph ?? '-', t.subparagraph ?? ''].join('/').replace(/\/+$/, '').replace(/(\/-)+$/, '')) + (t.part ? ` part ${t.part}` : '') + (t.sentence ? ` sentence ${t.sentence}` : '') + (t.title ? ' title' : '')).join(', ')}`;

describe('amendment bills: reading (issue 11)', () => {
  for (const [law, counts] of Object.entries(COUNTS)) {
    for (const lang of ['ru', 'kk'] as const) {
      const want = counts[lang];
      if (!want) continue;
      it(`${law}-${lang}: ${want[0]} instructions, ${want[1]} notes, ${want[2]} unreadable`, () => {
        const text = load(`${law}-${lang}.txt`);
        assert.ok(isBill(text));
        const bill = readBill(text);
        assert.equal(bill.lang, lang);
        const unreadable = bill.problems.filter((p) => p.code === 'bill-instruction-unreadable');
        assert.deepEqual([bill.instructions.length, bill.notes.length, unreadable.length], want,
          unreadable.map((p) => text.slice(p.span.start, p.span.start + 80)).join('\n'));
        assert.deepEqual(bill.problems.filter((p) => p.code !== 'bill-instruction-unreadable').map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}`),
          VERBLESS[`${law}-${lang}`] ?? []);
        for (const i of bill.instructions) {
          assert.ok(i.targets.length > 0, key(i));
          if (i.kind === 'replace-unit' || i.kind === 'insert-unit') assert.ok(i.text && i.text.text.trim(), key(i));
          if (i.kind === 'replace-words') assert.ok(i.old && i.new, key(i));
          if (i.kind === 'delete-words') assert.ok(i.old?.text, key(i));
          if (i.kind === 'insert-words') assert.ok(i.new?.text, key(i));
          // The quoted text is the text between the marks, at its span.
          for (const q of [i.old, i.new, i.anchor]) if (q) assert.equal(text.slice(q.span.start, q.span.end), q.text);
        }
      });
    }
  }

  for (const law of Object.keys(COUNTS).filter((l) => COUNTS[l].kk)) {
    it(`${law}: ru and kk read to the same instructions, except the named differences`, () => {
      const ru = readBill(load(`${law}-ru.txt`)).instructions.map(key);
      const kk = readBill(load(`${law}-kk.txt`)).instructions.map(key);
      assert.deepEqual({ ru: ru.filter((k) => !kk.includes(k)), kk: kk.filter((k) => !ru.includes(k)) }, ONLY[law] ?? { ru: [], kk: [] });
    });
  }

  it('reads items, sub-items, levels, parts, sentences, inserted numbers and words (2007 ru, 2022-06 ru)', () => {
    const b07 = readBill(load('kz-2007-254-III-ru.txt')).instructions.map(key);
    for (const k of [
      '1 replace-unit 2/3', '7.1 replace-words 41/1', '8 insert-unit 42/5 part 2', '9 delete-unit 43/2',
      '10.1 replace-unit 44/-/2, 44/-/3, 44/-/4, 44/-/5, 44/-/7', '16 replace-unit 53, 54', '20 replace-unit 58/3/7',
      '22.2 insert-unit 61/5-1', '22.3 insert-unit 61/6 sentence next', '28.2 delete-unit 70/6 sentence 2',
      '30 insert-unit 72/1/2-1', '35 delete-unit 84', '39 replace-unit 91/1 sentence last', '40 insert-unit 94-1',
    ]) assert.ok(b07.includes(k), `${k}\n${b07.join('\n')}`);
    const b22 = readBill(load('kz-2022-06-referendum-ru.txt'));
    const k22 = b22.instructions.map(key);
    for (const k of ['6.2 delete-unit 42/5 part 2', '14.1 insert-unit 53/-/1-1, 53/-/1-2', '17.2 insert-unit 56/1/3-1', '11.1 replace-unit 50/2 sentence 2'])
      assert.ok(k22.includes(k), `${k}\n${k22.join('\n')}`);
    const w = b22.instructions.find((i) => i.item === '21.2')!;
    assert.equal(w.kind, 'insert-words');
    assert.equal(w.position, 'after');
    assert.equal(w.anchor?.text, 'Казахстан');
    const h = b22.instructions.find((i) => i.item === '22')!;
    assert.deepEqual([h.kind, h.targets[0].section, h.old?.text, h.new?.text], ['replace-words', 'VI', 'Совет', 'Суд']);
  });

  it('a law amending several acts names the act of each instruction', () => {
    const b = readBill(load('kz-law-164356-some-acts-ru.txt'));
    const acts = b.instructions.map((i) => (i.act ?? '').replace(/\s+/g, ' ').match(/«[^»]+»/)?.[0]);
    assert.deepEqual(acts, ['«О политических партиях»', '«Об Ассамблее народа Казахстана»', '«О Совете Безопасности Республики Казахстан»', '«О Совете Безопасности Республики Казахстан»', '«О Совете Безопасности Республики Казахстан»']);
  });

  it('a sentence that looks like an instruction but cannot be read is reported, not skipped', () => {
    const text = load('kz-2011-403-IV-ru.txt').replace('статью 41 дополнить пунктом 3-1 следующего содержания:', 'статью 41 переделать как-нибудь:');
    const b = readBill(text);
    assert.equal(b.instructions.length, 0);
    assert.equal(b.problems.length, 1);
    assert.equal(text.slice(b.problems[0].span.start, b.problems[0].span.end), 'статью 41 переделать как-нибудь:');
  });

  it('an instruction with no verb (a unit and a quotation): read as «add the words», reported, with the edit that writes the verb (ru, kk)', () => {
    // The real kk item 18 of 1998 with its verb written, and the real ru item 18 with its verb taken out.
    const kk = load('kz-1998-284-I-kk.txt');
    const ru = load('kz-1998-284-I-ru.txt');
    const cases: [string, string, string][] = [
      ['kk', kk, kk.replace(/(94-баптың 1-тармағы "[^"]+")\./u, '$1 сөздерімен толықтырылсын.')],
      ['ru', ru.replace('Пункт 1 статьи 94 дополнить словами "', 'Пункт 1 статьи 94 "'), ru],
    ];
    for (const [lang, verbless, withVerb] of cases) {
      assert.notEqual(verbless, withVerb, lang);
      const b = readBill(verbless, lang as 'ru' | 'kk');
      const p = b.problems.filter((x) => x.code === 'bill-verb-missing');
      assert.equal(p.length, 1, lang);
      assert.equal(b.problems.length, 1, lang);
      assert.match(verbless.slice(p[0].span.start, p[0].span.end), /^(94-баптың 1-тармағы|Пункт 1 статьи 94)$/u, lang);
      // The same instructions as the text with its verb.
      const good = readBill(withVerb, lang as 'ru' | 'kk');
      assert.deepEqual(good.problems, [], lang);
      // Offsets aside (the verb moves what follows it).
      const strip = (i: Instruction) => JSON.parse(JSON.stringify(i, (k, v) => (k === 'span' ? undefined : v)));
      assert.deepEqual(b.instructions.map(strip), good.instructions.map(strip), lang);
      // The fix writes the verb: the text with its verb, exactly.
      const e = p[0].data!.edit as { span: { start: number; end: number }; newText: string };
      assert.equal(verbless.slice(0, e.span.start) + e.newText + verbless.slice(e.span.end), withVerb, lang);
    }
    // Anything else beside the unit and the quotation stays unreadable: never a guess.
    for (const t of ['<!-- amends: kz-1995 -->\n1. Пункт 1 статьи 94 как-нибудь "слова".\n', '<!-- amends: kz-1995 -->\n1. Пункт 1 статьи 94 "слова" потом.\n', '<!-- amends: kz-1995 -->\n1. Здесь "слова".\n']) {
      const b = readBill(t, 'ru');
      assert.deepEqual([b.instructions.length, b.problems.map((p) => p.code)], [0, ['bill-instruction-unreadable']], t);
    }
  });

  it('an English bill (the style of the official translations) is read: the Latin «i» of its words is kept', () => {
    // Written for this test in the official translations' wording (no English amendment law is in the corpus).
    const text = [
      'On Amendments to the Constitution of the Republic of Kazakhstan', '',
      'Article 1. Introduce the following amendments to the Constitution of the Republic of Kazakhstan:', '',
      '1. In paragraph 1 of Article 41 replace the words "seven years" with the words "five years".',
      '2. Paragraph 3 of Article 41 shall be deleted.',
      '3. Paragraph 2 of Article 2 add the words "Its borders are inviolable.".',
      '4. Article 94 add the words "The term may be shortened.".', '',
      'Article 2. This Law shall enter into force on the date of its first official publication.', '',
      'President of the Republic of Kazakhstan', '',
    ].join('\n');
    assert.ok(isBill(text));
    const b = readBill(text);
    assert.equal(b.lang, 'en');
    assert.deepEqual(b.instructions.map(key), ['1 replace-words 41/1', '2 delete-unit 41/3', '3 insert-words 2/2', '4 insert-words 94']);
    assert.deepEqual(b.problems, []);
    // Without its verb, item 4 is read the same way and reported.
    const verbless = readBill(text.replace('Article 94 add the words "', 'Article 94 "'));
    assert.deepEqual(verbless.instructions.map(key), b.instructions.map(key));
    assert.deepEqual(verbless.problems.map((p) => p.code), ['bill-verb-missing']);
  });

  it('an annotation makes a text a bill; ordinary text is not one', () => {
    assert.ok(isBill('<!-- amends: kz-1995 -->\n1. Статью 5 исключить.\n'));
    const b = readBill('<!-- amends: kz-1995 -->\n1. Статью 5 исключить.\n', 'ru');
    assert.equal(b.amends, 'kz-1995');
    assert.deepEqual(b.instructions.map(key), ['1 delete-unit 5']);
    assert.ok(!isBill(readFileSync(path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'kz-1995-ru.txt'), 'utf8')));
  });
});
