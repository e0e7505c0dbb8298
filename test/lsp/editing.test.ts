// Editing features wired from the renumbering core: quick fixes, rename, completion, renumber preview.

import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionList, FullDocumentDiagnosticReport, WorkspaceEdit, TextEdit } from 'vscode-languageserver-protocol';
import { RU_TEXT, RU_URI, open, posOf, startServer, textOf, type Server } from './harness';

const SEEDED_URI = 'file:///seeded/edit-ru.const.txt';
const SEEDED = RU_TEXT.replace('\nСтатья 10\n', '\n');

function edits(we: WorkspaceEdit | null, uri: string): TextEdit[] {
  if (!we) return [];
  if (we.changes) return we.changes[uri] ?? [];
  return (we.documentChanges ?? []).flatMap((c) => ('edits' in c && c.textDocument.uri === uri ? c.edits as TextEdit[] : []));
}

describe('LSP editing features', function () {
  this.timeout(60000);
  let s: Server;
  before(async () => {
    s = await startServer();
    open(s, RU_URI, RU_TEXT);
    open(s, SEEDED_URI, SEEDED);
  });
  after(async () => {
    await s?.stop();
  });

  it('announces code actions, rename, completion and the renumber preview command', () => {
    const c = s.init.capabilities;
    assert.ok(c.codeActionProvider && c.renameProvider && c.completionProvider);
    assert.deepEqual(c.executeCommandProvider?.commands.includes('atazan.server.renumberPreview'), true);
  });

  it('quick fixes for a numbering gap', async () => {
    const r = await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: SEEDED_URI } }) as FullDocumentDiagnosticReport;
    const gap = r.items.find((d) => d.code === 'article-number-gap')!;
    const actions = await s.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SEEDED_URI }, range: gap.range, context: { diagnostics: [gap] },
    }) as CodeAction[];
    assert.ok(actions.length >= 1, 'at least one fix');
    assert.ok(actions.every((a) => a.edit && edits(a.edit, SEEDED_URI).length > 0));
    assert.ok(actions.some((a) => a.diagnostics?.[0]?.code === 'article-number-gap'));
  });

  it('rename article 62 to 62-1 rewrites its heading and the three references', async () => {
    const we = await s.conn.sendRequest('textDocument/rename', {
      textDocument: { uri: RU_URI }, position: posOf(RU_TEXT, '\nСтатья 62\n', 0, 8), newName: '62-1',
    }) as WorkspaceEdit;
    const es = edits(we, RU_URI);
    assert.equal(es.length, 4);
    for (const e of es) assert.equal(textOf(RU_TEXT, e.range), '62');
  });

  it('rename onto an existing number is refused with a message, and the server lives on', async () => {
    await assert.rejects(s.conn.sendRequest('textDocument/rename', {
      textDocument: { uri: RU_URI }, position: posOf(RU_TEXT, '\nСтатья 62\n', 0, 8), newName: '61',
    }), (e: { message?: string }) => !!e.message && e.message.length > 5);
    const ok = await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: RU_URI } }) as unknown[];
    assert.ok(ok.length > 0);
  });

  it('completion of article numbers after «статьи »', async () => {
    const text = RU_TEXT.replace('права и свободы.\n', 'права и свободы, предусмотренные статьей \n');
    const uri = 'file:///seeded/complete.const.txt';
    open(s, uri, text);
    const p = posOf(text, 'предусмотренные статьей ', 0, 'предусмотренные статьей '.length);
    const list = await s.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: p }) as CompletionList;
    assert.ok(list.items.length >= 90, `${list.items.length}`);
    assert.ok(list.items.some((i) => i.label === '62'));
  });

  it('renumber preview for the seeded gap', async () => {
    const r = await s.conn.sendRequest('workspace/executeCommand', {
      command: 'atazan.server.renumberPreview', arguments: [{ uri: SEEDED_URI, paragraphs: false, insertions: false }],
    }) as { map: { old: string; new: string }[]; edit: WorkspaceEdit | null };
    assert.ok(r.map.some((m) => m.old === '11' && m.new === '10'));
    assert.ok(edits(r.edit, SEEDED_URI).length >= r.map.length);
    const none = await s.conn.sendRequest('workspace/executeCommand', {
      command: 'atazan.server.renumberPreview', arguments: [{ uri: RU_URI }],
    }) as { map: unknown[]; edit: unknown };
    assert.deepEqual(none.map, []);
    assert.equal(none.edit, null);
  });
});
