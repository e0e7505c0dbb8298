// Comparative table: JSON shape, Markdown, HTML (escaping, CSP), hover markdown, labels, DOCX, CLI.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import {
  analyze, comparePrior, DIFF_STYLE, priorHoverMarkdown, priorInlayLabel, priorParagraphHoverMarkdown, TABLE_CSP,
  TABLE_HEADERS, tableHtml, tableJson, tableMarkdown, tableRows,
} from '../../server/src/core';
import { tableDocx } from '../../server/src/table/docx';
import { runCli } from '../support/cli';
import { corpus, corpusPath } from '../support/files';

const an = (f: string) => analyze(corpus(f));

/** Entries of a zip archive (stored or deflated), enough for DOCX files. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  // end of central directory
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    assert.strictEqual(buf.readUInt32LE(p), 0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const lnlen = buf.readUInt16LE(local + 26);
    const lelen = buf.readUInt16LE(local + 28);
    const data = buf.subarray(local + 30 + lnlen + lelen, local + 30 + lnlen + lelen + csize);
    out.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    p += 46 + nlen + elen + clen;
  }
  return out;
}

const ru = comparePrior(an('kz-2026-final-draft-ru.txt'), an('kz-1995-ru.txt'), 'kz-1995');

const EVIL = 'Статья 1\n<!-- prior: 1 -->\n1. Текст <script>alert(1)</script> и <img src=x onerror=alert(1)> [ссылка](command:evil) **жирный** | труба.\nСтатья 2\n1. Государство.\n';
const EVIL_PRIOR = 'Статья 1\n1. Текст прежний и старый.\nСтатья 2\n1. Государство.\n';
const evil = comparePrior(analyze(EVIL), analyze(EVIL_PRIOR), 'kz-1995');

describe('table: JSON', () => {
  it('has exactly the documented shape', () => {
    const j = tableJson(ru);
    assert.deepStrictEqual(Object.keys(j), ['prior', 'rows', 'dropped']);
    assert.strictEqual(j.prior, 'kz-1995');
    assert.strictEqual(j.rows.length, 96);
    for (const r of j.rows) {
      assert.deepStrictEqual(Object.keys(r), ['draft', 'prior', 'score', 'status', 'justification', 'note']);
      assert.strictEqual(typeof r.draft, 'string');
      assert.ok(Array.isArray(r.prior) && r.prior.every((x) => typeof x === 'string'));
      assert.ok(typeof r.score === 'number' && r.score >= 0 && r.score <= 1);
      assert.ok(['unchanged', 'changed', 'moved', 'new', 'merged', 'split'].includes(r.status));
    }
    const r12 = j.rows.find((r) => r.draft === '12')!;
    assert.deepStrictEqual(r12.prior, ['13']);
    assert.strictEqual(r12.status, 'moved');
    assert.ok(j.dropped.includes('84'));
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(j)));
  });
});

describe('table: rows, Markdown and HTML', () => {
  it('rows: every draft article, then the prior articles not carried over', () => {
    const rows = tableRows(ru, 'ru');
    assert.strictEqual(rows.filter((r) => r.kind === 'article').length, 96);
    assert.deepStrictEqual(rows.filter((r) => r.kind === 'dropped').map((r) => r.prior[0]), ru.dropped);
    const r12 = rows.find((r) => r.draft === '12')!;
    assert.match(r12.unit[0], /^Статья 12/);
    assert.match(r12.note, /Перенесена из статьи 13/);
    assert.strictEqual(r12.justification, '');
    assert.ok(r12.current.some((o) => o.op === 'delete') && !r12.current.some((o) => o.op === 'insert'));
    assert.ok(r12.proposed.some((o) => o.op === 'insert') && !r12.proposed.some((o) => o.op === 'delete'));
  });
  it('column headers are localised', () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const md = tableMarkdown(ru, lang);
      const html = tableHtml(ru, lang);
      for (const h of TABLE_HEADERS[lang]) {
        assert.ok(md.includes(h), `${lang} md: ${h}`);
        assert.ok(html.includes(`<th>${h}</th>`), `${lang} html: ${h}`);
      }
    }
    assert.deepStrictEqual(TABLE_HEADERS.ru, ['Структурная единица', 'Действующая редакция', 'Предлагаемая редакция', 'Обоснование']);
  });
  it('Markdown: one table row per line, strikethrough and bold for changes', () => {
    const md = tableMarkdown(ru, 'ru');
    const lines = md.trim().split('\n').filter((l) => l.startsWith('|'));
    assert.strictEqual(lines.length, 2 + 96 + ru.dropped.length);
    for (const l of lines) assert.strictEqual(l.split(/(?<!\\)\|/).length, 6, l.slice(0, 80));
    assert.match(md, /~~[^~]+~~/);
    assert.match(md, /\*\*[^*]+\*\*/);
  });
  it('HTML: self-contained, strict CSP, no scripts, <ins>/<del> highlighting', () => {
    const html = tableHtml(ru, 'ru');
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
    assert.strictEqual(TABLE_CSP, "default-src 'none'; style-src 'unsafe-inline'");
    assert.ok(!/<script/i.test(html));
    assert.ok(!/\son\w+=/i.test(html), 'no event handlers');
    assert.ok(!/<(link|img|iframe)\b/i.test(html), 'no external resources');
    assert.ok(html.includes('<ins>') && html.includes('<del>'));
    assert.ok(html.includes('id="art-12"'));
  });
  it('HTML escapes every piece of document text', () => {
    const html = tableHtml(evil, 'ru');
    assert.ok(!/<script/i.test(html), 'no <script');
    assert.ok(!/<img/i.test(html), 'no <img');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    const md = tableMarkdown(evil, 'ru');
    assert.ok(!/(?<!\\)<(script|img)/.test(md), 'no unescaped tags in Markdown');
    assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
    assert.ok(!md.includes('[ссылка](command:evil)'));
  });
});

