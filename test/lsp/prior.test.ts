// The prior constitution over LSP: article and paragraph hovers with the predecessor and a word diff,
// inlay hints, the prior text as a document, the comparative table, and pins validated.

import * as assert from 'node:assert/strict';
import type { Hover, InlayHint, Diagnostic } from 'vscode-languageserver-protocol';
import * as os from 'node:os';
import {
  FULL_CAPS, KK_TEXT, KK_URI, ROOT, RU_TEXT, RU_URI, buildOnce, open, pull, serverUntil, startServer, td, type Server,
} from '../support/harness';
import { cursorPos } from '../support/text';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EventEmitter } from 'node:events';
import { generateDraft } from '../../bench/generate';
import { analyze, comparePrior, Matcher, priorInlayTooltip, tableJson } from '../../server/src/core';

const value = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';

describe('LSP: prior constitution (2026 drafts against 1995)', function () {
  this.timeout(60000);
  let s: Server;

  before(async () => {
    // A Russian UI: labels in Russian for both drafts (one language per UI).
    s = await startServer({ settings: { prior: 'kz-1995' }, initializationOptions: { displayLanguage: 'ru' } });
    open(s, RU_URI, RU_TEXT);
    open(s, KK_URI, KK_TEXT);
  });
  after(async () => {
    await s?.stop();
  });

  it('hover on an article heading: the 1995 predecessor, its text, a word diff, the confidence and a link', async () => {
    // 2026 Art. 12 derives from 1995 Art. 13 (a move across the numbering).
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: cursorPos(RU_TEXT, '\nСтатья $012\n') }) as Hover;
    const v = value(h);
    assert.match(v, /1995/);
    assert.match(v, /13/);
    assert.match(v, /~~[^~]+~~|\*\*[^*]+\*\*/, 'insertions or deletions are visible');
    assert.match(v, /\d+ ?%|0\.\d+/, 'confidence');
    assert.match(v, /command:atazan\.openPrior\?/);
  });

  it('hover on a paragraph number shows the matching prior paragraph', async () => {
    // 2026 Art. 2(4): «Столица Республики Казахстан – город Астана» ← 1995 Art. 2(3).
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: cursorPos(RU_TEXT, '\n$04. Столица Республики Казахстан') }) as Hover;
    const v = value(h);
    assert.match(v, /1995/);
    assert.match(v, /Астан/);
  });

  it('Kazakh draft: the hover names the 1995 article (labels in the UI language, the quoted 1995 heading in Kazakh)', async () => {
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(KK_URI), position: cursorPos(KK_TEXT, '\n1$02-бап\n') }) as Hover;
    assert.match(value(h), /\*\*1995: ст\. 13\*\*/);
    assert.match(value(h), /_1995, 13-бап/);
  });

  it('inlay hints: one per article heading, with the predecessor or «new»', async () => {
    const hints = await s.conn.sendRequest('textDocument/inlayHint', {
      ...td(RU_URI), range: { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } },
    }) as InlayHint[];
    assert.equal(hints.length, 96);
    const label = (h: InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const at12 = hints.find((h) => h.position.line === cursorPos(RU_TEXT, '\n$0Статья 12\n').line);
    assert.ok(at12);
    assert.match(label(at12!), /1995: ст\. 13/);
    assert.ok(hints.some((h) => /нов/.test(label(h))), 'some articles are new');
  });

  it('issue 16.2: the hint sits at the end of the heading line, so the Kazakh heading reads «62-бап 1995: 63-бап»', async () => {
    const label = (h: InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    // The Kazakh draft under a Kazakh UI (hint labels follow the UI language).
    const kk = await startServer({ settings: { prior: 'kz-1995' }, initializationOptions: { displayLanguage: 'kk' } });
    open(kk, KK_URI, KK_TEXT);
    for (const [uri, text] of [[KK_URI, KK_TEXT], [RU_URI, RU_TEXT]] as const) {
      const hints = await (uri === KK_URI ? kk : s).conn.sendRequest('textDocument/inlayHint', {
        ...td(uri), range: { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } },
      }) as InlayHint[];
      assert.equal(hints.length, 96);
      const lines = text.split(/\r?\n/);
      for (const h of hints) assert.equal(h.position.character, lines[h.position.line].length, `${uri} line ${h.position.line + 1}`);
      // What the editor shows: the line with the hint inserted at its position.
      const shown = (h: InlayHint) => {
        const l = lines[h.position.line];
        return l.slice(0, h.position.character) + (h.paddingLeft ? ' ' : '') + label(h) + l.slice(h.position.character);
      };
      if (uri === KK_URI) {
        const at62 = hints.find((h) => lines[h.position.line] === '62-бап')!;
        assert.equal(shown(at62), '62-бап 1995: 63-бап');
        assert.ok(hints.every((h) => !/-бап-бап|жаңа-бап/.test(shown(h))), hints.map(shown).join('\n'));
        assert.ok(hints.some((h) => /^\d+(?:-\d+)?-бап 1995: жаңа$/.test(shown(h))), 'a new article reads «N-бап 1995: жаңа»');
      } else {
        const at62 = hints.find((h) => lines[h.position.line] === 'Статья 62')!;
        assert.equal(shown(at62), 'Статья 62 1995: ст. 63');
      }
    }
    await kk.stop();
  });

  it('atazan/priorText serves the prior as a document; the comparative table is escaped HTML with a CSP', async () => {
    const t = await s.conn.sendRequest('atazan/priorText', { id: 'kz-1995', lang: 'ru' }) as { text: string };
    assert.match(t.text, /\nСтатья 83-1\n/);
    const table = await s.conn.sendRequest('atazan/comparativeTable', { uri: RU_URI }) as { html: string; rows: unknown[] };
    assert.match(table.html, /Content-Security-Policy/);
    assert.doesNotMatch(table.html, /<script/i);
    assert.ok(table.rows.length >= 96);
  });

  it('a pin to a prior article that does not exist is an error at the pin', async () => {
    const uri = RU_URI.replace('draft-2026-ru', 'pinned');
    const text = RU_TEXT.replace('\nСтатья 12\n', '\nСтатья 12\n<!-- prior: 555 -->\n');
    open(s, uri, text);
    // Until the document's settings are known the server compares with the default prior; when they
    // name another, it asks for a refresh: pull again after each one.
    let items: Diagnostic[];
    for (;;) {
      const seen = s.refreshes;
      items = await pull(s, uri);
      if (items.some((d) => d.code === 'prior-article-missing')) break;
      await serverUntil(s, () => s.refreshes > seen, 'a diagnostic refresh with the prior problems');
    }
    const d = items.find((x) => x.code === 'prior-article-missing');
    assert.ok(d, JSON.stringify(items));
    const line = text.split('\n')[d!.range.start.line];
    assert.equal(line.slice(d!.range.start.character, d!.range.end.character), '555');
  });
});

