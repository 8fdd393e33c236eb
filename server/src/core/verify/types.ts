/**
 * The data of citation verification: what Brieflint asks CourtListener's citation lookup service
 * about, what the service answers, and what that means for each citation in a draft.
 *
 * Everything here is plain data, so the answers can be cached on disk, kept by the language
 * server between keystrokes and turned into findings again by a pure function whenever the
 * draft changes, without asking the service again.
 */

/** One opinion cluster as CourtListener describes it, trimmed to what Brieflint shows and compares. */
export interface Opinion {
  /** The case name CourtListener gives (`case_name`, or its short or full name when that is empty). */
  caseName: string;
  caseNameShort?: string;
  caseNameFull?: string;
  /** The opinion's page on CourtListener, as the service gives it (usually a path: `/opinion/123/roe-v-wade/`). */
  url?: string;
  /** `YYYY-MM-DD`. */
  dateFiled?: string;
  /** The court, when the answer names it (the public service's lookup answer usually does not). */
  court?: string;
  /** Every citation of the opinion (`60 F.3d 913`, parallel cites), as the service writes them. */
  citations: string[];
}

/**
 * What the service said about one volume–reporter–page:
 * - `found`: exactly one opinion (HTTP-style status 200);
 * - `ambiguous`: several opinions share the citation (300);
 * - `unknown-reporter`: the service does not know the reporter (400);
 * - `not-found`: the reporter is real but no opinion sits at that volume and page (404).
 */
export type LookupStatus = 'found' | 'ambiguous' | 'unknown-reporter' | 'not-found';

export interface LookupAnswer {
  status: LookupStatus;
  /** The opinions found (one for `found`, several for `ambiguous`, none otherwise). */
  opinions: Opinion[];
  /** The service's own words for `unknown-reporter` and `not-found`. */
  serviceMessage?: string;
}

/** What verification concluded about one citation of the draft. */
export type VerificationStatus = 'verified' | 'not-found' | 'ambiguous' | 'name-mismatch' | 'unknown-reporter';

export interface CitationVerification {
  /** The citation (`c3`) this is about. */
  citationId: string;
  /** The volume–reporter–page asked about (`60 F.3d 913`). */
  lookup: string;
  status: VerificationStatus;
  /** The opinion the citation names, when exactly one fits. */
  opinion?: Opinion;
  /** Every opinion the service found at the citation. */
  candidates: Opinion[];
  /** For short forms, `Id.` and `supra`: the full citation whose verification this repeats. */
  via?: string;
}

/** When the editor asks CourtListener: never, on every save, or only when the user runs the command. */
export type VerifyMode = 'off' | 'onSave' | 'onCommand';

/** The `brieflint.courtListener.*` settings. */
export interface CourtListenerSettings {
  verify: VerifyMode;
  /** The service's address, without the API path: the public service or a self-hosted one. */
  baseUrl: string;
}

export const PUBLIC_COURTLISTENER = 'https://www.courtlistener.com';

export const DEFAULT_COURTLISTENER_SETTINGS: CourtListenerSettings = {
  verify: 'off',
  baseUrl: PUBLIC_COURTLISTENER,
};
