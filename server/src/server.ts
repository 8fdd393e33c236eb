import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  InitializeResult,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type FileSystemWatcher,
  type LocationLink,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, CheckMemo, CheckResult, CheckSources, newCheckMemo } from './core/check';
import { CONFIG_FILE, parseConfig } from './core/config';
import { BrieflintSettings, DEFAULT_SETTINGS, mergeSettings, sanitizeSettings } from './core/settings';
import type { SourceProblem } from './core/types';
import { tableOfAuthoritiesText } from './core/toa';
import { withVerification } from './core/verification';
import { nodeFileHost } from './nodeHost';
import { codeActions, FileAccess } from './service/codeActions';
import { RecentMap } from './service/recent';
import { codeLenses, resolveCodeLens } from './service/codeLens';
import { courtListenerCommand, CommandOutcome, DocumentCommandArgs, insertTableOfAuthorities, SERVER_COMMANDS } from './service/commands';
import { definition } from './service/definition';
import { diagnosticsFor, sourceProblemDiagnostic } from './service/diagnostics';
import { citationAt, hover } from './service/hover';
import { documentLinks } from './service/links';
import { references } from './service/references';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './service/semanticTokens';
import { loadSources } from './service/sources';
import { DraftStatus, STATUS_NOTIFICATION, statusOf, withText } from './service/status';
import { createExhibitManifestCommand, exhibitIndexCommand, prepareExhibitRename, renameExhibitEdit, renumberExhibitsCommand } from './service/exhibitCommands';
import { documentSymbols } from './service/symbols';
import { DRAFT_LANGUAGES, findDrafts, workspaceSummary } from './service/workspaceCheck';
import { defaultCacheDir, EditorVerifier, VerifyTrigger } from './verify';

/** How many drafts keep their full check result and re-check memo: the most recently used (the one typed in, the one beside it). */
const RECENT_DRAFTS = 2;

