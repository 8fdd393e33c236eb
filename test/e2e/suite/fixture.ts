// The fixture workspace (test/e2e/fixtures/workspace/) and what a lawyer should see in it.
//
//   brief.md        a letter motion in Markdown: full case cites (one with the variant reporter
//                   "F.Supp.2d"), a short cite and Id. after it, exhibit cites with Bates numbers
//                   (Ex. 3's written with spaces), Ex. 5 that the exhibit list lacks, and docket
//                   cites in two styles ("Dkt. No. 58", "Dkt. 61 at 4").
//   letter.txt      a plain-text letter: a full cite, Id. and a short cite, exhibits cited out of
//                   order on purpose (a brieflint-disable-next-line note silences that), and
//                   docket cites in two styles ("Dkt. No. 58", "ECF No. 61").
//   exhibits.csv    the exhibit list: Exs. 1-4 with descriptions, Bates ranges and dates.
//   .brieflint.json raises bates-malformed from a warning to an error.
//
// Each diagnostic is written as `annotateDiagnostic` shows it: line, severity, code, and the
// source line with the squiggled text between ⟦ and ⟧.

export const BRIEF = 'brief.md';
export const LETTER = 'letter.txt';
export const EXHIBIT_LIST = 'exhibits.csv';

export const BRIEF_DIAGNOSTICS: readonly string[] = [
  // Ex. 3's Bates number has spaces where the list and the other cites have underscores; an error
  // rather than the default warning because .brieflint.json says so.
  '15 error bates-malformed: Ex. 2, LUMEN\\_PROD\\_000104388 (archive inventory); Ex. 3, ⟦LUMEN PROD 000104520⟧ (storage log).',
  // The Bluebook writes the Federal Supplement, Second Series as "F. Supp. 2d".
  '22 warning reporter-nonstandard: *See Marlowe Press, Inc. v. Quillfeather Corp.*, 512 ⟦F.Supp.2d⟧ 301, 309 (S.D.N.Y. 2007)',
  // "Dkt. No. 58" first, then "Dkt. 61": the second is in the other style.
  '29 warning docket-style-inconsistent: The Court has already said so in this case. *See* ⟦Dkt. 61 at 4⟧.',
  // exhibits.csv stops at Ex. 4.
  "30 error exhibit-unresolved: Lumen's latest letter changes nothing. Ex. ⟦5⟧, LUMEN\\_PROD\\_000104702.",
];

export const LETTER_DIAGNOSTICS: readonly string[] = [
  // "Dkt. No. 58 at 2; see also" then "ECF No. 61 at 4": the second is in the other style.
  '21 warning docket-style-inconsistent: ⟦ECF No. 61 at 4⟧.',
];
