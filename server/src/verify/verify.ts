import type { CheckResult } from '../core/check';
import type { BrieflintSettings } from '../core/settings';
import type { Finding } from '../core/types';
import {
  describeVerification, LookupTarget, lookupTargets, matchAnswers, matchSingleAnswer, planTextRequests, preview, readLookupResponse, RequestLimits,
  SERVICE_LIMITS, ServiceAnswer,
} from '../core/families/cases/index';
import { verificationFindings, withVerification } from '../core/verification';
import { baseUrlProblem, lookupEndpoint, normalizeBaseUrl } from '../core/verify/settings';
import { CitationVerification, LookupAnswer, PUBLIC_COURTLISTENER } from '../core/verify/types';
import { AnswerCache, CacheTimes } from './cache';
import { Exchange, Fetch, postLookup } from './http';

/**
 * Verifying a draft's case citations with CourtListener: the one place that sends anything.
 *
 * It sends only when called, only with a token, only to the configured address, and only the
 * volume–reporter–page of each full case citation not already answered in the cache — nothing
 * else of the draft. It packs them into as few requests as the service allows, honours the
 * service's rate limit (`wait_until`), backs off when the service or the network fails, can be
 * cancelled, reports progress, and never throws: every failure becomes one clear message, and
 * whatever was answered before it still counts.
 */

export interface VerifyTiming {
  /** Longest wait for one answer. */
  timeoutMs: number;
  /** Longest wait for the rate limit to lift; a later `wait_until` stops verification with a message. */
  maxWaitMs: number;
  /** Retries after a network failure, a timeout or a 5xx answer. */
  retries: number;
  /** First back-off; it doubles with each retry. */
  backoffMs: number;
}

export const DEFAULT_TIMING: VerifyTiming = { timeoutMs: 30_000, maxWaitMs: 5 * 60_000, retries: 2, backoffMs: 2_000 };

export interface VerifyProgress {
  /** Citations answered so far (from this run's requests). */
  done: number;
  /** Citations to ask about (the cache answered the rest). */
  total: number;
  message: string;
}

