// The server's memory (issue 17.1): bounded caches in the core keep the live heap small and flat over
// thousands of edits (test/lsp/memory.test.ts); this module keeps what V8 reserves around it from
// taking the resident size up: the young generation, and garbage left in the old one.
//
// Every analysis result outlives several scavenges (it is kept until the next version), and V8 answers
// that by doubling the young generation up to 32 MB (2 × 16 MB semi-spaces), memory that is reserved
// but holds no live data. Once it has reached YOUNG_MB it is not allowed to grow further: the growth
// factor is read at each resize, so setting it to 1 at run time stops the doubling.

import * as v8 from 'node:v8';

const YOUNG_MB = 4;
let capped = false;
let flagSet = false;

/** Call after work that allocates (an analysis): stops the young generation's growth past YOUNG_MB. */
export function limitYoungGeneration(): void {
  if (capped) return;
  try {
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < YOUNG_MB * 2 ** 20) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    flagSet = true;
  } catch {
    // not V8, or the flag is unknown: nothing to limit
  }
  capped = true;
}

/**
 * Garbage in the old generation: V8 lets the old generation grow to several times the live data before
 * collecting it when allocation is fast (every keystroke makes a new analysis), and the resident size
 * follows. The heap may grow to twice what was live after the last full collection, no more (the growing
 * factor is also read at each collection).
 */
export function limitHeapGrowth(): void {
  try {
    v8.setFlagsFromString('--heap-growing-percent=100');
  } catch {
    // not V8: nothing to limit
  }
}

/** Whether limitYoungGeneration has set V8's semi-space growth factor (server/src/boot.ts undoes it around the code cache's creation). */
export function youngGenerationCapped(): boolean {
  return flagSet;
}
