// One escape module (server/src/core/escape.ts) for every place draft text is shown: hostile text and
// every line of the real texts render as themselves, in Markdown (markdown-it, the CommonMark renderer
// VS Code uses, with HTML on as in our hovers) and in HTML.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeHtml, escapeMarkdown } from '../../server/src/core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt({ html: true });

const DATA = path.join(__dirname, '..', '..', 'data', 'priors');

/** The text a browser shows for HTML made only of text and entities. */
function decode(html: string): string {
  return html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_m, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]);
}

/** What a one-line Markdown string renders to: its text, if it is one plain paragraph; else the HTML. */
function rendered(markdown: string): string {
  const html = md.render(markdown).trim();
  const m = /^<p>([^<]*)<\/p>$/.exec(html);
  return m ? decode(m[1]) : `NOT PLAIN TEXT: ${html}`;
}

const HOSTILE = [
  'Текст <script>alert(1)</script> и <img src=x onerror=alert(1)>',
  '[ссылка](command:atazan.renumber) и ![картинка](https://example.com/x.png)',
  '`код` и ``двойной`` и ```тройной```',
  '*курсив* _подчёркнутый_ **жирный** __тоже__ ***оба***',
  'сумма 2*3*4 и имя_с_подчёркиванием_ и ~~зачёркнуто~~ и ~одна~',
  '# не заголовок',
  '## тоже не заголовок #',
  '1. не список',
  '12) не список',
  '- не список',
  '+ не список',
  '* не список',
  '> не цитата',
  '=====',
  '---',
  '| не | таблица |',
  'сущности &amp; &lt;b&gt; &#60; &copy;',
  'иконка $(alert) и $(zap~spin)',
  'обратная косая \\ и \\* и \\\\',
  '<http://example.com> и <mailto:a@b.c>',
  '<!-- комментарий -->',
  'Статья 62. Парламент* (в ред. Закона РК от 08.06.2022 № 129-VII) — пункт 1) [см. сноску]',
  '83-1-бап. «Адам құқықтары жөніндегі уәкіл» {1}',
  'Article 1 § 2 (a) ^sup^ ==mark== :emoji: \u00a0non-breaking',
];

describe('escapeMarkdown', () => {
  for (const text of HOSTILE) {
    it(`renders as itself: ${JSON.stringify(text)}`, () => {
      assert.equal(rendered(escapeMarkdown(text)), text);
    });
  }

  it('renders as itself inside bold, italics and a table cell (how hovers and the Markdown table use it)', () => {
    for (const text of HOSTILE) {
      // Text that starts or ends with a space cannot close emphasis; the callers wrap trimmed text.
      const t = text.trim();
      const bold = md.render(`**${escapeMarkdown(t)}**`).trim();
      assert.equal(decode(bold.replace(/^<p><strong>|<\/strong><\/p>$/g, '')), t, bold);
      const em = md.render(`_${escapeMarkdown(t)}_`).trim();
      assert.equal(decode(em.replace(/^<p><em>|<\/em><\/p>$/g, '')), t, em);
      const table = md.render(`| a |\n|---|\n| ${escapeMarkdown(t)} |`);
      const cell = /<td>([^]*?)<\/td>/.exec(table)?.[1] ?? table;
      assert.equal(decode(cell), t, table);
    }
  });

  it('leaves plain text alone: no escapes in words, numbers inside a line, parentheses', () => {
    assert.equal(escapeMarkdown('Статья 62 (пункт 3) и 1995 год.'), 'Статья 62 (пункт 3) и 1995 год.');
  });

  for (const file of ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-adopted-ru.txt']) {
    it(`every line of ${file} renders as itself`, () => {
      const lines = fs.readFileSync(path.join(DATA, file), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      assert.ok(lines.length > 500);
      const wrong = lines.filter((l) => rendered(escapeMarkdown(l)) !== l.replace(/\s+/g, ' '));
      assert.deepEqual(wrong.slice(0, 5), []);
    });
  }
});

describe('escapeHtml', () => {
  for (const text of HOSTILE) {
    it(`text and attributes show it as written: ${JSON.stringify(text)}`, () => {
      const e = escapeHtml(text);
      assert.ok(!/[<>"']/.test(e), e);
      assert.equal(decode(e), text);
      // In an attribute of either quote, the value cannot end early.
      const attr = /^<a title="([^"]*)" data-x='([^']*)'>/.exec(`<a title="${e}" data-x='${e}'>`);
      assert.ok(attr);
      assert.equal(decode(attr[1]), text);
      assert.equal(decode(attr[2]), text);
    });
  }
});