export interface VerifyOptions {
  /** The CourtListener API token; without one nothing is sent. */
  token: string | undefined;
  /** The service's address; the public service when absent. */
  baseUrl?: string;
  /** The folder for the on-disk cache of answers; no cache when absent. */
  cacheDir?: string;
  signal?: AbortSignal;
  onProgress?: (progress: VerifyProgress) => void;
  /** Severities and rules turned off (per draft when a function). */
  settings?: BrieflintSettings | ((result: CheckResult, index: number) => BrieflintSettings);
  /** Where the user sets the token, for the messages about it (`set COURTLISTENER_TOKEN`). */
  tokenHint?: string;
  /**
   * `text` (default): batches of citations; `citation`: one volume–reporter–page request each
   * (public-domain forms such as `2010-NMSC-007` are still sent as text).
   */
  mode?: 'text' | 'citation';
  timing?: Partial<VerifyTiming>;
  cacheTimes?: Partial<CacheTimes>;
  limits?: RequestLimits;
  /** For tests: another `fetch`, and a clock and sleep the test controls. */
  fetch?: Fetch;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type VerifyErrorKind =
  | 'no-token'
  | 'bad-token'
  | 'bad-address'
  | 'rate-limited'
  | 'network'
  | 'timeout'
  | 'server'
  | 'malformed'
  | 'refused';

export interface VerifyError {
  kind: VerifyErrorKind;
  /** One sentence or two a lawyer can act on. */
  message: string;
}

/** What one run of lookups did. */
export interface LookupRun {
  /** Every answer known after the run, by lookup (`60 F.3d 913`): from the cache and from the service. */
  answers: Map<string, LookupAnswer>;
  /** Distinct volume–reporter–page lookups the drafts need. */
  lookups: number;
  /** Of those, answered from the cache. */
  fromCache: number;
  /** HTTP requests sent. */
  requests: number;
  /** Lookups left without an answer (after a failure or a cancel, or when the service found no citation in them). */
  unchecked: number;
  error?: VerifyError;
  cancelled?: boolean;
  /** Things worth saying that are not failures (the cache could not be saved). */
  notes: string[];
}

/** The verification of one draft. */
export interface DraftVerification {
  /** The online findings, severity settings and disable comments applied. */
  findings: Finding[];
  /** The check's result with the online findings merged in. */
  result: CheckResult;
  /** By citation id. */
  verifications: Map<string, CitationVerification>;
  /** Hover Markdown by citation id, for every citation an answer is known for. */
  hovers: Map<string, string>;
}

export interface VerifyReport extends DraftVerification {
  run: LookupRun;
  /** One line for a status bar or stderr: what was verified and what was found, or what failed. */
  summary: string;
  error?: VerifyError;
}

/** Verifies one draft's case citations: the entry point for a single document. */
export async function verifyCitations(result: CheckResult, options: VerifyOptions): Promise<VerifyReport> {
  const { files, run, summary } = await verifyDrafts([result], options);
  return { ...files[0], run, summary, ...(run.error ? { error: run.error } : {}) };
}

/** Verifies several drafts at once, asking about each distinct citation once. */
export async function verifyDrafts(results: readonly CheckResult[], options: VerifyOptions): Promise<{ files: DraftVerification[]; run: LookupRun; summary: string }> {
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? PUBLIC_COURTLISTENER);
  const targets = mergeTargets(results.map((r) => (r.declined ? [] : lookupTargets(r.citations))));
  const run = await lookUp(targets, options);
  const files = results.map((result, index) => {
    const settings = typeof options.settings === 'function' ? options.settings(result, index) : options.settings;
    const v = verificationFindings(result, (lookup) => run.answers.get(lookup), { settings, existing: result.findings });
    const hovers = new Map<string, string>();
    for (const [id, verification] of v.verifications) hovers.set(id, describeVerification(verification, baseUrl));
    return { findings: v.findings, result: withVerification(result, v.findings), verifications: v.verifications, hovers };
  });
  return { files, run, summary: summarize(run, files) };
}

function mergeTargets(lists: LookupTarget[][]): LookupTarget[] {
  const seen = new Map<string, LookupTarget>();
  for (const list of lists) for (const t of list) if (!seen.has(t.lookup)) seen.set(t.lookup, t);
  return [...seen.values()];
}

