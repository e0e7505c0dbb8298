// Issue 16.6 over LSP: the comparative table is live. A draft whose table was asked for is watched:
// after an edit (once the typing pauses) the server says `atazan/comparativeTableChanged {uri, version}`
// and the table asked for then shows the edit. Unit cells link to the article headings in the draft.
import * as assert from 'node:assert/strict';
import { RU_TEXT, open, startServer, type Server } from '../support/harness';

const URI = 'file:///tmp/atazan-live/draft-2026-ru.const.txt';
const OLD = '3. Курултай не может быть распущен';
const NEW = '3. Курултай ни при каких условиях не может быть распущен';

interface TableResult { html: string; version: number; rows: { draft: string; note: string; justification: string }[] }

describe('LSP: the comparative table refreshes live (issue 16.6)', function () {
  this.timeout(60000);
  let s: Server;
  const changes: { uri: string; version: number }[] = [];
  let waiters: (() => void)[] = [];
  /** Resolves with the first announcement (after those already seen) that satisfies `ok`. */
  const announced = (ok: (c: { uri: string; version: number }) => boolean, from = changes.length) =>
    new Promise<{ uri: string; version: number }>((resolve) => {
      const check = () => {
        const hit = changes.slice(from).find(ok);
        if (hit) resolve(hit);
        else waiters.push(check);
      };
      check();
    });
  const table = (links = true) => s.conn.sendRequest('atazan/comparativeTable', { uri: URI, links }) as Promise<TableResult>;
  const change = (version: number, text: string) =>
    s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text }] });

  before(async () => {
    s = await startServer({ settings: { prior: 'kz-1995' } });
    s.conn.onNotification('atazan/comparativeTableChanged', (p: { uri: string; version: number }) => {
      changes.push(p);
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    });
    assert.ok(RU_TEXT.includes(OLD));
    open(s, URI, RU_TEXT);
  });
  after(async () => {
    await s?.stop();
  });

  it('the table says which version it shows; unit cells link to the article heading in the draft', async () => {
    const t = await table();
    assert.equal(t.version, 1);
    const m = /<td class="unit"[^>]*><a href="command:atazan\.revealArticle\?([^"]+)">Статья 62<\/a>/.exec(t.html);
    assert.ok(m, 'a link on «Статья 62»');
    const args = JSON.parse(decodeURIComponent(m![1].replace(/&amp;/g, '&')));
    assert.deepEqual(args, { uri: URI, article: '62', line: RU_TEXT.split('\n').indexOf('Статья 62') });
    assert.ok(!t.html.includes('ни при каких условиях'));
    const plain = await table(false);
    assert.ok(!plain.html.includes('command:'), 'no links unless asked for (exports)');
  });

  it('an edit of the draft is announced with its version, and the table then shows it', async () => {
    const from = changes.length;
    change(2, RU_TEXT.replace(OLD, NEW));
    const c = await announced((x) => x.uri === URI, from);
    assert.deepEqual(c, { uri: URI, version: 2 });
    const t = await table();
    assert.equal(t.version, 2);
    assert.match(t.html, /<ins>ни при каких условиях ?<\/ins>|<ins>[^<]*ни при каких условиях/);
  });

  it('a burst of edits is announced once the typing pauses, with the last version', async () => {
    const from = changes.length;
    const base = RU_TEXT.replace(OLD, NEW);
    change(3, base.replace('ни при каких', 'ни при каких-либо'));
    change(4, base.replace('ни при каких', 'ни при каких-либо иных'));
    change(5, base.replace(NEW, OLD + ' досрочно'));
    const c = await announced((x) => x.uri === URI, from);
    assert.deepEqual(c, { uri: URI, version: 5 }, 'the first announcement after the burst is for its last version');
    const t = await table();
    assert.equal(t.version, 5);
    assert.ok(!t.html.includes('ни при каких'));
    assert.match(t.html, /<ins>[^<]*досрочно/);
  });

  it('a justification typed into the draft shows in the next table, the note stays out of it', async () => {
    const from = changes.length;
    change(6, RU_TEXT.replace(OLD, `<!-- обоснование: Уточнено. -->\n${OLD}`));
    await announced((x) => x.uri === URI && x.version === 6, from);
    const t = await table();
    const r62 = t.rows.find((r) => r.draft === '62')!;
    assert.equal(r62.justification, 'Уточнено.');
    assert.ok(t.html.includes('<td>Уточнено.</td>'));
  });
});
