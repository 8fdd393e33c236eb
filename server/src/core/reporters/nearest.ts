/**
 * `nearestReporters`: "did you mean" for an unknown reporter spelling.
 *
 * Spellings are compared in a normalized form — lower case, no whitespace, straight
 * apostrophes, and a series ordinal (`2d`, `2nd`, `3rd`, `4th`, `4d`) reduced to its number
 * and a marker — by a weighted edit distance (optimal string alignment): inserting or
 * deleting a period or apostrophe costs 0.5, replacing one series number by another costs
 * 0.5 for a neighbour and more for a distant one, anything else costs 1.
 */
import { detached } from '../text/strings';
import { EDITIONS } from './table';
import type { Edition, ReporterType } from './types';

/** Longest input compared; longer input is cut (bounded work). */
const MAX_INPUT = 40;

const SERIES = '\u00a7';

/** The normalized form used for distances. */
export function nearKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length && out.length < MAX_INPUT + 8; i++) {
    const ch = s[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') continue;
    out += ch === '\u2019' || ch === '\u2018' ? "'" : ch.toLowerCase();
  }
  return out.replace(/(\d)(?:st|nd|rd|th|d)(?![a-z])/g, `$1${SERIES}`).slice(0, MAX_INPUT);
}

const TYPE_RANK: Record<ReporterType, number> = {
  'supreme-court': 0, 'federal-appellate': 1, 'federal-district': 2, regional: 3,
  'state-official': 4, 'federal-specialty': 5, neutral: 6, database: 7, foreign: 8,
};

interface Target {
  readonly key: string;
  readonly edition: Edition;
}

/**
 * Every spelling's key with its edition, deduplicated, in rank order (ties go to the first).
 * Made on the first call (only an unknown reporter needs it), not at load.
 */
let TARGETS: readonly Target[] | undefined;

function targets(): readonly Target[] {
  return (TARGETS ??= makeTargets());
}

function makeTargets(): readonly Target[] {
  const seen = new Set<string>();
  const out: Target[] = [];
  const ranked = [...EDITIONS].sort((a, b) =>
    TYPE_RANK[a.type] - TYPE_RANK[b.type] || (a.end === null ? 0 : 1) - (b.end === null ? 0 : 1) || b.start - a.start);
  for (const e of ranked) {
    for (const s of e.nearSpellings) {
      const key = nearKey(s);
      const id = `${key}\u0000${e.abbreviation}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ key, edition: e });
    }
  }
  return out;
}

function isDigitChar(c: string): boolean {
  return c >= '0' && c <= '9';
}

function indelCost(c: string): number {
  return c === '.' || c === "'" ? 0.5 : 1;
}

function subCost(a: string, b: string): number {
  if (a === b) return 0;
  if (isDigitChar(a) && isDigitChar(b)) return Math.min(1, 0.25 + 0.25 * Math.abs(a.charCodeAt(0) - b.charCodeAt(0)));
  return 1;
}

// Three reusable rows of the alignment table (no allocation per comparison).
const WIDTH = MAX_INPUT + 64;
let prev2 = new Float64Array(WIDTH);
let prev = new Float64Array(WIDTH);
let cur = new Float64Array(WIDTH);

/** Weighted optimal-string-alignment distance; gives up (returns Infinity) past `limit`. */
export function nearDistance(a: string, b: string, limit = Infinity): number {
  const m = a.length;
  const n = Math.min(b.length, WIDTH - 1);
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1] + indelCost(b[j - 1]);
  for (let i = 1; i <= m; i++) {
    const ai = a[i - 1];
    cur[0] = prev[0] + indelCost(ai);
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const bj = b[j - 1];
      let d = Math.min(prev[j] + indelCost(ai), cur[j - 1] + indelCost(bj), prev[j - 1] + subCost(ai, bj));
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj && ai !== bj) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return Infinity;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/**
 * The canonical abbreviations closest to an unknown spelling, best first, at most `limit`
 * (e.g. `F.4d` → `F.4th`, `F.3d`, `F.2d`; `F. Sup. 3d` → `F. Supp. 3d`; `S. Ct` → `S. Ct.`).
 * Only close ones are offered (distance at most about a third of the length, and at least
 * 1.5); ties go to the more commonly cited kind of reporter and then to the current series.
 * Bounded work: the input is cut to 40 characters. Never throws.
 */
export function nearestReporters(asWritten: string, limit = 3): string[] {
  if (typeof asWritten !== 'string' || limit <= 0) return [];
  // Remembered per spelling and limit (a draft repeats its misspellings, check after check); bounded.
  const memoKey = `${limit}|${asWritten}`;
  const known = NEAREST_MEMO.get(memoKey);
  if (known) return known.slice();
  const found = computeNearest(asWritten, limit);
  if (NEAREST_MEMO.size >= 2048) NEAREST_MEMO.clear();
  if (asWritten.length <= 200) NEAREST_MEMO.set(detached(memoKey), found.slice());
  return found;
}

const NEAREST_MEMO = new Map<string, string[]>();

function computeNearest(asWritten: string, limit: number): string[] {
  const key = nearKey(asWritten);
  if (key === '') return [];
  const threshold = Math.max(1.5, 0.34 * key.length);
  const best = new Map<string, number>();
  const order: string[] = [];
  for (const t of targets()) {
    if (Math.abs(t.key.length - key.length) > threshold * 2) continue;
    const d = nearDistance(key, t.key, threshold);
    if (d > threshold) continue;
    const abbr = t.edition.abbreviation;
    const old = best.get(abbr);
    if (old === undefined) order.push(abbr);
    if (old === undefined || d < old) best.set(abbr, d);
  }
  // Stable sort keeps the rank order of TARGETS among equal distances.
  return order.sort((a, b) => (best.get(a) ?? 0) - (best.get(b) ?? 0)).slice(0, Math.floor(limit));
}
