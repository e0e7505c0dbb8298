// Issue 17.2: after a malformed frame the server over stdio logs why, resynchronises on the next header
// and answers every later request (vscode-jsonrpc's reader went deaf: 0 of 20 answered, nothing logged).
// Raw bytes are written to `dist/server.js --stdio`; the answers are read with vscode-jsonrpc's reader.

import * as assert from 'node:assert/strict';
import { RU_TEXT, RU_URI, startRaw, type RawServer } from '../support/harness';

/** A request frame the server must never execute: the malformed frames carry it. */
const SHUTDOWN = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'shutdown' });

const FORMS: { name: string; bytes: string; parseError: boolean; logged: RegExp }[] = [
  { name: 'Content-Length: abc', bytes: 'Content-Length: abc\r\n\r\n{}', parseError: false, logged: /Content-Length is not a non-negative whole number: "abc"/ },
  { name: 'negative Content-Length', bytes: `Content-Length: -5\r\n\r\n${SHUTDOWN(71)}`, parseError: false, logged: /Content-Length is not a non-negative whole number: "-5"/ },
  {
    name: 'missing Content-Length',
    bytes: `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${SHUTDOWN(72)}`,
    parseError: false,
    logged: /no Content-Length header/,
  },
  { name: 'header line without a colon', bytes: `Content-Length: ${SHUTDOWN(73).length}\r\nbroken header\r\n\r\n${SHUTDOWN(73)}`, parseError: false, logged: /header line without a colon: "broken header"/ },
  { name: 'length shorter than the body', bytes: `Content-Length: 10\r\n\r\n${SHUTDOWN(74)}`, parseError: true, logged: /body of 10 bytes is not valid JSON/ },
  { name: 'truncated body followed by a new message', bytes: `Content-Length: 300\r\n\r\n{"jsonrpc":"2.0","id":75,"meth`, parseError: true, logged: /declared as 300 bytes ends after 30/ },
];

describe('LSP transport: malformed frames over stdio (issue 17.2)', function () {
  this.timeout(120000);
  let s: RawServer | null = null;

  afterEach(() => {
    s?.kill();
    s = null;
  });

  /** Opens the real draft, then asks for its symbols 20 times: every answer must come, and be the outline. */
  async function twentyAnswered(server: RawServer): Promise<void> {
    const answers = await Promise.all(Array.from({ length: 20 }, () => server.request('textDocument/documentSymbol', { textDocument: { uri: RU_URI } })));
    for (const a of answers) {
      assert.equal(a.error, undefined, `answered with an error: ${JSON.stringify(a.error)}`);
      assert.ok(Array.isArray(a.result) && a.result.length > 0, `outline of the draft: ${JSON.stringify(a.result)?.slice(0, 200)}`);
      assert.ok(JSON.stringify(a.result).includes('Статья 1'), 'the outline names «Статья 1»');
    }
  }

  for (const form of FORMS) {
    it(`${form.name}: logged, and the next 20 requests are answered`, async () => {
      s = startRaw();
      await s.initialize();
      s.notify('textDocument/didOpen', { textDocument: { uri: RU_URI, languageId: 'constitution', version: 1, text: RU_TEXT } });
      s.write(form.bytes);
      await twentyAnswered(s);
      assert.match(s.stderr(), /\[atazan\] transport: malformed message skipped/);
      assert.match(s.stderr(), form.logged);
      const parseErrors = s.received.filter((m) => m.id === null && m.error?.code === -32700);
      assert.equal(parseErrors.length, form.parseError ? 1 : 0, `parse errors: ${JSON.stringify(parseErrors)}`);
      // The shutdown the bad frame carried was never executed.
      const after = await s.request('textDocument/documentSymbol', { textDocument: { uri: RU_URI } });
      assert.ok(Array.isArray(after.result));
      assert.equal(s.proc.exitCode, null);
    });
  }

  it('all six forms in a row, then 20 requests answered', async () => {
    s = startRaw();
    await s.initialize();
    s.notify('textDocument/didOpen', { textDocument: { uri: RU_URI, languageId: 'constitution', version: 1, text: RU_TEXT } });
    // The frame without Content-Length goes first: after another malformed frame the server skips to the
    // next Content-Length, so a frame without one there is skipped with it and reported no more.
    const order = [FORMS[2], ...FORMS.filter((f) => f !== FORMS[2])];
    s.write(order.map((f) => f.bytes).join(''));
    await twentyAnswered(s);
    for (const f of FORMS) assert.match(s.stderr(), f.logged, f.name);
  });

  it('a document with Cyrillic sent in 7-byte writes (split inside characters and headers) arrives byte-exact', async () => {
    s = startRaw();
    await s.initialize();
    const open = s.frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: RU_URI, languageId: 'constitution', version: 1, text: RU_TEXT } } });
    for (let i = 0; i < open.length; i += 7) s.write(open.subarray(i, i + 7));
    const a = await s.request('textDocument/documentSymbol', { textDocument: { uri: RU_URI } });
    const names = JSON.stringify(a.result);
    // The last article of the draft is there: not one byte was lost or doubled.
    const lastArticle = [...RU_TEXT.matchAll(/^Статья (\d+)/gm)].pop()![1];
    assert.ok(names.includes(`Статья ${lastArticle}`), `outline ends with «Статья ${lastArticle}»`);
    assert.ok(!/\uFFFD/.test(names), 'no replacement characters');
    assert.doesNotMatch(s.stderr(), /malformed/);
  });
});
