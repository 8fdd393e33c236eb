/**
 * A citation family: everything Brieflint knows about one kind of citation (cases, authorities,
 * dockets, exhibits, the record), in one folder, registered once in `registry.ts`. The pipeline,
 * the service, the command line and the server loop over the registered families; nothing
 * outside `families/` switches on a citation's kind or reads its `detail`.
 *
 * A family object is plain data and functions, all pure. Only `kinds` and `extract` are
 * required; a family without rules, groups or hovers simply has none.
 */
import type { Analysis, CheckResult, Draft } from '../analysis';
import type { Extractor } from '../extract/types';
import type { Rule } from '../rules/rule';
import type { CheckSources, Citation, CitationKind, Span } from '../types';

export interface CitationFamily {
  /** The folder's name: `cases`, `exhibits`, … */
  readonly name: string;
  /** The kinds of citation it produces (`Id.` is produced by the cases family and may refer to any). */
  readonly kinds: readonly CitationKind[];
  /** Of those, the kinds that stand for another citation through `antecedent` (short forms). */
  readonly shortKinds?: readonly CitationKind[];
  /** Finds its citations in a chunk of reader text (linear in the text, never throws). */
  readonly extract?: Extractor;
  /** Its rules, one file each, with their catalogue rows. */
  readonly rules: readonly Rule[];
  /**
   * Links short forms to what they refer to, over the whole draft, after extraction. `draft` is
   * the draft's source (file offsets, as the citations'), for what it shows beyond the citations
   * (where a footnote's marker stands).
   */
  readonly resolve?: (citations: Citation[], draft: Draft) => void;
  /** Renumbering of the draft-wide keys its details hold (see `DetailNumbering`). */
  readonly numbering?: DetailNumbering;
  /**
   * What a citation of the family cites: the keys of its groups (`case 60|F.3d|913`,
   * `exhibit 3` for each exhibit of `Exs. 3–5`). `root` is a citation of one of `kinds` that is
   * not a short form (short forms take the keys of the citation they resolve to).
   */
  readonly keys?: (root: Citation, ctx: CitationContext) => string[];
  /**
   * The keys one named part of a citation stands for, where a citation cites several things:
   * `label2` is the third exhibit of `Exs. 1, 3, 5`, `entry1` the second entry of `Dkt. Nos. 12, 14`.
   */
  readonly partKeys?: (c: Citation, part: string, ctx: CitationContext) => string[];
  /** The citation that introduces a group `c` is first in (a case's first parallel citation, not its history); default `c`. */
  readonly principal?: (c: Citation, ctx: CitationContext) => Citation;
  /** How each kind of group it makes is named and shown; the key before the first blank is the group kind. */
  readonly groups?: Readonly<Record<string, GroupPresentation>>;
  /** A word for each of its kinds in the outline (`full citation`, `short cite`, `exhibit cite`). */
  readonly kindWords?: Readonly<Partial<Record<CitationKind, string>>>;
  /** How its citations are coloured (plain-text drafts, which have no grammar). */
  readonly tokens?: TokenRules;
  /** The hover of one of its citations, as Markdown. */
  readonly hover?: (c: Citation, ctx: HoverContext) => string;
  /** A citation named in a few words (`Texaco, 60 F.3d 913`), where a short form's inlay hint says what it refers to; default its text. */
  readonly label?: (c: Citation) => string;
  /** A few words shown after a citation that is not a short form (an exhibit cite's Bates range), if any. */
  readonly inlayHint?: (c: Citation, ctx: HoverContext) => string | undefined;
  /**
   * What to offer where the user is typing: `before` is the text of the line up to the cursor,
   * `offset` the cursor's offset in the draft (a short cite offers only what was cited before it).
   */
  readonly complete?: (before: string, offset: number, ctx: HoverContext) => Completion[];
  /** Links in the draft: a case to its opinion, an exhibit to its file. */
  readonly links?: (c: Citation, ctx: LinkContext) => DraftLink[];
  /** The JSON fields its citations carry beyond the common ones (`id`, `kind`, offsets, `text`, `antecedent`). */
  readonly jsonFields?: readonly (keyof Citation)[];
  /**
   * JSON fields computed rather than copied from the citation, each replacing the field of its
   * name (the exhibits of `Exs. 3–5` filled in: `["3","4","5"]`, where `Citation.exhibits` keeps
   * the labels as written; a record cite's `source`, the record file it resolved to, from the
   * sources). Ranges fill in from `ctx.rangeBudget`, shared by the draft's citations.
   */
  readonly jsonValues?: (c: Citation, ctx: JsonContext) => Partial<Record<keyof Citation, unknown>>;
}

/** What computed JSON fields are made with, for one draft. */
export interface JsonContext {
  /** Range members left to fill in across the draft (as `CitationContext.rangeBudget`). */
  rangeBudget: { left: number };
  /** The sources the draft was checked with, where known. */
  sources?: CheckSources;
}

/**
 * Keys in a family's details that are numbered across the draft (the cases family numbers
 * authorities `a1…` and string citations `s1…`). Extraction numbers them within each chunk; the
 * pipeline shifts each chunk's numbers past those of the chunks before it.
 */
export interface DetailNumbering {
  /** How many counters the family keeps (`a`, `s`: two). */
  readonly counters: number;
  /** Raises `max[i]` to the numbers `detail` uses. */
  readonly measure: (detail: unknown, max: number[]) => void;
  /** `detail` with its numbers moved past `by[i]`; the same object when nothing moves. */
  readonly shift: (detail: unknown, by: readonly number[]) => unknown;
}

