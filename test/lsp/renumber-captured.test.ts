// Issue 16.1 over stdio: after deleting article 62, the quick fixes on the gap and on a broken citation
// (keep as excluded, preferred; the renumbering says it re-points 3 citations), and the renumber
// preview's list of re-pointed citations with its safe variant.

import * as assert from 'node:assert/strict';
import type { CodeAction, FullDocumentDiagnosticReport, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { RU_TEXT, open, pull, startServer, type Server } from '../support/harness';

const URI = 'file:///seeded/without-62.const.txt';
const DUP_URI = 'file:///seeded/typed-62.const.txt';
const DUP = RU_TEXT.replace('\nСтатья 62\n', '\nСтатья 62\nКурултай вправе образовывать комиссии.\nСтатья 62\n');
const m = /\nСтатья 62\n/.exec(RU_TEXT)!;
const next = RU_TEXT.indexOf('\nРаздел V.', m.index) + 1;
const TEXT = RU_TEXT.slice(0, m.index + 1) + RU_TEXT.slice(next);

function edits(we: WorkspaceEdit | null | undefined): TextEdit[] {
  if (!we) return [];
  if (we.changes) return we.changes[URI] ?? [];
  return (we.documentChanges ?? []).flatMap((c) => ('edits' in c && c.textDocument.uri === URI ? c.edits as TextEdit[] : []));
}

interface Preview {
  map: { old: string; new: string }[];
  edit: WorkspaceEdit | null;
  repointed?: { line: number; reference: string; message: string }[];
  repointedSummary?: string;
  safe?: { map: unknown[]; edit: WorkspaceEdit | null; repointed: unknown[] };
}

describe('LSP issue 16.1: renumbering never re-points citations unannounced', function () {
  this.timeout(60000);
  let s: Server;
  let diags: FullDocumentDiagnosticReport['items'];
  before(async () => {
    s = await startServer();
    open(s, URI, TEXT);
    open(s, DUP_URI, DUP);
    diags = await pull(s, URI);
  });
  after(async () => {
    await s?.stop();
  });

  const actionsFor = async (code: string, nth = 0) => {
    const d = diags.filter((x) => x.code === code)[nth];
    assert.ok(d, `${code} in ${diags.map((x) => x.code)}`);
    return await s.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] },
    }) as CodeAction[];
  };

  it('on the gap: "keep article 62 as excluded" first and preferred; the renumbering not preferred, saying it re-points 3 citations', async () => {
    const acts = await actionsFor('article-number-gap');
    assert.equal(acts[0].title, 'Keep article 62 as excluded (“Статья 62 Исключена.” after article 61)');
    assert.equal(acts[0].isPreferred, true);
    assert.deepEqual(edits(acts[0].edit).map((e) => e.newText), ['Статья 62\nИсключена.\n']);
    const renumber = acts.find((a) => a.title.startsWith('Renumber articles from 63 on'))!;
    assert.match(renumber.title, /re-points 3 citations of article 62$/);
    assert.notEqual(renumber.isPreferred, true);
    assert.equal(acts.filter((a) => a.isPreferred).length, 1);
  });

  it('on each broken citation «пунктом 3 статьи 62»: the same "keep as excluded" fix', async () => {
    for (const nth of [0, 1, 2]) {
      const acts = await actionsFor('reference-unresolved-article', nth);
      assert.deepEqual(acts.map((a) => [a.title, a.isPreferred]), [['Keep article 62 as excluded (“Статья 62 Исключена.” after article 61)', true]]);
    }
  });

  it('the renumber preview lists the three re-pointed citations and offers a safe variant that changes nothing', async () => {
    const r = await s.conn.sendRequest('workspace/executeCommand', {
      command: 'atazan.server.renumberPreview', arguments: [{ uri: URI }],
    }) as Preview;
    assert.ok(r.map.some((x) => x.old === '63' && x.new === '62'));
    assert.equal(r.repointedSummary, 'Renumbering would re-point 3 citations of article 62');
    assert.deepEqual(r.repointed?.map((x) => x.message), [198, 201, 206].map((l) =>
      `Line ${l}: “пунктом 3 статьи 62” — nothing → article 63 (62 after renumbering), paragraph 3`));
    assert.ok(r.safe, 'a safe variant');
    assert.deepEqual(r.safe.repointed, []);
    assert.equal(r.safe.edit, null, 'without re-pointing there is nothing to renumber');
    assert.deepEqual(r.safe.map, []);
  });

  it('with article 10 deleted too, the safe variant renumbers 11 on and gives no article number 62', async () => {
    const uri = 'file:///seeded/without-10-62.const.txt';
    open(s, uri, TEXT.replace(/\nСтатья 10\n/, '\n'));
    const r = await s.conn.sendRequest('workspace/executeCommand', {
      command: 'atazan.server.renumberPreview', arguments: [{ uri }],
    }) as Preview;
    assert.equal(r.repointed?.length, 3);
    assert.ok(r.safe?.edit, 'the safe variant has an edit');
    assert.deepEqual(r.safe.repointed, []);
    const safeMap = r.safe.map as { old: string; new: string }[];
    assert.ok(safeMap.some((m) => m.old === '11' && m.new === '10'));
    assert.ok(!safeMap.some((m) => m.new === '62'), 'no article becomes 62');
  });

  it('issue 16.4: a duplicated number is reported at both headings, with code actions at both, and neither gets a prior inlay hint', async () => {
    const dups = (await pull(s, DUP_URI)).filter((d) => d.code === 'article-number-duplicate');
    assert.deepEqual(dups.map((d) => d.range.start.line), [355, 357]);
    for (const d of dups) {
      const acts = await s.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: DUP_URI }, range: d.range, context: { diagnostics: [d] },
      }) as CodeAction[];
      assert.ok(acts.length >= 2, `line ${d.range.start.line}: ${acts.map((a) => a.title)}`);
    }
    const hints = await s.conn.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: DUP_URI }, range: { start: { line: 340, character: 0 }, end: { line: 370, character: 0 } },
    }) as { position: { line: number }; label: string }[];
    assert.ok(hints.some((h) => h.position.line === 347), 'article 61 keeps its hint');
    assert.deepEqual(hints.filter((h) => h.position.line === 355 || h.position.line === 357), []);
  });
});
