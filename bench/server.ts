/**
 * The real language server as a child process, for the memory figure: started as users start it
 * (`brieflint lsp --stdio`), spoken to over LSP, its resident memory read from /proc.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

import { SERVER_EXEC_ARGV } from '../client/src/protocol';

const REPO = path.resolve(__dirname, '..', '..');

export class ServerProcess {
  private readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly waiting = new Map<string, Array<(p: PublishDiagnosticsParams) => void>>();

  constructor() {
    // With the Node flags the extension starts it with.
    this.child = spawn(process.execPath, [...SERVER_EXEC_ARGV, path.join(REPO, 'bin', 'brieflint'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.waiting.get(p.uri);
      if (!list) return;
      this.waiting.delete(p.uri);
      for (const resolve of list) resolve(p);
    });
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(REPO).href,
      capabilities: {},
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Opens a document and resolves with the first diagnostics published for it. */
  open(uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams> {
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      const list = this.waiting.get(uri) ?? [];
      list.push(resolve);
      this.waiting.set(uri, list);
    });
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Resident and peak memory of the server process, in MB, from /proc/<pid>/status. */
  memory(): { rssMB: number; peakMB: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server is gone already.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
