/**
 * The reporter table and its lookups — the part of the core that knows what `F. Supp. 2d`,
 * `N.Y.3d` or `2014 IL App (2d) 120583` are.
 *
 * Typical use by an extractor, after it has read a volume number at `v` and skipped spaces to `p`:
 *
 * ```ts
 * const m = matchReporterAt(text, p);                      // longest spelling at p, or undefined
 * if (m) {
 *   const edition = chooseEdition(m.candidates, { volume, year, court });
 *   if (!m.canonical) {...}                                 // reporter-nonstandard: fix to edition.abbreviation
 *   yearsFit(edition, year);                                // reporter-date-mismatch
 *   const court = lookupCourt(courtText, { state: edition.state });
 *   courtFitsReporter(court, edition, year);                // court-reporter-mismatch
 *   impliedCourt(edition);                                  // citation-incomplete when no court and none implied
 * } else {
 *   nearestReporters(writtenAbbreviation);                  // reporter-unknown: did you mean …
 * }
 * ```
 *
 * Everything here is pure, never throws on user text, and does bounded work per call. The data
 * lives in `generated.ts` (written by `npm run data:reporters` from reporters-db and Brieflint's
 * curated data), the court table in `../courts/`; both are compiled once at module load.
 */
import { COURTS, COURT_BY_ID } from '../courts/table';
import { selectorMatches } from './fit';
import { EDITION_PUBLISHERS, NOT_ON_COURTLISTENER, SHARED_SPELLINGS } from './generated';
import { EDITIONS, EDITIONS_BY_CANONICAL, EDITION_BY_KEY, REPORTERS, SPELLING_COUNT, collapseSpaces } from './table';
import type { Edition, ReporterData, Scope } from './types';

export type { CitationForm, CourtSelector, DatedSelector, Edition, EditionData, ReporterData, ReporterType, Scope } from './types';
export { matchReporterAt } from './match';
export type { ReporterMatch } from './match';
export { nearestReporters } from './nearest';
export { chooseEdition, courtFitsReporter, describeEdition, impliedCourt, usVolumeFor, yearsFit } from './fit';
export type { CitationFacts, CourtFit, YearFit } from './fit';
export { lookupCourt, splitCourtAndDate, courtById, allCourts, stateByCode } from '../courts/index';
export type { Court, CourtLevel, CourtMatch, CourtSystem, LookupCourtOptions, CourtAndDate } from '../courts/index';

/** Every edition (series) in the table, in data order. */
export function allEditions(): readonly Edition[] {
  return EDITIONS;
}

/** Every reporter as written in the data. */
export function allReporters(): readonly ReporterData[] {
  return REPORTERS;
}

/** The editions (series) of one reporter, by the reporter's key, in table order. */
export function editionsOfReporter(reporterKey: string): readonly Edition[] {
  return EDITIONS_BY_REPORTER.get(reporterKey) ?? [];
}

const EDITIONS_BY_REPORTER: ReadonlyMap<string, readonly Edition[]> = (() => {
  const map = new Map<string, Edition[]>();
  for (const e of EDITIONS) {
    const list = map.get(e.reporterKey);
    if (list) list.push(e);
    else map.set(e.reporterKey, [e]);
  }
  return map;
})();

/** An edition by its stable key (`f-supp-2d`, `ark-neutral`). */
export function editionByKey(key: string): Edition | undefined {
  return EDITION_BY_KEY.get(key);
}

/**
 * The edition whose canonical abbreviation this is (`F. Supp. 2d`; spacing is normalized but
 * otherwise exact). For the few spellings two editions share (`Ark.`, `Ark. App.`, `Ohio`) it
 * returns the first in the table (the reports); see `editionsByCanonical` and `chooseEdition`.
 */
export function editionByCanonical(abbreviation: string): Edition | undefined {
  return editionsByCanonical(abbreviation)[0];
}

/** Every edition whose canonical abbreviation this is. */
export function editionsByCanonical(abbreviation: string): readonly Edition[] {
  if (typeof abbreviation !== 'string') return [];
  return EDITIONS_BY_CANONICAL.get(collapseSpaces(abbreviation)) ?? [];
}

const PUBLISHER_BY_KEY: ReadonlyMap<string, string> = new Map(EDITION_PUBLISHERS);
const ABSENT_FROM_COURTLISTENER: ReadonlySet<string> = new Set(NOT_ON_COURTLISTENER);

/** Who publishes a specialty, administrative or database reporter (`Bloomberg BNA` for `U.S.P.Q.2d (BNA)`), where the data says. */
export function publisherOf(edition: Edition): string | undefined {
  return PUBLISHER_BY_KEY.get(edition.key);
}

/**
 * Whether CourtListener holds the edition, so that its citation look-up can find a case in it:
 * not for databases, administrative decisions and topical services (data/brieflint/courtlistener.mjs).
 */
export function onCourtListener(edition: Edition): boolean {
  return !ABSENT_FROM_COURTLISTENER.has(edition.key);
}

/** A spelling several editions share, and how the table tells them apart. */
export interface SharedSpelling {
  /** The spelling without white space (`Ark.`, `Wash.Rep.`). */
  readonly spelling: string;
  /** Keys of the editions that share it, in table order. */
  readonly editions: readonly string[];
  /**
   * `volume-is-year` (`2009 Ark. 190` is the public-domain form, `350 Ark. 12` the reports),
   * `years` (their years do not meet: the citation's year decides), `courts` (different states,
   * or federal and state: the citation's court decides; with no court, the first in the table);
   * joined with `+` when the editions differ by several.
   */
  readonly how: string;
}

