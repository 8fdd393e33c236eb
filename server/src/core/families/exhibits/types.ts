import type { SourceProblem } from '../../types';
import type { Span } from '../../types';
import type { BatesRange } from './bates';

/** Where an exhibit is defined. */
export interface ExhibitOrigin {
  kind: 'manifest' | 'draft' | 'folder';
  /** The manifest or exhibit file (absent for definitions inside the draft). */
  path?: string;
  /** 0-based line in the manifest, or source span in the draft. */
  line?: number;
  span?: Span;
  /**
   * Where the label itself is written: offsets into the manifest's text (for renaming and
   * renumbering there), or a source span in the draft. Absent when it cannot be edited safely.
   */
  labelSpan?: Span;
  /** Set when the label in a JSON list is a bare number: a new label with letters needs these quotes. */
  labelQuote?: string;
  /** For definitions in the draft: an exhibit index row, or a declaration's "Attached hereto as …". */
  form?: 'index' | 'declaration';
}

/** One exhibit as an exhibit source defines it. */
export interface ExhibitDefinition {
  /** The label as cited: `1`, `12-B`, `A`. */
  label: string;
  description?: string;
  batesBegin?: string;
  batesEnd?: string;
  file?: string;
  date?: string;
  origin: ExhibitOrigin;
}

/** A problem in an exhibit or docket list, reported in that file at its line. */
export type { SourceProblem };

/** Everything the exhibit sources outside the draft say (manifest, folder). */
export interface ExhibitSources {
  definitions: ExhibitDefinition[];
  /** Human-readable names of the sources used, e.g. `exhibits.csv`. */
  sources: string[];
  problems: SourceProblem[];
  /** The exhibit list used, for fixes and commands that edit it. */
  manifest?: ManifestInfo;
  /** Why an exhibit list or folder that was found (or set) could not be used, one sentence each. */
  unusable?: string[];
}

/** The columns an exhibit list can have (`bates` holds a number or a whole range). */
export type ManifestField = 'exhibit' | 'description' | 'bates' | 'batesBegin' | 'batesEnd' | 'file' | 'date';

/** What fixes need to know about the exhibit list to add rows to it and edit its labels. */
export interface ManifestInfo {
  path: string;
  format: 'csv' | 'json' | 'yaml';
  /** CSV: the field each column holds, in order (undefined for columns Brieflint does not read). */
  columns?: Array<ManifestField | undefined>;
  /** The names the list uses for its fields (`Bates Begin`, `bates_begin`), to write new rows alike. */
  fieldNames?: Partial<Record<ManifestField, string>>;
  /** Where a new row goes; absent when Brieflint cannot add rows to this list safely. */
  append?: ManifestAppend;
}

/** Where and how a new row is inserted into an exhibit list. */
export interface ManifestAppend {
  /** Offset into the list's text. */
  offset: number;
  /** Text before the row (a line break, `,` and indentation in JSON). */
  before: string;
  /** Text after the row. */
  after: string;
  /** JSON and YAML: indentation of the row's lines. */
  indent: string;
}

/** One exhibit or range of exhibits in a cite: `3` or `3`–`5`. */
export interface ExhibitItem {
  label: string;
  /** The last label of a range (`Exs. 3–5` → `5`). */
  through?: string;
}

/** A Bates number or range in a cite, with the names of its `parts`. */
export interface CitedBates extends BatesRange {
  /** `cited`: the number that identifies the exhibit (`Ex. 1, ABC000100`); `pin`: a page in it (`Ex. 1 at ABC000105`). */
  role: 'cited' | 'pin';
  /** Part names of the two ends (`bates0`, `bates1`). */
  beginPart: string;
  endPart?: string;
}

/** What a definition in the draft says about an exhibit (`Attached hereto as Exhibit 1 is …`). */
export interface DefinedHere {
  description?: string;
  batesBegin?: string;
  batesEnd?: string;
  date?: string;
  /** The Bates number in the defining sentence, with its parts (`definedBates0`, …), checked like a cite's. */
  cited?: CitedBates;
}

/** The exhibit-specific `detail` of an exhibit citation. */
export interface ExhibitCiteDetail {
  items: ExhibitItem[];
  /** The word used (`Ex.`, `Exhibits`), for messages and new text. */
  keyword: string;
  plural: boolean;
  /** `Grp. Ex. A`: a group exhibit. */
  group?: boolean;
  /** The other document this exhibit belongs to (`Dkt. No. 12`, `the Declaration of Jane Doe`, `Doe Decl.`). */
  of?: string;
  bates: CitedBates[];
  /** A parenthetical right after the cite (`(email from Microsoft)`), as a reader reads it. */
  parenthetical?: string;
  /** Set when the cite is itself a definition: a declaration's "Attached hereto as Exhibit 1 is …". */
  defines?: DefinedHere;
}


declare module '../../types' {
  interface CheckSources {
    /** The exhibit list and the exhibit folder (definitions in the draft are read from the draft). */
    exhibits?: ExhibitSources;
  }
}
