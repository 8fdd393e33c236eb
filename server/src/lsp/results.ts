import { CodeLensRefreshRequest, type CancellationToken } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, CheckMemo, CheckResult, CheckSources, newCheckMemo } from '../core/check';
import type { BrieflintSettings } from '../core/settings';
import { formatOfLanguage } from '../core/settingsModel';
import { withVerification } from '../core/verification';
import { diagnosticsFor } from '../service/diagnostics';
import { RecentMap } from '../service/recent';
import { sourceFileStatus, statusOf, withText } from '../service/status';
import type { EditorVerifier } from '../verify';
import { ServerContext, uriToPath } from './context';
import type { SettingsStore } from './settings';
import type { SourceStore } from './sources';

/** How many drafts keep their full check result and re-check memo: the most recently used (the one typed in, the one beside it). */
const RECENT_DRAFTS = 2;

/** A check of one version of a document, and the sources it was checked against. */
export interface CheckEntry {
  version: number;
  result: CheckResult;
  sources: CheckSources;
}

/**
 * The checks of open documents: each version checked once (and re-checked from the memo of the
 * last check, so a keystroke reads one chunk again), for the most recently used drafts only
 * (a result of a 100-page brief holds ~3 MB; the drafts not in view keep only their published
 * diagnostics and are checked again when asked about). Diagnostics are pulled where the client
 * pulls them, else pushed after a pause in typing.
 */
export class ResultCache {
  private readonly results = new RecentMap<string, CheckEntry>(RECENT_DRAFTS);
  private readonly memos = new RecentMap<string, CheckMemo>(RECENT_DRAFTS);
  private readonly pushTimers = new Map<string, NodeJS.Timeout>();
  private idleCollect: NodeJS.Timeout | undefined;
  private heapAfterCollect = 0;

  constructor(
    private readonly ctx: ServerContext,
    private readonly settings: SettingsStore,
    private readonly sources: SourceStore,
    private readonly verifier: EditorVerifier,
  ) {}

  /** Checks a draft's text with its sources (and CourtListener's answers, if it was verified: recomputed, nothing sent). */
  checkText(uri: string, text: string, languageId: string, settings: BrieflintSettings, keepMemo = true): { result: CheckResult; sources: CheckSources; watched: string[] } {
    const file = uriToPath(uri);
    const { sources, watched } = this.sources.for(uri, file, settings);
    const format = formatOfLanguage(languageId);
    let memo = keepMemo ? this.memos.get(uri) : undefined;
    if (keepMemo && !memo) this.memos.set(uri, (memo = newCheckMemo()));
    const result = check({ text, format, path: file }, settings, sources, memo);
    return { result: withVerification(result, this.verifier.findings(uri, result, settings)), sources, watched };
  }

  /**
   * The check of version `version` of a document, computed once per version and settings;
   * undefined when the document has moved past that version (an open document's object is
   * updated in place, so the version is taken before any wait and compared after it) or
   * Brieflint does not check it.
   */
  async resultFor(uri: string, version: number): Promise<CheckEntry | undefined> {
    const settings = await this.settings.for(uri);
    const current = this.ctx.documents.get(uri);
    if (!current || current.version !== version) return undefined; // stale
    const file = uriToPath(uri);
    if (file && this.sources.isSourceFile(file)) {
      this.ctx.sendStatus(sourceFileStatus(uri));
      return undefined;
    }
    if (!settings.enable || !settings.languages.includes(current.languageId)) {
      this.ctx.sendStatus(withText({ uri, state: 'off', message: 'Brieflint does not check this document (settings brieflint.enable and brieflint.languages).' }));
      if (this.sources.has(uri)) this.sources.note(uri);
      return undefined;
    }
    const cached = this.results.get(uri);
    if (cached && cached.version === version) return cached;
    let entry: CheckEntry;
    try {
      const { result, sources, watched } = this.checkText(uri, current.getText(), current.languageId, settings);
      entry = { version, result, sources };
      this.sources.note(uri, watched, sources);
    } catch (e) {
      this.ctx.reportError('check the draft', uri, e);
      return undefined;
    }
    this.results.set(uri, entry);
    this.collectWhenIdle();
    this.ctx.sendStatus(statusOf(uri, entry.result, settings));
    return entry;
  }

