import type { SourceProblem } from '../exhibits/types';

/** One entry of a docket list (`docket.csv` or a RECAP docket export). */
export interface DocketEntry {
  entry: string;
  date?: string;
  description?: string;
  path: string;
  /** 0-based line in the list file. */
  line: number;
}

export interface DocketList {
  path: string;
  entries: Map<string, DocketEntry>;
  problems: SourceProblem[];
}
