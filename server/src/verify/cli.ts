import type { CheckResult } from '../core/check';
import type { BrieflintSettings } from '../core/settings';
import { defaultCacheDir } from './cache';
import type { Fetch } from './http';
import { VerifyTiming, verifyDrafts } from './verify';

/**
 * `brieflint check --verify`: the command line's one entry point. The token comes from the
 * environment variable `COURTLISTENER_TOKEN`, never from a file or an argument (arguments show
 * in process lists and shell history), and the address from `COURTLISTENER_BASE_URL` when it is
 * not the public service — never from `.brieflint.json`, so a folder someone else wrote cannot
 * send your token elsewhere.
 */

export const TOKEN_VARIABLE = 'COURTLISTENER_TOKEN';
/** A self-hosted CourtListener (or a test server): read from the environment, never from a file in the workspace. */
export const BASE_URL_VARIABLE = 'COURTLISTENER_BASE_URL';

export interface CliVerifyOptions {
  /** The environment (`process.env`). */
  env: Record<string, string | undefined>;
  stderr: (s: string) => void;
  /** The service's address; else `COURTLISTENER_BASE_URL`; else the public service. */
  baseUrl?: string;
  /** The cache folder; `defaultCacheDir(workspaceRoot)` when absent. */
  cacheDir?: string;
  /** The folder the cache belongs to when `cacheDir` is absent (the `.brieflint.json` folder or the working folder). */
  workspaceRoot: string;
  /** Each draft's settings (severities, rules turned off). */
  settingsFor?: (result: CheckResult, index: number) => BrieflintSettings;
  /** Write progress lines to stderr (when it is a terminal). */
  progress?: boolean;
  /** For tests. */
  fetch?: Fetch;
  timing?: Partial<VerifyTiming>;
}

export interface CliVerifyResult {
  /** The drafts' results with the online findings merged in (the same order as given). */
  results: CheckResult[];
  /** Verification failed or could not start: the CLI exits with 2 (after reporting the offline checks). */
  failed: boolean;
}

/**
 * Verifies the checked drafts and merges the online findings into their results. Writes one line
 * to stderr: what was verified, or — on failure — what went wrong (no token, the token refused,
 * no network, a timeout, a 5xx, a malformed answer).
 */
export async function verifyForCli(results: readonly CheckResult[], options: CliVerifyOptions): Promise<CliVerifyResult> {
  const { files, run, summary } = await verifyDrafts(results, {
    token: options.env[TOKEN_VARIABLE],
    baseUrl: options.baseUrl ?? (options.env[BASE_URL_VARIABLE] || undefined),
    cacheDir: options.cacheDir ?? defaultCacheDir(options.workspaceRoot, options.env),
    settings: options.settingsFor,
    tokenHint: `set the environment variable ${TOKEN_VARIABLE} (a CourtListener account gives you one at https://www.courtlistener.com/profile/api/)`,
    // The start, and each wait for the rate limit: a line per answer would flood the terminal.
    onProgress: options.progress ? (p) => (p.done === 0 || p.message.startsWith('Waiting')) && options.stderr(`brieflint: ${p.message}\n`) : undefined,
    fetch: options.fetch,
    timing: options.timing,
  });
  for (const note of run.notes) options.stderr(`brieflint: note: ${note}\n`);
  options.stderr(run.error ? `brieflint: --verify failed: ${summary}\n` : `brieflint: ${summary}\n`);
  return { results: files.map((f) => f.result), failed: run.error !== undefined };
}
