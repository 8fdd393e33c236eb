/**
 * The plain data every layer shares. Offsets are UTF-16 code-unit offsets into the document
 * text, end exclusive. Extractors produce these in reader offsets; the pipeline maps them to
 * source offsets before anything leaves core.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * What a citation is (the JSON contract's `kind`). Each kind belongs to one citation family
 * (`families/registry.ts` says which); `id` belongs to every family, as `Id.` refers to any.
 */
export type CitationKind =
  | 'case'
  | 'case-short'
  | 'id'
  | 'supra'
  | 'docket'
  | 'case-number'
  | 'exhibit'
  | 'statute'
  | 'regulation'
  | 'rule'
  | 'constitution'
  | 'session-law'
  | 'secondary'
  | 'legislative'
  | 'record';

export interface Span {
  start: number;
  end: number;
}

/** One citation found in a draft. Kind-specific fields are left out when they do not apply. */
export interface Citation extends Span {
  /** `c1`, `c2`, … in document order. */
  id: string;
  kind: CitationKind;
  /** The citation as a reader sees it (markup and escapes read through). */
  text: string;
  // Cases (full and short forms).
  caseName?: string;
  volume?: string;
  /** Canonical abbreviation of the reporter (`F. Supp. 3d`). */
  reporter?: string;
  /** The reporter as the draft spells it (`F.Supp.3d`). */
  reporterAsWritten?: string;
  page?: string;
  pinCite?: string;
  court?: string;
  year?: number;
  /** For short forms, `Id.` and `supra`: the id of the citation they refer to. */
  antecedent?: string;
  // Docket references.
  entry?: string;
  // Exhibits.
  exhibits?: string[];
  bates?: string[];
  /** Named sub-spans in source offsets (`reporter`, `pinCite`, `bates0`, …); not part of the JSON contract. */
  parts?: Record<string, Span>;
  /** Extra, kind-specific detail for hovers and rules; not part of the JSON contract. */
  detail?: Record<string, unknown>;
}

/**
 * A text edit in source offsets. Without `path` it edits the draft; with `path` it edits that
 * file (an exhibit list, say), offsets into that file's text; `create` makes the file first.
 */
export interface Edit extends Span {
  newText: string;
  path?: string;
  create?: boolean;
}

/** A fix that can be made safely: its edits and a title that says what it does. */
export interface Fix {
  title: string;
  /** What it changes; empty for a fix of every finding of a code (`all`), whose edits are made when asked for. */
  edits: Edit[];
  /** The one fix an editor may apply without asking (at most one per finding). */
  preferred?: boolean;
  /**
   * Set on a fix that edits the whole draft for one rule ("Change the 40 docket cites in other
   * styles", "Renumber all exhibits"): it carries no edits, so that N findings do not carry N
   * copies of an N-edit list. `resolveFixAll` (`core/fixAll.ts`) makes its edits from the check
   * when a user or a report asks for them.
   */
  all?: { code: string };
}

export interface RelatedLocation extends Span {
  message: string;
}

/** One problem found in a draft. */
export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  related?: RelatedLocation[];
  /** Ids of the citations the finding is about. */
  citations?: string[];
}

/** A problem in a file a draft depends on (an exhibit list, a docket list, `.brieflint.json`), at its line. */
export interface SourceProblem {
  path: string;
  /** 0-based line and column in that file. */
  line: number;
  column: number;
  code: string;
  message: string;
}

/**
 * What the world outside the draft says, loaded by the caller (service or CLI) and handed to the
 * check. Empty here: each citation family that reads a source adds its own field to this
 * interface from its folder (`declare module '../../types'`), so the pipeline never names one.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface CheckSources {}
