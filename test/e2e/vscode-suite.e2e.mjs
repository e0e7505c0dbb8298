#!/usr/bin/env node
// Runs the @vscode/test-electron Mocha suite (test/vscode-electron/suite) inside code-server's remote
// extension host instead of a downloaded VS Code: the web workbench is opened with a `payload` that
// names the extension under development (this repository) and the tests (extensionTestsPath), as
// VS Code's own "Extension Development Host" window does. The extension host's console output comes
// to the page console, where this script reads Mocha's report and its closing line.
//
//   npm run build && npx tsc -p test/vscode-electron && node --import tsx test/e2e/vscode-suite.e2e.mjs
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, launchChromium, waitFor } from './lib.mjs';
import { stopWorkbench, watchCodeServer } from './workbench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E_HOME = process.env.ATAZAN_E2E_HOME || join(homedir(), '.cache', 'atazan-e2e');
const CS_BIN = join(E2E_HOME, 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results', 'e2e');
const T0 = Date.now();
const log = (m) => console.log(`[vscode-suite +${((Date.now() - T0) / 1000).toFixed(1)}s] ${m}`);

/** console.log-style formatting of %s %d %i %f %o %O %c (css is dropped). */
function printf(args) {
  const out = [];
  let rest = args;
  while (rest.length) {
    const [first, ...tail] = rest;
    if (typeof first !== 'string' || !/%[sdifoOc%]/.test(first)) {
      out.push(typeof first === 'string' ? first : JSON.stringify(first));
      rest = tail;
      continue;
    }
    let i = 0;
    const s = first.replace(/%([sdifoOc%])/g, (_, k) => {
      if (k === '%') return '%';
      const v = tail[i++];
      if (k === 'c') return '';
      return typeof v === 'string' ? v : JSON.stringify(v);
    });
    out.push(s);
    rest = tail.slice(i);
  }
  return out.join(' ');
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  if (!existsSync(CS_BIN)) execFileSync('bash', [join(ROOT, 'scripts', 'e2e', 'setup.sh')], { stdio: 'inherit' });
  if (process.env.ATAZAN_E2E_SKIP_BUILD !== '1') {
    log('building the extension and compiling the suite');
    execFileSync('node', ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'test/vscode-electron'], { cwd: ROOT, stdio: 'inherit' });
  }
  const suiteIndex = join(ROOT, 'out', 'test', 'vscode-electron', 'suite', 'index.js');
  if (!existsSync(suiteIndex)) throw new Error(`${suiteIndex} missing`);

  const tmp = mkdtempSync(join(tmpdir(), 'atazan-suite-'));
  const userData = join(tmp, 'user-data');
  const ws = join(tmp, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(ws);
  copyFileSync(join(ROOT, 'examples', 'draft-2026-ru.const.txt'), join(ws, 'draft-2026-ru.const.txt'));
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'git.enabled': false,
  }));

  const port = await freePort();
  const logStream = createWriteStream(join(RESULTS, 'vscode-suite-code-server.log'));
  const cs = spawn(CS_BIN, [
    '--user-data-dir', userData, '--extensions-dir', join(tmp, 'extensions'),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ws,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  cs.stdout.pipe(logStream);
  cs.stderr.pipe(logStream);
  const server = watchCodeServer(cs, logStream);

  let browser;
  let summary = null;
  const lines = [];
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok, { timeout: 60000, what: 'code-server' });
    const remote = `vscode-remote://127.0.0.1:${port}`;
    const payload = [
      ['extensionDevelopmentPath', `${remote}${ROOT}`],
      ['extensionTestsPath', `${remote}${suiteIndex.replace(/\.js$/, '')}`],
    ];
    const url = `${base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await launchChromium(CHROMIUM);
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on('console', async (m) => {
      // Workbench log calls are printf-style ("%c INFO", css, "%s%s", ...): format them like a console.
      const args = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '')));
      const text = args.length ? printf(args) : m.text();
      for (const raw of text.split('\n')) {
        // Extension-host console output is forwarded with a "[Extension Host]" prefix and %c styling.
        const line = raw.replace(/^\s*(INFO|  ERR|WARN)\s?/, '').replace(/^\s*\[Extension Host\]\s?/, '');
        lines.push(line);
        if (/vscode-suite: \d+ passed, \d+ failed/.test(line)) summary = line.match(/vscode-suite: \d+ passed, \d+ failed/)[0];
      }
    });
    await page.goto(url);
    log(`opened ${base} with the suite as extensionTestsPath`);
    await waitFor(() => summary, { timeout: 240000, interval: 500, what: 'the Mocha summary from the extension host' });
    await page.screenshot({ path: join(RESULTS, 'vscode-suite.png') }).catch(() => {});
  } finally {
    writeFileSync(join(RESULTS, 'vscode-suite-console.txt'), lines.join('\n'));
    await stopWorkbench(server, { browser, tmp, log });
  }
  // Mocha's spec report, as the extension host printed it.
  const from = lines.findIndex((l) => /Ata Zan extension/.test(l));
  console.log(lines.slice(Math.max(0, from)).filter((l) => l.trim() && !/^vscode-suite:/.test(l)).join('\n'));
  return summary;
}

let code = 1;
try {
  const summary = await main();
  console.log(summary);
  code = /, 0 failed$/.test(summary) && !/^vscode-suite: 0 passed/.test(summary) ? 0 : 1;
} catch (err) {
  console.log(`[vscode-suite] ${err.stack ?? err}`);
  console.log('vscode-suite: 0 passed, 1 failed');
}
log(`finished in ${((Date.now() - T0) / 1000).toFixed(1)} s`);
process.exit(code);