describe('table: hover and labels', () => {
  it('article hover: predecessor, text, diff, confidence and an openPrior command link', () => {
    const md = priorHoverMarkdown(ru, '12', 'en')!;
    const link = `command:atazan.openPrior?${encodeURIComponent(JSON.stringify({ prior: 'kz-1995', lang: 'ru', article: '13' }))}`;
    assert.ok(md.includes(`[Open 1995 Art. 13](${link})`), md.slice(0, 400));
    assert.match(md, /\*\*1995: Art\. 13\*\*/);
    assert.match(md, /similarity 0\.\d\d/);
    assert.match(md, /moved/);
    assert.ok(md.includes('> 1\\. Каждый имеет право на признание его правосубъектности'));
    assert.match(md, /~~[^~\n]+~~/);
    assert.match(md, /\*\*человек\*\*/);
    assert.match(priorHoverMarkdown(ru, '12', 'ru')!, /совпадение/);
    assert.match(priorHoverMarkdown(ru, '12', 'kk')!, /сәйкестік/);
  });
  it('issue 16.5: the diff comes first; a deletion and an insertion that touch are kept apart («могут» → «может»)', () => {
    const md = priorHoverMarkdown(ru, '62', 'ru')!;
    assert.ok(md.includes('не ~~могут~~ **может** быть'), md);
    assert.ok(!/~~\*\*|\*\*~~/.test(md), 'no ~~…~~**…** glued together');
    const diffAt = md.indexOf('**Изменения**');
    assert.ok(diffAt > 0 && diffAt < md.indexOf('_1995, Статья 63_') && diffAt < md.indexOf('command:atazan.openPrior'), 'the diff is above the link and the prior text');
    assert.ok(md.indexOf('\n\n') === md.indexOf('\n\n**Изменения**'), 'right under the summary line');
    const para = priorParagraphHoverMarkdown(ru, '62', 2, 'ru')!;
    assert.ok(para.indexOf('**Изменения**') < para.indexOf('command:atazan.openPrior'));
  });
  it('issue 16.5: with html, the diff is coloured with spans VS Code\'s sanitizer keeps', () => {
    const md = priorHoverMarkdown(ru, '62', 'ru', { html: true })!;
    // The only style VS Code keeps on a <span> in Markdown: color then background-color, `;`-terminated, no spaces.
    const KEPT = /^(color:(#[0-9a-fA-F]+|var\(--vscode(-[a-zA-Z]+)+\));)?(background-color:(#[0-9a-fA-F]+|var\(--vscode(-[a-zA-Z]+)+\));)?$/;
    const styles = [...md.matchAll(/<span style="([^"]*)">/g)].map((m) => m[1]);
    assert.ok(styles.length > 4);
    assert.ok(styles.every((st) => KEPT.test(st) && /^color:/.test(st) && /background-color:/.test(st)), styles.join('\n'));
    assert.ok(md.includes(`не <span style="${DIFF_STYLE.del}"><del>могут</del></span> <span style="${DIFF_STYLE.ins}"><strong>может</strong></span> быть`));
    assert.ok(!md.includes('~~'));
    // Only our tags: document text stays escaped.
    const tags = new Set([...md.matchAll(/(?<!\\)<\/?([a-z]+)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].sort(), ['del', 'span', 'strong']);
    const ev = priorHoverMarkdown(evil, '1', 'en', { html: true })!;
    assert.ok(!/(?<!\\)<(script|img)/.test(ev), ev);
  });
  it('a new article says so; an unknown article gives null', () => {
    assert.match(priorHoverMarkdown(ru, '86', 'en')!, /New article/);
    assert.strictEqual(priorHoverMarkdown(ru, '999', 'en'), null);
  });
  it('paragraph hover: the aligned prior paragraph with its number', () => {
    const md = priorParagraphHoverMarkdown(ru, '12', 2, 'ru')!; // «2. Каждый человек имеет право на судебную защиту…»
    assert.match(md, /\*\*1995: ст\. 13, п\. 2\*\*/);
    assert.ok(md.includes('Каждый имеет право на судебную защиту'));
    assert.match(md, /\*\*человек\*\*/);
  });
  it('hover markdown escapes document text', () => {
    const md = priorHoverMarkdown(evil, '1', 'en')!;
    assert.ok(!/(?<!\\)<(script|img)/.test(md), md);
    assert.match(md, /~~/, 'the diff is shown');
    assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
    assert.ok(!md.includes('[ссылка](command:evil)'));
    assert.strictEqual((md.match(/(?<!\\)\]\(command:/g) ?? []).length, 1, 'only our own command link');
  });
  it('inlay labels in three languages, and for a new article', () => {
    assert.strictEqual(priorInlayLabel(ru, '12', 'ru'), '1995: ст. 13');
    assert.strictEqual(priorInlayLabel(ru, '12', 'kk'), '1995: 13-бап');
    assert.strictEqual(priorInlayLabel(ru, '12', 'en'), '1995: Art. 13');
    assert.strictEqual(priorInlayLabel(ru, '86', 'ru'), '1995: новая');
    assert.strictEqual(priorInlayLabel(ru, '86', 'kk'), '1995: жаңа');
    assert.strictEqual(priorInlayLabel(ru, '86', 'en'), '1995: new');
  });
});

describe('table: DOCX', () => {
  it('a valid zip whose document.xml holds a landscape 4-column table with repeated header and marked changes', async () => {
    const buf = await tableDocx(ru, 'ru');
    assert.ok(Buffer.isBuffer(buf));
    assert.strictEqual(buf.subarray(0, 2).toString('latin1'), 'PK');
    const files = unzip(buf);
    assert.ok(files.has('[Content_Types].xml'));
    const xml = files.get('word/document.xml')!.toString('utf8');
    assert.match(xml, /<w:pgSz[^>]*w:orient="landscape"/);
    assert.match(xml, /<w:pgSz[^>]*w:w="16838"[^>]*w:h="11906"/);
    assert.ok(xml.includes('<w:tbl>'));
    assert.strictEqual((xml.match(/<w:gridCol /g) ?? []).length, 4);
    assert.ok(xml.includes('<w:tblHeader/>'));
    assert.ok(xml.includes('Сравнительная таблица'));
    assert.ok(xml.includes('Структурная единица') && xml.includes('Обоснование'));
    assert.match(xml, /<w:strike\/>[^]*?<w:color w:val="C00000"\/>/);
    assert.match(xml, /<w:u w:val="single" w:color="00803C"\/>/);
    // a known article text: the new Article 86 (legal profession) is one inserted run per line
    const first86 = ru.byDraft.get('86')!.draftParagraphs[0];
    assert.ok(xml.includes(first86.slice(0, 60)), first86.slice(0, 60));
    assert.ok(!xml.includes('Перенесена из статьи 13'), 'the tool\'s finding is not in the justification column');
  });
  it('Kazakh title and headers', async () => {
    const kk = comparePrior(an('kz-2026-final-draft-kk.txt'), an('kz-1995-kk.txt'), 'kz-1995');
    const xml = unzip(await tableDocx(kk, 'kk')).get('word/document.xml')!.toString('utf8');
    assert.ok(xml.includes('салыстырмалы кесте') && xml.includes('Құрылымдық бірлік'));
  });
  it('escapes markup in document text', async () => {
    const xml = unzip(await tableDocx(evil, 'ru')).get('word/document.xml')!.toString('utf8');
    assert.ok(!xml.includes('<script>'));
    assert.ok(xml.includes('&lt;script&gt;'));
  });
});

describe('CLI: atazan table', () => {
  it('--format json prints the JSON shape', async () => {
    const r = await runCli(['table', corpusPath('kz-2026-final-draft-ru.txt'), '--format', 'json']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(j), ['prior', 'rows', 'dropped']);
    assert.strictEqual(j.prior, 'kz-1995');
    assert.strictEqual(j.rows.length, 96);
    assert.deepStrictEqual(j.rows[11], { draft: '12', prior: ['13'], score: j.rows[11].score, status: 'moved', justification: '', note: j.rows[11].note });
    assert.match(j.rows[11].note, /^Перенесена из статьи 13/);
  });
  it('--prior kz-2026 and a path; md and html to stdout', async () => {
    const a = await runCli(['table', corpusPath('kz-2026-final-draft-kk.txt'), '--prior', 'kz-2026', '--format', 'json']);
    assert.strictEqual(a.code, 0);
    assert.ok(JSON.parse(a.out).rows.every((r: { status: string }) => r.status === 'unchanged'));
    const b = await runCli(['table', corpusPath('kz-2026-final-draft-ru.txt'), '--prior', corpusPath('kz-1995-ru.txt'), '--format', 'md']);
    assert.strictEqual(b.code, 0);
    assert.ok(b.out.includes('| Структурная единица |'));
    const c = await runCli(['table', corpusPath('kz-2026-final-draft-ru.txt'), '--format', 'html']);
    assert.ok(c.out.includes('Content-Security-Policy'));
  });
  it('a bad prior exits 2 with one line; docx needs -o; docx -o writes a Word file', async () => {
    const bad = await runCli(['table', corpusPath('kz-2026-final-draft-ru.txt'), '--prior', '/no/such/prior.txt']);
    assert.strictEqual(bad.code, 2);
    assert.strictEqual(bad.errLines.length, 1);
    assert.match(bad.errLines[0], /^atazan: prior .*does not exist/);
    const en = await runCli(['table', corpusPath('kz-1995-en.txt'), '--prior', 'kz-2026']);
    assert.strictEqual(en.code, 2);
    assert.match(en.errLines[0], /English/);
    const nodocx = await runCli(['table', corpusPath('kz-2026-final-draft-ru.txt'), '--format', 'docx']);
    assert.strictEqual(nodocx.code, 2);
    assert.strictEqual(nodocx.out, '');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-table-'));
    try {
      const out = path.join(tmp, 't.docx');
      const ok = await runCli(['table', corpusPath('kz-2026-final-draft-ru.txt'), '--format', 'docx', '-o', out]);
      assert.strictEqual(ok.code, 0);
      assert.strictEqual(fs.readFileSync(out).subarray(0, 2).toString('latin1'), 'PK');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
