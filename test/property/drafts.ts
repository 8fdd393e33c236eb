/**
 * Random drafts for the property tests: real citation pieces (full cites in every reporter
 * family, short forms, `Id.`, `supra`, docket and exhibit cites with Bates numbers), prose and
 * markup put together in random order, then randomly mutated (characters inserted, deleted,
 * duplicated, line breaks of every kind) so that the checker also sees the half-typed,
 * half-deleted citations of a draft being edited. The names and numbers are made up.
 */
import fc from 'fast-check';
import type { DocumentFormat } from '../../server/src/core/text/markdown';

const CASE_NAMES = [
  'Harmon v. Lindqvist Freight Co.', 'United States v. Okafor', 'In re Quarry Hill Holdings, LLC',
  'Northwind Inc. v. Bluestem L.P.', 'Castellanos v. City of Redwater', 'Whitcombe v. Kestrel Mut. Ins. Co.',
  'Sec. & Exch. Comm’n v. Marchetti', 'Adeyemi v. Ironbridge Techs., Inc.',
];
const SHORT_NAMES = ['Harmon', 'Okafor', 'In re Quarry Hill', 'Northwind', 'Castellanos', 'Whitcombe', 'Marchetti', 'Adeyemi'];

/** Reporters as written: Bluebook forms, variant spellings, and ones that do not exist. */
const REPORTERS = [
  'U.S.', 'S. Ct.', 'L. Ed. 2d', 'F.', 'F.2d', 'F.3d', 'F.4th', 'F. Supp.', 'F. Supp. 2d', 'F. Supp. 3d', "F. App'x",
  'A.2d', 'A.3d', 'N.E.2d', 'N.E.3d', 'N.W.2d', 'P.2d', 'P.3d', 'S.E.2d', 'S.W.3d', 'So. 2d', 'So. 3d',
  'N.Y.3d', 'A.D.3d', 'Cal. 4th', 'B.R.', 'F.R.D.',
  'F.Supp.2d', 'F. Supp.3d', 'F.3rd', 'F. 3d', 'S.Ct.', 'L.Ed.2d', 'F.App’x',
  'F.5th', 'F.4d', 'Fed. Supp.', 'So. 4th', 'N.E.4th',
];
const COURTS = ['2d Cir.', '9th Cir.', 'D.C. Cir.', 'Fed. Cir.', 'S.D.N.Y.', 'N.D. Cal.', 'D. Del.', 'N.Y.', 'Cal.', 'Mass.', 'Tex. App.', 'Bankr. D. Del.', ''];
const SIGNALS = ['See', 'See also', 'Cf.', 'But see', 'See, e.g.,', 'Accord', 'See generally'];
const PROSE = [
  'The parties met and conferred twice.', 'Defendant does not dispute this.', 'That argument fails.',
  'The record is clear', 'Discovery closed in May', 'The motion should be granted.', 'as the Court held',
  'Plaintiffs seek a conference', 'under Rule 26(b)(1)', 'pursuant to 28 U.S.C. § 1331',
];
const DOCKETS = [
  'Dkt. No. 293', 'Dkt. 69 at ¶¶76, 430', 'Dkt. 69 at ¶¶ 76, 430', 'ECF No. 45 at 3', 'Doc. 12-1', 'Dkt. Nos. 5, 6',
  'ECF 7 at ¶ 3', 'Dkt. No. 12 at 4–5', 'D.E. 88', 'Dkt. 101-3 at 2', 'ECF No. 17 at ¶ 4-6',
];
const CASE_NUMBERS = ['No. 1:23-cv-08292-SHS', '23-cv-8292 (S.D.N.Y.)', 'Case No. 2:19-cv-01234', 'No. 21-1234'];
const EXHIBITS = [
  'Ex. 1', 'Ex. 2', 'Ex. 14', 'Exs. 3–5', 'Exs. 1, 4', 'Exhibit A', 'Ex. 12-B', 'Exs. 2 & 3',
  'Ex. 1, MSFT_AICPY_000591635', 'Ex. 6, MSFT_AICPY_00588353', 'Ex. 4, MSFT AICPY 000212393',
  'Ex. 2, ABC000100–ABC000115', 'Ex. 3, ABC000120', 'Ex. 3, ABC000121', 'Ex. 5 at 2', 'Ex. 1–99999999',
];
const MARKUP = ['<sup>1</sup>', '[^1]', '\n\n[^1]: A footnote.\n\n', '&amp;', '&sect;', '`code`', '<!-- note -->', '\\*', '\\_', '  \n'];
/** What the reader or an extractor reads across blank lines: the checker must not cut a draft inside them. */
const BLOCKS = [
  '\n\n```\nSee Ex. 9.\n\n60 F.3d 913\n```\n\n', '\n\n~~~~\nDkt. 5\n\n~~~\n~~~~\n\n', '\n\n```\nunclosed\n\n',
  '<!-- a comment\n\nover *two* paragraphs -->', '<!-- unclosed\n\n', ' -->\n\n', '\n\n---\n\nSee Ex. 2.\n\n---\n\n', '\n\n---\nSee Ex. 3.\n---\n\n',
  '*Abbey House Media, Inc. v. Apple Inc.*, 66\n\n---\n\nPage 3 of 9\n\n<sup>2</sup> A footnote.\n\nF. Supp. 3d 413, 419 (S.D.N.Y. 2014)',
  'Smith v. Jones, 12\n\nCase 1:23-cv-08292-SHS Document 45 Filed 05/01/24 Page 2 of 4\n\nF.3d 456 (2d Cir. 2001)',
  '\n\nExhibit 1 — Email of Oct. 1, 2023, ABC000100\n\nExhibit 2 — Letter, ABC000120\n\n', '\n\nINDEX OF EXHIBITS\n\n**Exhibit 3** — Memo\n\n',
  '\n\n1. Ex. 4: Chart\n\n2. Ex. 5: Notes\n\n',
];
const DIRECTIVES = [
  '<!-- brieflint-disable-next-line reporter-unknown -->\n', '<!-- brieflint-disable-next-line -->\n',
  '// brieflint-disable-next-line exhibit-unresolved\n', '<!-- brieflint-disable-next-line exhibit-unresolvd -->\n',
];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const index = (list: readonly unknown[]) => fc.integer({ min: 0, max: list.length - 1 });

