// dist/server-boot.js: how VS Code's client starts the language server (client/src/node.ts). It runs
// dist/server.js — the same bundle, unchanged — with V8's code cache kept in a folder the client names
// (`--code-cache=DIR`: the extension's global storage). Every start after the first then skips compiling
// the bundle and the functions the first analysis needs (issue 15: spawn → first diagnostics).
// Without `--code-cache` it is a plain require of dist/server.js, as every other LSP client runs it.
//
// The cache is only an accelerator; nothing else is written. It must never change what runs:
// - its file is named by a hash of dist/server.js, the Node version and the architecture, and carries
//   that hash again with a hash of its payload; V8 itself checks only the source's length and its own
//   version and flags (a same-length stale cache is accepted, and a damaged one crashes the process), so
//   a file whose hashes do not match is never handed to V8;
// - V8 rejects a cache made by another V8 or under other flags (`cachedDataRejected`): the bundle is
//   compiled as usual and the cache written again;
// - the cache is written once, after the first analysis (the server calls the hook below) or at exit,
//   to a temporary file renamed into place (two servers starting together do not see half a file);
//   older caches of other bundles in the folder are removed then. Any I/O error leaves it unwritten.
// This is the only place that compiles code through `vm`, and only the bundled dist/server.js beside it
// (test/unit/security.test.ts holds it to that).

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { limitHeapGrowth } from './lsp/memory';

const MAIN = path.join(__dirname, 'server.js');
const MAGIC = Buffer.from('ATAZAN-V8-CACHE\n', 'latin1');
const HASH = 'sha1';
const HASH_BYTES = 20;

/** The hook dist/server.js calls (host/node.ts `codeCacheReady`) once its first analysis is done. */
export const SAVE_HOOK = Symbol.for('atazan.codeCache.save');

const arg = process.argv.find((a) => a.startsWith('--code-cache='));
const dir = arg ? arg.slice('--code-cache='.length) : '';
if (!dir) require(MAIN);
else startCached(dir);

function startCached(folder: string): void {
  // V8 accepts a cache only under the flags it was made with: the server sets this one first thing
  // (lsp/memory.ts), so it is set before compiling too. (The young generation's cap, set later, is
  // undone around the cache's creation: see save.)
  limitHeapGrowth();
  // The bundle's bytes are hashed as read (hashing the decoded string would encode its 0.7 MB again).
  const bytes = fs.readFileSync(MAIN);
  const key = crypto.createHash(HASH).update(bytes).update(`\n${process.version}\n${process.arch}`).digest();
  const source = bytes.toString('utf8');
  const file = path.join(folder, `server-${key.toString('hex').slice(0, 16)}.cache`);
  const cachedData = readCache(file, key);
  const script = new vm.Script(Module.wrap(source), { filename: MAIN, cachedData });
  const accepted = !!cachedData && !script.cachedDataRejected;
  if (!accepted) {
    let saved = false;
    const save = (youngCapped: boolean) => {
      if (saved) return;
      saved = true;
      writeCache(folder, file, key, () => {
        // The flags V8 checks include the semi-space growth factor lsp/memory.ts caps after the first
        // analysis: the cache is made under the default (what a new process compiles with), then the cap
        // is set again.
        v8.setFlagsFromString('--semi-space-growth-factor=2');
        try {
          return script.createCachedData();
        } finally {
          if (youngCapped) v8.setFlagsFromString('--semi-space-growth-factor=1');
        }
      });
    };
    (globalThis as Record<symbol, unknown>)[SAVE_HOOK] = save;
    process.once('exit', () => save(false));
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const main = new Module(MAIN, module);
  main.filename = MAIN;
  main.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
  wrapper.call(main.exports, main.exports, Module.createRequire(MAIN), main, MAIN, __dirname);
  main.loaded = true;
}

/** The cache's payload, or undefined when the file is missing or is not a cache of this bundle intact. */
function readCache(file: string, key: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const head = MAGIC.length + 2 * HASH_BYTES;
  if (data.length <= head || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (!data.subarray(MAGIC.length, MAGIC.length + HASH_BYTES).equals(key)) return undefined;
  const payload = data.subarray(head);
  const sum = crypto.createHash(HASH).update(payload).digest();
  return sum.equals(data.subarray(MAGIC.length + HASH_BYTES, head)) ? payload : undefined;
}

function writeCache(folder: string, file: string, key: Buffer, make: () => Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const payload = make();
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, key, crypto.createHash(HASH).update(payload).digest(), payload]));
    fs.renameSync(tmp, file);
    // Caches of other bundles (an earlier version of the extension, another Node).
    for (const f of fs.readdirSync(folder)) {
      if (/^server-[0-9a-f]{16}\.cache$/.test(f) && path.join(folder, f) !== file) fs.rmSync(path.join(folder, f), { force: true });
    }
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more to do: the cache is an accelerator only
    }
  }
}
