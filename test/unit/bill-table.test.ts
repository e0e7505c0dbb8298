// The comparative table of an amendment bill (issue 11): one row per structural unit the bill amends, in
// the act's order, with the text in force, the proposed text with the changes marked, and an empty
// justification. On real laws: the 2007 law (No. 254-III) against the consolidated text of 1998-10-06
// (../shared/corpus/amendments/SOURCES.md section C), and the September 2022 law (No. 142-VII) in Kazakh
// against the kk text as it stood before it (see kkBefore).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  amend, analyze, applyBill, billTable, billTableHtml, billTableJson, billTableMarkdown, lexicon, parse, readBill, TABLE_HEADERS,
  type BillTable, type BillTableRow,
} from '../../server/src/core';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const load = (f: string) => readFileSync(path.join(CORPUS, f), 'utf8');

const key = (r: BillTableRow) => r.unit.section ?? [r.unit.article, r.unit.paragraph, r.unit.subparagraph].filter((x) => x !== undefined).join('.');
const text = (ops: { op: string; text: string }[], op: string) => ops.filter((o) => o.op === op).map((o) => o.text).join('|');

function actOrder(t: BillTable, doc: ReturnType<typeof parse>): number[] {
  // Each row's place in the act: the unit's offset in the text after the bill.
  return t.rows.map((r) => {
    const a = doc.articleByNumber.get(r.unit.article ?? '');
    if (!a) return -1;
    const p = r.unit.paragraph !== undefined ? a.paragraphs.find((x) => x.number.text === r.unit.paragraph) : undefined;
    const list = p ? p.subparagraphs : a.subparagraphs;
    const s = r.unit.subparagraph !== undefined ? list.find((x) => x.number.text === r.unit.subparagraph) : undefined;
    return (s ?? p ?? a).span.start;
  });
}

