import * as path from 'node:path';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** VS Code glue only: start the language server and hand it the drafts. */
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The packaged extension ships one bundled server file; a development checkout runs the compiled one.
  const bundled = context.asAbsolutePath(path.join('dist', 'server.js'));
  const module = fs.existsSync(bundled) ? bundled : context.asAbsolutePath(path.join('out', 'server', 'src', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const languages = vscode.workspace.getConfiguration('brieflint').get<string[]>('languages') ?? ['markdown', 'plaintext'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'brieflint' },
  };
  client = new LanguageClient('brieflint', 'Brieflint', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
