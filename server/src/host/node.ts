// What the language server takes from its platform, in Node (dist/server.js): the connection over
// --stdio / --node-ipc / --socket, the process's error events, V8's memory limits, drafts on disk, and
// the prior constitutions read from data/priors. The web build (dist/web/server.js) replaces this module
// with host/web.ts (esbuild.mjs), which exports the same names without any Node API.

import { inspect } from 'node:util';
import {
  createConnection, ProposedFeatures, IPCMessageReader, IPCMessageWriter, StreamMessageWriter, type Connection,
} from 'vscode-languageserver/node';
import { GatedReader, LifecycleGate, replyWith, ResyncingStreamReader } from '../lsp/transport';
import { WorkspaceDrafts } from '../lsp/workspace';
import { PriorLoader } from '../prior-loader';
import type { PriorSource } from '../prior-source';
import type { DiskDrafts } from '../lsp/context';

import { youngGenerationCapped } from '../lsp/memory';

export { limitHeapGrowth, limitYoungGeneration } from '../lsp/memory';
export { billTableDocx, parallelDocx, tableDocx } from '../table/docx-lazy';

export const platform = 'node';

/**
 * Over --stdio the server reads frames itself (lsp/transport.ts: it resynchronises after a malformed frame
 * instead of going deaf); over --stdio and --node-ipc every message passes the LSP lifecycle gate.
 * --socket and --pipe are left to vscode-languageserver.
 */
export function connect(): Connection {
  const argv = process.argv.slice(2);
  if (argv.includes('--stdio')) {
    // What vscode-languageserver does for its own stdio: nothing but frames on stdout.
    const toStderr = (...args: unknown[]) => process.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ')}\n`);
    console.log = toStderr;
    console.info = toStderr;
    console.debug = toStderr;
    console.warn = toStderr;
    const writer = new StreamMessageWriter(process.stdout);
    const gate = new LifecycleGate(replyWith(writer));
    const reader = new ResyncingStreamReader(process.stdin, replyWith(writer), (line) => process.stderr.write(`${line}\n`));
    // The end of stdin is the end of the client: exit as vscode-languageserver does for its own streams.
    reader.onClose(() => process.exit(gate.shutdown ? 0 : 1));
    return createConnection(ProposedFeatures.all, new GatedReader(reader, gate), writer);
  }
  if (argv.includes('--node-ipc')) {
    const writer = new IPCMessageWriter(process);
    const gate = new LifecycleGate(replyWith(writer));
    return createConnection(ProposedFeatures.all, new GatedReader(new IPCMessageReader(process), gate), writer);
  }
  return createConnection(ProposedFeatures.all);
}

/** Errors nothing caught: reported, and the server keeps running. */
export function onUncaught(report: (what: 'uncaught exception' | 'unhandled rejection', error: unknown) => void): void {
  process.on('uncaughtException', (e) => report('uncaught exception', e));
  process.on('unhandledRejection', (e) => report('unhandled rejection', e));
}

/** Drafts on disk in the workspace folders (workspace symbols and diagnostics). */
export function createWorkspace(log: (message: string) => void): DiskDrafts {
  return new WorkspaceDrafts(undefined, log);
}

/** The prior constitutions: data/priors, and paths in trusted workspaces. */
export function createPriorSource(): PriorSource {
  return new PriorLoader();
}

/**
 * The first analysis is done: when dist/server-boot.js started this server with a code cache folder
 * (server/src/boot.ts) and had no valid cache, it writes one a little later — once the first requests
 * after opening a document (diagnostics, the prior's check, symbols, tokens, lenses) have compiled
 * their code too, so that the next start finds it compiled. Nothing happens otherwise.
 */
export function codeCacheReady(): void {
  const save = (globalThis as Record<symbol, unknown>)[Symbol.for('atazan.codeCache.save')];
  if (typeof save !== 'function') return;
  setTimeout(() => save(youngGenerationCapped()), CODE_CACHE_DELAY_MS).unref();
}
const CODE_CACHE_DELAY_MS = 2000;
