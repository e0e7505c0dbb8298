// Citations of the Constitution in a law over LSP (issue 12): definition into the cited Constitution's
// read-only document, hover with its text, the unresolved citation's own diagnostic, and the 1995 → 2026
// migration's diagnostic and quick fix.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover, LocationLink, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { open, pull, serverUntil, startServer, td, type Server } from '../support/harness';
import { cursorPos } from '../support/text';
import { corpus } from '../support/files';

const LAW_URI = 'file:///tmp/atazan-cited/law.txt';
const OLD_URI = 'file:///tmp/atazan-cited/old-law.txt';
const LAW = 'О Конституционном Суде Республики Казахстан Конституционный закон Республики Казахстан от 5 ноября 2022 года № 153-VII\n'
  + 'Статья 1\n1. Президент вправе обратиться в случаях, предусмотренных статьей 44 и статьей 100 Конституции.\n';
const OLD = `<!-- cites: kz-1995 -->\n${LAW}`;

describe('LSP: citations of the Constitution in a law (issue 12)', function () {
  this.timeout(60000);
  let s: Server;
  before(async () => {
    s = await startServer({ settings: { constitution: 'kz-2026' }, initializationOptions: { displayLanguage: 'ru' } });
    open(s, LAW_URI, LAW);
    open(s, OLD_URI, OLD);
  });
  after(async () => {
    await s?.stop();
  });

  it('definition from «статьей 44 Конституции» opens the 2026 Constitution at Article 44', async () => {
    const [link] = await s.conn.sendRequest('textDocument/definition', { ...td(LAW_URI), position: cursorPos(LAW, 'статьей 4$04 и') }) as LocationLink[];
    assert.match(link.targetUri, /^atazan-prior:\/kz-2026\/ru\//);
    const lines = corpus('kz-2026-adopted-ru.txt').split('\n');
    assert.equal(lines[link.targetSelectionRange.start.line], 'Статья 44');
    assert.equal(link.targetSelectionRange.start.character, 'Статья '.length);
    assert.equal(link.originSelectionRange!.start.line, 2);
  });

  it('hover shows the cited text of the 2026 Constitution', async () => {
    const h = await s.conn.sendRequest('textDocument/hover', { ...td(LAW_URI), position: cursorPos(LAW, 'статьей 4$04 и') }) as Hover;
    const v = (h.contents as { value: string }).value;
    assert.match(v, /Статья 44/);
    assert.match(v, /вступает в должность с момента принесения народу следующей присяги/);
  });

  it('a unit the Constitution lacks is reference-constitution-unresolved; the rest is clean', async () => {
    const ds = await pull(s, LAW_URI);
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.message]), [
      ['reference-constitution-unresolved', 2, 'В Конституции (2026) нет такой единицы: статья 100'],
    ]);
  });

  it('find references from Article 44 of the Constitution\'s read-only document lists the law citing it', async () => {
    const [link] = await s.conn.sendRequest('textDocument/definition', { ...td(LAW_URI), position: cursorPos(LAW, 'статьей 4$04 и') }) as LocationLink[];
    const text = corpus('kz-2026-adopted-ru.txt');
    open(s, link.targetUri, text); // what VS Code does when it shows the document
    const refs = await s.conn.sendRequest('textDocument/references', {
      ...td(link.targetUri), position: cursorPos(text, '\nСтатья 4$04\n'), context: { includeDeclaration: false },
    }) as { uri: string; range: { start: { line: number; character: number } } }[];
    const fromLaw = refs.filter((r) => r.uri === LAW_URI);
    assert.deepEqual(fromLaw.map((r) => [r.range.start.line, r.range.start.character]), [[2, LAW.split('\n')[2].indexOf('44')]]);
  });

  it('a file bound to kz-1995: the citation is flagged with its 2026 counterpart, and the quick fix changes 44 to 46', async () => {
    const ds = await pull(s, OLD_URI);
    const d = ds.find((x) => x.code === 'reference-constitution-renumbered');
    assert.ok(d, JSON.stringify(ds));
    assert.equal(d!.message, 'Ссылка по нумерации Конституции (1995); в Конституции (2026) это статья 46');
    const actions = await s.conn.sendRequest('textDocument/codeAction', { ...td(OLD_URI), range: d!.range, context: { diagnostics: [d!] } }) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Сослаться на Конституцию (2026): статья 46');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const we = fix!.edit as WorkspaceEdit;
    const edits: TextEdit[] = we.changes?.[OLD_URI] ?? (we.documentChanges as { edits: TextEdit[] }[])[0].edits;
    assert.deepEqual(edits.map((e) => e.newText), ['46']);
    // Article 100 exists in neither edition.
    assert.ok(ds.some((x) => x.code === 'reference-constitution-unresolved' && x.message === 'В Конституции (1995) нет такой единицы: статья 100'));
  });

  it('a citation of another act by its quoted title goes to the open file titled so; a unit it lacks is reference-act-unresolved', async () => {
    const ACT_URI = 'file:///tmp/atazan-cited/elections.txt';
    const CITING_URI = 'file:///tmp/atazan-cited/citing.txt';
    const act = 'О выборах в Республике Казахстан\nКонституционный закон Республики Казахстан от 28 сентября 1995 года N 2464.\n'
      + 'Статья 1\nТекст.\nСтатья 2\n1. Первый пункт.\n2. Второй пункт.\n';
    const citing = 'Закон Республики Казахстан от 1 января 2020 года\nСтатья 1\nСогласно статье 2 и пункту 3 статьи 2 Конституционного закона Республики Казахстан «О выборах в Республике Казахстан».\n';
    open(s, ACT_URI, act);
    open(s, CITING_URI, citing);
    const ds = await pull(s, CITING_URI);
    assert.deepEqual(ds.map((d) => [d.code, d.message]), [['reference-act-unresolved', 'В акте «о выборах в республике казахстан» нет такой единицы: пункт 3 статьи 2']]);
    const [link] = await s.conn.sendRequest('textDocument/definition', { ...td(CITING_URI), position: cursorPos(citing, 'статье $02 и') }) as LocationLink[];
    assert.equal(link.targetUri, ACT_URI);
    assert.equal(act.split('\n')[link.targetSelectionRange.start.line], 'Статья 2');
  });
});

