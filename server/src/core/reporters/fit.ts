/**
 * Does a citation's year, court and volume fit an edition? And which edition does a shared
 * spelling name? Pure functions over the compiled table; none throws.
 */
import type { CourtMatch } from '../courts/index';
import { COURT_BY_ID } from '../courts/table';
import type { Court } from '../courts/types';
import type { Edition, Scope } from './types';

/** `yes`; `no`; or `boundary`: just outside the series' years (a December 1993 opinion in F.3d). */
export type YearFit = 'yes' | 'no' | 'boundary';
/** `yes`; `no`; or `unknown` when the table cannot tell (precision matters more than recall). */
export type CourtFit = 'yes' | 'no' | 'unknown';

/**
 * Whether an opinion of `year` can be reported in `edition`: `yes` inside the series' years,
 * `boundary` within a year of either end (three for editions whose years are approximate),
 * `no` beyond. A non-finite year gives `boundary` (nothing to flag).
 */
export function yearsFit(edition: Edition, year: number): YearFit {
  if (!Number.isFinite(year) || edition.undated) return 'boundary';
  const tolerance = edition.approximateYears ? 3 : 1;
  const { start, end } = edition;
  if (year >= start && (end === null || year <= end)) return 'yes';
  if (year >= start - tolerance && (end === null || year <= end + tolerance)) return 'boundary';
  return 'no';
}

/** Does a court selector (see `CourtSelector`) name this court? */
export function selectorMatches(selector: string, court: Court): boolean {
  if (selector === 'any') return true;
  const parts = selectorParts(selector);
  switch (parts[0]) {
    case 'federal':
      return court.system === 'federal' && (parts.length === 1 || court.level === parts[1]);
    case 'state':
      return court.system === 'state' && (parts.length < 2 || court.state === parts[1]) && (parts.length < 3 || court.level === parts[2]);
    case 'group':
      return court.group === parts[1];
    default:
      return court.id === selector;
  }
}

/** Selectors cut at their colons, once each (they come from the table: a few hundred). */
const SELECTOR_PARTS = new Map<string, readonly string[]>();

function selectorParts(selector: string): readonly string[] {
  let parts = SELECTOR_PARTS.get(selector);
  if (!parts) {
    if (SELECTOR_PARTS.size >= 4096) SELECTOR_PARTS.clear();
    SELECTOR_PARTS.set(selector, (parts = selector.split(':')));
  }
  return parts;
}

/** `yes` when a scope covers the court in that year; `edge` when it might (a year near a bound, or no year given); else `none`. */
function scopeFit(scopes: readonly Scope[], court: Court, year: number | undefined): 'yes' | 'edge' | 'none' {
  let result: 'yes' | 'edge' | 'none' = 'none';
  for (const scope of scopes) {
    const sel = typeof scope === 'string' ? scope : scope.courts;
    if (!selectorMatches(sel, court)) continue;
    if (typeof scope === 'string' || (scope.from === undefined && scope.until === undefined)) return 'yes';
    if (year === undefined || !Number.isFinite(year)) {
      result = 'edge';
      continue;
    }
    const from = scope.from ?? -Infinity;
    const until = scope.until ?? Infinity;
    if (year >= from && year <= until) return 'yes';
    if (year >= from - 1 && year <= until + 1) result = 'edge';
  }
  return result;
}

function fitOne(court: Court, edition: Edition, year: number | undefined): CourtFit {
  const published = scopeFit(edition.publishes, court, year);
  if (published === 'yes') return 'yes';
  if (published === 'edge') return 'unknown';
  if (scopeFit(edition.sometimes, court, year) !== 'none') return 'unknown';
  return 'no';
}

/**
 * Whether a court named in a citation's parenthetical fits the edition cited: `F. Supp.` with
 * `2d Cir.` → `no`; `U.S.` with `2d Cir.` → `no`; `N.E.2d` with `Cal.` → `no`; `F.2d` with
 * `S.D.N.Y.` in 1925 → `yes` (the Federal Reporter carried district courts until 1932);
 * `F.2d` with `S.D.N.Y.` and no year → `unknown`.
 *
 * `court` may be a `Court`, or a `CourtMatch` from `lookupCourt` (an ambiguous match is `yes`
 * or `no` only when every candidate agrees). Answers `unknown` for a missing court, and for
 * courts the edition carries only now and then.
 */
