// Issue 13 over LSP: language versions of one act, both open. The bundled 2026 drafts
// (examples/draft-2026-ru.const.txt, …-kk.const.txt) are paired by their names; an edit in one version
// changes the other open version's diagnostics without touching it (pulled: the server asks for a
// refresh and the other document's result id changes; pushed: it is published again). The request
// atazan/parallelUnit finds the same unit in the other version, and the hover shows its text.
import * as assert from 'node:assert/strict';
import type { Diagnostic, FullDocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { FULL_CAPS, KK_TEXT, KK_URI, RU_TEXT, RU_URI, open, pull, serverUntil, startServer, td, type Server } from '../support/harness';
import { corpus } from '../support/files';

/** KK_TEXT without article 2's paragraph 5 («5. Қазақстан Республикасы мен Қазақстан атауларының мәні бірдей.»). */
const KK_LINES = KK_TEXT.split('\n');
const DROPPED = KK_LINES.findIndex((l) => l.startsWith('5. Қазақстан Республикасы мен Қазақстан атауларының'));
const KK_EDITED = [...KK_LINES.slice(0, DROPPED), ...KK_LINES.slice(DROPPED + 1)].join('\n');
const RU_P5 = RU_TEXT.split('\n').findIndex((l) => l.startsWith('5. Наименования Республика Казахстан и Казахстан'));

const parallel = (ds: Diagnostic[]) => ds.filter((d) => String(d.code).startsWith('parallel-')).map((d) => `${d.code}@${d.range.start.line}`);

describe('LSP: language versions (issue 13)', function () {
  this.timeout(60000);

  describe('pulled diagnostics', () => {
    let s: Server;
    before(async () => {
      assert.ok(DROPPED > 0 && RU_P5 === DROPPED);
      s = await startServer({ settings: { messages: { language: 'en' } } });
      open(s, RU_URI, RU_TEXT);
      open(s, KK_URI, KK_TEXT);
    });
    after(async () => { await s?.stop(); });

    it('the two real drafts, paired by their names, have no divergence', async () => {
      assert.deepEqual(parallel(await pull(s, RU_URI)), []);
      assert.deepEqual(parallel(await pull(s, KK_URI)), []);
    });

    it('a paragraph deleted from kk: both documents report it, the ru one without being edited or reopened', async () => {
      const before = (await s.conn.sendRequest('textDocument/diagnostic', td(RU_URI))) as FullDocumentDiagnosticReport;
      const refreshes = s.refreshes;
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: KK_URI, version: 2 }, contentChanges: [{ text: KK_EDITED }] });
      const kk = await pull(s, KK_URI);
      assert.deepEqual(parallel(kk), [`parallel-unit-missing@${DROPPED - 1}`]);
      assert.equal(kk.find((d) => d.code === 'parallel-unit-missing')!.message, 'Missing here, present in the Russian version: paragraph 5 of article 2');
      // The server asks the client to pull again; the ru document's previous result is no longer current.
      await serverUntil(s, () => s.refreshes > refreshes, 'workspace/diagnostic/refresh');
      const ru = (await s.conn.sendRequest('textDocument/diagnostic', { ...td(RU_URI), previousResultId: before.resultId })) as FullDocumentDiagnosticReport;
      assert.equal(ru.kind, 'full');
      assert.deepEqual(parallel(ru.items), [`parallel-unit-missing@${RU_P5}`]);
      assert.equal(ru.items.find((d) => d.code === 'parallel-unit-missing')!.message, 'No counterpart in the Kazakh version: paragraph 5 of article 2');
      // Undone: both are clean again.
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: KK_URI, version: 3 }, contentChanges: [{ text: KK_TEXT }] });
      assert.deepEqual(parallel(await pull(s, KK_URI)), []);
      assert.deepEqual(parallel(await pull(s, RU_URI)), []);
    });

    it('atazan/parallelTable (Compare Language Versions): the versions side by side, a divergence marked, exported in four formats', async () => {
      type R = { title: string; other: string; rows: number; diverging: number; text?: string; base64?: string } | null;
      const html = await s.conn.sendRequest('atazan/parallelTable', { uri: RU_URI, format: 'html' }) as R;
      assert.ok(html && html.text);
      assert.equal(html!.other, KK_URI);
      assert.equal(html!.diverging, 0);
      assert.equal(html!.title, 'Language versions ru — kk: draft-2026-ru.const.txt');
      assert.ok(html!.rows > 500, `${html!.rows} rows`);
      assert.match(html!.text!, /<td lang="ru"><span class="label">Статья 62<\/span>/);
      assert.match(html!.text!, /<td lang="kk"><span class="label">62-бап<\/span>/);
      // kk without article 2's paragraph 5: the view marks that row, seen from either side.
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: KK_URI, version: 10 }, contentChanges: [{ text: KK_EDITED }] });
      const md = await s.conn.sendRequest('atazan/parallelTable', { uri: KK_URI, format: 'md' }) as R;
      assert.equal(md!.diverging, 1);
      const row = md!.text!.split('\n').find((l) => l.includes('Missing here'));
      assert.equal(row, '| — | **пункт 5**<br>5\\. Наименования Республика Казахстан и Казахстан равнозначны. | Missing here, present in the Russian version: paragraph 5 of article 2 |');
      const json = JSON.parse((await s.conn.sendRequest('atazan/parallelTable', { uri: RU_URI, format: 'json' }) as R)!.text!);
      assert.deepEqual(json.rows.filter((r: { divergences: unknown[] }) => r.divergences.length).map((r: { a: { label: string }; b: unknown }) => [r.a.label, r.b]), [['пункт 5', null]]);
      const docx = await s.conn.sendRequest('atazan/parallelTable', { uri: RU_URI, format: 'docx' }) as R;
      assert.equal(Buffer.from(docx!.base64!, 'base64').subarray(0, 2).toString(), 'PK');
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: KK_URI, version: 11 }, contentChanges: [{ text: KK_TEXT }] });
      assert.equal((await s.conn.sendRequest('atazan/parallelTable', { uri: RU_URI, format: 'json' }) as R)!.diverging, 0);
      // A document with no other version open: null (the client says how to pair files).
      open(s, 'file:///alone/draft.const.txt', RU_TEXT);
      assert.equal(await s.conn.sendRequest('atazan/parallelTable', { uri: 'file:///alone/draft.const.txt', format: 'html' }), null);
    });

    it('atazan/parallelUnit: the same unit in the other version', async () => {
      const line = RU_TEXT.split('\n').indexOf('Статья 62');
      const r = await s.conn.sendRequest('atazan/parallelUnit', { ...td(RU_URI), position: { line: line + 2, character: 3 } }) as
        { uri: string; lang: string; range: { start: { line: number } } } | null;
      assert.ok(r);
      assert.equal(r!.uri, KK_URI);
      assert.equal(r!.lang, 'kk');
      // The drafts are aligned line for line: paragraph 2 of article 62 is on the same line.
      assert.equal(r!.range.start.line, line + 2);
      assert.match(KK_TEXT.split('\n')[line + 2], /^2\. /);
      const kkHeading = await s.conn.sendRequest('atazan/parallelUnit', { ...td(KK_URI), position: { line, character: 1 } }) as { uri: string; range: { start: { line: number } } };
      assert.deepEqual([kkHeading.uri, kkHeading.range.start.line], [RU_URI, line]);
    });

    it('the hover on an article heading shows the other version, with a link that opens it beside', async () => {
      const line = RU_TEXT.split('\n').indexOf('Статья 62');
      const h = await s.conn.sendRequest('textDocument/hover', { ...td(RU_URI), position: { line, character: 2 } }) as Hover;
      const md = (h.contents as { value: string }).value;
      assert.match(md, /\*\*Kazakh version\*\* · \[Open beside\]\(command:atazan\.parallelUnit\?/);
      assert.ok(md.includes('> 62-бап'), md);
      const arg = JSON.parse(decodeURIComponent(/command:atazan\.parallelUnit\?([^)]+)\)/.exec(md)![1]));
      assert.deepEqual(arg, [{ uri: KK_URI, range: { start: { line, character: 0 }, end: { line, character: 6 } } }]);
    });
  });

  describe('pushed diagnostics, pairing by annotation', () => {
    let s: Server;
    const A = 'file:///tmp/atazan-parallel/osnovnoy.txt';
    const B = 'file:///tmp/atazan-parallel/negizgi.txt';
    const caps = { ...FULL_CAPS, textDocument: { ...FULL_CAPS.textDocument, diagnostic: undefined } };
    before(async () => {
      s = await startServer({ capabilities: caps, settings: { messages: { language: 'en' } } });
      open(s, A, `<!-- parallel: negizgi.txt -->\n${RU_TEXT}`);
      open(s, B, `<!-- parallel: osnovnoy.txt -->\n${KK_TEXT}`);
    });
    after(async () => { await s?.stop(); });

    it('an edit in kk re-publishes the ru document with the divergence', async () => {
      await serverUntil(s, () => s.pushed.get(A) && s.pushed.get(B), 'both published');
      assert.deepEqual(parallel(s.pushed.get(A)!.diagnostics), []);
      const edited = `<!-- parallel: osnovnoy.txt -->\n${KK_TEXT.replace('2. Құрылтай депутаттарының өкілеттік мерзімі – бес жыл.', '2. Құрылтай депутаттарының өкілеттік мерзімі – жеті жыл.')}`;
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: B, version: 2 }, contentChanges: [{ text: edited }] });
      const line = RU_TEXT.split('\n').indexOf('2. Срок полномочий депутатов Курултая – пять лет.') + 1;
      const ru = await serverUntil(s, () => {
        const p = s.pushed.get(A);
        return p && parallel(p.diagnostics).length ? p.diagnostics : null;
      }, 'ru re-published');
      assert.deepEqual(parallel(ru), [`parallel-figures@${line}`]);
      assert.match(String(ru.find((d) => d.code === 'parallel-figures')!.message), /: 5 here, 7 in the Kazakh version$/);
      assert.equal(s.pushed.get(A)!.version, 1, 'the ru document was not edited');
    });
  });

  describe('the bundled constitutions, opened read-only, are paired among themselves', () => {
    let s: Server;
    // The URIs the client gives the prior's read-only documents: atazan-prior:/<id>/<lang>/<name>.
    const RU95 = 'atazan-prior:/kz-1995/ru/Constitution%201995.constitution';
    const KK95 = 'atazan-prior:/kz-1995/kk/Constitution%201995.constitution';
    const RU26 = 'atazan-prior:/kz-2026/ru/Constitution%202026.constitution';
    before(async () => {
      s = await startServer({ settings: { messages: { language: 'en' } } });
    });
    after(async () => { await s?.stop(); });

    it('1995 ru and kk open together: nothing reported; a paragraph missing from kk: reported on both; another act is not a partner', async () => {
      const ruText = corpus('kz-1995-ru.txt');
      const kkLines = corpus('kz-1995-kk.txt').split('\n');
      open(s, RU95, ruText);
      open(s, KK95, kkLines.join('\n'));
      assert.deepEqual(parallel(await pull(s, RU95)), []);
      assert.deepEqual(parallel(await pull(s, KK95)), []);
      // Article 1, paragraph 2 removed from the kk text.
      const at = kkLines.findIndex((l, i) => l.startsWith('2. ') && kkLines.slice(0, i).reverse().find((x) => /^\d+-бап/.test(x)) === '1-бап');
      assert.ok(at > 0);
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: KK95, version: 2 }, contentChanges: [{ text: [...kkLines.slice(0, at), ...kkLines.slice(at + 1)].join('\n') }] });
      assert.deepEqual(parallel(await pull(s, KK95)).map((x) => x.split('@')[0]), ['parallel-unit-missing']);
      assert.deepEqual(parallel(await pull(s, RU95)).map((x) => x.split('@')[0]), ['parallel-unit-missing']);
      // The 2026 text is another act: opening it beside changes nothing for 1995.
      open(s, RU26, corpus('kz-2026-final-draft-ru.txt'));
      assert.deepEqual(parallel(await pull(s, RU26)), []);
    });
  });

  // Found by the incremental campaign through the server with the language versions open (session 22:
  // `npm run fuzz:incremental -- --lsp --parallel`; 1,330 differences in 15,769 keystrokes before the fixes).
  describe('the campaign\'s defects (issue 15, session 22)', () => {
    let s: Server;
    const ru = corpus('kz-1995-ru.txt');
    const kk = corpus('kz-1995-kk.txt');
    // A figure typed into Article 1, paragraph 1 of the kk text: one parallel-figures on each side.
    const KK_FIGURE = kk.replace('1. Қазақстан Республикасы өзін демократиялық', '1. Қазақстан Республикасы 12 өзін демократиялық');
    beforeEach(async () => {
      s = await startServer({ settings: { messages: { language: 'en' } } });
    });
    afterEach(async () => { await s?.stop(); });

    it('a pair opened while another document\'s edit is pending keeps its parallel problems (before: none, until its next edit)', async () => {
      assert.notEqual(KK_FIGURE, kk);
      open(s, 'file:///tmp/pair-a/k-ru.txt', ru);
      open(s, 'file:///tmp/pair-a/k-kk.txt', kk);
      assert.deepEqual(parallel(await pull(s, 'file:///tmp/pair-a/k-ru.txt')), []);
      open(s, 'file:///tmp/pair-b/k-ru.txt', ru);
      open(s, 'file:///tmp/pair-b/k-kk.txt', KK_FIGURE);
      // The other pair's edit: its analysis reads every open document (is it paired with me?), the new pair
      // among them, before they are pulled.
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///tmp/pair-a/k-ru.txt', version: 2 }, contentChanges: [{ text: ru + '\n' }] });
      assert.deepEqual(parallel(await pull(s, 'file:///tmp/pair-a/k-ru.txt')), []);
      const line = ru.split('\n').findIndex((l) => l.startsWith('1. Республика Казахстан утверждает себя'));
      assert.ok(line > 0);
      assert.deepEqual(parallel(await pull(s, 'file:///tmp/pair-b/k-ru.txt')), [`parallel-figures@${line}`]);
      assert.deepEqual(parallel(await pull(s, 'file:///tmp/pair-b/k-kk.txt')), [`parallel-figures@${line}`]);
    });

    it('a partner\'s edit that moves the place a problem points to gives the other document a new result id with the new place', async () => {
      const RU = 'file:///tmp/pair-c/k-ru.txt';
      const KK = 'file:///tmp/pair-c/k-kk.txt';
      open(s, RU, ru);
      open(s, KK, KK_FIGURE);
      await pull(s, KK);
      const first = (await s.conn.sendRequest('textDocument/diagnostic', td(RU))) as FullDocumentDiagnosticReport;
      const d0 = first.items.find((d) => d.code === 'parallel-figures');
      const other0 = (d0?.data as { other?: { start: number } } | undefined)?.other?.start;
      assert.equal(typeof other0, 'number');
      // Words typed at the start of the kk text: the same problems in the ru one, pointing 4 characters later.
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: KK, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'абв ' }] });
      await pull(s, KK);
      const next = (await s.conn.sendRequest('textDocument/diagnostic', { ...td(RU), previousResultId: first.resultId })) as FullDocumentDiagnosticReport;
      assert.equal(next.kind, 'full', 'not «unchanged»: the data changed');
      const d1 = next.items.find((d) => d.code === 'parallel-figures');
      assert.equal((d1?.data as { other: { start: number } }).other.start, other0! + 4);
    });
  });
});

