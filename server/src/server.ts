import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  InitializeResult,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, CheckResult, CheckSources } from './core/check';
import { CONFIG_FILE, parseConfig } from './core/config';
import { BrieflintSettings, DEFAULT_SETTINGS, mergeSettings, sanitizeSettings } from './core/settings';
import { nodeFileHost } from './nodeHost';
import { codeActions } from './service/codeActions';
import { diagnosticsFor } from './service/diagnostics';
import { hover } from './service/hover';
import { loadSources } from './service/sources';

/**
 * Protocol wiring only: documents, settings, caching, debouncing and cancellation. What a user
 * sees is decided in `service/` and `core/`.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  let workspaceFolders: string[] = [];
  let hasConfiguration = false;
  let hasPullDiagnostics = false;
  let hasWatchRegistration = false;
  let initialSettings: unknown;

  const settingsCache = new Map<string, Promise<BrieflintSettings>>();
  const results = new Map<string, { version: number; result: CheckResult; sources: CheckSources }>();
  const pushTimers = new Map<string, NodeJS.Timeout>();

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    hasConfiguration = caps.workspace?.configuration === true;
    hasPullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    hasWatchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((f) => uriToPath(f.uri))
      .filter((p): p is string => p !== undefined);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) workspaceFolders = [root];
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...(hasPullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'brieflint' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (hasWatchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/exhibits.{csv,json,yaml,yml}' },
          { globPattern: '**/docket.{csv,json}' },
          { globPattern: `**/${CONFIG_FILE}` },
          { globPattern: '**/*.{pdf,PDF}' },
        ],
      });
    }
  });

  const rootFor = (file: string | undefined): string | undefined => {
    if (!file) return workspaceFolders[0];
    const containing = workspaceFolders.filter((f) => file === f || file.startsWith(f + path.sep));
    return containing.sort((a, b) => b.length - a.length)[0] ?? path.dirname(file);
  };

  const settingsFor = (uri: string): Promise<BrieflintSettings> => {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = (async () => {
        const file = uriToPath(uri);
        const root = rootFor(file);
        let base = DEFAULT_SETTINGS;
        if (root) {
          const read = nodeFileHost.readText(path.join(root, CONFIG_FILE));
          if ('text' in read) base = parseConfig(read.text, path.join(root, CONFIG_FILE)).settings;
        }
        const raw = hasConfiguration
          ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'brieflint' }).catch(() => undefined)
          : initialSettings;
        const { settings, problems } = sanitizeSettings(raw ?? {});
        for (const p of problems) connection.console.warn(`Setting brieflint.${p.key}: ${p.message}`);
        return mergeSettings(base, settings);
      })();
      settingsCache.set(uri, cached);
    }
    return cached;
  };

  /** The check of a document's current version, computed once per version and settings. */
  const resultFor = async (document: TextDocument): Promise<{ result: CheckResult; sources: CheckSources } | undefined> => {
    const settings = await settingsFor(document.uri);
    if (!settings.enable || !settings.languages.includes(document.languageId)) return undefined;
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return undefined; // stale
    const cached = results.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const file = uriToPath(document.uri);
    const { sources } = loadSources(file, rootFor(file), settings, nodeFileHost);
    const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const result = check({ text: document.getText(), format, path: file }, settings, sources);
    const entry = { version: document.version, result, sources };
    results.set(document.uri, entry);
    return entry;
  };

  const refreshAll = (): void => {
    results.clear();
    if (hasPullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) schedulePush(d, 0);
  };

  const schedulePush = (document: TextDocument, delay: number): void => {
    if (hasPullDiagnostics) return;
    clearTimeout(pushTimers.get(document.uri));
    pushTimers.set(
      document.uri,
      setTimeout(() => {
        pushTimers.delete(document.uri);
        void resultFor(document).then(
          (entry) => connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: entry ? diagnosticsFor(entry.result, document) : [] }),
          (e) => connection.console.error(`Brieflint could not check ${document.uri}: ${(e as Error).stack ?? e}`),
        );
      }, delay),
    );
  };

  documents.onDidOpen((e) => schedulePush(e.document, 0));
  documents.onDidChangeContent((e) => {
    results.delete(e.document.uri);
    schedulePush(e.document, 200);
  });
  documents.onDidClose((e) => {
    results.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    pushTimers.delete(e.document.uri);
    if (!hasPullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    settingsCache.clear();
    refreshAll();
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const entry = await resultFor(document);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
    if (!entry && documents.get(document.uri)?.version !== document.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: entry ? diagnosticsFor(entry.result, document) : [] };
  });

  connection.onHover(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const entry = await resultFor(document);
    if (!entry || token.isCancellationRequested) return null;
    return hover(entry.result, entry.sources, document, document.offsetAt(params.position)) ?? null;
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return codeActions(document, params.context.diagnostics);
  });

  documents.listen(connection);
  connection.listen();
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

if (require.main === module) startServer();
