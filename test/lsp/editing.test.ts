// Editing features wired from the renumbering core: quick fixes, rename, completion, renumber preview.

import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionList, WorkspaceEdit, TextEdit } from 'vscode-languageserver-protocol';
import { RU_TEXT, RU_URI, open, pull, startServer, textOf, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

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
    const gap = (await pull(s, SEEDED_URI)).find((d) => d.code === 'article-number-gap')!;
    const actions = await s.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SEEDED_URI }, range: gap.range, context: { diagnostics: [gap] },
    }) as CodeAction[];
    assert.ok(actions.length >= 1, 'at least one fix');
    assert.ok(actions.every((a) => a.edit && edits(a.edit, SEEDED_URI).length > 0));
    assert.ok(actions.some((a) => a.diagnostics?.[0]?.code === 'article-number-gap'));
  });

  it('rename article 62 to 62-1 rewrites its heading and the three references', async () => {
    const we = await s.conn.sendRequest('textDocument/rename', {
      textDocument: { uri: RU_URI }, position: cursorPos(RU_TEXT, '\nСтатья $062\n'), newName: '62-1',
    }) as WorkspaceEdit;
    const es = edits(we, RU_URI);
    assert.equal(es.length, 4);
    for (const e of es) assert.equal(textOf(RU_TEXT, e.range), '62');
  });

  it('rename onto an existing number is refused with a message, and the server lives on', async () => {
    await assert.rejects(s.conn.sendRequest('textDocument/rename', {
      textDocument: { uri: RU_URI }, position: cursorPos(RU_TEXT, '\nСтатья $062\n'), newName: '61',
    }), (e: { message?: string }) => !!e.message && e.message.length > 5);
    const ok = await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: RU_URI } }) as unknown[];
    assert.ok(ok.length > 0);
  });

  it('completion of article numbers after «статьи »', async () => {
    const text = RU_TEXT.replace('права и свободы.\n', 'права и свободы, предусмотренные статьей \n');
    const uri = 'file:///seeded/complete.const.txt';
    open(s, uri, text);
    const p = cursorPos(text, 'предусмотренные статьей $0');
    const list = await s.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: p }) as CompletionList;
    assert.ok(list.items.length >= 90, `${list.items.length}`);
    assert.ok(list.items.some((i) => i.label === '62'));
  });

  it('issue 16.3: completion never offers the number just typed; the list is incomplete (asked again per keystroke) and shows first words', async () => {
    const uri = 'file:///seeded/complete-typed.const.txt';
    open(s, uri, RU_TEXT);
    // The draft's own «пунктом 3 статьи 62», the cursor right after «62», as when it has just been typed.
    const at62 = cursorPos(RU_TEXT, 'пунктом 3 статьи 62$0');
    const l62 = await s.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: at62 }) as CompletionList;
    assert.deepEqual(l62.items.map((i) => i.label), []);
    // After «6»: 60–69, not 6, each replacing the typed «6», with its first words in the list row.
    const text = RU_TEXT.replace('права и свободы.\n', 'права и свободы, предусмотренные статьей 6\n');
    const uri6 = 'file:///seeded/complete-6.const.txt';
    open(s, uri6, text);
    const p6 = cursorPos(text, 'предусмотренные статьей 6$0');
    const l6 = await s.conn.sendRequest('textDocument/completion', { textDocument: { uri: uri6 }, position: p6 }) as CompletionList;
    assert.equal(l6.isIncomplete, true);
    assert.deepEqual(l6.items.map((i) => i.label), ['60', '61', '62', '63', '64', '65', '66', '67', '68', '69']);
    const i62 = l6.items.find((i) => i.label === '62')!;
    assert.deepEqual(i62.textEdit, { range: { start: { ...p6, character: p6.character - 1 }, end: p6 }, newText: '62' });
    assert.match(i62.labelDetails?.description ?? '', /^Президент Республики Казахстан вправе/);
    // «статье гражд»: articles about citizens, the word replaced by the number.
    const textW = RU_TEXT.replace('права и свободы.\n', 'права и свободы согласно статье гражд\n');
    const uriW = 'file:///seeded/complete-word.const.txt';
    open(s, uriW, textW);
    const pW = cursorPos(textW, 'статье гражд$0');
    const lW = await s.conn.sendRequest('textDocument/completion', { textDocument: { uri: uriW }, position: pW }) as CompletionList;
    assert.ok(lW.items.length >= 3);
    const first = lW.items.find((i) => i.sortText === '00000')!;
    assert.equal(first.label, '13');
    assert.match(first.labelDetails!.description!, /^Гражданство/);
    assert.deepEqual((first.textEdit as TextEdit).range, { start: { ...pW, character: pW.character - 5 }, end: pW });
    assert.equal((first.textEdit as TextEdit).newText, '13');
    assert.ok(first.filterText!.startsWith('гражд'));
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
