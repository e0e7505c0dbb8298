// Idle time (issue 15): the first edit after an analysis from scratch anchors the document model's spans
// to their regions before it can take the incremental path (core/incremental.ts prepareIncremental):
// ≈ 10–20 ms at 5,000 articles and ≈ 50–80 ms at 20,000, against ≈ 1 ms for the edit itself. A drafter
// who opens a large code and starts typing felt that first keystroke. Here the server does it while the
// client is quiet: IDLE_MS after the last analysis or change of a document, if nothing else about that
// document came in since. After an incremental update the model is still anchored and the call costs a
// look-up. With the client's trace on ('messages' or 'verbose'), each preparation that did work is
// logged through $/logTrace, with its time.

import type { ServerExtension } from './context';

/** How long a document must have been quiet (no analysis, no change) before its analysis is prepared. */
export const IDLE_MS = 60;

/** The timers the scheduler uses (injected by tests). */
export interface IdleTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: IdleTimers = {
  set(fn, ms) {
    const h = setTimeout(fn, ms) as unknown as { unref?: () => void };
    // The timer never keeps a Node process alive (a server that is told to exit exits at once).
    h?.unref?.();
    return h;
  },
  clear(h) {
    clearTimeout(h as ReturnType<typeof setTimeout>);
  },
};

/**
 * Per document, one timer: armed (again) by each analysis and each change, cancelled when the document
 * closes; when it fires, `prepare(uri)` runs (LanguageService.prepare) and `done(uri, ms)` is told if it
 * did any work. A failure is reported to `failed` and forgotten: the next edit does the same work itself.
 */
export class IdlePreparer {
  private readonly timers = new Map<string, unknown>();
  constructor(
    private readonly prepare: (uri: string) => boolean,
    private readonly done: (uri: string, ms: number) => void,
    private readonly failed: (uri: string, e: unknown) => void,
    private readonly ms = IDLE_MS,
    private readonly t: IdleTimers = realTimers,
  ) {}

  /** Something happened to `uri` (an analysis, a change): wait for quiet again. */
  touch(uri: string): void {
    const old = this.timers.get(uri);
    if (old !== undefined) this.t.clear(old);
    this.timers.set(uri, this.t.set(() => this.run(uri), this.ms));
  }

  /** `uri` closed: nothing to prepare. */
  forget(uri: string): void {
    const old = this.timers.get(uri);
    if (old !== undefined) this.t.clear(old);
    this.timers.delete(uri);
  }

  /** Documents waiting for their quiet moment. */
  get waiting(): number {
    return this.timers.size;
  }

  private run(uri: string): void {
    this.timers.delete(uri);
    const t0 = performance.now();
    let did = false;
    try {
      did = this.prepare(uri);
    } catch (e) {
      this.failed(uri, e);
      return;
    }
    if (did) this.done(uri, performance.now() - t0);
  }
}

export const idleExtension: ServerExtension = {
  id: 'idle',
  register(ctx) {
    const { connection, service, documents } = ctx;
    const idle = new IdlePreparer(
      (uri) => service.prepare(uri),
      (uri, ms) => connection.tracer.log(`[atazan] ${uri}: readied for the next edit in idle time (${ms.toFixed(1)} ms)`),
      (uri, e) => ctx.error(`[atazan] ${uri}: preparing the next edit failed (the edit will do it): ${String(e)}`),
    );
    service.onDidAnalyse((uri, an) => (an ? idle.touch(uri) : idle.forget(uri)));
    documents.onDidChangeContent((ev) => idle.touch(ev.document.uri));
    documents.onDidClose((ev) => idle.forget(ev.document.uri));
  },
};