/** Every spelling several editions share (recorded when the table is generated). */
export function sharedSpellings(): readonly SharedSpelling[] {
  return SHARED_SPELLINGS.map(([spelling, editions, how]) => ({ spelling, editions, how }));
}

/** Sizes of the table, for documentation and tests. */
export interface TableStats {
  readonly reporters: number;
  readonly editions: number;
  /** Distinct spellings the matcher knows (canonical and variant, whitespace-normalized). */
  readonly spellings: number;
  /** Variant spellings listed or derived (not counting canonical ones). */
  readonly variants: number;
  readonly courts: number;
}

export function tableStats(): TableStats {
  return {
    reporters: REPORTERS.length,
    editions: EDITIONS.length,
    spellings: SPELLING_COUNT,
    variants: EDITIONS.reduce((n, e) => n + e.variants.length, 0),
    courts: COURTS.length,
  };
}

function selectorProblem(selector: string): string | undefined {
  if (selector === 'any' || selector === 'federal' || selector === 'state') return undefined;
  const parts = selector.split(':');
  if (parts[0] === 'federal') {
    return ['supreme', 'appellate', 'trial', 'bankruptcy', 'specialty'].includes(parts[1]) && parts.length === 2 ? undefined : `bad selector ${selector}`;
  }
  if (parts[0] === 'state') {
    if (!COURTS.some((c) => c.state === parts[1] && c.system === 'state')) return `no state ${parts[1]} in ${selector}`;
    if (parts.length === 3 && !['supreme', 'intermediate', 'trial'].includes(parts[2])) return `bad level in ${selector}`;
    if (parts.length > 3) return `bad selector ${selector}`;
    return undefined;
  }
  if (parts[0] === 'group') return COURTS.some((c) => c.group === parts[1]) ? undefined : `no court in ${selector}`;
  return COURT_BY_ID.has(selector) ? undefined : `unknown court id ${selector}`;
}

/** Do two editions that share a spelling have a declared way to be told apart? */
function distinguishable(a: Edition, b: Edition): boolean {
  if (a.volumeIsYear !== b.volumeIsYear) return true;
  if (a.volumes && b.volumes) {
    const [a1, a2] = a.volumes;
    const [b1, b2] = b.volumes;
    if ((a2 !== null && a2 < b1) || (b2 !== null && b2 < a1)) return true;
  }
  if ((a.end !== null && a.end < b.start) || (b.end !== null && b.end < a.start)) return true;
  const overlap = COURTS.some((c) => a.publishes.some((s) => selectorMatches(typeof s === 'string' ? s : s.courts, c))
    && b.publishes.some((s) => selectorMatches(typeof s === 'string' ? s : s.courts, c)));
  return !overlap;
}

/**
 * Checks the table itself and returns one line per problem (empty when sound): unique keys,
 * names, years in order, court selectors and implied courts that exist, and shared spellings
 * that can be told apart.
 */
export function validateTable(): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  const reporterKeys = new Set<string>();
  for (const r of REPORTERS) {
    if (reporterKeys.has(r.key)) problems.push(`duplicate reporter key ${r.key}`);
    reporterKeys.add(r.key);
    if (r.editions.length === 0) problems.push(`${r.key}: no editions`);
  }
  for (const e of EDITIONS) {
    const where = `${e.key} (${e.abbreviation})`;
    if (keys.has(e.key)) problems.push(`duplicate edition key ${e.key}`);
    keys.add(e.key);
    if (!e.name.trim() || !e.reporterName.trim()) problems.push(`${where}: no name`);
    if (!Number.isInteger(e.start) || e.start < 1600 || e.start > 2100) problems.push(`${where}: bad start ${e.start}`);
    if (e.end !== null && (!Number.isInteger(e.end) || e.end < e.start || e.end > 2100)) problems.push(`${where}: bad end ${e.end}`);
    if (e.spellings.length === 0) problems.push(`${where}: no spelling`);
    if (e.publishes.length === 0) problems.push(`${where}: no courts publish in it`);
    for (const scope of [...e.publishes, ...e.sometimes] as Scope[]) {
      const sel = typeof scope === 'string' ? scope : scope.courts;
      const p = selectorProblem(sel);
      if (p) problems.push(`${where}: ${p}`);
      if (typeof scope !== 'string' && scope.from !== undefined && scope.until !== undefined && scope.from > scope.until) {
        problems.push(`${where}: dated selector ${sel} runs backwards`);
      }
    }
    if (e.implies && !COURT_BY_ID.has(e.implies)) problems.push(`${where}: implied court ${e.implies} not in the court table`);
    if (e.volumes && e.volumes[1] !== null && e.volumes[1] < e.volumes[0]) problems.push(`${where}: volumes run backwards`);
    if (e.usVolumes && (!e.volumes || e.usVolumes[1] - e.usVolumes[0] !== (e.volumes[1] ?? 0) - e.volumes[0])) {
      problems.push(`${where}: U.S. volumes do not line up with its volumes`);
    }
  }
  // Shared spellings (after whitespace normalization) must be distinguishable.
  const bySpelling = new Map<string, Edition[]>();
  for (const e of EDITIONS) {
    for (const s of [...e.spellings, ...e.variants]) {
      const k = collapseSpaces(s).replace(/ /g, '');
      const list = bySpelling.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      bySpelling.set(k, list);
    }
  }
  for (const [spelling, list] of bySpelling) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (!distinguishable(list[i], list[j])) problems.push(`spelling ${spelling} is shared by ${list[i].key} and ${list[j].key} with no way to tell them apart`);
      }
    }
  }
  return problems;
}