/**
 * Four words of a line of the 1995 text typed at the start of Article 12's first paragraph of the 2026
 * draft: the first line's for which `wanted` holds of a matcher that compared the draft before and then
 * the edited text quickly (deferring its idf update, as the server's kept matcher does while typing).
 */
function typedPhrase(wanted: (m: Matcher, an: ReturnType<typeof analyze>, quick: ReturnType<typeof comparePrior>, prior: ReturnType<typeof analyze>) => boolean) {
  const prior = analyze(fs.readFileSync(path.resolve(__dirname, '..', '..', 'data', 'priors', 'kz-1995-ru.txt'), 'utf8'));
  const at = RU_TEXT.indexOf('\n', RU_TEXT.indexOf('\nСтатья 12\n') + 1) + 1;
  const before = analyze(RU_TEXT);
  for (const line of prior.text.split('\n').filter((l) => l.trim().length > 40)) {
    const typed = line.trim().split(/\s+/).slice(0, 4).join(' ') + ' ';
    const m = new Matcher();
    comparePrior(before, prior, 'kz-1995', m, { deferIdf: true });
    const text = RU_TEXT.slice(0, at) + typed + RU_TEXT.slice(at);
    const an = analyze(text);
    const quick = comparePrior(an, prior, 'kz-1995', m, { deferIdf: true });
    if (wanted(m, an, quick, prior)) return { prior, at, typed, edited: text };
  }
  return { prior, at, typed: '', edited: null };
}

