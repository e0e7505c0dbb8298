// The per-line scan cache (analysis.ts scanLine): entries are found by a hash of a few characters and
// confirmed by comparing the whole line, so lines that agree on every sampled character but differ
// elsewhere must still get their own results, at the right offsets, however often they are looked up.

import * as assert from 'node:assert/strict';
import { clearScanCache, scanLine } from '../../server/src/core/analysis';
import { scanReferences } from '../../server/src/core';

/** A line of fixed length whose sampled characters (ends and quarters) do not depend on `k`. */
function colliding(k: number): string {
  // 80 characters: the reference number sits at 32–33, away from 0–7, 72–79 and the quarters 20/40/60.
  return `${'ж'.repeat(20)} см. статьи ${String(10 + k)} и ${'ж'.repeat(80)}`.slice(0, 80);
}

const plain = (r: ReturnType<typeof scanReferences>) => JSON.parse(JSON.stringify(r));

describe('scan cache', () => {
  beforeEach(() => clearScanCache());

  it('lines that collide on the sampled characters keep their own results', () => {
    const lines = Array.from({ length: 30 }, (_, k) => colliding(k));
    assert.equal(new Set(lines).size, 30);
    assert.ok(lines.every((l) => l.length === 80));
    for (let round = 0; round < 3; round++) {
      for (const [k, line] of lines.entries()) {
        const doc = 'x'.repeat(k) + line + '\n';
        const got = scanLine(doc, k, k + 80, 'ru');
        const want = scanReferences(doc, 'ru', k, k + 80);
        assert.deepEqual(plain(got), plain(want), `line ${k}, round ${round}`);
        assert.equal(got.references[0]?.targets[0].article?.kind, 'num');
      }
    }
  });

  it('the same line at another offset gets its references moved there', () => {
    const line = 'в соответствии с пунктом 2 статьи 7 и статьей 9 настоящей Конституции';
    for (const base of [0, 5, 1000, 5, 0]) {
      const doc = ' '.repeat(base) + line;
      assert.deepEqual(plain(scanLine(doc, base, base + line.length, 'ru')), plain(scanReferences(doc, 'ru', base, base + line.length)));
    }
  });
});
