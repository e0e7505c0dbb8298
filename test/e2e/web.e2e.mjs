#!/usr/bin/env node
// End-to-end test of VS Code for the Web: the extension installed web-only into code-server 4.100.3
// (a .vsix whose package.json has `browser` and no `main`, holding only the web bundles), so VS Code runs
// it in the browser's web worker extension host and its language server in a web worker
// (dist/web/server.js). Driven in Debian's Chromium through playwright-core like vscode.e2e.mjs, it
// asserts what a user sees: the problem counts and the Problems panel for seeded defects, the hover on
// a citation, the prior-constitution hover (from the texts bundled in the worker), go to definition.
//
//   npm run e2e          runs vscode.e2e.mjs, which runs this script after its own steps
//   node --import tsx test/e2e/web.e2e.mjs
//
// Env: as vscode.e2e.mjs (ATAZAN_E2E_HOME, CHROMIUM, ATAZAN_E2E_KEEP); ATAZAN_E2E_SKIP_BUILD=1 reuses
// the production bundles in dist/web (vscode.e2e.mjs has just built them).
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Checks, freePort, launchChromium, norm, runCommand, waitFor } from './lib.mjs';
import { lineOf, seedDefects } from '../support/text.ts';
import {
  DRAFT, DEFECTS, draftLines, draftText, REF_TEXT, refLine, refCol, art62, art62End, art62Fragments,
  openFile, hoverText, goToDefinition, stopWorkbench, waitForStatusErrors, watchCodeServer, WORKBENCH_SETTINGS,
} from './workbench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E_HOME = process.env.ATAZAN_E2E_HOME || join(homedir(), '.cache', 'atazan-e2e');
const CS_BIN = join(E2E_HOME, 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results', 'e2e');
const T0 = Date.now();
const checks = new Checks('web-e2e');
const log = (m) => console.log(`[web-e2e +${((Date.now() - T0) / 1000).toFixed(1)}s] ${m}`);

/** What a web-only install ships: the manifest without `main`, the web bundles and the static contributions. */
const WEB_FILES = ['dist/web/client.js', 'dist/web/server.js', 'syntaxes', 'snippets', 'l10n', 'language-configuration.json', 'README.md', 'LICENSE'];

/** Packs the web-only .vsix in `dir` and returns its path. */
function packWebOnly(dir) {
  const ext = join(dir, 'extension');
  mkdirSync(ext, { recursive: true });
  for (const f of WEB_FILES) cpSync(join(ROOT, f), join(ext, f), { recursive: true });
  for (const f of readdirSync(ROOT).filter((n) => /^package\.nls(\.\w+)?\.json$/.test(n))) copyFileSync(join(ROOT, f), join(ext, f));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.ok(pkg.browser, 'package.json has a browser entry');
  delete pkg.main; // web-only: nothing for a Node extension host
  delete pkg.bin;
  delete pkg.scripts;
  delete pkg.devDependencies;
  delete pkg.dependencies;
  writeFileSync(join(ext, 'package.json'), JSON.stringify(pkg, null, 2));
  const vsix = join(dir, 'atazan-web.vsix');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: ext, stdio: ['ignore', 'pipe', 'pipe'] });
  return vsix;
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  if (!existsSync(CS_BIN)) execFileSync('bash', [join(ROOT, 'scripts', 'e2e', 'setup.sh')], { stdio: 'inherit' });
  if (process.env.ATAZAN_E2E_SKIP_BUILD !== '1') {
    log('building the production bundles');
    execFileSync('node', ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: 'ignore' });
  }
  const tmp = mkdtempSync(join(tmpdir(), 'atazan-web-e2e-'));
  const userData = join(tmp, 'user-data');
  const extDir = join(tmp, 'extensions');
  const ws = join(tmp, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(ws);
  copyFileSync(join(ROOT, 'examples', DRAFT), join(ws, DRAFT));
  writeFileSync(join(ws, DEFECTS), seedDefects(draftText));
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(WORKBENCH_SETTINGS, null, 2));

  const vsix = packWebOnly(tmp);
  const csArgs = ['--user-data-dir', userData, '--extensions-dir', extDir];
  const installOut = execFileSync(CS_BIN, [...csArgs, '--install-extension', vsix], { encoding: 'utf8' });
  assert.match(installOut, /successfully installed/i, `install output: ${installOut}`);
  const installed = readdirSync(extDir).find((d) => d.startsWith('atazan.atazan-'));
  const manifest = JSON.parse(readFileSync(join(extDir, installed, 'package.json'), 'utf8'));
  assert.ok(manifest.browser && !manifest.main, 'the installed extension has a browser entry and no main');
  assert.ok(!existsSync(join(extDir, installed, 'dist', 'server.js')), 'no Node server is installed');
  log(`installed ${installed} web-only (browser: ${manifest.browser})`);

  const port = await freePort();
  const logStream = createWriteStream(join(RESULTS, 'web-code-server.log'));
  const cs = spawn(CS_BIN, [
    ...csArgs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ws,
  ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } });
  cs.stdout.pipe(logStream);
  cs.stderr.pipe(logStream);
  const server = watchCodeServer(cs, logStream);

  let browser;
  const consoleLines = [];
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok, { timeout: 60000, what: 'code-server /healthz' });
    browser = await launchChromium(CHROMIUM);
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })).newPage();
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    const step = async (name, title, fn) => {
      const ok = await checks.check(title, fn);
      if (!ok) await page.screenshot({ path: join(RESULTS, `${name}-FAILED.png`) }).catch(() => {});
      return ok;
    };
    await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded', timeout: 120000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
    await page.locator('.explorer-viewlet .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60000 });
    log('workbench loaded');

    await step('web-01-diagnostics', 'web-only: the seeded defects show in the status bar and the Problems panel (article-number-gap, «статьи 620»)', async () => {
      await openFile(page, DEFECTS);
      const c = await waitForStatusErrors(page, 2, { timeout: 90000 });
      log(`with defects: status bar problems ${JSON.stringify(c)}`);
      await runCommand(page, 'View: Focus Problems');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const texts = await waitFor(async () => {
        const all = await rows.allInnerTexts();
        const joined = all.join('\n');
        return /article-number-gap/.test(joined) && /reference-unresolved-article/.test(joined) ? all : null;
      }, { timeout: 30000, what: 'problem rows with codes article-number-gap and reference-unresolved-article' });
      assert.match(texts.find((t) => /reference-unresolved-article/.test(t)), /620/);
      await page.screenshot({ path: join(RESULTS, 'web-01-diagnostics.png') }).catch(() => {});
      await runCommand(page, 'View: Hide Panel').catch(() => page.keyboard.press('Escape'));
    });

    await step('web-02-hover', `web-only: the hover on «${REF_TEXT}» shows the text of article 62`, async () => {
      await openFile(page, DRAFT);
      const text = await hoverText(page, {
        line: refLine, col: refCol, before: 'статьи ', token: '62',
        accept: (t) => art62Fragments.some((f) => norm(t).includes(norm(f))), what: `a hover containing article 62's text`,
      });
      log(`hover: ${norm(text).slice(0, 160)}…`);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
    });

    await step('web-03-prior-hover', 'web-only: the hover on «Статья 62» names its 1995 predecessor (prior texts bundled in the worker)', async () => {
      const heading = lineOf(draftLines, /^Статья 62\s*$/);
      const text = await hoverText(page, {
        line: heading, col: 9, before: 'Статья ', token: '62',
        accept: (t) => /1995/.test(t), what: 'a heading hover naming the 1995 Constitution',
      });
      log(`prior hover: ${norm(text).slice(0, 160)}…`);
      await page.screenshot({ path: join(RESULTS, 'web-03-prior-hover.png') }).catch(() => {});
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
    });

    await step('web-04-definition', `web-only: go to definition (F12) on «${REF_TEXT}» moves the cursor into article 62`, async () => {
      const pos = await goToDefinition(page, refLine, refCol);
      log(`definition: cursor at Ln ${pos.line}, Col ${pos.col}`);
      assert.ok(pos.line >= art62 && pos.line <= art62End, `cursor at line ${pos.line}, expected ${art62}..${art62End}`);
    });

    await step('web-05-table', 'web-only: the comparative table opens, and its Export… link offers the formats the web build writes (no DOCX)', async () => {
      await runCommand(page, 'Ata Zan: Comparative Table');
      const found = await waitFor(async () => {
        for (const f of page.frames()) {
          const r = await f.evaluate(() => {
            const a = [...document.querySelectorAll('a')].find((x) => x.textContent === 'Export…');
            return a ? { title: a.getAttribute('title') ?? '', rows: document.querySelectorAll('table tr').length } : null;
          }).catch(() => null);
          if (r && r.rows > 10) return r;
        }
        return null;
      }, { timeout: 60000, what: 'the comparative table with its Export… link in a webview' });
      log(`web table: ${found.rows} rows, Export… title «${found.title}»`);
      assert.equal(found.title, 'Export as: Markdown, HTML, JSON');
      await page.screenshot({ path: join(RESULTS, 'web-05-table.png') }).catch(() => {});
    });
  } finally {
    writeFileSync(join(RESULTS, 'web-console.txt'), consoleLines.join('\n'));
    await stopWorkbench(server, { browser, tmp, log });
  }
}

let code = 1;
try {
  await main();
} catch (err) {
  checks.fail('web e2e setup', err);
} finally {
  log(`finished in ${((Date.now() - T0) / 1000).toFixed(1)} s`);
  code = checks.summary();
}
process.exit(code);
