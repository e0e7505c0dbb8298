// Ata Zan VS Code client: a thin shell around the language server.
// Everything language-specific lives in the server; this file starts it, forwards settings and
// workspace trust, and implements the few UI pieces LSP has no words for (renumber confirmation,
// the comparative-table webview and its export, read-only prior-constitution documents).
// It is shared by the desktop entry (node.ts: dist/server.js as a Node process) and the web entry
// (browser.ts: dist/web/server.js in a web worker), so it uses no Node API.
// Every string the user sees goes through vscode.l10n.t (l10n/bundle.l10n.ru.json, …kk.json);
// test/unit/l10n.test.ts checks each has its ru and kk translation.
import * as vscode from 'vscode';
import {
  type BaseLanguageClient,
  type DocumentSelector,
  type LanguageClientOptions,
  ExecuteCommandRequest,
  State,
} from 'vscode-languageclient';
import type { WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient';
import {
  ClientCommands, Notifications, PRIOR_SCHEME, Requests, ServerCommands, TABLE_VIEW_TYPE,
  type ComparativeTableParams, type ComparativeTableResult, type DetectDraftParams, type DetectDraftResult, type ExportFormat,
  type ExportParams, type ExportResult, type OpenPriorArgs, type PriorArticleAt, type PriorArticleAtParams, type PriorTextParams,
  type PriorTextResult, type RenumberMapEntry, type RenumberPreview, type RenumberPreviewArgs, type RevealArticleArgs,
  type ShowReferencesArgs, type TableChangedParams, type TableClosedParams, type WorkspaceTrustedParams,
  type MigrationPlanParams, type MigrationPlanResult, type AmendmentBillParams, type AmendmentBillResult,
  type ParallelUnitArgs, type ParallelUnitParams, type ParallelUnitResult,
  type ApplyBillParams, type ApplyBillResult, APPLIED_SCHEME, type ParallelTableParams, type ParallelTableResult,
} from '../../server/src/core/protocol';
import { DEFAULT_PRIOR } from '../../server/src/core/acts';
import { escapeHtml } from '../../server/src/core/escape';
import { articleHeadingLine } from '../../server/src/core/lang/headings';
import { plural } from './plural';

export const LANGUAGE_ID = 'constitution';

/** Options of `atazan.renumber` (second argument, or chosen in a QuickPick). */
export interface RenumberOptions {
  /** Also renumber the paragraphs of the article under the cursor. */
  paragraphs?: boolean;
  /** Also convert inserted numbers such as 83-1 into plain consecutive numbers. */
  insertions?: boolean;
  /** Skip the confirmation (tests, scripted use). */
  confirm?: boolean;
}

let client: BaseLanguageClient | undefined;
let startPromise: Promise<void> | undefined;
/** The export formats the platform's server writes (all of them unless the host says otherwise). */
let hostFormats: readonly ExportFormat[] | undefined;

/** What differs between the desktop and the web client: how the server is started, which documents it sees. */
export interface ClientHost {
  /** The language client over the platform's server (a Node process, or a web worker). */
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** Defaults to drafts in files, untitled editors and prior documents. */
  documentSelector?: DocumentSelector;
  /** Defaults to every format. */
  exportFormats?: readonly ExportFormat[];
}

export async function activateWith(context: vscode.ExtensionContext, host: ClientHost): Promise<BaseLanguageClient> {
  const outputChannel = vscode.window.createOutputChannel('Ata Zan', { log: true });
  context.subscriptions.push(outputChannel);

  const clientOptions: LanguageClientOptions = {
    documentSelector: host.documentSelector ?? [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: PRIOR_SCHEME, language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: 'atazan' },
    outputChannel,
    initializationOptions: {
      displayLanguage: vscode.env.language,
      workspaceTrusted: vscode.workspace.isTrusted,
      extensionPath: context.extensionPath,
    },
    // Hovers link to prior articles with `command:atazan.openPrior?…`; trust only that command.
    // supportHtml: the prior diff colours deleted and inserted words with <span style> (VS Code's
    // sanitizer keeps only color/background-color there); the server escapes every piece of draft text.
    markdown: { isTrusted: { enabledCommands: [ClientCommands.openPrior, ClientCommands.parallelUnit] }, supportHtml: true },
    middleware: {
      // A prior constitution is a reference text, not the user's draft: navigation works in it,
      // but its findings must not fill the Problems panel.
      handleDiagnostics(uri, diagnostics, next) {
        next(uri, uri.scheme === PRIOR_SCHEME ? [] : diagnostics);
      },
    },
  };

  hostFormats = host.exportFormats;
  client = host.createClient(clientOptions);
  const c = client;

  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void whenStarted().then(() => c.sendNotification(Notifications.workspaceTrusted, { trusted: true } satisfies WorkspaceTrustedParams));
    }),
    vscode.workspace.registerTextDocumentContentProvider(PRIOR_SCHEME, new PriorContentProvider()),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      await whenStarted().catch(() => undefined);
      // The Node client has restart(); the web client stops and starts (what restart() does there too).
      const r = c as BaseLanguageClient & { restart?: () => Promise<void> };
      startPromise = r.restart ? r.restart() : c.stop().then(() => c.start());
      await startPromise;
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Ata Zan: language server restarted'), 3000);
    }),
    vscode.commands.registerCommand(ClientCommands.renumber, (uri?: vscode.Uri | string, options?: RenumberOptions) =>
      renumber(uri, options),
    ),
    vscode.commands.registerCommand(ClientCommands.migrateCitations, (scope?: 'file' | 'workspace') => migrateCitations(scope)),
    vscode.commands.registerCommand(ClientCommands.generateAmendmentBill, (uri?: vscode.Uri | string) => generateAmendmentBill(uri)),
    vscode.commands.registerCommand(ClientCommands.parallelUnit, (args?: ParallelUnitArgs) => parallelUnit(args)),
    vscode.commands.registerCommand(ClientCommands.applyAmendments, (uri?: vscode.Uri | string) => applyAmendments(uri)),
    vscode.commands.registerCommand(ClientCommands.compareLanguageVersions, (uri?: vscode.Uri | string) => compareLanguageVersions(uri)),
    vscode.commands.registerCommand(ClientCommands.exportLanguageVersions, (uri?: vscode.Uri | string, format?: string) =>
      exportLanguageVersions(uri, format)),
    vscode.workspace.registerTextDocumentContentProvider(APPLIED_SCHEME, appliedTexts),
    vscode.commands.registerCommand(ClientCommands.comparativeTable, (uri?: vscode.Uri | string) =>
      comparativeTable(context, uri),
    ),
    vscode.commands.registerCommand(ClientCommands.revealArticle, (args?: RevealArticleArgs) =>
      revealArticle(args),
    ),
    vscode.commands.registerCommand(ClientCommands.exportComparativeTable, (uri?: vscode.Uri | string, format?: string) =>
      exportComparativeTable(uri, format),
    ),
    // Code lens «cited by N»: the server sends plain LSP data; show it in the references peek view.
    vscode.commands.registerCommand(ClientCommands.showReferences, (args?: ShowReferencesArgs) => {
      if (!args?.uri || !args.position) return undefined;
      const conv = c.protocol2CodeConverter;
      return vscode.commands.executeCommand(
        'editor.action.showReferences',
        conv.asUri(args.uri),
        conv.asPosition(args.position),
        (args.locations ?? []).map((l) => conv.asLocation(l)),
      );
    }),
    // From a hover link: the article it names. From the palette (no arguments): the article under the cursor.
    vscode.commands.registerCommand(ClientCommands.openPrior, (args?: OpenPriorArgs | string, lang?: string, article?: string) =>
      typeof args === 'string' ? openPrior({ prior: args, lang, article })
        : args && Object.keys(args).length ? openPrior(args) : openPriorAtCursor(),
    ),
  );

  // A draft saved as .txt opens as Plain Text: offer the Constitution Draft mode when it looks like one.
  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void offerDraftMode(context, e.document))),
  );
  for (const e of vscode.window.visibleTextEditors) void offerDraftMode(context, e.document);
  // Live comparative tables: the server says when a watched draft's table changed.
  context.subscriptions.push(
    client.onNotification(Notifications.comparativeTableChanged, (p: Partial<TableChangedParams> | null) => {
      if (typeof p?.uri === 'string') void refreshTable(p.uri).catch(() => undefined);
    }),
  );
  // After a restart the new server watches nothing: ask again for every open table.
  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) for (const tp of panels.values()) void refreshTable(tp.uri).catch(() => undefined);
    }),
  );
  startPromise = client.start();
  await startPromise;
  return client;
}

