// Hostile client (issue 7): the bundled server (dist/server.js, built here with `node esbuild.mjs`)
// over stdio must survive out-of-range positions, unknown/closed documents, wrong versions,
// cancellations, 1,000 rapid edits, garbage settings and unusable prior paths, answering with errors
// or empty results and logging clear messages; at the end it still answers a request correctly.

import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core';
import { ROOT, RU_TEXT, processExit, track } from '../support/harness';
import { settleWithin, withTimeout } from '../support/wait';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const DRAFT = RU_TEXT;

type Any = any;

describe('LSP: hostile client', function () {
  this.timeout(120000);
  let proc: ChildProcess;
  let conn: ProtocolConnection;
  let ws: string;
  let outside: string;
  const logs: { type: number; message: string }[] = [];
  const published = new Map<string, Any[]>();
  /** What workspace/configuration answers; replaced by the tests (garbage on purpose). */
  let config: (item: Any) => unknown = () => ({});
  let stderr = '';
  let exited: number | null | undefined;
  let uriSeq = 0;
  const newUri = (name = 'doc') => pathToFileURL(path.join(ws, `${name}-${++uriSeq}.const.txt`)).toString();

  /** A request that must be answered: a result or a JSON-RPC error, never a hang. */
  async function answer(method: string, params: unknown, ms = 20000): Promise<{ result?: Any; error?: Any }> {
    return withTimeout(conn.sendRequest(method, params).then((result) => ({ result }), (error) => ({ error })), ms, `an answer to ${method}`);
  }

  function open(uri: string, text: string, version = 1): void {
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'constitution', version, text } });
  }

  async function pull(uri: string): Promise<Any[]> {
    const r = await answer('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(!r.error, `diagnostic pull failed: ${r.error?.message}`);
    return r.result?.items ?? [];
  }

  function alive(): void {
    assert.equal(exited, undefined, `server exited (${exited}); stderr: ${stderr.slice(-2000)}`);
  }

  before(function () {
    this.timeout(120000);
    const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0 || !fs.existsSync(SERVER)) throw new Error(`build failed: ${b.stderr}`);
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-hostile-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-outside-'));
    fs.writeFileSync(path.join(ws, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
    // «Статья 1» in windows-1251: not UTF-8.
    fs.writeFileSync(path.join(ws, 'cp1251.txt'), Buffer.from([0xd1, 0xf2, 0xe0, 0xf2, 0xfc, 0xff, 0x20, 0x31, 0x0a, 0xd2, 0xe5, 0xea, 0xf1, 0xf2, 0x2e, 0x0a]));
    fs.mkdirSync(path.join(ws, 'a-directory.txt'));
    fs.writeFileSync(path.join(ws, 'no-articles.txt'), 'just some words\n');
    const huge = fs.openSync(path.join(ws, 'huge.txt'), 'w');
    fs.ftruncateSync(huge, 64 * 1024 * 1024); // sparse, 64 MB
    fs.closeSync(huge);
    fs.writeFileSync(path.join(outside, 'prior.txt'), 'Статья 1\nТекст.\n');

    proc = track(spawn(process.execPath, [SERVER, '--stdio'], { cwd: ws, stdio: ['pipe', 'pipe', 'pipe'] }));
    proc.stderr!.on('data', (d) => { stderr += d; });
    proc.on('exit', (code) => { exited = code; });
    conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onNotification('window/logMessage', (p: Any) => { logs.push(p); });
    conn.onNotification('window/showMessage', (p: Any) => { logs.push(p); });
    conn.onNotification('textDocument/publishDiagnostics', (p: Any) => { published.set(p.uri, p.diagnostics); });
    conn.onRequest('workspace/configuration', (p: Any) => (p?.items ?? []).map((it: Any) => config(it)));
    (conn as Any).onRequest(() => null); // client/registerCapability, refresh requests, …
    (conn as Any).onNotification(() => {});
    conn.listen();
  });

  after(async () => {
    try {
      await settleWithin(conn.sendRequest('shutdown'), 3000);
      conn.sendNotification('exit');
    } catch { /* ignore */ }
    await settleWithin(processExit(proc), 2000);
    if (proc.exitCode === null && proc.signalCode === null) proc.kill();
    try { fs.rmSync(ws, { recursive: true, force: true }); fs.rmSync(outside, { recursive: true, force: true }); } catch { /* ignore */ }
  });

  it('initializes', async () => {
    const r = await answer('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).toString(),
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
      initializationOptions: { workspaceTrusted: true },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['markdown'] }, rename: { prepareSupport: true },
        },
      },
    });
    assert.ok(r.result?.capabilities, `initialize failed: ${r.error?.message}`);
    assert.ok(r.result.capabilities.diagnosticProvider, 'pull diagnostics offered to a client that can pull');
    conn.sendNotification('initialized', {});
  });

  it('out-of-range and malformed positions: empty results or errors, never a crash', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    const positions: Any[] = [
      { line: 999999, character: 0 }, { line: 0, character: 999999 }, { line: -1, character: -1 },
      { line: 2 ** 31, character: 2 ** 31 }, { line: 1.5, character: 0.5 }, { line: '3', character: '4' }, null, {},
    ];
    const methods = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/prepareRename',
      'textDocument/rename', 'textDocument/documentHighlight', 'textDocument/completion', 'textDocument/selectionRange'];
    for (const position of positions) {
      for (const m of methods) {
        const params: Any = { textDocument: { uri }, position, context: { includeDeclaration: true }, newName: '7' };
        if (m === 'textDocument/selectionRange') params.positions = [position];
        const r = await answer(m, params);
        if (r.error) assert.equal(typeof r.error.message, 'string');
      }
    }
    for (const range of [{ start: { line: 99999, character: 0 }, end: { line: 0, character: 0 } }, null, { start: {}, end: {} }]) {
      for (const m of ['textDocument/codeAction', 'textDocument/inlayHint', 'textDocument/semanticTokens/range']) {
        const r = await answer(m, { textDocument: { uri }, range, context: { diagnostics: [] } });
        if (r.error) assert.equal(typeof r.error.message, 'string');
      }
    }
    alive();
  });

  it('never-opened and closed documents: empty results', async () => {
    const never = pathToFileURL(path.join(ws, 'never-opened.const.txt')).toString();
    for (const uri of [never, 'untitled:Untitled-1', 'not a uri at all', '']) {
      for (const m of ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentSymbol',
        'textDocument/foldingRange', 'textDocument/codeLens', 'textDocument/semanticTokens/full', 'textDocument/diagnostic']) {
        const r = await answer(m, { textDocument: { uri }, position: { line: 0, character: 0 }, context: { includeDeclaration: false } });
        if (!r.error) {
          const v = r.result;
          const empty = v === null || (Array.isArray(v) && v.length === 0) || (Array.isArray(v?.items) && v.items.length === 0)
            || (Array.isArray(v?.data) && v.data.length === 0);
          assert.ok(empty, `${m} on ${uri} should be empty, got ${JSON.stringify(v).slice(0, 200)}`);
        }
      }
    }
    const uri = newUri('closed');
    open(uri, DRAFT);
    assert.ok((await answer('textDocument/documentSymbol', { textDocument: { uri } })).result?.length > 0);
    conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const r = await answer('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(r.error || r.result === null || (Array.isArray(r.result) && r.result.length === 0), 'closed document has no symbols');
    // Changes and closes for documents that are not open, and a second open of the same document.
    conn.sendNotification('textDocument/didChange', { textDocument: { uri: never, version: 5 }, contentChanges: [{ text: 'x' }] });
    conn.sendNotification('textDocument/didClose', { textDocument: { uri: never } });
    const twice = newUri('twice');
    open(twice, 'Статья 1\nТекст.\n');
    open(twice, 'Статья 1\nТекст.\nСтатья 3\n', 2);
    alive();
  });

  it('didChange with wrong versions and bad ranges: the server stays consistent', async () => {
    const uri = newUri('versions');
    open(uri, 'Статья 1\nТекст.\n', 10);
    const send = (version: Any, contentChanges: Any) => conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    send(3, [{ text: 'Статья 1\nстатьи 5 Конституции.\n' }]); // older version
    send(10, [{ text: 'Статья 1\nстатьи 6 Конституции.\n' }]); // same version
    send(null, [{ range: { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } }, text: 'x' }]);
    send(11, [{ range: { start: { line: 1, character: 5 }, end: { line: 0, character: 0 } }, text: '' }]); // reversed
    send(12, 'not an array');
    send(13, [{ text: 'Статья 1\nстатьи 7 Конституции.\n' }]);
    const items = await pull(uri);
    assert.ok(Array.isArray(items));
    const r = await answer('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(!r.error, r.error?.message);
    alive();
  });

  it('$/cancelRequest mid-request: cancelled or answered, and the next request works', async () => {
    const uri = newUri('cancel');
    const big = DRAFT.repeat(20);
    open(uri, big);
    const results: Any[] = [];
    for (const m of ['textDocument/diagnostic', 'textDocument/references', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full']) {
      // The protocol connection sends $/cancelRequest when the token is cancelled.
      const { CancellationTokenSource } = require('vscode-languageserver-protocol/node');
      const cts = new CancellationTokenSource();
      const p = conn.sendRequest(m, { textDocument: { uri }, position: { line: 10, character: 3 }, context: { includeDeclaration: true } }, cts.token)
        .then((result) => ({ result }), (error) => ({ error }));
      setImmediate(() => cts.cancel());
      results.push(await withTimeout(p, 20000, `${m} to answer after the cancellation`));
    }
    for (const r of results) if (r.error) assert.ok([-32800, -32803, -32801].includes(r.error.code) || typeof r.error.message === 'string');
    assert.ok((await pull(uri)).length >= 0);
    alive();
  });

  it('1,000 rapid edits: the final diagnostics match the final text', async () => {
    const uri = newUri('rapid');
    let text = 'Статья 1\n1. Текст.\nСтатья 2\n';
    open(uri, text, 1);
    let version = 1;
    let seed = 42;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const pieces = ['Статья 4\n', 'статьи 9 Конституции ', '2. ', '1) ', '\n', 'пункта 3 настоящей статьи ', 'x', 'Статья 2\n', '<!-- ', ' -->'];
    for (let i = 0; i < 1000; i++) {
      const li = analyze(text).lineIndex; // positions computed exactly as the server would
      const a = rnd(text.length + 1);
      const b = Math.min(text.length, a + (rnd(4) === 0 ? rnd(12) : 0));
      const insert = rnd(5) === 0 ? '' : pieces[rnd(pieces.length)];
      const range = { start: li.positionAt(a), end: li.positionAt(b) };
      text = text.slice(0, a) + insert + text.slice(b);
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: insert }] });
    }
    const items = await pull(uri);
    const an = analyze(text);
    const want = an.diagnostics.map((d) => `${d.code}@${JSON.stringify(an.lineIndex.range(d.span))}`).sort();
    const got = items.map((d: Any) => `${d.code}@${JSON.stringify(d.range)}`).sort();
    // Severity settings may turn some codes off; every reported one must be expected, and by default all are.
    for (const g of got) assert.ok(want.includes(g), `unexpected diagnostic ${g}`);
    assert.equal(got.length, want.length, `server has ${got.length} diagnostics, the final text has ${want.length}`);
    const sym = await answer('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(!sym.error);
    alive();
  });

  it('garbage settings from workspace/configuration: defaults are used, the server answers', async () => {
    const uri = newUri('settings');
    open(uri, 'Статья 1\nпервый пункт статьи 9.\nСтатья 3\n');
    const garbage: unknown[] = [
      42, 'string', null, [], [1, 2], true,
      { severity: 'loud' }, { diagnostics: { severity: 7 } }, { diagnostics: { severity: { 'article-number-gap': 12, x: null } } },
      { messages: { language: 12 } }, { 'messages.language': ['ru'] }, { prior: 17 }, { prior: { path: '/' } }, { 'prior.language': 'xx' },
      { inlayHints: { prior: 'yes' } }, { trace: { server: 5 } }, { __proto__: { polluted: true } }, JSON.parse('{"__proto__": {"polluted": 1}}'),
    ];
    for (const g of garbage) {
      config = () => g;
      conn.sendNotification('workspace/didChangeConfiguration', { settings: { atazan: g } });
      const items = await pull(uri);
      assert.ok(Array.isArray(items));
      const h = await answer('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 20 } });
      if (h.error) assert.equal(typeof h.error.message, 'string');
      const hints = await answer('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } } });
      if (hints.error) assert.equal(typeof hints.error.message, 'string');
    }
    assert.equal(({} as Any).polluted, undefined, 'no prototype pollution');
    config = () => ({});
    conn.sendNotification('workspace/didChangeConfiguration', { settings: { atazan: {} } });
    alive();
  });

  it('unusable prior paths (missing, binary, a directory, huge, windows-1251, no articles, outside the workspace): a clear message, no crash', async () => {
    const uri = newUri('prior');
    open(uri, DRAFT);
    const cases: [string, RegExp][] = [
      ['missing.txt', /does not exist|not found|cannot/i],
      ['binary.txt', /not a text file|NUL|binary/i],
      ['a-directory.txt', /directory/i],
      ['huge.txt', /too large|limit/i],
      ['cp1251.txt', /UTF-8|not a text/i],
      ['no-articles.txt', /no article/i],
      [path.join(outside, 'prior.txt'), /outside|workspace|not read|cannot/i],
      ['../' + path.basename(outside) + '/prior.txt', /outside|workspace|not read|cannot/i],
      ['\u0000', /invalid|cannot/i],
    ];
    for (const [p, re] of cases) {
      const before = logs.length;
      config = (it: Any) => (it?.section === 'atazan' || !it?.section ? { prior: p, 'prior.language': 'ru' } : {});
      conn.sendNotification('workspace/didChangeConfiguration', { settings: { atazan: { prior: p } } });
      const table = await answer('atazan/comparativeTable', { uri });
      const hover = await answer('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } });
      const hints = await answer('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
      const items = await pull(uri);
      if (hover.error) assert.equal(typeof hover.error.message, 'string');
      if (hints.error) assert.equal(typeof hints.error.message, 'string');
      // The reason must reach the user: in the table request's error, a log message or a diagnostic.
      const texts = [table.error?.message ?? '', ...logs.slice(before).map((l) => l.message), ...items.map((d: Any) => d.message)].join('\n');
      if (table.error === undefined && table.result && !/cannot|not/i.test(texts)) {
        assert.fail(`prior ${JSON.stringify(p)}: a table was produced without complaint: ${JSON.stringify(table.result).slice(0, 200)}`);
      }
      assert.ok(re.test(texts), `prior ${JSON.stringify(p)}: no clear reason (wanted ${re}); got: ${texts.slice(0, 600)}`);
    }
    assert.ok(logs.some((l) => /prior constitution .* cannot be used/i.test(l.message)), 'window/logMessage explains why the prior cannot be used');
    config = () => ({});
    conn.sendNotification('workspace/didChangeConfiguration', { settings: { atazan: {} } });
    alive();
  });

  it('still answers correctly at the end', async () => {
    const uri = newUri('final');
    const text = 'Статья 1\n1. Текст.\n2. Согласно пункту 1 настоящей статьи.\nСтатья 2\nс учетом статьи 1 Конституции.\n';
    open(uri, text);
    const an = analyze(text);
    const off = text.indexOf('статьи 1 Конституции') + 7;
    const r = await answer('textDocument/definition', { textDocument: { uri }, position: an.lineIndex.positionAt(off) });
    assert.ok(!r.error, r.error?.message);
    const locs = Array.isArray(r.result) ? r.result : [r.result];
    const first = locs[0];
    const range = first?.targetSelectionRange ?? first?.targetRange ?? first?.range;
    assert.ok(range, `definition answered ${JSON.stringify(r.result)}`);
    assert.equal(range.start.line, 0, 'article 1 is on line 0');
    assert.deepEqual(await pull(uri), []);
    alive();
    assert.ok(logs.every((l) => typeof l.message === 'string'));
    assert.ok(!/uncaught exception|unhandled rejection/i.test(logs.map((l) => l.message).join('\n') + stderr),
      `the server hit an uncaught error: ${logs.filter((l) => /uncaught|unhandled/i.test(l.message)).map((l) => l.message).join('\n').slice(0, 1500)}`);
  });
});
