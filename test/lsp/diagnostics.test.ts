// Diagnostics over LSP: a seeded draft, message language per setting and client locale, severity
// overrides, configuration changes, and the push fallback for clients that cannot pull.

import * as assert from 'node:assert/strict';
import { FULL_CAPS, RU_TEXT, KK_TEXT, open, pull, serverUntil, startServer, textOf, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

const SEEDED_URI = 'file:///seeded/draft-ru.const.txt';
const SEEDED_KK_URI = 'file:///seeded/draft-kk.const.txt';

/** The ru draft without the heading «Статья 10» and with a reference to article 620 in article 1. */
export const SEEDED = RU_TEXT
  .replace('\nСтатья 10\n', '\n')
  .replace('права и свободы.\n', 'права и свободы, закрепленные статьей 620 Конституции.\n');
const SEEDED_KK = KK_TEXT
  .replace('\n10-бап\n', '\n')
  .replace('құқықтары мен бостандықтары.\n', 'құқықтары мен бостандықтары, Конституцияның 620-бабында.\n');

describe('LSP diagnostics', function () {
  this.timeout(60000);

  it('the seeding really changed the texts', () => {
    assert.notEqual(SEEDED, RU_TEXT);
    assert.ok(SEEDED.includes('статьей 620'));
    assert.ok(!SEEDED.includes('\nСтатья 10\n'));
    assert.ok(SEEDED_KK.includes('620-бабында') && !SEEDED_KK.includes('\n10-бап\n'));
  });

  describe('pull model', () => {
    let s: Server;
    before(async () => {
      s = await startServer({ settings: {} });
      open(s, SEEDED_URI, SEEDED);
      open(s, SEEDED_KK_URI, SEEDED_KK);
    });
    after(async () => {
      await s?.stop();
    });

    it('a seeded copy gives exactly article-number-gap and reference-unresolved-article at the right ranges', async () => {
      const items = await pull(s, SEEDED_URI);
      assert.deepEqual(items.map((d) => d.code).sort(), ['article-number-gap', 'reference-unresolved-article']);
      const gap = items.find((d) => d.code === 'article-number-gap')!;
      assert.deepEqual(gap.range.start, cursorPos(SEEDED, '\nСтатья $011\n'));
      assert.equal(textOf(SEEDED, gap.range), '11');
      assert.equal(gap.severity, 1);
      assert.equal(gap.source, 'atazan');
      const un = items.find((d) => d.code === 'reference-unresolved-article')!;
      assert.equal(textOf(SEEDED, un.range), '620');
      assert.deepEqual(un.range.start, cursorPos(SEEDED, 'статьей $0620'));
      // Default language: no locale, no setting → English.
      assert.equal(un.message, 'Article 620 does not exist in this document');
      const kk = await pull(s, SEEDED_KK_URI);
      assert.deepEqual(kk.map((d) => d.code).sort(), ['article-number-gap', 'reference-unresolved-article']);
      assert.equal(textOf(SEEDED_KK, kk.find((d) => d.code === 'reference-unresolved-article')!.range), '620');
    });

    it('messages follow atazan.messages.language (ru, kk, en) after didChangeConfiguration', async () => {
      const expect: Record<string, string> = {
        ru: 'Статьи 620 в документе нет', kk: 'Құжатта 620-бап жоқ', en: 'Article 620 does not exist in this document',
      };
      for (const lang of ['ru', 'kk', 'en']) {
        const before = s.refreshes;
        s.settings = { messages: { language: lang } };
        s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await serverUntil(s, () => s.refreshes > before, 'the server to ask the client to re-pull diagnostics');
        const items = await pull(s, SEEDED_URI);
        assert.equal(items.find((d) => d.code === 'reference-unresolved-article')!.message, expect[lang], lang);
      }
    });

    it("severity override 'off' removes a code; other overrides change the severity", async () => {
      let before = s.refreshes;
      s.settings = { diagnostics: { severity: { 'article-number-gap': 'off', 'reference-unresolved-article': 'warning' } } };
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await serverUntil(s, () => s.refreshes > before, 'a diagnostic refresh after the settings changed');
      const items = await pull(s, SEEDED_URI);
      assert.deepEqual(items.map((d) => d.code), ['reference-unresolved-article']);
      assert.equal(items[0].severity, 2);
      before = s.refreshes;
      s.settings = {};
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await serverUntil(s, () => s.refreshes > before, 'a diagnostic refresh after the settings were reset');
      assert.equal((await pull(s, SEEDED_URI)).length, 2);
    });

    it('incremental edits re-analyse the document', async () => {
      const p = cursorPos(SEEDED, 'статьей $0620');
      s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: SEEDED_URI, version: 2 },
        contentChanges: [{ range: { start: p, end: { line: p.line, character: p.character + 3 } }, text: '62' }],
      });
      const items = await pull(s, SEEDED_URI);
      // The reference is mended. The Kazakh version, open beside it and paired by its name (draft-kk), still
      // cites article 620, but that is one defect with its own diagnostic there (reference-unresolved-article),
      // not also a divergence here (issue 13: a citation that does not resolve is not compared).
      assert.deepEqual(items.map((d) => d.code), ['article-number-gap']);
      assert.deepEqual((await pull(s, SEEDED_KK_URI)).map((d) => d.code).sort(), ['article-number-gap', 'reference-unresolved-article']);
    });
  });

  it('auto language follows initializationOptions.displayLanguage, then the client locale', async () => {
    for (const [opts, want] of [
      [{ initializationOptions: { displayLanguage: 'kk' } }, 'Құжатта 620-бап жоқ'],
      [{ locale: 'ru-RU' }, 'Статьи 620 в документе нет'],
      [{ locale: 'de' }, 'Article 620 does not exist in this document'],
    ] as const) {
      const s = await startServer({ ...opts, settings: { messages: { language: 'auto' } } });
      try {
        open(s, SEEDED_URI, SEEDED);
        const items = await pull(s, SEEDED_URI);
        assert.equal(items.find((d) => d.code === 'reference-unresolved-article')!.message, want);
      } finally {
        await s.stop();
      }
    }
  });

  it('push fallback when the client cannot pull; settings pushed with didChangeConfiguration', async () => {
    const caps = JSON.parse(JSON.stringify(FULL_CAPS));
    delete caps.textDocument.diagnostic;
    caps.workspace.configuration = false;
    const s = await startServer({ capabilities: caps, initializationOptions: { settings: { atazan: { messages: { language: 'ru' } } } } });
    try {
      assert.equal(s.init.capabilities.diagnosticProvider, undefined);
      open(s, SEEDED_URI, SEEDED);
      const p = await serverUntil(s, () => s.pushed.get(SEEDED_URI), 'diagnostics pushed after didOpen');
      assert.deepEqual(p.diagnostics.map((d) => d.code).sort(), ['article-number-gap', 'reference-unresolved-article']);
      assert.equal(p.diagnostics.find((d) => d.code === 'reference-unresolved-article')!.message, 'Статьи 620 в документе нет');
      s.pushed.clear();
      s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { atazan: { diagnostics: { severity: { 'article-number-gap': 'off' } }, messages: { language: 'kk' } } } });
      const q = await serverUntil(s, () => s.pushed.get(SEEDED_URI), 'diagnostics pushed after didChangeConfiguration');
      assert.deepEqual(q.diagnostics.map((d) => d.code), ['reference-unresolved-article']);
      assert.equal(q.diagnostics[0].message, 'Құжатта 620-бап жоқ');
      s.pushed.clear();
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: SEEDED_URI } });
      const r = await serverUntil(s, () => s.pushed.get(SEEDED_URI), 'diagnostics pushed after didClose');
      assert.deepEqual(r.diagnostics, [], 'closing clears the pushed diagnostics');
    } finally {
      await s.stop();
    }
  });
});