export async function deactivate(): Promise<void> {
  if (client) {
    const c = client;
    client = undefined;
    await c.stop().catch(() => undefined);
  }
}

async function whenStarted(): Promise<BaseLanguageClient> {
  if (!client) throw new Error(vscode.l10n.t('Ata Zan: the language server is not running'));
  await startPromise;
  return client;
}

// ---------------------------------------------------------------------------------------------
// helpers

/** The last segment of a URI's path (URI paths use `/` on every platform). */
function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Base64 to bytes without Node's Buffer (the web client has none). */
function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Node's platform name on the desktop; '' in a web extension host (no `process` there). */
function platform(): string {
  return typeof process === 'object' && process ? process.platform : '';
}

function toUri(arg: vscode.Uri | string | undefined): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return vscode.Uri.parse(arg);
  if (arg && typeof arg === 'object' && 'scheme' in (arg as object)) return vscode.Uri.from(arg as vscode.Uri);
  return undefined;
}

/** The draft a command acts on: an explicit argument, else the active constitution editor. */
function targetDocumentUri(arg: vscode.Uri | string | undefined): vscode.Uri | undefined {
  const explicit = toUri(arg);
  if (explicit) return explicit;
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === LANGUAGE_ID) return editor.document.uri;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID);
  if (visible) return visible.document.uri;
  void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: open a constitution draft first.'));
  return undefined;
}

/** `message` turns the error's text into the whole localised sentence («Ata Zan: … failed: {0}»). */
function reportError(err: unknown, message: (error: string) => string): void {
  const text = message(err instanceof Error ? err.message : String(err));
  client?.outputChannel.error(`[client] ${text}`);
  void vscode.window.showErrorMessage(text);
}

/** Unit kinds of the renumber map, as the server names them. */
function unitKindLabel(kind: string): string {
  switch (kind) {
    case 'section': return vscode.l10n.t('section');
    case 'chapter': return vscode.l10n.t('chapter');
    case 'article': return vscode.l10n.t('article');
    case 'paragraph': return vscode.l10n.t('paragraph');
    case 'subparagraph': return vscode.l10n.t('subparagraph');
    default: return kind;
  }
}

// ---------------------------------------------------------------------------------------------
// Detection: a draft opened as Plain Text (issue 16.10)

const DETECT_SCHEMES = new Set(['file', 'untitled']);
const NEVER_ASK_KEY = 'atazan.detect.neverAsk';
/** Documents already looked at in this session (asked, or not a draft). */
const detected = new Set<string>();

/**
 * Asks the server whether a Plain Text document looks like a constitutional draft (the rule lives in
 * server/src/core/detect.ts) and, if so, offers to switch its language mode: Switch / Not now / Don't
 * ask for this file (remembered across sessions).
 */
