// Issue 17.5, the smaller defects, over stdio against dist/server.js.

import * as assert from 'node:assert/strict';
import { RU_TEXT, RU_URI, startRaw, type RawServer } from './harness';

describe('LSP: smaller defects (issue 17.5)', function () {
  this.timeout(120000);
  let s: RawServer | null = null;

  afterEach(() => {
    s?.kill();
    s = null;
  });

  describe('lifecycle', () => {
    it('before initialize a request is refused with -32002 (ServerNotInitialized) and a notification is dropped', async () => {
      s = startRaw();
      const early = await s.request('textDocument/documentSymbol', { textDocument: { uri: RU_URI } });
      assert.equal(early.error?.code, -32002, JSON.stringify(early));
      assert.match(early.error.message, /not initialized/i);
      s.notify('textDocument/didOpen', { textDocument: { uri: RU_URI, languageId: 'constitution', version: 1, text: RU_TEXT } });
      const init = await s.initialize();
      assert.ok(init.result?.capabilities, 'initialize is answered');
      // The didOpen sent before initialize was dropped: the document is not open.
      const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri: RU_URI } });
      assert.ok(symbols.result === null || (Array.isArray(symbols.result) && symbols.result.length === 0), JSON.stringify(symbols).slice(0, 200));
      s.notify('exit');
      assert.equal(await s.exit, 1, 'exit without shutdown exits with 1');
    });

    it('after shutdown a request is refused with -32600 (InvalidRequest); exit then exits with 0', async () => {
      s = startRaw();
      await s.initialize();
      s.notify('textDocument/didOpen', { textDocument: { uri: RU_URI, languageId: 'constitution', version: 1, text: RU_TEXT } });
      const before = await s.request('textDocument/documentSymbol', { textDocument: { uri: RU_URI } });
      assert.ok(Array.isArray(before.result) && before.result.length > 0);
      const down = await s.request('shutdown');
      assert.equal(down.error, undefined);
      const late = await s.request('textDocument/documentSymbol', { textDocument: { uri: RU_URI } });
      assert.equal(late.error?.code, -32600, JSON.stringify(late).slice(0, 200));
      assert.match(late.error.message, /after "shutdown"/);
      s.notify('exit');
      assert.equal(await s.exit, 0);
    });
  });
});
