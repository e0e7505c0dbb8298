// Integration tests that run inside a VS Code extension host (test-electron, or code-server):
// the installed/developed extension activates, its language client starts, and the editor's own
// provider commands return what the language server computes for the example draft.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'atazan.atazan';
const DRAFT = 'draft-2026-ru.const.txt';

interface ClientLike {
  isRunning?(): boolean;
  state?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeout = 30000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(200);
  }
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function lineOf(doc: vscode.TextDocument, re: RegExp, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) return i;
  return -1;
}

function seedDefects(text: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^Статья 5\s*$/.test(l));
  lines.splice(i, 1);
  return lines.join('\n').replace('статьи 62 ', 'статьи 620 ');
}

async function findDraft(): Promise<vscode.Uri> {
  const env = process.env.ATAZAN_TEST_WORKSPACE;
  if (env) return vscode.Uri.joinPath(vscode.Uri.file(env), DRAFT);
  const found = await vscode.workspace.findFiles(`**/${DRAFT}`, '**/node_modules/**', 1);
  if (found.length) return found[0];
  const root = process.env.ATAZAN_REPO_ROOT;
  assert.ok(root, `no ${DRAFT} in the workspace and no ATAZAN_REPO_ROOT`);
  return vscode.Uri.joinPath(vscode.Uri.file(root), 'examples', DRAFT);
}

describe('Ata Zan extension', function () {
  this.timeout(90000);

  let doc: vscode.TextDocument;
  let refPos: vscode.Position;
  let art62: number;

  before(async () => {
    const uri = await findDraft();
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const line = lineOf(doc, /статьи 62\b/);
    assert.ok(line >= 0, 'the draft cites «статьи 62»');
    refPos = new vscode.Position(line, doc.lineAt(line).text.indexOf('статьи 62') + 'статьи '.length);
    art62 = lineOf(doc, /^Статья 62\s*$/);
    assert.ok(art62 > 0, 'the draft has article 62');
  });

  it('gives .const.txt files the "constitution" language', () => {
    assert.strictEqual(doc.languageId, 'constitution');
  });

  it('activates and returns a started language client', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    const client = (await ext.activate()) as ClientLike;
    assert.ok(client, 'activate() returns the language client');
    if (typeof client.isRunning === 'function') assert.ok(client.isRunning(), 'the client is running');
  });

  it('registers the commands of the manifest', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['atazan.restartServer', 'atazan.renumber', 'atazan.comparativeTable', 'atazan.exportComparativeTable', 'atazan.openPrior']) {
      assert.ok(all.includes(id), `command ${id}`);
    }
  });

  it('reports the seeded defects as diagnostics (article-number-gap, reference-unresolved-article)', async () => {
    const defects = await vscode.workspace.openTextDocument({ language: 'constitution', content: seedDefects(doc.getText()) });
    const diags = await waitFor(() => {
      const ds = vscode.languages.getDiagnostics(defects.uri);
      const codes = ds.map(codeOf);
      return codes.includes('article-number-gap') && codes.includes('reference-unresolved-article') ? ds : undefined;
    }, 'diagnostics on the defective copy');
    const unresolved = diags.find((d) => codeOf(d) === 'reference-unresolved-article');
    assert.ok(unresolved && /620/.test(unresolved.message), unresolved?.message);
  });

  it('finds no problems in the example draft', async () => {
    // The server has answered for the draft once a document-symbol request returns.
    await waitFor(async () => (await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', doc.uri))?.length, 'symbols');
    await sleep(500);
    const errors = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map((d) => d.message), []);
  });

  it('hover on «статьи 62» shows the text of article 62', async () => {
    const hovers = await waitFor(async () => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, refPos);
      return hs && hs.length ? hs : undefined;
    }, 'a hover');
    const text = hoverText(hovers);
    const firstPara = doc.lineAt(art62 + 1).text.replace(/^\d+\.\s*/, '').slice(0, 30);
    assert.ok(text.replace(/\\/g, '').includes(firstPara), `hover: ${text.slice(0, 300)}`);
  });

  it('go to definition on «статьи 62» lands in article 62', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, refPos);
    assert.ok(defs && defs.length > 0, 'a definition');
    const d = defs[0];
    const uri = 'targetUri' in d ? d.targetUri : d.uri;
    const range = 'targetUri' in d ? d.targetSelectionRange ?? d.targetRange : d.range;
    assert.strictEqual(uri.toString(), doc.uri.toString());
    const next = lineOf(doc, /^(Статья|Раздел|Глава)\s/, art62 + 1);
    assert.ok(range.start.line >= art62 && range.start.line < next, `definition at line ${range.start.line}, article 62 at ${art62}`);
  });

  it('document symbols: sections containing articles', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length > 0, 'symbols');
    const section = symbols.find((s) => /^Раздел I\b/.test(s.name));
    assert.ok(section, `a «Раздел I» symbol among ${symbols.slice(0, 5).map((s) => s.name).join(', ')}`);
    assert.ok(section.children.some((c) => /^Статья 1\b/.test(c.name)), '«Статья 1» inside «Раздел I»');
  });

  it('atazan.openPrior opens the 1995 text read-only at article 13', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('atazan.openPrior', { prior: 'kz-1995', lang: 'ru', article: '13' });
    const active = editor ?? vscode.window.activeTextEditor;
    assert.ok(active, 'an editor');
    assert.strictEqual(active.document.uri.scheme, 'atazan-prior');
    assert.strictEqual(active.document.languageId, 'constitution');
    assert.match(active.document.lineAt(active.selection.active.line).text, /^Статья 13\b/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
