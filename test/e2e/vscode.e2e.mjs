#!/usr/bin/env node
// End-to-end test in a real VS Code: code-server 4.100.3 (VS Code 1.100 server + web workbench)
// driven by Debian's Chromium through playwright-core. Packages the extension as a .vsix, installs it
// into a throw-away --extensions-dir, opens the example draft and a copy with seeded defects, and
// asserts what a user sees: status-bar problem counts, a message in the Problems panel, the hover
// on a reference, go-to-definition, and the Outline view.
//
//   npm run e2e:setup   # once per machine (installs chromium, code-server, ...)
//   npm run e2e         # this script
//
// Env: ATAZAN_E2E_HOME (code-server cache, default ~/.cache/atazan-e2e), ATAZAN_E2E_SKIP_PACKAGE=1
// (reuse dist/atazan.vsix), ATAZAN_E2E_KEEP=1 (keep the temp folder), CHROMIUM (browser binary),
// ATAZAN_E2E_SUITE=0 (skip the extension-host Mocha suite), ATAZAN_E2E_UPDATE_SCREENSHOT=1 (refresh
// docs/screenshot-hover.png).
import assert from 'node:assert/strict';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Checks, freePort, launchChromium, norm, openRenumberDialog, runCommand, waitFor } from './lib.mjs';
import { lineOf, seedDefects } from '../support/text.ts';
import {
  DRAFT, DEFECTS, draftText, draftLines, REF_TEXT, refLine, refCol, art62, art62End, art62Fragments,
  openFile, gotoLine, cursorPosition, problemCounts, visibleHoverText, tokenBox, hoverText, goToDefinition, WORKBENCH_SETTINGS,
  stopWorkbench, waitForStatusErrors, watchCodeServer,
} from './workbench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CS_VERSION = '4.100.3';
const E2E_HOME = process.env.ATAZAN_E2E_HOME || join(homedir(), '.cache', 'atazan-e2e');
const CS_BIN = join(E2E_HOME, `code-server-${CS_VERSION}`, 'node_modules', '.bin', 'code-server');
const RESULTS = join(ROOT, 'test-results', 'e2e');
const VSIX = join(ROOT, 'dist', 'atazan.vsix');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const T0 = Date.now();
const checks = new Checks('e2e');

function log(msg) {
  console.log(`[e2e +${((Date.now() - T0) / 1000).toFixed(1)}s] ${msg}`);
}

// ------------------------------------------------------------------------------------ processes
/** code-server while it runs (watchCodeServer), for stopWorkbench: at the end, on a set-up error or the hard timeout. */
let server = null;

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
}

// ------------------------------------------------------------------------------------ workbench helpers
async function shot(page, name) {
  const file = join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
  return file;
}


