// Session 11: wordDiff keeps its runs as ranges of the two texts and slices each run's text once, and
// readableDiff's coalescing takes a block's deletion and insertion as one slice of each text
// (core/prior/diff.ts, core/prior/compare.ts): the same ops, character for character, as the code they
// replaced (test/support/table-reference.ts), on word soups that make many short runs (an insertion
// before a deletion swapped, runs merged after the swap, a common suffix joined to the last equal run),
// and coalesceDiff with the texts against coalesceDiff without them on random lists of ops.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordDiff, type DiffOp } from '../../server/src/core/prior/diff';
import { coalesceDiff, readableDiff } from '../../server/src/core/prior/compare';
import { refReadableDiff, refWordDiff } from '../support/table-reference';

const words = ['а', 'б', 'в', 'закон', 'статья', '1', '2.', ' ', '  ', '\n', ',', '-', 'x\u0301', '😀', '\u00a0'];
const soup = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((xs) => xs.join(''));

describe('word diff runs as ranges (session 11)', () => {
  it('wordDiff and readableDiff give the reference ops on word soups', () => {
    let swapsSeen = 0;
    fc.assert(
      fc.property(soup, soup, fc.nat(5), (x, y, k) => {
        // A shared prefix and suffix of a few words, so the cut and the suffix's join are exercised.
        const pre = words.slice(0, k).join(' '), suf = words.slice(k, k + 3).join('');
        const a = pre + x + suf, b = pre + y + suf;
        const got = wordDiff(a, b);
        assert.deepStrictEqual(got, refWordDiff(a, b));
        assert.deepStrictEqual(readableDiff(a, b), refReadableDiff(a, b));
        for (let i = 0; i + 1 < got.length; i++) if (got[i].op === 'delete' && got[i + 1].op === 'insert') swapsSeen++;
      }),
      { numRuns: 4000, seed: 11 },
    );
    assert.ok(swapsSeen > 1000, `changes with both a deletion and an insertion: ${swapsSeen}`);
  });

  it('coalesceDiff with the texts equals coalesceDiff without them, on any ops (empty texts too)', () => {
    const text = fc.array(fc.constantFrom('', ' ', '  ', '\n', 'а', 'слово', '1.', '\t'), { maxLength: 3 }).map((xs) => xs.join(''));
    const op = fc.record({ op: fc.constantFrom<DiffOp['op']>('equal', 'insert', 'delete'), text });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const a = ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
        const b = ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');
        const copy = () => ops.map((o) => ({ ...o }));
        assert.deepStrictEqual(coalesceDiff(copy(), a, b), coalesceDiff(copy()));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});
