// Integration tests that run inside a VS Code extension host (test-electron, or code-server):
// the installed/developed extension activates, its language client starts, and the editor's own
// provider commands return what the language server computes for the example draft.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lineOf, seedDefects } from '../../support/text';
import { until, waitFor, type Signal } from '../../support/wait';

const EXTENSION_ID = 'atazan.atazan';
const DRAFT = 'draft-2026-ru.const.txt';

interface ClientLike {
  isRunning?(): boolean;
  state?: number;
}

/** Fires when the editor's diagnostics change. */
const diagnosticsChanged: Signal = {
  subscribe: (listener) => {
    const d = vscode.languages.onDidChangeDiagnostics(listener);
    return () => d.dispose();
  },
};

/** Resolves with `check`'s first truthy value on the diagnostics of `uri`, re-checked on every change. */
function diagnosticsUntil<T>(uri: vscode.Uri, check: (ds: vscode.Diagnostic[]) => T | undefined | null | false, what: string): Promise<T> {
  return until(diagnosticsChanged, () => check(vscode.languages.getDiagnostics(uri)), what);
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
    const line = lineOf(doc.getText(), /статьи 62\b/) - 1;
    refPos = new vscode.Position(line, doc.lineAt(line).text.indexOf('статьи 62') + 'статьи '.length);
    art62 = lineOf(doc.getText(), /^Статья 62\s*$/) - 1;
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
    const diags = await diagnosticsUntil(defects.uri, (ds) => {
      const codes = ds.map(codeOf);
      return codes.includes('article-number-gap') && codes.includes('reference-unresolved-article') ? ds : undefined;
    }, 'diagnostics on the defective copy');
    const unresolved = diags.find((d) => codeOf(d) === 'reference-unresolved-article');
    assert.ok(unresolved && /620/.test(unresolved.message), unresolved?.message);
  });

  it('finds no problems in the example draft', async () => {
    // An empty list cannot show that diagnostics arrived: first see them arrive. «статьи 62» typed as
    // «статьи 620» is reported; once the «0» is deleted again that report goes, and what is left for
    // the draft is its own diagnostics.
    const zero = refPos.translate(0, 2);
    const typo = new vscode.WorkspaceEdit();
    typo.insert(doc.uri, zero, '0');
    assert.ok(await vscode.workspace.applyEdit(typo), 'typed «0»');
    const unresolved = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'reference-unresolved-article');
    await diagnosticsUntil(doc.uri, unresolved, 'the unresolved «статьи 620» reported');
    const undo = new vscode.WorkspaceEdit();
    undo.delete(doc.uri, new vscode.Range(zero, zero.translate(0, 1)));
    assert.ok(await vscode.workspace.applyEdit(undo), 'deleted «0»');
    const ds = await diagnosticsUntil(doc.uri, (d) => !unresolved(d) && d, 'the report gone after the «0» was deleted');
    await doc.save(); // the text is the file's again
    const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map((d) => d.message), []);
  });

  it('hover on «статьи 62» shows the text of article 62', async () => {
    const hovers = await waitFor(async () => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, refPos);
      return hs && hs.length ? hs : undefined;
    }, { what: 'a hover' });
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
    const next = lineOf(doc.getText(), /^(Статья|Раздел|Глава)\s/, art62 + 2) - 1;
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
