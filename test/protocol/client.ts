/**
 * A small LSP client for the protocol tests: starts `./bin/brieflint lsp --stdio` as a child
 * process, speaks LSP to it, answers what the server asks of a client (settings, edits,
 * registrations) and lets a test wait on what the server sends — never on a fixed sleep.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  Registration,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
} from 'vscode-languageserver-protocol/node';

export const REPO = path.join(__dirname, '../../..');
const BIN = path.join(REPO, 'bin/brieflint');
/** Long enough for a loaded machine; the tests wait on events, so a passing run never waits this long. */
const WAIT_MS = 15_000;

type Waiter = { test: () => boolean; resolve: () => void };

export class ServerUnderTest {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly logs: string[] = [];
  /** What the server registered with `client/registerCapability` (file watchers, settings). */
  readonly registrations: Registration[] = [];
  /** `workspace/diagnostic/refresh` requests received. */
  diagnosticRefreshes = 0;
  /** What `workspace/configuration` answers for the `brieflint` section. */
  settings: Record<string, unknown> = {};
  exited: Promise<number | null>;
  private readonly waiters: Waiter[] = [];
  private stderr = '';

  /** `env`: the server's environment (this process's when not given). */
  constructor(readonly workspace: string, env?: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'], ...(env ? { env } : {}) });
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'brieflint' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      this.changed();
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.diagnosticRefreshes++;
      this.changed();
      return null;
    });
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      this.changed();
      return { applied: true };
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      this.changed();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onUnhandledNotification((n) => {
      this.notifications.push({ method: n.method, params: n.params });
      this.changed();
    });
    this.connection.listen();
  }

  /** Initializes the server with these client capabilities and the workspace folder. */
  async initialize(capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<InitializeResult> {
    const uri = pathToFileURL(this.workspace).href;
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'case' }],
      capabilities,
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  uri(relative: string): string {
    return pathToFileURL(path.join(this.workspace, relative)).href;
  }

  async open(relative: string, languageId: string, text: string, version = 1): Promise<string> {
    const uri = this.uri(relative);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  async replaceAll(uri: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves once `test` holds for what the server has sent; fails after a while with what it did send. */
  waitFor(what: string, test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${what}.\nNotifications: ${JSON.stringify(this.notifications).slice(0, 2000)}\nDiagnostics: ${JSON.stringify([...this.diagnostics]).slice(0, 2000)}\nLogs: ${this.logs.join('\n')}\nstderr: ${this.stderr}`));
      }, WAIT_MS);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Records the server's `$/progress` reports on `token` (a token this client made) as notifications. */
  trackProgress(token: string): void {
    this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      this.notifications.push({ method: '$/progress', params: { token, value } });
      this.changed();
    });
  }

  /** The latest `brieflint/status` notification for a document. */
  status(uri: string): { state: string; text: string; citations?: number; problems?: number } | undefined {
    const mine = this.notifications.filter((n) => n.method === 'brieflint/status' && (n.params as { uri: string }).uri === uri);
    return mine[mine.length - 1]?.params as { state: string; text: string } | undefined;
  }

  /** Shuts the server down as a client does; resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    return this.exited;
  }

  /** Ends the child whatever state it is in (every test path calls this). */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private changed(): void {
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }
}

/** A fresh workspace folder with these files. */
export function makeWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-protocol-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return fs.realpathSync(dir);
}

export function removeWorkspace(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** What a client with pull diagnostics and everything else Brieflint uses says it can do. */
export const PULL_CLIENT: ClientCapabilities = {
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    codeLens: { refreshSupport: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    references: {},
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    documentLink: {},
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    codeLens: {},
    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
  },
  window: { workDoneProgress: true },
};

/** A client without pull diagnostics (an older editor): the server pushes them. */
export const PUSH_CLIENT: ClientCapabilities = {
  workspace: { configuration: false },
  textDocument: { publishDiagnostics: { versionSupport: true } },
};
