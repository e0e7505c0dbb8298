// Issue 15: the server's start from V8's code cache (server/src/boot.ts). With ATAZAN_CODE_CACHE (the
// client passes the extension's global storage) the server writes one cache file there after its first
// analysis, the next server reads it (V8 accepts it: it is not written again) and answers the same
// diagnostics; without the variable nothing is written.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RU_TEXT, RU_URI, open, pull, startServer } from '../support/harness';
import { waitFor } from '../support/wait';

describe('LSP: the server starts from V8\'s code cache in the folder the client names (issue 15)', function () {
  this.timeout(120000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-codecache-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const caches = () => fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

  async function firstDiagnostics(env?: Record<string, string>) {
    const s = await startServer(env ? { env } : {});
    try {
      open(s, RU_URI, RU_TEXT);
      return { items: await pull(s, RU_URI), stop: () => s.stop() };
    } catch (e) {
      await s.stop();
      throw e;
    }
  }

  it('writes one cache after the first analysis, and the next start reads it; the diagnostics are the same', async () => {
    const plain = await firstDiagnostics();
    await plain.stop();
    assert.deepEqual(fs.readdirSync(dir), [], 'nothing written without ATAZAN_CODE_CACHE');

    const first = await firstDiagnostics({ ATAZAN_CODE_CACHE: dir });
    const [file] = await waitFor(() => (caches().length ? caches() : null), { what: 'the code cache file' });
    await first.stop();
    assert.deepEqual(caches(), [file]);
    const made = fs.statSync(path.join(dir, file));
    assert.ok(made.size > 100_000, `${made.size} bytes`);

    const second = await firstDiagnostics({ ATAZAN_CODE_CACHE: dir });
    await second.stop();
    const again = fs.statSync(path.join(dir, file));
    assert.equal(again.mtimeMs, made.mtimeMs, 'V8 accepted the cache: it was not written again');
    assert.deepEqual(fs.readdirSync(dir), [file], 'no temporary file left');
    assert.deepEqual(first.items, plain.items);
    assert.deepEqual(second.items, plain.items);
  });
});
