// The incremental campaign through the server (issue 15, session 21; test/support/lsp-campaign.ts): drafting
// sessions on real texts replayed keystroke by keystroke over the protocol into the bundled server, and at
// each check point the server's answers for the edited document compared with its answers for a fresh copy
// of the same text: diagnostics (pulled with the previous result id, or pushed), the comparative table, the
// outline, folding, semantic tokens, code lenses (two resolved), inlay hints, and hover, definition,
// references, highlights, completion, prepare-rename, rename, selection ranges and code actions at three places.
// Long runs: `npm run fuzz:incremental -- --lsp [--push] [--crlf]` (docs/reliability.md).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CampaignEvent, type CampaignText, realTexts, sessionEvents } from '../support/campaign';
import { FULL_CAPS, ROOT, startServer, type Server } from '../support/harness';
import { languagePartners, type LspCampaignResult, replayThroughServer } from '../support/lsp-campaign';

/** The sessions of `texts` (one each, `ops` operations), as the campaign's editor makes them. */
function sessions(texts: CampaignText[], seed: number, ops: number): CampaignEvent[][] {
  return texts.map((t, i) => {
    const g = sessionEvents(t, seed + 7919 * i, ops);
    assert.equal(g.throws, 0);
    return g.events;
  });
}

describe('LSP: the incremental campaign replayed through the server (issue 15, session 21)', function () {
  this.timeout(300000);
  const all = realTexts(ROOT);
  const byName = (s: string) => {
    const t = all.find((x) => x.name.includes(s));
    if (!t) throw new Error(`no real text named like ${s}`);
    return t;
  };
  // A Constitution in each language, the adopted 2026 text, an amending law, codes with chapters in two
  // languages, a law with publication notes, and a bill.
  const texts = [
    byName('kz-1995-ru'), byName('kz-1995-kk'), byName('kz-1995-en'), byName('kz-2026-adopted-ru'), byName('kz-2019-238-VI-ru'),
    byName('ru-kz-civil-code-general'), byName('kk-kz-civil-code-special-contents'), byName('ru-kz-law-notes-continent'),
    ...all.filter((t) => t.name.includes('/bills/')).slice(0, 1),
  ];
  let ws: string;
  const dirs = () => ({ dirA: pathToFileURL(path.join(ws, 'a')).href, dirB: pathToFileURL(path.join(ws, 'b')).href });

  before(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-lsp-campaign-'));
  });
  after(() => {
    fs.rmSync(ws, { recursive: true, force: true });
  });

  function report(r: LspCampaignResult): string {
    return r.first.slice(0, 3).map((d) => `[${d.name}] version ${d.version}: ${d.field}`).join('\n');
  }

  it('pulled diagnostics: every check equals a fresh copy of the text, LF and CRLF with a BOM', async () => {
    const crlf = texts.slice(0, 3).map((t) => ({ name: `${t.name} (CRLF)`, text: '\ufeff' + t.text.replace(/\r?\n/g, '\r\n') }));
    let s: Server | undefined;
    try {
      s = await startServer({ folders: [ws] });
      const total = { checks: 0, changes: 0, whole: 0, unchanged: 0, many: 0 };
      for (const [i, events] of sessions([...texts, ...crlf], 21, 6).entries()) {
        total.many += events.filter((e) => e.kind === 'change' && e.changes.length > 1).length;
        const r = await replayThroughServer(s, events, { seed: 21 + i, ...dirs() });
        assert.equal(r.differences, 0, report(r));
        total.checks += r.checks;
        total.changes += r.changeEvents;
        total.whole += r.wholeTextChanges;
        total.unchanged += r.unchanged;
      }
      // What the run covered (so that it cannot pass by checking nothing).
      assert.ok(total.changes > 1000, `${total.changes} change events`);
      assert.ok(total.checks > 100, `${total.checks} checks`);
      assert.ok(total.whole > 0 && total.whole < total.changes / 10, `${total.whole} whole-text changes`);
      assert.ok(total.unchanged > 0, 'some pulls were answered «unchanged» (the previous result id)');
    } finally {
      await s?.stop();
    }
  });

  it('pushed diagnostics (a client that cannot pull): the ones published for the last version equal a fresh copy\'s', async () => {
    let s: Server | undefined;
    try {
      s = await startServer({ folders: [ws], capabilities: { ...FULL_CAPS, textDocument: { ...FULL_CAPS.textDocument, diagnostic: undefined } } });
      let checks = 0;
      for (const [i, events] of sessions(texts.slice(0, 5), 2121, 4).entries()) {
        const r = await replayThroughServer(s, events, { seed: 2121 + i, ...dirs(), push: true });
        assert.equal(r.differences, 0, report(r));
        checks += r.checks;
      }
      assert.ok(checks > 20, `${checks} checks`);
    } finally {
      await s?.stop();
    }
  });

  it('with the language versions open (session 22): the partners\' diagnostics and the side-by-side tables equal a fresh pair\'s', async () => {
    // Before the fixes in lsp/parallel.ts and core/service.ts this failed at its first text: a fresh pair
    // opened while the edited document's change was pending got no parallel problems.
    const partners = languagePartners(all);
    const edited = [byName('kz-1995-kk'), byName('kz-2022-09-142-VII-ru'), byName('kz-2011-403-IV-kk'), byName('kz-1998-284-I-ru')];
    let s: Server | undefined;
    try {
      s = await startServer({ folders: [ws] });
      const total = { checks: 0, partners: 0 };
      for (const [i, events] of sessions(edited, 2222, 4).entries()) {
        const n = partners(edited[i].name).length;
        assert.ok(n > 0, `${edited[i].name} has language versions`);
        const r = await replayThroughServer(s, events, { seed: 2222 + i, ...dirs(), partners });
        assert.equal(r.differences, 0, report(r));
        total.checks += r.checks;
        total.partners += n * r.checks;
      }
      assert.ok(total.checks > 20, `${total.checks} checks`);
      assert.ok(total.partners > total.checks, `${total.partners} partner comparisons`);
    } finally {
      await s?.stop();
    }
  });
});

