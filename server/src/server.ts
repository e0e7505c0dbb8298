// Ata Zan language server: the LSP adapter over the pure core (server/src/core).
// In Node it works over --stdio, --node-ipc and --socket (host/node.ts); the same code runs in a web
// worker for VS Code for the Web (host/web.ts, dist/web/server.js).
//
// Extension points: add a ServerExtension (see lsp/context.ts) to EXTENSIONS below. Hooks for the
// prior constitution: ctx.hooks.priorHover; the custom requests, notifications and commands are named in core/protocol.ts.

import {
  TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification,
  type InitializeParams, type InitializeResult, type ServerCapabilities, type TextDocumentsConfiguration,
} from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze } from './core/analysis';
import { analyzeIncrementalAll, type TextChange } from './core/incremental';
import type { DocEntry, ServerContext, ServerExtension } from './lsp/context';
import { coreFeatures } from './lsp/features';
import { diagnosticsExtension, canPullDiagnostics } from './lsp/diagnostics';
import { describeError, guard, guardNotification } from './lsp/safe';
import { SettingsStore } from './lsp/settings';
import { optionalExtensions } from './lsp/optional';
// The platform: Node here; esbuild.mjs builds the web worker server with host/web.ts in its place.
import { connect, createWorkspace, limitHeapGrowth, limitYoungGeneration, onUncaught } from './host/node';

/** Feature modules. Other engineers: add yours here (one line each). */
export const EXTENSIONS: ServerExtension[] = [diagnosticsExtension, coreFeatures, ...optionalExtensions];

limitHeapGrowth();
const connection = connect();

/**
 * Each open document's revision: a server counter bumped on every didOpen and didChange. Analyses are
 * cached and matched by revision, never by the client's version number, which a client may repeat
 * (issue 17.3: a didChange marked with the version already held was answered from the old text).
 */
let lastRevision = 0;
const revisions = new WeakMap<TextDocument, number>();
function revisionOf(document: TextDocument): number {
  return revisions.get(document) ?? 0;
}

/**
 * Edits since a revision, per uri: the incremental changes of didChange as offsets in the text before each
 * change, so that the analysis of `fromRevision` can be updated (core/incremental.ts) instead of redone.
 * `changes: null` = a full-text change (or too many edits): analyse from scratch.
 */
interface ChangeLog { fromRevision: number; toRevision: number; changes: TextChange[] | null }
const changeLogs = new Map<string, ChangeLog>();
/**
 * Beyond this many edits since the cached analysis, one full analysis is cheaper. A client that pulls
 * diagnostics every few keystrokes (10 in the memory test) stays on the incremental path.
 */
const MAX_LOGGED_CHANGES = 16;

const documentsConfig: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => {
    changeLogs.delete(uri);
    const document = TextDocument.create(uri, languageId, version, content);
    revisions.set(document, ++lastRevision);
    return document;
  },
  update: (document, changes, version) => {
    const fromRevision = revisionOf(document);
    const prevLog = changeLogs.get(document.uri);
    const log: ChangeLog = prevLog && prevLog.toRevision === fromRevision && prevLog.changes
      ? { fromRevision: prevLog.fromRevision, toRevision: fromRevision, changes: prevLog.changes }
      : { fromRevision, toRevision: fromRevision, changes: [] };
    // One change at a time, so that each one's offsets are computed in the text it applies to
    // (TextDocument.update applies them in order to the same document object).
    for (const c of changes as TextDocumentContentChangeEvent[]) {
      try {
        if (log.changes && c && 'range' in c && c.range && typeof c.text === 'string') {
          const a = document.offsetAt(c.range.start);
          const b = document.offsetAt(c.range.end);
          log.changes.push({ start: Math.min(a, b), end: Math.max(a, b), text: c.text });
          if (log.changes.length > MAX_LOGGED_CHANGES) log.changes = null;
        } else {
          log.changes = null;
        }
      } catch {
        log.changes = null;
      }
      TextDocument.update(document, [c], version);
    }
    if (changes.length === 0) TextDocument.update(document, [], version);
    const revision = ++lastRevision;
    revisions.set(document, revision);
    log.toRevision = revision;
    changeLogs.set(document.uri, log);
    return document;
  },
};
const documents = new TextDocuments(documentsConfig);

onUncaught((what, e) => {
  try {
    connection.console.error(`[atazan] ${what} (the server keeps running): ${describeError(e)}`);
  } catch {
    // ignore
  }
});

/** One analysis per (uri, revision). */
const cache = new Map<string, DocEntry>();

