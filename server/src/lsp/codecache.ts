// V8's code cache of the server bundle (boot.ts makes it; Node only): whether the loader asked for one
// to be written, and writing it. See boot.ts.

const CACHE_HOOK = Symbol.for('atazan.writeCodeCache');

/** Whether the loader waits for the server to say when to write the code cache. */
export function codeCachePending(): boolean {
  return typeof (globalThis as Record<symbol, unknown>)[CACHE_HOOK] === 'function';
}

/** Writes the code cache (once; never throws). */
export function writeCodeCache(): void {
  const g = globalThis as Record<symbol, unknown>;
  const f = g[CACHE_HOOK];
  delete g[CACHE_HOOK];
  if (typeof f === 'function') {
    try {
      f();
    } catch {
      // see boot.ts: never fatal
    }
  }
}
