// Issue 15 (server start): in dist/server.js the server's modules take vscode-languageserver's values from
// one module per entry point that requires the library once and exports the names they import
// (esbuild.mjs `lspNamedExports`), instead of esbuild's `__toESM` copy of the library's ≈ 310 exports as
// getters for each importing module (nine copies, ≈ 15 ms of CPU at every start). Every other LSP test
// runs this bundle: the answers are the library's.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, ROOT } from '../support/harness';

describe('LSP: the server bundle loads vscode-languageserver without copies of its exports', function () {
  this.timeout(120000);
  before(() => buildOnce());

  it('dist/server.js makes no __toESM copy of a bundled CommonJS module', () => {
    const code = fs.readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8');
    const copies = code.match(/__toESM\(require_[\w$]+\(\)/g) ?? [];
    assert.deepEqual(copies, [], 'each is a copy of the module\'s exports at every start: import such a module through lspNamedExports (esbuild.mjs)');
    // The server's imports still come from the library: the module that re-exports them requires it.
    for (const name of ['TextDocuments', 'createConnection', 'ResponseError']) assert.match(code, new RegExp(`var \\{[^}]*\\b${name}\\b[^}]*\\} = lib\\d*;`), name);
  });
});