/** A full case citation, sometimes with a planted mistake (pin before page, no parenthetical). */
const fullCase = fc
  .record({
    name: index(CASE_NAMES),
    volume: fc.integer({ min: 1, max: 999 }),
    reporter: pick(REPORTERS),
    page: fc.integer({ min: 1, max: 1500 }),
    pin: fc.option(fc.integer({ min: -20, max: 60 }), { nil: undefined }),
    court: pick(COURTS),
    year: fc.integer({ min: 1880, max: 2026 }),
    paren: fc.constantFrom('court-year', 'year', 'none', 'explanatory'),
    italic: fc.constantFrom('', '*', '_'),
  })
  .map((c) => {
    const name = c.italic ? `${c.italic}${CASE_NAMES[c.name]}${c.italic}` : CASE_NAMES[c.name];
    const pin = c.pin !== undefined && c.page + c.pin > 0 ? `, ${c.page + c.pin}` : '';
    const paren =
      c.paren === 'court-year' ? ` (${c.court ? `${c.court} ` : ''}${c.year})`
      : c.paren === 'year' ? ` (${c.year})`
      : c.paren === 'explanatory' ? ` (${c.court} ${c.year}) (holding that the log was deficient)`
      : '';
    return `${name}, ${c.volume} ${c.reporter} ${c.page}${pin}${paren}`;
  });

const databaseCase = fc
  .record({ name: index(CASE_NAMES), year: fc.integer({ min: 1990, max: 2025 }), n: fc.integer({ min: 1, max: 9999999 }), star: fc.integer({ min: 1, max: 20 }), lexis: fc.boolean() })
  .map((c) => `${CASE_NAMES[c.name]}, No. 19-cv-1234, ${c.year} ${c.lexis ? 'U.S. Dist. LEXIS' : 'WL'} ${c.n}, at *${c.star} (S.D.N.Y. Mar. 3, ${c.year})`);

const neutralCase = fc
  .record({ name: index(CASE_NAMES), year: fc.integer({ min: 1997, max: 2025 }), state: fc.constantFrom('ND', 'WI', 'IL', 'UT', 'OK'), n: fc.integer({ min: 1, max: 400 }) })
  .map((c) => `${CASE_NAMES[c.name]}, ${c.year} ${c.state} ${c.n}, ¶ 8`);

const shortCite = fc
  .record({ name: index(SHORT_NAMES), volume: fc.integer({ min: 1, max: 999 }), reporter: pick(REPORTERS), pin: fc.integer({ min: 1, max: 1600 }), form: fc.integer({ min: 0, max: 5 }) })
  .map((c) => {
    switch (c.form) {
      case 0: return `${SHORT_NAMES[c.name]}, ${c.volume} ${c.reporter} at ${c.pin}`;
      case 1: return `${c.volume} ${c.reporter} at ${c.pin}`;
      case 2: return 'Id.';
      case 3: return `Id. at ${c.pin}`;
      case 4: return `See id. at ${c.pin}`;
      default: return `${SHORT_NAMES[c.name]}, supra, at ${c.pin}`;
    }
  });

