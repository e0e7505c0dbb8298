// The server's memory (issue 17.1): bounded caches in the core keep the live heap small and flat over
// thousands of edits (test/lsp/memory.test.ts); this module keeps what V8 reserves around it from
// taking the resident size up: the young generation, and garbage left in the old one.
//
// Every analysis result outlives several scavenges (it is kept until the next version), and V8 answers
// that by doubling the young generation up to 32 MB (2 × 16 MB semi-spaces), memory that is reserved
// but holds no live data. Once it has reached YOUNG_MB it is not allowed to grow further: the growth
// factor is read at each resize, so setting it to 1 at run time stops the doubling.

import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const YOUNG_MB = 8;
let capped = false;

/** Call after work that allocates (an analysis): stops the young generation's growth past YOUNG_MB. */
export function limitYoungGeneration(): void {
  if (capped) return;
  try {
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < YOUNG_MB * 2 ** 20) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // not V8, or the flag is unknown: nothing to limit
  }
  capped = true;
}

/**
 * Garbage in the old generation: V8 lets it grow to several times the live data before collecting it
 * when allocation is fast (every keystroke makes a new analysis), and the resident size follows. After
 * an analysis, when the heap has grown past twice what was live after the last full collection (plus
 * 64 MB), and not more often than every 5 seconds, a full collection is run (a few tens of ms at 5,000
 * articles; typing produces one every few seconds at most).
 */
let collect: (() => void) | null | undefined;
let liveAfterGc = 0;
let lastGc = 0;
const SLACK = 64 * 2 ** 20;

export function collectGarbageIfGrown(now = Date.now()): void {
  try {
    if (collect === undefined) {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as unknown;
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    }
    if (!collect || now - lastGc < 5000) return;
    const used = process.memoryUsage().heapUsed;
    if (liveAfterGc > 0 && used < 2 * liveAfterGc + SLACK) return;
    if (liveAfterGc === 0) {
      // First call: take the current heap as the reference without collecting.
      liveAfterGc = used;
      return;
    }
    collect();
    lastGc = now;
    liveAfterGc = process.memoryUsage().heapUsed;
  } catch {
    collect = null;
  }
}
