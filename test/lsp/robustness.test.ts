// The server survives defects and odd requests: handler exceptions, closed or unknown documents,
// out-of-range positions, cancellation; workspace folders are scanned within bounds, multi-root.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import { CancellationTokenSource, IPCMessageReader, IPCMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { EXAMPLES, ROOT, RU_TEXT, RU_URI, buildOnce, close, open, processExit, serverUntil, startServer, td, type Server } from '../support/harness';
import { cursorPos } from '../support/text';
import { settleWithin } from '../support/wait';

async function alive(s: Server): Promise<void> {
  const syms = await s.conn.sendRequest('textDocument/documentSymbol', td(RU_URI)) as DocumentSymbol[];
  assert.ok(syms.length > 10, 'the server still answers');
  assert.equal(s.exited, false);
}

describe('LSP robustness', function () {
  this.timeout(60000);
  let s: Server;
  before(async () => {
    s = await startServer();
    open(s, RU_URI, RU_TEXT);
  });
  after(async () => {
    await s?.stop();
  });

  it('a handler exception is logged and answered with an empty result', async () => {
    // `positions` must be an array: iterating a number throws inside the handler.
    const r = await s.conn.sendRequest('textDocument/selectionRange', { ...td(RU_URI), positions: 42 });
    assert.deepEqual(r, []);
    await serverUntil(s, () => s.logs.some((l) => l.includes('[atazan] textDocument/selectionRange failed')), 'the failure logged');
    const h = await s.conn.sendRequest('textDocument/references', { ...td(RU_URI), position: cursorPos(RU_TEXT, '$0Статья 62'), context: null });
    assert.ok(Array.isArray(h));
    await alive(s);
  });

  it('malformed params do not kill the server', async () => {
    for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/documentHighlight', 'textDocument/codeLens',
      'textDocument/foldingRange', 'textDocument/semanticTokens/full', 'textDocument/documentSymbol', 'textDocument/diagnostic']) {
      await s.conn.sendRequest(method, { textDocument: null, position: 'x' }).catch(() => undefined);
      await s.conn.sendRequest(method, {}).catch(() => undefined);
    }
    await s.conn.sendRequest('workspace/symbol', { query: 17 }).catch(() => undefined);
    await s.conn.sendRequest('codeLens/resolve', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, data: { uri: 'file:///nope', article: '1' } });
    await alive(s);
  });

  it('unknown and closed documents give empty results', async () => {
    const unknown = 'file:///nowhere/x.const.txt';
    assert.equal(await s.conn.sendRequest('textDocument/hover', { ...td(unknown), position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await s.conn.sendRequest('textDocument/documentSymbol', td(unknown)), []);
    const tmp = 'file:///tmp/closed.const.txt';
    open(s, tmp, RU_TEXT);
    assert.ok((await s.conn.sendRequest('textDocument/documentSymbol', td(tmp)) as unknown[]).length > 0);
    close(s, tmp);
    assert.deepEqual(await s.conn.sendRequest('textDocument/documentSymbol', td(tmp)), []);
    assert.deepEqual(await s.conn.sendRequest('textDocument/references', { ...td(tmp), position: { line: 1, character: 1 }, context: { includeDeclaration: true } }), []);
    await alive(s);
  });

  it('out-of-range positions are clamped', async () => {
    for (const position of [{ line: 999999, character: 5 }, { line: -3, character: -7 }, { line: 5, character: 1e9 }, { line: 1.5, character: NaN }]) {
      await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position });
      assert.ok(Array.isArray(await s.conn.sendRequest('textDocument/definition', { ...td(RU_URI), position })));
      const sel = await s.conn.sendRequest('textDocument/selectionRange', { ...td(RU_URI), positions: [position] }) as unknown[];
      assert.equal(sel.length, 1);
    }
    await alive(s);
  });

  it('cancellation is honoured with RequestCancelled', async () => {
    // Keep the server busy with a large document so the request and its cancellation arrive together.
    const big = 'file:///tmp/big.const.txt';
    open(s, big, RU_TEXT.repeat(20));
    const busy = s.conn.sendRequest('textDocument/semanticTokens/full', td(big));
    const src = new CancellationTokenSource();
    const p = s.conn.sendRequest('textDocument/documentSymbol', td(RU_URI), src.token);
    src.cancel();
    await assert.rejects(p, (e: { code?: number }) => e.code === -32800);
    await busy;
    close(s, big);
    await alive(s);
  });
});

