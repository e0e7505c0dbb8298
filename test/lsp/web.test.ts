// VS Code for the Web (issue 14): the web worker server, dist/web/server.js, answers as the Node server
// does. The bundle runs in a worker thread where `self` is the only way out (its messages), and Node's
// `process`, `Buffer`, `require` and `global` are hidden from it, as in a browser's web worker; the
// same requests go to dist/server.js, and the answers must be equal. The web bundles are also scanned
// for Node builtins (esbuild already refuses them in a browser build; this catches a stray `require`).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createProtocolConnection, PortMessageReader, PortMessageWriter, type ProtocolConnection,
  type Definition, type DocumentDiagnosticReport, type Hover, type LocationLink,
} from 'vscode-languageserver-protocol/node';
import { noFileSystemReason } from '../../server/src/prior-source';
import { buildOnce, FULL_CAPS, KK_TEXT, open, ROOT, RU_TEXT, startServer, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

const WEB_SERVER = path.join(ROOT, 'dist', 'web', 'server.js');
const WEB_CLIENT = path.join(ROOT, 'dist', 'web', 'client.js');

/** Runs the web server bundle in a worker thread, as a browser would run it in a web worker. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const code = require('node:fs').readFileSync(workerData.bundle, 'utf8');
const self = {
  postMessage: (m) => parentPort.postMessage(m),
  addEventListener: () => {},
  set onmessage(f) { parentPort.on('message', (data) => f({ data })); },
};
// No Node API inside: what a web worker does not have is undefined for the bundle.
new Function('self', 'process', 'Buffer', 'require', 'global', 'module', 'exports', code)(self);
`;

interface WebServer {
  conn: ProtocolConnection;
  settings: Record<string, unknown>;
  logs: string[];
  stop(): Promise<void>;
}

async function startWebServer(settings: Record<string, unknown> = {}): Promise<WebServer> {
  buildOnce();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bundle: WEB_SERVER } });
  const conn = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  const s: WebServer = {
    conn, settings, logs: [],
    async stop() {
      await conn.sendRequest('shutdown').catch(() => undefined);
      conn.dispose();
      await worker.terminate();
    },
  };
  conn.onNotification('window/logMessage', (p: { message: string }) => { s.logs.push(p.message); });
  conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'atazan' ? s.settings : null)));
  for (const m of ['workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'client/registerCapability']) {
    conn.onRequest(m, () => null);
  }
  conn.listen();
  // A web workspace: its folder is not a file: URI.
  const folder = { uri: 'vscode-test-web://mount/', name: 'mount' };
  await conn.sendRequest('initialize', { processId: null, rootUri: folder.uri, workspaceFolders: [folder], capabilities: FULL_CAPS });
  conn.sendNotification('initialized', {});
  return s;
}

/** A draft with one defect: a citation of an article that does not exist. */
const DRAFT = RU_TEXT.replace('статьей 51 Конституции', 'статьей 951 Конституции');
const URI = 'vscode-test-web://mount/draft-ru.const.txt';
const KK_URI = 'vscode-test-web://mount/draft-kk.const.txt';

type Conn = { conn: ProtocolConnection };

function openBoth(s: Conn): void {
  open(s as Server, URI, DRAFT);
  open(s as Server, KK_URI, KK_TEXT);
}

async function diagnostics(s: Conn, uri = URI) {
  const r = await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as DocumentDiagnosticReport;
  return r.kind === 'full' ? r.items.map((d) => ({ code: d.code, message: typeof d.message === 'string' ? d.message : d.message.value, range: d.range, severity: d.severity })) : [];
}

/** The hover at the `$0` of `needle` in `text`. */
async function hover(s: Conn, uri: string, text: string, needle: string) {
  const h = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: cursorPos(text, needle) }) as Hover | null;
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : null;
}

async function definition(s: Conn, needle: string) {
  return await s.conn.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: cursorPos(DRAFT, needle) }) as Definition | LocationLink[] | null;
}

describe('VS Code for the Web: the web worker server', function () {
  this.timeout(120000);
  let web: WebServer;
  let node: Server;
  before(async () => {
    web = await startWebServer();
    node = await startServer();
    openBoth(web);
    openBoth(node);
  });
  after(async () => {
    await web?.stop();
    await node?.stop();
  });

  it('the web bundles require no Node builtin and no file', () => {
    for (const f of [WEB_SERVER, WEB_CLIENT]) {
      const code = readFileSync(f, 'utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepEqual([...new Set(required)], f === WEB_CLIENT ? ['vscode'] : [], path.relative(ROOT, f));
      assert.doesNotMatch(code, /\bfrom\s+["'](?:node:)?(?:fs|path|os|url|util|v8|child_process|net|worker_threads)["']/, path.relative(ROOT, f));
    }
  });

  it('diagnostics: the same as the Node server, the seeded dangling citation among them', async () => {
    const w = await diagnostics(web);
    assert.deepEqual(w, await diagnostics(node));
    const line = cursorPos(DRAFT, '$0статьей 951').line;
    assert.ok(w.some((d) => d.range.start.line === line && /951/.test(d.message)), JSON.stringify(w.map((d) => d.code)));
    assert.deepEqual(await diagnostics(web, KK_URI), await diagnostics(node, KK_URI));
  });

  it('hover on an article heading: the 1995 predecessor from the bundled texts, as in Node (ru and kk)', async () => {
    const w = await hover(web, URI, DRAFT, '\nСтатья $012\n');
    assert.ok(w && /1995/.test(w), String(w));
    assert.equal(w, await hover(node, URI, DRAFT, '\nСтатья $012\n'));
    const wk = await hover(web, KK_URI, KK_TEXT, '\n1$02-бап\n');
    assert.ok(wk && /1995/.test(wk), String(wk));
    assert.equal(wk, await hover(node, KK_URI, KK_TEXT, '\n1$02-бап\n'));
  });

  it('definition of a citation: the cited article, as in Node', async () => {
    const w = await definition(web, 'пунктом 3 статьи 6$02');
    assert.ok(w && JSON.stringify(w).includes(URI), JSON.stringify(w));
    assert.deepEqual(w, await definition(node, 'пунктом 3 статьи 6$02'));
  });

  it('the 2026 Constitution as the prior: bundled too', async () => {
    web.settings = { prior: 'kz-2026' };
    node.settings = { prior: 'kz-2026' };
    for (const s of [web, node]) s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const w = await hover(web, URI, DRAFT, '\nСтатья $012\n');
    assert.ok(w && /2026/.test(w), String(w));
    assert.equal(w, await hover(node, URI, DRAFT, '\nСтатья $012\n'));
  });

  it('a prior given as a path: refused with a reason (no file system), the draft still checked', async () => {
    web.settings = { prior: 'texts/old.txt' };
    web.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const w = await diagnostics(web);
    const unavailable = w.filter((d) => d.code === 'prior-unavailable');
    assert.equal(unavailable.length, 1, JSON.stringify(w));
    assert.ok(unavailable[0].message.includes(noFileSystemReason()), unavailable[0].message);
    assert.ok(w.some((d) => /951/.test(d.message)));
  });
});
