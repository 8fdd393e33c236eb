import type { CheckResult } from '../core/check';
import type { BrieflintSettings } from '../core/settings';
import type { Citation, Finding } from '../core/types';
import { describeVerification } from '../core/families/cases/index';
import { verificationFindings } from '../core/verification';
import { normalizeBaseUrl } from '../core/verify/settings';
import type { CourtListenerSettings, LookupAnswer } from '../core/verify/types';
import type { Fetch } from './http';
import { VerifyError, VerifyProgress, VerifyTiming, verifyCitations } from './verify';

/**
 * The language server's one entry point: verification per open document, started by a save
 * (when `brieflint.courtListener.verify` is `onSave`) or by the command "Brieflint: Verify
 * Citations with CourtListener" (whatever the setting). It keeps each document's answers in
 * memory, so the online findings follow the draft as it is edited — recomputed from the answers,
 * never by asking again — until the next verification.
 */

export type VerifyTrigger = 'save' | 'command';

export interface EditorVerifyRequest {
  uri: string;
  /** The check of the document's current version. */
  result: CheckResult;
  settings: BrieflintSettings;
  courtListener: CourtListenerSettings;
  /** From the editor's secret storage; undefined when none was set. */
  token: string | undefined;
  trigger: VerifyTrigger;
  signal?: AbortSignal;
  onProgress?: (progress: VerifyProgress) => void;
}

export interface EditorVerifyResponse {
  /** False when the settings say not to verify on this trigger: nothing was sent, nothing to say. */
  ran: boolean;
  /** One line for the status bar and the output channel. */
  message: string;
  error?: VerifyError;
  cancelled?: boolean;
  /** Notes for the output channel (the cache could not be saved). */
  notes: string[];
  /** HTTP requests sent. */
  requests: number;
}

export interface EditorVerifierOptions {
  /** The cache folder for a document (the workspace's storage folder); no disk cache when undefined. */
  cacheDirFor?: (uri: string) => string | undefined;
  /** For tests. */
  fetch?: Fetch;
  timing?: Partial<VerifyTiming>;
}

export const SET_TOKEN_COMMAND_TITLE = 'Brieflint: Set CourtListener Token';

export class EditorVerifier {
  private readonly answers = new Map<string, { baseUrl: string; byLookup: Map<string, LookupAnswer> }>();
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly options: EditorVerifierOptions = {}) {}

  /** Verifies a document if the trigger and the settings call for it. Never throws. */
  async verify(request: EditorVerifyRequest): Promise<EditorVerifyResponse> {
    if (request.trigger === 'save' && request.courtListener.verify !== 'onSave') {
      return { ran: false, message: '', notes: [], requests: 0 };
    }
    // A new run for the same document replaces the one still going.
    this.running.get(request.uri)?.abort();
    const controller = new AbortController();
    this.running.set(request.uri, controller);
    const onAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onAbort);
    try {
      const baseUrl = normalizeBaseUrl(request.courtListener.baseUrl);
      const report = await verifyCitations(request.result, {
        token: request.token,
        baseUrl,
        cacheDir: this.options.cacheDirFor?.(request.uri),
        signal: controller.signal,
        onProgress: request.onProgress,
        settings: request.settings,
        tokenHint: `run "${SET_TOKEN_COMMAND_TITLE}"`,
        fetch: this.options.fetch,
        timing: this.options.timing,
      });
      const kept = this.answers.get(request.uri);
      const byLookup = kept && kept.baseUrl === baseUrl ? kept.byLookup : new Map<string, LookupAnswer>();
      for (const [lookup, answer] of report.run.answers) byLookup.set(lookup, answer);
      this.answers.set(request.uri, { baseUrl, byLookup });
      return {
        ran: true,
        message: report.summary,
        ...(report.error ? { error: report.error } : {}),
        ...(report.run.cancelled ? { cancelled: true } : {}),
        notes: report.run.notes,
        requests: report.run.requests,
      };
    } finally {
      request.signal?.removeEventListener('abort', onAbort);
      if (this.running.get(request.uri) === controller) this.running.delete(request.uri);
    }
  }

  /** The online findings for the document's current check, from the answers kept; none before a verification. */
  findings(uri: string, result: CheckResult, settings: BrieflintSettings): Finding[] {
    const kept = this.answers.get(uri);
    if (!kept || result.declined) return [];
    return verificationFindings(result, (l) => kept.byLookup.get(l), { settings, existing: result.findings }).findings;
  }

  /** Hover Markdown for a citation CourtListener answered about, to add below the offline hover. */
  hover(uri: string, result: CheckResult, citation: Citation): string | undefined {
    const kept = this.answers.get(uri);
    if (!kept) return undefined;
    const v = verificationFindings(result, (l) => kept.byLookup.get(l)).verifications.get(citation.id);
    return v ? describeVerification(v, kept.baseUrl) : undefined;
  }

  /** Whether a verification of the document is running. */
  isRunning(uri: string): boolean {
    return this.running.has(uri);
  }

  /** Cancels a running verification of the document. */
  cancel(uri: string): void {
    this.running.get(uri)?.abort();
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.cancel(uri);
    this.answers.delete(uri);
  }

  /** Forgets every document's answers (the token or the address changed). */
  forgetAll(): void {
    for (const c of this.running.values()) c.abort();
    this.answers.clear();
  }
}
