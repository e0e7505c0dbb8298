// Every request handler goes through `guard`: cancellation is honoured, exceptions are logged and answered
// with an empty result, so the server never dies on a defect or a malformed request.

import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';

export class Cancelled extends ResponseError<void> {
  constructor() {
    super(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  }
}

/** Throws the LSP "request cancelled" error if the client cancelled. Call before heavy work. */
export function checkCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new Cancelled();
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

export type Handler<P, R> = (params: P, token: CancellationToken, ...rest: any[]) => R | Promise<R>;

/**
 * Wraps a handler. `empty` is what the client gets when the handler throws (null or an empty list).
 * Cancellation (before or during the work) is answered with RequestCancelled.
 */
export function guard<P, R>(connection: Connection, name: string, empty: R, fn: Handler<P, NoInfer<R>>): Handler<P, R> {
  return async (params: P, token: CancellationToken, ...rest: any[]) => {
    try {
      checkCancelled(token);
      const r = await fn(params, token, ...rest);
      checkCancelled(token);
      return r;
    } catch (e) {
      if (e instanceof ResponseError && (e.code === LSPErrorCodes.RequestCancelled || e.code === LSPErrorCodes.ServerCancelled)) throw e;
      if (e instanceof ResponseError) throw e;
      try {
        connection.console.error(`[atazan] ${name} failed and returned an empty result: ${describeError(e)}`);
      } catch {
        // the console itself may be gone
      }
      return empty;
    }
  };
}

/** Wraps a notification handler: exceptions are logged, never thrown. */
export function guardNotification<P>(connection: Connection, name: string, fn: (params: P) => void | Promise<void>): (params: P) => Promise<void> {
  return async (params: P) => {
    try {
      await fn(params);
    } catch (e) {
      try {
        connection.console.error(`[atazan] ${name} failed: ${describeError(e)}`);
      } catch {
        // ignore
      }
    }
  };
}