/**
 * Protocol wiring only: documents, settings, caching, debouncing, cancellation, status and
 * errors. What a user sees is decided in `service/` and `core/`; each handler looks up the
 * document, gets its check result and calls the service.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  let workspaceFolders: string[] = [];
  let hasConfiguration = false;
  let hasPullDiagnostics = false;
  let hasWatchRegistration = false;
  let hasDefinitionLinks = false;
  let hasApplyEdit = false;
  let hasCodeLensRefresh = false;
  let hasRelativePatterns = false;
  let initialSettings: unknown;
  /** The workspace's storage folder (VS Code's `context.storageUri`), for the CourtListener cache. */
  let storagePath: string | undefined;
  const verifier = new EditorVerifier({
    cacheDirFor: (uri) => (storagePath ? path.join(storagePath, 'courtlistener') : defaultCacheDir(rootFor(uriToPath(uri)) ?? process.cwd())),
  });

  const settingsCache = new Map<string, Promise<BrieflintSettings>>();
  /**
   * Full check results and re-check memos of the most recently used drafts only (a result of a
   * 100-page brief holds ~3 MB; the drafts not in view keep only their published diagnostics and
   * are checked again when asked about).
   */
  const results = new RecentMap<string, { version: number; result: CheckResult; sources: CheckSources }>(RECENT_DRAFTS);
  const memos = new RecentMap<string, CheckMemo>(RECENT_DRAFTS);
  const pushTimers = new Map<string, NodeJS.Timeout>();
  /** Files whose diagnostics "Check Whole Workspace" pushed; cleared when the file is opened and pulled. */
  const pushedByWorkspaceCheck = new Set<string>();
  const lastStatus = new Map<string, string>();
  /**
   * For each open draft, as of its latest check: the files and folders its exhibit and docket
   * lists were looked for in (a change to one re-checks it), and the problems those lists have.
   */
  const draftSources = new Map<string, { watched: string[]; problems: SourceProblem[] }>();
  /** Exhibit and docket list files with problems published, and what was published. */
  const publishedLists = new Map<string, string>();
  /** Source paths already looked at for a watcher of their own (see watchExtra). */
  const extraWatched = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    hasConfiguration = caps.workspace?.configuration === true;
    hasPullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    hasWatchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    hasDefinitionLinks = caps.textDocument?.definition?.linkSupport === true;
    hasApplyEdit = caps.workspace?.applyEdit === true;
    hasCodeLensRefresh = caps.workspace?.codeLens?.refreshSupport === true;
    hasRelativePatterns = caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    const options = params.initializationOptions as { settings?: unknown; storagePath?: unknown } | undefined;
    initialSettings = options?.settings;
    storagePath = typeof options?.storagePath === 'string' && options.storagePath !== '' ? options.storagePath : undefined;
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((f) => uriToPath(f.uri))
      .filter((p): p is string => p !== undefined);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) workspaceFolders = [root];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: 'Brieflint' },
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: true },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        renameProvider: { prepareProvider: true },
        ...(hasPullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'brieflint' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (hasWatchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        // Broad: a list can have any name (brieflint.exhibits.manifest, brieflint.docket.list).
        // Only changes to paths an open draft's sources were looked for in re-check it.
        watchers: [
          { globPattern: '**/*.{csv,json,yaml,yml}' },
          { globPattern: `**/${CONFIG_FILE}` },
          { globPattern: '**/*.{pdf,PDF}' },
        ],
      });
    }
  });

  /** Logs a failure to the client's output channel and shows it in the status; never a pop-up. */
  const reportError = (what: string, uri: string | undefined, e: unknown): void => {
    connection.console.error(`Brieflint could not ${what}${uri ? ` for ${uri}` : ''}: ${(e as Error)?.stack ?? String(e)}`);
    if (uri) sendStatus(withText({ uri, state: 'error', message: `Could not ${what}: ${(e as Error)?.message ?? String(e)}` }));
  };

  const sendStatus = (status: DraftStatus): void => {
    const key = JSON.stringify(status);
    if (lastStatus.get(status.uri) === key) return;
    lastStatus.set(status.uri, key);
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  };

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

  /** Files other than the drafts (exhibit lists, docket lists): their URIs, and their text as open in the editor or on disk. */
  const files: FileAccess = {
    uriOf: (file) => pathToFileURL(file).href,
    textOf: (file) => {
      const open = documents.get(pathToFileURL(file).href);
      if (open) return open.getText();
      const read = nodeFileHost.readText(file);
      return 'text' in read ? read.text : undefined;
    },
  };

  /**
   * Exhibit and docket lists, read once per draft and settings, not on every keystroke: a change
   * to a list (a watched file) or to the settings clears this.
   */
  const sourcesCache = new Map<string, { key: string; loaded: ReturnType<typeof loadSources> }>();
  const sourcesFor = (uri: string, file: string | undefined, settings: BrieflintSettings) => {
    const key = JSON.stringify([settings.exhibits, settings.docket]);
    const cached = sourcesCache.get(uri);
    if (cached && cached.key === key) return cached.loaded;
    const loaded = loadSources(file, rootFor(file), settings, nodeFileHost);
    if (documents.get(uri)) sourcesCache.set(uri, { key, loaded }); // open drafts only (closing one clears it)
    return loaded;
  };

  const checkText = (uri: string, text: string, languageId: string, settings: BrieflintSettings) => {
    const file = uriToPath(uri);
    const { sources, watched } = sourcesFor(uri, file, settings);
    const format = languageId === 'markdown' ? 'markdown' : 'plaintext';
    let memo = memos.get(uri);
    if (!memo) memos.set(uri, (memo = newCheckMemo()));
    const result = check({ text, format, path: file }, settings, sources, memo);
    // CourtListener's answers, if the draft was verified: recomputed for this version, nothing sent.
    return { result: withVerification(result, verifier.findings(uri, result, settings)), sources, watched };
  };

  /** Records an open draft's source files and publishes its lists' problems on the lists' own URIs. */
  const noteSources = (uri: string, watched: string[] | undefined, sources: CheckSources | undefined): void => {
    if (watched && sources) {
      draftSources.set(uri, { watched, problems: [...(sources.exhibits?.problems ?? []), ...(sources.docketList?.problems ?? [])] });
      watchExtra(watched);
    } else draftSources.delete(uri);
    publishListProblems();
  };

  /** Pushes the problems of every exhibit and docket list the open drafts use; clears a list once its problems are gone. */
  const publishListProblems = (): void => {
    const byUri = new Map<string, Diagnostic[]>();
    const seen = new Set<string>();
    for (const { problems } of draftSources.values()) {
      for (const p of problems) {
        const key = JSON.stringify([p.path, p.line, p.column, p.code, p.message]);
        if (seen.has(key)) continue;
        seen.add(key);
        const uri = pathToFileURL(p.path).href;
        const list = byUri.get(uri) ?? [];
        list.push(sourceProblemDiagnostic(p));
        byUri.set(uri, list);
      }
    }
    for (const uri of [...publishedLists.keys()]) {
      if (byUri.has(uri)) continue;
      publishedLists.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const [uri, diagnostics] of byUri) {
      diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      const key = JSON.stringify(diagnostics);
      if (publishedLists.get(uri) === key) continue;
      publishedLists.set(uri, key);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  };

  /**
   * Watches the sources the static globs miss: an exhibit folder's files (any extension), and
   * lists outside the workspace folders. A folder is watched where the client can watch a
   * pattern relative to it; otherwise by its name within the workspace.
   */
  const watchExtra = (watched: string[]): void => {
    if (!hasWatchRegistration) return;
    const watchers: FileSystemWatcher[] = [];
    for (const p of watched) {
      if (extraWatched.has(p)) continue;
      extraWatched.add(p);
      // The exhibit folder (lists are files with an extension), whether or not it exists yet.
      const isFolder = nodeFileHost.listDir(p) !== undefined || path.extname(p) === '';
      const inWorkspace = workspaceFolders.some((f) => p === f || p.startsWith(f + path.sep));
      if (!isFolder && inWorkspace) continue; // a list in the workspace: the static globs cover it
      if (hasRelativePatterns) {
        watchers.push(
          isFolder
            ? { globPattern: { baseUri: pathToFileURL(p).href, pattern: '**/*' } }
            : { globPattern: { baseUri: pathToFileURL(path.dirname(p)).href, pattern: path.basename(p) } },
        );
      } else if (isFolder && inWorkspace) {
        watchers.push({ globPattern: `**/${path.basename(p)}/**` });
      }
    }
    if (watchers.length > 0) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  };

  /** Whether a changed file bears on an open draft: a settings file, or a path its sources were looked for in (or inside one, a folder). */
  const isSourceOfOpenDraft = (file: string): boolean => {
    if (path.basename(file) === CONFIG_FILE) return true;
    for (const { watched } of draftSources.values()) {
      for (const w of watched) if (file === w || file.startsWith(w + path.sep)) return true;
    }
    return false;
  };

  /**
   * After checks have allocated much (drafts opened, a burst of typing), a full collection once
   * the server has been idle for a second returns the memory to the system at once, instead of
   * when V8 gets to it (half a minute later). Only where the process allows it (`--expose-gc`,
   * which the extension passes).
   */
  let idleCollect: NodeJS.Timeout | undefined;
  let heapAfterCollect = 0;
  const collectWhenIdle = (): void => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return;
    clearTimeout(idleCollect);
    idleCollect = setTimeout(() => {
      if (process.memoryUsage().heapUsed - heapAfterCollect < 32 * 1024 * 1024) return;
      gc();
      // A second collection a moment later gives the system back the pages the first one freed
      // (20 briefs opened at once: 165 MB resident after one, ~130 MB after two).
      setTimeout(() => gc(), 300).unref();
      heapAfterCollect = process.memoryUsage().heapUsed;
    }, 1000);
    idleCollect.unref();
  };

  /**
   * The check of version `version` of a document, computed once per version and settings; undefined
   * when the document has moved past that version (an open document's object is updated in place,
   * so the version is taken before any wait and compared after it) or Brieflint does not check it.
   */
  const resultFor = async (uri: string, version: number): Promise<{ version: number; result: CheckResult; sources: CheckSources } | undefined> => {
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return undefined; // stale
    if (!settings.enable || !settings.languages.includes(current.languageId)) {
      sendStatus(withText({ uri, state: 'off', message: 'Brieflint does not check this document (settings brieflint.enable and brieflint.languages).' }));
      if (draftSources.has(uri)) noteSources(uri, undefined, undefined);
      return undefined;
    }
    const cached = results.get(uri);
    if (cached && cached.version === version) return cached;
    let entry: { version: number; result: CheckResult; sources: CheckSources };
    try {
      const { result, sources, watched } = checkText(uri, current.getText(), current.languageId, settings);
      entry = { version, result, sources };
      noteSources(uri, watched, sources);
    } catch (e) {
      reportError('check the draft', uri, e);
      return undefined;
    }
    results.set(uri, entry);
    collectWhenIdle();
    sendStatus(statusOf(uri, entry.result));
    return entry;
  };

  /** The check of the document as it is now, if it is still that version when the check is ready. */
  const currentResult = async (document: TextDocument) => {
    const entry = await resultFor(document.uri, document.version);
    return entry && entry.version === document.version ? entry : undefined;
  };

  /** Runs a language feature on the current check of a document; a failure is logged and gives `fallback`. */
  const withResult = async <T>(
    what: string,
    uri: string,
    token: CancellationToken,
    fallback: T,
    feature: (entry: { result: CheckResult; sources: CheckSources }, document: TextDocument) => T | Promise<T>,
  ): Promise<T> => {
    const document = documents.get(uri);
    if (!document) return fallback;
    const entry = await currentResult(document);
    if (!entry || token.isCancellationRequested) return fallback;
    try {
      return await feature(entry, document);
    } catch (e) {
      reportError(what, uri, e);
      return fallback;
    }
  };

  const refreshAll = (): void => {
    results.clear();
    if (hasPullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      // Re-check now (the pulls then find the result ready): an exhibit or docket list's own
      // problems are pushed, and a client pulls only the drafts it shows.
      for (const d of documents.all()) void resultFor(d.uri, d.version).catch((e) => reportError('check the draft', d.uri, e));
    } else for (const d of documents.all()) schedulePush(d, 0);
    if (hasCodeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };

  const schedulePush = (document: TextDocument, delay: number): void => {
    if (hasPullDiagnostics) return;
    clearTimeout(pushTimers.get(document.uri));
    pushTimers.set(
      document.uri,
      setTimeout(() => {
        pushTimers.delete(document.uri);
        const version = document.version;
        void resultFor(document.uri, version).then(
          (entry) => {
            // A newer version has its own push scheduled; a closed document has had its diagnostics cleared.
            if (document.version !== version || documents.get(document.uri) !== document) return;
            return connection.sendDiagnostics({ uri: document.uri, version, diagnostics: entry ? diagnosticsFor(entry.result, document) : [] });
          },
          (e) => reportError('check the draft', document.uri, e),
        );
      }, delay),
    );
  };

  documents.onDidOpen((e) => {
    // An open draft's diagnostics are pulled; drop what a workspace check pushed for it, or the Problems panel shows both.
    if (hasPullDiagnostics && pushedByWorkspaceCheck.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    schedulePush(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    results.delete(e.document.uri);
    sendStatus(withText({ uri: e.document.uri, state: 'checking' }));
    schedulePush(e.document, 200);
  });

  /** Verifies a draft with CourtListener when the trigger and the settings call for it (see EditorVerifier). */
  const verifyDraft = async (uri: string | undefined, trigger: VerifyTrigger, token: CancellationToken | undefined, progress: WorkDoneProgressReporter | undefined): Promise<CommandOutcome> => {
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) return { ok: false, message: 'Open the draft first.' };
    const settings = await settingsFor(document.uri);
    if (trigger === 'save' && settings.courtListener.verify !== 'onSave') return { ok: true, message: '' };
    const entry = await currentResult(document);
    if (!entry) return { ok: false, message: 'Brieflint does not check this document, or it changed while being checked (see the settings brieflint.enable and brieflint.languages).' };
    if (token?.isCancellationRequested) return { ok: false, message: 'Cancelled.' };
    const abort = new AbortController();
    const cancelling = token?.onCancellationRequested(() => abort.abort());
    progress?.begin('Brieflint: verifying citations with CourtListener', 0, undefined, true);
    try {
      const response = await verifier.verify({
        uri: document.uri,
        result: entry.result,
        settings,
        courtListener: settings.courtListener,
        token: process.env.BRIEFLINT_COURTLISTENER_TOKEN || undefined,
        trigger,
        signal: abort.signal,
        onProgress: (p) => progress?.report(p.total ? Math.round((100 * p.done) / p.total) : 0, p.message),
      });
      if (!response.ran) return { ok: true, message: '' };
      for (const note of response.notes) connection.console.warn(note);
      if (response.error) connection.console.warn(response.message);
      else connection.console.info(response.message);
      sendStatus(withText({ uri: document.uri, state: response.error ? 'error' : 'ready', message: response.message }));
      // The online findings join the diagnostics: re-check (nothing is sent again) and refresh.
      results.delete(document.uri);
      if (hasPullDiagnostics) void connection.languages.diagnostics.refresh();
      else schedulePush(document, 0);
      return { ok: !response.error, message: response.message };
    } finally {
      cancelling?.dispose();
      progress?.done();
    }
  };

  documents.onDidSave((e) => {
    void verifyDraft(e.document.uri, 'save', undefined, undefined).catch((err) => reportError('verify the citations', e.document.uri, err));
  });

  documents.onDidClose((e) => {
    verifier.forget(e.document.uri);
    if (draftSources.has(e.document.uri)) noteSources(e.document.uri, undefined, undefined);
    results.delete(e.document.uri);
    memos.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    sourcesCache.delete(e.document.uri);
    lastStatus.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    pushTimers.delete(e.document.uri);
    if (!hasPullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    verifier.forgetAll(); // the address may have changed: answers from another service do not hold
    settingsCache.clear();
    sourcesCache.clear();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    // The globs are broad: only a change to an open draft's settings file or sources re-checks.
    const relevant = params.changes.some((c) => {
      const file = uriToPath(c.uri);
      return file !== undefined && isSourceOfOpenDraft(file);
    });
    if (!relevant) return;
    settingsCache.clear();
    sourcesCache.clear();
    refreshAll();
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version;
    const entry = await resultFor(document.uri, version);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
    // The document changed while the check waited: its diagnostics would be for text the editor no longer shows.
    if (documents.get(document.uri) !== document || document.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: entry ? diagnosticsFor(entry.result, document) : [] };
  });

  connection.onHover((params, token) =>
    withResult('show the hover', params.textDocument.uri, token, null, ({ result, sources }, document) => {
      const offset = document.offsetAt(params.position);
      const shown = hover(result, sources, document, offset);
      const citation = citationAt(result, offset);
      // What CourtListener said about the citation, when the draft was verified, below the offline hover.
      const online = citation ? verifier.hover(document.uri, result, citation) : undefined;
      if (!shown || !online || typeof shown.contents !== 'object' || !('kind' in shown.contents)) return shown ?? null;
      return { ...shown, contents: { ...shown.contents, value: `${shown.contents.value}\n\n---\n\n${online}` } };
    }),
  );

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    try {
      return codeActions(document, params.context.diagnostics, files);
    } catch (e) {
      reportError('offer fixes', document.uri, e);
      return [];
    }
  });

  connection.onDefinition((params, token) =>
    withResult('find the definition', params.textDocument.uri, token, [], ({ result, sources }, document) => {
      const links = definition(result, sources, document, document.offsetAt(params.position), files);
      return hasDefinitionLinks ? links : links.map((l: LocationLink) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
    }),
  );

  connection.onReferences((params, token) =>
    withResult('find references', params.textDocument.uri, token, [], ({ result, sources }, document) =>
      references(result, sources, document, document.offsetAt(params.position), params.context.includeDeclaration, files),
    ),
  );

  connection.onDocumentSymbol((params, token) =>
    withResult('list the outline', params.textDocument.uri, token, [], ({ result, sources }, document) => documentSymbols(result, sources, document)),
  );

  connection.onDocumentLinks((params, token) =>
    withResult('find links', params.textDocument.uri, token, [], ({ result, sources }, document) => documentLinks(result, sources, document, files)),
  );

  connection.onCodeLens(async (params, token) => {
    const settings = await settingsFor(params.textDocument.uri);
    if (!settings.codeLens) return [];
    return withResult('show code lenses', params.textDocument.uri, token, [], ({ result }, document) => codeLenses(result, document));
  });

  connection.onCodeLensResolve(async (lens, token) => {
    const uri = (lens.data as { uri?: unknown } | undefined)?.uri;
    if (typeof uri !== 'string') return lens;
    return withResult('show code lenses', uri, token, lens, ({ result }, document) => resolveCodeLens(result, document, lens));
  });

  connection.languages.semanticTokens.on((params, token) =>
    // Markdown drafts are coloured by the injected grammar; tokens are for plain text, which has none.
    withResult('colour citations', params.textDocument.uri, token, { data: [] }, ({ result }, document) =>
      document.languageId === 'markdown' ? { data: [] } : semanticTokens(result, document),
    ),
  );

  connection.onPrepareRename((params, token) =>
    withResult('rename', params.textDocument.uri, token, null, ({ result, sources }, document) =>
      prepareExhibitRename(result, sources, document, document.offsetAt(params.position)) ?? null,
    ),
  );

  connection.onRenameRequest(async (params, token) => {
    const outcome = await withResult('rename', params.textDocument.uri, token, undefined, ({ result, sources }, document) =>
      renameExhibitEdit(result, sources, document, document.offsetAt(params.position), params.newName, files),
    );
    if (!outcome) return null;
    // The editor shows a failed rename's message beside the rename box: no pop-up.
    if ('problem' in outcome) throw new ResponseError(ErrorCodes.InvalidRequest, outcome.problem);
    return outcome.edit;
  });

  // ---------------------------------------------------------------------------------------------
  // Commands

  const applyEdit = async (label: string, outcome: CommandOutcome): Promise<CommandOutcome> => {
    if (!outcome.ok || !outcome.edit) return outcome;
    if (!hasApplyEdit) return outcome; // the client applies `edit` itself
    const applied = await connection.workspace.applyEdit({ label, edit: outcome.edit });
    if (!applied.applied) {
      return { ok: false, message: `The editor did not apply the change${applied.failureReason ? `: ${applied.failureReason}` : ''}. Try again.` };
    }
    return { ok: true, message: outcome.message };
  };

  const documentCommand = async (
    args: unknown,
    token: CancellationToken,
    run: (entry: { result: CheckResult; sources: CheckSources }, document: TextDocument, args: DocumentCommandArgs) => CommandOutcome | Promise<CommandOutcome>,
  ): Promise<CommandOutcome> => {
    const a = args as Partial<DocumentCommandArgs> | undefined;
    const document = typeof a?.uri === 'string' ? documents.get(a.uri) : undefined;
    if (!document) return { ok: false, message: 'Open a draft in the editor first.' };
    const entry = await currentResult(document);
    if (!entry) return { ok: false, message: 'Brieflint does not check this document, or it changed while being checked (see the settings brieflint.enable and brieflint.languages).' };
    if (token.isCancellationRequested) return { ok: false, message: 'Cancelled.' };
    return run(entry, document, a as DocumentCommandArgs);
  };

  connection.onExecuteCommand(async (params, token, workDone) => {
    const args = params.arguments?.[0];
    try {
      switch (params.command) {
        case SERVER_COMMANDS.insertTableOfAuthorities:
          return await documentCommand(args, token, ({ result }, document, a) =>
            applyEdit('Insert table of authorities', insertTableOfAuthorities(result, document, a.position)),
          );
        case SERVER_COMMANDS.tableOfAuthorities:
          return await documentCommand(args, token, ({ result }) => ({ ok: true, message: 'Table of authorities', text: tableOfAuthoritiesText(result) }));
        case SERVER_COMMANDS.courtListenerUrl:
          return await documentCommand(args, token, ({ result }, document, a) => courtListenerCommand(result, document, a.position));
        case SERVER_COMMANDS.verifyCitations:
          return await verifyDraft((args as Partial<DocumentCommandArgs> | undefined)?.uri, 'command', token, workDone);
        case SERVER_COMMANDS.checkWorkspace:
          return await checkWorkspace(token, workDone);
        case SERVER_COMMANDS.exhibitIndex:
          return await documentCommand(args, token, ({ result, sources }) => exhibitIndexCommand(result, sources));
        case SERVER_COMMANDS.renumberExhibits:
          return await documentCommand(args, token, ({ result, sources }, document) =>
            applyEdit('Renumber exhibits', renumberExhibitsCommand(result, sources, document, files)),
          );
        case SERVER_COMMANDS.createExhibitManifest:
          return await documentCommand(args, token, ({ result, sources }, document) =>
            applyEdit('Create exhibit list', createExhibitManifestCommand(result, sources, uriToPath(document.uri), files)),
          );
        default:
          return { ok: false, message: `Unknown command ${params.command}.` };
      }
    } catch (e) {
      reportError(`run ${params.command}`, (args as { uri?: string } | undefined)?.uri, e);
      return { ok: false, message: `Brieflint could not run the command: ${(e as Error)?.message ?? e}. The Brieflint output has the details.` };
    }
  });

  /**
   * Check Whole Workspace: every draft under the workspace folders into the Problems panel (open
   * drafts keep their live diagnostics), with progress and cancellation between files.
   */
  const checkWorkspace = async (token: CancellationToken, progress: WorkDoneProgressReporter): Promise<CommandOutcome> => {
    if (workspaceFolders.length === 0) return { ok: false, message: 'Open a folder or workspace first: there is no workspace to check.' };
    const rootSettings = await settingsFor(pathToFileURL(workspaceFolders[0]).href);
    const { files: drafts, truncated } = findDrafts(workspaceFolders, nodeFileHost, { languages: rootSettings.languages });
    progress.begin('Brieflint: checking drafts', 0, `${drafts.length} drafts`, true);
    let checked = 0;
    let problems = 0;
    let withProblems = 0;
    let cancelled = false;
    try {
      for (const file of drafts) {
        // Let a cancellation (or an edit) arrive between files.
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) {
          cancelled = true;
          break;
        }
        const uri = pathToFileURL(file).href;
        progress.report(Math.round((checked / Math.max(1, drafts.length)) * 100), path.relative(workspaceFolders[0], file) || file);
        const open = documents.get(uri);
        const count = open ? await countOpen(open) : await checkClosed(uri, file);
        checked++;
        problems += count;
        if (count > 0) withProblems++;
      }
    } finally {
      progress.done();
    }
    return { ok: true, message: workspaceSummary(checked, drafts.length, problems, withProblems, cancelled, truncated) };
  };

  const countOpen = async (document: TextDocument): Promise<number> => (await currentResult(document))?.result.findings.length ?? 0;

  const checkClosed = async (uri: string, file: string): Promise<number> => {
    const settings = await settingsFor(uri);
    settingsCache.delete(uri); // closed files do not keep settings around
    const languageId = DRAFT_LANGUAGES[path.extname(file).toLowerCase()];
    if (!settings.enable || !languageId || !settings.languages.includes(languageId)) return 0;
    const read = nodeFileHost.readText(file);
    if ('error' in read) {
      connection.console.warn(`Brieflint skipped ${file}: it ${read.error}`);
      return 0;
    }
    try {
      const { result } = checkText(uri, read.text, languageId, settings);
      const diagnostics = diagnosticsFor(result, TextDocument.create(uri, languageId, 0, read.text));
      pushedByWorkspaceCheck.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
      return result.findings.length;
    } catch (e) {
      reportError('check the draft', undefined, e);
      return 0;
    }
  };

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
