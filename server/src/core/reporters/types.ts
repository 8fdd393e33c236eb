/**
 * Types of the reporter table. The data lives in `generated.ts` (`npm run data:reporters`); `table.ts` compiles it once.
 *
 * A *reporter* is a publication (Federal Reporter); an *edition* is one of its series
 * (F., F.2d, F.3d, F.4th), each with its own canonical abbreviation and years.
 */

/** What kind of publication a reporter is. */
export type ReporterType =
  /** U.S. Reports, S. Ct., L. Ed., and the early nominative reports (Cranch, Wheat., ...). */
  | 'supreme-court'
  /** Reporters of the federal courts of appeals: F., F.2d–F.4th, F. App'x, App. D.C. */
  | 'federal-appellate'
  /** Reporters of the federal district courts: F. Supp., F.R.D., B.R., F. Cas. */
  | 'federal-district'
  /** Reporters of one federal specialty court (Fed. Cl., T.C., M.J., Ct. Int'l Trade) and topical federal services (U.S.P.Q., Fed. R. Serv.). */
  | 'federal-specialty'
  /** A state's own reports (Cal. 4th, N.Y.3d, A.D.3d, Ill. App. 3d, Mass.). */
  | 'state-official'
  /** West's National Reporter System units for the states: the seven regional reporters, plus Cal. Rptr., N.Y.S. and Ill. Dec. */
  | 'regional'
  /** Public-domain (vendor-neutral) citations: `2010-NMSC-007`, `2014 IL App (2d) 120583`, `2020 WI 5`. */
  | 'neutral'
  /** Database and slip-opinion citations: `2020 WL 1234567`, `2019 U.S. Dist. LEXIS 12345`, `2018 N.Y. Slip Op. 01234`. */
  | 'database'
  /** Reports of courts outside the United States: the English Reports (`97 Eng. Rep. 1035`). */
  | 'foreign';

/**
 * The shape of a citation to the edition, for the extractor.
 *
 * - `volume-reporter-page`: `60 F.3d 913`.
 * - `year-reporter-number`: the volume is the year and the page is a document number:
 *   `2009 Ark. 190`, `2019 ND 12`, `2014 IL App (2d) 120583` (the district is part of the
 *   reporter spelling), `2020 WL 1234567`, `2019 U.S. Dist. LEXIS 12345`.
 * - `year-dash-reporter-dash-number`: `2010-NMSC-007`, `2019-Ohio-1234` (no spaces, hyphens).
 * - `reporter-year-dash-number`: no volume before the reporter: `T.C. Memo. 2019-12`.
 */
export type CitationForm =
  | 'volume-reporter-page'
  | 'year-reporter-number'
  | 'year-dash-reporter-dash-number'
  | 'reporter-year-dash-number';

/**
 * A set of courts, written as a string:
 *
 * - `any`: every court;
 * - `federal`, `federal:<level>`: federal courts (levels: `supreme`, `appellate`, `trial`,
 *   `bankruptcy`, `specialty`);
 * - `state`, `state:<XX>`, `state:<XX>:<level>`: state courts, of one state (USPS code), of one
 *   level (`supreme`, `intermediate`, `trial`);
 * - `group:<name>`: a family of courts (`group:military`);
 * - otherwise a court id from the court table (`cit`, `jpml`, `ny-app-div`).
 */
export type CourtSelector = string;

/** A court set limited to decisions of some years (inclusive). */
export interface DatedSelector {
  readonly courts: CourtSelector;
  readonly from?: number;
  readonly until?: number;
}

export type Scope = CourtSelector | DatedSelector;

