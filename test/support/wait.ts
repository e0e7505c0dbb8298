// Waiting in tests without fixed sleeps: a test waits for the event it needs (a notification, a
// response, a process exit, a condition that turns true); a timeout can only make it fail, never make
// it pass. Pure (timers only), so the extension-host suite and the e2e scripts use it too.
//
// This is the one file under test/ where setTimeout stands (test/unit/flake-guard.test.ts).

/**
 * A pause. Only for what is itself under test (a slow client that answers late), never before an
 * assertion: test/unit/flake-guard.test.ts allows it where a reason is given.
 */
export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** `p`, or a rejection naming `what` once `ms` have passed without it settling. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/**
 * For teardown only: `p`'s value, or `undefined` once `ms` have passed (a server that does not answer
 * `shutdown` is killed afterwards; nothing is asserted on it).
 */
export function settleWithin<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([p.catch(() => undefined), t]).finally(() => clearTimeout(timer));
}

/** Something that says when what a test waits for may have changed. */
export interface Signal {
  /** Registers `listener`; returns a function that unregisters it. */
  subscribe(listener: () => void): () => void;
}

/**
 * Resolves with the first truthy value of `check`, evaluated now and again after every `signal`
 * (a message from the server, a diagnostics change in the editor…); rejects after `timeout` ms.
 */
export function until<T>(signal: Signal, check: () => T | undefined | null | false, what: string, timeout = 30000): Promise<T> {
  const first = check();
  if (first) return Promise.resolve(first);
  let unsubscribe = (): void => {};
  const p = new Promise<T>((resolve, reject) => {
    unsubscribe = signal.subscribe(() => {
      try {
        const v = check();
        if (v) resolve(v);
      } catch (err) {
        reject(err);
      }
    });
  });
  return withTimeout(p, timeout, what).finally(() => unsubscribe());
}

/**
 * Polls `fn` until it returns a truthy value, which is returned, or rejects after `timeout` ms with
 * the last value or error. For what has no event to wait on (a request answered only once a server is
 * ready, a workbench element that appears): the interval paces the retries, it gates nothing.
 */
export async function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeout = 30000, interval = 250, what = 'condition' }: { timeout?: number; interval?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  let lastErr: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > deadline) {
      const detail = lastErr ? `; last error: ${(lastErr as Error).message ?? lastErr}` : last !== undefined ? `; last value: ${JSON.stringify(last)}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
