// The workbench helpers and the draft fixture shared by the end-to-end scripts in code-server
// (vscode.e2e.mjs: the extension as installed from its .vsix; web.e2e.mjs: the web-only install):
// opening files, the command palette, the cursor, the status bar's problem counts, hovers; and stopping
// code-server (vscode-suite.e2e.mjs too).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { descendants, killTree, norm, runCommand, waitFor } from './lib.mjs';
import { lineOf } from '../support/text.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// ------------------------------------------------------------------------------------ fixtures
export const DRAFT = 'draft-2026-ru.const.txt';
export const DEFECTS = 'draft-2026-ru-defects.const.txt';
export const draftText = readFileSync(join(ROOT, 'examples', DRAFT), 'utf8');
export const draftLines = draftText.split(/\r?\n/);

// The reference we hover and follow: the first «статьи 62» in the draft.
export const REF_TEXT = 'статьи 62';
export const refLine = lineOf(draftLines, /статьи 62\b/);
export const refCol = draftLines[refLine - 1].indexOf(REF_TEXT) + 'статьи '.length + 1; // on "62"
export const art62 = lineOf(draftLines, /^Статья 62\s*$/);
export const art62End = lineOf(draftLines, /^(Статья|Раздел|Глава)\s/, art62 + 1) - 1;
/** Fragments of article 62's text a hover on the reference should show (any one is enough). */
export const art62Fragments = draftLines
  .slice(art62, art62End)
  .map((l) => l.replace(/^\d+\.\s*/, '').slice(0, 40).trim())
  .filter((s) => s.length >= 20);

// ------------------------------------------------------------------------------------ workbench
export async function openFile(page, name) {
  const exact = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const activeTab = page.locator(`.tab.active[aria-label^="${name}"]`).first();
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt % 2 === 1) {
        // Double-click its row in the Explorer: opens it pinned, with the focus in the editor.
        await runCommand(page, 'View: Show Explorer').catch(() => {});
        const row = page
          .locator('.explorer-viewlet .monaco-list-row')
          .filter({ has: page.locator('.label-name', { hasText: exact }) })
          .first();
        await row.waitFor({ state: 'visible', timeout: 10000 });
        await row.dblclick();
      } else {
        // Quick Open (Ctrl+P) by name; Enter only once the exact name is the selected row.
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        await input.fill(name);
        await waitFor(async () => exact.test(
          await page.locator('.quick-input-widget .monaco-list-row.focused .label-name').first().innerText().catch(() => '')),
        { timeout: 10000, what: `"${name}" selected in Quick Open` });
        await page.keyboard.press('Enter');
      }
      await activeTab.waitFor({ state: 'visible', timeout: 10000 });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 10000 });
      return;
    } catch (err) {
      await page.keyboard.press('Escape').catch(() => {});
      if (attempt >= 4) throw new Error(`could not open ${name}: ${err.message}`);
      console.log(`[e2e] opening ${name}: attempt ${attempt} failed (${err.message.split('\n')[0]}); retrying`);
    }
  }
}

/**
 * Go to Line (Ctrl+G). Retried: an editor that has just opened may not hold the focus yet, and an Enter
 * pressed before the quick input has read the typed line goes nowhere (seen once in CI: the cursor never
 * reached the line).
 */
export async function gotoLine(page, line, col) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`:${line}:${col}`);
    // The quick input names the line it will go to once it has read the text.
    await waitFor(async () => (await page.locator('.quick-input-widget').first().innerText().catch(() => '')).includes(String(line)),
      { timeout: 5000, what: `Go to Line reading ${line}` }).catch(() => {});
    await page.keyboard.press('Enter');
    try {
      await waitFor(async () => (await cursorPosition(page))?.line === line, { timeout: 10000, what: `cursor on line ${line}` });
      return;
    } catch (err) {
      await page.keyboard.press('Escape').catch(() => {});
      if (attempt >= 3) throw err;
      console.log(`[e2e] go to line ${line}: attempt ${attempt} failed; retrying`);
    }
  }
}

/** The status bar's "Ln X, Col Y". */
export async function cursorPosition(page) {
  const text = await page.locator('[id="status.editor.selection"]').first().innerText({ timeout: 2000 }).catch(() => '');
  const m = text.match(/Ln\s+(\d+),\s*Col\s+(\d+)/);
  return m ? { line: Number(m[1]), col: Number(m[2]) } : null;
}

/** Error and warning counts of the status bar's problems item. */
export async function problemCounts(page) {
  const item = page.locator('[id="status.problems"]').first();
  const label = (await item.getAttribute('aria-label', { timeout: 2000 }).catch(() => null)) ?? '';
  const text = (await item.innerText({ timeout: 2000 }).catch(() => '')) ?? '';
  // aria-label like "Errors: 2, Warnings: 5" (wording varies between versions); else the visible "2 5".
  const e = label.match(/(\d+)\s*error|error[^\d]*(\d+)/i);
  const w = label.match(/(\d+)\s*warning|warning[^\d]*(\d+)/i);
  if (e || w) {
    return { errors: Number(e?.[1] ?? e?.[2] ?? 0), warnings: Number(w?.[1] ?? w?.[2] ?? 0), label, text };
  }
  const nums = text.match(/\d+/g)?.map(Number) ?? [];
  if (nums.length >= 2) return { errors: nums[0], warnings: nums[1], label, text };
  return null;
}

