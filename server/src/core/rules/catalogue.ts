import type { Severity } from '../types';

/**
 * Every rule Brieflint has, in one place. Codes are a public contract (diagnostics, settings,
 * disable comments, JSON); the README's rule table and the settings schema are generated from
 * this list and a test keeps them in step.
 */
export interface RuleInfo {
  code: string;
  /** Severity when the user has not set one. */
  severity: Severity;
  /** What it flags, in one line. */
  summary: string;
  /** A draft fragment that triggers it. */
  example: string;
  /** Whether it needs a source beyond the draft (an exhibit list, a docket list, the network). */
  needs?: 'exhibits' | 'docket-list' | 'network';
}

export const RULES: readonly RuleInfo[] = [
  { code: 'reporter-unknown', severity: 'error', summary: 'A volume–reporter–page citation whose reporter is no known reporter; fixes offer the nearest real ones.', example: '60 F.4d 913 (2d Cir. 1994)' },
  { code: 'reporter-nonstandard', severity: 'warning', summary: 'A known reporter written in a variant form; the fix writes the Bluebook form.', example: '60 F.Supp.2d 913' },
  { code: 'reporter-date-mismatch', severity: 'warning', summary: 'The year lies outside the years the reporter series covers.', example: '60 F.3d 913 (2d Cir. 1985)' },
  { code: 'court-reporter-mismatch', severity: 'warning', summary: 'The court and the reporter disagree.', example: '410 U.S. 113 (2d Cir. 1973)' },
  { code: 'pin-before-page', severity: 'error', summary: 'A pin cite before the first page of the opinion.', example: '60 F.3d 913, 900 (2d Cir. 1994)' },
  { code: 'citation-incomplete', severity: 'warning', summary: 'A full citation without its year, or without the court where the reporter does not imply it.', example: '60 F.3d 913, 920' },
  { code: 'short-cite-unresolved', severity: 'error', summary: 'A short cite or Id. with no full citation before it to point to.', example: 'Texaco, 60 F.3d at 920 (with no full cite earlier)' },
  { code: 'id-ambiguous', severity: 'warning', summary: 'Id. right after a string of several authorities.', example: 'See A, 1 F.3d 1; B, 2 F.3d 2. Id. at 3.' },
  { code: 'supra-case', severity: 'warning', summary: 'supra used for a case (the Bluebook allows it only for other authorities).', example: 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994). … Texaco, supra, at 920' },
  { code: 'exhibit-unresolved', severity: 'error', summary: 'An exhibit cited that no exhibit source defines.', example: 'Ex. 14 (the list stops at 13)', needs: 'exhibits' },
  { code: 'exhibit-bates-conflict', severity: 'error', summary: 'One exhibit cited with different Bates numbers, or with a Bates number that differs from the exhibit list.', example: 'Ex. 1, ABC000100 … Ex. 1, ABC000200' },
  { code: 'bates-malformed', severity: 'warning', summary: 'A Bates number whose width, separators or prefix differ from the rest of its producing party, or a range that runs backwards.', example: 'MSFT_AICPY_00588353 beside MSFT_AICPY_000591635' },
  { code: 'exhibit-order', severity: 'information', summary: 'Exhibits not numbered in order of first citation, or a gap in the numbering.', example: 'Ex. 2 cited before Ex. 1' },
  { code: 'exhibit-unused', severity: 'information', summary: 'An exhibit on the exhibit list that the draft never cites.', example: 'exhibits.csv lists Ex. 12; the draft never cites it', needs: 'exhibits' },
  { code: 'exhibit-defined-twice', severity: 'warning', summary: 'Two definitions in the draft (a declaration\'s "Attached hereto as Exhibit 2 …", an exhibit index row) give one label to two exhibits.', example: 'Attached hereto as Exhibit 2 is … (twice)' },
  { code: 'exhibit-source-missing', severity: 'information', summary: 'The draft cites exhibits but no exhibit list, in-draft index or exhibit folder was found; checks that need one are off.', example: 'Ex. 1 with no exhibits.csv' },
  { code: 'exhibit-list-invalid', severity: 'error', summary: 'A problem in an exhibit list (malformed CSV row, duplicate label, missing exhibit column), reported in the list at its line.', example: 'exhibits.csv: a row with an unbalanced quote' },
  { code: 'docket-style-inconsistent', severity: 'warning', summary: 'Docket cites in more than one style in one draft (Dkt. No. beside Dkt. or ECF No.).', example: 'Dkt. No. 293 … Dkt. 69' },
  { code: 'docket-pin-format', severity: 'hint', summary: 'A docket pin cite not in the usual form (¶¶76 without a space, ¶ before several paragraphs or ¶¶ before one, a hyphen where an en dash is usual in a range).', example: 'Dkt. 69 at ¶¶76, 430' },
  { code: 'docket-unresolved', severity: 'warning', summary: 'A docket entry that is not on the docket list.', example: 'Dkt. No. 999 (the docket ends at 450)', needs: 'docket-list' },
  { code: 'docket-list-invalid', severity: 'error', summary: 'A problem in a docket list, reported in the list at its line.', example: 'docket.csv: an entry that is not a number' },
  { code: 'directive-unknown', severity: 'warning', summary: 'A brieflint-disable comment that names a rule code Brieflint does not have.', example: '<!-- brieflint-disable-next-line exhibit-unresolvd -->' },
  { code: 'citation-not-found', severity: 'error', summary: '(Online, opt-in) CourtListener has no opinion at this volume, reporter and page.', example: '999 F.3d 99999 (2d Cir. 2020)', needs: 'network' },
  { code: 'citation-ambiguous', severity: 'warning', summary: '(Online, opt-in) Several opinions match the citation; the candidates are listed.', example: '1 F. Supp. 1', needs: 'network' },
  { code: 'case-name-mismatch', severity: 'warning', summary: '(Online, opt-in) The case name in the draft does not match the opinion at that citation.', example: 'Smith v. Jones, 60 F.3d 913 (the opinion is Texaco)', needs: 'network' },
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

export function isRuleCode(code: string): boolean {
  return BY_CODE.has(code);
}
