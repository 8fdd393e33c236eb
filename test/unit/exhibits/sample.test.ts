import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Fix } from '../../../server/src/core/types';
import { draft } from '../helpers';
import { applyToCase, CaseFolder, checkCase, Checked, findingsOf } from './fixture';

/**
 * The sample letter motion (S.D.N.Y., 2025): eleven exhibits cited with Bates numbers, Ex. 6's
 * number one digit short, and two numbers written with spaces.
 */
const LETTER = fs.readFileSync(path.join(__dirname, '../../../../../shared/samples/letter-motion-to-compel.txt'), 'utf8');

/** An exhibit list for the letter, as its authors might have kept it (descriptions are ours). */
const LIST = draft`
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
`;

const WITHOUT_LIST: CaseFolder = { draft: LETTER, format: 'plaintext' };
const WITH_LIST: CaseFolder = { draft: LETTER, format: 'plaintext', files: { '/case/exhibits.csv': LIST } };

/** Each exhibit finding as `line: code "text" — message`. */
function report(checked: Checked): string[] {
  const { result } = checked;
  return findingsOf(result).map((f) => `${result.lines.positionAt(f.start).line + 1}: ${f.code} ${JSON.stringify(result.draft.text.slice(f.start, f.end))} — ${f.message}`);
}

/** Applies the preferred fix of every finding (they touch different characters). */
function applyPreferred(folder: CaseFolder): CaseFolder {
  const fixes = findingsOf(checkCase(folder).result).flatMap((f) => f.fixes.filter((x) => x.preferred));
  const all: Fix = { title: 'all', edits: fixes.flatMap((x) => x.edits) };
  return applyToCase(folder, all);
}

describe('the sample letter motion, without an exhibit list', () => {
  it('finds the short Bates number and the two written with spaces, and says no list was found', () => {
    assert.deepEqual(report(checkCase(WITHOUT_LIST)), [
      '37: exhibit-source-missing "Ex. 1, MSFT\\\\_AICPY\\\\_000591635" — This draft cites exhibits, but no exhibit list was found: Brieflint cannot check that each exhibit exists. Add exhibits.csv (or .json, .yaml) beside the draft or at the workspace root, an index of exhibits in the draft, or set brieflint.exhibits.folder.',
      '39: bates-malformed "MSFT\\\\_AICPY\\\\_00588353" — Bates number MSFT_AICPY_00588353: it has 8 digits where the other MSFT_AICPY numbers have 9; a digit may be missing or extra.',
      '45: bates-malformed "MSFT AICPY 000225215" — Bates number MSFT AICPY 000225215: it is written with spaces where the other MSFT_AICPY numbers are written with underscores.',
      '73: bates-malformed "MSFT AICPY 00588353" — Bates number MSFT AICPY 00588353: it has 8 digits where the other MSFT_AICPY numbers have 9; a digit may be missing or extra; it is written with spaces where the other MSFT_AICPY numbers are written with underscores.',
    ]);
  });

  it('offers no digit for Ex. 6 (nor a half fix of its spaces), and fixes Ex. 7\'s spaces as the letter escapes its underscores', () => {
    const findings = findingsOf(checkCase(WITHOUT_LIST).result, 'bates-malformed');
    assert.deepEqual(findings.map((f) => f.fixes.map((x) => [x.title, x.edits[0].newText, x.preferred === true])), [
      [],
      [['Write MSFT_AICPY_000225215', 'MSFT\\_AICPY\\_000225215', true]],
      [],
    ]);
  });

  it('after the fix, only Ex. 6\'s short number is left to a person, where it is cited twice', () => {
    const fixed = applyPreferred(WITHOUT_LIST);
    assert.ok(fixed.draft.includes('Ex. 7, MSFT\\_AICPY\\_000225215 (email from OpenAI'));
    assert.deepEqual(findingsOf(checkCase(fixed).result, 'bates-malformed').map((f) => f.message), [
      'Bates number MSFT_AICPY_00588353: it has 8 digits where the other MSFT_AICPY numbers have 9; a digit may be missing or extra.',
      'Bates number MSFT AICPY 00588353: it has 8 digits where the other MSFT_AICPY numbers have 9; a digit may be missing or extra; it is written with spaces where the other MSFT_AICPY numbers are written with underscores.',
    ]);
  });

  it('numbers its exhibits in order of first citation, with no gap', () => {
    assert.deepEqual(findingsOf(checkCase(WITHOUT_LIST).result, 'exhibit-order'), []);
  });
});

describe('the sample letter motion, with a list of its exhibits', () => {
  it('resolves every exhibit and checks each Bates number against the list', () => {
    assert.deepEqual(report(checkCase(WITH_LIST)), [
      '39: bates-malformed "MSFT\\\\_AICPY\\\\_00588353" — Bates number MSFT_AICPY_00588353 has 8 digits where exhibits.csv has 9 (MSFT_AICPY_000588353 for Ex. 6).',
      '45: bates-malformed "MSFT AICPY 000225215" — Bates number MSFT AICPY 000225215 is written with spaces where exhibits.csv writes with underscores (MSFT_AICPY_000225215 for Ex. 7).',
      '73: bates-malformed "MSFT AICPY 00588353" — Bates number MSFT AICPY 00588353 has 8 digits where exhibits.csv has 9 (MSFT_AICPY_000588353 for Ex. 6).',
    ]);
  });

  it('fixes each number to the list\'s, escaped as the letter escapes; the letter then checks clean', () => {
    const fixes = findingsOf(checkCase(WITH_LIST).result).map((f) => f.fixes.map((x) => [x.title, x.edits[0].newText]));
    assert.deepEqual(fixes, [
      [['Write MSFT_AICPY_000588353 as in exhibits.csv', 'MSFT\\_AICPY\\_000588353']],
      [['Write MSFT_AICPY_000225215 as in exhibits.csv', 'MSFT\\_AICPY\\_000225215']],
      [['Write MSFT_AICPY_000588353 as in exhibits.csv', 'MSFT\\_AICPY\\_000588353']],
    ]);
    const fixed = applyPreferred(WITH_LIST);
    assert.deepEqual(report(checkCase(fixed)), []);
  });

  it('flags the exhibit the list lacks, and notes the one the letter never cites', () => {
    const list = LIST.replace(/^11,.*\n/m, '') + '12,Privilege log,,\n';
    const checked = checkCase({ ...WITH_LIST, files: { '/case/exhibits.csv': list } });
    assert.deepEqual(report(checked).filter((r) => !r.includes('bates-malformed')), [
      '1: exhibit-unused "" — Ex. 12 (Privilege log) is listed in exhibits.csv (line 12) but never cited in this draft.',
      '71: exhibit-unresolved "11" — Ex. 11 is not defined in exhibits.csv. Defined: Exs. 1–10 and 12.',
    ]);
  });
});
