// Test harness: builds the bundle once, starts dist/server.js as a child process and speaks LSP over stdio.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type ClientCapabilities, type InitializeResult, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { delay, settleWithin, until, type Signal } from './wait';

export const ROOT = path.resolve(__dirname, '..', '..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const RU_PATH = path.join(EXAMPLES, 'draft-2026-ru.const.txt');
export const KK_PATH = path.join(EXAMPLES, 'draft-2026-kk.const.txt');
export const RU_URI = pathToFileURL(RU_PATH).href;
export const KK_URI = pathToFileURL(KK_PATH).href;
export const RU_TEXT = readFileSync(RU_PATH, 'utf8');
export const KK_TEXT = readFileSync(KK_PATH, 'utf8');

let built = false;
/** Builds dist/server.js once per test process. */
export function buildOnce(): void {
  if (built) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}\n${r.stdout}`);
  built = true;
}

export const FULL_CAPS: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    definition: { linkSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    foldingRange: { lineFoldingOnly: true },
    codeLens: {},
    completion: { completionItem: { labelDetailsSupport: true } },
    semanticTokens: {
      requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'],
    },
  },
  workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
};

export interface Server {
  conn: ProtocolConnection;
  proc: ChildProcess;
  init: InitializeResult;
  /** Settings answered to workspace/configuration (mutable). */
  settings: Record<string, unknown>;
  /** Milliseconds the client waits before answering workspace/configuration (mutable; 0 = at once). */
  configDelay: number;
  /** workspace/configuration requests received so far. */
  configRequests: number;
  logs: string[];
  pushed: Map<string, PublishDiagnosticsParams>;
  refreshes: number;
  /** workspace/inlayHint/refresh requests received so far. */
  inlayRefreshes: number;
  exited: boolean;
  /** Fires after every notification or request from the server, and on stderr output and exit. */
  signal: Signal;
  stop(): Promise<void>;
}

/**
 * Every server process a test started and that has not exited. test/support/hooks.ts (a mocha root hook)
 * kills them after a test that timed out — its own `finally` never runs, and a live server would keep
 * mocha from exiting — and after the whole run.
 */
export const liveServers = new Set<ChildProcess>();

export function track(proc: ChildProcess): ChildProcess {
  liveServers.add(proc);
  proc.on('exit', () => liveServers.delete(proc));
  return proc;
}

export async function startServer(opts: {
  capabilities?: ClientCapabilities;
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  locale?: string;
  folders?: string[];
  /** The server bundle to run (default dist/server.js). */
  entry?: string;
  /** More arguments for the server, after --stdio. */
  args?: string[];
} = {}): Promise<Server> {
  buildOnce();
  const proc = track(spawn(process.execPath, [opts.entry ?? path.join(ROOT, 'dist', 'server.js'), '--stdio', ...(opts.args ?? [])], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] }));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const listeners = new Set<() => void>();
  const fire = () => { for (const l of [...listeners]) l(); };
  const exit = processExit(proc);
  const server: Server = {
    conn, proc, init: undefined as unknown as InitializeResult, settings: opts.settings ?? {}, configDelay: 0, configRequests: 0, logs: [], pushed: new Map(),
    refreshes: 0, inlayRefreshes: 0, exited: false,
    signal: { subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); } },
    async stop() {
      if (server.exited) return;
      try {
        await settleWithin(conn.sendRequest('shutdown'), 2000);
        conn.sendNotification('exit');
      } catch {
        // already gone
      }
      await settleWithin(exit, 2000);
      if (!server.exited) proc.kill();
      conn.dispose();
    },
  };
  proc.on('exit', () => {
    server.exited = true;
    fire();
  });
  proc.stderr!.on('data', (d) => { server.logs.push(String(d)); fire(); });
  conn.onNotification('window/logMessage', (p: { message: string }) => { server.logs.push(p.message); fire(); });
  // With the trace on ($/setTrace), the server's trace lines (lsp/idle.ts) come as $/logTrace.
  conn.onNotification('$/logTrace', (p: { message: string }) => { server.logs.push(p.message); fire(); });
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { server.pushed.set(p.uri, p); fire(); });
  conn.onRequest('workspace/configuration', async (p: { items: { section?: string; scopeUri?: string }[] }) => {
    server.configRequests++;
    fire();
    // The configured delay is the behaviour under test (a slow client), not a wait before an assertion.
    if (server.configDelay > 0) await delay(server.configDelay);
    return p.items.map((i) => (i.section === 'atazan' ? server.settings : null));
  });
  conn.onRequest('workspace/diagnostic/refresh', () => {
    server.refreshes++;
    queueMicrotask(fire);
    return null;
  });
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/codeLens/refresh', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => {
    server.inlayRefreshes++;
    queueMicrotask(fire);
    return null;
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/workspaceFolders', () => (opts.folders ?? [EXAMPLES]).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })));
  conn.listen();
  const folders = (opts.folders ?? [EXAMPLES]).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) }));
  server.init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders,
    capabilities: opts.capabilities ?? FULL_CAPS,
    initializationOptions: opts.initializationOptions,
    locale: opts.locale,
  });
  conn.sendNotification('initialized', {});
  return server;
}

export function open(s: Server, uri: string, text: string, version = 1): void {
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'constitution', version, text } });
}

export function close(s: Server, uri: string): void {
  s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

/** `{ textDocument: { uri } }` */
export const td = (uri: string) => ({ textDocument: { uri } });

/** The diagnostics the server reports for `uri` when pulled (textDocument/diagnostic). */
export async function pull(s: Server, uri: string): Promise<Diagnostic[]> {
  return ((await s.conn.sendRequest('textDocument/diagnostic', td(uri))) as FullDocumentDiagnosticReport).items;
}

/** Resolves with `check`'s first truthy value, re-evaluated on every message from the server. */
export function serverUntil<T>(s: Server, check: () => T | undefined | null | false, what: string, timeout = 30000): Promise<T> {
  return until(s.signal, check, what, timeout);
}

/** Resolves with the process's exit code once it has exited. */
export function processExit(proc: ChildProcess): Promise<number | null> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
}

/** The text a range covers. */
export function textOf(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(off(range.start), off(range.end));
}

/**
 * A client that writes raw bytes to `dist/server.js --stdio` (to send malformed frames) and reads the
 * server's frames with vscode-jsonrpc's reader.
 */
export interface RawServer {
  proc: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Every message the server sent, in order. */
  received: any[];
  write(bytes: string | Buffer): void;
  /** One well-formed frame of a JSON value. */
  frame(value: unknown): Buffer;
  /** Sends a request (well-formed frame) and resolves with the whole response message. */
  request(method: string, params?: unknown): Promise<any>;
  /** The response with this id, when it comes. */
  response(id: number | string | null): Promise<any>;
  notify(method: string, params?: unknown): void;
  /** Resolves with the exit code. */
  exit: Promise<number | null>;
  /** initialize + initialized. */
  initialize(): Promise<any>;
  kill(): void;
}

export function startRaw(): RawServer {
  buildOnce();
  const proc = track(spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] }));
  let err = '';
  proc.stderr!.on('data', (d) => { err += String(d); });
  const received: any[] = [];
  const waiters: { match: (m: any) => boolean; resolve: (m: any) => void }[] = [];
  const reader = new StreamMessageReader(proc.stdout!);
  reader.listen((m: any) => {
    received.push(m);
    if (m && m.method && m.id !== undefined) {
      // A request from the server (configuration, registration, refresh): answer it.
      proc.stdin!.write(raw.frame({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => ({})) : null }));
    }
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].match(m)) {
        waiters[i].resolve(m);
        waiters.splice(i, 1);
      }
    }
  });
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  proc.stdin!.on('error', () => {});
  let nextId = 1000;
  const raw: RawServer = {
    proc,
    stderr: () => err,
    received,
    write: (bytes) => { proc.stdin!.write(bytes); },
    frame: (value) => {
      const body = Buffer.from(JSON.stringify(value), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
    },
    response: (id) => {
      const found = received.find((m) => m && m.id === id && !m.method);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match: (m) => m && m.id === id && !m.method, resolve }));
    },
    request: (method, params) => {
      const id = nextId++;
      const p = raw.response(id);
      raw.write(raw.frame({ jsonrpc: '2.0', id, method, params }));
      return p;
    },
    notify: (method, params) => raw.write(raw.frame({ jsonrpc: '2.0', method, params })),
    exit,
    async initialize() {
      const r = await raw.request('initialize', { processId: process.pid, rootUri: null, capabilities: FULL_CAPS });
      raw.notify('initialized', {});
      return r;
    },
    kill: () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill();
    },
  };
  return raw;
}