/** Looks up every target not answered in the cache. Never throws. */
export async function lookUp(targets: readonly LookupTarget[], options: VerifyOptions): Promise<LookupRun> {
  const run: LookupRun = { answers: new Map(), lookups: targets.length, fromCache: 0, requests: 0, unchecked: 0, notes: [] };
  if (targets.length === 0) return run;
  const timing: VerifyTiming = { ...DEFAULT_TIMING, ...options.timing };
  const hint = options.tokenHint ?? 'set a CourtListener API token';
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? PUBLIC_COURTLISTENER);
  const addressProblem = baseUrlProblem(baseUrl);
  if (addressProblem) {
    run.unchecked = targets.length;
    run.error = { kind: 'bad-address', message: `The CourtListener address ${addressProblem}. Nothing was sent.` };
    return run;
  }

  let cache: AnswerCache | undefined;
  if (options.cacheDir) {
    cache = AnswerCache.open(options.cacheDir, baseUrl, { ...options.cacheTimes, ...(options.now ? { now: options.now } : {}) });
    if (cache.problem) run.notes.push(cache.problem);
  }
  const pending: LookupTarget[] = [];
  for (const t of targets) {
    const cached = cache?.get(t.lookup);
    if (cached) {
      run.answers.set(t.lookup, cached);
      run.fromCache++;
    } else pending.push(t);
  }

  // The cache answers without a token; only what it cannot answer needs one.
  const token = options.token?.trim();
  if (!token && pending.length > 0) {
    run.unchecked = pending.length;
    run.error = { kind: 'no-token', message: `No CourtListener API token: ${hint}. Nothing was sent.${notVerified(run.unchecked)}` };
    return run;
  }

  const session = new Session(lookupEndpoint(baseUrl), token ?? '', hint, timing, options, run);
  const progress = (message?: string) =>
    options.onProgress?.({ done: session.answered, total: pending.length, message: message ?? `Verifying citations with CourtListener: ${session.answered} of ${pending.length}` });
  session.onAnswer = (lookup, answer) => {
    run.answers.set(lookup, answer);
    cache?.set(lookup, answer);
    progress();
  };
  session.onWait = (until) => progress(`Waiting for CourtListener's rate limit until ${clock(until)} (${session.answered} of ${pending.length} verified)`);

  if (pending.length > 0) {
    progress();
    const limits = options.limits ?? SERVICE_LIMITS;
    if (options.mode === 'citation') {
      await session.lookUpOneByOne(pending.filter((t) => t.byParts));
      await session.lookUpInBatches(pending.filter((t) => !t.byParts), limits);
    } else await session.lookUpInBatches(pending, limits);
  }
  run.unchecked = pending.filter((t) => !run.answers.has(t.lookup)).length;
  if (run.error) run.error.message += notVerified(run.unchecked);
  const saveProblem = cache?.save();
  if (saveProblem) run.notes.push(saveProblem);
  return run;
}

/** The requests of one run, with their retries and waits. */
class Session {
  answered = 0;
  onAnswer: (lookup: string, answer: LookupAnswer) => void = () => undefined;
  onWait: (until: number) => void = () => undefined;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(
    private readonly endpoint: string,
    private readonly token: string,
    private readonly hint: string,
    private readonly timing: VerifyTiming,
    private readonly options: VerifyOptions,
    private readonly run: LookupRun,
  ) {
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? abortableSleep;
  }

  private get stopped(): boolean {
    return this.run.error !== undefined || this.run.cancelled === true;
  }

  /** Text requests of up to 250 citations; what a request leaves out is sent again, then one by one. */
  async lookUpInBatches(targets: readonly LookupTarget[], limits: RequestLimits): Promise<void> {
    const byLookup = new Map(targets.map((t) => [t.lookup, t]));
    const queue = planTextRequests(targets.map((t) => t.lookup), limits);
    const leftOver: LookupTarget[] = [];
    let fruitless = 0;
    while (queue.length > 0 && !this.stopped) {
      const request = queue.shift()!;
      const answers = await this.send({ text: request.text });
      if (!answers) break;
      const matched = matchAnswers(request, answers);
      for (const [lookup, answer] of matched.answers) this.answer(lookup, answer);
      for (const lookup of matched.unanswered) leftOver.push(byLookup.get(lookup)!);
      if (matched.resend.length > 0) {
        // Status 429 inside an answer: the service stopped short of the end of this request.
        fruitless = matched.answers.size === 0 ? fruitless + 1 : 0;
        if (fruitless >= 3) {
          leftOver.push(...matched.resend.map((l) => byLookup.get(l)!));
          continue;
        }
        queue.unshift(...planTextRequests(matched.resend, limits));
      }
    }
    // The service found no citation where Brieflint sent one (it reads the reporter differently):
    // ask by volume, reporter and page instead, where the citation has that plain form.
    if (!this.stopped) await this.lookUpOneByOne(leftOver.filter((t) => t.byParts));
  }

  /** One volume–reporter–page request per citation. */
  async lookUpOneByOne(targets: readonly LookupTarget[]): Promise<void> {
    for (const t of targets) {
      if (this.stopped) return;
      for (let tries = 0; tries < 3 && !this.stopped; tries++) {
        const answers = await this.send({ volume: t.volume, reporter: t.reporter, page: t.page });
        if (!answers) return;
        const one = matchSingleAnswer(answers);
        if (one.answer) this.answer(t.lookup, one.answer);
        if (!one.resend) break;
      }
    }
  }

