// The server updates the cached analysis incrementally (core/incremental.ts) from didChange ranges:
// after every few edits (in article bodies, on headings, in comments; several changes per didChange
// too), the pulled diagnostics equal those of a full analysis of the text the client holds.

import * as assert from 'node:assert/strict';
import { open, pull, serverUntil, startServer, type Server } from '../support/harness';
import { analyze } from '../../server/src/core';
import { generateDraft } from '../../bench/generate';

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

  it('a request that waits for settings while the next version arrives answers for the text the client holds', async () => {
    // The incremental update consumes the previous analysis (its model is moved in place). Handlers take
    // the analysis after their awaits, so a request held up by workspace/configuration still answers
    // with ranges that are right for the current text.
    const uri = 'file:///incremental/race.const.txt';
    const text = generateDraft({ articles: 60, seed: 5 }).text;
    open(s, uri, text, 1);
    await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }); // version 1 analysed
    const an1 = analyze(text);
    const target = an1.targets.find((t) => t.ok && t.unit?.kind === 'article' && t.ref.span.start > an1.doc.articles[20].span.start)!;
    const pos = an1.lineIndex.positionAt(target.numberSpans[0].start);
    // A line inserted in the body of article 2 moves every later line down by one.
    const at = an1.doc.articles[1].lines[0].start;
    const insert = 'Новая строка текста, вставленная в статью.\n';
    const text2 = text.slice(0, at) + insert + text.slice(at);
    s.configDelay = 400;
    const asked = s.configRequests;
    try {
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} }); // settings are fetched again
      const hover = s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos });
      const lenses = s.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } });
      // The server has asked for the settings (answered 400 ms later): the hover and lenses wait on them.
      await serverUntil(s, () => s.configRequests > asked, 'the server to ask for the settings again');
      s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: an1.lineIndex.positionAt(at), end: an1.lineIndex.positionAt(at) }, text: insert }],
      });
      // Takes version 2 (incrementally, from version 1's analysis) while the hover and lenses wait.
      await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      const an2 = analyze(text2);
      const h = (await hover) as { range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null;
      const l = (await lenses) as { range: { start: { line: number } } }[];
      // The hover was asked at version 1's position; it is answered on version 2, where that position is
      // one line above the reference: whatever it shows, its range is a real span of version 2.
      if (h) {
        const a = an2.lineIndex.offsetAt(h.range.start);
        const b = an2.lineIndex.offsetAt(h.range.end);
        assert.ok(a < b && b <= text2.length, 'hover range inside the current text');
      }
      // Lenses sit on the article headings of version 2.
      const heads = new Set(an2.doc.articles.map((x) => an2.lineIndex.positionAt(x.headSpan.start).line));
      assert.ok(l.length > 0);
      for (const x of l) assert.ok(heads.has(x.range.start.line), `lens on line ${x.range.start.line} is on an article heading`);
      // And the document stays consistent afterwards.
      const items = await pull(s, uri);
      assert.deepEqual(items.map((d) => `${d.code}@${JSON.stringify(d.range)}`), an2.diagnostics.map((d) => `${d.code}@${JSON.stringify(an2.lineIndex.range(d.span))}`));
    } finally {
      s.configDelay = 0;
    }
  });

  // The same server, its trace made verbose last: a document readied for its next edit in idle time (lsp/idle.ts).
  it('once quiet after an analysis from scratch, the server readies it (traced, lsp/idle.ts), and edits still equal a full analysis', async () => {
    s.conn.sendNotification('$/setTrace', { value: 'verbose' });
    const uri = 'file:///idle/code.const.txt';
    let text = generateDraft({ articles: 400, seed: 9 }).text;
    open(s, uri, text, 1);
    const first = await pull(s, uri);
    assert.deepEqual(first.map((d) => d.code), analyze(text).diagnostics.map((d) => d.code));
    const readied = (n: number) => s.logs.filter((l) => l.includes(`${uri}: readied for the next edit in idle time`)).length >= n;
    await serverUntil(s, () => readied(1), 'the server to ready the analysis once the client is quiet');
    // Edits after it: incremental updates of the readied analysis, equal to a full analysis of the text.
    let version = 1;
    for (const k of [300, 20, 399]) {
      const cur = analyze(text);
      const a = cur.doc.articles[k];
      const at = a.lines[a.lines.length - 1].end;
      const lc = cur.lineIndex;
      s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: lc.positionAt(at), end: lc.positionAt(at) }, text: ' статьи 9999' }],
      });
      text = text.slice(0, at) + ' статьи 9999' + text.slice(at);
      const items = await pull(s, uri);
      const want = analyze(text);
      assert.deepEqual(items.map((d) => `${d.code}@${JSON.stringify(d.range)}`), want.diagnostics.map((d) => `${d.code}@${JSON.stringify(want.lineIndex.range(d.span))}`));
    }
    // A whole new text (an analysis from scratch): readied again once quiet.
    s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: text + '\n' }] });
    await pull(s, uri);
    await serverUntil(s, () => readied(2), 'the new analysis to be readied as well');
  });
});