// ------------------------------------------------------------------------------------ main
async function main() {
  mkdirSync(RESULTS, { recursive: true });

  // 1. code-server
  if (!existsSync(CS_BIN)) {
    log(`code-server not found at ${CS_BIN}: running scripts/e2e/setup.sh`);
    execFileSync('bash', [join(ROOT, 'scripts', 'e2e', 'setup.sh')], { stdio: 'inherit' });
  }
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (run npm run e2e:setup)`);

  // 2. the extension package
  if (process.env.ATAZAN_E2E_SKIP_PACKAGE !== '1' || !existsSync(VSIX)) {
    log('packaging the extension (npm run package)');
    run('npm', ['run', '--silent', 'package'], { cwd: ROOT });
  }
  assert.ok(existsSync(VSIX), 'dist/atazan.vsix was built');

  // 3. a throw-away profile, extensions dir and workspace
  const tmp = mkdtempSync(join(tmpdir(), 'atazan-e2e-'));
  const userData = join(tmp, 'user-data');
  const extDir = join(tmp, 'extensions');
  const ws = join(tmp, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(ws, { recursive: true });
  copyFileSync(join(ROOT, 'examples', DRAFT), join(ws, DRAFT));
  writeFileSync(join(ws, DEFECTS), seedDefects(draftText));
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(WORKBENCH_SETTINGS, null, 2));

  const csArgs = ['--user-data-dir', userData, '--extensions-dir', extDir];
  log('installing the .vsix into a temp extensions dir');
  const installOut = run(CS_BIN, [...csArgs, '--install-extension', VSIX]);
  assert.match(installOut, /successfully installed/i, `install output: ${installOut}`);

  const port = await freePort();
  const csLog = join(RESULTS, 'code-server.log');
  const logStream = createWriteStream(csLog);
  const cs = spawn(
    CS_BIN,
    [
      ...csArgs,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ws,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } },
  );
  cs.stdout.pipe(logStream);
  cs.stderr.pipe(logStream);
  server = watchCodeServer(cs, logStream);

  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok, { timeout: 60000, what: 'code-server /healthz' });
  log(`code-server up on ${base} (log: ${csLog})`);

  // 4. the browser
  const browser = await launchChromium(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

  // ATAZAN_E2E_ONLY=16-2,16-3 runs only the steps whose names start with one of these prefixes
  // (plus 02-draft, which opens the draft the others use); for a quick run while developing a step.
  const only = (process.env.ATAZAN_E2E_ONLY || '').split(',').map((x) => x.trim()).filter(Boolean);
  const step = async (name, title, fn) => {
    if (only.length && name !== '02-draft' && !only.some((p) => name.startsWith(p))) { log(`skipped ${name} (ATAZAN_E2E_ONLY)`); return true; }
    const ok = await checks.check(title, fn);
    if (!ok) await shot(page, `${name}-FAILED`);
    return ok;
  };

  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded', timeout: 120000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
    await page.locator('.explorer-viewlet .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60000 });
    log('workbench loaded');
    await shot(page, '01-workbench');

    // ---- issue 16.10: a draft saved as draft.txt opens as Plain Text; first thing, so that it is what
    // activates the extension (onLanguage:plaintext), as for a user who opens such a file first.
    await step('16-10-detect', 'draft.txt («ПРОЕКТ», articles) opens as Plain Text and the extension offers to switch it to Constitution Draft', async () => {
      writeFileSync(join(ws, 'draft.txt'), draftText);
      await openFile(page, 'draft.txt');
      const mode = page.locator('[id="status.editor.mode"]').first();
      log(`draft.txt opens as «${norm(await mode.innerText().catch(() => ''))}»`);
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'looks like a constitutional draft' }).first();
      await toast.waitFor({ state: 'visible', timeout: 60000 });
      const buttons = (await toast.locator('.monaco-button').allInnerTexts()).map(norm);
      log(`offer: «${norm(await toast.locator('.notification-list-item-message').first().innerText())}» [${buttons.join(' | ')}]`);
      await shot(page, '16-10-detect-offer');
      assert.deepEqual(buttons, ['Switch', 'Not Now', "Don't Ask for This File"]);
      await toast.locator('.monaco-button', { hasText: 'Switch' }).first().click();
      await waitFor(async () => /constitution/i.test(await mode.innerText().catch(() => '')),
        { timeout: 20000, what: 'language mode "Constitution Draft" for draft.txt' });
      log(`after Switch: «${norm(await mode.innerText())}»`);
    });

    // ---- the drafts: the example has no problems, the copy with seeded defects has them
    await step('02-draft', 'opening the example draft activates the extension (language mode, status-bar problems item)', async () => {
      await openFile(page, DRAFT);
      // The language mode in the status bar says the file is a constitution draft.
      await waitFor(async () => /constitution/i.test(await page.locator('[id="status.editor.mode"]').first().innerText().catch(() => '')),
        { timeout: 20000, what: 'language mode "Constitution Draft" in the status bar' });
      const c = await waitFor(() => problemCounts(page), { timeout: 20000, what: 'the problems item in the status bar' });
      log(`example draft open: status bar problems ${JSON.stringify(c)}`);
    });

    await step('03-defects', 'seeded defects show in the status-bar problem count (errors >= 2)', async () => {
      await openFile(page, DEFECTS);
      const c = await waitForStatusErrors(page, 2);
      log(`with defects: status bar problems ${JSON.stringify(c)}`);
    });

    await step('04-problems', 'Problems panel lists the seeded article-number-gap and the unresolved «статьи 620», and nothing for the example', async () => {
      await runCommand(page, 'View: Focus Problems');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 15000 });
      const rows = page.locator('.markers-panel .monaco-list-row');
      const texts = await waitFor(async () => {
        const all = await rows.allInnerTexts();
        const joined = all.join('\n');
        return /article-number-gap/.test(joined) && /reference-unresolved-article/.test(joined) ? all : null;
      }, { timeout: 30000, what: 'problem rows with codes article-number-gap and reference-unresolved-article' });
      const gap = texts.find((t) => /article-number-gap/.test(t));
      const unresolved = texts.find((t) => /reference-unresolved-article/.test(t));
      log(`problems: «${norm(gap)}» / «${norm(unresolved)}»`);
      assert.match(unresolved, /620/, 'the unresolved-reference message names article 620');
      // File rows of the Problems tree: only the defective copy has problems.
      const fileRows = (await page.locator('.markers-panel .monaco-list-row .file-icon, .markers-panel .monaco-list-row .label-name').allInnerTexts())
        .map(norm).filter(Boolean);
      assert.ok(!fileRows.some((t) => t === DRAFT || t.startsWith(DRAFT + ' ')), `the example draft has no problems (file rows: ${fileRows.join(', ')})`);
      await shot(page, '04-problems');
      await runCommand(page, 'View: Hide Panel').catch(() => page.keyboard.press('Escape'));
    });

    // ---- hover and definition on «статьи 62» in the clean draft
    await step('05-hover', `hover on «${REF_TEXT}» (line ${refLine}) shows the text of article 62`, async () => {
      await openFile(page, DRAFT);
      const text = await hoverText(page, {
        line: refLine, col: refCol, before: 'статьи ', token: '62',
        accept: (t) => art62Fragments.some((f) => norm(t).includes(norm(f))), what: `a hover containing article 62's text`,
      });
      log(`hover: ${norm(text).slice(0, 160)}…`);
      const file = await shot(page, '05-hover');
      // The README's screenshot: written when missing, or refreshed on request.
      const docShot = join(ROOT, 'docs', 'screenshot-hover.png');
      if (!existsSync(docShot) || process.env.ATAZAN_E2E_UPDATE_SCREENSHOT === '1') {
        mkdirSync(join(ROOT, 'docs'), { recursive: true });
        copyFileSync(file, docShot);
      }
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
    });

    await step('06-definition', `go to definition (F12) on «${REF_TEXT}» moves the cursor into article 62 (lines ${art62}–${art62End})`, async () => {
      const pos = await goToDefinition(page, refLine, refCol);
      log(`definition: cursor at Ln ${pos.line}, Col ${pos.col}`);
      await shot(page, '06-definition');
      assert.ok(pos.line >= art62 && pos.line <= art62End, `cursor at line ${pos.line}, expected ${art62}..${art62End}`);
    });

    await step('06b-codelens', 'the code lens «cited by N» on «Статья 62» opens the references peek with its citations', async () => {
      await openFile(page, DRAFT);
      const heading = lineOf(draftLines, /^Статья 62\s*$/);
      await gotoLine(page, heading, 1);
      const lens = await waitFor(async () => {
        const l = page.locator('.codelens-decoration a').filter({ hasText: /ссылк|cited|reference|сілтеме/ });
        const n = await l.count();
        for (let i = 0; i < n; i++) {
          const t = norm(await l.nth(i).innerText());
          if (/3/.test(t)) return l.nth(i);
        }
        return null;
      }, { timeout: 30000, interval: 700, what: 'a code lens with 3 citations above «Статья 62»' });
      log(`code lens: ${norm(await lens.innerText())}`);
      await lens.click();
      const peek = page.locator('.peekview-widget').first();
      await peek.waitFor({ state: 'visible', timeout: 20000 });
      const title = await waitFor(async () => {
        const t = norm(await peek.innerText());
        return /пунктом 3 статьи 62/.test(t) ? t : null;
      }, { timeout: 15000, what: 'the references peek listing «пунктом 3 статьи 62»' });
      log(`references peek: ${title.slice(0, 160)}…`);
      await shot(page, '06b-codelens');
      await page.keyboard.press('Escape');
    });

    await step('07-outline', 'Outline view shows «Раздел I…» and «Статья 1»', async () => {
      await runCommand(page, 'Explorer: Focus on Outline View');
      const outline = page.locator('.outline-pane, [id="outline"]').first();
      await outline.waitFor({ state: 'visible', timeout: 15000 });
      const rows = page.locator('.outline-pane .monaco-list-row');
      const texts = await waitFor(async () => {
        const all = await rows.allInnerTexts();
        const joined = all.join('\n');
        return /Раздел I\b/.test(joined) && /Статья 1\b/.test(joined) ? all : null;
      }, { timeout: 20000, what: 'outline rows «Раздел I» and «Статья 1»' });
      log(`outline: ${texts.slice(0, 4).map(norm).join(' | ')}`);
      await shot(page, '07-outline');
    });

    await step('07b-prior-link', 'the hover on «Статья 2» links to the 1995 article, and the link opens it read-only', async () => {
      await openFile(page, DRAFT);
      const heading = lineOf(draftLines, /^Статья 2\s*$/);
      await gotoLine(page, heading, 1);
      const link = await waitFor(async () => {
        const l = page.locator('.monaco-hover-content a[data-href*="atazan.openPrior"], .monaco-hover-content a[href*="atazan.openPrior"]');
        if (await l.count()) return l.first();
        const box = await tokenBox(page, 'Статья ', '2');
        if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        return null;
      }, { timeout: 30000, interval: 700, what: 'a command:atazan.openPrior link in the hover' });
      log(`prior link: ${norm(await link.innerText())}`);
      await shot(page, '07b-prior-hover');
      await link.click();
      await page.locator('.tab.active[aria-label*="kz-1995 (ru)"]').first().waitFor({ state: 'visible', timeout: 20000 });
      const prior = readFileSync(join(ROOT, 'data', 'priors', 'kz-1995-ru.txt'), 'utf8').split(/\r?\n/);
      // The command reveals the article once the document is shown: poll for the cursor to get there.
      const pos = await waitFor(async () => {
        const p = await cursorPosition(page);
        return p && /^Статья 2\b/.test(prior[p.line - 1] ?? '') ? p : null;
      }, { timeout: 15000, what: 'the cursor on «Статья 2» of the 1995 text' });
      log(`prior opened at Ln ${pos.line}`);
      await shot(page, '07b-prior-opened');
      await page.keyboard.press('Control+W');
    });

    await step('08-renumber', 'Ata Zan: Renumber (articles only) closes the gap after confirmation, and one undo restores it', async () => {
      await openFile(page, DEFECTS);
      const before = await waitFor(() => problemCounts(page), { what: 'problem counts' });
      const { dialog, detail } = await openRenumberDialog(page);
      log(`renumber dialog: ${detail.slice(0, 200)}…`);
      assert.match(detail, /article 6(–\d+)? → 5/, 'the confirmation lists article 6 → 5');
      await shot(page, '08-renumber-confirm');
      await dialog.locator('.monaco-button', { hasText: 'Apply' }).first().click({ timeout: 10000 });
      const after = await waitFor(async () => {
        const c = await problemCounts(page);
        return c && c.errors < before.errors ? c : null;
      }, { timeout: 20000, what: `fewer than ${before.errors} errors after renumbering` });
      log(`after renumbering: ${JSON.stringify(after)}`);
      await shot(page, '08-renumbered');
      // One undo step brings the numbering (and the errors) back.
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Z');
      const undone = await waitFor(async () => {
        const c = await problemCounts(page);
        return c && c.errors === before.errors ? c : null;
      }, { timeout: 20000, what: `${before.errors} errors again after one undo` });
      log(`after undo: ${JSON.stringify(undone)}`);
    });

    await step('09-table', 'Ata Zan: Comparative Table opens a webview with the table', async () => {
      await openFile(page, DRAFT);
      await runCommand(page, 'Ata Zan: Comparative Table');
      const rows = await waitFor(async () => {
        for (const f of page.frames()) {
          const n = await f.evaluate(() => document.querySelectorAll('table tr').length).catch(() => 0);
          if (n > 10) return n;
        }
        return null;
      }, { timeout: 30000, what: 'a table with rows in a webview' });
      log(`comparative table: ${rows} rows`);
      await shot(page, '09-table');
    });

    await step('10-export', 'the table\'s Export… link saves it as Markdown next to the draft', async () => {
      const target = join(ws, 'draft-2026-ru-comparative.md');
      let link = null;
      for (const f of page.frames()) {
        const l = f.locator('a', { hasText: 'Export…' }).first();
        if (await l.count().catch(() => 0)) { link = l; break; }
      }
      assert.ok(link, 'an Export… link in the webview');
      // The desktop build writes all four formats (the web build has no DOCX: web-05-table).
      assert.equal(await link.getAttribute('title'), 'Export as: Markdown, HTML, Word (DOCX), JSON');
      await link.click();
      const md = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Markdown' }).first();
      await md.waitFor({ state: 'visible', timeout: 15000 });
      await md.click();
      // VS Code's own save dialog (a quick input in the browser), pre-filled with the default path.
      const input = page.locator('.quick-input-widget input');
      await waitFor(async () => /comparative\.md$/.test(await input.inputValue().catch(() => '')), { timeout: 15000, what: 'the save dialog with …-comparative.md' });
      await shot(page, '10-export-dialog');
      await page.keyboard.press('Enter');
      await waitFor(() => existsSync(target), { timeout: 20000, what: `${target} written` });
      const text = readFileSync(target, 'utf8');
      assert.ok(text.includes('|') && /Статья 1/.test(text), `a Markdown table (${text.slice(0, 120)})`);
      log(`exported ${text.length} characters of Markdown`);
    });

    // ==== issue 16, points 2 and 3 (inlay hint placement in Kazakh headings; Enter after a typed number) ====
    await step('16-2-kk-inlay', 'kk draft: the prior inlay hint follows the whole heading («62-бап 1995: Art. 63» under the English UI, not «62 1995: …-бап»)', async () => {
      const KK = 'draft-2026-kk.const.txt';
      const kkLines = readFileSync(join(ROOT, 'examples', KK), 'utf8').split(/\r?\n/);
      copyFileSync(join(ROOT, 'examples', KK), join(ws, KK));
      await openFile(page, KK);
      const heading = lineOf(kkLines, /^62-бап\s*$/);
      await gotoLine(page, heading, 1);
      // The rendered text of the heading's line, inlay hint included (VS Code renders hints as injected
      // text inside the line); padding characters read as a space.
      const shown = await waitFor(async () => {
        const texts = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
          .map((el) => (el.textContent ?? '').replace(/[\u00a0\u200a\u2009\s]+/g, ' ').trim()));
        return texts.find((t) => /^62\b/.test(t) && /1995/.test(t)) ?? null;
      }, { timeout: 30000, interval: 500, what: 'the rendered «62-бап» heading line with its 1995 inlay hint' });
      log(`kk heading as rendered: «${shown}»`);
      await shot(page, '16-2-kk-inlay');
      // The label is in the UI language (en-US here, issue 16.7); the hint sits after the whole heading.
      assert.equal(shown, '62-бап 1995: Art. 63');
    });

    await step('16-3-completion-enter', 'typing «62» after «статье » then Enter starts a new line; the text is not replaced or duplicated', async () => {
      const TYPING = 'draft-2026-ru-typing.const.txt';
      const LINE = '4. Порядок роспуска Курултая соответствует статье';
      const lines = draftText.split('\n');
      const at = lines.findIndex((l) => l.startsWith('3. Курултай не может быть распущен'));
      assert.ok(at > 0, 'paragraph 3 of article 62');
      lines.splice(at + 1, 0, LINE);
      writeFileSync(join(ws, TYPING), lines.join('\n'));
      const lineNo = at + 2;
      await openFile(page, TYPING);
      await gotoLine(page, lineNo, LINE.length + 1);
      const suggest = page.locator('.editor-widget.suggest-widget.visible');
      const rows = async () => (await suggest.locator('.monaco-list-row').allInnerTexts().catch(() => [])).map((t) => norm(t).split(' ')[0]);
      // A space after «статье» opens the list of articles (the trigger character).
      await page.keyboard.type(' ');
      await waitFor(async () => ((await rows()).includes('1') ? true : null), { timeout: 20000, what: 'the suggest list of articles after «статье »' });
      await page.keyboard.type('6');
      const six = await waitFor(async () => {
        const r = await rows();
        return r.length && r.every((x) => /^6\d/.test(x)) ? r : null;
      }, { timeout: 20000, what: 'the list narrowed to 60–69 (not 6) after typing «6»' });
      log(`after «6»: ${six.join(' ')}`);
      await page.keyboard.type('2');
      // «62» is what was typed: no suggestion equals it, so the list closes.
      await waitFor(async () => (!(await suggest.count()) || !(await rows()).includes('62') ? true : null),
        { timeout: 20000, what: 'no suggestion «62» after typing «62»' });
      await shot(page, '16-3-typed-62');
      await page.keyboard.press('Enter');
      const pos = await waitFor(async () => {
        const p = await cursorPosition(page);
        return p && p.line === lineNo + 1 ? p : null;
      }, { timeout: 15000, what: `the cursor on the new line ${lineNo + 1}` });
      const texts = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
        .map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' ')));
      const typed = texts.filter((t) => t.startsWith('4. Порядок роспуска'));
      log(`after Enter: cursor Ln ${pos.line}, Col ${pos.col}; line «${typed.join(' | ')}»`);
      await shot(page, '16-3-enter');
      assert.deepEqual(typed, [`${LINE} 62`]);
      assert.equal(pos.col, 1, 'the new line is empty');
    });
    // ==== end of issue 16, points 2 and 3 ====

    // ==== issue 16, point 1: after deleting article 62, nothing re-points its citations unasked ====
    const NO62 = 'draft-2026-ru-no62.const.txt';
    const no62Text = (() => {
      const lines = draftText.split('\n');
      const from = lines.findIndex((l) => /^Статья 62\s*$/.test(l));
      const to = lines.findIndex((l, i) => i > from && /^Раздел V\./.test(l));
      assert.ok(from > 0 && to > from, 'article 62 and «Раздел V.» in the example draft');
      lines.splice(from, to - from);
      return lines.join('\n');
    })();
    const no62Lines = no62Text.split('\n');
    const citeLine = lineOf(no62Lines, /предусмотренных пунктом 3 статьи 62 Конституции/);
    const problemRows = async () => (await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => [])).map(norm);
    const fileText = () => readFileSync(join(ws, NO62), 'utf8');
    await step('16-1-renumber-dialog', 'Renumber after deleting article 62: the dialog lists the three citations it would re-point; Enter and Escape leave the file as it is', async () => {
      writeFileSync(join(ws, NO62), no62Text);
      await runCommand(page, 'View: Close All Editor Groups').catch(() => {});
      await openFile(page, NO62);
      await waitForStatusErrors(page, 4, { what: 'the gap and the three unresolved citations' });
      for (const key of ['Escape', 'Enter']) {
        const { dialog, detail, buttons } = await openRenumberDialog(page);
        log(`renumber dialog (${key}): ${detail.slice(0, 400)} | buttons: ${buttons.join(' | ')}`);
        if (key === 'Escape') await shot(page, '16-1-renumber-dialog');
        assert.match(detail, /Renumbering would re-point 3 citations of article 62/);
        for (const l of [citeLine, citeLine + 3, citeLine + 8]) {
          assert.match(detail, new RegExp(`Line ${l}: “пунктом 3 статьи 62” — nothing → article 63 \\(62 after renumbering\\), paragraph 3`));
        }
        assert.ok(buttons.includes('Keep Numbering') && buttons.includes('Renumber and Re-point 3'), buttons.join(', '));
        await page.keyboard.press(key);
        await dialog.waitFor({ state: 'hidden', timeout: 10000 });
        // Nothing applied: the editor is not dirty, the file on disk is as written, the problems remain.
        assert.equal(await page.locator(`.tab.dirty[aria-label^="${NO62}"]`).count(), 0, `${key}: the editor has no unsaved edit`);
        assert.equal(fileText(), no62Text, `${key}: the file is unchanged on disk`);
        const c = await problemCounts(page);
        assert.ok(c && c.errors >= 4, `${key}: the problems are still there (${JSON.stringify(c)})`);
      }
    });

    await step('16-1-keep-excluded', 'the quick fix on «пунктом 3 статьи 62» keeps article 62 as excluded, its note in a placeholder the drafter can type over; its three citations become reference-to-excluded in the Problems panel', async () => {
      await openFile(page, NO62);
      const col = no62Lines[citeLine - 1].indexOf('статьи 62') + 'статьи '.length + 1;
      await gotoLine(page, citeLine, col);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.waitFor({ state: 'visible', timeout: 15000 });
      const items = (await menu.locator('.action-list-item, .monaco-list-row').allInnerTexts()).map(norm).filter(Boolean);
      log(`quick fixes on «статьи 62»: ${items.join(' | ')}`);
      await shot(page, '16-1-quick-fix');
      // The preferred fix is the one focused: Enter applies it.
      await waitFor(async () => /^Keep article 62 as excluded/.test(
        await menu.locator('.monaco-list-row.focused').first().getAttribute('aria-label', { timeout: 2000 }).catch(() => '') ?? '') ? true : null,
      { timeout: 10000, what: '«Keep article 62 as excluded» focused in the quick-fix menu' });
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 10000 });
      // The note is a snippet placeholder (LSP 3.18 snippet edit): selected, so what the drafter types
      // replaces it — here the article's text. Then the note is written back, as the rest expects.
      const noteLine = lineOf(no62Lines, /^Раздел V\./) + 1;
      const typed = 'Текст статьи 62';
      await page.keyboard.type(typed);
      const at = await waitFor(async () => {
        const p = await cursorPosition(page);
        return p && p.line === noteLine && p.col === typed.length + 1 ? p : null;
      }, { timeout: 15000, what: `the cursor after «${typed}» on line ${noteLine}, the placeholder's line` });
      const viewLines = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
        .map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' ')));
      log(`typed into the placeholder: Ln ${at.line}, Col ${at.col}`);
      await shot(page, '16-1-typed-in-placeholder');
      assert.ok(viewLines.includes(typed), `a line «${typed}» (the note replaced): ${viewLines.filter((t) => /62|Исключ/.test(t)).join(' | ')}`);
      assert.ok(!viewLines.some((t) => t.includes(typed) && t !== typed), 'nothing else on the typed line');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('Исключена.');
      await runCommand(page, 'View: Focus Problems');
      // Only this file's rows (the list is virtual: rows of other files would push them out of view).
      const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
      await filter.fill(NO62).catch(() => {});
      const rows = await waitFor(async () => {
        const all = await problemRows();
        const excluded = all.filter((t) => /reference-to-excluded/.test(t));
        return excluded.length === 3 && !all.some((t) => /reference-unresolved|article-number-gap/.test(t)) ? all : null;
      }, { timeout: 30000, what: 'three reference-to-excluded rows and no unresolved citation or gap' });
      log(`problems after «keep as excluded»: ${rows.filter((t) => /excluded/.test(t)).join(' | ')}`);
      assert.ok(rows.filter((t) => /reference-to-excluded/.test(t)).every((t) => /Reference to article 62, which is excluded/.test(t)));
      await shot(page, '16-1-excluded-problems');
      await filter.fill('').catch(() => {});
      await runCommand(page, 'View: Hide Panel').catch(() => page.keyboard.press('Escape'));
      // Saved, the file holds the heading and the note right after article 61.
      await page.keyboard.press('Control+S');
      await waitFor(() => (/\nСтатья 62\nИсключена\.\nРаздел V\./.test(fileText()) ? true : null), { timeout: 15000, what: 'the saved file with «Статья 62 / Исключена.»' });
    });
    // ==== end of issue 16, point 1 ====

    // ==== issue 16, point 6: the comparative table is live, links to the draft, and the export offers Open ====
    const LIVE = 'draft-2026-ru-live.const.txt';
    const liveArt = (n) => lineOf(draftLines, new RegExp(`^Статья ${n}\\s*$`));
    /** The webview frame of LIVE's table (its Export… link names the draft). */
    const liveFrame = async () => {
      for (const f of page.frames()) {
        const ok = await f.evaluate(() => !!document.getElementById('atazan-table') &&
          !!document.querySelector('a[href*="draft-2026-ru-live"]')).catch(() => false);
        if (ok) return f;
      }
      return null;
    };
    await step('16-6-live', 'an edit of the draft shows in the open comparative table, in place (same scroll position); the status is a tooltip, the justification cell is empty', async () => {
      writeFileSync(join(ws, LIVE), draftText);
      await runCommand(page, 'View: Close All Editor Groups').catch(() => {});
      await openFile(page, LIVE);
      await runCommand(page, 'Ata Zan: Comparative Table');
      const frame = await waitFor(liveFrame, { timeout: 30000, what: 'the table view of the live draft' });
      await waitFor(() => frame.evaluate(() => document.querySelectorAll('#atazan-table tr').length > 90).catch(() => null),
        { timeout: 30000, what: 'the table rows' });
      const cells = await frame.evaluate(() => {
        const tds = [...document.querySelectorAll('#art-62 td')];
        return { title: tds[0].getAttribute('title'), just: tds[3].textContent };
      });
      log(`Article 62 row: tooltip «${cells.title}», justification «${cells.just}»`);
      // The tooltip is in the UI language (en-US here, issue 16.7); the cells stay the draft's.
      assert.match(cells.title, /Wording changed \(similarity 0\.\d\d\)/);
      assert.equal(cells.just, '');
      // No header word is broken across lines (no «Структурна / я»): each word is one line box.
      const broken = await frame.evaluate(() => {
        const out = [];
        for (const th of document.querySelectorAll('th')) {
          const t = th.firstChild;
          for (const m of t.textContent.matchAll(/\S+/g)) {
            const r = document.createRange();
            r.setStart(t, m.index);
            r.setEnd(t, m.index + m[0].length);
            if (r.getClientRects().length !== 1) out.push(m[0]);
          }
        }
        return {
          out, headers: [...document.querySelectorAll('th')].map((th) => `${th.textContent} (${Math.round(th.getBoundingClientRect().width)} px)`),
          width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
        };
      });
      log(`headers in a ${broken.width} px view (content ${broken.scrollWidth} px wide): ${broken.headers.join(' | ')}`);
      await shot(page, '16-6-table');
      assert.deepEqual(broken.out, [], 'header words broken across lines');
      assert.ok(broken.scrollWidth <= broken.width + 1, `the table fits the side panel (${broken.scrollWidth} > ${broken.width})`);
      const before = await frame.evaluate(() => {
        document.getElementById('art-62').scrollIntoView();
        return { y: window.scrollY, version: document.getElementById('atazan-table').dataset.version };
      });
      await shot(page, '16-6-table-before');
      // Type at the end of Article 62 paragraph 3 in the draft editor.
      const p3 = lineOf(draftLines, /^3\. Курултай не может быть распущен/, liveArt(62));
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await gotoLine(page, p3, draftLines[p3 - 1].length + 1); // the end of the line (End stops at a wrap)
      await page.keyboard.type(' Живая правка.');
      const typedAt = Date.now();
      const after = await waitFor(() => frame.evaluate(() => {
        const row = document.getElementById('art-62');
        const ins = row && [...row.querySelectorAll('ins')].find((e) => /Живая правка/.test(e.textContent));
        return ins ? { y: window.scrollY, version: document.getElementById('atazan-table').dataset.version, ins: ins.textContent } : null;
      }).catch(() => null), { timeout: 20000, interval: 100, what: 'the typed words as an insertion in the table row of Article 62' });
      log(`table updated ${Date.now() - typedAt} ms after the last keystroke (version ${before.version} → ${after.version}); <ins>${after.ins}</ins>; scrollY ${before.y} → ${after.y}`);
      await shot(page, '16-6-table-live');
      assert.ok(Number(after.version) > Number(before.version));
      assert.ok(Math.abs(after.y - before.y) <= 2, `the scroll position is kept (${before.y} → ${after.y})`);
    });

    await step('16-6-link', 'a unit cell of the table links to the article in the draft', async () => {
      const frame = await waitFor(liveFrame, { timeout: 20000, what: 'the table view of the live draft' });
      // (The table may still be re-rendering after the edits of the step before: a click on a link it then
      // replaces is lost. The link is clicked again until the editor shows the cursor on the article.)
      const link = () => frame.locator('#art-70 td.unit a').first().click({ timeout: 5000 });
      await link();
      let tries = 0;
      const pos = await waitFor(async () => {
        const p = await cursorPosition(page);
        if (p && p.line === liveArt(70)) return p;
        if (++tries % 8 === 0) await link().catch(() => undefined);
        return null;
      }, { timeout: 20000, what: `the cursor on «Статья 70» (line ${liveArt(70)})` });
      log(`link «Статья 70» → cursor Ln ${pos.line}, Col ${pos.col}`);
      await shot(page, '16-6-link');
    });

    await step('16-6-export', 'the export message offers Open, which opens the saved table', async () => {
      await runCommand(page, 'Ata Zan: Export Comparative Table');
      const md = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Markdown' }).first();
      await md.waitFor({ state: 'visible', timeout: 15000 });
      await md.click();
      const input = page.locator('.quick-input-widget input');
      await waitFor(async () => /live-comparative\.md$/.test(await input.inputValue().catch(() => '')), { timeout: 15000, what: 'the save dialog with …live-comparative.md' });
      await page.keyboard.press('Enter');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'comparative table saved' }).first();
      await toast.waitFor({ state: 'visible', timeout: 20000 });
      const buttons = (await toast.locator('.monaco-button').allInnerTexts()).map(norm);
      log(`export message buttons: ${buttons.join(' | ')}`);
      await shot(page, '16-6-export-message');
      assert.ok(buttons.includes('Open') && buttons.some((b) => /Reveal|Containing Folder/.test(b)), buttons.join(', '));
      await toast.locator('.monaco-button', { hasText: /^Open$/ }).first().click();
      await page.locator('.tab.active[aria-label^="draft-2026-ru-live-comparative.md"]').first().waitFor({ state: 'visible', timeout: 15000 });
      // Leave a draft active for the steps after this one (the palette hides draft commands in Markdown).
      await page.keyboard.press('Control+W');
      await page.locator('.tab.active[aria-label^="draft-2026-ru-live.const.txt"]').first().waitFor({ state: 'visible', timeout: 15000 });
    });
    // ==== end of issue 16, point 6 ====

    // ==== issue 16, point 7 (one language per UI) ====
    await step('16-7-language', 'under the English UI (en-US) the Russian draft gets English only: command titles, the diagnostic, its hover, the heading hover (with the 1995 summary) and the inlay hint', async () => {
      const cyr = /[\u0400-\u04FF]/;
      await openFile(page, DEFECTS);
      // Command titles come from package.nls.json: no raw %key% in the palette.
      const input = page.locator('.quick-input-widget input');
      const titles = await waitFor(async () => {
        if (!(await input.isVisible().catch(() => false))) {
          await page.keyboard.press('F1');
          await input.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
        }
        if ((await input.inputValue().catch(() => '')) !== '>Ata Zan') await input.fill('>Ata Zan').catch(() => {});
        const t = (await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts().catch(() => [])).map(norm);
        return t.some((x) => x.includes('Ata Zan: Comparative Table')) ? t : null;
      }, { timeout: 20000, interval: 500, what: 'the Ata Zan commands in the palette' });
      await page.keyboard.press('Escape');
      log(`palette: ${titles.join(' | ')}`);
      assert.ok(titles.every((x) => !x.includes('%')), `unresolved nls keys: ${titles.join(' | ')}`);
      const defects = seedDefects(draftText).split('\n');
      // The diagnostic and the hover on «620» say the same, in English.
      const refAt = defects.findIndex((l) => l.includes('статьи 620 '));
      await gotoLine(page, refAt + 1, defects[refAt].indexOf('статьи 620 ') + 9);
      const MSG = 'Article 620 does not exist in this document';
      let attempt = 0;
      const refHover = await waitFor(async () => {
        // Our hover (⚠ and the message) comes with VS Code's own hover of the marker: wait for both.
        const t = norm(await visibleHoverText(page));
        if (t.includes('⚠')) return t;
        attempt++;
        const box = await tokenBox(page, 'статьи ', '620');
        if (box && attempt % 4 !== 0) await page.mouse.move(box.x + box.width / 2 + (attempt % 2), box.y + box.height / 2);
        else { await page.keyboard.press('Control+K'); await page.keyboard.press('Control+I'); }
        return null;
      }, { timeout: 30000, interval: 700, what: 'the hover on «620»' });
      log(`hover on 620: «${refHover}»`);
      await shot(page, '16-7-hover-unresolved');
      assert.ok(refHover.includes(`⚠ ${MSG}`), refHover);
      assert.ok(!cyr.test(refHover), `Russian in the hover of an unresolved citation: ${refHover}`);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      // The heading hover: «Статья 62» under an English UI reads "Article 62", its 1995 summary and the
      // «cited» line are English; only the quoted draft and 1995 text stay Russian.
      const head = lineOf(defects, /^Статья 62\s*$/);
      await gotoLine(page, head, 1);
      attempt = 0;
      const headHover = await waitFor(async () => {
        const t = await visibleHoverText(page);
        if (/Cited in this document|Ссылки в документе/.test(t)) return t;
        attempt++;
        const box = await tokenBox(page, 'Статья ', '62');
        if (box && attempt % 4 !== 0) await page.mouse.move(box.x + box.width / 2 + (attempt % 2), box.y + box.height / 2);
        else { await gotoLine(page, head, 9); await page.keyboard.press('Control+K'); await page.keyboard.press('Control+I'); }
        return null;
      }, { timeout: 30000, interval: 700, what: 'the hover on the heading «Статья 62»' });
      const lines = headHover.split('\n').map(norm).filter(Boolean);
      log(`heading hover: ${lines.slice(0, 3).join(' / ')} … ${lines[lines.length - 1]}`);
      await shot(page, '16-7-hover-heading');
      assert.equal(lines[0], 'Article 62');
      assert.ok(lines.some((l) => /^1995: Art\. 63 · \w+ · similarity \d\.\d\d/.test(l)), `the 1995 summary in English: ${lines.slice(0, 4).join(' / ')}`);
      assert.ok(lines.some((l) => /^Changes \(/.test(l)), 'the diff legend in English');
      assert.match(lines[lines.length - 1], /^Cited in this document: \d+ references?$/);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      // The inlay hint after the heading.
      const shown = await waitFor(async () => {
        const texts = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
          .map((el) => (el.textContent ?? '').replace(/[\u00a0\u200a\u2009\s]+/g, ' ').trim()));
        return texts.find((t) => /^Статья 62\b/.test(t) && /1995/.test(t)) ?? null;
      }, { timeout: 30000, interval: 500, what: 'the rendered «Статья 62» line with its inlay hint' });
      log(`heading as rendered: «${shown}»`);
      assert.equal(shown, 'Статья 62 1995: Art. 63');
    });
    // ==== end of issue 16, point 7 ====

    // ==== issue 16, point 10: Open Prior Article from the palette ====
    await step('16-10-open-prior', 'Open Prior Article from the palette opens the 1995 article matching the article under the cursor; outside any article it asks which', async () => {
      const prior = readFileSync(join(ROOT, 'data', 'priors', 'kz-1995-ru.txt'), 'utf8').split(/\r?\n/);
      await runCommand(page, 'View: Close All Editor Groups').catch(() => {});
      await openFile(page, DRAFT);
      // In the body of 2026 Article 12 (its predecessor is 1995 Article 13).
      const body12 = lineOf(draftLines, /^Статья 12\s*$/) + 2;
      await gotoLine(page, body12, 5);
      await runCommand(page, 'Ata Zan: Open Prior Article');
      await page.locator('.tab.active[aria-label*="kz-1995 (ru)"]').first().waitFor({ state: 'visible', timeout: 20000 });
      const pos = await waitFor(async () => {
        const p = await cursorPosition(page);
        return p && prior[p.line - 1] === 'Статья 13' ? p : null;
      }, { timeout: 15000, what: 'the cursor on «Статья 13» of the 1995 text' });
      log(`2026 Art. 12 (line ${body12}) → 1995 «${prior[pos.line - 1]}» at Ln ${pos.line}`);
      await shot(page, '16-10-open-prior');
      await page.keyboard.press('Control+W');
      // In the preamble: a pick list of the 1995 articles; typing «31» and Enter opens Article 31.
      await openFile(page, DRAFT);
      await gotoLine(page, 3, 5);
      await runCommand(page, 'Ata Zan: Open Prior Article');
      const pick = page.locator('.quick-input-widget');
      await pick.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 15000 });
      log(`pick list: «${norm(await pick.locator('.quick-input-title').first().innerText().catch(() => ''))}», first row «${norm(await pick.locator('.monaco-list-row').first().innerText())}»`);
      await page.keyboard.type('31');
      await waitFor(async () => /^31\b/.test(norm(await pick.locator('.monaco-list-row.focused').first().innerText().catch(() => ''))) || null,
        { timeout: 10000, what: 'Article 31 selected in the pick list' });
      await shot(page, '16-10-open-prior-pick');
      await page.keyboard.press('Enter');
      await page.locator('.tab.active[aria-label*="kz-1995 (ru)"]').first().waitFor({ state: 'visible', timeout: 20000 });
      const pos31 = await waitFor(async () => {
        const p = await cursorPosition(page);
        return p && prior[p.line - 1] === 'Статья 31' ? p : null;
      }, { timeout: 15000, what: 'the cursor on «Статья 31» of the 1995 text' });
      log(`picked 31 → Ln ${pos31.line}`);
      await page.keyboard.press('Control+W');
    });
    // ==== end of issue 16, point 10 ====

    // ==== issue 12: citations of the Constitution in a law ====
    const LAW = 'law-cites-1995.const.txt';
    const lawLines = [
      '<!-- cites: kz-1995 -->',
      'О Конституционном Суде Республики Казахстан Конституционный закон Республики Казахстан от 5 ноября 2022 года № 153-VII',
      'Статья 1',
      '1. Конституционный Суд рассматривает обращения Президента Республики в случаях, предусмотренных статьей 44 Конституции.',
      '',
    ];
    const lawCol = lawLines[3].indexOf('44') + 2;
    await step('12-cites-definition', 'go to definition on «статьей 44 Конституции» in a law bound to kz-1995 opens the 1995 Constitution at Article 44', async () => {
      writeFileSync(join(ws, LAW), lawLines.join('\n'));
      await openFile(page, LAW);
      const prior = readFileSync(join(ROOT, 'data', 'priors', 'kz-1995-ru.txt'), 'utf8').split(/\r?\n/);
      const pos = await goToDefinition(page, 4, lawCol);
      await page.locator('.tab.active[aria-label*="kz-1995 (ru)"]').first().waitFor({ state: 'visible', timeout: 20000 });
      log(`definition of «статьей 44 Конституции»: Ln ${pos.line} «${prior[pos.line - 1]}»`);
      await shot(page, '12-cites-definition');
      assert.equal(prior[pos.line - 1], 'Статья 44');
      await page.keyboard.press('Control+W');
    });
    await step('12-cites-migrate', 'the migration quick fix on «статьей 44 Конституции» (the file cites kz-1995, the setting kz-2026) changes it to 46', async () => {
      await openFile(page, LAW);
      await gotoLine(page, 4, lawCol);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.waitFor({ state: 'visible', timeout: 15000 });
      const items = (await menu.locator('.action-list-item, .monaco-list-row').allInnerTexts()).map(norm).filter(Boolean);
      log(`quick fixes on «статьей 44»: ${items.join(' | ')}`);
      await waitFor(async () => /^Cite the Constitution \(2026\): article 46/.test(
        await menu.locator('.monaco-list-row.focused').first().getAttribute('aria-label', { timeout: 2000 }).catch(() => '') ?? '') ? true : null,
      { timeout: 10000, what: '«Cite the Constitution (2026): article 46» focused in the quick-fix menu' });
      await shot(page, '12-cites-quick-fix');
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 10000 });
      await page.keyboard.press('Control+S');
      await waitFor(() => (readFileSync(join(ws, LAW), 'utf8').includes('предусмотренных статьей 46 Конституции.') ? true : null),
        { timeout: 15000, what: 'the saved law citing «статьей 46 Конституции»' });
      await page.keyboard.press('Control+W');
    });
    // ==== end of issue 12 ====

    // ==== issue 11: an amendment bill — a real law (2019, No. 238-VI) with one seeded defect ====
    const BILL = 'bill-2019-ru.const.txt';
    const billText = readFileSync(resolve(ROOT, '..', 'shared', 'corpus', 'amendments', 'kz-2019-238-VI-ru.txt'), 'utf8')
      .replace('слово «Астаны» заменить', 'слово «Алматы» заменить');
    const billLines = billText.split(/\r?\n/);
    await step('11-bill', 'an amendment bill: its problem (words not found) in Problems, a hover on an instruction with the unit in force and after, Apply Amendments opens the consolidated text in a diff editor against kz-1995', async () => {
      writeFileSync(join(ws, BILL), billText);
      await openFile(page, BILL);
      await runCommand(page, 'View: Focus Problems');
      await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15000 });
      const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
      await filter.fill('bill-');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const found = await waitFor(async () => {
        const all = (await rows.allInnerTexts()).map(norm).filter((t) => /bill-/.test(t));
        return all.length ? all : null;
      }, { timeout: 30000, what: 'the bill\'s problem in Problems' });
      log(`bill problems: ${found.join(' | ')}`);
      assert.ok(found.some((t) => /bill-words-not-found/.test(t) && /Алматы/.test(t)), 'words «Алматы» not found');
      await filter.fill('');
      await runCommand(page, 'View: Hide Panel').catch(() => page.keyboard.press('Escape'));
      const line = billLines.findIndex((l) => l.startsWith('пункт 3 изложить')) + 1;
      const hover = await hoverText(page, {
        line, col: 10, before: 'пункт 3 ', token: 'изложить',
        accept: (t) => /In force/.test(t) && /After the amendment/.test(t), what: 'the hover of the instruction (in force / after)',
      });
      log(`bill hover: ${norm(hover).slice(0, 200)}…`);
      assert.match(norm(hover), /Столицей Казахстана является город Астана[\s\S]*After the amendment[\s\S]*Нур-Султан/u);
      await shot(page, '11-bill-hover');
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await runCommand(page, 'Ata Zan: Apply Amendments');
      await page.locator('.tab.active[aria-label*="after bill-2019-ru"]').first().waitFor({ state: 'visible', timeout: 30000 });
      // Side by side, the modified editor; in a narrow group VS Code shows the diff inline, in one editor.
      const modified = page.locator('.monaco-diff-editor .editor.modified .view-lines');
      const inline = page.locator('.monaco-diff-editor .view-lines');
      const text = await waitFor(async () => {
        for (const l of [modified, inline]) {
          for (const t of (await l.allInnerTexts().catch(() => [])).map(norm)) if (/Нур-Султан/.test(t)) return t;
        }
        return null;
      }, { timeout: 20000, what: 'the consolidated text with «Нур-Султан» in the diff editor' });
      log(`consolidated (modified side): ${text.slice(0, 160)}…`);
      const file = await shot(page, '11-bill-apply');
      const docShot = join(ROOT, 'docs', 'screenshot-bill.png');
      if (!existsSync(docShot) || process.env.ATAZAN_E2E_UPDATE_SCREENSHOT === '1') copyFileSync(file, docShot);
      await page.keyboard.press('Control+W');
    });
    await step('11-bill-table', 'Ata Zan: Comparative Table on an amendment bill shows the bill\'s table: a row per amended unit, the words in force struck, the new ones marked', async () => {
      const TBILL = 'bill-table-2019-ru.const.txt';
      writeFileSync(join(ws, TBILL), readFileSync(resolve(ROOT, '..', 'shared', 'corpus', 'amendments', 'kz-2019-238-VI-ru.txt'), 'utf8'));
      await openFile(page, TBILL);
      await runCommand(page, 'Ata Zan: Comparative Table');
      const table = await waitFor(async () => {
        for (const f of page.frames()) {
          const rows = await f.evaluate(() => [...document.querySelectorAll('table tr')].map((tr) => [...tr.children].map((c) => c.innerHTML))).catch(() => null);
          if (rows && rows.some((r) => r[0] && r[0].includes('Пункт 3-1 статьи 2'))) return rows;
        }
        return null;
      }, { timeout: 30000, what: 'the bill\'s table (a row «Пункт 3-1 статьи 2») in a webview' });
      log(`bill table: ${table.length - 1} rows: ${table.slice(1).map((r) => norm(r[0].replace(/<[^>]+>/g, ''))).join(' | ')}`);
      // The header row and one row per amended unit (the 2019 law amends paragraphs 3 and 3-1 of Article 2).
      assert.equal(table.length, 3);
      assert.ok(/Structural unit|Структурная единица/.test(table[0].join(' ')), table[0].join(' '));
      const row = table.find((r) => r[0].includes('Пункт 3-1 статьи 2'));
      assert.match(row[1], /<del>Астаны<\/del>/);
      assert.match(row[2], /<ins>Нур-Султана<\/ins>/);
      assert.equal(row[3], '');
      await shot(page, '11-bill-table');
      await page.keyboard.press('Control+W');
    });
    await step('11-bill-generate', 'Ata Zan: Generate Amendment Bill on the adopted 2026 text against kz-1995: the bill opens as a new document setting the act out in a new edition, and a warning names why instructions cannot express it', async () => {
      const NEWED = 'newed-2026-ru.const.txt';
      writeFileSync(join(ws, NEWED), readFileSync(resolve(ROOT, '..', 'shared', 'corpus', 'kz-2026-adopted-ru.txt'), 'utf8'));
      await openFile(page, NEWED);
      await runCommand(page, 'Ata Zan: Generate Amendment Bill');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'new edition' }).first();
      await toast.waitFor({ state: 'visible', timeout: 30000 });
      const why = norm(await toast.locator('.notification-list-item-message').first().innerText());
      log(`generate: «${why.slice(0, 240)}…»`);
      assert.match(why, /83-1, 94-1, 94-2, 97, 98, 99/u);
      const text = await waitFor(async () => {
        const t = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-lines .view-line')].map((l) => l.textContent).join('\n'));
        return /изложить в новой редакции/u.test(norm(t)) ? norm(t) : null;
      }, { timeout: 20000, what: 'the generated bill «… изложить в новой редакции» in the editor' });
      log(`generated bill: ${text.slice(0, 160)}…`);
      assert.match(text, /Конституцию Республики Казахстан изложить в новой редакции/u);
      await shot(page, '11-bill-generate');
      await toast.locator('.codicon-notifications-clear, .codicon-close').first().click().catch(() => {});
      await runCommand(page, 'View: Revert and Close Editor');
      await page.keyboard.press('Control+W');
    });
    // ==== end of issue 11 ====

    // ==== issue 13: language versions — both drafts open, a seeded divergence in both Problems lists, jump to the other language ====
    const PAR_RU = 'parallel-ru.const.txt';
    const PAR_KK = 'parallel-kk.const.txt';
    const kkLines = readFileSync(join(ROOT, 'examples', 'draft-2026-kk.const.txt'), 'utf8').split(/\r?\n/);
    // Article 2, paragraph 5 deleted from the Kazakh version.
    const dropped = kkLines.findIndex((l) => l.startsWith('5. Қазақстан Республикасы мен Қазақстан атауларының'));
    await step('13-parallel', 'both language versions open: a paragraph deleted from kk shows as parallel-unit-missing in both files\' Problems; Go to the Same Unit in the Other Language opens the ru version at the same unit', async () => {
      assert.ok(dropped > 0);
      writeFileSync(join(ws, PAR_RU), draftText);
      writeFileSync(join(ws, PAR_KK), [...kkLines.slice(0, dropped), ...kkLines.slice(dropped + 1)].join('\n'));
      await openFile(page, PAR_RU);
      await openFile(page, PAR_KK);
      await runCommand(page, 'View: Focus Problems');
      await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15000 });
      // The list is virtual (rows out of view are not rendered): filter it to the parallel problems.
      const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
      await filter.fill('parallel');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const texts = await waitFor(async () => {
        const all = (await rows.allInnerTexts()).map(norm);
        return all.filter((t) => /parallel-unit-missing/.test(t)).length >= 2 ? all : null;
      }, { timeout: 30000, what: 'parallel-unit-missing in the Problems of both versions' });
      const found = texts.filter((t) => /parallel-unit-missing/.test(t));
      log(`parallel problems: ${found.join(' | ')}`);
      assert.ok(found.some((t) => /No counterpart in the Kazakh version: paragraph 5 of article 2/.test(t)), 'the ru version names the missing paragraph');
      assert.ok(found.some((t) => /Missing here, present in the Russian version: paragraph 5 of article 2/.test(t)), 'the kk version names it too');
      const file = await shot(page, '13-parallel');
      const docShot = join(ROOT, 'docs', 'screenshot-parallel.png');
      if (!existsSync(docShot) || process.env.ATAZAN_E2E_UPDATE_SCREENSHOT === '1') copyFileSync(file, docShot);
      await filter.fill('');
      await runCommand(page, 'View: Hide Panel').catch(() => page.keyboard.press('Escape'));
      // In the kk version, on paragraph 2 of article 62 (one line above the ru one: a line was deleted before it).
      const kk62 = kkLines.indexOf('62-бап');
      await openFile(page, PAR_KK);
      await gotoLine(page, kk62 + 2, 2);
      await runCommand(page, 'Ata Zan: Go to the Same Unit in the Other Language');
      await page.locator(`.tab.active[aria-label^="${PAR_RU}"]`).first().waitFor({ state: 'visible', timeout: 20000 });
      const pos = await waitFor(async () => cursorPosition(page), { timeout: 10000, what: 'the cursor in the ru version' });
      log(`jumped to ${PAR_RU} Ln ${pos.line}: «${draftLines[pos.line - 1].slice(0, 60)}»`);
      assert.equal(pos.line, kk62 + 3, 'paragraph 2 of article 62 in the ru version');
      assert.match(draftLines[pos.line - 1], /^2\. /);
      await shot(page, '13-parallel-jump');
    });

    await step('13-compare', 'Ata Zan: Compare Language Versions shows both versions side by side, the row of the paragraph missing in kk marked', async () => {
      await openFile(page, PAR_RU);
      await runCommand(page, 'Ata Zan: Compare Language Versions');
      const seen = await waitFor(async () => {
        for (const f of page.frames()) {
          const r = await f.evaluate(() => {
            const rows = [...document.querySelectorAll('tbody tr')];
            if (rows.length < 100) return null;
            const marked = rows.filter((tr) => tr.classList.contains('diverging')).map((tr) => tr.textContent ?? '');
            const a62 = rows.find((tr) => tr.querySelector('td')?.textContent?.startsWith('Статья 62'));
            return { rows: rows.length, marked, pair62: a62 ? [...a62.querySelectorAll('td')].slice(0, 2).map((td) => (td.textContent ?? '').slice(0, 12)) : null };
          }).catch(() => null);
          if (r) return r;
        }
        return null;
      }, { timeout: 30000, what: 'the side-by-side view with its rows' });
      log(`language versions: ${seen.rows} rows, marked: ${seen.marked.map((t) => t.slice(0, 80)).join(' | ')}`);
      assert.deepEqual(seen.pair62, ['Статья 62\nСт', '62-бап\n62-ба']);
      assert.equal(seen.marked.length, 1);
      assert.match(seen.marked[0], /^пункт 5\n5\. Наименования Республика Казахстан и Казахстан равнозначны\.—No counterpart in the Kazakh version: paragraph 5 of article 2$/);
      await shot(page, '13-compare');
    });
    // ==== end of issue 13 ====
  } catch (err) {
    checks.fail('e2e harness', err);
    await shot(page, '99-failure');
  } finally {
    if (consoleErrors.length) writeFileSync(join(RESULTS, 'browser-console-errors.txt'), consoleErrors.join('\n'));
    await stopWorkbench(server, { browser, tmp, log });
  }
}