  private answer(lookup: string, answer: LookupAnswer): void {
    this.answered++;
    this.onAnswer(lookup, answer);
  }

  /**
   * One request, with its retries and rate-limit waits. Returns the answers, or undefined when
   * the run must stop (the error or the cancel is recorded on the run).
   */
  private async send(body: Record<string, string>): Promise<ServiceAnswer[] | undefined> {
    let retries = 0;
    let waits = 0;
    for (;;) {
      if (this.options.signal?.aborted) return this.cancel();
      this.run.requests++;
      const exchange = await postLookup(
        { endpoint: this.endpoint, token: this.token, body },
        { timeoutMs: this.timing.timeoutMs, signal: this.options.signal, fetch: this.options.fetch },
      );
      const outcome = this.judge(exchange, retries);
      if (outcome.kind === 'answers') return outcome.answers;
      if (outcome.kind === 'cancelled') return this.cancel();
      if (outcome.kind === 'error') {
        this.run.error = outcome.error;
        return undefined;
      }
      if (outcome.kind === 'wait') {
        if (++waits > 10) {
          this.run.error = { kind: 'rate-limited', message: 'CourtListener kept asking Brieflint to wait.' };
          return undefined;
        }
        this.onWait(this.now() + outcome.ms);
      } else retries++;
      try {
        await this.sleep(outcome.ms, this.options.signal);
      } catch {
        return this.cancel();
      }
      if (this.options.signal?.aborted) return this.cancel();
    }
  }

  private cancel(): undefined {
    this.run.cancelled = true;
    return undefined;
  }

  /** What to do with an exchange: use its answers, retry, wait, or stop with a message. */
  private judge(
    exchange: Exchange,
    retries: number,
  ):
    | { kind: 'answers'; answers: ServiceAnswer[] }
    | { kind: 'retry' | 'wait'; ms: number }
    | { kind: 'error'; error: VerifyError }
    | { kind: 'cancelled' } {
    const backoff = this.timing.backoffMs * 2 ** retries;
    const canRetry = retries < this.timing.retries;
    const service = `CourtListener (${this.endpoint})`;
    switch (exchange.kind) {
      case 'cancelled':
        return { kind: 'cancelled' };
      case 'timeout':
        return canRetry
          ? { kind: 'retry', ms: backoff }
          : { kind: 'error', error: { kind: 'timeout', message: `${service} did not answer within ${seconds(this.timing.timeoutMs)}.` } };
      case 'network':
        return canRetry
          ? { kind: 'retry', ms: backoff }
          : { kind: 'error', error: { kind: 'network', message: `Could not reach ${service}: ${exchange.detail}.` } };
      case 'too-large':
        return { kind: 'error', error: { kind: 'malformed', message: `${service} sent an answer larger than ${Math.round(exchange.maxBytes / 1048576)} MB; Brieflint did not read it.` } };
      case 'answer':
        break;
    }
    const { status, body } = exchange;
    if (status === 200) {
      const read = readLookupResponse(body);
      if ('problem' in read) return { kind: 'error', error: { kind: 'malformed', message: `${service} sent an answer Brieflint cannot read: ${read.problem}.` } };
      return { kind: 'answers', answers: read.answers };
    }
    if (status === 401 || status === 403) {
      return { kind: 'error', error: { kind: 'bad-token', message: `CourtListener refused the API token (HTTP ${status}${detailOf(body)}): ${this.hint}.` } };
    }
    if (status === 429) {
      const ms = this.waitFor(body, exchange.retryAfter, backoff);
      if (ms > this.timing.maxWaitMs) {
        return {
          kind: 'error',
          error: { kind: 'rate-limited', message: `CourtListener's rate limit was reached (it allows about 60 citations a minute); try again after ${clock(this.now() + ms)}.` },
        };
      }
      return { kind: 'wait', ms };
    }
    if (status >= 500) {
      return canRetry
        ? { kind: 'retry', ms: backoff }
        : { kind: 'error', error: { kind: 'server', message: `CourtListener had a problem answering (HTTP ${status}${detailOf(body)}); try again later.` } };
    }
    if (status === 404) {
      return { kind: 'error', error: { kind: 'refused', message: `There is no citation lookup service at ${this.endpoint} (HTTP 404): check the CourtListener address (brieflint.courtListener.baseUrl).` } };
    }
    return { kind: 'error', error: { kind: 'refused', message: `CourtListener refused the request (HTTP ${status}${detailOf(body)}).` } };
  }

