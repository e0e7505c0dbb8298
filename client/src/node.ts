// The desktop entry (package.json `main`, dist/client.js): the language server is dist/server.js, run as
// a Node process over IPC. Everything else is shared with the web entry (extension.ts).
import * as path from 'path';
import type * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateWith } from './extension';

export { deactivate } from './extension';

export function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // dist/server-boot.js runs dist/server.js with V8's code cache in the extension's global storage
  // (server/src/boot.ts): every start after the first skips compiling the server.
  const bootModule = context.asAbsolutePath(path.join('dist', 'server-boot.js'));
  const cache = path.join(context.globalStorageUri.fsPath, 'code-cache');
  const serverOptions: ServerOptions = {
    run: { module: bootModule, transport: TransportKind.ipc, args: [`--code-cache=${cache}`] },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  return activateWith(context, {
    createClient: (options) => new LanguageClient('atazan', 'Ata Zan', serverOptions, options),
  }) as Promise<LanguageClient>;
}
