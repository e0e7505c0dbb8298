// Tests that cannot flake or pass silently (issue 14): no fixed sleeps before assertions (a test waits
// on the event it needs, test/support/wait.ts) and no skipped or exclusive tests (a broken module must
// fail, not vanish from the report). Every exception is listed here with its reason, and an exception
// that no longer matches anything must go.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, filesUnder } from '../support/files';

const TEST = path.join(ROOT, 'test');
const SELF = path.relative(ROOT, __filename).split(path.sep).join('/');

interface Rule {
  name: string;
  re: RegExp;
}

const RULES: Rule[] = [
  { name: 'a timer (setTimeout)', re: /\bsetTimeout\s*\(/ },
  { name: 'a fixed sleep (sleep/delay)', re: /(?<![.\w])(?:sleep|delay)\s*\(/ },
  { name: 'a fixed Playwright wait (waitForTimeout)', re: /\.waitForTimeout\s*\(/ },
  { name: 'timers/promises', re: /['"](?:node:)?timers\/promises['"]/ },
  { name: 'a skipped test (.skip)', re: /\b(?:describe|it|context|suite|test|specify)\s*\.\s*skip\b/ },
  { name: 'a skipped test (xit/xdescribe)', re: /(?<![.\w])x(?:it|describe|context|specify)\s*\(/ },
  { name: 'a skip at run time (this.skip)', re: /\bthis\s*\.\s*skip\s*\(/ },
  { name: 'an exclusive test (.only)', re: /\b(?:describe|it|context|suite|test|specify)\s*\.\s*only\b/ },
];

interface Allowed {
  file: string;
  /** A piece of the line the exception covers. */
  line: string;
  reason: string;
}

const ALLOWED: Allowed[] = [
  { file: 'test/support/wait.ts', line: 'export function delay(ms: number)', reason: 'the definition of delay() below' },
  { file: 'test/support/wait.ts', line: 'setTimeout(r, ms)', reason: 'delay(): the one pause, for behaviour under test (a slow client)' },
  { file: 'test/support/wait.ts', line: "timer = setTimeout(() => reject(", reason: 'withTimeout(): a timeout that can only fail a wait' },
  { file: 'test/support/wait.ts', line: 'timer = setTimeout(() => resolve(undefined)', reason: 'settleWithin(): teardown gives up on a peer that does not answer' },
  { file: 'test/support/wait.ts', line: 'setTimeout(r, interval)', reason: 'waitFor(): paces the retries of a poll for what has no event' },
  { file: 'test/support/harness.ts', line: 'await delay(server.configDelay)', reason: 'the client answering workspace/configuration late is what incremental.test.ts tests' },
  { file: 'test/lsp/memory.test.ts', line: "process.kill(pid, 'SIGUSR2')", reason: 'opt-in heap snapshots (ATAZAN_MEM_SNAPSHOT): gives the server time to write them; nothing is asserted on it' },
  { file: 'test/lsp/memory.test.ts', line: 'if (!linux) this.skip()', reason: 'RSS is read from /proc: no such measurement elsewhere' },
  { file: 'test/unit/prior-compare.test.ts', line: "process.platform === 'win32'", reason: 'Windows without the symlink privilege cannot create the links' },
  { file: 'test/e2e/lib.mjs', line: 'pids.some(alive)) await new Promise((r) => setTimeout(r, 100))', reason: 'killTree(): teardown waits for processes to go before SIGKILL' },
  { file: 'test/e2e/neovim.e2e.mjs', line: 'const timer = setTimeout(async', reason: 'watchdog: stops a Neovim that never exits' },
  { file: 'test/e2e/vscode.e2e.mjs', line: 'const hardTimeout = setTimeout(', reason: 'watchdog: the whole e2e run fails after 10 minutes' },
];

interface Hit {
  file: string;
  lineNo: number;
  text: string;
  rule: string;
}

/** Hits of the rules in one file's text (comment lines are not code and are passed over). */
function scan(file: string, text: string): Hit[] {
  const hits: Hit[] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t.startsWith('//') || t.startsWith('*') || t.startsWith('/*')) return;
    for (const r of RULES) if (r.re.test(line)) hits.push({ file, lineNo: i + 1, text: t, rule: r.name });
  });
  return hits;
}

describe('test hygiene: no fixed sleeps, no skipped tests (issue 14)', () => {
  const files = filesUnder(TEST, /\.(?:ts|mts|cts|js|mjs|cjs)$/, ['fixtures', 'node_modules']).map((p) => path.relative(ROOT, p).split(path.sep).join('/')).filter((f) => f !== SELF);
  const hits = files.flatMap((f) => scan(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));

  it('the scan sees the test layers', () => {
    for (const dir of ['test/unit/', 'test/lsp/', 'test/support/', 'test/e2e/', 'test/vscode-electron/']) {
      assert.ok(files.some((f) => f.startsWith(dir)), `no file scanned in ${dir}`);
    }
  });

  it('the rules catch what they are for', () => {
    const sample = [
      'await sleep(500);', 'await new Promise((r) => setTimeout(r, 100));', 'await page.waitForTimeout(1000);',
      "import { setTimeout } from 'node:timers/promises';", 'describe.skip("x", () => {});', '(ok ? describe : describe.skip)("x", f);',
      'it.skip("y");', 'xit("z");', 'if (!ok) this.skip();', 'it.only("w");', 'await delay(50);',
    ];
    const found = sample.map((l) => scan('sample.ts', l).length);
    assert.deepEqual(found.map((n) => n > 0), sample.map(() => true), sample.filter((_, i) => !found[i]).join(' | '));
    assert.deepEqual(scan('sample.ts', '// await sleep(500) in a comment\nconst asleep = 1; x.delay(3); fooSleep(2);'), []);
  });

  it('no fixed sleep, timer, skip or .only outside the listed exceptions', () => {
    const bad = hits.filter((h) => !ALLOWED.some((a) => a.file === h.file && h.text.includes(a.line)));
    assert.deepEqual(bad.map((h) => `${h.file}:${h.lineNo}: ${h.rule}: ${h.text}`), []);
  });

  it('every exception still matches a line and gives a reason', () => {
    const stale = ALLOWED.filter((a) => !hits.some((h) => a.file === h.file && h.text.includes(a.line)) || a.reason.length < 20);
    assert.deepEqual(stale.map((a) => `${a.file}: ${a.line}`), []);
  });
});
