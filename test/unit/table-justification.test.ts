// Issue 16.6: the justification column («Обоснование») of the comparative table is the drafter's text.
// It is empty unless the draft says `<!-- justification: … -->` (`обоснование:`, `негіздеме:`) in the
// article; the tool's finding («Редакция изменена (совпадение 0.67)») goes to a tooltip in the table
// view and to fields of the JSON, never into the column (md, html, docx). Real texts: the final draft
// of the 2026 Constitution against the 1995 one (data/priors, provenance in /work/shared/corpus/SOURCES.md).
import * as assert from 'assert';
import * as zlib from 'zlib';
import { analyze, comparePrior, justificationText, tableHtml, tableJson, tableMarkdown, tableRows } from '../../server/src/core';
import { tableDocx } from '../../server/src/table/docx';
import { corpus } from '../support/files';


/** word/document.xml of a DOCX (zip) buffer. */
function documentXml(buf: Buffer): string {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0, n = buf.readUInt16LE(eocd + 10); i < n; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    if (name === 'word/document.xml') {
      const off = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(off, off + csize);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nlen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error('no word/document.xml');
}

/** Text of each cell of each table row of a DOCX document.xml. */
function docxCells(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>([^]*?)<\/w:tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<w:tc>([^]*?)<\/w:tc>/g)].map((tc) =>
      [...tc[1].matchAll(/<w:p>([^]*?)<\/w:p>|<w:p [^>]*>([^]*?)<\/w:p>/g)]
        .map((pm) => [...(pm[1] ?? pm[2]).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
        .join('\n')));
}

/** The 4th cell of each Markdown table row (after the header and the rule). */
function mdJustifications(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('|')).slice(2).map((l) => l.split(/(?<!\\)\|/)[4].trim());
}

/** The 4th <td> of each HTML table row. */
function htmlJustifications(html: string): string[] {
  return [...html.matchAll(/<tr[^>]*>(<td[^]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td[^>]*>([^]*?)<\/td>/g)][3][1]);
}

const draftRu = corpus('kz-2026-final-draft-ru.txt');
const prior95 = analyze(corpus('kz-1995-ru.txt'));

/** The draft with `comment` inserted after line `line` (1-based) or at the end of it. */
function annotate(text: string, line: number, comment: string, sameLine = false): string {
  const ls = text.split('\n');
  if (sameLine) ls[line - 1] += ' ' + comment;
  else ls.splice(line, 0, comment);
  return ls.join('\n');
}

