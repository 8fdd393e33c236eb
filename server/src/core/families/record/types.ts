import type { Citation, SourceProblem, Span } from '../../types';

/** One place a record cite points to (the JSON contract's `locations`). */
export interface RecordLocation {
  page?: number;
  line?: number;
  endPage?: number;
  endLine?: number;
  paragraph?: number;
  endParagraph?: number;
}

/** How a record document is cited: by page and line, by paragraph, or by page. */
export type RecordCiteType = 'transcript' | 'paragraphs' | 'pages';

/** One location of a cite as written, with the names of its parts. */
export interface CitedLocation {
  location: RecordLocation;
  /** Part name of the whole location (`loc0`), and of the range's dash when it has one (`dash0`). */
  part: string;
  dashPart?: string;
  /** The dash as written: `-`, `–` or `—`. */
  dash?: string;
}

/** The record-specific `detail` of a record citation. */
export interface RecordCiteDetail {
  /** The document's key: its name squeezed (`smith dep`, `ja`, `er`), with `|volume` for ER volumes. */
  key: string;
  type: RecordCiteType;
  /**
   * The form the document is cited in, compared across the draft (`record-style-inconsistent`):
   * the document as written and how the location follows it (`Smith Dep. N:N`, `Smith Dep. at N:N`,
   * `JAN`, `J.A. N`, `N-ER-N`, `ER N`).
   */
  form: string;
  /** For ER, ROA and PageID: the court's form, when the cite is not in it (`1-ER-45` for `ER 45` in vol. 1). */
  courtForm?: { rule: '9th-cir' | '5th-cir' | '6th-cir'; text?: string };
  locations: CitedLocation[];
  /** ROA: the appeal's docket number (`ROA.13-12345.123` → `13-12345`). */
  appeal?: string;
}

/** A page of a record file: its number, and its lines when it is a transcript page. */
export interface RecordPage {
  number: number;
  /** Offsets into the file's text. */
  start: number;
  end: number;
  /** 0-based line in the file where the page begins. */
  fileLine: number;
  lines: RecordLine[];
}

/** A numbered line of a transcript page. */
export interface RecordLine {
  number: number;
  /** The line's text after its number (offsets into the file's text). */
  start: number;
  end: number;
  fileLine: number;
}

/** A numbered paragraph of a declaration, complaint or statement of facts. */
export interface RecordParagraph {
  number: number;
  start: number;
  end: number;
  fileLine: number;
}

/** What a reader made of a record file. */
export interface RecordText {
  /** `transcript`: pages of numbered lines; `paragraphs`: numbered paragraphs; `pages`: pages only. */
  kind: 'transcript' | 'paragraphs' | 'pages';
  text: string;
  pages: RecordPage[];
  paragraphs: RecordParagraph[];
}

/** What a row of the record index may say of a document besides its name and file. */
export interface RecordIndexFields {
  volume?: string;
  firstPage?: number;
  lastPage?: number;
  docketEntry?: string;
  pageIdFirst?: number;
  pageIdLast?: number;
}

/** One record document: a row of the record index, or a file of the record folder. */
export interface RecordDocument extends RecordIndexFields {
  /** The document as the index names it (`Smith Dep.`, `4-ER`), or the file's name. */
  name: string;
  /** Squeezed names it answers to (the index's `document`; for a file, its name). */
  key: string;
  /** From a file name only: it answers to a cite whose key its squeezed name begins with, words written out. */
  byFileName?: boolean;
  /** The file, absolute, and as the JSON shows it (relative to the workspace). */
  path?: string;
  relativePath?: string;
  /** What the reader made of the file (absent: not read, e.g. a PDF, or refused). */
  content?: RecordText;
  /** Why the file is not read, one sentence (`a PDF: not read yet`). */
  unread?: string;
  /** The index row (0-based line in `record.csv`), when it came from the index. */
  indexLine?: number;
}

/** The record a draft is checked against, loaded by the service. */
export interface RecordSources {
  /** The record folder (absolute), when one was found or set. */
  folder?: string;
  /** The record index (`record.csv`), when there is one. */
  index?: string;
  documents: RecordDocument[];
  problems: SourceProblem[];
}

/** A record cite and its detail, as the rules and the hover see it. */
export interface RecordCite {
  cite: Citation;
  detail: RecordCiteDetail;
}

export type { Span };

declare module '../../types' {
  interface Citation {
    /** Record cites: the cited record document as written (`Smith Dep.`, `J.A.`, `ER`). */
    document?: string;
    /** Record cites: the pages and lines, paragraphs or pages cited. */
    locations?: RecordLocation[];
    /** Record cites (JSON only): the record file it resolved to, relative to the workspace. */
    source?: string;
  }
  interface CheckSources {
    /** The record folder and its index (`record.csv`). */
    record?: RecordSources;
  }
}
