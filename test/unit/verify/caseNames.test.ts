import * as assert from 'node:assert/strict';
import { abbreviates, caseNamesMatch } from '../../../server/src/core/families/cases/verify/caseNames';

/**
 * The draft's case name against the name CourtListener gives the opinion at that citation.
 * Each row: what the draft says, what CourtListener says, and whether they name the same case.
 */
const SAME_CASE: Array<[draft: string, courtListener: string]> = [
  ['Am. Geophysical Union v. Texaco Inc.', 'American Geophysical Union v. Texaco Inc.'],
  ['Roe v. Wade', 'Roe v. Wade'],
  ['Smith vs. Jones', 'Smith v. Jones'],
  ["Nat'l Ass'n of Mfrs. v. Dep't of Def.", 'National Association of Manufacturers v. Department of Defense'],
  ['FameFlynet, Inc. v. Shoshanna Collection, LLC', 'Fameflynet Inc v. Shoshanna Collection LLC'],
  ['United States v. Jones', 'United States v. Antoine Jones'],
  ['U.S. v. Microsoft Corp.', 'United States v. Microsoft Corporation'],
  ['N.L.R.B. v. Jones & Laughlin Steel Corp.', 'National Labor Relations Board v. Jones and Laughlin Steel Corporation'],
  ['In re Grand Jury Subpoena', 'In Re: Grand Jury Subpoena'],
  ["Smith v. Comm'r", 'Smith v. Commissioner of Internal Revenue'],
  ['Miranda v. Arizona', 'Ernesto A. Miranda v. State of Arizona'],
  ['People v. Smith', 'The People v. Smith'],
  ['Peña v. Lopez', 'Pena v. Lopez'],
  // Names are reversed on appeal: the first private party may stand on either side.
  ['Wade v. Roe', 'Roe v. Wade'],
  // First party only: CourtListener records the second party differently (an officer substituted).
  ['Doe v. Barr', 'Doe v. Garland'],
  ['Authors Guild v. Google, Inc.', 'The Authors Guild, Inc., et al. v. Google Inc.'],
  ['Sec. & Exch. Comm\'n v. Ripple Labs, Inc.', 'Securities and Exchange Commission v. Ripple Labs Inc.'],
  ['United States ex rel. Smith v. Acme Corp.', 'Smith v. Acme Corp.'],
  ['Int\'l Bhd. of Teamsters v. United States', 'International Brotherhood of Teamsters v. United States'],
  ['ROE V. WADE', 'Roe v. Wade'],
  ['See v. City of Seattle', 'See v. City of Seattle'],
  // Abbreviations typed without their period or apostrophe.
  ['Am Geophysical Union v Texaco Inc', 'American Geophysical Union v. Texaco Inc.'],
  ['Natl Assn of Mfrs v. Dept of Def', 'National Association of Manufacturers v. Department of Defense'],
];

const DIFFERENT_CASES: Array<[draft: string, courtListener: string]> = [
  ['Smith v. Jones', 'American Geophysical Union v. Texaco Inc.'],
  ['United States v. Smith', 'United States v. Jones'],
  ['Varghese v. China S. Airlines Co.', 'Zicherman v. Korean Air Lines Co.'],
  ['United States v. California', 'United States v. Texas'],
  ['Smithfield Foods, Inc. v. Doe', 'Smith v. Doe'],
  ['Shaboon v. Egyptair', 'Miller v. Universal City Studios, Inc.'],
  ['People v. Martinez', 'People v. Martin'],
  // A bare word is an abbreviation only when the Bluebook uses it as one.
  ['Doe v. Smith', 'Doerr v. Smith'],
];

describe('verify: case names (draft against CourtListener)', () => {
  for (const [draft, courtListener] of SAME_CASE) {
    it(`"${draft}" names "${courtListener}"`, () => {
      assert.equal(caseNamesMatch(draft, courtListener), true);
    });
  }
  for (const [draft, courtListener] of DIFFERENT_CASES) {
    it(`"${draft}" does not name "${courtListener}"`, () => {
      assert.equal(caseNamesMatch(draft, courtListener), false);
    });
  }

  it('takes a name with nothing to compare as matching (no false alarm)', () => {
    assert.equal(caseNamesMatch('In re', 'Roe v. Wade'), true);
    assert.equal(caseNamesMatch('Roe v. Wade', ''), true);
  });

  it('reads Bluebook abbreviations as the words they shorten, and only those', () => {
    const table: Array<[string, string, boolean]> = [
      ['am', 'american', true],
      ['assn', 'association', true],
      ['intl', 'international', true],
      ['mfg', 'manufacturing', true],
      ['commr', 'commissioner', true],
      ['bros', 'brothers', true],
      ['ctr', 'center', true],
      ['am', 'mary', false],
      ['corp', 'cooperative', false],
      ['american', 'am', false],
    ];
    assert.deepEqual(table.map(([s, l]) => [s, l, abbreviates(s, l)]), table);
  });
});