/** What the keys of a draft's citations are computed from. */
export interface CitationContext {
  byId: ReadonlyMap<string, Citation>;
  /**
   * How many more members ranges may be filled in with (`Exs. 1–500` is 500): a hostile draft of
   * a thousand such ranges would otherwise make half a million memberships. Past it, a range
   * stands for its two ends only.
   */
  rangeBudget: { left: number };
  /** What a family computes once per draft for its keys (the principal citation of each case). */
  shared<T>(key: object, make: () => T): T;
}

/** The outline's top-level sections, in the order shown. */
export const OUTLINE_SECTIONS = ['Authorities', 'Exhibits', 'Docket entries', 'Record'] as const;
export type OutlineSection = (typeof OUTLINE_SECTIONS)[number];

/** The sections of a table of authorities, in the order courts expect them. */
export const TOA_SECTIONS = ['Constitutional Provisions', 'Cases', 'Statutes', 'Rules', 'Regulations', 'Legislative Materials', 'Other Authorities'] as const;
export type ToaSectionTitle = (typeof TOA_SECTIONS)[number];

/** Symbol kinds as the protocol names them (the service maps them to its numbers). */
export type SymbolName = 'class' | 'interface' | 'object' | 'file' | 'key' | 'module' | 'constant';

/** Every citation of one authority, exhibit, docket entry or record document, in document order. */
export interface AuthorityGroup {
  /** Stable key: `case 60|F.3d|913`, `exhibit 1`, `docket 293`, … */
  key: string;
  /** The group kind: the key before its first blank. */
  kind: string;
  /** The exhibit label or docket entry as first written (`1`, `12-B`, `293`); for authorities the first citation's text. */
  name: string;
  /** The first full citation of an authority; for exhibits and docket entries the first cite. */
  first: Citation;
  citations: Citation[];
}

export interface GroupPresentation {
  /** Where the outline lists it. */
  readonly outline?: OutlineSection;
  readonly symbol: SymbolName;
  /** Whether it is an authority (case, statute, rule…): a code lens counts its citations, its first full citation is its declaration. */
  readonly authority?: boolean;
  /** The table of authorities' section; none: not in the table. */
  readonly toaSection?: ToaSectionTitle;
  /** The group's name from its key and first citation (default: the resolved citation's text). */
  readonly name?: (key: string, c: Citation, root: Citation | undefined) => string;
  /** Its title in the outline (default: its first full citation as the table writes it). */
  readonly title?: (g: AuthorityGroup) => string;
  /** A line of detail in the outline (an exhibit's description, a docket entry's). */
  readonly detail?: (g: AuthorityGroup, result: CheckResult, sources: CheckSources) => string | undefined;
  /**
   * Where it stands among its table section's entries (compared as text, before the entries'
   * names); default: alphabetical by name. Statutes sort by jurisdiction, code, title and section.
   */
  readonly sortKey?: (first: Citation) => string;
  /** The authority as the table of authorities lists it (default: the citation's text). */
  readonly tableText?: (first: Citation, analysis: Analysis) => { text: string; caseName?: string };
  /**
   * Where it is declared outside the citations themselves: an exhibit's list row and file, a
   * docket entry's row. Go to Definition lands there; find-references includes them.
   * `cited`: the citation Go to Definition starts from, where the place depends on what it cites
   * (a record cite lands on the cited page and line of the record file).
   */
  readonly declarations?: (key: string, result: CheckResult, sources: CheckSources, files: FileNames, cited?: Citation) => Place[];
  /** Counted in the status bar under these words (`3 exhibits`); `includes` leaves some groups out. */
  readonly counted?: { readonly one: string; readonly many: string; readonly includes?: (key: string) => boolean };
}

/** A place to go to: a span of the draft, or a line (or page) of another file. */
export type Place = { span: Span; path?: undefined } | { path: string; line?: number; page?: number };

/** What a hover may use besides the citation: the check, the sources, and how to name a file. */
export interface HoverContext {
  result: CheckResult;
  sources: CheckSources;
  files: FileNames;
}

export interface LinkContext {
  result: CheckResult;
  sources: CheckSources;
  files: FileNames;
  /** The citation a short form finally refers to (itself when it is none). */
  resolve(c: Citation): Citation | undefined;
}

/** Paths as the host writes them (core does no I/O and knows no path syntax of its own). */
export interface FileNames {
  /**
   * `relative` read from the folder of the file `from`; an absolute path as it is; undefined
   * for a relative path with no `from`.
   */
  resolve(from: string | undefined, relative: string): string | undefined;
  /** A link that opens the file. */
  url(path: string): string;
}

/** A link in the draft: a URL, or a file (absolute path) to open. */
export interface DraftLink {
  span: Span;
  url?: string;
  path?: string;
  tooltip: string;
}

export type TokenType = 'class' | 'type' | 'number' | 'keyword' | 'string';

export interface TokenRules {
  /** Part names (as its extractor names them, an index suffix ignored) and their token. */
  readonly parts?: Readonly<Record<string, TokenType>>;
  /** A citation with no coloured part is coloured whole, by its kind. */
  readonly whole?: Readonly<Partial<Record<CitationKind, TokenType>>>;
  /** Tokens of a citation that its parts do not give (the word `Id.`, `supra`). */
  readonly extra?: (c: Citation, source: string) => Array<Span & { type: TokenType }>;
}

/** One thing offered to complete what is being typed. */
export interface Completion {
  /** As the list shows it (`Ex. 3`). */
  label: string;
  /** What is inserted at the cursor. */
  insert: string;
  /** A line of detail (the exhibit's description, the docket entry's, the case). */
  detail?: string;
}