/** One piece of a draft. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fullCase, weight: 6 },
  { arbitrary: databaseCase, weight: 1 },
  { arbitrary: neutralCase, weight: 1 },
  { arbitrary: shortCite, weight: 4 },
  { arbitrary: pick(DOCKETS), weight: 3 },
  { arbitrary: pick(CASE_NUMBERS), weight: 1 },
  { arbitrary: pick(EXHIBITS), weight: 3 },
  { arbitrary: pick(PROSE), weight: 5 },
  { arbitrary: fc.tuple(pick(SIGNALS), fullCase).map(([s, c]) => `${s} ${c}`), weight: 2 },
  { arbitrary: pick(MARKUP), weight: 1 },
  { arbitrary: pick(DIRECTIVES), weight: 1 },
  { arbitrary: fc.constantFrom('## I. ARGUMENT\n\n', '> ', '**BACKGROUND**\n\n', '---\ntitle: x\n---\n'), weight: 1 },
  { arbitrary: pick(BLOCKS), weight: 1 },
);

const JOINERS = [' ', '. ', '; ', ', ', '.\n', '\n\n', '\r\n', ' (', ') ', '.) ', ' — '];

/** A mutation of a draft: where, what. */
export interface Mutation {
  kind: 'insert' | 'delete' | 'duplicate' | 'break';
  /** Position as a share of the text's length. */
  at: number;
  length: number;
  char: string;
}

/** Characters a typist or a bad conversion puts anywhere. */
const MUTATION_CHARS = [
  ' ', '.', ',', ';', '*', '_', '\\', '`', '[', ']', '(', ')', '<', '>', '&', '#', '^', '-', '–', '§', '¶',
  '\n', '\r', '\t', '\0', '\u00a0', '1', '9', '0', 'F', 'v', 'x', '"', '’', '\ud800', 'é', '!', '~', '|',
];

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'break'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 12 }),
  char: pick(MUTATION_CHARS),
});

export function mutate(text: string, m: Mutation): string {
  const at = Math.min(text.length, Math.floor(m.at * text.length));
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.char + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'break':
      return text.slice(0, at) + ['\n', '\r\n', '\r', '\n\n'][m.length % 4] + text.slice(at);
  }
}

export interface RandomDraft {
  text: string;
  format: DocumentFormat;
  /** An `exhibits.csv` beside the draft, if any. */
  exhibitList?: string;
  /** A `docket.csv` beside the draft, if any. */
  docketList?: string;
}

const LIST_LABELS = ['1', '2', '3', '4', '5', '6', '12-B', '14', 'A'];
const LIST_BATES = ['MSFT_AICPY_000591635', 'MSFT_AICPY_000588353', 'ABC000100', 'ABC000120', 'ABC000121', ''];

/** An exhibit list as a paralegal keeps it: some exhibits, some Bates numbers, now and then a bad row. */
const exhibitList: fc.Arbitrary<string> = fc
  .array(fc.record({ label: pick(LIST_LABELS), bates: pick(LIST_BATES), bad: fc.integer({ min: 0, max: 30 }) }), { maxLength: 8 })
  .map((rows) => {
    const lines = ['exhibit,description,bates_begin,bates_end'];
    for (const r of rows) {
      if (r.bad === 0) lines.push(`${r.label},"Email from counsel`); // an unbalanced quote
      else lines.push(`${r.label},Email ${r.label},${r.bates},${r.bates}`);
    }
    return lines.join('\n') + '\n';
  });

const DOCKET_ENTRIES = ['5', '6', '7', '12', '17', '45', '69', '88', '101', '293'];

const docketList: fc.Arbitrary<string> = fc
  .subarray(DOCKET_ENTRIES)
  .map((entries) => ['entry,date,description', ...entries.map((e) => `${e},2024-03-0${(Number(e) % 9) + 1},Motion ${e}`)].join('\n') + '\n');

/** A draft of 1 to `maxPieces` pieces, as written (no mutation), with an exhibit list and a docket list half the time. */
export function cleanDraft(maxPieces = 14): fc.Arbitrary<RandomDraft> {
  return fc
    .record({
      pieces: fc.array(fc.tuple(piece, pick(JOINERS)), { minLength: 1, maxLength: maxPieces }),
      format: fc.constantFrom<DocumentFormat>('markdown', 'plaintext'),
      exhibitList: fc.option(exhibitList, { nil: undefined }),
      docketList: fc.option(docketList, { nil: undefined }),
    })
    .map(({ pieces, ...rest }) => {
      const d: RandomDraft = { text: pieces.map(([p, j]) => p + j).join(''), format: rest.format };
      if (rest.exhibitList !== undefined) d.exhibitList = rest.exhibitList;
      if (rest.docketList !== undefined) d.docketList = rest.docketList;
      return d;
    });
}

/** A draft with up to `maxMutations` random mutations. */
export function mutatedDraft(maxPieces = 14, maxMutations = 6): fc.Arbitrary<RandomDraft> {
  return fc
    .tuple(cleanDraft(maxPieces), fc.array(mutation, { maxLength: maxMutations }))
    .map(([d, mutations]) => ({ ...d, text: mutations.reduce(mutate, d.text) }));
}

/** Clean and mutated drafts, in about equal numbers. */
export function anyDraft(): fc.Arbitrary<RandomDraft> {
  return fc.oneof(cleanDraft(), mutatedDraft());
}
