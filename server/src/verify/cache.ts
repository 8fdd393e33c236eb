import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LookupAnswer, LookupStatus, Opinion } from '../core/verify/types';
import { normalizeBaseUrl } from '../core/verify/settings';

/**
 * CourtListener's answers, kept on disk per workspace so that an unchanged citation is never
 * asked about twice: one JSON file per service address in a folder the caller chooses (the
 * editor's workspace storage, or a per-workspace folder under the user's cache folder for the
 * command line). An answer is trusted for `ttlMs` (30 days); a "not found" only for
 * `notFoundTtlMs` (1 day), since the service adds opinions every day.
 *
 * The file holds citations (`60 F.3d 913`) and what the service said about them — never the
 * draft, never the token. A file that cannot be read is ignored and rewritten; one that cannot
 * be written is reported, and verification goes on without it.
 */

export interface CacheTimes {
  ttlMs: number;
  notFoundTtlMs: number;
  now: () => number;
}

export const DEFAULT_CACHE_TIMES: CacheTimes = {
  ttlMs: 30 * 24 * 3600 * 1000,
  notFoundTtlMs: 24 * 3600 * 1000,
  now: () => Date.now(),
};

const FORMAT = 1;
/** Most answers kept per file; the oldest go first. */
const MAX_ENTRIES = 50_000;

interface Entry {
  savedAt: number;
  answer: LookupAnswer;
}

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly added = new Map<string, Entry>();
  /** Why the file on disk could not be used, if it could not. */
  readonly problem: string | undefined;

  private constructor(readonly file: string, readonly service: string, private readonly times: CacheTimes) {
    const read = readCacheFile(file, service);
    this.problem = read.problem;
    for (const [k, v] of read.entries) this.entries.set(k, v);
  }

  /** The cache for `service` in the folder `dir` (created when first saved). */
  static open(dir: string, service: string, times: Partial<CacheTimes> = {}): AnswerCache {
    const base = normalizeBaseUrl(service);
    return new AnswerCache(path.join(dir, cacheFileName(base)), base, { ...DEFAULT_CACHE_TIMES, ...times });
  }

  /** The answer for a lookup, if one was saved and has not expired. */
  get(lookup: string): LookupAnswer | undefined {
    const entry = this.added.get(lookup) ?? this.entries.get(lookup);
    return entry && this.isFresh(entry) ? entry.answer : undefined;
  }

  set(lookup: string, answer: LookupAnswer): void {
    this.added.set(lookup, { savedAt: this.times.now(), answer });
  }

  /** Writes the new answers, merged with whatever another run saved meanwhile. Returns why it could not, if so. */
  save(): string | undefined {
    if (this.added.size === 0) return undefined;
    try {
      const merged = new Map(readCacheFile(this.file, this.service).entries);
      for (const [k, v] of this.added) merged.set(k, v);
      const kept = [...merged].filter(([, e]) => this.isFresh(e)).sort((a, b) => b[1].savedAt - a[1].savedAt).slice(0, MAX_ENTRIES);
      const json = JSON.stringify({ format: FORMAT, service: this.service, entries: Object.fromEntries(kept) });
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      fs.writeFileSync(temp, json, { encoding: 'utf8', mode: 0o600 });
      fs.renameSync(temp, this.file);
      for (const [k, v] of this.added) this.entries.set(k, v);
      this.added.clear();
      return undefined;
    } catch (e) {
      return `could not save the CourtListener answers to ${this.file}: ${(e as Error).message}`;
    }
  }

  private isFresh(e: Entry): boolean {
    const ttl = e.answer.status === 'not-found' ? this.times.notFoundTtlMs : this.times.ttlMs;
    const age = this.times.now() - e.savedAt;
    return age >= 0 && age < ttl;
  }
}

/** The file name for a service: its address hashed, so any address makes a safe name. */
export function cacheFileName(service: string): string {
  return `citation-lookup-${hash(normalizeBaseUrl(service))}.json`;
}

/**
 * The command line's cache folder for a workspace: under the user's cache folder
 * (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on
 * Windows), one folder per workspace, so nothing is written into the workspace itself.
 */
export function defaultCacheDir(
  workspaceRoot: string,
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
  home: string = os.homedir(),
): string {
  const base =
    platform === 'win32'
      ? env.LOCALAPPDATA || path.join(home, 'AppData', 'Local')
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME || path.join(home, '.cache');
  return path.join(base, 'brieflint', 'courtlistener', hash(path.resolve(workspaceRoot)));
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

function readCacheFile(file: string, service: string): { entries: Map<string, Entry>; problem?: string } {
  const entries = new Map<string, Entry>();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries };
    return { entries, problem: `could not read the CourtListener answers saved in ${file}: ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { entries, problem: `the CourtListener answers saved in ${file} are damaged; they will be asked for again` };
  }
  const o = json as { format?: unknown; service?: unknown; entries?: unknown };
  if (!o || typeof o !== 'object' || o.format !== FORMAT || o.service !== service || !o.entries || typeof o.entries !== 'object') return { entries };
  for (const [k, v] of Object.entries(o.entries as Record<string, unknown>)) {
    const entry = readEntry(v);
    if (entry) entries.set(k, entry);
  }
  return { entries };
}

const STATUSES: readonly LookupStatus[] = ['found', 'ambiguous', 'unknown-reporter', 'not-found'];

/** An entry as saved, checked field by field: a hand-edited or damaged entry is dropped. */
function readEntry(v: unknown): Entry | undefined {
  const e = v as { savedAt?: unknown; answer?: { status?: unknown; opinions?: unknown; serviceMessage?: unknown } };
  if (!e || typeof e !== 'object' || typeof e.savedAt !== 'number' || !e.answer || typeof e.answer !== 'object') return undefined;
  const { status, opinions, serviceMessage } = e.answer;
  if (typeof status !== 'string' || !STATUSES.includes(status as LookupStatus) || !Array.isArray(opinions)) return undefined;
  const read: Opinion[] = [];
  for (const o of opinions as Array<Record<string, unknown>>) {
    if (!o || typeof o !== 'object' || typeof o.caseName !== 'string') return undefined;
    const opinion: Opinion = { caseName: o.caseName, citations: Array.isArray(o.citations) ? o.citations.filter((c): c is string => typeof c === 'string') : [] };
    for (const key of ['caseNameShort', 'caseNameFull', 'url', 'dateFiled', 'court'] as const) {
      if (typeof o[key] === 'string') opinion[key] = o[key] as string;
    }
    read.push(opinion);
  }
  const answer: LookupAnswer = { status: status as LookupStatus, opinions: read };
  if (typeof serviceMessage === 'string') answer.serviceMessage = serviceMessage;
  return { savedAt: e.savedAt, answer };
}
