// Three insertions into a text, each applied incrementally to the analysis before it (core/incremental.ts),
// as the model-sharing tests use them: at offsets chosen from the current analysis at ¾, ½ and ¼ of
// something it holds, a word at ½ and one letter at the others.
import { type Analysis, analyzeIncremental } from '../../server/src/core';

/**
 * Inserts into `text` three times (k = 3, 2, 1: `offsetAt(an, k)` picks the offset in the analysis so far),
 * updating the analysis incrementally; `check` gets each new analysis, the new text and the offset.
 */
export function threeInsertions(
  text: string, an: Analysis, offsetAt: (an: Analysis, k: number) => number,
  check: (an: Analysis, text: string, at: number) => void,
): void {
  let cur = text;
  for (const k of [3, 2, 1]) {
    const at = offsetAt(an, k);
    const ins = k === 2 ? 'слово ' : 'x';
    cur = cur.slice(0, at) + ins + cur.slice(at);
    an = analyzeIncremental(an, { start: at, end: at, text: ins });
    check(an, cur, at);
  }
}