  /** The check of the document as it is now, if it is still that version when the check is ready. */
  async current(document: TextDocument): Promise<CheckEntry | undefined> {
    const entry = await this.resultFor(document.uri, document.version);
    return entry && entry.version === document.version ? entry : undefined;
  }

  /** Runs a language feature on the current check of a document; a failure is logged and gives `fallback`. */
  async withResult<T>(what: string, uri: string, token: CancellationToken, fallback: T, feature: (entry: CheckEntry, document: TextDocument) => T | Promise<T>): Promise<T> {
    const document = this.ctx.documents.get(uri);
    if (!document) return fallback;
    const entry = await this.current(document);
    if (!entry || token.isCancellationRequested) return fallback;
    try {
      return await feature(entry, document);
    } catch (e) {
      this.ctx.reportError(what, uri, e);
      return fallback;
    }
  }

  /** The last check of a document kept, whatever its version (the caller compares versions). */
  last(uri: string): CheckEntry | undefined {
    return this.results.get(uri);
  }

  /** The document changed: its last check no longer holds. */
  invalidate(uri: string): void {
    this.results.delete(uri);
  }

  /** A closed document: nothing of it is kept. */
  forget(uri: string): void {
    this.results.delete(uri);
    this.memos.delete(uri);
    clearTimeout(this.pushTimers.get(uri));
    this.pushTimers.delete(uri);
  }

  /** Settings or sources changed: every open draft is checked again. */
  refreshAll(): void {
    const { client, connection, documents } = this.ctx;
    this.results.clear();
    if (client.pullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      // Re-check now (the pulls then find the result ready): a list's own problems are pushed,
      // and a client pulls only the drafts it shows.
      for (const d of documents.all()) void this.resultFor(d.uri, d.version).catch((e) => this.ctx.reportError('check the draft', d.uri, e));
    } else for (const d of documents.all()) this.schedulePush(d, 0);
    if (client.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  /** For a client that does not pull diagnostics: checks after `delay` ms and pushes them. */
  schedulePush(document: TextDocument, delay: number): void {
    if (this.ctx.client.pullDiagnostics) return;
    // A source file's own problems are pushed by the ProblemBoard; pushing its (empty) check would clear them.
    const file = uriToPath(document.uri);
    if (file && this.sources.isSourceFile(file)) return;
    clearTimeout(this.pushTimers.get(document.uri));
    this.pushTimers.set(
      document.uri,
      setTimeout(() => {
        this.pushTimers.delete(document.uri);
        const version = document.version;
        void this.resultFor(document.uri, version).then(
          (entry) => {
            // A newer version has its own push scheduled; a closed document has had its diagnostics cleared.
            if (document.version !== version || this.ctx.documents.get(document.uri) !== document) return;
            return this.ctx.connection.sendDiagnostics({ uri: document.uri, version, diagnostics: entry ? diagnosticsFor(entry.result, document) : [] });
          },
          (e) => this.ctx.reportError('check the draft', document.uri, e),
        );
      }, delay),
    );
  }

  /**
   * After checks have allocated much (drafts opened, a burst of typing), a full collection once
   * the server has been idle for a second returns the memory to the system at once, instead of
   * when V8 gets to it (half a minute later). Only where the process allows it (`--expose-gc`,
   * which the extension passes).
   */
  private collectWhenIdle(): void {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return;
    clearTimeout(this.idleCollect);
    this.idleCollect = setTimeout(() => {
      if (process.memoryUsage().heapUsed - this.heapAfterCollect < 32 * 1024 * 1024) return;
      gc();
      // A second collection a moment later gives the system back the pages the first one freed
      // (20 briefs opened at once: 165 MB resident after one, ~130 MB after two).
      setTimeout(() => gc(), 300).unref();
      this.heapAfterCollect = process.memoryUsage().heapUsed;
    }, 1000);
    this.idleCollect.unref();
  }
}