describe('LSP: atazan.constitution as a workspace path is read only in a trusted workspace (issue 12)', function () {
  this.timeout(60000);
  let s: Server;
  const URI = 'file:///tmp/atazan-cited/law-trust.txt';
  const TEXT = 'Закон Республики Казахстан от 1 января 2020 года\nСтатья 1\nСогласно статье 100 Конституции.\n';
  before(async () => {
    s = await startServer({ settings: { constitution: 'draft-2026-ru.const.txt' }, initializationOptions: { workspaceTrusted: false } });
    open(s, URI, TEXT);
  });
  after(async () => {
    await s?.stop();
  });

  it('untrusted: the path is not read, nothing is checked; trusted: the citation is checked against that text', async () => {
    await pull(s, URI); // analysed under the default (kz-2026) until the document's settings arrive …
    await serverUntil(s, () => s.refreshes > 0 || null, 'a refresh once the setting naming a path was read');
    assert.deepEqual((await pull(s, URI)).map((d) => d.code), []); // … then the path, not read: nothing checked
    const before = s.refreshes;
    s.conn.sendNotification('atazan/workspaceTrusted', { trusted: true });
    await serverUntil(s, () => s.refreshes > before || null, 'a refresh after the workspace was trusted');
    const ds = await pull(s, URI);
    assert.deepEqual(ds.map((d) => [d.code, d.message]), [['reference-constitution-unresolved', 'In the Constitution (draft-2026-ru.const.txt) there is no article 100']]);
  });
});

describe('LSP: an act on disk cited by name is read again when the client reports it changed (issue 12)', function () {
  this.timeout(60000);
  let s: Server;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-watched-'));
  const actFile = path.join(dir, 'elections.const.txt');
  const actUri = pathToFileURL(actFile).href;
  const CITING_URI = pathToFileURL(path.join(dir, 'citing.txt')).href;
  const head = 'О выборах в Республике Казахстан\nКонституционный закон Республики Казахстан от 28 сентября 1995 года N 2464.\n';
  const citing = 'Закон Республики Казахстан от 1 января 2020 года\nСтатья 1\nСогласно статье 3 Конституционного закона Республики Казахстан «О выборах в Республике Казахстан».\n';
  before(async () => {
    fs.writeFileSync(actFile, `${head}Статья 1\nТекст.\nСтатья 2\nТекст.\n`);
    s = await startServer({ folders: [dir] });
    open(s, CITING_URI, citing);
  });
  after(async () => {
    await s?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the act lacks Article 3: an error; the file gets Article 3 on disk, the watcher reports it: no error', async () => {
    const codes = async () => (await pull(s, CITING_URI)).map((d) => d.code);
    await pull(s, CITING_URI); // the first look-up indexes the drafts on disk …
    await serverUntil(s, () => s.refreshes > 0 || null, 'a refresh once the drafts on disk were indexed');
    assert.deepEqual(await codes(), ['reference-act-unresolved']);
    const [link] = await s.conn.sendRequest('textDocument/definition', { ...td(CITING_URI), position: cursorPos(citing, 'статье $03') }) as LocationLink[] | null ?? [];
    assert.equal(link, undefined);
    fs.writeFileSync(actFile, `${head}Статья 1\nТекст.\nСтатья 2\nТекст.\nСтатья 3\nНовая статья.\n`);
    const before = s.refreshes;
    s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: actUri, type: 2 }] });
    await serverUntil(s, () => s.refreshes > before || null, 'a refresh after the act changed on disk');
    assert.deepEqual(await codes(), []);
    const [to] = await s.conn.sendRequest('textDocument/definition', { ...td(CITING_URI), position: cursorPos(citing, 'статье $03') }) as LocationLink[];
    assert.equal(to.targetUri, actUri);
    assert.equal(to.targetSelectionRange.start.line, 6);
    // … and deleted: the citation is unchecked again (the act is not in the workspace).
    fs.rmSync(actFile);
    const again = s.refreshes;
    s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: actUri, type: 3 }] });
    await serverUntil(s, () => s.refreshes > again || null, 'a refresh after the act was deleted');
    assert.deepEqual(await codes(), []);
    assert.deepEqual(await s.conn.sendRequest('textDocument/definition', { ...td(CITING_URI), position: cursorPos(citing, 'статье $03') }) ?? [], []);
  });
});