async function offerDraftMode(context: vscode.ExtensionContext, doc: vscode.TextDocument): Promise<boolean> {
  if (doc.languageId !== 'plaintext' || !DETECT_SCHEMES.has(doc.uri.scheme)) return false;
  const key = doc.uri.toString();
  if (detected.has(key)) return false;
  detected.add(key);
  const never = context.globalState.get<string[]>(NEVER_ASK_KEY, []);
  if (never.includes(key)) return false;
  let draft = false;
  try {
    const c = await whenStarted();
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 400), 0));
    draft = !!(await c.sendRequest<DetectDraftResult | null>(Requests.detectDraft, { text: head } satisfies DetectDraftParams))?.draft;
  } catch {
    return false; // no server, no offer
  }
  if (!draft || doc.isClosed || doc.languageId !== 'plaintext') return false;
  const switchTo = vscode.l10n.t('Switch');
  const notNow = vscode.l10n.t('Not Now');
  const dontAsk = vscode.l10n.t("Don't Ask for This File");
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} looks like a constitutional draft: switch its language mode to Constitution Draft?', baseName(doc.uri) || key),
    switchTo, notNow, dontAsk,
  );
  if (answer === switchTo) {
    if (!doc.isClosed) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    return true;
  }
  if (answer === dontAsk) await context.globalState.update(NEVER_ASK_KEY, [...never.filter((u) => u !== key), key].slice(-500));
  return false;
}

// ---------------------------------------------------------------------------------------------
// Renumber

async function renumber(uriArg?: vscode.Uri | string, options?: RenumberOptions): Promise<boolean> {
  const uri = targetDocumentUri(uriArg);
  if (!uri) return false;
  let opts = options;
  if (!opts) {
    type Item = vscode.QuickPickItem & { opts: RenumberOptions };
    const items: Item[] = [
      {
        label: vscode.l10n.t('Articles only'),
        description: vscode.l10n.t('renumber articles consecutively and update references'),
        opts: {},
      },
      {
        label: vscode.l10n.t('Articles + paragraphs of the current article'),
        description: vscode.l10n.t('also renumber the paragraphs of the article under the cursor'),
        opts: { paragraphs: true },
      },
      {
        label: vscode.l10n.t('Also convert inserted N-1 numbers'),
        description: vscode.l10n.t('turn 83-1, 83-2 … into plain consecutive numbers'),
        opts: { insertions: true },
      },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Ata Zan: Renumber'),
      placeHolder: vscode.l10n.t('What to renumber'),
    });
    if (!picked) return false;
    opts = picked.opts;
  }

  try {
    const c = await whenStarted();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const position = editor ? c.code2ProtocolConverter.asPosition(editor.selection.active) : undefined;
    const args: RenumberPreviewArgs = {
      uri: c.code2ProtocolConverter.asUri(uri),
      position,
      paragraphs: !!opts.paragraphs,
      insertions: !!opts.insertions,
    };
    const preview = (await c.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.renumberPreview,
      arguments: [args],
    })) as RenumberPreview<LspWorkspaceEdit> | null;

    const changed = (preview?.map ?? []).filter((m) => m.old !== m.new);
    if (!preview || !preview.edit || changed.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Ata Zan: numbering is already consecutive; nothing to change.'));
      return false;
    }

    let chosen: RenumberPreview<LspWorkspaceEdit> = preview;
    const repointed = preview.repointed ?? [];
    if (repointed.length > 0 && opts.confirm === false) {
      // Scripted use: never re-point citations without asking; apply the safe variant, if any.
      if (!preview.safe?.edit) return false;
      chosen = preview.safe;
    } else if (repointed.length > 0) {
      // Never re-point citations unannounced: list them and ask. The first button (Enter) and Escape
      // leave them as they are.
      const safe = preview.safe;
      const safeChanged = (safe?.map ?? []).filter((m) => m.old !== m.new);
      const shown = repointed.slice(0, 12).map((r) => r.message);
      if (repointed.length > shown.length) shown.push(vscode.l10n.t('… and {0} more', repointed.length - shown.length));
      const safeLines = compactRenumberMap(safeChanged);
      shown.push('', safe?.edit && safeChanged.length > 0
        ? vscode.l10n.t('Without re-pointing them: {0}', safeLines.slice(0, 6).join('; ') + (safeLines.length > 6 ? ' …' : ''))
        : vscode.l10n.t('Without re-pointing them there is nothing to renumber: keep the deleted number as an excluded article instead (quick fix on the gap).'));
      const keep = safe?.edit && safeChanged.length > 0 ? vscode.l10n.t('Renumber, Keep Citations') : vscode.l10n.t('Keep Numbering');
      const repoint = vscode.l10n.t('Renumber and Re-point {0}', repointed.length);
      const answer = await vscode.window.showWarningMessage(
        preview.repointedSummary ?? plural(repointed.length, 'Renumbering would re-point {0} citation', 'Renumbering would re-point {0} citations'),
        { modal: true, detail: shown.join('\n') },
        keep, repoint,
      );
      if (answer === repoint) chosen = preview;
      else if (answer === keep && safe?.edit && safeChanged.length > 0) chosen = safe;
      else return false;
    } else if (opts.confirm !== false) {
      const lines = compactRenumberMap(changed);
      const shown = lines.slice(0, 12);
      if (lines.length > shown.length) shown.push(vscode.l10n.t('… and {0} more', lines.length - shown.length));
      for (const w of preview.warnings ?? []) shown.push(`⚠ ${w.message}`);
      const units = plural(changed.length, '{0} number', '{0} numbers');
      const question = typeof preview.references === 'number'
        ? vscode.l10n.t('Change {0} and {1}?', units, plural(preview.references, '{0} reference', '{0} references'))
        : vscode.l10n.t('Change {0} and the references to them?', units);
      const apply = vscode.l10n.t('Apply');
      const answer = await vscode.window.showWarningMessage(
        question,
        { modal: true, detail: shown.join('\n') },
        apply,
      );
      if (answer !== apply) return false;
    }
    if (!chosen.edit) return false;

    const edit = await c.protocol2CodeConverter.asWorkspaceEdit(chosen.edit);
    // One WorkspaceEdit = one undo step.
    const ok = await vscode.workspace.applyEdit(edit);
    if (!ok) void vscode.window.showErrorMessage(vscode.l10n.t('Ata Zan: the renumbering edit could not be applied.'));
    return ok;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: renumbering failed: {0}', e));
    return false;
  }
}

