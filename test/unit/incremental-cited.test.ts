// Edits inside a much-cited article: the targets outside it that cite its units are either mapped to
// the re-parsed article's units (same numbered structure) or resolved again (core/incremental.ts
// sameStructure). Every single-character edit (inserted, replaced, deleted) at every offset of the
// cited article's body, compared with a fresh analysis through the canonical projection of
// incremental.test.ts.

import * as assert from 'node:assert/strict';
import { analyze, analyzeIncremental } from '../../server/src/core';
import { canon } from './incremental.test';

const TEXT = [
  'Статья 1. Общие',
  '',
  'Согласно пункту 2 статьи 2 и подпункту 1) пункта 3 статьи 2, а также статье 2.',
  '',
  'Статья 2. Цитируемая',
  '',
  '1. Первый пункт.',
  '',
  '2. Второй пункт с подпунктами:',
  '',
  '1) первый;',
  '',
  '2) второй.',
  '',
  '3. Третий пункт:',
  '',
  '1) один.',
  '',
  'Статья 3. После',
  '',
  'См. пункт 1 статьи 2, пункт 3 статьи 2, подпункт 2) пункта 2 статьи 2, пункты 1–3 статьи 2 и пункт 4 статьи 2.',
  '',
].join('\n');

describe('incremental analysis: edits in a cited article', () => {
  it('every one-character edit of its body equals a fresh analysis', function () {
    this.timeout(120000);
    const from = TEXT.indexOf('1. Первый');
    const to = TEXT.indexOf('Статья 3');
    let fast = 0;
    for (let at = from; at < to; at++) {
      for (const [start, end, ins] of [[at, at, '7'], [at, at + 1, '4'], [at, at + 1, ''], [at, at, 'Исключен.'], [at, at, 'x']] as const) {
        const next = TEXT.slice(0, start) + ins + TEXT.slice(end);
        const inc = analyzeIncremental(analyze(TEXT), { start, end, text: ins });
        if (inc.incremental) fast++;
        assert.deepEqual(canon(inc), canon(analyze(next)), `edit ${start}-${end} ${JSON.stringify(ins)}`);
      }
    }
    assert.ok(fast > (to - from) * 3, `the fast path was taken (${fast})`);
  });
});
