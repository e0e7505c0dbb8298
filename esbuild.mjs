// Bundles the extension client, the language server and the CLI into dist/.
//   node esbuild.mjs               development build (sourcemaps)
//   node esbuild.mjs --production  minified, no sourcemaps
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --bench       only the benchmark (bench/run.ts → dist/bench.js, not shipped)
// The web build (dist/web/, package.json `browser`): the same client and server for a web extension host,
// the server in a web worker. It may use no Node API: with platform 'browser' esbuild fails on any
// import of a Node builtin (`fs`, `path`, …), and test/unit/web.test.ts scans the bundles as well.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const bench = process.argv.includes('--bench');

/**
 * The DOCX writer is its own bundle (dist/docx.js), loaded on the first DOCX export: the require of
 * './docx' in server/src/table/docx-lazy.ts stays a require of the sibling './docx.js' in every bundle.
 * @type {import('esbuild').Plugin}
 */
const lazyDocx = {
  name: 'lazy-docx',
  setup(build) {
    build.onResolve({ filter: /^\.\/docx$/ }, (args) =>
      /[\\/]table[\\/]docx-lazy\.ts$/.test(args.importer) ? { path: './docx.js', external: true } : undefined);
  },
};

/**
 * Node builtins the LSP libraries require when they are loaded but use only on paths the server takes
 * late or never (vscode-jsonrpc: `crypto` for random ids and pipe names; vscode-languageserver's
 * files.js: `child_process` for a global-module lookup). Loading them costs ≈ 9 and ≈ 4 ms of CPU at
 * every start (issue 15); in the server bundle they are loaded on the first use of one of their
 * properties instead (the libraries only read properties of the required module).
 * @type {import('esbuild').Plugin}
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?(?:crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let m;
const get = () => (m ??= require(${JSON.stringify(args.path)}));
module.exports = new Proxy({}, {
  get: (_, k) => get()[k],
  has: (_, k) => k in get(),
  ownKeys: () => Reflect.ownKeys(get()),
  getOwnPropertyDescriptor: (_, k) => { const d = Object.getOwnPropertyDescriptor(get(), k); return d && { ...d, configurable: true }; },
});
`,
    }));
  },
};

/** The value names server/src imports from `spec` (`import { A, type B, C as D } from 'spec'` → A, C). */
function importedValues(spec) {
  const names = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const src = readFileSync(p, 'utf8');
        // A namespace or default import would read names this module does not export (undefined at run
        // time, no build error): refuse it.
        for (const m of src.matchAll(/^import\s+(?!type\b)(?:\*\s+as\s+\w+|\w+)\s*(?:,[^;]*?)?\bfrom\s*(['"])([^'"]+)\1/gm)) {
          if (m[2] === spec) throw new Error(`${p}: import named values from ${spec} (import { … }), not a namespace or default import`);
        }
        for (const m of src.matchAll(/^import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\2/gm)) {
          if (m[3] !== spec) continue;
          for (const part of m[1].split(',')) {
            const name = part.trim().split(/\s+as\s+/)[0].trim();
            if (name && !name.startsWith('type ')) names.add(name);
          }
        }
      }
    }
  };
  walk(join(root, 'server', 'src'));
  return names;
}

/**
 * vscode-languageserver is CommonJS: for each server module that imports values from it, esbuild's
 * `__toESM` makes a copy of its ≈ 310 exports as getters (nine copies, ≈ 15 ms of CPU at every start,
 * issue 15). In the server bundle the server's imports of `vscode-languageserver` and
 * `vscode-languageserver/node` resolve instead to a module that requires the library once and exports
 * the names server/src imports from it (read from the sources at build time; a name missed there or
 * missing from the library fails the build with esbuild's "No matching export", as a wrong import did).
 * The library itself is bundled unchanged; its exports are constant (classes, functions, enums).
 * @type {import('esbuild').Plugin}
 */
const lspNamedExports = {
  name: 'lsp-named-exports',
  setup(build) {
    const load = createRequire(join(root, 'package.json'));
    build.onResolve({ filter: /^vscode-languageserver(?:\/node)?$/ }, (args) =>
      args.namespace === 'file' && /[\\/]server[\\/]src[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lsp-named' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lsp-named' }, (args) => {
      const names = [...importedValues(args.path)].filter((k) => k in load(args.path));
      return { loader: 'js', resolveDir: root, contents: `const lib = require(${JSON.stringify(args.path)});\nexport const { ${names.join(', ')} } = lib;\n` };
    });
  },
};