describe('LSP: the hover after a keystroke leaves the idf update behind; the table does not (issue 17.4)', function () {
  this.timeout(120000);

  it('a hover after an edit that changes a shared word statistic, then the table: the table is a fresh comparison of the new text', async () => {
    // Four words of the 1995 text typed at the start of Article 12's first paragraph: the first such
    // phrase for which a matcher (as the server's, having compared the draft before) defers an idf update.
    const { prior, at, typed, edited } = typedPhrase((m) => m.stale);
    assert.ok(edited, 'some phrase of the prior changes a word statistic other articles share');
    const s = await startServer({ settings: { prior: 'kz-1995' }, initializationOptions: { displayLanguage: 'ru' } });
    try {
      const uri = RU_URI.replace('draft-2026-ru', 'typed-17-4');
      open(s, uri, RU_TEXT);
      const head = { ...td(uri), position: cursorPos(RU_TEXT, '\nСтатья $012\n') };
      assert.match(value(await s.conn.sendRequest('textDocument/hover', head) as Hover), /1995/);
      const pos = { line: RU_TEXT.slice(0, at).split('\n').length - 1, character: 0 };
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: typed }] });
      assert.match(value(await s.conn.sendRequest('textDocument/hover', head) as Hover), /1995/);
      const table = await s.conn.sendRequest('atazan/comparativeTable', { uri }) as { rows: unknown[]; dropped: unknown[] };
      const fresh = tableJson(comparePrior(analyze(edited!), prior, 'kz-1995'), 'ru');
      assert.deepEqual(JSON.parse(JSON.stringify(table.rows)), JSON.parse(JSON.stringify(fresh.rows)));
      assert.deepEqual(table.dropped, fresh.dropped);
    } finally {
      await s.stop();
    }
  });
});

describe('LSP: inlay hints drawn from a stale comparison are asked for again once it is made full (issue 15, session 21)', function () {
  this.timeout(120000);

  it('the client is asked to refresh its inlay hints, and the hints it then gets are a fresh comparison\'s', async () => {
    // Four words of the 1995 text typed at the start of Article 12's first paragraph: the first phrase for
    // which the quick comparison (as the server's kept matcher makes it for an inlay hint while typing)
    // gives some article's hint another tooltip than a fresh comparison of the new text.
    const tips = (an: ReturnType<typeof analyze>, c: ReturnType<typeof comparePrior>) => an.doc.articles.map((a) => priorInlayTooltip(c, a.number.text, 'ru'));
    const { at, typed, edited } = typedPhrase((m, an, quick, prior) =>
      m.stale && JSON.stringify(tips(an, quick)) !== JSON.stringify(tips(an, comparePrior(an, prior, 'kz-1995', new Matcher()))));
    assert.ok(edited, 'some phrase of the prior changes a tooltip through a word statistic other articles share');
    const caps = { ...FULL_CAPS, workspace: { ...FULL_CAPS.workspace, inlayHint: { refreshSupport: true } } };
    const s = await startServer({ settings: { prior: 'kz-1995' }, capabilities: caps, initializationOptions: { displayLanguage: 'ru' } });
    try {
      const uri = RU_URI.replace('draft-2026-ru', 'inlay-21/draft-2026-ru');
      const copy = RU_URI.replace('draft-2026-ru', 'inlay-21-copy/draft-2026-ru');
      const hints = async (u: string) => JSON.parse(JSON.stringify(await s.conn.sendRequest('textDocument/inlayHint', { ...td(u), range: { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } } }))) as InlayHint[];
      open(s, uri, RU_TEXT);
      assert.ok((await hints(uri)).length > 50);
      const refreshes = s.inlayRefreshes;
      const pos = { line: RU_TEXT.slice(0, at).split('\n').length - 1, character: 0 };
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: typed }] });
      const stale = await hints(uri);
      open(s, copy, edited!);
      const fresh = await hints(copy);
      assert.notDeepEqual(stale, fresh, 'the hints asked for while typing are the quick comparison\'s');
      await serverUntil(s, () => s.inlayRefreshes > refreshes, 'workspace/inlayHint/refresh once typing pauses');
      assert.deepEqual(await hints(uri), fresh);
    } finally {
      await s.stop();
    }
  });

  it('a client that cannot be asked to refresh (no refreshSupport) is not asked', async () => {
    const s = await startServer({ settings: { prior: 'kz-1995' }, initializationOptions: { displayLanguage: 'ru' } });
    try {
      const uri = RU_URI.replace('draft-2026-ru', 'inlay-21-norefresh/draft-2026-ru');
      open(s, uri, RU_TEXT);
      await s.conn.sendRequest('textDocument/inlayHint', { ...td(uri), range: { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } } });
      const at = RU_TEXT.indexOf('\n', RU_TEXT.indexOf('\nСтатья 12\n') + 1) + 1;
      const pos = { line: RU_TEXT.slice(0, at).split('\n').length - 1, character: 0 };
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: 'Статья 1 новые слова ' }] });
      await s.conn.sendRequest('textDocument/inlayHint', { ...td(uri), range: { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } } });
      // The table asks for the full comparison at once (what a refresh would follow).
      await s.conn.sendRequest('atazan/comparativeTable', { uri });
      assert.equal(s.inlayRefreshes, 0);
    } finally {
      await s.stop();
    }
  });
});

