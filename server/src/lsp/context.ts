// The server's shared state and the extension points other features plug into.
//
// To add a feature (code actions, rename, completion, prior-constitution hover/inlay hints, custom
// requests): write a `ServerExtension` in server/src/lsp/<name>.ts and add it to `EXTENSIONS` in
// server/src/server.ts. `capabilities` is merged into the initialize result; `register` is called once
// the connection exists. Wrap every handler with `ctx.guard(...)`.

import type {
  CancellationToken, ClientCapabilities, Connection, InitializeParams, ServerCapabilities, TextDocuments,
} from 'vscode-languageserver';
import type { SourceDocument } from './document';
import type { Analysis, Article, Lang, LanguageService, Paragraph } from '../core';
import type { Handler } from './safe';
import type { AtazanSettings, SettingsStore } from './settings';

export interface DocEntry {
  uri: string;
  /** The client's version number: only for the edits sent back (VersionedTextDocumentIdentifier). */
  version: number;
  /**
   * The server's revision of the text: bumped on every didOpen and didChange. Key anything cached per
   * text on this, never on `version`, which a client may repeat.
   */
  revision: number;
  document: SourceDocument;
}

/**
 * Markdown about an article's predecessor in the prior constitution (the prior engineer supplies it),
 * its labels in `lang`, the language of the rest of the hover.
 */
export type PriorHoverHook = (unit: Article | Paragraph, an: Analysis, uri: string, lang: Lang) => string | null | undefined;

export interface Hooks {
  priorHover: PriorHoverHook | null;
  /** Called when the `atazan` configuration changed. */
  configurationChanged: (() => void)[];
  /**
   * Problems supplied from outside a document's own analysis changed for `uri` (another language version
   * was edited): the diagnostics extension re-publishes it (push) or asks the client to pull again.
   */
  diagnosticsChanged?: (uri: string) => void;
  /** A stamp of those problems, part of the pulled diagnostics' result id (lsp/parallel.ts). */
  diagnosticsStamp?: (uri: string) => string;
  /** An open amendment bill's hover and definition (lsp/bill.ts), asked before the document's own. */
  bill?: import('./bill').BillHooks;
  /** Called when the client reports files of the workspace created, changed or deleted (workspace/didChangeWatchedFiles). */
  watchedFilesChanged: ((uris: string[]) => void)[];
  /** Whether the workspace is trusted (a setting naming a workspace path is read only then); lsp/prior.ts keeps it. */
  workspaceTrusted?: () => boolean;
}

/**
 * Drafts on disk that are not open (workspace symbols, workspace diagnostics): lsp/workspace.ts in Node;
 * none in a web worker (host/web.ts), where the server has no file system.
 */
export interface DiskDrafts {
  /** Workspace folder URIs (multi-root); folders the host cannot read are ignored. */
  setFolders(uris: string[]): void;
  /** The folders as local paths (a prior given as a path is resolved against them). */
  readonly folderPaths: readonly string[];
  /** Forget scan results (after a file watcher event). */
  invalidate(): void;
  /** The drafts found, as local paths. */
  listFiles(token?: CancellationToken): Promise<string[]>;
  /** The analysis of a draft on disk; null if unreadable or too big. */
  analysis(file: string): Promise<Analysis | null>;
  /** The URI of a path listFiles returned. */
  uriOf(file: string): string;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<SourceDocument>;
  clientCapabilities: ClientCapabilities;
  initializeParams: InitializeParams;
  settings: SettingsStore;
  workspace: DiskDrafts;
  /**
   * The core's language service: the open documents' analyses and every query on them. Its queries are
   * synchronous; ask it again after an await (it answers for the current text).
   */
  service: LanguageService;
  hooks: Hooks;
  /** An open document's uri, versions and text; null if not open. */
  entry(uri: string | undefined | null): DocEntry | null;
  /** Every open document's entry. */
  openEntries(): DocEntry[];
  getSettings(uri: string | null): Promise<AtazanSettings>;
  /**
   * The one language of everything the server shows for a document — diagnostics, hovers (the prior
   * hover too), inlay hints, code lenses, quick-fix titles, renumber messages (`atazan.messages.language`;
   * `auto` → the client's UI language). The document's own language is only for text written into it.
   */
  messageLanguage(uri: string | null): Promise<Lang>;
  /** Wraps a request handler: logs exceptions and answers `empty`, honours cancellation. */
  guard<P, R>(name: string, empty: R, fn: Handler<P, NoInfer<R>>): Handler<P, R>;
  /** Asks the client to re-pull diagnostics, tokens, lenses, inlay hints (or re-pushes diagnostics). */
  refresh(): void;
  log(message: string): void;
  error(message: string): void;
}

export interface ServerExtension {
  id: string;
  /** Capabilities to merge into the initialize result (may depend on the client's capabilities). */
  capabilities?(client: ClientCapabilities): ServerCapabilities;
  /** Registers handlers; called once, before `listen()`. */
  register(ctx: ServerContext): void;
}
