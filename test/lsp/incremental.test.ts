// The server updates the cached analysis incrementally (core/incremental.ts) from didChange ranges:
// after every few edits (in article bodies, on headings, in comments; several changes per didChange
// too), the pulled diagnostics equal those of a full analysis of the text the client holds.

import * as assert from 'node:assert/strict';
import type { Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { open, startServer, type Server } from './harness';
import { analyze } from '../../server/src/core/analysis';
import { generateDraft } from '../../bench/generate';

async function pull(s: Server, uri: string): Promise<Diagnostic[]> {
  const r = (await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  return r.items;
}

describe('LSP: incremental re-analysis after didChange', function () {
  this.timeout(120000);
  let s: Server;
  before(async () => {
    s = await startServer();
  });
  after(async () => {
    await s.stop();
  });

  it('pulled diagnostics after each group of edits equal a full analysis of the client text', async () => {
    const uri = 'file:///incremental/draft.const.txt';
    let text = generateDraft({ articles: 120, seed: 3 }).text.replace('Статья 5', '<!-- prior: 4 -->\nСтатья 5');
    let version = 1;
    open(s, uri, text, version);
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const pieces = ['x', 'а', '1', ' ', '\n', '2. ', '1) ', 'статьи 9', 'пункта 7 статьи 3 ', 'первый пункт', 'Статья 400\n', '<!-- ', ' -->', '\r\n', '9'];
    for (let step = 0; step < 80; step++) {
      const k = 1 + rnd(3);
      const changes = [];
      for (let j = 0; j < k; j++) {
        const an = analyze(text);
        const lines = an.doc.lines.filter((l) => l.kind === 'paragraph' || l.kind === 'text' || l.kind === 'subparagraph');
        let a: number;
        if (rnd(6) === 0) a = rnd(text.length + 1);
        else {
          const l = lines[rnd(lines.length)];
          a = l.content.start + rnd(l.content.end - l.content.start + 1);
        }
        const b = Math.min(text.length, a + (rnd(3) === 0 ? rnd(6) : 0));
        const insert = rnd(4) === 0 ? '' : pieces[rnd(pieces.length)];
        changes.push({ range: { start: an.lineIndex.positionAt(a), end: an.lineIndex.positionAt(b) }, text: insert });
        text = text.slice(0, a) + insert + text.slice(b);
      }
      // One didChange with all changes, or one per change.
      if (rnd(2) === 0) s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: changes });
      else for (const c of changes) s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [c] });
      const items = await pull(s, uri);
      const an = analyze(text);
      const want = an.diagnostics.map((d) => `${d.code}@${JSON.stringify(an.lineIndex.range(d.span))}`);
      const got = items.map((d) => `${d.code}@${JSON.stringify(d.range)}`);
      assert.deepEqual(got, want, `step ${step}`);
    }
  });
});
