/**
 * What the case-citation code asks of the reporter table and the court table (`core/reporters`,
 * `core/courts`), in one place: the extractor, the rules and the hover use only these names, so a
 * change in the tables' inner shape touches this file alone.
 */
import {
  chooseEdition, courtFitsReporter, describeEdition, Edition, editionByKey, editionsOfReporter, impliedCourt, lookupCourt, matchReporterAt,
  nearestReporters, onCourtListener, publisherOf, yearsFit,
} from '../../reporters/index';
import type { Court, CourtFit, CourtMatch, YearFit } from '../../reporters/index';

export type { Court, CourtFit, CourtMatch, Edition, YearFit };

/** How a reporter is cited: a printed reporter, a public-domain (neutral) citation, or a database. */
export type ReporterForm = 'print' | 'neutral' | 'database';

export function formOf(edition: Edition): ReporterForm {
  return edition.type === 'neutral' ? 'neutral' : edition.type === 'database' ? 'database' : 'print';
}

/** A reporter spelling found in the text. */
export interface ReporterSpelling {
  /** Reader offset just after the spelling. */
  readonly end: number;
  /** The spelling as written (`F.Supp.3d`). */
  readonly asWritten: string;
  /** The Bluebook abbreviation of the first edition it may stand for (`F. Supp. 3d`). */
  readonly canonical: string;
  /** Whether it is written exactly as the Bluebook writes it (white space runs read as one space). */
  readonly isCanonical: boolean;
  /** Every edition the spelling may stand for (more than one when an abbreviation is shared). */
  readonly editions: readonly Edition[];
  /** A plain word (`Gray`, `Hill`): a reporter only in a citation with a year in a parenthetical (the prose rule). */
  readonly guarded: boolean;
}

export interface CaseTables {
  /** The longest known reporter spelling at `pos`, whitespace-flexible, ending at a word boundary. */
  matchReporterAt(text: string, pos: number): ReporterSpelling | undefined;
  /** The edition a citation means, from its volume, year and court; undefined when none fits the volume. */
  chooseEdition(editions: readonly Edition[], facts: { volume?: number; year?: number; court?: CourtMatch }): Edition | undefined;
  /** Real reporters nearest to an unknown spelling, best first. */
  nearestReporters(asWritten: string, limit: number): string[];
  /** The court a parenthetical names; `state` reads stateless forms (`Ct. App.` after `Cal. Rptr.`). */
  lookupCourt(courtText: string, state?: string): CourtMatch | undefined;
  courtFitsReporter(court: CourtMatch, edition: Edition, year?: number): CourtFit;
  /** The court a reporter implies when a citation names none (U.S. → the Supreme Court). */
  impliedCourt(edition: Edition): Court | undefined;
  /** `boundary`: just outside the series' years, within the tolerance around a change of series. */
  yearsFit(edition: Edition, year: number): YearFit;
  /** `Federal Reporter, Third Series (1993–2021)`. */
  describeEdition(edition: Edition): string;
  editionByKey(key: string): Edition | undefined;
  /** The other series of the same reporter (F.2d and F.4th for F.3d). */
  otherSeries(edition: Edition): Edition[];
  /** Who publishes a specialty, administrative or database reporter, where known. */
  publisher(edition: Edition): string | undefined;
  /** Whether CourtListener holds the edition (no databases, administrative decisions, topical services). */
  onCourtListener(edition: Edition): boolean;
}

/** The tables the case-citation code uses. */
export const TABLES: CaseTables = {
  matchReporterAt(text, pos) {
    const m = matchReporterAt(text, pos);
    if (!m || m.candidates.length === 0) return undefined;
    return { end: m.end, asWritten: m.text, canonical: m.candidates[0].abbreviation, isCanonical: m.canonical, editions: m.candidates, guarded: m.guarded };
  },
  chooseEdition: (editions, facts) => chooseEdition(editions, facts),
  nearestReporters: (asWritten, limit) => nearestReporters(asWritten, limit),
  lookupCourt: (courtText, state) => lookupCourt(courtText, state ? { state } : {}),
  courtFitsReporter: (court, edition, year) => courtFitsReporter(court, edition, year),
  impliedCourt: (edition) => impliedCourt(edition),
  yearsFit: (edition, year) => yearsFit(edition, year),
  describeEdition: (edition) => describeEdition(edition),
  editionByKey: (key) => editionByKey(key),
  otherSeries: (edition) => editionsOfReporter(edition.reporterKey).filter((e) => e.key !== edition.key),
  publisher: (edition) => publisherOf(edition),
  onCourtListener: (edition) => onCourtListener(edition),
};
