// escapeMarkdown's one scan (issue 15, session 11) against the three replacements it replaced, kept
// here word for word as the reference: exhaustively on short strings of the characters it reads,
// on random strings of every character class (line breaks of `^` in multiline mode, the other `\s`,
// digits, `-+=.)`, the escaped set, letters, surrogates), and on every line and whole text of the
// real corpus.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeMarkdown } from '../../server/src/core';
import { rng } from '../../bench/generate';
import { PRIORS, REAL_TEXTS, corpus } from '../support/files';

/** escapeMarkdown before session 11. */
function reference(s: string): string {
  if (!/[\\`*_{}[\]<>#|~!&$]|^\s*(?:[-+=]|\d+[.)])/m.test(s)) return s;
  return s
    .replace(/[\\`*_{}[\]<>#|~!&$]/g, (c) => '\\' + c)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

const same = (s: string) => assert.equal(escapeMarkdown(s), reference(s), JSON.stringify(s));

describe('escapeMarkdown: one scan, the result of the three replacements', () => {
  it('every string of up to 5 characters over the characters that decide', () => {
    const alphabet = ['a', ' ', '\n', '1', '-', '.', ')', '#', '\r', '\u00a0'];
    let n = 0;
    const walk = (s: string, left: number) => {
      same(s);
      n++;
      if (left) for (const c of alphabet) walk(s + c, left - 1);
    };
    walk('', 5);
    assert.equal(n, 111111);
  });

  it('random strings of every class', () => {
    const classes = [
      '\n\r\u2028\u2029', ' \t\v\f\u00a0\u1680\u2000\u200a\u202f\u205f\u3000\ufeff', '0123456789', '-+=', '.)',
      '\\`*_{}[]<>#|~!&$', 'аӘzQ(,:;"\'%^?/', '\ud83d\ude00\ud83d', '\u0661\uff11',
    ];
    const r = rng(11);
    for (let t = 0; t < 20000; t++) {
      const len = Math.floor(r() * 24);
      let s = '';
      for (let i = 0; i < len; i++) {
        const cl = classes[Math.floor(r() * classes.length)];
        s += cl[Math.floor(r() * cl.length)];
      }
      same(s);
    }
  });

  it('the real texts: every line, and each text whole', () => {
    const files = [...REAL_TEXTS.map((f) => corpus(f))];
    const amend = path.join(PRIORS, '..', '..', '..', 'shared', 'corpus', 'amendments');
    if (fs.existsSync(amend)) for (const f of fs.readdirSync(amend)) if (f.endsWith('.txt')) files.push(fs.readFileSync(path.join(amend, f), 'utf8'));
    let escaped = 0;
    for (const text of files) {
      same(text);
      for (const l of text.split('\n')) {
        same(l);
        if (escapeMarkdown(l) !== l) escaped++;
      }
    }
    assert.ok(escaped > 1000, `lines escaped: ${escaped}`);
  });

  it('returns the string itself when nothing is escaped', () => {
    const s = 'Статья 1. Республика Казахстан';
    assert.equal(escapeMarkdown(s), s);
    assert.equal(escapeMarkdown('1. x'), '1\\. x');
    assert.equal(escapeMarkdown('#'), '\\#');
  });
});
