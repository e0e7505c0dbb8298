// What the language server takes from its platform, in a web worker (dist/web/server.js, VS Code for the
// Web): esbuild.mjs builds server.ts with this module in place of host/node.ts, so it exports the same
// names (test/unit/web.test.ts checks that) and uses no Node API.
//   - the connection: the worker's messages (BrowserMessageReader/Writer);
//   - drafts on disk: none (no file system; open documents are all the server sees);
//   - prior constitutions: the texts of the bundled acts, carried in this bundle;
//     a prior given as a path is refused with a reason (prior-source.ts noFileSystemReason);
//   - DOCX export: not in the web build (the web client does not offer it).

import {
  BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures, type CancellationToken, type Connection,
} from 'vscode-languageserver/browser';
import type { Analysis, BillTable, Comparison, Lang, ParallelTable } from '../core';
import type { DiskDrafts } from '../lsp/context';
import { BundledTexts, type PriorSource } from '../prior-source';
// The texts of the bundled acts (core/acts.ts), by file name: esbuild.mjs makes this module.
import BUNDLED_TEXTS from 'atazan:bundled-texts';

/** The worker's global scope (the project's type-check has no WebWorker library). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: { error?: unknown; reason?: unknown; message?: string }) => void): void;
}
declare const self: WorkerScope;

export const platform = 'web';

export function connect(): Connection {
  const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
  return createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
}

/** Errors nothing caught: reported, and the server keeps running. */
export function onUncaught(report: (what: 'uncaught exception' | 'unhandled rejection', error: unknown) => void): void {
  self.addEventListener('error', (e) => report('uncaught exception', e.error ?? e.message));
  self.addEventListener('unhandledrejection', (e) => report('unhandled rejection', e.reason));
}

/** V8's heap limits are set by the browser: nothing to do here. */
export function limitHeapGrowth(): void {}
export function limitYoungGeneration(): void {}
/** No code cache in a web worker. */
export function codeCacheReady(): void {}

/** No file system: no drafts on disk; workspace symbols and diagnostics cover the open documents. */
class NoDiskDrafts implements DiskDrafts {
  readonly folderPaths: readonly string[] = [];
  setFolders(): void {}
  invalidate(): void {}
  async listFiles(_token?: CancellationToken): Promise<string[]> {
    return [];
  }
  async analysis(_file: string): Promise<Analysis | null> {
    return null;
  }
  uriOf(file: string): string {
    return file;
  }
}

export function createWorkspace(_log: (message: string) => void): DiskDrafts {
  return new NoDiskDrafts();
}

/** The bundled prior constitutions, from this bundle. */
export function createPriorSource(): PriorSource {
  return new BundledTexts(BUNDLED_TEXTS);
}

/** DOCX needs the writer bundle loaded from the extension's folder: not available in a web worker. */
export async function parallelDocx(_t: ParallelTable, _ui: Lang, _title: string): Promise<never> {
  throw new Error('DOCX export is not available in VS Code for the Web (export Markdown, HTML or JSON)');
}

export async function billTableDocx(_t: BillTable, _title: string): Promise<never> {
  throw new Error('DOCX export is not available in VS Code for the Web (export Markdown, HTML or JSON)');
}

export async function tableDocx(_cmp: Comparison, _lang: Lang): Promise<never> {
  throw new Error('DOCX export is not available in VS Code for the Web (export Markdown, HTML or JSON)');
}