describe('workspace symbols from drafts on disk (multi-root, bounded)', function () {
  this.timeout(60000);
  let dir: string;
  let s: Server;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atazan-ws-'));
    const a = path.join(dir, 'a');
    const outside = path.join(dir, 'outside');
    mkdirSync(path.join(a, 'nested'), { recursive: true });
    mkdirSync(path.join(a, 'node_modules'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(a, 'nested', 'law.const.md'), 'ПРОЕКТ\n# Раздел I. Пробный\n## Статья 1. Уникальнейшее название\n1. Текст.\n');
    writeFileSync(path.join(a, 'node_modules', 'skip.constitution'), 'Статья 1. Вендорное\nТекст.\n');
    writeFileSync(path.join(a, 'notes.txt'), 'Статья 1. Не проект\n');
    writeFileSync(path.join(outside, 'secret.constitution'), 'Статья 1. Секретное\nТекст.\n');
    try {
      symlinkSync(outside, path.join(a, 'link'), 'dir');
    } catch {
      // symlinks may be unavailable; the other checks still hold
    }
    s = await startServer({ folders: [EXAMPLES, a] });
  });
  after(async () => {
    await s?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds drafts in every folder without opening them, and nothing outside', async () => {
    const r = await s.conn.sendRequest('workspace/symbol', { query: '' }) as SymbolInformation[];
    const uris = new Set(r.map((x) => x.location.uri));
    assert.ok(uris.has(RU_URI) && uris.has(pathToFileURL(path.join(EXAMPLES, 'draft-2026-kk.const.txt')).href));
    assert.ok(uris.has(pathToFileURL(path.join(dir, 'a', 'nested', 'law.const.md')).href));
    const names = r.map((x) => x.name).join('\n');
    assert.ok(!/Вендорное|Секретное|Не проект/.test(names), 'no node_modules, no symlinked folders, no other extensions');
    const u = await s.conn.sendRequest('workspace/symbol', { query: 'уникальнейшее' }) as SymbolInformation[];
    assert.deepEqual(u.map((x) => x.name), ['Статья 1. Уникальнейшее название']);
  });

  it('an open document wins over its file on disk', async () => {
    open(s, RU_URI, RU_TEXT.replace('\nСтатья 9\n', '\nСтатья 9. Языки\n'));
    const r = await s.conn.sendRequest('workspace/symbol', { query: 'Языки' }) as SymbolInformation[];
    assert.deepEqual(r.map((x) => x.name), ['Статья 9. Языки']);
    const all = await s.conn.sendRequest('workspace/symbol', { query: '9' }) as SymbolInformation[];
    assert.equal(all.filter((x) => x.location.uri === RU_URI && /^Статья 9\b/.test(x.name)).length, 1, 'not listed twice');
  });
});

describe('transport: --node-ipc', function () {
  this.timeout(60000);
  it('the bundled server answers over node IPC as well as stdio', async () => {
    buildOnce();
    const child = fork(path.join(ROOT, 'dist', 'server.js'), ['--node-ipc'], { silent: true });
    const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    conn.listen();
    try {
      const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: Record<string, unknown> };
      assert.ok(init.capabilities.hoverProvider);
      conn.sendNotification('initialized', {});
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: RU_URI, languageId: 'constitution', version: 1, text: RU_TEXT } });
      const syms = await conn.sendRequest('textDocument/documentSymbol', td(RU_URI)) as SymbolInformation[];
      // No hierarchical support announced: flat SymbolInformation with container names.
      assert.ok(syms.length > 96 && syms.every((x) => 'location' in x));
      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
    } finally {
      await settleWithin(processExit(child), 2000);
      if (child.exitCode === null) child.kill();
      conn.dispose();
    }
  });
});
