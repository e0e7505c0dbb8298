// The bundled server (dist/server.js) over stdio, with the ru and kk 2026 drafts open side by side.

import * as assert from 'node:assert/strict';
import type {
  CodeLens, DocumentHighlight, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, SelectionRange,
  SemanticTokens, SymbolInformation, FullDocumentDiagnosticReport, WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { KK_TEXT, KK_URI, RU_TEXT, RU_URI, open, startServer, td, textOf, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

describe('LSP server on the 2026 drafts (ru + kk open at once)', function () {
  this.timeout(60000);
  let s: Server;

  before(async () => {
    s = await startServer();
    open(s, RU_URI, RU_TEXT);
    open(s, KK_URI, KK_TEXT);
  });
  after(async () => {
    await s?.stop();
  });

  it('announces the capabilities', () => {
    const c = s.init.capabilities;
    assert.equal(s.init.serverInfo?.name, 'atazan-language-server');
    assert.ok(c.diagnosticProvider && c.documentSymbolProvider && c.workspaceSymbolProvider && c.definitionProvider);
    assert.ok(c.referencesProvider && c.documentHighlightProvider && c.selectionRangeProvider && c.hoverProvider);
    assert.ok(c.foldingRangeProvider && c.codeLensProvider?.resolveProvider && c.semanticTokensProvider);
    assert.deepEqual((c.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  });

  it('pulled diagnostics: zero on both real drafts', async () => {
    for (const uri of [RU_URI, KK_URI]) {
      const r = await s.conn.sendRequest('textDocument/diagnostic', td(uri)) as FullDocumentDiagnosticReport;
      assert.equal(r.kind, 'full');
      assert.deepEqual(r.items, []);
      const again = await s.conn.sendRequest('textDocument/diagnostic', { ...td(uri), previousResultId: r.resultId }) as { kind: string };
      assert.equal(again.kind, 'unchanged');
    }
  });

  it('workspace diagnostics skip open documents', async () => {
    const r = await s.conn.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as WorkspaceDiagnosticReport;
    assert.deepEqual(r.items.filter((i) => i.uri === RU_URI || i.uri === KK_URI), []);
  });

  it('document symbols: 11 sections and 96 articles in each language', async () => {
    for (const [uri, first] of [[RU_URI, 'Статья 1'], [KK_URI, '1-бап']]) {
      const syms = await s.conn.sendRequest('textDocument/documentSymbol', td(uri)) as DocumentSymbol[];
      const sections = syms.filter((x) => x.kind === 2 + 1 /* Namespace */);
      assert.equal(sections.length, 11);
      const articles = sections.flatMap((x) => x.children ?? []).filter((x) => x.kind === 5 /* Class */);
      assert.equal(articles.length, 96);
      assert.equal(articles[0].name, first);
      assert.ok(articles[0].detail && articles[0].detail.length > 10);
      assert.ok((articles[1].children ?? []).length > 0, 'paragraphs under articles');
    }
  });

  it('workspace symbols come from both drafts', async () => {
    const r = await s.conn.sendRequest('workspace/symbol', { query: '62' }) as SymbolInformation[];
    const top = r.slice(0, 2).map((x) => `${x.location.uri === RU_URI ? 'ru' : 'kk'}:${x.name}`).sort();
    assert.deepEqual(top, ['kk:62-бап', 'ru:Статья 62']);
    const all = await s.conn.sendRequest('workspace/symbol', { query: '' }) as SymbolInformation[];
    assert.equal(all.filter((x) => x.kind === 5).length, 192);
  });

  it('definition: «пунктом 3 статьи 62» → paragraph 3 of article 62; «статьи 62» → article 62', async () => {
    const p = cursorPos(RU_TEXT, 'пунктом $03 статьи 62');
    const d = await s.conn.sendRequest('textDocument/definition', { ...td(RU_URI), position: p }) as LocationLink[];
    assert.equal(d.length, 1);
    assert.equal(d[0].targetUri, RU_URI);
    assert.ok(textOf(RU_TEXT, d[0].targetRange).startsWith('3. Курултай не может быть распущен'));
    assert.equal(textOf(RU_TEXT, d[0].targetSelectionRange), '3');
    assert.equal(textOf(RU_TEXT, d[0].originSelectionRange!), '3');
    const a = await s.conn.sendRequest('textDocument/definition', { ...td(RU_URI), position: cursorPos(RU_TEXT, 'пунктом 3 статьи 6$02') }) as LocationLink[];
    assert.equal(textOf(RU_TEXT, a[0].targetSelectionRange), '62');
    assert.ok(textOf(RU_TEXT, a[0].targetRange).startsWith('Статья 62\n1. '));
  });

  it('definition in kk and for subparagraphs and relative references', async () => {
    const k = await s.conn.sendRequest('textDocument/definition', { ...td(KK_URI), position: cursorPos(KK_TEXT, '62-бабының $03-тармағында') }) as LocationLink[];
    assert.ok(textOf(KK_TEXT, k[0].targetRange).startsWith('3. Құрылтайды төтенше жағдай'));
    const sub = await s.conn.sendRequest('textDocument/definition', { ...td(RU_URI), position: cursorPos(RU_TEXT, 'подпунктом $017) статьи 56') }) as LocationLink[];
    assert.match(textOf(RU_TEXT, sub[0].targetRange), /^17\) /);
    const rel = await s.conn.sendRequest('textDocument/definition', { ...td(RU_URI), position: cursorPos(RU_TEXT, 'пункта $01 настоящей статьи') }) as LocationLink[];
    assert.match(textOf(RU_TEXT, rel[0].targetRange), /^1\. /);
    // The containing article of «пункта 1 настоящей статьи» (article 43).
    const relArt = await s.conn.sendRequest('textDocument/definition', { ...td(RU_URI), position: cursorPos(RU_TEXT, 'пункта 1 нас$0тоящей статьи') }) as LocationLink[];
    assert.equal(textOf(RU_TEXT, relArt[0].targetSelectionRange), '43');
  });

  it('references of article 51 (direct, outer, relative) and of a list «пунктами 2 и 3 статьи 50»', async () => {
    const r = await s.conn.sendRequest('textDocument/references', {
      ...td(RU_URI), position: cursorPos(RU_TEXT, '\nСтатья $051\n'), context: { includeDeclaration: true },
    }) as Location[];
    const texts = r.map((l) => textOf(RU_TEXT, l.range));
    assert.deepEqual([...texts].sort(), ['51', '51', '51', '51', 'настоящей статьи']);
    assert.ok(r.some((l) => RU_TEXT.split('\n')[l.range.start.line] === 'Статья 51'), 'the declaration');
    assert.equal(r.length, 5, 'declaration + «статьей 51» + «настоящей статьи» + «пунктом 3 статьи 51» + «пунктом 1 статьи 51»');
    const list = await s.conn.sendRequest('textDocument/references', {
      ...td(RU_URI), position: cursorPos(RU_TEXT, 'пунктами 2 и $03 статьи 50'), context: { includeDeclaration: false },
    }) as Location[];
    assert.deepEqual(list.map((l) => textOf(RU_TEXT, l.range)), ['3'], 'paragraph 3 of article 50, cited inside a list');
    const kk = await s.conn.sendRequest('textDocument/references', {
      ...td(KK_URI), position: cursorPos(KK_TEXT, '62-бабының $03-тармағында'), context: { includeDeclaration: false },
    }) as Location[];
    assert.equal(kk.length, 3);
    assert.ok(kk.every((l) => l.uri === KK_URI), 'each draft resolves within itself');
  });

  it('document highlights of article 62 paragraph 3', async () => {
    const h = await s.conn.sendRequest('textDocument/documentHighlight', { ...td(RU_URI), position: cursorPos(RU_TEXT, 'пунктом $03 статьи 62') }) as DocumentHighlight[];
    assert.equal(h.length, 4);
    assert.equal(h.filter((x) => x.kind === 3 /* Write */).length, 1);
    assert.equal(h.filter((x) => x.kind === 2 /* Read */).length, 3);
  });

  it('hover quotes the cited text in ru and kk (labels in the UI language: English here)', async () => {
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: cursorPos(RU_TEXT, 'пунктом $03 статьи 62') }) as Hover;
    const v = (h.contents as { value: string }).value;
    assert.match(v, /Article 62, paragraph 3/);
    assert.match(v, /Курултай не может быть распущен/);
    assert.equal(textOf(RU_TEXT, h.range!), '3');
    const hk = await s.conn.sendRequest('textDocument/hover', { ...td(KK_URI), position: cursorPos(KK_TEXT, '62-бабының $03-тармағында') }) as Hover;
    const vk = (hk.contents as { value: string }).value;
    assert.match(vk, /Article 62, paragraph 3/);
    assert.match(vk, /Құрылтайды төтенше жағдай/);
    const head = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: cursorPos(RU_TEXT, '\nСтатья $062\n') }) as Hover;
    assert.match((head.contents as { value: string }).value, /3 references/);
    const none = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: { line: 0, character: 1 } });
    assert.equal(none, null);
  });

  it('selection ranges: number → reference → line → article → section → document', async () => {
    const p = cursorPos(RU_TEXT, 'пунктом $03 статьи 62');
    const [r] = await s.conn.sendRequest('textDocument/selectionRange', { ...td(RU_URI), positions: [p] }) as SelectionRange[];
    const chain: string[] = [];
    for (let n: SelectionRange | undefined = r; n; n = n.parent) chain.push(textOf(RU_TEXT, n.range));
    assert.equal(chain[0], '3');
    assert.equal(chain[1], 'пунктом 3 статьи 62');
    assert.ok(chain.some((c) => c.startsWith('Статья 46\n')));
    assert.ok(chain.some((c) => c.startsWith('Раздел III.')));
    assert.equal(chain[chain.length - 1], RU_TEXT);
  });

  it('folding ranges: sections, articles, paragraphs', async () => {
    const f = await s.conn.sendRequest('textDocument/foldingRange', td(KK_URI)) as FoldingRange[];
    assert.ok(f.length > 100);
    assert.ok(f.every((x) => x.endLine > x.startLine));
    const lines = KK_TEXT.split('\n');
    assert.equal(f.filter((x) => /^[IVX]+ бөлім/.test(lines[x.startLine])).length, 11);
  });

  it('code lens: cited by N with the reference locations (UI language: en by default)', async () => {
    // The default (atazan.codeLens.references = "cited"): a lens only above the articles that are cited.
    const lenses = await s.conn.sendRequest('textDocument/codeLens', td(RU_URI)) as CodeLens[];
    assert.ok(lenses.length > 5 && lenses.length < 40, `${lenses.length} lenses`);
    assert.ok(lenses.every((l) => /^\d+ references?$/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(', '));
    assert.equal(lenses.find((l) => RU_TEXT.split('\n')[l.range.start.line] === 'Статья 1'), undefined, 'no «no references» lens');
    const l62 = lenses.find((l) => RU_TEXT.split('\n')[l.range.start.line] === 'Статья 62')!;
    assert.equal(l62.command?.title, '3 references');
    assert.equal(l62.command?.command, 'atazan.showReferences');
    const arg = l62.command!.arguments![0] as { uri: string; position: unknown; locations: Location[] };
    assert.equal(arg.uri, RU_URI);
    assert.equal(arg.locations.length, 3);
    const resolved = await s.conn.sendRequest('codeLens/resolve', { range: l62.range, data: l62.data }) as CodeLens;
    assert.equal(resolved.command?.title, '3 references');
    const lk = await s.conn.sendRequest('textDocument/codeLens', td(KK_URI)) as CodeLens[];
    assert.equal(lk.find((l) => KK_TEXT.split('\n')[l.range.start.line] === '62-бап')!.command?.title, '3 references');
  });

  it('issue 16.8: atazan.codeLens.references "all" shows every article (also «no references»), "off" none', async () => {
    const saved = s.settings;
    try {
      s.settings = { codeLens: { references: 'all' } };
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const all = await s.conn.sendRequest('textDocument/codeLens', td(RU_URI)) as CodeLens[];
      assert.equal(all.length, 96);
      const l1 = all.find((l) => RU_TEXT.split('\n')[l.range.start.line] === 'Статья 1')!;
      assert.equal(l1.command?.title, 'no references');
      assert.equal(l1.command?.command, '', 'nothing to show: not clickable');
      assert.ok(all.filter((l) => l.command?.title === 'no references').length > 56, 'most articles are not cited');
      s.settings = { codeLens: { references: 'off' } };
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await s.conn.sendRequest('textDocument/codeLens', td(KK_URI)), []);
    } finally {
      s.settings = saved;
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
  });

  it('semantic tokens: non-empty and well-formed', async () => {
    const legend = s.init.capabilities.semanticTokensProvider!.legend;
    for (const [uri, text] of [[RU_URI, RU_TEXT], [KK_URI, KK_TEXT]]) {
      const t = await s.conn.sendRequest('textDocument/semanticTokens/full', td(uri)) as SemanticTokens;
      assert.ok(t.data.length > 500);
      assert.equal(t.data.length % 5, 0);
      const lines = text.split('\n');
      let line = 0;
      let ch = 0;
      const seen = new Set<string>();
      for (let i = 0; i < t.data.length; i += 5) {
        const [dl, dc, len, type, mods] = t.data.slice(i, i + 5);
        line += dl;
        ch = dl === 0 ? ch + dc : dc;
        assert.ok(line < lines.length && ch + len <= lines[line].length && len > 0, `token ${i / 5} inside its line`);
        assert.ok(type < legend.tokenTypes.length && mods < 1 << legend.tokenModifiers.length);
        seen.add(legend.tokenTypes[type]);
      }
      for (const k of ['keyword', 'number', 'reference']) assert.ok(seen.has(k), k);
    }
  });
});
