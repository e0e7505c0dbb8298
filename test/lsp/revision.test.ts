// Issue 17.3: a didChange marked with the version the server already holds (a client may repeat a
// number) must be analysed: the server keys its analyses on its own revision, bumped on every didOpen
// and didChange, never on the client's version. Over stdio against dist/server.js, on the real draft.

import * as assert from 'node:assert/strict';
import type { CodeLens, Hover, InlayHint, LocationLink } from 'vscode-languageserver-protocol';
import { analyze, diagnostics as coreDiagnostics } from '../../server/src/core';
import { open, pull, RU_TEXT, RU_URI, startServer, td, textOf, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

const CITATION = 'пунктом 3 статьи 62';

describe('LSP: a repeated version number (issue 17.3)', function () {
  this.timeout(120000);
  let s: Server;
  before(async () => {
    s = await startServer({ locale: 'ru' });
  });
  after(async () => {
    await s.stop();
  });

  it('open at version 1, change also marked version 1: diagnostics, hover, definition, code lens and inlay hints are of the new text', async () => {
    open(s, RU_URI, RU_TEXT, 1);
    // Everything asked once at version 1, so that whatever is cached for (uri, 1) is the old text's.
    const before = await pull(s, RU_URI);
    assert.equal(before.filter((d) => d.code === 'article-number-duplicate').length, 0);
    const oldHover = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: cursorPos(RU_TEXT, 'пунктом $03 статьи 62') }) as Hover;
    assert.match((oldHover.contents as { value: string }).value, /Статья 62, пункт 3/);
    await s.conn.sendRequest('textDocument/codeLens', td(RU_URI));
    const lines = RU_TEXT.split('\n').length;
    await s.conn.sendRequest('textDocument/inlayHint', { ...td(RU_URI), range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });

    // A second «Статья 2» (two lines) inserted before «Статья 3», marked version 1 again.
    const at = cursorPos(RU_TEXT, '\n$0Статья 3\n');
    const inserted = 'Статья 2\nПовторённая статья.\n';
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: RU_URI, version: 1 },
      contentChanges: [{ range: { start: at, end: at }, text: inserted }],
    });
    const offset = RU_TEXT.indexOf('\nСтатья 3\n') + 1;
    const text = RU_TEXT.slice(0, offset) + inserted + RU_TEXT.slice(offset);

    // Diagnostics: those of a fresh analysis of the new text, the duplicate among them.
    const after = await pull(s, RU_URI);
    const fresh = coreDiagnostics(analyze(text), { lang: 'ru' });
    const dup = after.filter((d) => d.code === 'article-number-duplicate');
    assert.ok(dup.length >= 1, JSON.stringify(after.map((d) => d.code)));
    assert.ok(dup.every((d) => text.split('\n')[d.range.start.line] === 'Статья 2'), 'at «Статья 2» headings');
    assert.ok(dup.some((d) => d.range.start.line === at.line), 'one on the inserted heading');
    assert.deepEqual(after.map((d) => d.code).sort(), fresh.map((d) => d.code).sort());

    // Hover and definition at the citation, which moved two lines down.
    const p = cursorPos(text, 'пунктом $03 статьи 62');
    assert.equal(p.line, cursorPos(RU_TEXT, 'пунктом $03 статьи 62').line + 2);
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: p }) as Hover | null;
    assert.ok(h, 'a hover at the moved citation');
    assert.match((h.contents as { value: string }).value, /Статья 62, пункт 3/);
    assert.equal(textOf(text, h.range!), '3');
    const d = await s.conn.sendRequest('textDocument/definition', { ...td(RU_URI), position: p }) as LocationLink[] | null;
    assert.ok(d && d.length === 1, `one definition: ${JSON.stringify(d)}`);
    assert.ok(textOf(text, d[0].targetRange).startsWith('3. Курултай не может быть распущен'), textOf(text, d[0].targetRange).slice(0, 60));

    // The code lens above article 62 sits on its heading in the new text.
    const lenses = await s.conn.sendRequest('textDocument/codeLens', td(RU_URI)) as CodeLens[];
    const heading62 = cursorPos(text, '\n$0Статья 62\n').line;
    assert.ok(lenses.some((l) => l.range.start.line === heading62), `a lens on line ${heading62}: ${lenses.map((l) => l.range.start.line).join(',')}`);
    assert.ok(!lenses.some((l) => l.range.start.line === heading62 - 2), 'none on the old line');

    // The prior's inlay hints are placed in the new text: each one at the end of an article heading.
    const hints = await s.conn.sendRequest('textDocument/inlayHint', { ...td(RU_URI), range: { start: { line: 0, character: 0 }, end: { line: lines + 2, character: 0 } } }) as InlayHint[];
    assert.ok(hints.length > 0, 'the prior gives hints');
    const textLines = text.split('\n');
    for (const hint of hints) {
      const line = textLines[hint.position.line];
      assert.ok(/^Статья \d/.test(line) && hint.position.character === line.length, `hint at the end of a heading: ${JSON.stringify(line)} @${hint.position.character}`);
    }
  });
});