describe('LSP: the full comparison after a pause is made in slices; a hover meanwhile is answered at once (issue 17.4)', function () {
  this.timeout(240000);

  it('a hover sent while the refresh runs gets its answer before the refresh ends', async () => {
    const prior = analyze(fs.readFileSync(path.resolve(__dirname, '..', '..', 'data', 'priors', 'kz-1995-ru.txt'), 'utf8'));
    // A 2,000-article draft (its refresh takes several slices), and four words of the 1995 text typed at
    // the start of the body of its Article 1001: the first such phrase that leaves an idf update behind.
    const text = generateDraft({ articles: 2000, seed: 3 }).text;
    const before = analyze(text);
    const at = before.doc.articles[1000].lines[0].start;
    const m = new Matcher();
    comparePrior(before, prior, 'kz-1995', m, { deferIdf: true });
    let typed: string | null = null;
    for (const line of prior.text.split('\n').filter((l) => l.trim().length > 40)) {
      const phrase = line.trim().split(/\s+/).slice(0, 4).join(' ') + ' ';
      comparePrior(analyze(text.slice(0, at) + phrase + text.slice(at)), prior, 'kz-1995', m, { deferIdf: true });
      if (m.stale) { typed = phrase; break; }
    }
    assert.ok(typed, 'some phrase of the prior changes a word statistic other articles share');
    const s = await startServer({ settings: { prior: 'kz-1995' }, initializationOptions: { displayLanguage: 'ru' } });
    try {
      const traces = new EventEmitter();
      s.conn.onNotification('$/logTrace', (p: { message: string }) => { traces.emit('trace', p.message); });
      const trace = (re: RegExp) => new Promise<string>((resolve) => {
        const on = (msg: string) => { if (re.test(msg)) { traces.off('trace', on); resolve(msg); } };
        traces.on('trace', on);
      });
      s.conn.sendNotification('$/setTrace', { value: 'verbose' });
      const uri = RU_URI.replace('draft-2026-ru', 'generated-17-4');
      open(s, uri, text);
      const h = before.lineIndex.positionAt(before.doc.articles[500].headSpan.start);
      const head = { ...td(uri), position: { line: h.line, character: h.character + 2 } };
      assert.match(value(await s.conn.sendRequest('textDocument/hover', head) as Hover), /1995/);
      const firstSlice = trace(/: slice 1 done|made full/);
      const pos = before.lineIndex.positionAt(at);
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: typed }] });
      // The hover after the edit leaves the idf update behind: the full comparison follows once typing pauses.
      assert.match(value(await s.conn.sendRequest('textDocument/hover', head) as Hover), /1995/);
      assert.match(await firstSlice, /slice 1 done/, 'the refresh is made in several slices');
      const order: string[] = [];
      const full = trace(/made full in \d+ slice/).then((msg) => order.push(msg.replace(/^.* made/, 'made')));
      const during = await s.conn.sendRequest('textDocument/hover', head) as Hover;
      order.push('hover');
      await full;
      assert.match(value(during), /1995/);
      assert.equal(order[0], 'hover', `the hover was answered after the refresh (${order.join(', ')})`);
      assert.match(order[1], /made full in ([2-9]|\d\d+) slice/);
    } finally {
      await s.stop();
    }
  });
});