export function courtFitsReporter(court: Court | CourtMatch | undefined, edition: Edition, year?: number): CourtFit {
  if (!court || !edition) return 'unknown';
  if ('candidates' in court) {
    if (court.court) return fitOne(court.court, edition, year);
    const fits = court.candidates.map((c) => fitOne(c, edition, year));
    if (fits.length > 0 && fits.every((f) => f === 'yes')) return 'yes';
    if (fits.length > 0 && fits.every((f) => f === 'no')) return 'no';
    return 'unknown';
  }
  return fitOne(court, edition, year);
}

/** The court an edition implies when a citation names none (`U.S.` → the Supreme Court), if any. */
export function impliedCourt(edition: Edition): Court | undefined {
  return edition.implies ? COURT_BY_ID.get(edition.implies) : undefined;
}

/** What a citation says about itself, for `chooseEdition`. */
export interface CitationFacts {
  /** The volume as written (`60`, `2009`); for year forms, the year in the volume place. */
  readonly volume?: number | string;
  readonly year?: number;
  readonly court?: Court | CourtMatch;
}

/** Largest volume any volume-numbered reporter has; a number at or above it reads as a year. */
const YEARLIKE = 1600;

function volumeFits(e: Edition, volume: number | undefined): boolean {
  if (volume === undefined || !Number.isFinite(volume)) return true;
  if (e.volumeIsYear) return volume >= YEARLIKE && volume >= e.start - 1 && (e.end === null || volume <= e.end + 1);
  if (e.form === 'reporter-year-dash-number') return true;
  if (volume >= YEARLIKE) return false;
  if (e.volumes) return volume >= e.volumes[0] && (e.volumes[1] === null || volume <= e.volumes[1]);
  return true;
}

const YEAR_SCORE = { yes: 2, boundary: 1, no: 0 } as const;
const COURT_SCORE = { yes: 2, unknown: 1, no: 0 } as const;

/**
 * Picks the edition a spelling names, from `matchReporterAt(...).candidates`, given what the
 * citation says. The volume decides shared spellings: `2009 Ark. 190` is the public-domain
 * form (the volume is a year), `350 Ark. 12` the Arkansas Reports; a volume outside an
 * edition's known volumes rules it out. Among editions that remain, the one whose years and
 * court fit best wins; ties go to table order. Undefined when no candidate fits the volume.
 */
export function chooseEdition(candidates: readonly Edition[], facts: CitationFacts = {}): Edition | undefined {
  const volume = typeof facts.volume === 'string' ? Number.parseInt(facts.volume, 10) : facts.volume;
  // Most spellings name one edition: nothing to weigh.
  if (candidates.length === 1) return volumeFits(candidates[0], volume) ? candidates[0] : undefined;
  const fitting = candidates.filter((e) => volumeFits(e, volume));
  if (fitting.length <= 1) return fitting[0];
  let best: Edition | undefined;
  let bestScore = -1;
  for (const e of fitting) {
    const year = facts.year !== undefined ? YEAR_SCORE[yearsFit(e, facts.year)] : 1;
    const court = facts.court ? COURT_SCORE[courtFitsReporter(facts.court, e, facts.year)] : 1;
    const score = year * 3 + court;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/**
 * For the early Supreme Court reporters, the U.S. Reports volume a nominative volume became
 * (`1 Cranch` → 5, `1 Wall.` → 68); undefined for other editions or volumes out of range.
 */
export function usVolumeFor(edition: Edition, volume: number): number | undefined {
  if (!edition.usVolumes || !edition.volumes) return undefined;
  const [first, last] = edition.volumes;
  if (!Number.isInteger(volume) || volume < first || (last !== null && volume > last)) return undefined;
  return edition.usVolumes[0] + (volume - first);
}

/** Hover text for an edition: `Federal Reporter, Third Series (1993–2021)`, `Federal Reporter, Fourth Series (2021–present)`. */
export function describeEdition(edition: Edition): string {
  if (edition.undated) return edition.name;
  const about = edition.approximateYears ? 'about ' : '';
  return `${edition.name} (${about}${edition.start}\u2013${edition.end ?? 'present'})`;
}
