// Small helpers shared by the end-to-end scripts: a test counter, polling, free ports, process trees,
// the browser, and the workbench sequences the steps repeat. The scripts import test/support/*.ts, so
// they run under tsx: `node --import tsx test/e2e/….e2e.mjs` (the npm scripts do).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';

/** Runs named checks; each failure is recorded, printed, and later turns the exit code non-zero. */
export class Checks {
  constructor(name) {
    this.name = name;
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
  }

  async check(title, fn) {
    const t0 = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`  ok   ${title} (${Date.now() - t0} ms)`);
      return true;
    } catch (err) {
      this.failed++;
      this.failures.push({ title, err });
      console.log(`  FAIL ${title} (${Date.now() - t0} ms)\n       ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n       ')}`);
      return false;
    }
  }

  fail(title, err) {
    this.failed++;
    this.failures.push({ title, err });
    console.log(`  FAIL ${title}\n       ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n       ')}`);
  }

  summary() {
    console.log(`${this.name}: ${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0 && this.passed > 0 ? 0 : 1;
  }
}

/** Polling for what has no event (test/support/wait.ts). */
export { waitFor } from '../support/wait.ts';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** All descendants of `pid` (children first listed after their parent), read from /proc. */
export function descendants(pid) {
  const byParent = new Map();
  let out = '';
  try {
    out = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  for (const line of out.split('\n')) {
    const m = line.trim().match(/^(\d+)\s+(\d+)$/);
    if (!m) continue;
    const [c, p] = [Number(m[1]), Number(m[2])];
    if (!byParent.has(p)) byParent.set(p, []);
    byParent.get(p).push(c);
  }
  const result = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    for (const c of byParent.get(p) ?? []) {
      result.push(c);
      stack.push(c);
    }
  }
  return result;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    // A zombie still answers signal 0: look at its state.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/**
 * Stops a process and everything it started, each by its own pid: SIGTERM, then SIGKILL for what is
 * left after `grace` ms. Processes that re-parented themselves away (daemonised watchers) are found
 * through `extraPids` (pids recorded earlier while they were still children).
 */
export async function killTree(pid, { grace = 3000, extraPids = [] } = {}) {
  const pids = [...new Set([...descendants(pid), ...extraPids, pid])].filter((p) => p > 1 && p !== process.pid);
  for (const p of pids) {
    try {
      process.kill(p, 'SIGTERM');
    } catch {}
  }
  const deadline = Date.now() + grace;
  while (Date.now() < deadline && pids.some(alive)) await new Promise((r) => setTimeout(r, 100));
  const left = pids.filter(alive);
  for (const p of left) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {}
  }
  return { stopped: pids.length, killed: left.length };
}

/** Headless Chromium for the workbench (playwright-core, the system Chromium). */
export async function launchChromium(executablePath) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Runs a command by its palette label (F1, the label, a click on its row once it shows). */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: 10000 });
  } catch (err) {
    await page.keyboard.press('Escape');
    throw new Error(`command palette has no "${label}"`);
  }
  // Click the row that holds the label, not Enter: Enter runs the first row, and the palette puts a
  // recently used command that also matches the words first («Ata Zan: Export Comparative Table…» above
  // «Ata Zan: Comparative Table» once an export has run).
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
  // The pointer would rest where the row was, over the editor tabs, and their hover would cover the top
  // of what the command opened (the table view's Export… link): park it in the empty title bar.
  await page.mouse.move(5, 5);
}

/** Whitespace collapsed, ends trimmed. */
export const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

/**
 * «Ata Zan: Renumber», the `option` row of its quick pick, and the confirmation dialog that follows:
 * resolves with the dialog's locator, its text and its button labels (whitespace collapsed).
 */
export async function openRenumberDialog(page, option = 'Articles only') {
  await runCommand(page, 'Ata Zan: Renumber');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: option }).first();
  await row.waitFor({ state: 'visible', timeout: 10000 });
  await row.click();
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  const detail = norm(await dialog.innerText());
  const buttons = (await dialog.locator('.monaco-button').allInnerTexts()).map(norm).filter(Boolean);
  return { dialog, detail, buttons };
}