describe('LSP: the heading hover puts the prior diff on top, coloured when the client renders HTML (issue 16.5)', function () {
  this.timeout(60000);
  const at62 = cursorPos(RU_TEXT, '\nСтатья $062\n');

  it('a client without HTML (no general.markdown.allowedTags): ~~struck~~ and **bold**, kept apart, first', async () => {
    const s = await startServer({ settings: { prior: 'kz-1995' }, initializationOptions: { displayLanguage: 'ru' } });
    try {
      open(s, RU_URI, RU_TEXT);
      const v = value(await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: at62 }) as Hover);
      assert.ok(v.includes('не ~~могут~~ **может** быть'), v);
      assert.doesNotMatch(v, /<span/);
      assert.ok(v.indexOf('**Изменения**') < v.indexOf('_1995, Статья 63_'));
    } finally {
      await s.stop();
    }
  });

  it('VS Code (allowedTags with span): deleted and inserted words in coloured spans, first under the heading', async () => {
    const caps = { ...FULL_CAPS, general: { markdown: { parser: 'marked', version: '1.1.0', allowedTags: ['p', 'del', 'strong', 'span', 'br', 'a'] } } };
    const s = await startServer({ settings: { prior: 'kz-1995' }, capabilities: caps, initializationOptions: { displayLanguage: 'ru' } });
    try {
      open(s, KK_URI, KK_TEXT);
      open(s, RU_URI, RU_TEXT);
      const v = value(await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: at62 }) as Hover);
      assert.match(v, /не <span style="color:var\(--vscode-[a-zA-Z-]+\);background-color:var\(--vscode-[a-zA-Z-]+\);"><del>могут<\/del><\/span> <span style="[^"]+"><strong>может<\/strong><\/span> быть/);
      assert.doesNotMatch(v, /~~/);
      const lines = v.split('\n').filter((l) => l.trim());
      assert.match(lines[0], /^\*\*Статья 62\*\*/);
      assert.match(lines[1], /^\*\*1995: ст\. 63\*\*/);
      assert.match(lines[2], /^\*\*Изменения\*\*/);
      // kk draft: the same, labelled in the UI language (Russian here).
      const vk = value(await s.conn.sendRequest('textDocument/hover', { ...td(KK_URI), position: cursorPos(KK_TEXT, '\n6$02-бап\n') }) as Hover);
      assert.match(vk.split('\n').filter((l) => l.trim())[2], /^\*\*Изменения\*\*/);
      assert.match(vk, /<del>/);
    } finally {
      await s.stop();
    }
  });
});

describe('LSP: the prior is loaded after the first diagnostics of a draft without pins (issue 15)', function () {
  this.timeout(120000);

  it('a bundled prior that cannot be loaded (no data/priors beside the server) is still reported, with a diagnostic refresh', async () => {
    // The production server alone in a folder with no data/priors above it: the bundled 1995 text is missing.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-noprior-'));
    const dist = path.join(dir, 'a', 'b', 'dist');
    fs.mkdirSync(dist, { recursive: true });
    buildOnce();
    fs.copyFileSync(path.join(ROOT, 'dist', 'server.js'), path.join(dist, 'server.js'));
    const s = await startServer({ entry: path.join(dist, 'server.js') });
    try {
      open(s, RU_URI, RU_TEXT);
      // The draft has no pins: its first diagnostics do not wait for the prior; the prior's problem comes
      // with a refresh once the server has tried to load it. Pull again after each refresh.
      let items: Diagnostic[];
      for (;;) {
        const seen = s.refreshes;
        items = await pull(s, RU_URI);
        if (items.some((d) => d.code === 'prior-unavailable')) break;
        await serverUntil(s, () => s.refreshes > seen, 'a diagnostic refresh with the prior problem');
      }
      const d = items.filter((x) => x.code === 'prior-unavailable');
      assert.equal(d.length, 1, JSON.stringify(items));
      assert.match(String(d[0].message), /data\/priors/);
      assert.deepEqual(items.filter((x) => x.code !== 'prior-unavailable'), [], 'the official draft has no other problem');
    } finally {
      await s.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
