// The language server's entry in Node (dist/server.js): it runs the server bundle, dist/server-main.js
// (server/src/server.ts). When the client names a folder for it (ATAZAN_CODE_CACHE: the extension's
// global storage, client/src/node.ts), the bundle is compiled from V8's code cache kept there, and the
// cache is written once (after the first analysis: it then holds the functions that analysis compiled
// too) when there is none or V8 refused it (another Node version, another bundle). Without that
// variable nothing is written anywhere and the bundle is simply required.
//
// V8 refuses a cache made under other flags: the server sets `--heap-growing-percent` at its start
// (lsp/memory.ts), so it is set here before compiling as well, and the cache is made before the server
// changes the young generation's flag (server.ts: writeCodeCache, then limitYoungGeneration).

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import Module = require('node:module');

const CACHE_HOOK = Symbol.for('atazan.writeCodeCache');
const main = path.join(__dirname, 'server-main.js');
const dir = process.env.ATAZAN_CODE_CACHE;

function start(): void {
  let source: string;
  let file: string;
  let script: vm.Script;
  let cachedData: Buffer | undefined;
  try {
    if (!dir || !path.isAbsolute(dir)) throw new Error('no cache folder');
    source = fs.readFileSync(main, 'utf8');
    const st = fs.statSync(main);
    // One file per Node version and bundle: a new version of either never reads an old cache.
    file = path.join(dir, `server-${process.version}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}.v8cache`);
    try {
      cachedData = fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    v8.setFlagsFromString('--heap-growing-percent=100');
    script = new vm.Script(Module.wrap(source), { filename: main, cachedData });
  } catch {
    // No cache folder, or the bundle could not be compiled this way: the usual require.
    require(main);
    return;
  }
  if (!cachedData || script.cachedDataRejected) {
    (globalThis as Record<symbol, unknown>)[CACHE_HOOK] = () => {
      try {
        fs.mkdirSync(dir!, { recursive: true });
        // Older caches of this server (another bundle or Node version) are of no further use.
        for (const f of fs.readdirSync(dir!)) {
          if (/^server-.*\.v8cache$/.test(f) && f !== path.basename(file)) fs.rmSync(path.join(dir!, f), { force: true });
        }
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, file);
      } catch {
        // a cache that cannot be written only costs the next start its compile time
      }
    };
  }
  const m = new Module(main, module);
  m.filename = main;
  m.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(__dirname);
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  wrapper.call(m.exports, m.exports, Module.createRequire(main), m, main, __dirname);
}

start();
