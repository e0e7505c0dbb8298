// Subchapters of codes («Параграф 1», `§ 2`; issue 12): numbered anew in each chapter, as the Civil Code's
// special part does, or through the act — either style is right; a gap, a duplicate or a disorder in the
// style the act follows is an error. Seeded on the real excerpt test/fixtures/acts/kk-kz-civil-code-special-contents.txt
// (Civil Code, special part: «25-тарау.», «Параграф1.», Arts. 406–414).
import * as assert from 'node:assert/strict';
import { analyze, formatMessage } from '../../server/src/core';
import { readRepo } from '../support/files';

const REAL = readRepo('test/fixtures/acts/kk-kz-civil-code-special-contents.txt');
/** The excerpt with `line` inserted before the line starting with `before` (kept with its indentation). */
function seeded(before: string, ...lines: string[]): string {
  const at = REAL.indexOf(before);
  assert.ok(at > 0, before);
  const lineStart = REAL.lastIndexOf('\n', at) + 1;
  const indent = REAL.slice(lineStart, at);
  return REAL.slice(0, lineStart) + lines.map((l) => `${indent}${l}\n\n`).join('') + REAL.slice(lineStart);
}
const problems = (text: string) => analyze(text).diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);

describe('subchapters of codes (issue 12)', () => {
  it('the real excerpt: no problem', () => {
    assert.deepEqual(problems(REAL), []);
  });

  it('numbered through the chapter: «Параграф 2» follows «Параграф1.»; «Параграф 3» after it would leave a gap', () => {
    assert.deepEqual(problems(seeded('409-бап', 'Параграф 2. Бөлшек сауда сатып алу-сату')), []);
    const gap = seeded('409-бап', 'Параграф 3. Бөлшек сауда сатып алу-сату');
    assert.deepEqual(problems(gap), ['subchapter-number-gap 3']);
    const p = analyze(gap).diagnostics[0];
    assert.equal(formatMessage(p.code, p.args, 'kk'), '3-параграф 1-параграфтан кейін тұр: 2-параграф жоқ');
    assert.equal(formatMessage(p.code, p.args, 'ru'), 'Параграф 3 следует за параграфом 1: пропущен параграф 2');
  });

  it('a subchapter numbered twice in one chapter is an error', () => {
    assert.deepEqual(problems(seeded('409-бап', 'Параграф1. Бөлшек сауда сатып алу-сату')), ['subchapter-number-duplicate 1']);
  });

  it('a new chapter may start again at 1, or go on (2): both are real styles', () => {
    assert.deepEqual(problems(seeded('411-бап', '26-тарау. Айырбас', 'Параграф 1. Жалпы ережелер')), []);
    assert.deepEqual(problems(seeded('411-бап', '26-тарау. Айырбас', 'Параграф 2. Жалпы ережелер')), []);
    // In the style of the act (per chapter: the new chapter starts at 1), a later gap is reported.
    assert.deepEqual(problems(seeded('411-бап', '26-тарау. Айырбас', 'Параграф 1. Жалпы ережелер', '413-бап. Ауыстыру', 'Параграф 3. Ерекше ережелер')).filter((p) => p.startsWith('subchapter')), ['subchapter-number-gap 3']);
  });
});