/**
 * The old → new map as short lines: runs of the same kind shifted by the same amount collapse into
 * one range ("article 6–96 → 5–95"); inserted numbers like 83-1 stay on lines of their own.
 */
export function compactRenumberMap(map: RenumberMapEntry[]): string[] {
  const out: string[] = [];
  const plain = (s: string) => /^\d+$/.test(s);
  let i = 0;
  while (i < map.length) {
    const m = map[i];
    const kind = m.kind ? `${unitKindLabel(m.kind)} ` : '';
    let j = i;
    if (plain(m.old) && plain(m.new)) {
      const delta = Number(m.new) - Number(m.old);
      while (
        j + 1 < map.length && map[j + 1].kind === m.kind && plain(map[j + 1].old) && plain(map[j + 1].new) &&
        Number(map[j + 1].old) === Number(map[j].old) + 1 && Number(map[j + 1].new) - Number(map[j + 1].old) === delta
      ) j++;
    }
    out.push(j > i ? `${kind}${m.old}–${map[j].old} → ${m.new}–${map[j].new}` : `${kind}${m.old} → ${m.new}`);
    i = j + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparative table

const panels = new Map<string, TablePanel>();

interface TablePanel {
  panel: vscode.WebviewPanel;
  /** The draft, as the server names it. */
  uri: string;
  /** Document version of the table shown (a reply for an older one is dropped). */
  version: number;
  /** A newer table was built while the view was hidden: re-render it when it shows again. */
  pending?: ComparativeTableResult;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

/** The parts of the server's table page the view uses: its style and the content of its body. */
export function tableParts(serverHtml: string): { style: string; body: string; lang: string } {
  const style = /<style[^>]*>([^]*?)<\/style>/i.exec(serverHtml)?.[1] ?? '';
  const body = /<body[^>]*>([^]*)<\/body>/i.exec(serverHtml)?.[1] ?? serverHtml;
  const lang = /<html[^>]*\slang="([a-z-]+)"/i.exec(serverHtml)?.[1] ?? '';
  return { style, body, lang };
}

/**
 * The table view: the server's table in our own page. Its CSP allows only the server's inline styles
 * and one script (by nonce) that swaps in a new table when the draft changes, keeping the scroll
 * position. Links: Export… and each unit cell (command URIs, limited to those two commands).
 */
function tableDocument(uri: vscode.Uri, result: ComparativeTableResult): string {
  const n = nonce();
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${n}'`;
  const { style, body, lang } = tableParts(result.html ?? '');
  const exportHref = `command:${ClientCommands.exportComparativeTable}?${encodeURIComponent(JSON.stringify([uri.toString()]))}`;
  const toolbar =
    `<nav class="atazan-toolbar"><a href="${escapeHtml(exportHref)}" title="${escapeHtml(vscode.l10n.t('Export as: {0}', exportFormats().map((f) => f.label).join(', ')))}">` +
    `${escapeHtml(vscode.l10n.t('Export…'))}</a></nav>`;
  const script = `
    (function () {
      const vscode = acquireVsCodeApi();
      const root = document.getElementById('atazan-table');
      window.addEventListener('message', (event) => {
        const m = event.data;
        if (!m || m.type !== 'update' || typeof m.body !== 'string') return;
        const x = window.scrollX, y = window.scrollY;
        root.innerHTML = m.body;
        root.dataset.version = String(m.version);
        window.scrollTo(x, y);
        vscode.postMessage({ type: 'updated', version: m.version });
      });
    })();`;
  return `<!DOCTYPE html><html${lang ? ` lang="${escapeHtml(lang)}"` : ''}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<style>${style}
    body { color: var(--vscode-foreground); background: var(--vscode-editor-background); }
    .atazan-toolbar { position: sticky; top: 0; padding: 4px 0; background: var(--vscode-editor-background); z-index: 1; }
    a { color: var(--vscode-textLink-foreground); text-decoration: none; }
    a:hover { text-decoration: underline; }
    </style></head><body>${toolbar}` +
    `<div id="atazan-table" data-version="${result.version ?? 0}">${body}</div>` +
    `<script nonce="${n}">${script}</script></body></html>`;
}

async function requestTable(uri: vscode.Uri): Promise<ComparativeTableResult> {
  const c = await whenStarted();
  return c.sendRequest<ComparativeTableResult>(Requests.comparativeTable, { uri: c.code2ProtocolConverter.asUri(uri), links: true } satisfies ComparativeTableParams);
}

async function comparativeTable(context: vscode.ExtensionContext, uriArg?: vscode.Uri | string): Promise<vscode.WebviewPanel | undefined> {
  const uri = targetDocumentUri(uriArg);
  if (!uri) return undefined;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Ata Zan: building the comparative table') },
      () => requestTable(uri),
    );
    const key = uri.toString();
    let tp = panels.get(key);
    const title = result.title ?? vscode.l10n.t('Comparative table — {0}', baseName(uri));
    if (!tp) {
      const panel = vscode.window.createWebviewPanel(TABLE_VIEW_TYPE, title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: [ClientCommands.exportComparativeTable, ClientCommands.revealArticle],
        localResourceRoots: [],
      });
      const created: TablePanel = { panel, version: -1, uri: (await whenStarted()).code2ProtocolConverter.asUri(uri) };
      tp = created;
      panels.set(key, created);
      panel.onDidDispose(() => {
        panels.delete(key);
        void whenStarted().then((c) => c.sendNotification(Notifications.comparativeTableClosed, { uri: c.code2ProtocolConverter.asUri(uri) } satisfies TableClosedParams), () => {});
      }, null, context.subscriptions);
      panel.onDidChangeViewState(() => {
        if (panel.visible && created.pending) {
          const p = created.pending;
          created.pending = undefined;
          panel.webview.html = tableDocument(uri, p);
        }
      }, null, context.subscriptions);
    }
    tp.panel.title = title;
    tp.version = result.version ?? 0;
    tp.panel.webview.html = tableDocument(uri, result);
    tp.panel.reveal(undefined, true);
    return tp.panel;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: building the comparative table failed: {0}', e));
    return undefined;
  }
}