describe('issue 16.6: the justification column', () => {
  const plain = comparePrior(analyze(draftRu), prior95, 'kz-1995');

  it('is empty without an annotation, in rows, Markdown, HTML and DOCX; the finding is a note', async () => {
    const rows = tableRows(plain, 'ru');
    assert.ok(rows.every((r) => r.justification === ''), 'every justification is empty');
    const changed = rows.filter((r) => r.status === 'changed');
    assert.ok(changed.length > 50, `${changed.length} changed articles`);
    assert.ok(changed.every((r) => /^Редакция изменена \(совпадение \d\.\d\d/.test(r.note)), changed[0].note);
    assert.ok(mdJustifications(tableMarkdown(plain, 'ru')).every((c) => c === ''));
    assert.ok(htmlJustifications(tableHtml(plain, 'ru')).every((c) => c === ''));
    const xml = documentXml(await tableDocx(plain, 'ru'));
    assert.ok(!xml.includes('Редакция изменена') && !xml.includes('совпадение'), 'no finding anywhere in the DOCX');
    const cells = docxCells(xml);
    assert.strictEqual(cells.length, 1 + rows.length);
    assert.ok(cells.slice(1).every((c) => c.length === 4 && c[3] === ''));
  });

  it('the finding is a tooltip on the unit cell in the table view, and fields of the JSON', () => {
    const html = tableHtml(plain, 'ru');
    const note62 = tableRows(plain, 'ru').find((r) => r.draft === '62')!.note;
    assert.match(note62, /^Редакция изменена \(совпадение 0\.\d\d\)$/);
    assert.ok(html.includes(`<tr class="changed" id="art-62"><td class="unit" title="${note62}">Статья 62`), 'tooltip on Article 62');
    const j = tableJson(plain, 'ru').rows.find((r) => r.draft === '62')!;
    assert.strictEqual(j.note, note62);
    assert.strictEqual(j.justification, '');
    assert.match(tableJson(plain, 'en').rows.find((r) => r.draft === '62')!.note, /^Wording changed \(similarity 0\.\d\d\)$/);
  });

  it('ru «обоснование:» in the body and «justification:» on the heading line fill their own article only', async () => {
    let text = annotate(draftRu, 356, '<!-- обоснование: Уточнены основания роспуска Курултая.\n   Срок сокращён. -->');
    text = annotate(text, 55, '<!-- justification: Правосубъектность человека. -->', true); // «Статья 12 <!-- … -->»
    const cmp = comparePrior(analyze(text), prior95, 'kz-1995');
    const rows = tableRows(cmp, 'ru');
    const want = new Map([['12', 'Правосубъектность человека.'], ['62', 'Уточнены основания роспуска Курултая.\nСрок сокращён.']]);
    for (const r of rows) assert.strictEqual(r.justification, (r.draft && want.get(r.draft)) ?? '', `row ${r.draft ?? r.prior[0]}`);
    // The annotation is not legal text: the proposed wording of Article 62 does not contain it.
    assert.ok(!rows.find((r) => r.draft === '62')!.proposed.some((o) => /обоснование|Уточнены/.test(o.text)));
    const md = mdJustifications(tableMarkdown(cmp, 'ru'));
    assert.strictEqual(md[11], 'Правосубъектность человека.');
    assert.strictEqual(md[61], 'Уточнены основания роспуска Курултая.<br>Срок сокращён.');
    assert.strictEqual(md.filter(Boolean).length, 2);
    const html = htmlJustifications(tableHtml(cmp, 'ru'));
    assert.strictEqual(html[61], 'Уточнены основания роспуска Курултая.<br>Срок сокращён.');
    assert.strictEqual(html.filter(Boolean).length, 2);
    const cells = docxCells(documentXml(await tableDocx(cmp, 'ru'))).slice(1);
    assert.strictEqual(cells[61][3], 'Уточнены основания роспуска Курултая.\nСрок сокращён.');
    assert.strictEqual(cells[11][3], 'Правосубъектность человека.');
    assert.strictEqual(cells.filter((c) => c[3]).length, 2);
    const j = tableJson(cmp, 'ru').rows;
    assert.strictEqual(j[61].justification, 'Уточнены основания роспуска Курултая.\nСрок сокращён.');
    assert.strictEqual(j.filter((r) => r.justification).length, 2);
  });

  it('kk «негіздеме:» and en «Justification:» annotations', () => {
    const kk = annotate(corpus('kz-2026-final-draft-kk.txt'), 357, '<!-- негіздеме: Құрылтайды тарату негіздері нақтыланды. -->');
    const kkCmp = comparePrior(analyze(kk), analyze(corpus('kz-1995-kk.txt')), 'kz-1995');
    assert.strictEqual(tableRows(kkCmp, 'kk').find((r) => r.draft === '62')!.justification, 'Құрылтайды тарату негіздері нақтыланды.');
    const en1995 = corpus('kz-1995-en.txt');
    const line = en1995.split('\n').indexOf('Article 62') + 1;
    const en = annotate(en1995, line + 1, '<!-- Justification: kept <as is> & [unchanged](x) -->');
    const enCmp = comparePrior(analyze(en), analyze(en1995), 'kz-1995');
    assert.strictEqual(tableRows(enCmp, 'en').find((r) => r.draft === '62')!.justification, 'kept <as is> & [unchanged](x)');
    assert.ok(tableHtml(enCmp, 'en').includes('<td>kept &lt;as is&gt; &amp; [unchanged](x)</td>'), 'escaped in HTML');
    assert.ok(tableMarkdown(enCmp, 'en').includes('| kept \\<as is\\> \\& \\[unchanged\\](x) |'), 'escaped in Markdown');
  });

  it('other comments and prior pins are not justifications; a comment before any article belongs to none', () => {
    assert.strictEqual(justificationText('<!-- prior: 13 -->'), null);
    assert.strictEqual(justificationText('<!-- примечание: текст -->'), null);
    assert.strictEqual(justificationText('<!--Обоснование:x-->'), 'x');
    const text = '<!-- обоснование: ничья -->\nСтатья 1\n1. Текст.\nСтатья 2\n1. Текст.\n<!-- обоснование: вторая -->\n';
    const cmp = comparePrior(analyze(text), analyze('Статья 1\n1. Текст.\nСтатья 2\n1. Текст.\n'), 'kz-1995');
    assert.deepStrictEqual(tableRows(cmp, 'ru').map((r) => r.justification), ['', 'вторая']);
  });
});

describe('issue 16.6: the header does not break inside a word («Структурна я единица»)', () => {
  it('no header word breaks; the layout keeps each column at least as wide as its header\'s longest word', () => {
    const html = tableHtml(comparePrior(analyze(draftRu), prior95, 'kz-1995'), 'ru');
    const style = /<style>([^]*?)<\/style>/.exec(html)![1];
    const rules = [...style.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({ sel: m[1].trim(), body: m[2] }));
    const forTh = rules.filter((r) => r.sel.split(',').some((x) => /^th\b/.test(x.trim())));
    assert.ok(forTh.length > 0);
    assert.ok(forTh.every((r) => !/anywhere|break-all/.test(r.body)), 'no rule lets a header word break at any character');
    assert.ok(!/break-all/.test(style));
    assert.match(style, /th \{[^}]*overflow-wrap: normal/);
    assert.match(html, /<html lang="ru">/, 'the language, for hyphenation');
    assert.match(style, /table \{[^}]*table-layout: auto/, 'automatic layout: a column is never narrower than its min-content');
    assert.ok(!/table-layout: fixed/.test(style));
  });
});
