// Issue 15 (server start): dist/server-boot.js runs dist/server.js with V8's code cache in a folder the
// client names (`--code-cache=DIR`, server/src/boot.ts). The server must answer exactly as dist/server.js
// does — with no cache, with its own cache, and with a damaged, foreign or unwritable one — and the cache
// must be written once and then used (not rewritten) by the next start.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { buildOnce, open, pull, ROOT, RU_TEXT, RU_URI, startServer, td, type Server } from '../support/harness';
import { until, type Signal } from '../support/wait';

const BOOT = path.join(ROOT, 'dist', 'server-boot.js');
// A draft with problems: article 62 renumbered (its citations dangle) and a pin to a 1995 article that
// does not exist (the prior's own diagnostic).
const TEXT = RU_TEXT.replace('Статья 62\n', 'Статья 620\n').replace('\nСтатья 12\n', '\nСтатья 12\n<!-- prior: 555 -->\n');

interface Answers { capabilities: unknown; diagnostics: unknown; symbols: unknown; hover: unknown }

async function answers(s: Server): Promise<Answers> {
  open(s, RU_URI, TEXT);
  // As test/lsp/prior.test.ts: pulled again after each refresh until the prior's problem is there.
  let settled = await pull(s, RU_URI);
  while (!settled.some((d) => d.code === 'prior-article-missing')) {
    const seen = s.refreshes;
    await until(s.signal, () => s.refreshes > seen, 'a diagnostic refresh with the prior problems');
    settled = await pull(s, RU_URI);
  }
  const symbols = await s.conn.sendRequest('textDocument/documentSymbol', td(RU_URI));
  const hover = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: { line: 0, character: 1 } });
  return { capabilities: s.init.capabilities, diagnostics: settled, symbols, hover };
}

async function run(args: string[] | null): Promise<Answers> {
  const s = await startServer(args ? { entry: BOOT, args } : {});
  try {
    return await answers(s);
  } finally {
    await s.stop();
  }
}

const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^server-[0-9a-f]{16}\.cache$/.test(f)) : []);

describe('LSP: the server started through its code cache (dist/server-boot.js)', function () {
  this.timeout(180000);
  let tmp = '';
  let plain: Answers;

  before(async () => {
    buildOnce();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-cache-'));
    plain = await run(null);
    assert.ok((plain.diagnostics as unknown[]).length > 0, 'the draft has problems');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('without --code-cache: the same answers, nothing written', async () => {
    assert.deepEqual(await run([]), plain);
  });

  it('writes the cache once after the first analysis, then starts from it without rewriting it', async () => {
    const dir = path.join(tmp, 'fresh', 'code-cache');
    const s = await startServer({ entry: BOOT, args: [`--code-cache=${dir}`] });
    try {
      assert.deepEqual(await answers(s), plain);
      // Written while the server runs (a little after its first analysis), not only at exit.
      await until(tick(), () => cacheFiles(dir).length === 1 || null, 'the cache written', 20000);
    } finally {
      await s.stop();
    }
    const [name] = cacheFiles(dir);
    const file = path.join(dir, name);
    const before = fs.statSync(file).mtimeMs;
    const bytes = fs.readFileSync(file);
    for (let i = 0; i < 2; i++) assert.deepEqual(await run([`--code-cache=${dir}`]), plain);
    assert.deepEqual(cacheFiles(dir), [name]);
    assert.equal(fs.statSync(file).mtimeMs, before, 'a cache V8 accepted is not written again');
    assert.ok(fs.readFileSync(file).equals(bytes));
    // An older cache (another bundle or Node) is removed when a new one is written.
    const dir2 = path.join(tmp, 'old');
    fs.mkdirSync(dir2);
    fs.writeFileSync(path.join(dir2, 'server-0123456789abcdef.cache'), 'old');
    fs.writeFileSync(path.join(dir2, 'notes.txt'), 'not ours');
    assert.deepEqual(await run([`--code-cache=${dir2}`]), plain);
    assert.deepEqual(cacheFiles(dir2), [name]);
    assert.ok(fs.existsSync(path.join(dir2, 'notes.txt')));
  });

  it('a damaged, foreign or unreadable cache is never used: the same answers, and a good cache written in its place', async () => {
    const dir = path.join(tmp, 'good');
    assert.deepEqual(await run([`--code-cache=${dir}`]), plain);
    const [name] = cacheFiles(dir);
    const good = fs.readFileSync(path.join(dir, name));
    const head = good.length - payloadLength(good);
    // V8's own cache for the same source, made in this process (other V8 flags): V8 rejects it.
    const source = fs.readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8');
    const own = new vm.Script(Module.wrap(source), { filename: path.join(ROOT, 'dist', 'server.js') }).createCachedData();
    const withHeader = (payload: Buffer) => {
      const sum = require('node:crypto').createHash('sha1').update(payload).digest() as Buffer;
      return Buffer.concat([good.subarray(0, head - sum.length), sum, payload]);
    };
    const flipped = Buffer.from(good);
    for (let i = head + 64; i < flipped.length; i += 4099) flipped[i] ^= 0x5a; // a damaged payload (V8 would crash on it)
    const cases: [string, Buffer | 'dir'][] = [
      ['payload bytes flipped', flipped],
      ['truncated', good.subarray(0, good.length >> 1)],
      ['header only', good.subarray(0, head)],
      ['garbage', Buffer.from('not a cache at all')],
      ['empty', Buffer.alloc(0)],
      ['V8 cache under other flags, with a valid header', withHeader(own)],
      ['a folder in its place', 'dir'],
    ];
    for (const [what, content] of cases) {
      const d = path.join(tmp, `bad-${cases.findIndex((c) => c[0] === what)}`);
      fs.mkdirSync(d, { recursive: true });
      if (content === 'dir') fs.mkdirSync(path.join(d, name));
      else fs.writeFileSync(path.join(d, name), content);
      assert.deepEqual(await run([`--code-cache=${d}`]), plain, what);
      if (content !== 'dir') assert.ok(fs.readFileSync(path.join(d, name)).equals(good) || fs.readFileSync(path.join(d, name)).length > head, `${what}: rewritten`);
      // And the next start uses what was written.
      assert.deepEqual(await run([`--code-cache=${d}`]), plain, `${what}, next start`);
    }
  });

  it('an unwritable cache folder: the same answers', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x');
    assert.deepEqual(await run([`--code-cache=${path.join(file, 'cache')}`]), plain);
  });
});

/** A signal that fires every 100 ms (for polling the file system). */
function tick(): Signal {
  return {
    subscribe(l) {
      const t = setInterval(l, 100);
      return () => clearInterval(t);
    },
  };
}

/** The payload's length of a cache file written by boot.ts (magic line + two SHA-1 hashes before it). */
function payloadLength(file: Buffer): number {
  return file.length - ('ATAZAN-V8-CACHE\n'.length + 2 * 20);
}
