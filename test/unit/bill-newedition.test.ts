// A new edition of the whole act (issue 11): «Конституцию Республики Казахстан изложить в новой редакции
// согласно приложению к настоящему Закону» (kk «Қазақстан Республикасының Конституциясы осы Заңға қосымшаға
// сәйкес жаңа редакцияда жазылсын»), the text in the law's appendix, or quoted after a colon. The reader
// gives one instruction on the whole act; apply puts the text in place of the act exactly; the check finds
// nothing to object to; the comparative table has a row per unit the new text changes. On the real texts:
// kz-1995 and the 2026 texts (corpus/SOURCES.md).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { amend, analyze, applyBill, billTable, checkBill, isBill, lexicon, readBill } from '../../server/src/core';
import { serviceWith } from '../support/service';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const load = (f: string) => readFileSync(path.join(CORPUS, f), 'utf8');

/** A bill as `amend` writes it: the statement, the entry into force, the appendix with `text`. */
function appendixBill(lang: 'ru' | 'kk', text: string, appendix = true): string {
  const w = lexicon(lang).bill.write!;
  return [`# ${w.title(true, false)}`, '', `${w.billArticle(1)} ${w.newEdition(true)}`, '', `${w.billArticle(2)} ${w.entry}`, '', ...(appendix ? [w.appendix, '', text] : [])].join('\n');
}

describe('amendment bills: a new edition of the whole act (issue 11)', () => {
  for (const [lang, from, to] of [['ru', 'kz-1995-ru.txt', 'kz-2026-adopted-ru.txt'], ['kk', 'kz-1995-kk.txt', 'kz-2026-final-draft-kk.txt']] as const) {
    it(`${lang}: the appendix form is a bill, read as one instruction on the whole act; applied to 1995 it gives ${to} exactly`, () => {
      const target = load(to);
      const text = appendixBill(lang, target);
      assert.ok(isBill(text));
      const bill = readBill(text);
      assert.equal(bill.lang, lang);
      assert.deepEqual(bill.problems, []);
      assert.equal(bill.instructions.length, 1);
      const [ins] = bill.instructions;
      assert.deepEqual([ins.item, ins.kind, ins.targets.length, ins.targets[0].whole], ['1', 'replace-unit', 1, true]);
      // The target is the statement from «Статья 1.» / «1-бап.» to the verb; the text is the appendix after its heading.
      assert.match(text.slice(ins.targets[0].span.start, ins.targets[0].span.end), lang === 'ru' ? /^Статья 1\. Конституцию Республики Казахстан изложить в новой редакции согласно приложению$/u : /^1-бап\. Қазақстан Республикасының Конституциясы осы Заңға қосымшаға сәйкес жаңа редакцияда жазылсын$/u);
      assert.equal(ins.text!.text, target);
      assert.equal(text.slice(ins.text!.span.start, ins.text!.span.end), target);
      const act = analyze(load(from));
      assert.deepEqual(checkBill(bill, act), []);
      const applied = applyBill(bill, act.text);
      assert.deepEqual(applied.problems, []);
      assert.deepEqual(applied.instructions.map((r) => r.ok), [true]);
      assert.ok(applied.text === target);
    });
  }

  it('ru: the quoted form («… изложить в новой редакции:» and the text in quotation marks) gives the quoted text', () => {
    // The adopted 2026 text up to Article 3, as a whole act (a real excerpt; quotation marks inside it would nest).
    const t = load('kz-2026-adopted-ru.txt');
    const excerpt = t.slice(0, t.indexOf('\nСтатья 3\n'));
    const text = `Статья 1. Конституцию Республики Казахстан изложить в новой редакции:\n\n«${excerpt}».\n\nСтатья 2. ${lexicon('ru').bill.write!.entry}\n`;
    const bill = readBill(text);
    assert.deepEqual(bill.problems, []);
    assert.equal(bill.instructions.length, 1);
    assert.equal(bill.instructions[0].text!.text, excerpt);
    assert.equal(applyBill(bill, load('kz-1995-ru.txt')).text, excerpt);
  });

  it('ru/kk: the bill amend writes (the new text quoted) is a clean document in the editor: no problem on the bill, its quoted articles are not its own', () => {
    for (const [lang, from, to] of [['ru', 'kz-1995-ru.txt', 'kz-2026-adopted-ru.txt'], ['kk', 'kz-1995-kk.txt', 'kz-2026-final-draft-kk.txt']] as const) {
      const r = amend(analyze(load(from)), analyze(load(to)), { lang });
      assert.equal(r.style, 'new-edition');
      const { service, uri } = serviceWith(r.text);
      assert.deepEqual(service.problems(uri).map((p) => `${p.code} ${r.text.slice(p.span.start, p.span.end)}`), [], lang);
      // The bill's own articles: «Статья 1.» (the statement) and «Статья 2.» (the entry into force).
      assert.deepEqual(analyze(r.text).doc.articles.map((a) => a.number.text), ['1', '2']);
    }
  });

  it('ru/kk: the statement without its appendix is an unreadable instruction, never silently skipped; the act stays as it is', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const text = appendixBill(lang, '', false);
      const bill = readBill(text);
      assert.deepEqual(bill.instructions, []);
      assert.deepEqual(bill.problems.map((p) => [p.code, text.slice(p.span.start, p.span.end)]), [['bill-instruction-unreadable', `${lexicon(lang).bill.write!.billArticle(1)} ${lexicon(lang).bill.write!.newEdition(true)}`]]);
      const act = load(lang === 'ru' ? 'kz-1995-ru.txt' : 'kz-1995-kk.txt');
      assert.equal(applyBill(bill, act).text, act);
    }
  });

  it('ru: the comparative table has a row per unit the new text changes — the preamble the copy lacks, the new sections, each changed, new or dropped article', () => {
    const act = analyze(load('kz-1995-ru.txt'));
    const target = load('kz-2026-adopted-ru.txt');
    const t = billTable(readBill(appendixBill('ru', target)), act, appendixBill('ru', target));
    const rows = t.rows.map((r) => `${r.unit.preamble ? 'preamble' : r.unit.section !== undefined ? `§${r.unit.section}` : r.unit.article} ${r.change}`);
    assert.equal(rows[0], 'preamble excluded');
    // Sections X and XI are new; I–IX have new headings but III «Президент» and V «Правительство», whose names stay.
    assert.deepEqual(rows.filter((r) => r.startsWith('§')), ['§I amended', '§II amended', '§IV amended', '§VI amended', '§VII amended', '§VIII amended', '§IX amended', '§X new', '§XI new']);
    // The six articles 2026 lacks are dropped; every article the text has is a row unless its text is the same.
    assert.deepEqual(t.rows.filter((r) => r.change === 'excluded' && r.unit.article).map((r) => r.unit.article), ['83-1', '94-1', '94-2', '97', '98', '99']);
    const article1 = t.rows.find((r) => r.unit.article === '1')!;
    assert.equal(article1.change, 'amended');
    assert.match(article1.proposed!, /^Статья 1\nРеспублика Казахстан – демократическое, светское, правовое и социальное государство\./u);
    assert.ok(article1.inForce!.startsWith('Статья 1\n1. Республика Казахстан утверждает себя'));
    assert.ok(t.rows.every((r) => r.ok && r.items.join() === '1'));
  });
});
