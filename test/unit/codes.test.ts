// Diagnostic codes (issue 14, typed codes): every code of core/codes.ts has a message in every
// lexicon, using the same arguments as the English one; is emitted somewhere in server/src; and is
// documented in the README's Diagnostics table. The messages' types already make a missing message a
// compile error; this test also catches an empty one, a code nothing emits, and an undocumented one.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_CODES, ALL_LEXICONS, CODES, formatMessage, lexicon } from '../../server/src/core';
import { filesUnder } from '../support/files';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'server', 'src');

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** The codes in the first column of the README's Diagnostics table, with `a-b-c` / `-d` expanded to a-b-d. */
function readmeCodes(): Set<string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Diagnostics\n');
  assert.ok(start >= 0, 'README has a Diagnostics section');
  const end = readme.indexOf('\n## ', start + 5);
  const out = new Set<string>();
  for (const line of readme.slice(start, end < 0 ? undefined : end).split('\n')) {
    if (!line.startsWith('| `')) continue;
    let last = '';
    for (const m of line.split('|')[1].matchAll(/`([a-z-]+)`/g)) {
      const code = m[1].startsWith('-') ? last.replace(/-[a-z]+$/, '') + m[1] : m[1];
      out.add(code);
      last = code;
    }
  }
  return out;
}

describe('diagnostic codes', () => {
  it('the table has the codes and severities the server uses', () => {
    assert.ok(ALL_CODES.length >= 30, `${ALL_CODES.length} codes`);
    for (const code of ALL_CODES) assert.match(CODES[code], /^(error|warning|information|hint)$/, code);
  });

  it('every code has a message in every lexicon, with the arguments of the English one', () => {
    const langs = ALL_LEXICONS.map((l) => l.lang).sort();
    assert.deepEqual(langs, ['en', 'kk', 'ru']);
    for (const code of ALL_CODES) {
      const en = lexicon('en').messages[code];
      for (const lex of ALL_LEXICONS) {
        const text = lex.messages[code];
        assert.ok(typeof text === 'string' && text.trim().length > 10, `${lex.lang} ${code}`);
        assert.deepEqual(placeholders(text), placeholders(en), `${lex.lang} ${code}: the same arguments as en`);
        // A formatted message is the template filled in, never the bare code.
        assert.notEqual(formatMessage(code, {}, lex.lang), code);
      }
      // Each language says it in its own words (ru and kk are not left in English).
      assert.notEqual(lexicon('ru').messages[code], en, `ru ${code}`);
      assert.notEqual(lexicon('kk').messages[code], en, `kk ${code}`);
    }
  });

  it('every code is emitted somewhere in server/src', () => {
    const sources = filesUnder(SRC)
      .filter((f) => !f.endsWith(path.join('core', 'codes.ts')) && !f.includes(`${path.sep}lang${path.sep}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const silent: string[] = [];
    for (const code of ALL_CODES) {
      if (sources.includes(`'${code}'`)) continue;
      // The numbering codes are built from the unit family: `${ctx.family}-number-gap`.
      const family = /^(section|chapter|subchapter|article|paragraph|subparagraph)(-number-(?:gap|duplicate|order))$/.exec(code);
      if (family && sources.includes(`}${family[2]}\``)) continue;
      silent.push(code);
    }
    assert.deepEqual(silent, [], 'codes no source file emits');
  });

  it('every code is in the README Diagnostics table, and the table names no other code', () => {
    const documented = readmeCodes();
    assert.deepEqual(ALL_CODES.filter((c) => !documented.has(c)), [], 'undocumented codes');
    assert.deepEqual([...documented].filter((c) => !(ALL_CODES as string[]).includes(c)), [], 'documented codes that do not exist');
  });
});