/** The server says the table of `uri` changed (it debounces the edits): fetch it and show it in place. */
async function refreshTable(uriString: string): Promise<void> {
  const c = await whenStarted();
  const uri = c.protocol2CodeConverter.asUri(uriString);
  const tp = panels.get(uri.toString());
  if (!tp) {
    // No view (closed meanwhile): stop the server watching it.
    void c.sendNotification(Notifications.comparativeTableClosed, { uri: uriString } satisfies TableClosedParams);
    return;
  }
  let result: ComparativeTableResult;
  try {
    result = await requestTable(uri);
  } catch {
    return; // e.g. the prior became unavailable: keep the last table; the diagnostics say why
  }
  const version = result.version ?? 0;
  if (panels.get(uri.toString()) !== tp || version < tp.version) return;
  tp.version = version;
  if (result.title) tp.panel.title = result.title;
  const { body } = tableParts(result.html ?? '');
  if (tp.panel.visible && (await tp.panel.webview.postMessage({ type: 'update', body, version }))) return;
  tp.pending = result;
}

/** `atazan.revealArticle` (unit cells of the table): shows the article's heading in the draft. */
async function revealArticle(args?: RevealArticleArgs): Promise<vscode.TextEditor | undefined> {
  if (!args?.uri) return undefined;
  const uri = vscode.Uri.parse(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
    preserveFocus: false,
  });
  // The line the table was built with, if it still holds that heading; else look the heading up.
  let line = typeof args.line === 'number' && args.line < doc.lineCount ? args.line : -1;
  const article = String(args.article ?? '');
  if (line < 0 || (article && articleHeadingLine(doc.lineAt(line).text, article) !== 0)) {
    line = article ? articleHeadingLine(doc.getText(), article) : -1;
  }
  if (line < 0) return editor;
  const range = doc.lineAt(line).range;
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * `atazan.parallelUnit`: the same unit in the other language version, opened beside the editor (a hover
 * link gives the place; from the palette, the server finds the unit under the cursor).
 */
async function parallelUnit(args?: ParallelUnitArgs): Promise<vscode.TextEditor | undefined> {
  let target: { uri: string; range: ParallelUnitArgs['range'] } | null = args?.uri && args.range ? args : null;
  if (!target) {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const c = await whenStarted();
    const p = editor.selection.active;
    const r = await c.sendRequest<ParallelUnitResult>(Requests.parallelUnit, {
      textDocument: { uri: editor.document.uri.toString() }, position: { line: p.line, character: p.character },
    } satisfies ParallelUnitParams);
    if (!r) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Ata Zan: no other language version of this unit (pair the files by name, with <!-- parallel: other-file -->, or with the setting atazan.parallel)'));
      return undefined;
    }
    target = r;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
  const start = new vscode.Position(target.range.start.line, target.range.start.character);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside,
    selection: new vscode.Selection(start, start),
    preserveFocus: false,
  });
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The export formats; a function, so the labels are localised when asked for. */
function exportFormats(): { format: ExportFormat; label: string; ext: string; filter: string }[] {
  const all: { format: ExportFormat; label: string; ext: string; filter: string }[] = [
    { format: 'md', label: 'Markdown', ext: 'md', filter: 'Markdown' },
    { format: 'html', label: 'HTML', ext: 'html', filter: 'HTML' },
    { format: 'docx', label: 'Word (DOCX)', ext: 'docx', filter: vscode.l10n.t('Word document') },
    { format: 'json', label: 'JSON', ext: 'json', filter: 'JSON' },
  ];
  return all.filter((f) => !hostFormats || hostFormats.includes(f.format));
}

/** The export format asked for, or the one the user picks (undefined: cancelled). */
async function pickExportFormat(formatArg: string | undefined, title: string): Promise<ReturnType<typeof exportFormats>[number] | undefined> {
  const formats = exportFormats();
  const given = formats.find((f) => f.format === formatArg);
  if (given) return given;
  const picked = await vscode.window.showQuickPick(
    formats.map((f) => ({ label: f.label, description: `.${f.ext}`, f })),
    { title, placeHolder: vscode.l10n.t('Format') },
  );
  return picked?.f;
}

/** Asks where to save an export (beside the draft: «name-<suffix>.<ext>») and writes it; undefined: cancelled. */
async function saveExport(uri: vscode.Uri, fmt: ReturnType<typeof exportFormats>[number], result: { text?: string; base64?: string }, suffix: string, title: string): Promise<vscode.Uri | undefined> {
  const base = baseName(uri).replace(/\.(constitution|const\.txt|const\.md|txt|md)$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: uri.scheme === 'file' ? vscode.Uri.joinPath(uri, '..', `${base}-${suffix}.${fmt.ext}`) : undefined,
    filters: { [fmt.filter]: [fmt.ext] },
    title,
  });
  if (!target) return undefined;
  const bytes = result.base64 !== undefined ? fromBase64(result.base64) : new TextEncoder().encode(result.text ?? '');
  await vscode.workspace.fs.writeFile(target, bytes);
  return target;
}

