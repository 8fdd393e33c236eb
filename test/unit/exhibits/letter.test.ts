/**
 * The fixture letter motion (test/fixtures/letter-motion.txt): eleven exhibits, nine Bates
 * numbers of the prefix DLMT_QRX, Ex. 6's one digit short (twice), and two written with spaces.
 */
import { LETTER_MOTION } from '../../fixtures';
import { draft } from '../helpers';
import { describeLetterExhibits } from './letterSuite';

const SHORT = 'Bates number DLMT_QRX_00377104: it has 8 digits where the other DLMT_QRX numbers have 9; a digit may be missing or extra.';
const SHORT_AND_SPACED =
  'Bates number DLMT QRX 00377104: it has 8 digits where the other DLMT_QRX numbers have 9; a digit may be missing or extra; ' +
  'it is written with spaces where the other DLMT_QRX numbers are written with underscores.';

describeLetterExhibits('the fixture letter motion', {
  letter: LETTER_MOTION,
  list: draft`
    Exhibit,Description,Bates Begin,Date
    1,Email of Feb. 3 2024,DLMT_QRX_000412207,2024-02-03
    2,Transfer manifest,DLMT_QRX_000412388,
    3,Email,DLMT_QRX_000287140,
    4,Email,DLMT_QRX_000198023,
    5,Chat log,DLMT_QRX_000139562,
    6,Email,DLMT_QRX_000377104,
    7,Email from Quarrix to Delmont,DLMT_QRX_000290113,
    8,Plaintiffs' Requests for Production,,
    9,Delmont's letter of May 20,,2026-05-20
    10,Delmont's email of May 28,,2026-05-28
    11,Quarrix's Amended Answer to Interrogatory No. 9,,
  `,
  withoutList: [
    '36: exhibit-source-missing "Ex. 1, DLMT\\\\_QRX\\\\_000412207" — This draft cites exhibits, but no exhibit list was found: Brieflint cannot check that each exhibit exists. Add exhibits.csv (or .json, .yaml) beside the draft or at the workspace root, an index of exhibits in the draft, or set brieflint.exhibits.folder.',
    `38: bates-malformed "DLMT\\\\_QRX\\\\_00377104" — ${SHORT}`,
    '44: bates-malformed "DLMT QRX 000290113" — Bates number DLMT QRX 000290113: it is written with spaces where the other DLMT_QRX numbers are written with underscores.',
    `72: bates-malformed "DLMT QRX 00377104" — ${SHORT_AND_SPACED}`,
  ],
  withoutListFixes: [[], [['Write DLMT_QRX_000290113', 'DLMT\\_QRX\\_000290113', true]], []],
  afterFix: 'Ex. 7, DLMT\\_QRX\\_000290113 (email from Quarrix',
  leftAfterFix: [SHORT, SHORT_AND_SPACED],
  withList: [
    '38: bates-malformed "DLMT\\\\_QRX\\\\_00377104" — Bates number DLMT_QRX_00377104 has 8 digits where exhibits.csv has 9 (DLMT_QRX_000377104 for Ex. 6).',
    '44: bates-malformed "DLMT QRX 000290113" — Bates number DLMT QRX 000290113 is written with spaces where exhibits.csv writes with underscores (DLMT_QRX_000290113 for Ex. 7).',
    '72: bates-malformed "DLMT QRX 00377104" — Bates number DLMT QRX 00377104 has 8 digits where exhibits.csv has 9 (DLMT_QRX_000377104 for Ex. 6).',
  ],
  withListFixes: [
    [['Write DLMT_QRX_000377104 as in exhibits.csv', 'DLMT\\_QRX\\_000377104']],
    [['Write DLMT_QRX_000290113 as in exhibits.csv', 'DLMT\\_QRX\\_000290113']],
    [['Write DLMT_QRX_000377104 as in exhibits.csv', 'DLMT\\_QRX\\_000377104']],
  ],
  listLacksOne: [
    '1: exhibit-unused "" — Ex. 12 (Privilege log) is listed in exhibits.csv (line 12) but never cited in this draft.',
    '70: exhibit-unresolved "11" — Ex. 11 is not defined in exhibits.csv. Defined: Exs. 1–10 and 12.',
  ],
});
