// Bundles the extension client, the language server and the CLI into dist/.
//   node esbuild.mjs               development build (sourcemaps)
//   node esbuild.mjs --production  minified, no sourcemaps
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --bench       only the benchmark (bench/run.ts → dist/bench.js, not shipped)
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
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

/** @type {import('esbuild').BuildOptions[]} */
const entries = bench ? [{ entryPoints: ['bench/run.ts'], outfile: 'dist/bench.js', logLevel: 'warning' }] : [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server and the CLI carry all their dependencies: the .vsix ships no node_modules.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // Loaded by the server and the CLI only when exporting DOCX (server/src/table/docx-lazy.ts).
  { entryPoints: ['server/src/table/docx.ts'], outfile: 'dist/docx.js' },
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
