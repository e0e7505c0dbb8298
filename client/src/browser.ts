// The web entry (package.json `browser`, dist/web/client.js), for VS Code for the Web and other web
// extension hosts: the language server is dist/web/server.js, run in a web worker. Everything else is
// shared with the desktop entry (extension.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, LANGUAGE_ID } from './extension';

export { deactivate } from './extension';

/** The browser's Worker (the project's type-check has no DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];

export function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateWith(context, {
    createClient: (options) =>
      new LanguageClient('atazan', 'Ata Zan', new Worker(serverMain.toString(true), { name: 'Ata Zan language server' }), options),
    // A web workspace's files are not `file:` URIs (vscode-remote:, vscode-vfs:, …): every scheme.
    documentSelector: [{ language: LANGUAGE_ID }],
  }) as Promise<LanguageClient>;
}
