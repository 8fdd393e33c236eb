/**
 * What a case citation (and a statute or rule) carries in `Citation.detail` beyond the JSON
 * fields: how it groups with its neighbours, and what the rules and the hover need. Not part of
 * the JSON contract.
 */
import type { Citation } from '../../types';
import type { ReporterForm } from './tables';

/**
 * Why a full citation has no court-and-year parenthetical read from it:
 * `none` — nothing follows; `other` — a parenthetical follows that is not one (it may still hold
 * the year, so the citation is not called incomplete); `unclosed` — a `(` with no `)`.
 */
export type ParentheticalState = 'court-year' | 'none' | 'other' | 'unclosed';

export interface CaseDetail {
  /**
   * The authority a citation belongs to (`a3`): parallel citations of one decision share it,
   * so `410 U.S. 113, 93 S. Ct. 705` is two `case` citations of one authority.
   */
  authority?: string;
  /** Position in the authority's parallel citations (0 for the first). */
  member?: number;
  /** How many parallel citations the authority has. */
  members?: number;
  /** The authority this one is subsequent history of (`aff'd`, `cert. denied`), and the words. */
  historyOf?: string;
  history?: string;
  /** The authority in whose explanatory parenthetical this one is cited (`(quoting …)`). */
  nestedIn?: string;
  /** The string citation (`s2`) the authority belongs to, and how many authorities it has. */
  string?: string;
  stringSize?: number;
  signal?: string;
  /** The emphasis marker (`*` or `_`) around the case name in the draft, if it is italicised. */
  nameMarker?: string;
  /** Whether the reporter is in the reporter table. */
  reporterKnown?: boolean;
  /** Whether a known reporter is written as the Bluebook writes it (white space runs read as one space). */
  reporterCanonical?: boolean;
  /** Key of the edition chosen from the volume, year and court. */
  edition?: string;
  form?: ReporterForm;
  /** Exact decision date as written (`Mar. 3, 2020`). */
  date?: string;
  docketNumber?: string;
  /** Early Supreme Court nominative report (`1 Cranch`). */
  nominative?: string;
  /** The court-and-year parenthetical comes before the reporter (California Style Manual form: `Baral v. Schnitt (2016) 1 Cal.5th 376`). */
  yearBeforeReporter?: boolean;
  /** For a full citation: what follows it (see ParentheticalState). */
  parenthetical?: ParentheticalState;
  /** The citation was split by a page break (PDF conversion): its volume is before the break. */
  splitAcrossPageBreak?: boolean;
  /** A later citation of the same volume, reporter and page without a parenthetical: a short form. */
  repeated?: boolean;
  /** `Id.` after a string of several authorities: the candidates (citation ids are set by resolve). */
  ambiguous?: boolean;
  /** `Id.` right after a record cite no extractor reads (`Smith Decl. ¶ 12; id. ¶ 14`): it refers to that. */
  afterRecordCite?: boolean;
  /**
   * A short form or `supra` joined by a semicolon to the authority before it (`…, 87 N.Y.2d 384
   * (1995); Cohen, supra, at 14`): one more authority of that string citation.
   */
  joinsString?: boolean;
  /** `Id.` after an ambiguous `Id.` (the first one is reported). */
  ambiguousChain?: boolean;
  /** For `Id.` resolved: the citations of the string it follows. */
  candidates?: string[];
  /** Statutes: the code (`U.S.C.`), its title, the sections cited. */
  code?: string;
  title?: string;
  sections?: string[];
}

export function caseDetail(c: { detail?: Record<string, unknown> }): CaseDetail {
  return (c.detail ?? NO_DETAIL) as CaseDetail;
}

/** The detail of a citation that has none: read only, shared (no object made per call). */
const NO_DETAIL: CaseDetail = Object.freeze({});

/** Whether a citation is the first (principal) citation of its authority. */
export function isPrincipal(c: Citation): boolean {
  return (caseDetail(c).member ?? 0) === 0;
}
