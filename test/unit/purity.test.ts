// Architecture invariant: everything under server/src/core is pure. No editor API, no LSP library, no
// file system, no processes, no network. Only the adapter (server/src/server.ts, server/src/lsp) may.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { filesUnder } from '../support/files';

const CORE = path.resolve(__dirname, '..', '..', 'server', 'src', 'core');

const BANNED: RegExp[] = [
  /^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^vscode-jsonrpc/,
  /^fs$/, /^fs\//, /^path$/, /^path\//, /^node:/, /^child_process$/, /^https?$/, /^net$/, /^os$/, /^worker_threads$/,
];

/** Module specifiers of static imports, re-exports, `import x = require()`, `require()` and `import()`. */
export function specifiers(source: string): string[] {
  const src = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(src))) out.push(m[1]);
  }
  return out;
}

describe('purity of server/src/core', () => {
  const files = filesUnder(CORE);

  it('finds the core sources', () => {
    assert.ok(files.length >= 10, `only ${files.length} files under ${CORE}`);
    assert.ok(files.some((f) => f.endsWith(path.join('features', 'navigation.ts'))));
  });

  it('the import scanner sees every import form', () => {
    const s = specifiers(`import * as fs from 'fs';\nimport { x } from "node:path";\nimport 'http';\nexport { y } from 'net';\n`
      + `const c = require('child_process');\nconst d = await import('https');\nimport type { Z } from 'vscode-languageserver/node';\n// import 'vscode';`);
    assert.deepEqual(s.sort(), ['child_process', 'fs', 'http', 'https', 'net', 'node:path', 'vscode-languageserver/node'].sort());
  });

  for (const f of filesUnder(CORE)) {
    const rel = path.relative(CORE, f);
    it(`${rel} imports nothing impure`, () => {
      const bad = specifiers(readFileSync(f, 'utf8')).filter((s) => BANNED.some((re) => re.test(s)));
      assert.deepEqual(bad, [], `${rel} imports ${bad.join(', ')}`);
    });
  }
});