let code = 1;
const hardTimeout = setTimeout(() => {
  console.log('e2e: hard timeout (18 min) reached');
  checks.fail('e2e run', new Error('hard timeout'));
  stopWorkbench(server, { log }).finally(() => {
    console.log(`e2e: ${checks.passed} passed, ${checks.failed} failed`);
    process.exit(1);
  });
}, 18 * 60 * 1000);
hardTimeout.unref();
try {
  await main();
  // The @vscode/test-electron Mocha suite, run inside code-server's extension host (each of its
  // tests counts here). ATAZAN_E2E_SUITE=0 skips it.
  if (process.env.ATAZAN_E2E_SUITE !== '0') {
    log('running the extension-host Mocha suite (test/vscode-electron) in code-server');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'vscode-suite.e2e.mjs')], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, ATAZAN_E2E_SUITE_NESTED: '1' }, timeout: 6 * 60 * 1000,
    });
    process.stdout.write((r.stdout ?? '').replace(/^vscode-suite: (\d+) passed, (\d+) failed$/m, 'vscode-suite result: $1 ok, $2 not ok'));
    if (r.stderr) process.stderr.write(r.stderr);
    const m = (r.stdout ?? '').match(/^vscode-suite: (\d+) passed, (\d+) failed$/m);
    if (m && r.status === 0) checks.passed += Number(m[1]);
    else checks.fail('extension-host Mocha suite in code-server', new Error(m ? `${m[2]} test(s) failed` : `exit ${r.status ?? r.signal}`));
  }
  // VS Code for the Web: the extension installed web-only, in the browser's web worker extension host
  // (test/e2e/web.e2e.mjs, steps web-*; it reuses the production bundles just packaged).
  const only = (process.env.ATAZAN_E2E_ONLY || '').split(',').map((x) => x.trim()).filter(Boolean);
  if (!only.length || only.some((p) => 'web'.startsWith(p) || p.startsWith('web'))) {
    log('running the web-only install (test/e2e/web.e2e.mjs) in code-server');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'web.e2e.mjs')], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, ATAZAN_E2E_SKIP_BUILD: '1' }, timeout: 8 * 60 * 1000,
    });
    process.stdout.write((r.stdout ?? '').replace(/^web-e2e: (\d+) passed, (\d+) failed$/m, 'web-e2e result: $1 ok, $2 not ok'));
    if (r.stderr) process.stderr.write(r.stderr);
    const m = (r.stdout ?? '').match(/^web-e2e: (\d+) passed, (\d+) failed$/m);
    if (m && r.status === 0) checks.passed += Number(m[1]);
    else checks.fail('web-only install in code-server', new Error(m ? `${m[2]} step(s) failed` : `exit ${r.status ?? r.signal}`));
  }
} catch (err) {
  checks.fail('e2e setup', err);
  await stopWorkbench(server, { log });
} finally {
  log(`finished in ${((Date.now() - T0) / 1000).toFixed(1)} s; screenshots in ${RESULTS}`);
  code = checks.summary();
  process.exit(code);
}
