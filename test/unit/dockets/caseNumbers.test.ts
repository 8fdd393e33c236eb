import * as assert from 'node:assert/strict';
import { parseCaseNumber, sameCase } from '../../../server/src/core/families/dockets/caseNumbers';
import type { CaseNumberDetail } from '../../../server/src/core/families/dockets/types';
import { annotatedCitations, checkDraft } from '../helpers';

function caseNumbers(text: string): string {
  return annotatedCitations(text, {}, ['case-number']);
}

function detail(text: string): CaseNumberDetail {
  const found = checkDraft(text).citations.find((c) => c.kind === 'case-number');
  assert.ok(found, `a case number in ${JSON.stringify(text)}`);
  return found.detail as unknown as CaseNumberDetail;
}

describe('case numbers: forms and parts', () => {
  // [draft, what is found, the parts read]
  const FORMS: Array<[string, string, Partial<CaseNumberDetail>]> = [
    [
      'Authors Guild v. OpenAI Inc., No. 1:23-cv-08292-SHS.',
      'Authors Guild v. OpenAI Inc., <0>No. 1:23-cv-08292-SHS</0>.',
      { form: 'district', number: '1:23-cv-08292-SHS', office: '1', year: 2023, type: 'cv', typeName: 'civil', sequence: '08292', judges: ['SHS'] },
    ],
    [
      'RE: Authors Guild v. OpenAI Inc., 23-cv-8292 (S.D.N.Y.) and more',
      'RE: Authors Guild v. OpenAI Inc., <0>23-cv-8292 (S.D.N.Y.)</0> and more',
      { form: 'district', year: 2023, type: 'cv', sequence: '8292', judges: [], court: 'S.D.N.Y.', courtName: 'United States District Court for the Southern District of New York' },
    ],
    [
      'Filed in No. 23 Civ. 8292 (SHS).',
      'Filed in <0>No. 23 Civ. 8292 (SHS)</0>.',
      { form: 'sdny', year: 2023, type: 'Civ.', typeName: 'civil', sequence: '8292', judges: ['SHS'] },
    ],
    [
      'Smith v. Jones, No. 22-cv-1461 (PKC) (S.D.N.Y.).',
      'Smith v. Jones, <0>No. 22-cv-1461 (PKC) (S.D.N.Y.)</0>.',
      { form: 'district', year: 2022, sequence: '1461', judges: ['PKC'], court: 'S.D.N.Y.' },
    ],
    [
      'United States v. Doe, 2:19-cr-00123-ABC-1.',
      'United States v. Doe, <0>2:19-cr-00123-ABC-1</0>.',
      { form: 'district', office: '2', year: 2019, type: 'cr', typeName: 'criminal', sequence: '00123', judges: ['ABC'], defendant: '1' },
    ],
    [
      'Smith v. Jones, No. 19-1234 (2d Cir. Mar. 3, 2021).',
      'Smith v. Jones, <0>No. 19-1234 (2d Cir. Mar. 3, 2021)</0>.',
      { form: 'year-sequence', year: 2019, sequence: '1234', court: '2d Cir.', date: 'Mar. 3, 2021' },
    ],
    ['Doe v. Roe, No. 21-55555.', 'Doe v. Roe, <0>No. 21-55555</0>.', { form: 'year-sequence', year: 2021, sequence: '55555' }],
    ['Appeal No. 2019-1234 is pending.', 'Appeal <0>No. 2019-1234</0> is pending.', { form: 'year-sequence', year: 2019, sequence: '1234' }],
    ['Doe v. Roe, No. 19-3417-cv.', 'Doe v. Roe, <0>No. 19-3417-cv</0>.', { form: 'year-sequence', type: 'cv', typeName: 'civil', sequence: '3417' }],
    ['In re Doe, Case No. 19-12345 (MEW).', 'In re Doe, Case <0>No. 19-12345 (MEW)</0>.', { form: 'year-sequence', sequence: '12345', judges: ['MEW'] }],
    ['In re Roundup Prods. Liab. Litig., MDL No. 2741.', 'In re Roundup Prods. Liab. Litig., <0>MDL No. 2741</0>.', { form: 'mdl', sequence: '2741' }],
    ['Civil Action No. 20-1234 (JEB).', 'Civil Action <0>No. 20-1234 (JEB)</0>.', { form: 'year-sequence', sequence: '1234', judges: ['JEB'] }],
    // New York Supreme Court index numbers.
    ['Kim v. Park, Index No. 651872/2023 (Sup. Ct.).', 'Kim v. Park, Index <0>No. 651872/2023 (Sup. Ct.)</0>.', { form: 'ny-index', number: '651872/2023', year: 2023, sequence: '651872', court: 'Sup. Ct.' }],
    ['Index No. 15234/19, filed in Kings County.', 'Index <0>No. 15234/19</0>, filed in Kings County.', { form: 'ny-index', year: 2019, sequence: '15234' }],
    // Texas courts of appeals: court, year, sequence, type.
    ['In re Estate of Vela, No. 14-23-00418-CV.', 'In re Estate of Vela, <0>No. 14-23-00418-CV</0>.', { form: 'texas-appeal', office: '14', year: 2023, sequence: '00418', type: 'CV', typeName: 'civil' }],
    ['State v. Ruiz, No. 05-22-01123-CR.', 'State v. Ruiz, <0>No. 05-22-01123-CR</0>.', { form: 'texas-appeal', office: '05', year: 2022, type: 'CR', typeName: 'criminal' }],
    // The District of Delaware: year, sequence, judge.
    ['Acme Corp. v. Widget LLC, C.A. No. 23-1187-GBW (D. Del.).', 'Acme Corp. v. Widget LLC, C.A. <0>No. 23-1187-GBW (D. Del.)</0>.', { form: 'year-sequence', year: 2023, sequence: '1187', judges: ['GBW'], court: 'D. Del.' }],
    // Los Angeles Superior Court: year, courthouse, type, sequence.
    ['Lopez v. Grant, Case No. 23STCV18842.', 'Lopez v. Grant, Case <0>No. 23STCV18842</0>.', { form: 'california', year: 2023, office: 'ST', type: 'CV', sequence: '18842' }],
    // A court of appeals number on a brief's cover, with its type suffix.
    ['UNITED STATES COURT OF APPEALS\n22-1456-cv\nMARIA LOPEZ,', 'UNITED STATES COURT OF APPEALS\n<0>22-1456-cv</0>\nMARIA LOPEZ,', { form: 'year-sequence', year: 2022, sequence: '1456', type: 'cv' }],
    ['Nos. 22-1456-cv(L), 22-1610-cv(CON)', '<0>Nos. 22-1456-cv(L)</0>, <1>22-1610-cv(CON)</1>', { form: 'year-sequence', sequence: '1456', type: 'cv' }],
    ['Docket 21-2987-cr on the cover.', 'Docket <0>21-2987-cr</0> on the cover.', { form: 'year-sequence', sequence: '2987', type: 'cr', typeName: 'criminal' }],
  ];
  for (const [text, expected, parts] of FORMS) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.equal(caseNumbers(text), expected);
      const d = detail(text);
      for (const [key, value] of Object.entries(parts)) assert.deepEqual(d[key as keyof CaseNumberDetail], value, key);
    });
  }

  it('puts the court of the parenthetical in the JSON field court', () => {
    const c = checkDraft('RE: 23-cv-8292 (S.D.N.Y.)').citations.find((x) => x.kind === 'case-number')!;
    assert.equal(c.court, 'S.D.N.Y.');
  });

  it('reads a list of case numbers after Nos. as separate case numbers', () => {
    assert.equal(caseNumbers('Smith v. Jones, Nos. 19-1234, 19-1235 (2d Cir.).'), 'Smith v. Jones, <0>Nos. 19-1234</0>, <1>19-1235 (2d Cir.)</1>.');
  });
});

