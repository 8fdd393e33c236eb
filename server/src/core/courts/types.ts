/**
 * Types of the court table: the courts a citation parenthetical can name.
 *
 * The data lives in `data.ts`; `table.ts` compiles it once into lookup maps.
 */

/**
 * Federal or state (the District of Columbia and the territories count as states here); courts-db
 * adds tribal, international and other courts, which only `any` or their id selects.
 */
export type CourtSystem = 'federal' | 'state' | 'tribal' | 'international' | 'other';

/**
 * Where a court sits in its system.
 *
 * - `supreme`: the U.S. Supreme Court; a state's court of last resort (Texas and Oklahoma have two).
 * - `appellate`: a federal court of appeals (the numbered circuits, D.C. Cir., Fed. Cir.).
 * - `intermediate`: a state intermediate appellate court (N.Y. App. Div., Cal. Ct. App., Tex. App.).
 * - `trial`: a federal district court (and the old federal circuit courts), or a state trial court.
 * - `bankruptcy`: a bankruptcy court or a bankruptcy appellate panel.
 * - `specialty`: a federal court of limited subject matter (Fed. Cl., Ct. Int'l Trade, T.C.,
 *   J.P.M.L., the military courts, ...).
 */
export type CourtLevel = 'supreme' | 'appellate' | 'intermediate' | 'trial' | 'bankruptcy' | 'specialty';

/** One court, compiled. */
export interface Court {
  /** Stable id, e.g. `ca2`, `nysd`, `bankr-nysd`, `ny`, `ny-app-div`, `ca-ct-app`. */
  readonly id: string;
  /** The Bluebook abbreviation as it appears in a parenthetical: `2d Cir.`, `S.D.N.Y.`, `Mass.`. */
  readonly abbreviation: string;
  /** Other full spellings that name this court (`2nd Cir.`, `Cal. App.`, `Fla. 3d DCA`). */
  readonly variants: readonly string[];
  /**
   * Forms without the state, used when the reporter already names the state
   * (`Ct. App.` after `Cal. Rptr. 3d`, `App. Div.` after `N.Y.S.3d` or `N.J. Super.`).
   */
  readonly shortForms: readonly string[];
  /** Full name, for hovers. */
  readonly name: string;
  readonly system: CourtSystem;
  readonly level: CourtLevel;
  /** USPS code of the state (also `DC`, `PR`, `VI`, `GU`, `MP`) for state courts and federal district-level courts. */
  readonly state?: string;
  /** `1`…`11`, `DC` or `Fed` for federal courts of appeals, district, bankruptcy courts and BAPs. */
  readonly circuit?: string;
  /** A family a reporter may publish as a whole: `military`. */
  readonly group?: string;
  /** True for a court made up from a state and a generic trial-court name (`Pa. Ct. Com. Pl.`). */
  readonly generic?: boolean;
  /** Its id in courts-db (`nysd`, `calctapp`), when courts-db has it. */
  readonly courtsDbId?: string;
  /** The court this one is part of (courts-db's `parent`), as an id of this table. */
  readonly parent?: string;
  /** First and last year it sat, from courts-db (`end` absent: still sitting or not known). */
  readonly start?: number;
  readonly end?: number;
  /** `brieflint` (curated, `data.ts`) or `courts-db` (added from `generated.ts`). */
  readonly source: 'brieflint' | 'courts-db';
}

/** A state court other than the court of last resort, as written in the data. */
export interface StateCourtData {
  /** What follows the state abbreviation: `Ct. App.` makes `Cal. Ct. App.`. */
  readonly suffix: string;
  readonly name: string;
  readonly level: 'supreme' | 'intermediate' | 'trial';
  /** Id; defaults to `<state>-<suffix slug>`. */
  readonly id?: string;
  /** Other full spellings. */
  readonly variants?: readonly string[];
  /** Stateless forms besides the suffix itself (the suffix is always one). */
  readonly short?: readonly string[];
}

/** A federal district, as written in the data: prefix `sd` + state `NY` is `S.D.N.Y.`. */
export interface DistrictData {
  /** `d` (the District of …), `nd`, `ed`, `sd`, `wd`, `md`, `cd`. */
  readonly part: 'd' | 'nd' | 'ed' | 'sd' | 'wd' | 'md' | 'cd';
  /** Bluebook abbreviation: `S.D.N.Y.`, `D. Mass.`, `N.D. W. Va.`. */
  readonly abbreviation: string;
  /** True for districts that no longer exist (cited in older opinions). */
  readonly historical?: boolean;
}

/** A state (or D.C., or a territory) with its courts and its federal districts. */
export interface StateData {
  readonly code: string;
  readonly name: string;
  /** Bluebook (T10) abbreviation; alone in a parenthetical it names the court of last resort. */
  readonly abbreviation: string;
  /** Federal circuit the state's districts belong to. */
  readonly circuit: string;
  /** Name of the court of last resort. */
  readonly highest: string;
  /** Other spellings of the court of last resort (`N.Y. Ct. App.`). */
  readonly highestVariants?: readonly string[];
  readonly courts: readonly StateCourtData[];
  readonly districts: readonly DistrictData[];
}

/** A federal court that is not a district, bankruptcy or old circuit court, as written in the data. */
export interface FederalCourtData {
  readonly id: string;
  readonly abbreviation: string;
  readonly name: string;
  readonly level: CourtLevel;
  readonly circuit?: string;
  readonly group?: string;
  readonly variants?: readonly string[];
}
