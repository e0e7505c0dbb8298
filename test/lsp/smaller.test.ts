// Issue 17.5, the smaller defects, over stdio against dist/server.js.

import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, LocationLink } from 'vscode-languageserver-protocol';
import { FULL_CAPS, open, pull, RU_TEXT, RU_URI, startRaw, startServer, td, textOf, type RawServer, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

/** The real draft from «Статья 1» on: its first line is an article heading. */
const FROM_ARTICLE_1 = RU_TEXT.slice(RU_TEXT.indexOf('Статья 1\n'));

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
      const again = await s.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(again.error?.code, -32600, `a second initialize is refused: ${JSON.stringify(again).slice(0, 200)}`);
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

  describe('over a running server', () => {
    let srv: Server;
    before(async () => {
      srv = await startServer({ locale: 'ru', capabilities: { ...FULL_CAPS, textDocument: { ...FULL_CAPS.textDocument, rename: { prepareSupport: true } } } });
    });
    after(async () => {
      await srv.stop();
    });

    async function fixesAt(uri: string, d: Diagnostic): Promise<CodeAction[]> {
      return await srv.conn.sendRequest('textDocument/codeAction', { ...td(uri), range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    }

    it('the ordinal quick fix is offered only when «пункт 1» resolves', async () => {
      const uri = RU_URI.replace('.const.txt', '-ordinal.const.txt');
      // Article 1 of the draft has no numbered paragraphs, article 2 has seven.
      const sentence = ' Как указано в первом пункте настоящей статьи.';
      const a1 = RU_TEXT.indexOf('\n', RU_TEXT.indexOf('\nСтатья 1\n') + 1);
      const a1end = RU_TEXT.indexOf('\n', a1 + 1);
      const a2 = RU_TEXT.indexOf('\n', RU_TEXT.indexOf('\n1. ', RU_TEXT.indexOf('\nСтатья 2\n')) + 1);
      const text = RU_TEXT.slice(0, a1end) + sentence + RU_TEXT.slice(a1end, a2) + sentence + RU_TEXT.slice(a2);
      open(srv, uri, text);
      const ordinals = (await pull(srv, uri)).filter((d) => d.code === 'reference-ordinal-adjective');
      assert.equal(ordinals.length, 2, 'both ordinals are reported');
      const [inArticle1, inArticle2] = ordinals;
      assert.equal(textOf(text, inArticle1.range).toLowerCase(), 'первом пункте');
      assert.deepEqual(await fixesAt(uri, inArticle1), [], 'article 1 has no paragraph 1: no fix');
      const fix = await fixesAt(uri, inArticle2);
      assert.equal(fix.length, 1, 'article 2 has a paragraph 1: the fix is offered');
      assert.match(fix[0].title, /«пункте 1»/);
      const edit = fix[0].edit?.changes?.[uri]?.[0] ?? (fix[0].edit?.documentChanges?.[0] as any)?.edits?.[0];
      assert.equal(edit?.newText, 'пункте 1', '«в первом пункте» → «в пункте 1»');
    });

    it('a lone high surrogate right before «статьи 62» does not hide the citation', async () => {
      const uri = RU_URI.replace('.const.txt', '-surrogate.const.txt');
      const text = RU_TEXT.replace('пунктом 3 статьи 62', 'пунктом 3 \uD800статьи 62');
      open(srv, uri, text);
      const d = await srv.conn.sendRequest('textDocument/definition', { ...td(uri), position: cursorPos(text, '\uD800статьи 6$02') }) as LocationLink[] | null;
      assert.ok(d && d.length === 1, `a definition: ${JSON.stringify(d)}`);
      assert.ok(textOf(text, d[0].targetRange).startsWith('Статья 62\n'), textOf(text, d[0].targetRange).slice(0, 40));
    });

    it('rename, prepareRename and the renumber preview refuse a negative or out-of-range position (-32602)', async () => {
      const uri = RU_URI.replace('.const.txt', '-fragment.const.txt');
      open(srv, uri, FROM_ARTICLE_1);
      const lines = FROM_ARTICLE_1.split('\n');
      const bad = [
        { line: -1, character: -1 }, { line: 0, character: -1 }, { line: -1, character: 7 },
        { line: 0, character: lines[0].length + 1 }, { line: lines.length + 5, character: 0 }, { line: 0.5, character: 7 },
      ];
      const refused = async (p: Promise<unknown>): Promise<{ code: number; message: string }> => {
        try {
          const r = await p;
          assert.fail(`answered instead of refused: ${JSON.stringify(r).slice(0, 200)}`);
        } catch (e: any) {
          if (e?.code === undefined) throw e;
          return e;
        }
      };
      for (const position of bad) {
        const a = await refused(srv.conn.sendRequest('textDocument/prepareRename', { ...td(uri), position }));
        assert.equal(a.code, -32602, `prepareRename ${JSON.stringify(position)}: ${a.message}`);
        assert.match(a.message, /Invalid position/);
        const b = await refused(srv.conn.sendRequest('textDocument/rename', { ...td(uri), position, newName: '100' }));
        assert.equal(b.code, -32602, `rename ${JSON.stringify(position)}: ${b.message}`);
        const c = await refused(srv.conn.sendRequest('workspace/executeCommand', { command: 'atazan.server.renumberPreview', arguments: [{ uri, position, paragraphs: true }] }));
        assert.equal(c.code, -32602, `renumber preview ${JSON.stringify(position)}: ${c.message}`);
      }
      const neg = await refused(srv.conn.sendRequest('textDocument/rename', { ...td(uri), position: { line: -1, character: -1 }, newName: '100' }));
      assert.match(neg.message, /must not be negative/);
      const far = await refused(srv.conn.sendRequest('textDocument/rename', { ...td(uri), position: { line: lines.length + 5, character: 0 }, newName: '100' }));
      assert.match(far.message, new RegExp(`the document has ${lines.length} lines`));
      // A position inside the document still works: «Статья 1» on line 0.
      const ok = await srv.conn.sendRequest('textDocument/prepareRename', { ...td(uri), position: { line: 0, character: 7 } }) as { range: any };
      assert.equal(textOf(FROM_ARTICLE_1, ok.range), '1');
      // Other features keep clamping: a hover at a negative position is answered, not refused.
      await srv.conn.sendRequest('textDocument/hover', { ...td(uri), position: { line: -1, character: -1 } });
    });

    it('documentSymbol above 50,000 paragraphs and subparagraphs lists sections, chapters and articles only', async () => {
      // The real draft's articles, renumbered on, repeated past 50,000 paragraphs and subparagraphs.
      const body = FROM_ARTICLE_1;
      const copies: string[] = ['ПРОЕКТ\nКОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН\n'];
      let n = 0;
      for (let i = 0; i < 125; i++) copies.push(body.replace(/^Статья \d+(?:-\d+)?/gm, () => `Статья ${++n}`));
      const big = copies.join('');
      const uri = RU_URI.replace('.const.txt', '-big.const.txt');
      open(srv, uri, big);
      const syms = await srv.conn.sendRequest('textDocument/documentSymbol', td(uri)) as DocumentSymbol[];
      const all: DocumentSymbol[] = [];
      const walk = (l: DocumentSymbol[]) => l.forEach((x) => { all.push(x); walk(x.children ?? []); });
      walk(syms);
      const articles = all.filter((x) => x.kind === 5 /* Class */);
      assert.equal(articles.length, n, 'every article is listed');
      assert.ok(articles.every((a) => (a.children ?? []).length === 0), 'no paragraphs under the articles');
      assert.equal(all.filter((x) => x.kind === 8 /* Field */ || x.kind === 22 /* EnumMember */).length, 0);
      // The real draft keeps its paragraphs in the outline.
      open(srv, RU_URI, RU_TEXT);
      const real: DocumentSymbol[] = [];
      const walkReal = (l: DocumentSymbol[]) => l.forEach((x) => { real.push(x); walkReal(x.children ?? []); });
      walkReal(await srv.conn.sendRequest('textDocument/documentSymbol', td(RU_URI)) as DocumentSymbol[]);
      const article2 = real.find((x) => x.name.startsWith('Статья 2'));
      assert.equal(article2?.children?.length, 7, 'the seven paragraphs of article 2 of the real draft are listed');
    });
  });
});
