import * as path from 'node:path';
import { createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, InitializeResult, ProposedFeatures, TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientFlags, serverCapabilities } from './lsp/capabilities';
import { Commands } from './lsp/commands';
import { serverContext, uriToPath } from './lsp/context';
import { registerFeatures } from './lsp/features';
import { ProblemBoard } from './lsp/problems';
import { ResultCache } from './lsp/results';
import { SettingsStore } from './lsp/settings';
import { SourceStore, STATIC_WATCHERS } from './lsp/sources';
import { verifyDraft } from './lsp/verification';
import { WorkspaceCheck } from './lsp/workspaceCheck';
import { WorkspaceSymbols } from './lsp/workspaceSymbols';
import { withText } from './service/status';
import { defaultCacheDir, EditorVerifier } from './verify';

/**
 * Protocol wiring only. The parts live in `lsp/`: the shared context (`context.ts`), settings
 * (`settings.ts`), the sources a draft depends on and their watchers (`sources.ts`), the cache of
 * check results (`results.ts`), CourtListener verification (`verification.ts`), the commands
 * (`commands.ts`), the workspace check (`workspaceCheck.ts`) and the language features
 * (`features.ts`). What a user sees is decided in `service/` and `core/`.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const ctx = serverContext(connection, documents);
  const verifier = new EditorVerifier({
    cacheDirFor: (uri) => (ctx.storagePath ? path.join(ctx.storagePath, 'courtlistener') : defaultCacheDir(ctx.rootFor(uriToPath(uri)) ?? process.cwd())),
  });
  const board = new ProblemBoard(connection);
  const settings = new SettingsStore(ctx, board);
  const sources = new SourceStore(ctx, board);
  const results = new ResultCache(ctx, settings, sources, verifier);
  const workspace = new WorkspaceCheck(ctx, settings, results);
  const verify = (uri: string | undefined, trigger: 'save' | 'command', token?: Parameters<typeof verifyDraft>[6], progress?: Parameters<typeof verifyDraft>[7]) =>
    verifyDraft(ctx, settings, results, verifier, uri, trigger, token, progress);
  const commands = new Commands(ctx, results, (uri, token, progress) => verify(uri, 'command', token, progress), (token, progress) => workspace.run(token, progress));

  connection.onInitialize((params): InitializeResult => {
    ctx.client = clientFlags(params.capabilities);
    const options = params.initializationOptions as { settings?: unknown; storagePath?: unknown } | undefined;
    ctx.initialSettings = options?.settings;
    ctx.storagePath = typeof options?.storagePath === 'string' && options.storagePath !== '' ? options.storagePath : undefined;
    ctx.workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    if (ctx.workspaceFolders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) ctx.workspaceFolders = [root];
    }
    return { capabilities: serverCapabilities(ctx.client), serverInfo: { name: 'brieflint' } };
  });

  connection.onInitialized(() => {
    if (ctx.client.configuration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (ctx.client.watchRegistration) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: STATIC_WATCHERS });
  });

  /**
   * A source file open in the editor (exhibits.csv, .brieflint.json) is read from its buffer: an
   * edit to it, saved or not, re-checks the drafts that use it, a moment after typing stops.
   */
  let sourceEdited: NodeJS.Timeout | undefined;
  const onSourceBuffer = (uri: string): boolean => {
    const file = uriToPath(uri);
    if (!file || !sources.isSourceFile(file)) return false;
    clearTimeout(sourceEdited);
    sourceEdited = setTimeout(() => {
      settings.clear();
      sources.clear();
      results.refreshAll();
    }, 200);
    return true;
  };

  documents.onDidOpen((e) => {
    // An open draft's diagnostics are pulled; drop what a workspace check pushed for it, or the Problems panel shows both.
    if (ctx.client.pullDiagnostics && workspace.takePushed(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    onSourceBuffer(e.document.uri);
    results.schedulePush(e.document, 0);
  });

  documents.onDidChangeContent((e) => {
    if (onSourceBuffer(e.document.uri)) return;
    results.invalidate(e.document.uri);
    ctx.sendStatus(withText({ uri: e.document.uri, state: 'checking' }));
    results.schedulePush(e.document, 200);
  });

  documents.onDidSave((e) => {
    void verify(e.document.uri, 'save').catch((err) => ctx.reportError('verify the citations', e.document.uri, err));
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    // A source closed unsaved: the drafts go back to what is on disk.
    onSourceBuffer(uri);
    verifier.forget(uri);
    sources.forget(uri);
    results.forget(uri);
    settings.forget(uri);
    ctx.forgetStatus(uri);
    if (!ctx.client.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    verifier.forgetAll(); // the address may have changed: answers from another service do not hold
    settings.clear();
    sources.clear();
    results.refreshAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    // The globs are broad: only a change to an open draft's settings file or sources re-checks.
    const relevant = params.changes.some((c) => {
      const file = uriToPath(c.uri);
      return file !== undefined && sources.isSourceOfOpenDraft(file);
    });
    if (!relevant) return;
    settings.clear();
    sources.clear();
    results.refreshAll();
  });

  registerFeatures(ctx, results, settings, verifier);
  const symbols = new WorkspaceSymbols(ctx, settings, results);
  connection.onWorkspaceSymbol((params, token) => symbols.find(params.query, token).catch((e) => (ctx.reportError('find symbols', undefined, e), [])));
  connection.onExecuteCommand((params, token, workDone) => commands.execute(params, token, workDone));

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) startServer();
