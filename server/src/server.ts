// Ata Zan language server: the LSP adapter over the pure core (server/src/core).
// In Node it works over --stdio, --node-ipc and --socket (host/node.ts); the same code runs in a web
// worker for VS Code for the Web (host/web.ts, dist/web/server.js).
//
// Extension points: add a ServerExtension (see lsp/context.ts) to EXTENSIONS below. Hooks for the
// prior constitution: ctx.hooks.priorHover; the custom requests, notifications and commands are named in core/protocol.ts.

import {
  TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  type InitializeParams, type InitializeResult, type ServerCapabilities, type TextDocumentsConfiguration,
} from 'vscode-languageserver';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createLanguageService, type ContentChange } from './core';
import type { DocEntry, ServerContext, ServerExtension } from './lsp/context';
import { coreFeatures } from './lsp/features';
import { diagnosticsExtension, canPullDiagnostics } from './lsp/diagnostics';
import { describeError, guard, guardNotification } from './lsp/safe';
import { SettingsStore } from './lsp/settings';
import { optionalExtensions } from './lsp/optional';
import { SourceDocument } from './lsp/document';
// The platform: Node here; esbuild.mjs builds the web worker server with host/web.ts in its place.
import { codeCacheReady, connect, createWorkspace, limitHeapGrowth, limitYoungGeneration, onUncaught } from './host/node';
import { DRAFT_SUFFIXES } from './lsp/drafts';
import { idleExtension } from './lsp/idle';

/** Feature modules. Other engineers: add yours here (one line each). */
export const EXTENSIONS: ServerExtension[] = [diagnosticsExtension, coreFeatures, idleExtension, ...optionalExtensions];

limitHeapGrowth();
const connection = connect();

/**
 * The core's language service owns the documents' texts as analysed, their revisions and analyses
 * (core/service.ts). TextDocuments keeps the client's side (version numbers, positions of the edits) in
 * SourceDocuments (lsp/document.ts: no whole copy of the text per keystroke); each didChange is passed
 * on as offsets in the text before each edit, so that the service can update the previous analysis
 * instead of redoing it, with the document's SourceText (shared, not copied).
 */
const service = createLanguageService({
  onListenerError: (e) => connection.console.error(`[atazan] analysis listener failed: ${describeError(e)}`),
});
let analysed = false;
service.onDidAnalyse((_uri, an) => {
  if (!an) return;
  limitYoungGeneration();
  if (!analysed) {
    analysed = true;
    codeCacheReady();
  }
});

const documentsConfig: TextDocumentsConfiguration<SourceDocument> = {
  create: (uri, languageId, version, content) => {
    const document = new SourceDocument(uri, languageId, version, content);
    service.open(uri, content);
    return document;
  },
  update: (document, changes, version) => {
    const edits: ContentChange[] = [];
    // One change at a time, so that each one's offsets are computed in the text it applies to
    // (SourceDocument.update applies them in order to the same document object).
    for (const c of changes as TextDocumentContentChangeEvent[]) {
      try {
        if (c && 'range' in c && c.range && typeof c.text === 'string') {
          const a = document.offsetAt(c.range.start);
          const b = document.offsetAt(c.range.end);
          edits.push({ start: Math.min(a, b), end: Math.max(a, b), text: c.text });
        } else {
          edits.push({ text: typeof c?.text === 'string' ? c.text : '' });
        }
      } catch {
        edits.push({ text: '' });
      }
      document.update([c], version);
    }
    if (changes.length === 0) document.update([], version);
    // A full-text change is replaced by the document's text after all of them.
    service.change(document.uri, edits, document.source);
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

function entry(uri: string | undefined | null): DocEntry | null {
  if (typeof uri !== 'string') return null;
  const document = documents.get(uri);
  const revision = service.revision(uri);
  if (!document || revision === null) return null;
  return { uri, version: document.version, revision, document };
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
  service,
  hooks: { priorHover: null, configurationChanged: [], watchedFilesChanged: [] },
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
  // The drafts on disk (workspace symbols, acts cited by name): the client reports their changes.
  if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: DRAFT_SUFFIXES.map((s) => ({ globPattern: `**/*${s}` })),
    });
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

connection.onDidChangeWatchedFiles(guardNotification(connection, 'didChangeWatchedFiles', (params) => {
  workspace.invalidate();
  const uris = Array.isArray(params?.changes) ? params.changes.map((c) => c?.uri).filter((u): u is string => typeof u === 'string') : [];
  for (const h of ctx.hooks.watchedFilesChanged) {
    try {
      h(uris);
    } catch (e) {
      connection.console.error(`[atazan] watchedFilesChanged hook failed: ${describeError(e)}`);
    }
  }
}));

documents.onDidClose((ev) => {
  service.close(ev.document.uri);
  settings.clear(ev.document.uri);
});

connection.onShutdown(() => {
  service.clear();
});

documents.listen(connection);
connection.listen();