/** One edition (series) of a reporter, as written in the data. */
export interface EditionData {
  /** Canonical (Bluebook) abbreviation: `F. Supp. 2d`. */
  readonly abbreviation: string;
  /** Stable key; defaults to a slug of the abbreviation (`f-supp-2d`). */
  readonly key?: string;
  /** Full name of the series; defaults to the reporter's name. */
  readonly name?: string;
  /** First year of decisions it reports. */
  readonly start: number;
  /** Last year, or null when the series is current. */
  readonly end: number | null;
  /** The years are known only roughly: `yearsFit` answers `boundary` rather than `no` a little further out. */
  readonly approximateYears?: boolean;
  /** The source gives no years (reporters-db's 1750 placeholder): `yearsFit` never answers `no`. */
  readonly undated?: boolean;
  /** Variant spellings people type (`F.3rd` and `F.2nd` forms are derived; spacing is always flexible). */
  readonly variants?: readonly string[];
  /** reporters-db's variants of an edition Brieflint curates: matched, not offered as near spellings. */
  readonly moreVariants?: readonly string[];
  /** Canonical spellings when they are not just the abbreviation (`IL App (1st)`, …, `IL App (5th)`). */
  readonly spellings?: readonly string[];
  /** Citation shape; default `volume-reporter-page`. */
  readonly form?: CitationForm;
  /** A service cited by paragraph number rather than page (`141 FERC ¶ 61,049`). */
  readonly paragraphs?: boolean;
  /** Its abbreviation reads as prose (`Div.`, `ML`: the prose rule): listed, never matched in text. */
  readonly unread?: boolean;
  /** First and last volume (null: still growing), when needed to tell editions apart or to map them. */
  readonly volumes?: readonly [number, number | null];
  /** For the early Supreme Court reporters: the U.S. Reports volumes they became (`Cranch` 1–9 → 5–13 U.S.). */
  readonly usVolumes?: readonly [number, number];
  /** Courts that publish in this edition; defaults to the reporter's. */
  readonly publishes?: readonly Scope[];
  /** Courts that appear now and then; a citation naming one is neither confirmed nor flagged. */
  readonly sometimes?: readonly Scope[];
  /** Court id the edition implies when a citation names no court (`scotus` for U.S.). */
  readonly implies?: string;
  readonly note?: string;
}

/** One reporter, as written in the data. */
export interface ReporterData {
  /** Stable key: `f-supp`. */
  readonly key: string;
  /** Full name: `Federal Supplement`. */
  readonly name: string;
  readonly type: ReporterType;
  /** Courts that publish in it (see `CourtSelector`). */
  readonly publishes: readonly Scope[];
  readonly sometimes?: readonly Scope[];
  /** Court id the reporter implies when a citation names no court. */
  readonly implies?: string;
  readonly editions: readonly EditionData[];
  readonly note?: string;
  /** Where an entry not curated by Brieflint comes from: `reporters-db:<key>` (`#<n>` for the n-th entry of a key). */
  readonly source?: string;
}

/** One edition, compiled: what the lookups return. */
export interface Edition {
  /** Stable key: `f-supp-2d`. */
  readonly key: string;
  readonly reporterKey: string;
  /** Full name of the reporter: `Federal Supplement`. */
  readonly reporterName: string;
  /** Canonical abbreviation: `F. Supp. 2d`. */
  readonly abbreviation: string;
  /** Full name of the series: `Federal Supplement, Second Series`. */
  readonly name: string;
  readonly type: ReporterType;
  readonly start: number;
  readonly end: number | null;
  readonly approximateYears: boolean;
  /** No years known (`start` is then a placeholder): nothing is flagged for the year. */
  readonly undated: boolean;
  readonly form: CitationForm;
  /** Cited by paragraph number (`¶ 61,049`, `P 61,049`, `par. 61,049`) rather than page. */
  readonly paragraphs: boolean;
  /** Never matched in text: its abbreviation reads as prose (`Div.`, `ML`). */
  readonly unread: boolean;
  /** True for forms whose volume is a year (`2009 Ark. 190`, `2020 WL 1234567`). */
  readonly volumeIsYear: boolean;
  readonly volumes?: readonly [number, number | null];
  readonly usVolumes?: readonly [number, number];
  /** Canonical spellings (usually just the abbreviation). */
  readonly spellings: readonly string[];
  /** Variant spellings, including derived ones (`F.3rd`). */
  readonly variants: readonly string[];
  /** The spellings `nearestReporters` compares an unknown one with: canonical ones and Brieflint's variants. */
  readonly nearSpellings: readonly string[];
  readonly publishes: readonly Scope[];
  readonly sometimes: readonly Scope[];
  /** Court id implied when a citation names no court. */
  readonly implies?: string;
  /** The one state whose courts publish in this edition, if there is one (for stateless court forms). */
  readonly state?: string;
  readonly note?: string;
}