/**
 * The web server is server/src/server.ts with its platform module, host/node.ts, replaced by host/web.ts
 * (the same exports over a worker's messages, the bundled texts and no file system).
 * @type {import('esbuild').Plugin}
 */
const webHost = {
  name: 'web-host',
  setup(build) {
    build.onResolve({ filter: /[\\/]host[\\/]node$/ }, (args) =>
      /[\\/]server[\\/]src[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path.replace(/node$/, 'web.ts')) } : undefined);
  },
};

/**
 * The web server carries the bundled acts' texts (no file system in a web worker): `atazan:bundled-texts`
 * is a module whose default export maps each file the registry (server/src/core/acts.ts) lists to its text
 * in data/priors, so adding an act stays one registry entry plus data.
 * @type {import('esbuild').Plugin}
 */
const bundledTexts = {
  name: 'bundled-texts',
  setup(build) {
    build.onResolve({ filter: /^atazan:bundled-texts$/ }, (args) => ({ path: args.path, namespace: 'atazan-texts' }));
    build.onLoad({ filter: /.*/, namespace: 'atazan-texts' }, async () => {
      const registry = join(root, 'server', 'src', 'core', 'acts.ts');
      const { outputFiles } = await esbuild.build({ entryPoints: [registry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
      const { BUNDLED_ACTS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
      const files = [...new Set(BUNDLED_ACTS.flatMap((act) => Object.values(act.files)))];
      const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(root, 'data', 'priors', f), 'utf8')]));
      return { contents: `export default ${JSON.stringify(texts)};`, loader: 'js', watchFiles: [registry, ...files.map((f) => join(root, 'data', 'priors', f))] };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'info',
  absWorkingDir: root,
  define: { 'process.env.ATAZAN_BUILD': JSON.stringify(production ? 'production' : 'development') },
  plugins: [lazyDocx],
};

/**
 * The web bundles: no Node platform. UTF-8 output (workers read their scripts as UTF-8): the bundled
 * Cyrillic texts as \uXXXX escapes would take three times the bytes.
 * @type {import('esbuild').BuildOptions}
 */
const web = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], charset: 'utf8' };

/** @type {import('esbuild').BuildOptions[]} */
const entries = bench ? [{ entryPoints: ['bench/run.ts'], outfile: 'dist/bench.js', logLevel: 'warning' }] : [
  { entryPoints: ['client/src/node.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server and the CLI carry all their dependencies: the .vsix ships no node_modules.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [lazyDocx, lazyBuiltins, lspNamedExports] },
  // How VS Code's client starts dist/server.js: with V8's code cache in the extension's storage (boot.ts).
  { entryPoints: ['server/src/boot.ts'], outfile: 'dist/server-boot.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // Loaded by the server and the CLI only when exporting DOCX (server/src/table/docx-lazy.ts).
  { entryPoints: ['server/src/table/docx.ts'], outfile: 'dist/docx.js' },
  // VS Code for the Web: the client in the web extension host, the server in a web worker it starts.
  { entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/client.js', external: ['vscode'], ...web },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/web/server.js', format: 'iife', ...web, plugins: [webHost, bundledTexts] },
];
// A missing entry point is an error, never a silently smaller build.
const missing = entries.map((e) => join(root, /** @type {string[]} */ (e.entryPoints)[0])).filter((src) => !existsSync(src));
if (missing.length) {
  console.error(`esbuild: missing entry point(s): ${missing.join(', ')}`);
  process.exit(1);
}

if (watch) {
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  const t0 = Date.now();
  if (production && existsSync(join(root, 'dist'))) {
    // No sourcemaps in production: drop the ones a development build left behind.
    for (const f of readdirSync(join(root, 'dist'))) if (f.endsWith('.js.map')) rmSync(join(root, 'dist', f));
  }
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  console.log(`esbuild: built ${entries.length} bundle(s) in ${Date.now() - t0} ms${production ? ' (production)' : ''}`);
}
