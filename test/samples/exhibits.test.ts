/**
 * The real sample letter motion (S.D.N.Y., 2025; ../shared/samples/, npm run test:samples):
 * eleven exhibits cited with Bates numbers, Ex. 6's number one digit short, and two numbers
 * written with spaces.
 */
import * as assert from 'node:assert/strict';
import { describeLetterExhibits } from '../unit/exhibits/letterSuite';
import { checkDraft, draft } from '../unit/helpers';
import { sharedSample } from './shared';

const LETTER = sharedSample();
const SHORT = 'Bates number MSFT_AICPY_00588353: it has 8 digits where the other MSFT_AICPY numbers have 9; a digit may be missing or extra.';
const SHORT_AND_SPACED =
  'Bates number MSFT AICPY 00588353: it has 8 digits where the other MSFT_AICPY numbers have 9; a digit may be missing or extra; ' +
  'it is written with spaces where the other MSFT_AICPY numbers are written with underscores.';

describeLetterExhibits('the sample letter motion', {
  letter: LETTER,
  // An exhibit list for the letter, as its authors might have kept it (descriptions are ours).
  list: draft`
    Exhibit,Description,Bates Begin,Date
    1,Email of Oct. 1 2023,MSFT_AICPY_000591635,2023-10-01
    2,Dataset list,MSFT_AICPY_000591895,
    3,Email,MSFT_AICPY_000340737,
    4,Email,MSFT_AICPY_000212393,
    5,Chat log,MSFT_AICPY_000169741,
    6,Email,MSFT_AICPY_000588353,
    7,Email from OpenAI to Microsoft,MSFT_AICPY_000225215,
    8,Plaintiffs' Requests for Production,,
    9,Microsoft's letter of March 5,,2025-03-05
    10,Microsoft's email of March 14,,2025-03-14
    11,OpenAI's Supplemental Response to Interrogatory No. 11,,
  `,
  withoutList: [
    '37: exhibit-source-missing "Ex. 1, MSFT\\\\_AICPY\\\\_000591635" — This draft cites exhibits, but no exhibit list was found: Brieflint cannot check that each exhibit exists. Add exhibits.csv (or .json, .yaml) beside the draft or at the workspace root, an index of exhibits in the draft, or set brieflint.exhibits.folder.',
    `39: bates-malformed "MSFT\\\\_AICPY\\\\_00588353" — ${SHORT}`,
    '45: bates-malformed "MSFT AICPY 000225215" — Bates number MSFT AICPY 000225215: it is written with spaces where the other MSFT_AICPY numbers are written with underscores.',
    `73: bates-malformed "MSFT AICPY 00588353" — ${SHORT_AND_SPACED}`,
  ],
  withoutListFixes: [[], [['Write MSFT_AICPY_000225215', 'MSFT\\_AICPY\\_000225215', true]], []],
  afterFix: 'Ex. 7, MSFT\\_AICPY\\_000225215 (email from OpenAI',
  leftAfterFix: [SHORT, SHORT_AND_SPACED],
  withList: [
    '39: bates-malformed "MSFT\\\\_AICPY\\\\_00588353" — Bates number MSFT_AICPY_00588353 has 8 digits where exhibits.csv has 9 (MSFT_AICPY_000588353 for Ex. 6).',
    '45: bates-malformed "MSFT AICPY 000225215" — Bates number MSFT AICPY 000225215 is written with spaces where exhibits.csv writes with underscores (MSFT_AICPY_000225215 for Ex. 7).',
    '73: bates-malformed "MSFT AICPY 00588353" — Bates number MSFT AICPY 00588353 has 8 digits where exhibits.csv has 9 (MSFT_AICPY_000588353 for Ex. 6).',
  ],
  withListFixes: [
    [['Write MSFT_AICPY_000588353 as in exhibits.csv', 'MSFT\\_AICPY\\_000588353']],
    [['Write MSFT_AICPY_000225215 as in exhibits.csv', 'MSFT\\_AICPY\\_000225215']],
    [['Write MSFT_AICPY_000588353 as in exhibits.csv', 'MSFT\\_AICPY\\_000588353']],
  ],
  listLacksOne: [
    '1: exhibit-unused "" — Ex. 12 (Privilege log) is listed in exhibits.csv (line 12) but never cited in this draft.',
    '71: exhibit-unresolved "11" — Ex. 11 is not defined in exhibits.csv. Defined: Exs. 1–10 and 12.',
  ],
});

describe('exhibit cites: the sample letter motion', () => {
  it('finds its thirteen exhibit cites with their Bates numbers', () => {
    const cites = checkDraft(LETTER, { format: 'plaintext' }).citations.filter((c) => c.kind === 'exhibit');
    assert.deepEqual(cites.map((c) => c.text), [
      'Ex. 1, MSFT_AICPY_000591635',
      'Ex. 2, MSFT_AICPY_000591895',
      'Ex. 3, MSFT_AICPY_000340737',
      'Ex. 4, MSFT_AICPY_000212393',
      'Ex. 5',
      'Ex. 5, MSFT_AICPY_000169741',
      'Ex. 6, MSFT_AICPY_00588353',
      'Ex. 7, MSFT AICPY 000225215',
      'Ex. 8',
      'Ex. 9',
      'Ex. 10',
      'Ex. 11',
      'Ex. 6, MSFT AICPY 00588353',
    ]);
    assert.deepEqual(cites[6].exhibits, ['6']);
    assert.deepEqual(cites[6].bates, ['MSFT_AICPY_00588353']);
  });
});