describe('amendment bills: the comparative table (issue 11)', () => {
  const lawText = load('amendments/kz-2007-254-III-ru.txt');
  const bill = readBill(lawText);
  const act = analyze(load('amendments/kz-constitution-ru-1998-10-06.txt'));
  const t = billTable(bill, act, lawText, { act: 'kz-1995' });

  it('ru 2007 law: every instruction\'s unit has its row, once, in the act\'s order', () => {
    const want = new Set<string>();
    for (const ins of bill.instructions) {
      if (ins.act) continue;
      for (const x of ins.targets) want.add(x.section ?? [x.article, x.paragraph, x.subparagraph].filter((v) => v !== undefined).join('.'));
    }
    const got = t.rows.map(key);
    assert.deepEqual([...new Set(got)], got, 'a unit has two rows');
    assert.deepEqual(new Set(got), want);
    assert.equal(got.length, 64);
    const offsets = actOrder(t, parse(applyBill(bill, act.text).text));
    assert.ok(offsets.every((o) => o >= 0), String(offsets));
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
    // Two instructions of one item on one unit share its row; the items are named on the row.
    assert.deepEqual(t.rows.find((r) => key(r) === '44.3')?.items, ['10.1']);
    assert.ok(t.rows.every((r) => r.ok && r.justification === ''));
    assert.equal(t.billTitle, 'О внесении изменений и дополнений в Конституцию Республики Казахстан');
  });

  it('ru 2007 law: a replaced word shows as deleted in force and added in the proposal', () => {
    // Item 33: in Art. 81 «судам общей юрисдикции» is replaced by «местным и другим судам».
    const r = t.rows.find((x) => key(x) === '81')!;
    assert.equal(r.change, 'amended');
    assert.equal(r.label, 'Статья 81');
    assert.match(text(r.currentOps, 'delete'), /судам общей юрисдикции/);
    assert.match(text(r.proposedOps, 'insert'), /местным и другим судам/);
    assert.equal(text(r.currentOps, 'insert'), '');
    assert.equal(text(r.proposedOps, 'delete'), '');
    // The unchanged words are in both cells, as the act has them.
    assert.equal(r.currentOps.map((o) => o.text).join(''), r.inForce);
    assert.equal(r.proposedOps.map((o) => o.text).join(''), r.proposed);
    assert.match(r.inForce!, /^Статья 81\nВерховный Суд Республики Казахстан является высшим судебным органом/);
  });

  it('ru 2007 law: an inserted unit has no text in force; an excluded one is said to be excluded', () => {
    const ins = t.rows.find((x) => key(x) === '61.5-1')!;
    assert.equal(ins.change, 'new');
    assert.equal(ins.label, 'Пункт 5-1 статьи 61');
    assert.equal(ins.inForce, null);
    assert.deepEqual(ins.currentOps, [{ op: 'equal', text: 'Отсутствует' }]);
    assert.match(ins.proposed!, /^5-1\. Проект конституционного закона/);
    assert.deepEqual(ins.proposedOps, [{ op: 'insert', text: ins.proposed }]);
    const art = t.rows.find((x) => key(x) === '94-1')!;
    assert.equal(art.change, 'new');
    assert.match(art.proposed!, /^Статья 94-1\nПоложение пункта 1 статьи 41/);
    const sub = t.rows.find((x) => key(x) === '72.1.2-1')!;
    assert.equal(sub.label, 'Подпункт 2-1) пункта 1 статьи 72');
    const gone = t.rows.find((x) => key(x) === '84')!;
    assert.equal(gone.change, 'excluded');
    assert.equal(gone.proposed, null);
    assert.deepEqual(gone.proposedOps, [{ op: 'equal', text: 'Исключается' }]);
    assert.equal(text(gone.currentOps, 'delete'), gone.inForce);
    assert.match(gone.inForce!, /^Статья 84\n1\. Дознание и предварительное расследование/);
  });

  it('renders as the draft table does: the official headers, struck and marked words, an empty fourth column', () => {
    const md = billTableMarkdown(t);
    assert.ok(md.startsWith('# Сравнительная таблица к проекту Закона «О внесении изменений и дополнений в Конституцию Республики Казахстан»\n'));
    assert.ok(md.includes(`| ${TABLE_HEADERS.ru.join(' | ')} |`));
    assert.deepEqual(TABLE_HEADERS.ru, ['Структурная единица', 'Действующая редакция', 'Предлагаемая редакция', 'Обоснование']);
    const row81 = md.split('\n').find((l) => l.startsWith('| Статья 81 |'))!;
    assert.match(row81, /~~судам общей юрисдикции~~/);
    assert.match(row81, /\*\*местным и другим судам\*\*/);
    assert.ok(row81.endsWith(' |  |'), row81.slice(-20));
    assert.equal(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Структурная')).length, 64);
    const html = billTableHtml(t, { uiLang: 'en' });
    assert.match(html, /<th>Structural unit<\/th><th>Current wording<\/th>/);
    assert.match(html, /<del>судам общей юрисдикции<\/del>/);
    assert.match(html, /<ins>местным и другим судам<\/ins>/);
    assert.match(html, /<html lang="ru">/);
    const json = billTableJson(t);
    assert.equal(json.rows.length, 64);
    assert.deepEqual(json.rows.find((r) => r.label === 'Пункт 5-1 статьи 61')?.inForce, null);
    assert.equal(json.rows.find((r) => r.label === 'Статья 84')?.change, 'excluded');
  });

  it('kk September 2022 law: its rows against the kk text before it', () => {
    const law = load('amendments/kz-2022-09-142-VII-kk.txt');
    const kb = readBill(law);
    const kt = billTable(kb, analyze(kkBefore()), law, { act: 'kz-1995' });
    assert.deepEqual(kt.rows.map(key), ['2.3', '2.3-1', '41.1', '42.5', '71.1', '91.2', '94-2']);
    assert.deepEqual(kt.rows.map((r) => r.label), [
      '2-баптың 3-тармағы', '2-баптың 3-1-тармағы', '41-баптың 1-тармағы', '42-баптың 5-тармағы', '71-баптың 1-тармағы',
      '91-баптың 2-тармағы', '94-2-бап',
    ]);
    assert.ok(kt.rows.every((r) => r.ok), kt.rows.filter((r) => !r.ok).map(key).join());
    const r = kt.rows[1];
    assert.equal(text(r.currentOps, 'delete'), 'Нұр-Сұлтан');
    assert.equal(text(r.proposedOps, 'insert'), 'Астана');
    const r71 = kt.rows[4];
    assert.deepEqual(r71.items, ['4.1', '4.2']);
    assert.match(text(r71.currentOps, 'delete'), /алты/);
    assert.match(text(r71.proposedOps, 'insert'), /сегіз/);
    assert.equal(kt.rows[6].change, 'new');
    assert.deepEqual(kt.rows[6].currentOps, [{ op: 'equal', text: 'Жоқ' }]);
    const md = billTableMarkdown(kt);
    assert.ok(md.startsWith('# «Қазақстан Республикасының Конституциясынаөзгерістер мен толықтыру енгізу туралы» Заң жобасына салыстырмалы кесте\n'), md.slice(0, 200));
    assert.ok(md.includes(`| ${TABLE_HEADERS.kk.join(' | ')} |`));
    assert.match(md, /~~Нұр\\-Сұлтан~~|~~Нұр-Сұлтан~~/);
  });

  // A generated bill amends the preamble and the section headings too (core/bill/amend.ts): the preamble's
  // row comes first, each heading's row before the rows of its section's first article.
  for (const lang of ['ru', 'kk'] as const) {
    it(`${lang}: the bill 1995 → 2026 final draft: the preamble's row first, then section I's heading, then Article 1`, () => {
      const before = analyze(load(`kz-1995-${lang}.txt`));
      const draft = analyze(load(`kz-2026-final-draft-${lang}.txt`));
      // The instruction-level bill (by default amend writes a new edition here: tested in bill-newedition.test.ts).
      const billText = amend(before, draft, { lang, style: 'units' }).text;
      const t2 = billTable(readBill(billText), before, billText);
      assert.deepEqual(t2.rows.slice(0, 3).map((r) => r.label), [lexicon(lang).preamble, lexicon(lang).table.bill.section('I'), lexicon(lang).table.bill.unit({ article: '1' })]);
      const pre = t2.rows[0];
      assert.deepEqual([pre.change, pre.ok, pre.inForce, pre.proposed], ['amended', true,
        before.text.slice(before.doc.preamble!.start, before.doc.preamble!.end), draft.text.slice(draft.doc.preamble!.start, draft.doc.preamble!.end)]);
      // Every heading row stands right before the row of its section's first article (or of a unit in it).
      for (const [k, r] of t2.rows.entries()) {
        if (r.unit.section === undefined) continue;
        const first = before.doc.sections.find((x) => x.number.text === r.unit.section)!.articles[0].number.text;
        assert.equal(t2.rows[k + 1].unit.article, first, r.label);
      }
    });
  }

});

/**
 * The kk text of the Constitution as it stood before the September 2022 law: the consolidated kk text
 * (kz-1995-kk, Adilet edition of 01.01.2023) with that law's word replacements undone in their units and
 * its new Art. 94-2 taken out. (Its two whole-unit rewrites, 2.3 and 91.2, stay as they are: their text
 * in force is not in the corpus; their rows then show no change.)
 */
function kkBefore(): string {
  let s = load('kz-1995-kk.txt');
  const undo = (article: string, paragraph: string, now: string, was: string, nth = 0) => {
    const d = parse(s);
    const p = d.articleByNumber.get(article)!.paragraphs.find((x) => x.number.text === paragraph)!;
    let at = p.span.start;
    for (let i = 0; i <= nth; i++) at = s.indexOf(now, i ? at + 1 : at);
    assert.ok(at >= 0 && at < p.span.end, `${article}.${paragraph} «${now}»`);
    s = s.slice(0, at) + was + s.slice(at + now.length);
  };
  undo('2', '3-1', 'Астана', 'Нұр-Сұлтан');
  undo('41', '1', 'жеті', 'бес');
  undo('42', '5', 'бір реттен', 'қатарынан екі реттен');
  undo('71', '1', 'бір реттен', 'қатарынан екі реттен');
  undo('71', '1', 'сегіз', 'алты');
  const d = parse(s);
  const a = d.articleByNumber.get('94-2')!;
  const lineStart = s.lastIndexOf('\n', a.span.start - 1) + 1;
  return s.slice(0, lineStart) + s.slice(a.span.end);
}
