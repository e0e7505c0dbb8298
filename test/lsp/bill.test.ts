// An amendment bill in the editor over stdio (issue 11): a real law (the 2019 law No. 238-VI, ru and kk,
// ../shared/corpus/amendments) opened as a document is recognised by its enacting words and checked against
// the act it amends (kz-1995 by default, the bundled act in the bill's language): a seeded defect is a
// diagnostic at the seeded words; a hover on an instruction shows the unit in force and after; definition
// goes from the instruction into the act's read-only document; atazan/applyBill gives the consolidated text.

import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Hover, LocationLink, TextEdit } from 'vscode-languageserver-protocol';
import { amend, analyze } from '../../server/src/core';
import { open, pull, startServer, td, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

const DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments');
const law = (lang: string) => readFileSync(path.join(DIR, `kz-2019-238-VI-${lang}.txt`), 'utf8');
const CORPUS = path.resolve(DIR, '..');

/** `edits` (LSP ranges, non-overlapping) applied to `text`. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('LSP: amendment bills (issue 11)', function () {
  this.timeout(60000);
  let s: Server;
  const RU = 'file:///tmp/atazan-bill/law-ru.txt';
  const KK = 'file:///tmp/atazan-bill/law-kk.txt';
  const SEEDED = 'file:///tmp/atazan-bill/seeded-ru.txt';
  const seeded = law('ru').replace('слово «Астаны» заменить', 'слово «Алматы» заменить');
  before(async () => {
    s = await startServer({ initializationOptions: { displayLanguage: 'ru' } });
    open(s, RU, law('ru'));
    open(s, KK, law('kk'));
    open(s, SEEDED, seeded);
  });
  after(async () => {
    await s?.stop();
  });

  it('the real law has no bill problem; a seeded one has bill-words-not-found at the seeded words', async () => {
    for (const u of [RU, KK]) assert.deepEqual((await pull(s, u)).filter((d) => String(d.code).startsWith('bill-')).map((d) => d.message), [], u);
    const ds = (await pull(s, SEEDED)).filter((d) => String(d.code).startsWith('bill-'));
    assert.deepEqual(ds.map((d) => d.code), ['bill-words-not-found']);
    const line = seeded.split('\n').findIndex((l) => l.includes('«Алматы»'));
    assert.deepEqual(ds[0].range.start, { line, character: seeded.split('\n')[line].indexOf('Алматы') });
    assert.match(String(ds[0].message), /нет слов «Алматы»/u);
  });

  it('hover on an instruction: the unit in force and after, in the UI language', async () => {
    const text = law('ru');
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(RU), position: cursorPos(text, 'в пункте 3-1 сл$0ово') }) as Hover;
    const v = (h.contents as { value: string }).value;
    assert.match(v, /замена слов/u);
    assert.match(v, /Действующая редакция[\s\S]*В пределах города Астаны[\s\S]*После изменения[\s\S]*В пределах города Нур-Султана/u);
    const k = await s.conn.sendRequest('textDocument/hover', { ...td(KK), position: cursorPos(law('kk'), '3-1-тармақт$0ағы') }) as Hover;
    assert.match((k.contents as { value: string }).value, /Астана қаласының шегінде[\s\S]*Нұр-Сұлтан қаласының шегінде/u);
  });

  it('definition from an instruction opens the act at the unit (the bundled kz-1995, the bill\'s language)', async () => {
    const text = law('ru');
    const [link] = await s.conn.sendRequest('textDocument/definition', { ...td(RU), position: cursorPos(text, 'в пункте 3-$01 слово') }) as LocationLink[];
    assert.match(link.targetUri, /^atazan-prior:\/kz-1995\/ru\//);
    const act = readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8').split('\n');
    assert.match(act[link.targetSelectionRange.start.line].slice(link.targetSelectionRange.start.character), /^3-1\. В пределах города Астаны/u);
  });

  it('definition from the instruction on a section heading (the referendum law of 2022) or on the preamble opens the act there', async () => {
    const REF = 'file:///tmp/atazan-bill/referendum-ru.txt';
    const ref = readFileSync(path.join(DIR, 'kz-2022-06-referendum-ru.txt'), 'utf8');
    open(s, REF, ref);
    const act = readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8').split('\n');
    const at = (l: LocationLink) => act[l.targetSelectionRange.start.line].slice(l.targetSelectionRange.start.character);
    const [heading] = await s.conn.sendRequest('textDocument/definition', { ...td(REF), position: cursorPos(ref, 'В заголовке раздела V$0I слово') }) as LocationLink[];
    assert.match(at(heading), /^VI\. Конституционный Суд$/u);
    const PRE = 'file:///tmp/atazan-bill/preamble-ru.txt';
    const bill = '<!-- amends: kz-1995 -->\n\n1. Преамбулу изложить в следующей редакции:\n\n«Мы, народ Казахстана, принимаем настоящую Конституцию.».\n';
    open(s, PRE, bill);
    const [pre] = await s.conn.sendRequest('textDocument/definition', { ...td(PRE), position: cursorPos(bill, 'Преамбу$0лу') }) as LocationLink[];
    assert.match(at(pre), /^Мы, народ Казахстана, объединенный общей исторической судьбой/u);
  });

  it('code lens above each instruction: whether it applies (UI language), a click opens the unit in the act', async () => {
    type Lens = { range: { start: { line: number } }; command: { title: string; command: string; arguments?: { uri: string; line: number }[] } };
    const lenses = await s.conn.sendRequest('textDocument/codeLens', td(RU)) as Lens[];
    const lines = law('ru').split('\n');
    // Two instructions: «пункт 3 изложить …» and «в пункте 3-1 слово … заменить …»; the law's own articles get no lens.
    assert.deepEqual(lenses.map((l) => [lines[l.range.start.line].slice(0, 20), l.command.title]), [
      ['пункт 3 изложить в с', '✓ Применяется'],
      ['в пункте 3-1 слово «', '✓ Применяется'],
    ]);
    const act = readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8').split('\n');
    for (const l of lenses) {
      assert.equal(l.command.command, 'atazan.revealArticle');
      assert.match(l.command.arguments![0].uri, /^atazan-prior:\/kz-1995\/ru\//);
    }
    assert.match(act[lenses[0].command.arguments![0].line], /^3\. Административно-территориальное устройство/u);
    assert.match(act[lenses[1].command.arguments![0].line], /^3-1\. В пределах города Астаны/u);
    // The seeded bill: the instruction whose words are not in the act does not apply, and says why.
    const bad = await s.conn.sendRequest('textDocument/codeLens', td(SEEDED)) as Lens[];
    assert.deepEqual(bad.map((l) => l.command.title.slice(0, 1)), ['✓', '✗']);
    assert.match(bad[1].command.title, /^✗ Не применяется — .*«Алматы»/u);
  });

  it('a bill of another act (the real constitutional law of 2004 amending «О выборах»): no bill problem, and its lenses and atazan/applyBill say which act to bind, in the UI language', async () => {
    type Lens = { command: { title: string } };
    const OTHER = 'file:///tmp/atazan-bill/vybory-2004-ru.txt';
    open(s, OTHER, readFileSync(path.resolve(__dirname, '..', 'fixtures', 'acts', 'ru-kz-constitutional-law-amending-Z040000545.txt'), 'utf8'));
    assert.deepEqual((await pull(s, OTHER)).filter((d) => String(d.code).startsWith('bill-')), []);
    const why = 'законопроект вносит изменения в Конституционный закон Республики Казахстан от 28 сентября 1995 г. "О выборах в Республике Казахстан": '
      + 'свяжите его с файлом этого акта (<!-- amends: ПУТЬ --> или atazan.amendmentBills)';
    const lenses = await s.conn.sendRequest('textDocument/codeLens', td(OTHER)) as Lens[];
    assert.equal(lenses.length, 2);
    for (const l of lenses) assert.equal(l.command.title, `✗ Не применяется — ${why}`);
    const r = await s.conn.sendRequest('atazan/applyBill', { uri: OTHER }) as { text: string; reason?: string };
    assert.deepEqual([r.text, r.reason], ['', why]);
  });

  it('no «1995: …» inlay hints beside a bill\'s own articles; the same text without its enacting words gets them', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
    assert.deepEqual(await s.conn.sendRequest('textDocument/inlayHint', { ...td(RU), range }), []);
    const PLAIN = 'file:///tmp/atazan-bill/not-a-bill-ru.txt';
    open(s, PLAIN, law('ru').replace('Внести в Конституцию', 'Опубликовать Конституцию'));
    const hints = await s.conn.sendRequest('textDocument/inlayHint', { ...td(PLAIN), range }) as unknown[];
    assert.ok(hints.length >= 1, 'a draft\'s article headings get hints');
  });

  it('typing after the head keeps a document no bill; the enacting words typed make it one, deleted unmake it (session 25: the answer kept per head)', async () => {
    const URI = 'file:///tmp/atazan-bill/becomes-a-bill-ru.txt';
    const plain = seeded.replace('Внести в Конституцию', 'Опубликовать Конституцию');
    open(s, URI, plain);
    const billCodes = async () => (await pull(s, URI)).filter((d) => String(d.code).startsWith('bill-')).map((d) => d.code);
    assert.deepEqual(await billCodes(), []);
    const lines = plain.split('\n');
    const last = lines.length - 1;
    const at = (text: string, sub: string) => {
      const i = text.indexOf(sub);
      const before = text.slice(0, i).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length };
    };
    let version = 1;
    const change = (range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string) =>
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: ++version }, contentChanges: [{ range, text }] });
    // Two keystrokes at the end: the head is the same, still no bill.
    for (const ch of ['ж', 'ж']) {
      const end = { line: last, character: lines[last].length + version - 1 };
      change({ start: end, end }, ch);
      assert.deepEqual(await billCodes(), [], `keystroke ${version}`);
    }
    // The enacting words typed in the head: the seeded defect is the bill's problem.
    const from = at(plain, 'Опубликовать Конституцию');
    change({ start: from, end: { line: from.line, character: from.character + 'Опубликовать'.length } }, 'Внести в');
    assert.deepEqual(await billCodes(), ['bill-words-not-found']);
    // And deleted again: no bill.
    change({ start: from, end: { line: from.line, character: from.character + 'Внести в'.length } }, 'Опубликовать');
    assert.deepEqual(await billCodes(), []);
  });

  it('no «1995: Art. 44 · changed» in the hover of a bill\'s own article, nor a matched prior article; the same text without its enacting words gets them (session 21)', async () => {
    // «Статья 2. Настоящий Закон вводится в действие …» of the real law: its hover named 1995's Article 44
    // («changed · similarity 0.27») and «show the prior article» opened it.
    const text = law('ru');
    const at = cursorPos(text, '\nСта$0тья 2. Настоящий Закон');
    const hover = async (uri: string) => ((await s.conn.sendRequest('textDocument/hover', { ...td(uri), position: at }) as Hover).contents as { value: string }).value;
    const v = await hover(RU);
    assert.match(v, /Настоящий Закон вводится в действие/u);
    assert.doesNotMatch(v, /1995/);
    const pa = await s.conn.sendRequest('atazan/priorArticleAt', { ...td(RU), position: at }) as { article?: string; articles?: unknown[] };
    assert.equal(pa.article, undefined);
    assert.ok((pa.articles?.length ?? 0) > 90, 'the prior\'s articles to pick from');
    const PLAIN = 'file:///tmp/atazan-bill/not-a-bill-hover-ru.txt';
    open(s, PLAIN, text.replace('Внести в Конституцию', 'Опубликовать Конституцию'));
    assert.match(await hover(PLAIN), /1995/);
    assert.ok((await s.conn.sendRequest('atazan/priorArticleAt', { ...td(PLAIN), position: at }) as { article?: string }).article);
  });

  it('a law already in the bundled edition (the real 2011 and September 2022 laws): one information note, «✓ already in the edition» lenses, no error; apply says so', async () => {
    type Lens = { range: { start: { line: number } }; command: { title: string } };
    const L2011 = 'file:///tmp/atazan-bill/law-2011-ru.txt';
    const L2022 = 'file:///tmp/atazan-bill/law-2022-09-kk.txt';
    const t2011 = readFileSync(path.join(DIR, 'kz-2011-403-IV-ru.txt'), 'utf8');
    const t2022 = readFileSync(path.join(DIR, 'kz-2022-09-142-VII-kk.txt'), 'utf8');
    open(s, L2011, t2011);
    open(s, L2022, t2022);
    for (const [u, text, total] of [[L2011, t2011, 1], [L2022, t2022, 8]] as const) {
      const ds = (await pull(s, u)).filter((d) => String(d.code).startsWith('bill-'));
      // Before: «✗ структурная единица 41.3-1 в акте уже есть» (2011), six errors (2022).
      assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['bill-earlier-edition', 3]], u);
      assert.match(String(ds[0].message), new RegExp(`более раннюю редакцию акта, чем проверяемая здесь \\(редакция на 01\\.01\\.2023, в которой уже есть ${total} из ${total} его изменений\\)`, 'u'));
      assert.equal(ds[0].range.start.line, text.split('\n').findIndex((l) => /Внести в Конституцию|енгізілсін/u.test(l)));
      const lenses = await s.conn.sendRequest('textDocument/codeLens', td(u)) as Lens[];
      assert.equal(lenses.length, total);
      assert.ok(lenses.every((l) => l.command.title === '✓ Уже есть в редакции на 01.01.2023'), lenses.map((l) => l.command.title).join(' | '));
    }
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(L2011), position: cursorPos(t2011, 'статью 41 доп$0олнить') }) as Hover;
    const v = (h.contents as { value: string }).value;
    assert.match(v, /Уже есть в редакции на 01\.01\.2023/u);
    assert.ok(!/Не применяется/u.test(v), v);
    const r = await s.conn.sendRequest('atazan/applyBill', { uri: L2011 }) as { earlier?: string; failed: number };
    assert.match(r.earlier ?? '', /более раннюю редакцию/u);
    // The table view says so above its rows.
    const tv = await s.conn.sendRequest('atazan/comparativeTable', { uri: L2011 }) as { html: string };
    assert.match(tv.html, /<p class="notice">Закон вносит изменения в более раннюю редакцию/u);
    // The 2019 law (it lists the amendments up to 2017, and the edition takes it cleanly) is checked as before.
    assert.equal(((await s.conn.sendRequest('atazan/applyBill', { uri: RU })) as { earlier?: string }).earlier, undefined);
    assert.ok(!((await s.conn.sendRequest('atazan/comparativeTable', { uri: RU })) as { html: string }).html.includes('class="notice"'));
  });

  it('atazan/applyBill gives the consolidated text; a seeded bill says how many instructions failed', async () => {
    const r = await s.conn.sendRequest('atazan/applyBill', { uri: RU }) as { text: string; act: string; actUri: string; failed: number; instructions: number };
    assert.equal(r.act, 'kz-1995');
    assert.match(r.actUri, /^atazan-prior:\/kz-1995\/ru\//);
    assert.deepEqual([r.instructions, r.failed], [2, 0]);
    assert.match(r.text, /Столицей Казахстана является город {1,2}Нур-Султан\./u);
    assert.match(r.text, /В пределах города Нур-Султана/u);
    const bad = await s.conn.sendRequest('atazan/applyBill', { uri: SEEDED }) as { failed: number };
    assert.equal(bad.failed, 1);
    const none = await s.conn.sendRequest('atazan/applyBill', { uri: 'file:///tmp/atazan-bill/none.txt' }) as { text: string; reason?: string };
    assert.equal(none.text, '');
  });

  it('quick fix on bill-words-not-found with a near match: «Replace with «Астаны»»; the fixed bill has no such problem', async () => {
    // The quoted word in lower case: the act writes «Астаны» (a unique near match in paragraph 3-1).
    const NEAR = 'file:///tmp/atazan-bill/near-ru.txt';
    const text = law('ru').replace('слово «Астаны» заменить', 'слово «астаны» заменить');
    open(s, NEAR, text);
    const ds = (await pull(s, NEAR)).filter((d) => String(d.code).startsWith('bill-'));
    assert.deepEqual(ds.map((d) => d.code), ['bill-words-not-found']);
    const actions = await s.conn.sendRequest('textDocument/codeAction', { ...td(NEAR), range: ds[0].range, context: { diagnostics: ds } }) as CodeAction[];
    const fix = actions.find((a) => /Астаны/u.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.title, 'Заменить на «Астаны»');
    assert.equal(fix.isPreferred, true);
    const edits = (fix.edit?.documentChanges?.[0] as { edits: TextEdit[] } | undefined)?.edits ?? fix.edit?.changes?.[NEAR] ?? [];
    assert.equal(edits.length, 1);
    const fixed = applyEdits(text, edits);
    assert.equal(fixed, law('ru'));
    const FIXED = 'file:///tmp/atazan-bill/near-fixed-ru.txt';
    open(s, FIXED, fixed);
    assert.deepEqual((await pull(s, FIXED)).filter((d) => String(d.code).startsWith('bill-')), []);
    // A word with no near match gets no such fix.
    const far = (await pull(s, SEEDED)).filter((d) => d.code === 'bill-words-not-found');
    const none = await s.conn.sendRequest('textDocument/codeAction', { ...td(SEEDED), range: far[0].range, context: { diagnostics: far } }) as CodeAction[];
    assert.deepEqual(none.filter((a) => a.kind === 'quickfix').map((a) => a.title), []);
  });

  it('an instruction without its verb: bill-verb-missing at the unit, a quick fix that writes the verb (ru before the words, kk after them)', async () => {
    // As item 18 of the 1998 kk law writes it: the unit and the quoted words, no verb.
    const cases = [
      { lang: 'ru', uri: 'file:///tmp/atazan-bill/verbless-ru.txt', from: 'в пункте 3-1 слово «Астаны» заменить словом «Нур-Султана».', to: 'пункт 3-1 «Слова в конце.».', unit: 'пункт 3-1', title: 'Дописать глагол: «дополнить словами»', fixed: 'пункт 3-1 дополнить словами «Слова в конце.».' },
      { lang: 'kk', uri: 'file:///tmp/atazan-bill/verbless-kk.txt', from: '3-1-тармақтағы «Астана» деген сөз «Нұр-Сұлтан» деген сөзбен ауыстырылсын.', to: '3-1-тармақ «Соңындағы сөздер.».', unit: '3-1-тармақ', title: 'Дописать глагол: «сөздерімен толықтырылсын»', fixed: '3-1-тармақ «Соңындағы сөздер.» сөздерімен толықтырылсын.' },
    ];
    for (const c of cases) {
      const text = law(c.lang).replace(c.from, c.to);
      assert.notEqual(text, law(c.lang));
      open(s, c.uri, text);
      const ds = (await pull(s, c.uri)).filter((d) => String(d.code).startsWith('bill-'));
      assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['bill-verb-missing', 2]], c.lang);
      const line = text.split('\n').findIndex((l) => l.includes(c.to));
      assert.deepEqual(ds[0].range, { start: { line, character: 0 }, end: { line, character: c.unit.length } }, c.lang);
      assert.match(String(ds[0].message), /нет глагола/u);
      // Read with a warning, the statement is applied: nothing counts as not applied.
      const applied = await s.conn.sendRequest('atazan/applyBill', { uri: c.uri }) as { instructions: number; failed: number; text: string };
      assert.deepEqual([applied.instructions, applied.failed], [2, 0], c.lang);
      const actions = await s.conn.sendRequest('textDocument/codeAction', { ...td(c.uri), range: ds[0].range, context: { diagnostics: ds } }) as CodeAction[];
      const fix = actions.find((a) => a.kind === 'quickfix');
      assert.equal(fix?.title, c.title, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(fix.isPreferred, true);
      const edits = (fix.edit?.documentChanges?.[0] as { edits: TextEdit[] } | undefined)?.edits ?? fix.edit?.changes?.[c.uri] ?? [];
      const fixed = applyEdits(text, edits);
      assert.equal(fixed, law(c.lang).replace(c.from, c.fixed));
      const FIXED = c.uri.replace('.txt', '-fixed.txt');
      open(s, FIXED, fixed);
      assert.deepEqual((await pull(s, FIXED)).filter((d) => String(d.code).startsWith('bill-')).map((d) => d.code), [], c.lang);
    }
  });

  it('Comparative Table on a bill: the bill\'s table (a row per amended unit), in the view and in every export', async () => {
    const r = await s.conn.sendRequest('atazan/comparativeTable', { uri: RU, links: true }) as {
      html: string; title: string; rows: unknown[]; bill?: { rows: { label: string; change: string; inForce: string | null; proposed: string | null }[] };
    };
    assert.deepEqual(r.bill?.rows.map((x) => [x.label, x.change]), [['Пункт 3 статьи 2', 'amended'], ['Пункт 3-1 статьи 2', 'amended']]);
    assert.deepEqual(r.rows, []);
    assert.match(r.title, /^Сравнительная таблица — law-ru\.txt$/u);
    assert.match(r.html, /<th>Структурная единица<\/th><th>Действующая редакция<\/th><th>Предлагаемая редакция<\/th><th>Обоснование<\/th>/u);
    assert.match(r.html, /<del>Астаны<\/del>/u);
    assert.match(r.html, /<ins>Нур-Султана<\/ins>/u);
    // Each unit cell links to its instruction in the bill.
    const link = /<a href="command:atazan\.revealArticle\?([^"]+)">Пункт 3-1 статьи 2<\/a>/u.exec(r.html);
    assert.ok(link, r.html.slice(0, 2000));
    const args = JSON.parse(decodeURIComponent(link[1].replace(/&amp;/g, '&'))) as { uri: string; line: number };
    assert.equal(args.uri, RU);
    assert.match(law('ru').split('\n')[args.line], /в пункте 3-1 слово «Астаны»/u);
    const md = await s.conn.sendRequest('atazan/exportComparativeTable', { uri: KK, format: 'md' }) as { text: string };
    assert.match(md.text, /^# «[^»]+» Заң жобасына салыстырмалы кесте\n/u);
    assert.match(md.text, /\| Құрылымдық бірлік \| Қолданыстағы редакция \| Ұсынылатын редакция \| Негіздеме \|/u);
    assert.match(md.text, /\| 2-баптың 3-1-тармағы \| .*~~Астана~~.* \| .*\*\*Нұр-Сұлтан\*\*.* \|  \|/u);
    const json = JSON.parse((await s.conn.sendRequest('atazan/exportComparativeTable', { uri: RU, format: 'json' }) as { text: string }).text) as { act: string; rows: unknown[] };
    assert.equal(json.rows.length, 2);
    const docx = await s.conn.sendRequest('atazan/exportComparativeTable', { uri: RU, format: 'docx' }) as { base64: string };
    assert.equal(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString(), 'PK');
  });

  it('a new edition of the whole act (amend 1995 → the adopted 2026 text): no problem, one ✓ lens, a hover, definition into the act, apply gives the 2026 text exactly, a table row per changed unit', async () => {
    const NEW = 'file:///tmp/atazan-bill/new-edition-ru.txt';
    const target = readFileSync(path.join(CORPUS, 'kz-2026-adopted-ru.txt'), 'utf8');
    const text = amend(analyze(readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8')), analyze(target)).text;
    assert.match(text, /\nСтатья 1\. Конституцию Республики Казахстан изложить в новой редакции:\n/u);
    open(s, NEW, text);
    // No problem at all: not the bill's, not the quoted articles' (they are quoted wording, not the bill's own).
    assert.deepEqual((await pull(s, NEW)).map((d) => `${d.code} ${d.message}`), []);
    type Lens = { range: { start: { line: number } }; command: { title: string; arguments?: { uri: string; line: number }[] } };
    const lenses = await s.conn.sendRequest('textDocument/codeLens', td(NEW)) as Lens[];
    assert.deepEqual(lenses.map((l) => [text.split('\n')[l.range.start.line].slice(0, 20), l.command.title]), [['Статья 1. Конституци', '✓ Применяется']]);
    assert.deepEqual(lenses[0].command.arguments![0].line, 0);
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(NEW), position: cursorPos(text, 'изложить в нов$0ой редакции') }) as Hover;
    const hv = (h.contents as { value: string }).value;
    assert.match(hv, /новая редакция · Конституция в целом · kz-1995/u);
    // What it does to the articles: the table's article rows, counted (checked against the table below).
    const summary = /статей изменяется: (\d+), новых: (\d+), исключается: 6$/u.exec(hv);
    assert.ok(summary, hv);
    const [link] = await s.conn.sendRequest('textDocument/definition', { ...td(NEW), position: cursorPos(text, 'изложить в нов$0ой редакции') }) as LocationLink[];
    assert.match(link.targetUri, /^atazan-prior:\/kz-1995\/ru\//);
    assert.equal(link.targetRange.start.line, 0);
    const r = await s.conn.sendRequest('atazan/applyBill', { uri: NEW }) as { text: string; failed: number; instructions: number };
    assert.deepEqual([r.instructions, r.failed], [1, 0]);
    assert.ok(r.text === target);
    const t = await s.conn.sendRequest('atazan/comparativeTable', { uri: NEW }) as { bill?: { rows: { label: string; change: string }[] } };
    const rows = t.bill!.rows;
    assert.deepEqual(rows[0], { ...rows[0], label: 'Преамбула', change: 'excluded' });
    assert.deepEqual(rows.filter((x) => x.change === 'excluded').map((x) => x.label).slice(1), ['Статья 83-1', 'Статья 94-1', 'Статья 94-2', 'Статья 97', 'Статья 98', 'Статья 99']);
    assert.ok(rows.some((x) => x.label === 'Статья 1' && x.change === 'amended'));
    assert.equal(rows.filter((x) => /^Статья /u.test(x.label) && x.change === 'amended').length, Number(summary[1]));
    assert.deepEqual(rows.filter((x) => /^Статья /u.test(x.label) && x.change === 'new').length, Number(summary[2]));
    assert.ok(Number(summary[1]) > 80, summary[1]);
  });

  it('a new edition with its text in the appendix («… согласно приложению к настоящему Закону.»): the appendix\'s articles are the act\'s, not the bill\'s — no article-number-duplicate against «Статья 1.» / «Статья 2.»', async () => {
    const APP = 'file:///tmp/atazan-bill/new-edition-appendix-ru.txt';
    const target = readFileSync(path.join(CORPUS, 'kz-2026-adopted-ru.txt'), 'utf8');
    const text = 'Статья 1. Конституцию Республики Казахстан изложить в новой редакции согласно приложению к настоящему Закону.\n\n'
      + 'Статья 2. Настоящий Закон вводится в действие со дня его официального опубликования.\n\nПриложение к настоящему Закону\n\n' + target;
    // The document's own parse sees Articles 1 and 2 twice.
    assert.ok(analyze(text).diagnostics.some((p) => p.code === 'article-number-duplicate'));
    open(s, APP, text);
    assert.deepEqual((await pull(s, APP)).map((d) => `${d.code} ${d.message}`), []);
    const r = await s.conn.sendRequest('atazan/applyBill', { uri: APP }) as { text: string; failed: number };
    assert.equal(r.failed, 0);
    assert.ok(r.text === target);
  });
});

// `atazan.amendmentBills` (glob → act): a file with only the 2019 law's instructions (no enacting words, no
// annotation) is a bill of the act the setting names when its path matches, and stops being one when the
// setting no longer says so.
describe('LSP: the atazan.amendmentBills setting binds a file to an act (issue 11)', function () {
  this.timeout(60000);
  let s: Server;
  const ROOT_DIR = '/tmp/atazan-bind';
  const BOUND = `file://${ROOT_DIR}/bills/2019/law.txt`;
  const OTHER = `file://${ROOT_DIR}/notes/law.txt`;
  // The instructions only, from «в статье 2:» to before «Статья 2.», with a seeded defect.
  const full = law('ru');
  const body = full.slice(full.indexOf('в статье 2:'), full.indexOf('Статья 2.')).replace('слово «Астаны» заменить', 'слово «Алматы» заменить');
  const billCodes = async (uri: string) => (await pull(s, uri)).filter((d) => String(d.code).startsWith('bill-')).map((d) => String(d.code));
  /** Pulls until `want` (each pull a round trip to the server; the setting is read asynchronously). */
  const until = async (uri: string, want: string[]) => {
    let got: string[] = [];
    for (let i = 0; i < 500; i++) {
      got = await billCodes(uri);
      if (JSON.stringify(got) === JSON.stringify(want)) return got;
    }
    return got;
  };
  before(async () => {
    mkdirSync(path.join(ROOT_DIR, 'bills', '2019'), { recursive: true });
    s = await startServer({ folders: [ROOT_DIR], settings: { amendmentBills: { 'bills/**/*.txt': 'kz-1995' } } });
    open(s, BOUND, body);
    open(s, OTHER, body);
  });
  after(async () => {
    await s?.stop();
  });

  it('a matching file is a bill of that act: its problem, its table; a file the glob does not match is not', async () => {
    assert.ok(!/Внести|енгізілсін|amends:/u.test(body));
    assert.deepEqual(await until(BOUND, ['bill-words-not-found']), ['bill-words-not-found']);
    assert.deepEqual(await billCodes(OTHER), []);
    const r = await s.conn.sendRequest('atazan/applyBill', { uri: BOUND }) as { act: string; instructions: number; failed: number };
    assert.deepEqual([r.act, r.instructions, r.failed], ['kz-1995', 2, 1]);
    const t = await s.conn.sendRequest('atazan/comparativeTable', { uri: BOUND }) as { bill?: { rows: { label: string }[] } };
    assert.deepEqual(t.bill?.rows.map((x) => x.label), ['Пункт 3 статьи 2', 'Пункт 3-1 статьи 2']);
    const none = await s.conn.sendRequest('atazan/applyBill', { uri: OTHER }) as { text: string };
    assert.equal(none.text, '');
  });

  it('a glob without «/» matches the file name; without the setting the file is no bill', async () => {
    s.settings = { amendmentBills: { 'law.txt': 'kz-1995' } };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await until(OTHER, ['bill-words-not-found']), ['bill-words-not-found']);
    s.settings = { amendmentBills: {} };
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await until(BOUND, []), []);
    assert.deepEqual(await billCodes(OTHER), []);
  });
});
