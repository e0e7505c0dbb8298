// The web entry (package.json `browser`, dist/web/client.js), for VS Code for the Web and other web
// extension hosts: the language server is dist/web/server.js, run in a web worker. Everything else is
// shared with the desktop entry (extension.ts).
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, LANGUAGE_ID } from './extension';

export { deactivate } from './extension';

/** The browser's Worker (the project's type-check has no DOM library). */
type Worker = Extract<ConstructorParameters<typeof LanguageClient>[2], { postMessage: unknown }>;
declare const Worker: new (url: string, options?: { name?: string }) => Worker;

export function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateWith(context, {
    createClient: (options) => new LanguageClient('atazan', 'Ata Zan', () => startWorker(serverMain), options),
    // A web workspace's files are not `file:` URIs (vscode-remote:, vscode-vfs:, …): every scheme.
    documentSelector: [{ language: LANGUAGE_ID }],
    // DOCX needs the writer bundle loaded from disk (server/src/table/docx-lazy.ts): not in a web worker.
    exportFormats: ['md', 'html', 'json'],
  }) as Promise<LanguageClient>;
}

/**
 * The server's worker and the messages to and from it. An extension served over http(s) (vscode.dev)
 * gives its script's URL; one installed on a remote (code-server, Codespaces: a `vscode-remote:` URI)
 * cannot, as VS Code creates no worker from such a URI, so the script is read through VS Code's file
 * system and started from a blob. The transports are made here: the worker VS Code's extension host
 * hands out is not `instanceof Worker`, which is what the library checks.
 */
async function startWorker(script: vscode.Uri): Promise<MessageTransports> {
  const name = { name: 'Ata Zan language server' };
  let worker: Worker;
  if (/^(https?|file)$/.test(script.scheme)) {
    worker = new Worker(script.toString(true), name);
  } else {
    const code = await vscode.workspace.fs.readFile(script);
    worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), name);
  }
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}