describe('case numbers: traps', () => {
  const NOT_CASE_NUMBERS = [
    'RFP No. 41 and Interrogatory No. 11 and Request No. 23.',
    'Additional requests include RFP No. 17; No. 23 (documents); No. 26 (communications).',
    'RFP Nos. 12-150 seek documents.',
    'Requests for admission, No. 12-150, were served.',
    'Pub. L. No. 99-499; H.R. Rep. No. 94-1476; General Order No. 20-103.',
    'Rule 26 and pp. 19-20, 1234-5678.',
    'Call 212-555-1234 on 2023-10-02.',
    'A range No. 19-12 is too short.',
    'Volume 23 Misc. 456 is a reporter.',
    'The 23 CV 8292 form alone needs No. or a parenthetical.',
    'ECF No. 19-1234 is no case number.',
    // Bare numbers: phone numbers, dates, Bates-like numbers and ranges are not case numbers.
    'Call 212-555-1234 or (646) 555-0199 ext. 22.',
    'On 2023-10-02 and 10-02-2023 and 3/14/2024 it was filed.',
    'Produced at ABC-001456-cv and MSFT_AICPY-22-1456-cv.',
    'See pp. 22-1456 and ¶¶ 22-1456 of the filing.',
    'A bare 22-1456 on the cover, and 2022-1456 too.',
    'The sequence 22-1456-ab and 22-1456-CV are not suffixes.',
    // Forms that need their words.
    'The file 651872/2023 and No. 651872/2023 without Index.',
    'Reference 23STCV18842 stands alone.',
    'Order No. 14-23-00418 is missing its type.',
  ];
  for (const text of NOT_CASE_NUMBERS) {
    it(`finds no case number in ${JSON.stringify(text)}`, () => {
      assert.equal(caseNumbers(text), text);
    });
  }

  it('leaves a parenthetical that is neither judges nor a court outside the number', () => {
    assert.equal(caseNumbers('Doe v. Roe, 23-cv-8292 (sealed).'), 'Doe v. Roe, <0>23-cv-8292</0> (sealed).');
  });
});

describe('comparing case numbers with a docket list', () => {
  it('reads a docket number as a docket list gives it', () => {
    assert.deepEqual(parseCaseNumber('1:23-cv-08292'), { form: 'district', number: '1:23-cv-08292', office: '1', year: 2023, type: 'cv', typeName: 'civil', sequence: '08292', judges: [] });
    assert.equal(parseCaseNumber('not a number'), undefined);
  });

  it('matches the same case written differently, and not another case', () => {
    assert.equal(sameCase(detail('RE: 23-cv-8292 (S.D.N.Y.)'), '1:23-cv-08292'), true);
    assert.equal(sameCase(detail('Filed in No. 23 Civ. 8292 (SHS).'), '1:23-cv-08292'), true);
    assert.equal(sameCase(detail('RE: 23-cv-10211 (S.D.N.Y.)'), '1:23-cv-08292'), false);
    assert.equal(sameCase(detail('RE: 23-cr-8292 (S.D.N.Y.)'), '1:23-cv-08292'), false);
  });
});
