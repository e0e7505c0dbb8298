// The peer for the benchmark: VS Code's Markdown language service (vscode-markdown-languageservice)
// over an in-memory workspace holding one document, with markdown-it as its parser (as VS Code does).

import * as md from 'vscode-markdown-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const MarkdownIt = require('markdown-it');

export interface Peer {
  doc: TextDocument;
  service: md.IMdLanguageService;
  diagnostics(): Promise<number>;
  definition(line: number, character: number): Promise<number>;
  references(line: number, character: number): Promise<number>;
  /** Replaces the document's text (new version) and tells the service. */
  update(text: string): void;
  dispose(): void;
}

export function createPeer(text: string): Peer {
  const mdIt = MarkdownIt({ html: true });
  const parser: md.IMdParser = {
    slugifier: md.githubSlugifier,
    async tokenize(document) {
      return mdIt.parse(document.getText(), {});
    },
  };
  const uri = URI.file('/bench/draft.md');
  let doc = TextDocument.create(uri.toString(), 'markdown', 1, text);
  const changed = new Emitter<md.ITextDocument>();
  const created = new Emitter<md.ITextDocument>();
  const deleted = new Emitter<URI>();
  const workspace: md.IWorkspace = {
    get workspaceFolders() { return [URI.file('/bench')]; },
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: created.event,
    onDidDeleteMarkdownDocument: deleted.event,
    async getAllMarkdownDocuments() { return [doc]; },
    hasMarkdownDocument(r) { return r.toString() === uri.toString(); },
    async openMarkdownDocument(r) { return r.toString() === uri.toString() ? doc : undefined; },
    async stat(r) { return r.toString() === uri.toString() ? { isDirectory: false } : undefined; },
    async readDirectory() { return []; },
  };
  const logger: md.ILogger = { get level() { return md.LogLevel.Off; }, log() {} };
  const service = md.createLanguageService({ workspace, parser, logger });
  const opts: md.DiagnosticOptions = {
    validateReferences: md.DiagnosticLevel.warning,
    validateFragmentLinks: md.DiagnosticLevel.warning,
    validateFileLinks: md.DiagnosticLevel.warning,
    validateMarkdownFileLinkFragments: md.DiagnosticLevel.warning,
    validateUnusedLinkDefinitions: md.DiagnosticLevel.warning,
    validateDuplicateLinkDefinitions: md.DiagnosticLevel.warning,
    ignoreLinks: [],
  };
  const cts = new CancellationTokenSource();
  return {
    get doc() { return doc; },
    service,
    async diagnostics() { return (await service.computeDiagnostics(doc, opts, cts.token)).length; },
    async definition(line, character) {
      const d = await service.getDefinition(doc, { line, character }, cts.token);
      return Array.isArray(d) ? d.length : d ? 1 : 0;
    },
    async references(line, character) {
      return (await service.getReferences(doc, { line, character }, { includeDeclaration: false }, cts.token)).length;
    },
    update(t: string) {
      doc = TextDocument.create(uri.toString(), 'markdown', doc.version + 1, t);
      changed.fire(doc);
    },
    dispose() { service.dispose(); },
  };
}
