import type { SourceProblem } from '../../types';

/** One entry a docket cite names: `293`, `12-1` (attachment 1 of entry 12), `12–14` (a range). */
export interface DocketEntryRef {
  /** The entry number: `12`. */
  entry: string;
  /** The attachment number, for `12-1`. */
  attachment?: string;
  /** The last entry of a range, for `12–14`. */
  through?: string;
  /** As a reader writes it: `12-1`, `12–14`. */
  text: string;
}

/** What `docket-pin-format` needs to know about a docket pin cite (its offsets are in `parts`). */
export interface DocketPinDetail {
  kind: 'page' | 'page-line' | 'paragraph' | 'pageid';
  /** `¶` or `¶¶`, for paragraph pins. */
  mark?: string;
  spaceAfterMark: boolean;
  /** How many pages or paragraphs the pin names (a range counts as several). */
  count: number;
  /** How many ranges are joined with a hyphen rather than an en dash (`parts.pinHyphen0`, …). */
  hyphens: number;
  /** The pin is written before the cite: `Pl.'s Mot. at 5 (ECF No. 15)`. */
  before: boolean;
}

/** `detail` of a `docket` citation. */
export interface DocketCiteDetail {
  /** The style compared across the draft: the family, plus ` #` when written with `#`. */
  style: string;
  /** The style family (`Dkt. No.`), see `styles.ts`. */
  family: string;
  hash: boolean;
  /** The words were written in the plural (`ECF Nos.`). */
  plural: boolean;
  /** The words as the reader text has them (`Dkt. No.`). */
  words: string;
  /** The reader text from the first word to the first number (`Dkt. No. `, `DE #`). */
  lead: string;
  entries: DocketEntryRef[];
  pin?: DocketPinDetail;
}

/** `detail` of a `case-number` citation: the parts its form has. */
export interface CaseNumberDetail {
  /**
   * `district`: a federal district court number (`1:23-cv-08292-SHS`);
   * `sdny`: the older Southern District form (`23 Civ. 8292`);
   * `year-sequence`: year and sequence only (`19-1234`: courts of appeals, bankruptcy courts, D.D.C.);
   * `mdl`: a multidistrict litigation number (`MDL No. 2741`);
   * `ny-index`: a New York Supreme Court index number (`651872/2023`);
   * `texas-appeal`: a Texas court of appeals number (`14-23-00418-CV`; `office` is the court);
   * `california`: a California superior court number (`23STCV18842`; `office` is the courthouse).
   */
  form: 'district' | 'sdny' | 'year-sequence' | 'mdl' | 'ny-index' | 'texas-appeal' | 'california';
  /** The number without `No.` and without the parentheticals. */
  number: string;
  /** Divisional office (`1` in `1:23-cv-08292`), Texas court of appeals (`14`), California courthouse (`ST`). */
  office?: string;
  /** The year the case was filed, in full. */
  year?: number;
  /** Case type as written (`cv`, `Civ.`, `cr`, `md`). */
  type?: string;
  /** What the type means (`civil`, `criminal`). */
  typeName?: string;
  /** The case's sequence number in its year, as written (`08292`). */
  sequence: string;
  /** Judge initials, from the number (`-SHS`) or a parenthetical (`(PKC)`). */
  judges: string[];
  /** The defendant number of a criminal case (`-1` in `2:19-cr-00123-ABC-1`). */
  defendant?: string;
  /** The court as its parenthetical names it (`S.D.N.Y.`), with its full name when known. */
  court?: string;
  courtName?: string;
  /** A date in the court parenthetical (`S.D.N.Y. Mar. 3, 2021`). */
  date?: string;
}

/** One entry of a docket list (`docket.csv` or a RECAP docket export). */
export interface DocketEntry {
  entry: string;
  /** The filing date as ISO `YYYY-MM-DD` when it could be read, else as written. */
  date?: string;
  description?: string;
  /** Attachments the list names, by number (RECAP lists them with the documents). */
  attachments?: Map<string, string>;
  path: string;
  /** 0-based line in the list file. */
  line: number;
}

export interface DocketList {
  path: string;
  entries: Map<string, DocketEntry>;
  problems: SourceProblem[];
  /** `csv` or `recap` (a CourtListener RECAP docket in JSON). */
  format?: 'csv' | 'recap';
  /** What the list says about its case (RECAP exports carry them). */
  caseName?: string;
  docketNumber?: string;
  /** CourtListener's court id (`nysd`). */
  court?: string;
  /**
   * False when the list is known to be partial (one page of a paginated download): an entry
   * missing from it may still be on the docket, so `docket-unresolved` stays silent.
   */
  complete?: boolean;
}

declare module '../../types' {
  interface CheckSources {
    /** The docket list (`docket.csv` or a RECAP docket export). */
    docketList?: DocketList;
  }
}
