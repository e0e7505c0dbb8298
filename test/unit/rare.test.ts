// One search of the whole text finds U+0000 (parser.ts: document-not-text) and where the invisible
// characters may start (invisible.ts), issue 15: the search must find exactly what the two separate
// searches found (the first such character, wherever the others are).
import * as assert from 'node:assert/strict';
import { analyze, parse, type Problem } from '../../server/src/core';
import { invisibleProblems } from '../../server/src/core/invisible';

import { firstRareChar } from '../../server/src/core/rare';
import { corpusTexts } from './fuzz-support';
import { rng } from '../../bench/generate';

const RARE = ['\u0000', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u202F', '\u2007'];
const PLAIN = ['а', 'б', 'р', 'Р', 'с', 'т', 'Я', 'я', 'ө', 'қ', 'a', 'Z', '/', '`', ' ', ' ', '\n', '\r', '.', '1', '—', '«', '»', '<!--', '-->', 'Статья 1\n'];

/** A random text of `len` pieces; each piece is one of `rare` with probability `p`. */
function randomText(r: () => number, len: number, p: number, rare = RARE): string {
  let s = '';
  for (let i = 0; i < len; i++) s += r() < p ? rare[Math.floor(r() * rare.length)] : PLAIN[Math.floor(r() * PLAIN.length)];
  return s;
}

function reference(text: string): number {
  for (let i = 0; i < text.length; i++) if (RARE.includes(text[i])) return i;
  return -1;
}

const invisibleOf = (ps: Problem[]) => ps.filter((p) => p.code === 'text-invisible-character' || p.code === 'text-nbsp-between-words');

describe('the search for U+0000 and the invisible characters (rare.ts)', () => {
  it('finds the first of the ten characters in random texts, whichever comes first', () => {
    const r = rng(15);
    for (let k = 0; k < 3000; k++) {
      const p = [0, 0.001, 0.01, 0.1, 0.5][k % 5];
      // Half the texts hold only some of the characters (e.g. a zero-width space before a no-break space).
      const some = k % 2 === 0 ? RARE : RARE.filter(() => r() < 0.4);
      const text = randomText(r, Math.floor(r() * 400), p, some.length > 0 ? some : RARE);
      assert.equal(firstRareChar(text), reference(text), JSON.stringify(text));
    }
    // Each character alone, after a fast-found one and before it, at the start and at the end.
    for (const a of RARE) {
      for (const b of RARE) {
        const text = `Статья 1\nтекст${a}текст ${b} конец`;
        assert.equal(firstRareChar(text), reference(text), JSON.stringify(text));
      }
      assert.equal(firstRareChar(a), 0);
      assert.equal(firstRareChar('текст' + a), 5);
    }
    assert.equal(firstRareChar(''), -1);
  });

  it('the real texts hold none of them', () => {
    for (const { name, text } of corpusTexts()) assert.equal(firstRareChar(text), reference(text), name);
  });

  it('an analysis reports the invisible characters and U+0000 as a search of the whole text does', () => {
    const r = rng(16);
    const base = corpusTexts().find((t) => t.name.endsWith('draft-2026-ru.const.txt'))!.text.slice(0, 6000);
    for (let k = 0; k < 300; k++) {
      // Insert a few of the characters (or none) at random places, comments too.
      let text = base;
      const n = k % 4 === 0 ? 0 : 1 + Math.floor(r() * 4);
      for (let i = 0; i < n; i++) {
        const at = Math.floor(r() * (text.length + 1));
        const piece = r() < 0.2 ? `<!-- а${RARE[Math.floor(r() * RARE.length)]}б -->` : RARE[Math.floor(r() * RARE.length)];
        text = text.slice(0, at) + piece + text.slice(at);
      }
      const doc = parse(text);
      const an = analyze(text);
      const expected = invisibleProblems(doc.text, doc.masked);
      assert.deepEqual(invisibleOf(an.diagnostics).map((p) => [p.code, p.span, p.data]), expected.map((p) => [p.code, p.span, p.data]), `text ${k}`);
      const nul = doc.masked.indexOf('\u0000');
      assert.deepEqual(
        an.diagnostics.filter((p) => p.code === 'document-not-text').map((p) => p.span),
        nul < 0 ? [] : [{ start: nul, end: nul + 1 }],
        `text ${k}`,
      );
    }
  });
});
