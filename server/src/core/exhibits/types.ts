import type { Span } from '../types';

/** Where an exhibit is defined. */
export interface ExhibitOrigin {
  kind: 'manifest' | 'draft' | 'folder';
  /** The manifest or exhibit file (absent for definitions inside the draft). */
  path?: string;
  /** 0-based line in the manifest, or source span in the draft. */
  line?: number;
  span?: Span;
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
export interface SourceProblem {
  path: string;
  /** 0-based line and column in that file. */
  line: number;
  column: number;
  code: string;
  message: string;
}

/** Everything the exhibit sources outside the draft say (manifest, folder). */
export interface ExhibitSources {
  definitions: ExhibitDefinition[];
  /** Human-readable names of the sources used, e.g. `exhibits.csv`. */
  sources: string[];
  problems: SourceProblem[];
}