async function exportComparativeTable(uriArg?: vscode.Uri | string, formatArg?: string): Promise<vscode.Uri | undefined> {
  const uri = toUri(uriArg) ?? (panels.size === 1 ? vscode.Uri.parse([...panels.keys()][0]) : targetDocumentUri(undefined));
  if (!uri) return undefined;
  const fmt = await pickExportFormat(formatArg, vscode.l10n.t('Ata Zan: Export comparative table'));
  if (!fmt) return undefined;
  try {
    const c = await whenStarted();
    const result = await c.sendRequest<ExportResult>(Requests.exportComparativeTable, {
      uri: c.code2ProtocolConverter.asUri(uri),
      format: fmt.format,
    } satisfies ExportParams);
    const target = await saveExport(uri, fmt, result, 'comparative', vscode.l10n.t('Save comparative table'));
    if (target) void offerExported(target, fmt.format);
    return target;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: exporting the comparative table failed: {0}', e));
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Language versions side by side (issue 13): the server's page in a webview, with an Export… link.

const languagePanels = new Map<string, vscode.WebviewPanel>();

async function requestParallelTable(uri: vscode.Uri, format: ExportFormat): Promise<ParallelTableResult> {
  const c = await whenStarted();
  return c.sendRequest<ParallelTableResult>(Requests.parallelTable, { uri: c.code2ProtocolConverter.asUri(uri), format } satisfies ParallelTableParams);
}

function noPairedVersion(): void {
  void vscode.window.showInformationMessage(vscode.l10n.t('Ata Zan: no other language version of this unit (pair the files by name, with <!-- parallel: other-file -->, or with the setting atazan.parallel)'));
}

async function compareLanguageVersions(uriArg?: vscode.Uri | string): Promise<vscode.WebviewPanel | undefined> {
  const uri = targetDocumentUri(uriArg);
  if (!uri) return undefined;
  try {
    const result = await requestParallelTable(uri, 'html');
    if (!result?.text) {
      noPairedVersion();
      return undefined;
    }
    const key = uri.toString();
    let panel = languagePanels.get(key);
    if (!panel) {
      panel = vscode.window.createWebviewPanel('atazan.languageVersions', result.title, vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: [ClientCommands.exportLanguageVersions],
        localResourceRoots: [],
      });
      languagePanels.set(key, panel);
      panel.onDidDispose(() => languagePanels.delete(key));
    }
    panel.title = result.title;
    const { style, body, lang } = tableParts(result.text);
    const exportHref = `command:${ClientCommands.exportLanguageVersions}?${encodeURIComponent(JSON.stringify([uri.toString()]))}`;
    panel.webview.html = `<!DOCTYPE html><html${lang ? ` lang="${escapeHtml(lang)}"` : ''}><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
      `<style>${style}
      body { color: var(--vscode-foreground); background: var(--vscode-editor-background); }
      .atazan-toolbar { position: sticky; top: 0; padding: 4px 0; background: var(--vscode-editor-background); z-index: 2; }
      a { color: var(--vscode-textLink-foreground); text-decoration: none; }
      th { top: 28px; }
      </style></head><body><nav class="atazan-toolbar"><a href="${escapeHtml(exportHref)}" title="${escapeHtml(vscode.l10n.t('Export as: {0}', exportFormats().map((f) => f.label).join(', ')))}">` +
      `${escapeHtml(vscode.l10n.t('Export…'))}</a></nav>${body}</body></html>`;
    panel.reveal(undefined, true);
    return panel;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: comparing the language versions failed: {0}', e));
    return undefined;
  }
}

async function exportLanguageVersions(uriArg?: vscode.Uri | string, formatArg?: string): Promise<vscode.Uri | undefined> {
  const uri = toUri(uriArg) ?? targetDocumentUri(undefined);
  if (!uri) return undefined;
  const fmt = await pickExportFormat(formatArg, vscode.l10n.t('Ata Zan: Export language versions'));
  if (!fmt) return undefined;
  try {
    const result = await requestParallelTable(uri, fmt.format);
    if (!result) {
      noPairedVersion();
      return undefined;
    }
    const target = await saveExport(uri, fmt, result, 'languages', vscode.l10n.t('Save language versions'));
    if (target) void offerExported(target, fmt.format, vscode.l10n.t('Ata Zan: language versions saved to {0}', target.fsPath || target.toString()));
    return target;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: exporting the language versions failed: {0}', e));
    return undefined;
  }
}

/** "Saved to …" with Open and Reveal buttons (Word files open in the system's application). */
async function offerExported(target: vscode.Uri, format: ExportFormat, message?: string): Promise<void> {
  const open = vscode.l10n.t('Open');
  const os = platform();
  const reveal = os === 'darwin'
    ? vscode.l10n.t('Reveal in Finder')
    : os === 'win32' ? vscode.l10n.t('Reveal in File Explorer') : vscode.l10n.t('Open Containing Folder');
  const buttons = target.scheme === 'file' ? [open, reveal] : [open];
  const answer = await vscode.window.showInformationMessage(
    message ?? vscode.l10n.t('Ata Zan: comparative table saved to {0}', target.fsPath || target.toString()),
    ...buttons,
  );
  if (answer === open) {
    if (format === 'docx') await vscode.env.openExternal(target);
    else await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
  } else if (answer === reveal) {
    await vscode.commands.executeCommand('revealFileInOS', target);
  }
}

// ---------------------------------------------------------------------------------------------
// Prior constitutions as read-only virtual documents: atazan-prior:/kz-1995/ru.constitution#13

class PriorContentProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { id, lang } = parsePriorUri(uri);
    const c = await whenStarted();
    const result = await c.sendRequest<PriorTextResult>(Requests.priorText, { id, lang } satisfies PriorTextParams);
    return result?.text ?? '';
  }
}

/** `atazan-prior:/<prior id, URI-encoded>/<lang>/<readable name>.constitution` */
function parsePriorUri(uri: vscode.Uri): { id: string; lang: string } {
  const parts = uri.path.split('/').filter(Boolean);
  const id = decodeURIComponent(parts[0] ?? DEFAULT_PRIOR);
  const lang = (parts[1] ?? 'ru').replace(/\.constitution$/, '');
  return { id, lang };
}

export function priorUri(prior: string, lang: string): vscode.Uri {
  // The id may be a workspace path with slashes: it is kept in one encoded segment. The last segment
  // only names the tab («kz-1995 (ru)», «Prior (kk)»).
  const base = prior.split(/[\\/]/).pop() || prior;
  const name = `${base.replace(/\.(const\.txt|const\.md|constitution|txt|md)$/i, '')} (${lang})`;
  return vscode.Uri.from({ scheme: PRIOR_SCHEME, path: `/${encodeURIComponent(prior)}/${lang}/${name}.constitution` });
}

/**
 * The language of the prior text to open when the setting is `auto`: the active draft's, as the server
 * detects it (the same heading forms the parser reads; core/lang), else Russian.
 */
async function defaultPriorLanguage(): Promise<string> {
  const editor = vscode.window.activeTextEditor;
  const configured = vscode.workspace.getConfiguration('atazan', editor?.document.uri).get<string>('priorLanguage', 'auto');
  if (configured && configured !== 'auto') return configured;
  const doc = editor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) return 'ru';
  try {
    const c = await whenStarted();
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 400), 0));
    return (await c.sendRequest<DetectDraftResult | null>(Requests.detectDraft, { text: head } satisfies DetectDraftParams))?.lang ?? 'ru';
  } catch {
    return 'ru';
  }
}

/**
 * *Open Prior Article* from the palette: the server says which prior article matches the draft article
 * under the cursor; with none (the cursor in no article, or a new article) a quick pick of the prior's
 * articles.
 */
async function openPriorAtCursor(): Promise<vscode.TextEditor | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID || editor.document.uri.scheme === PRIOR_SCHEME) return openPrior({});
  let r: PriorArticleAt;
  try {
    const c = await whenStarted();
    r = await c.sendRequest<PriorArticleAt>(Requests.priorArticleAt, {
      textDocument: { uri: c.code2ProtocolConverter.asUri(editor.document.uri) },
      position: c.code2ProtocolConverter.asPosition(editor.selection.active),
    } satisfies PriorArticleAtParams);
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: opening the prior constitution failed: {0}', e));
    return undefined;
  }
  if (r.article) return openPrior({ prior: r.prior, lang: r.lang, article: r.article, line: r.range?.start.line });
  const items = (r.articles ?? []).map((a) => ({ label: a.number, description: a.title ?? '', detail: a.words, a }));
  const title = r.draft && r.status === 'new'
    ? vscode.l10n.t('Article {0} is new: it has no counterpart in {1}. Choose a {1} article', r.draft, r.label)
    : vscode.l10n.t('Choose a {0} article', r.label);
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Number, title or first words'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  return openPrior({ prior: r.prior, lang: r.lang, article: picked.a.number, line: picked.a.range.start.line });
}

async function openPrior(args: OpenPriorArgs): Promise<vscode.TextEditor | undefined> {
  const prior = args.prior ?? vscode.workspace.getConfiguration('atazan').get<string>('prior', DEFAULT_PRIOR);
  const lang = args.lang ?? (await defaultPriorLanguage());
  try {
    const uri = priorUri(prior, lang);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: false });
    if (args.article !== undefined && args.article !== '') {
      const article = String(args.article);
      const given = typeof args.line === 'number' && args.line >= 0 && args.line < doc.lineCount ? args.line : -1;
      const line = given >= 0 && articleHeadingLine(doc.lineAt(given).text, article) === 0
        ? given
        : articleHeadingLine(doc.getText(), article);
      if (line >= 0) {
        const pos = new vscode.Position(line, 0);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
      } else {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Ata Zan: article {0} not found in {1} ({2}).', String(args.article), prior, lang),
        );
      }
    }
    return editor;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: opening the prior constitution failed: {0}', e));
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// *Migrate Constitution Citations*: the citations of the 1995 Constitution in a law bound to it by
// `<!-- cites: kz-1995 -->` rewritten for the edition `atazan.constitution` names, after a preview (every
// edit needs confirmation: VS Code shows the refactoring preview). Citations with no single counterpart
// are listed in the output channel, never guessed.

async function migrateCitations(scope?: 'file' | 'workspace'): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!scope) {
    const items: (vscode.QuickPickItem & { scope: 'file' | 'workspace' })[] = [
      { label: vscode.l10n.t('This file'), scope: 'file' },
      { label: vscode.l10n.t('The whole workspace'), scope: 'workspace' },
    ];
    const picked = editor ? await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Ata Zan: Migrate Constitution Citations') }) : items[1];
    if (!picked) return false;
    scope = picked.scope;
  }
  const c = await whenStarted();
  const params: MigrationPlanParams = {
    uris: scope === 'file' && editor ? [c.code2ProtocolConverter.asUri(editor.document.uri)] : [],
    workspace: scope === 'workspace',
  };
  const plan = await c.sendRequest<MigrationPlanResult>(Requests.migrationPlan, params);
  const edit = new vscode.WorkspaceEdit();
  let n = 0;
  const left: string[] = [];
  for (const f of plan?.files ?? []) {
    const uri = c.protocol2CodeConverter.asUri(f.uri);
    for (const e of f.edits) {
      edit.replace(uri, c.protocol2CodeConverter.asRange(e.range), e.newText, { label: e.label, needsConfirmation: true });
      n++;
    }
    for (const l of f.left) left.push(`${f.uri}:${l.range.start.line + 1}:${l.range.start.character + 1}: ${l.citation} (${l.reason})`);
  }
  if (left.length > 0) {
    client?.outputChannel.info(vscode.l10n.t('Citations with no single counterpart, left for the drafter:'));
    for (const l of left) client?.outputChannel.info(l);
    void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: citations with no single counterpart are listed in the output channel ({0})', left.length));
  }
  if (n === 0) {
    if (left.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Ata Zan: no citations of the Constitution to migrate.'));
    return false;
  }
  return vscode.workspace.applyEdit(edit, { isRefactoring: true });
}

/**
 * *Ata Zan: Generate Amendment Bill*: the open draft (the edited copy) against the act in force (the
 * prior setting); the bill opens as a new untitled document in the Constitution Draft mode, where it is
 * read and checked as a bill. Returns the document (undefined when there is nothing to amend).
 */
async function generateAmendmentBill(arg?: vscode.Uri | string): Promise<vscode.TextDocument | undefined> {
  const uri = targetDocumentUri(arg);
  if (!uri) return undefined;
  try {
    const c = await whenStarted();
    // `atazan.amendmentBillStyle`: auto (instructions when they reproduce the draft, else a new edition), or forced.
    const style = vscode.workspace.getConfiguration('atazan', uri).get<string>('amendmentBillStyle');
    const params: AmendmentBillParams = { uri: c.code2ProtocolConverter.asUri(uri), ...(style === 'units' || style === 'new-edition' ? { style } : {}) };
    const r = await c.sendRequest<AmendmentBillResult>(Requests.amendmentBill, params);
    const left = r.unexpressed.map(unexpressedLabel).join(', ');
    if (!r.text) {
      void vscode.window.showInformationMessage(left
        ? vscode.l10n.t('Ata Zan: the articles do not differ from the act in force ({0}); not expressible as amendments: {1}', r.label, left)
        : vscode.l10n.t('Ata Zan: the draft does not differ from the act in force ({0}).', r.label));
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument({ content: r.text, language: LANGUAGE_ID });
    await vscode.window.showTextDocument(doc, { preview: false });
    if (r.style === 'new-edition') {
      // The whole act in a new edition: why instructions do not serve (the reasons come in the UI language).
      if (r.reasons.length) void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: the bill sets {0} out in a new edition: instructions cannot express it — {1}', r.label, r.reasons.join('; ')));
    } else if (left) void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: the bill amends {0}; not expressible as amendments: {1}', r.label, left));
    if (r.renumbered?.length) {
      // The drafting rule: no renumbering. The bill gives new units inserted numbers; the draft's own numbering differs.
      void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: units renumbered in the draft keep the act\'s numbers in the bill: {0}', r.renumbered.slice(0, 6).join(', ') + (r.renumbered.length > 6 ? ', …' : '')));
    }
    return doc;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: generating the amendment bill failed: {0}', e));
    return undefined;
  }
}

/** The consolidated texts of the bills applied this session, by their read-only document's URI. */
const appliedTexts = new (class implements vscode.TextDocumentContentProvider {
  readonly texts = new Map<string, string>();
  readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
})();

/**
 * *Ata Zan: Apply Amendments*: the open amendment bill applied to the act it amends; the consolidated
 * text opens as a read-only document and in a diff editor against the act. Returns the consolidated
 * text's document.
 */
async function applyAmendments(arg?: vscode.Uri | string): Promise<vscode.TextDocument | undefined> {
  const uri = targetDocumentUri(arg);
  if (!uri) return undefined;
  try {
    const c = await whenStarted();
    const params: ApplyBillParams = { uri: c.code2ProtocolConverter.asUri(uri) };
    const r = await c.sendRequest<ApplyBillResult>(Requests.applyBill, params);
    if (!r.text) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: the document is not an amendment bill, or the act it amends cannot be read ({0}).', r.reason ?? r.act));
      return undefined;
    }
    const name = (uri.path.split('/').pop() || 'bill').replace(/\.[^.]*$/, '');
    const applied = vscode.Uri.from({ scheme: APPLIED_SCHEME, path: `/${encodeURIComponent(uri.toString())}/${name} → ${r.act}.constitution` });
    appliedTexts.texts.set(applied.toString(), r.text);
    appliedTexts.changed.fire(applied);
    const doc = await vscode.workspace.openTextDocument(applied);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, () => undefined);
    if (r.actUri) {
      const act = c.protocol2CodeConverter.asUri(r.actUri);
      await vscode.commands.executeCommand('vscode.diff', act, applied, vscode.l10n.t('{0} ↔ after {1}', r.act, name), { preview: false });
    } else await vscode.window.showTextDocument(doc, { preview: false });
    if (r.earlier) void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: the result is not this law\'s: {0}', r.earlier));
    else if (r.failed) void vscode.window.showWarningMessage(vscode.l10n.t('Ata Zan: {0} of {1} instructions do not apply (see Problems).', r.failed, r.instructions));
    return doc;
  } catch (err) {
    reportError(err, (e) => vscode.l10n.t('Ata Zan: applying the amendments failed: {0}', e));
    return undefined;
  }
}

function unexpressedLabel(what: string): string {
  switch (what) {
    case 'title': return vscode.l10n.t('the title');
    case 'preamble': return vscode.l10n.t('the preamble');
    case 'sections': return vscode.l10n.t('the sections');
    default: return what;
  }
}
