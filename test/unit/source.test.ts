// The server's document text (issue 17.4): a SourceText (core/source.ts) edited piece by piece reads
// exactly as the string built by concatenation, and a SourceDocument (lsp/document.ts) gives the same
// positions, offsets, lines and text as vscode-languageserver-textdocument's TextDocument, for random
// edits of the real 2026 draft (line breaks of every kind typed and deleted).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SourceText } from '../../server/src/core';
import { SourceDocument } from '../../server/src/lsp/document';
import { rng } from '../../bench/generate';

const DRAFT = readFileSync(path.resolve(__dirname, '../../examples/draft-2026-ru.const.txt'), 'utf8');

const INSERTS = ['ж', ' ', 'статьи 5', '\n', '\r\n', '\r', '\n\n1. ', 'Статья 100. ', '', 'а'.repeat(9000), '\u00AD', '\r\n\r\n'];

describe('SourceText', () => {
  it('reads as the string after random edits of the 2026 draft (slices, characters, whole text)', () => {
    const r = rng(17);
    let s = DRAFT;
    let src = SourceText.of(DRAFT);
    for (let i = 0; i < 600; i++) {
      const a = Math.floor(r() * (s.length + 1));
      const b = Math.min(s.length, a + (r() < 0.3 ? Math.floor(r() * 20000) : Math.floor(r() * 5)));
      const ins = INSERTS[Math.floor(r() * INSERTS.length)];
      s = s.slice(0, a) + ins + s.slice(b);
      src = src.edit(a, b, ins);
      assert.equal(src.length, s.length);
      for (let k = 0; k < 5; k++) {
        const x = Math.floor(r() * (s.length + 1));
        const y = x + Math.floor(r() * 30000) - 100;
        assert.equal(src.slice(x, y), s.slice(x, y), `slice(${x}, ${y}) after edit ${i}`);
        assert.equal(src.charCodeAt(x), s.charCodeAt(x));
      }
      assert.equal(src.slice(-7), s.slice(-7));
      if (i % 100 === 0) assert.equal(SourceText.of(src.toString()).slice(), s);
    }
    assert.equal(src.toString(), s);
    assert.equal(SourceText.of('').edit(0, 0, 'статья').toString(), 'статья');
    assert.equal(SourceText.of('abc').edit(0, 3, '').toString(), '');
  });
});

describe('SourceDocument', () => {
  it('gives TextDocument\'s positions, offsets, lines and text after random edits of the 2026 draft', () => {
    const r = rng(4);
    const base = DRAFT.slice(0, 60000);
    const td = TextDocument.create('file:///d.const.txt', 'constitution', 1, base);
    const sd = new SourceDocument('file:///d.const.txt', 'constitution', 1, base);
    for (let v = 2; v < 400; v++) {
      const lines = td.lineCount;
      const pos = () => ({ line: Math.floor(r() * (lines + 2)) - 1, character: Math.floor(r() * 90) - 2 });
      const change = r() < 0.02 ? { text: DRAFT.slice(0, 5000 + Math.floor(r() * 5000)) } : { range: { start: pos(), end: pos() }, text: INSERTS[Math.floor(r() * INSERTS.length)] };
      TextDocument.update(td, [change], v);
      sd.update([change], v);
      assert.equal(sd.version, td.version);
      assert.equal(sd.lineCount, td.lineCount, `line count after edit ${v}`);
      for (let k = 0; k < 8; k++) {
        const p = pos();
        assert.equal(sd.offsetAt(p), td.offsetAt(p), `offsetAt(${JSON.stringify(p)}) after edit ${v}`);
        const o = Math.floor(r() * (td.getText().length + 4)) - 2;
        assert.deepEqual(sd.positionAt(o), td.positionAt(o), `positionAt(${o}) after edit ${v}`);
        const range = { start: pos(), end: pos() };
        assert.equal(sd.getText(range), td.getText(range));
        const l = Math.floor(r() * (lines + 2)) - 1;
        assert.deepEqual(sd.getLineRange(l), td.getLineRange(l));
        assert.equal(sd.getEOLCharacters(l), td.getEOLCharacters(l));
      }
      if (v % 50 === 0) assert.equal(sd.getText(), td.getText());
    }
    assert.equal(sd.getText(), td.getText());
  });
});