function entry(uri: string | undefined | null): DocEntry | null {
  if (typeof uri !== 'string') return null;
  const document = documents.get(uri);
  if (!document) {
    cache.delete(uri);
    return null;
  }
  const cached = cache.get(uri);
  const revision = revisionOf(document);
  if (cached && cached.revision === revision && cached.document === document) return cached;
  // The edits since the cached revision, if that is where they start: update its analysis instead of
  // analysing the whole text again. The update consumes the cached analysis (moved in place, marked
  // stale): handlers take an entry only after their awaits, so none still holds it.
  const log = changeLogs.get(uri);
  const text = document.getText();
  let an = cached && cached.document === document && log && log.changes && log.fromRevision === cached.revision
    && log.toRevision === revision
    ? analyzeIncrementalAll(cached.an, log.changes, text)
    : analyze(text);
  // The last step takes the document's own text when the logged edits lead to its length, so this is
  // an identity check; anything else means the log missed an edit.
  if (an.text !== text) an = analyze(text);
  limitYoungGeneration();
  const e: DocEntry = { uri, version: document.version, revision, document, an };
  cache.set(uri, e);
  changeLogs.set(uri, { fromRevision: revision, toRevision: revision, changes: [] });
  for (const h of ctx.hooks.analysisChanged) {
    try {
      h(uri, an);
    } catch (err) {
      connection.console.error(`[atazan] analysisChanged hook failed: ${describeError(err)}`);
    }
  }
  return e;
}

const settings = new SettingsStore(connection);
const workspace = createWorkspace((m) => connection.console.log(m));

const ctx: ServerContext = {
  connection,
  documents,
  clientCapabilities: {},
  initializeParams: { processId: null, rootUri: null, capabilities: {} } as InitializeParams,
  settings,
  workspace,
  hooks: { priorHover: null, analysisChanged: [], configurationChanged: [] },
  entry,
  openEntries: () => documents.all().map((d) => entry(d.uri)).filter((e): e is DocEntry => !!e),
  getSettings: (uri) => settings.get(uri),
  messageLanguage: (uri) => settings.language(uri),
  guard: (name, empty, fn) => guard(connection, name, empty, fn),
  refresh,
  log: (m) => connection.console.log(m),
  error: (m) => connection.console.error(m),
};

function refresh(): void {
  const ws = ctx.clientCapabilities.workspace;
  const ask = (method: string) => connection.sendRequest(method).catch(() => {});
  if (ws?.diagnostics?.refreshSupport) ask('workspace/diagnostic/refresh');
  if (ws?.semanticTokens?.refreshSupport) ask('workspace/semanticTokens/refresh');
  if (ws?.codeLens?.refreshSupport) ask('workspace/codeLens/refresh');
  if (ws?.inlayHint?.refreshSupport) ask('workspace/inlayHint/refresh');
}

function merge(into: ServerCapabilities, add: ServerCapabilities): void {
  for (const [k, v] of Object.entries(add)) {
    const cur = (into as any)[k];
    if (cur && typeof cur === 'object' && v && typeof v === 'object' && !Array.isArray(v)) (into as any)[k] = { ...cur, ...v };
    else (into as any)[k] = v;
  }
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  ctx.clientCapabilities = params.capabilities ?? {};
  ctx.initializeParams = params;
  const init = (params.initializationOptions ?? {}) as Record<string, any>;
  settings.clientLocale = typeof init.displayLanguage === 'string' ? init.displayLanguage : params.locale;
  settings.canPull = !!params.capabilities?.workspace?.configuration;
  if (init.settings) settings.setPushed(init.settings.atazan ?? init.settings);
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(folders);

  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
  for (const ext of EXTENSIONS) {
    try {
      if (ext.capabilities) merge(capabilities, ext.capabilities(ctx.clientCapabilities));
    } catch (e) {
      connection.console.error(`[atazan] extension ${ext.id}: capabilities failed: ${describeError(e)}`);
    }
  }
  for (const ext of EXTENSIONS) {
    try {
      ext.register(ctx);
    } catch (e) {
      connection.console.error(`[atazan] extension ${ext.id}: registration failed: ${describeError(e)}`);
    }
  }
  return { capabilities, serverInfo: { name: 'atazan-language-server', version: '0.1.0' } };
});

connection.onInitialized(guardNotification(connection, 'initialized', async () => {
  const caps = ctx.clientCapabilities;
  if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'atazan' });
  }
  if (caps.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(guardNotification(connection, 'didChangeWorkspaceFolders', async () => {
      const folders = await connection.workspace.getWorkspaceFolders();
      workspace.setFolders(folders?.map((f) => f.uri) ?? []);
    }));
  }
  if (!canPullDiagnostics(caps)) connection.console.log('[atazan] client cannot pull diagnostics: pushing them');
}));

connection.onDidChangeConfiguration(guardNotification(connection, 'didChangeConfiguration', (params) => {
  const s = (params?.settings ?? null) as any;
  if (s && typeof s === 'object' && (s.atazan || !settings.canPull)) settings.setPushed(s.atazan ?? s);
  settings.clear();
  for (const h of ctx.hooks.configurationChanged) {
    try {
      h();
    } catch (e) {
      connection.console.error(`[atazan] configurationChanged hook failed: ${describeError(e)}`);
    }
  }
  refresh();
}));

connection.onDidChangeWatchedFiles(guardNotification(connection, 'didChangeWatchedFiles', () => workspace.invalidate()));

documents.onDidClose((ev) => {
  cache.delete(ev.document.uri);
  changeLogs.delete(ev.document.uri);
  settings.clear(ev.document.uri);
  for (const h of ctx.hooks.analysisChanged) {
    try {
      h(ev.document.uri, null);
    } catch {
      // ignore
    }
  }
});

connection.onShutdown(() => {
  cache.clear();
  changeLogs.clear();
});

documents.listen(connection);
connection.listen();
