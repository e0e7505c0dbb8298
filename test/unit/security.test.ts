// Security (issue 7): the extension makes no network requests and runs no workspace code.
// Static checks over the sources (client/src, server/src) and the bundles (dist/client.js,
// dist/server.js), and the manifest's untrusted-workspace declaration.
//
// The bundles carry the LSP libraries, which contain transport code we do not use for the network:
// vscode-jsonrpc requires `net` for named-pipe/socket transports; vscode-languageclient requires
// `child_process` to start OUR bundled server (dist/server.js, path fixed by client/src/node.ts);
// vscode-languageserver's files.js requires `child_process` for a global-module lookup we never call.
// Those exact modules are allowed below; any other occurrence fails the test.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
/** How VS Code's client starts the server: dist/server.js compiled with V8's code cache (issue 15). */
const BOOT = path.join('server', 'src', 'boot.ts');

/** Forbidden everywhere (sources and every bundled module). */
const NETWORK_OR_EVAL: [string, RegExp][] = [
  ['http/https/http2/tls/dgram module', /\brequire\(\s*["'](?:node:)?(?:https?|http2|tls|dgram)["']\s*\)|\bfrom\s+["'](?:node:)?(?:https?|http2|tls|dgram)["']/],
  ['vm module', /\brequire\(\s*["'](?:node:)?vm["']\s*\)|\bfrom\s+["'](?:node:)?vm["']|\bvm\.(?:runIn|Script|compileFunction|SourceTextModule)/],
  ['eval(', /(?<![.\w$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['fetch(', /(?<![.\w$])fetch\s*\(/],
  ['XMLHttpRequest / WebSocket', /\b(?:XMLHttpRequest|WebSocket)\b/],
];
/** Forbidden in our sources; in bundles only inside the allowed library modules. */
const PROCESS_OR_SOCKET: [string, RegExp][] = [
  ['child_process', /\brequire\(\s*["'](?:node:)?child_process["']\s*\)|\bfrom\s+["'](?:node:)?child_process["']/],
  ['net', /\brequire\(\s*["'](?:node:)?net["']\s*\)|\bfrom\s+["'](?:node:)?net["']/],
];
const ALLOWED_MODULES: Record<string, string[]> = {
  child_process: [
    'node_modules/vscode-languageclient/lib/node/main.js',
    'node_modules/vscode-languageclient/lib/node/processes.js',
    'node_modules/vscode-languageserver/lib/node/files.js',
  ],
  net: ['node_modules/vscode-jsonrpc/lib/node/main.js'],
};

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (/\.(ts|js|mjs|cjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Drops // and /* *\/ comments (so a comment mentioning eval( does not count) — crude but enough here. */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:"'`\\])\/\/.*$/gm, '$1');
}

/** Splits an unminified esbuild bundle into its modules by esbuild's `// path/to/module.js` markers. */
function modulesOf(bundle: string): { module: string; code: string }[] {
  const out: { module: string; code: string }[] = [];
  const re = /^\s*\/\/ ((?:node_modules|server|client)\/[^\s]+\.(?:js|ts|mjs|cjs|json))\s*$/gm;
  let last = { module: '(bundle prologue)', start: 0 };
  let m: RegExpExecArray | null;
  while ((m = re.exec(bundle))) {
    out.push({ module: last.module, code: bundle.slice(last.start, m.index) });
    last = { module: m[1], start: m.index + m[0].length };
  }
  out.push({ module: last.module, code: bundle.slice(last.start) });
  return out;
}

describe('security: no network, no workspace code', function () {
  this.timeout(60000);

  it('sources (client/src, server/src) use no network, process, socket or eval APIs', () => {
    const files = [...walk(path.join(ROOT, 'client', 'src')), ...walk(path.join(ROOT, 'server', 'src'))];
    assert.ok(files.length > 10, 'sources found');
    const hits: string[] = [];
    for (const f of files) {
      const src = stripComments(fs.readFileSync(f, 'utf8'));
      for (const [name, re] of [...NETWORK_OR_EVAL, ...PROCESS_OR_SOCKET]) {
        // The one exception, checked by the next test: boot.ts compiles the bundled server with V8's code cache.
        if (name === 'vm module' && path.relative(ROOT, f) === BOOT) continue;
        if (re.test(src)) hits.push(`${path.relative(ROOT, f)}: ${name}`);
      }
    }
    assert.deepEqual(hits, []);
  });

  it(`${BOOT} compiles through vm only the bundled dist/server.js beside it, and nothing else`, () => {
    const src = stripComments(fs.readFileSync(path.join(ROOT, BOOT), 'utf8'));
    assert.match(src, /\bconst MAIN = path\.join\(__dirname, 'server\.js'\);/);
    assert.equal((src.match(/\bvm\.\w+/g) ?? []).join(' '), 'vm.Script', 'one use of vm: new vm.Script');
    assert.match(src, /new vm\.Script\(Module\.wrap\(source\), \{ filename: MAIN, cachedData \}\)/);
    assert.match(src, /const bytes = fs\.readFileSync\(MAIN\);/);
    assert.match(src, /const source = bytes\.toString\('utf8'\);/);
    assert.equal((src.match(/\bsource\s*=/g) ?? []).length, 1, 'source is assigned once');
    assert.equal((src.match(/\bbytes\s*=/g) ?? []).length, 1, 'bytes is assigned once');
  });

  it('the client starts only the bundled server (dist/server.js)', () => {
    const src = fs.readFileSync(path.join(ROOT, 'client', 'src', 'node.ts'), 'utf8');
    assert.match(src, /const serverModule = context\.asAbsolutePath\(\s*path\.join\(\s*'dist'\s*,\s*'server\.js'\s*\)\s*\)/);
    // dist/server-boot.js (server/src/boot.ts) runs dist/server.js with a code cache.
    assert.match(src, /const bootModule = context\.asAbsolutePath\(\s*path\.join\(\s*'dist'\s*,\s*'server-boot\.js'\s*\)\s*\)/);
    assert.match(src, /run:\s*\{\s*module:\s*bootModule/, 'the server runs as a Node module (ServerOptions.module), not a command');
  });

  for (const name of ['client', 'server']) {
    it(`dist/${name}.js: no network or eval anywhere; process/socket code only in the allowed LSP library modules`, async () => {
      // An unminified build (module markers intact) of the same entry point, to attribute every hit.
      const esbuild = require('esbuild');
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-sec-')), `${name}.js`);
      await esbuild.build({
        entryPoints: [path.join(ROOT, name, 'src', name === 'client' ? 'node.ts' : 'server.ts')],
        bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile: out, logLevel: 'silent',
        external: name === 'client' ? ['vscode'] : [], absWorkingDir: ROOT,
      });
      const hits: string[] = [];
      for (const { module, code } of modulesOf(fs.readFileSync(out, 'utf8'))) {
        for (const [what, re] of NETWORK_OR_EVAL) if (re.test(code)) hits.push(`${module}: ${what}`);
        for (const [what, re] of PROCESS_OR_SOCKET) {
          if (re.test(code) && !ALLOWED_MODULES[what].includes(module)) hits.push(`${module}: ${what}`);
        }
      }
      assert.deepEqual(hits, []);
      fs.rmSync(path.dirname(out), { recursive: true, force: true });

      // The shipped bundle (dev or production build) too, if present: the network/eval patterns, and
      // no more process/socket requires than the allowed modules account for.
      const dist = path.join(ROOT, 'dist', `${name}.js`);
      if (fs.existsSync(dist)) {
        const code = fs.readFileSync(dist, 'utf8');
        for (const [what, re] of NETWORK_OR_EVAL) assert.doesNotMatch(code, re, `dist/${name}.js: ${what}`);
        const count = (re: RegExp) => (code.match(new RegExp(re.source, 'g')) ?? []).length;
        assert.ok(count(PROCESS_OR_SOCKET[0][1]) <= (name === 'client' ? 2 : 1), `dist/${name}.js: unexpected child_process`);
        assert.ok(count(PROCESS_OR_SOCKET[1][1]) <= 1, `dist/${name}.js: unexpected net`);
      }
    });
  }

  it('dist/docx.js (the DOCX writer, loaded on export): no network, eval, process or socket code', () => {
    const dist = path.join(ROOT, 'dist', 'docx.js');
    if (!fs.existsSync(dist)) return;
    const code = fs.readFileSync(dist, 'utf8');
    for (const [what, re] of [...NETWORK_OR_EVAL, ...PROCESS_OR_SOCKET]) assert.doesNotMatch(code, re, `dist/docx.js: ${what}`);
  });

  it('dist/server-boot.js (starts dist/server.js with its code cache): no network, eval, process or socket code; vm only as boot.ts uses it', () => {
    const dist = path.join(ROOT, 'dist', 'server-boot.js');
    if (!fs.existsSync(dist)) return;
    const code = fs.readFileSync(dist, 'utf8');
    for (const [what, re] of [...NETWORK_OR_EVAL, ...PROCESS_OR_SOCKET]) if (what !== 'vm module') assert.doesNotMatch(code, re, `dist/server-boot.js: ${what}`);
    assert.ok(code.length < 20000, 'a small loader, no bundled library');
  });

  it('package.json declares capabilities.untrustedWorkspaces (and restricts the prior path)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(u, 'capabilities.untrustedWorkspaces');
    assert.ok(u.supported === true || u.supported === 'limited' || u.supported === false);
    if (u.supported === 'limited') {
      assert.ok(Array.isArray(u.restrictedConfigurations) && u.restrictedConfigurations.includes('atazan.prior'));
      assert.equal(typeof u.description, 'string');
    }
  });
});