/** Waits until the status bar's problems item counts at least `errors` errors; returns the counts. */
export async function waitForStatusErrors(page, errors, { timeout = 45000, what = '' } = {}) {
  return waitFor(async () => {
    const n = await problemCounts(page);
    return n && n.errors >= errors ? n : null;
  }, { timeout, what: `status bar errors >= ${errors}${what ? ` (${what})` : ''}` });
}

/** Text of the hover widgets currently shown (hidden, stale hover DOM is ignored). */
export async function visibleHoverText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.monaco-hover-content')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => el.innerText)
      .join('\n'),
  );
}

/**
 * Screen box of `token` in the first rendered editor line that contains `before + token` (every
 * «статьи 62» in the draft cites the same article, so any rendered one will do).
 */
export async function tokenBox(page, before, token) {
  return page.evaluate(
    ({ before, token }) => {
      for (const el of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        const text = (el.textContent ?? '').replace(/\u00a0/g, ' ');
        const m = new RegExp(before + token + '(?![0-9])').exec(text);
        if (!m) continue;
        const start = m.index + before.length;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent.length;
          if (start < offset + len) {
            const r = document.createRange();
            r.setStart(n, start - offset);
            r.setEnd(n, Math.min(len, start - offset + token.length));
            const b = r.getBoundingClientRect();
            if (b.width === 0 || b.y < 0 || b.y > window.innerHeight) break;
            return { x: b.x, y: b.y, width: b.width, height: b.height };
          }
          offset += len;
        }
      }
      return null;
    },
    { before, token },
  );
}

/**
 * Hovers `token` (after `before`) on `line` as a user would, the mouse re-aimed on every poll in case the
 * editor was still scrolling; every fourth poll without a hover, asks by keyboard (Ctrl+K Ctrl+I) at
 * `col`. Returns the hover's text once `accept(text)` is true.
 */
export async function hoverText(page, { line, col, before, token, accept, what }) {
  await gotoLine(page, line, col);
  let attempt = 0;
  return waitFor(async () => {
    const t = await visibleHoverText(page);
    if (t && accept(t)) return t;
    attempt++;
    const box = await tokenBox(page, before, token);
    if (box && attempt % 4 !== 0) {
      await page.mouse.move(box.x + box.width / 2 + (attempt % 2), box.y + box.height / 2);
    } else {
      await gotoLine(page, line, col);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    return null;
  }, { timeout: 30000, interval: 700, what });
}

/** Go to Definition (F12) at `line`:`col`; the cursor's position once it has left that line. */
export async function goToDefinition(page, line, col) {
  await gotoLine(page, line, col);
  await page.keyboard.press('F12');
  return waitFor(async () => {
    const p = await cursorPosition(page);
    return p && p.line !== line ? p : null;
  }, { timeout: 20000, what: 'the cursor to leave the reference line' });
}

/** User settings of the throw-away profiles: a quiet workbench, no trust prompt, no updates. */
export const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.hover.delay': 300,
  'outline.collapseItems': 'alwaysExpand',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'workbench.editor.enablePreview': false,
};

// ------------------------------------------------------------------------------------ code-server

/**
 * Remembers every process the spawned code-server `cs` starts while it runs (its file watchers may
 * re-parent themselves and outlive it), so that stopWorkbench stops them too. `logStream` is its log.
 */
export function watchCodeServer(cs, logStream) {
  const seen = new Set();
  const poll = setInterval(() => descendants(cs.pid).forEach((p) => seen.add(p)), 1000);
  poll.unref();
  return { pid: cs.pid, seen, poll, logStream, stopped: false };
}

/**
 * The teardown of a code-server run: closes the browser, stops code-server and every process it
 * started, ends its log, and removes the temp folder `tmp` (kept with ATAZAN_E2E_KEEP=1). Runs once
 * (a later call, e.g. from a hard timeout, does nothing).
 */
export async function stopWorkbench(server, { browser, tmp, log }) {
  await browser?.close().catch(() => {});
  if (!server || server.stopped) return;
  server.stopped = true;
  clearInterval(server.poll);
  const r = await killTree(server.pid, { extraPids: [...server.seen] });
  log(`stopped code-server (pid ${server.pid}): ${r.stopped} process(es), ${r.killed} needed SIGKILL`);
  server.logStream?.end();
  if (!tmp) return;
  if (process.env.ATAZAN_E2E_KEEP === '1') log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