  /** How long the service asks to wait: `wait_until` in the body, else `Retry-After`, else the back-off. */
  private waitFor(body: string, retryAfter: string | undefined, backoff: number): number {
    try {
      const json = JSON.parse(body) as Record<string, unknown>;
      const until = json?.wait_until ?? json?.wait_util; // the service's documentation spells it both ways
      if (typeof until === 'string') {
        const t = Date.parse(until);
        if (Number.isFinite(t)) return Math.max(0, t - this.now());
      }
    } catch {
      // Not JSON: fall through to the header.
    }
    if (retryAfter) {
      const secs = Number(retryAfter);
      if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
      const t = Date.parse(retryAfter);
      if (Number.isFinite(t)) return Math.max(0, t - this.now());
    }
    return backoff;
  }
}

/** The service's own explanation from an error body, as `: …`, if it gave one. */
function detailOf(body: string): string {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const detail = json?.detail ?? json?.error_message;
    if (typeof detail === 'string' && detail.trim()) return `: ${preview(detail, 160)}`;
  } catch {
    // Not JSON.
  }
  return '';
}

function notVerified(n: number): string {
  if (n === 0) return '';
  return ` ${n} citation${n === 1 ? ' was' : 's were'} not verified; the offline checks are unaffected.`;
}

function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} second${s === 1 ? '' : 's'}`;
}

/** A time of day for messages, `14:32:05`, in the machine's time zone. */
function clock(t: number): string {
  const d = new Date(t);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One line on what a run did and found. */
export function summarize(run: LookupRun, files: readonly DraftVerification[]): string {
  if (run.error) return run.error.message;
  if (run.lookups === 0) return 'CourtListener: no case citation to verify (database cites such as WL and LEXIS are not looked up).';
  const counts = { verified: 0, 'not-found': 0, ambiguous: 0, 'name-mismatch': 0, 'unknown-reporter': 0 };
  for (const f of files) for (const v of f.verifications.values()) if (!v.via) counts[v.status]++;
  const checked = Object.values(counts).reduce((a, b) => a + b, 0);
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const parts = [`${counts.verified} verified`];
  if (counts['not-found']) parts.push(`${counts['not-found']} not found`);
  if (counts['name-mismatch']) parts.push(n(counts['name-mismatch'], 'case-name mismatch', 'case-name mismatches'));
  if (counts.ambiguous) parts.push(`${counts.ambiguous} ambiguous`);
  if (counts['unknown-reporter']) parts.push(n(counts['unknown-reporter'], 'unknown reporter'));
  const head = run.cancelled ? `CourtListener: cancelled; ${n(checked, 'citation')} checked before that` : `CourtListener checked ${n(checked, 'citation')}`;
  const tail: string[] = [];
  if (run.fromCache) tail.push(`${n(run.fromCache, 'answer')} from the cache`);
  if (run.unchecked && !run.cancelled) tail.push(`${n(run.unchecked, 'citation')} the service could not read`);
  const what = checked > 0 ? `: ${parts.join(', ')}` : '';
  return `${head}${what}${tail.length ? ` (${tail.join('; ')})` : ''}.`;
}
