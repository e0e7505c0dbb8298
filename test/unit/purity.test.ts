// Architecture invariants: everything under server/src/core is pure. No editor API, no LSP library, no
// file system, no processes, no network, and no import that leaves the core. Only the adapter
// (server/src/server.ts, server/src/lsp) may use those, and it reaches the core through its front door
// (server/src/core/index.ts) only.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { filesUnder } from '../support/files';

const SRC = path.resolve(__dirname, '..', '..', 'server', 'src');
const CORE = path.join(SRC, 'core');

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

/** Where a relative specifier of `file` leads (without extension), or null for a package. */
export function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.resolve(path.dirname(file), spec).replace(/\.(ts|js)$/, '').replace(/[\\/]index$/, '');
}

const inside = (dir: string, p: string) => p === dir || p.startsWith(dir + path.sep);

/** The relative imports of `file` that leave `dir`. */
export function leaving(file: string, source: string, dir: string): string[] {
  return specifiers(source).filter((s) => {
    const t = target(file, s);
    return t !== null && !inside(dir, t);
  });
}

/** The protocol (names, params and results of the custom messages), shared with the client: the one other core module the adapter may import. */
const PROTOCOL = path.join(CORE, 'protocol');

/** The imports of `file` that reach into the core past its front door (and the protocol). */
export function pastTheFrontDoor(file: string, source: string): string[] {
  return specifiers(source).filter((s) => {
    const t = target(file, s);
    return t !== null && inside(CORE, t) && t !== CORE && t !== PROTOCOL; // core/index resolves to CORE
  });
}

describe('the core has no way out', () => {
  it('the check sees an import that leaves the core, and lets one that stays pass', () => {
    const f = path.join(CORE, 'features', 'x.ts');
    assert.deepEqual(leaving(f, `import { a } from '../../lsp/context';\nimport { b } from '../analysis';\nimport type { T } from '../../table/docx';`, CORE),
      ['../../lsp/context', '../../table/docx']);
  });

  for (const f of filesUnder(CORE)) {
    const rel = path.relative(CORE, f);
    it(`${rel} imports nothing outside server/src/core`, () => {
      const out = leaving(f, readFileSync(f, 'utf8'), CORE);
      assert.deepEqual(out, [], `${rel} imports ${out.join(', ')}`);
    });
  }
});

describe('the adapter reaches the core through its front door only', () => {
  const adapter = [path.join(SRC, 'server.ts'), ...filesUnder(path.join(SRC, 'lsp'))];

  it('finds the adapter sources', () => {
    assert.ok(adapter.length >= 8, `only ${adapter.length} adapter files`);
  });

  it('the check sees an import past the front door, and lets the front door pass', () => {
    const f = path.join(SRC, 'lsp', 'x.ts');
    assert.deepEqual(pastTheFrontDoor(f, `import { a } from '../core/analysis';\nimport { b } from '../core';\nimport { c } from '../core/index';\nimport { d } from './convert';\n`
      + `import { Requests } from '../core/protocol';\nimport type { Lang } from '../core/types';`),
      ['../core/analysis', '../core/types']);
  });

  for (const f of adapter) {
    const rel = path.relative(SRC, f);
    it(`${rel} imports the core from server/src/core/index.ts (and protocol.ts) only`, () => {
      const out = pastTheFrontDoor(f, readFileSync(f, 'utf8'));
      assert.deepEqual(out, [], `${rel} imports ${out.join(', ')}`);
    });
  }
});
