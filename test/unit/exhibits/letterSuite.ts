/**
 * One suite for a letter motion's exhibits and Bates numbers, run on the fixture letter
 * (npm test) and on the real sample beside the repository (npm run test:samples): what a
 * lawyer should see without an exhibit list and with one, the fixes, and the draft after them.
 */
import * as assert from 'node:assert/strict';
import { applyPreferred, CaseFolder, checkCase, findingsOf, lineReport } from './fixture';

export interface LetterExhibits {
  /** The letter, as converted plain text. */
  letter: string;
  /** Its exhibit list (exhibits.csv), eleven rows. */
  list: string;
  /** Without the list: the exhibit findings as `line: code "text" — message`. */
  withoutList: string[];
  /** Without the list: each bates-malformed finding's fixes as [title, new text, preferred]. */
  withoutListFixes: Array<Array<[string, string, boolean]>>;
  /** Text the letter holds once the preferred fixes are applied. */
  afterFix: string;
  /** The bates-malformed messages left after those fixes. */
  leftAfterFix: string[];
  /** With the list: the exhibit findings, and each one's fixes as [title, new text]. */
  withList: string[];
  withListFixes: Array<Array<[string, string]>>;
  /** With Ex. 11 taken off the list and an uncited Ex. 12 added: the findings other than Bates. */
  listLacksOne: string[];
}

export function describeLetterExhibits(name: string, data: LetterExhibits): void {
  const withoutList: CaseFolder = { draft: data.letter, format: 'plaintext' };
  const withList: CaseFolder = { draft: data.letter, format: 'plaintext', files: { '/case/exhibits.csv': data.list } };

  describe(`${name}, without an exhibit list`, () => {
    it('finds the short Bates number and the two written with spaces, and says no list was found', () => {
      assert.deepEqual(lineReport(checkCase(withoutList)), data.withoutList);
    });

    it('offers no digit for Ex. 6 (nor a half fix of its spaces), and fixes Ex. 7\'s spaces as the letter escapes its underscores', () => {
      const findings = findingsOf(checkCase(withoutList).result, 'bates-malformed');
      assert.deepEqual(findings.map((f) => f.fixes.map((x) => [x.title, x.edits[0].newText, x.preferred === true])), data.withoutListFixes);
    });

    it('after the fix, only Ex. 6\'s short number is left to a person, where it is cited twice', () => {
      const fixed = applyPreferred(withoutList);
      assert.ok(fixed.draft.includes(data.afterFix), data.afterFix);
      assert.deepEqual(findingsOf(checkCase(fixed).result, 'bates-malformed').map((f) => f.message), data.leftAfterFix);
    });

    it('numbers its exhibits in order of first citation, with no gap', () => {
      assert.deepEqual(findingsOf(checkCase(withoutList).result, 'exhibit-order'), []);
    });
  });

  describe(`${name}, with a list of its exhibits`, () => {
    it('resolves every exhibit and checks each Bates number against the list', () => {
      assert.deepEqual(lineReport(checkCase(withList)), data.withList);
    });

    it('fixes each number to the list\'s, escaped as the letter escapes; the letter then checks clean', () => {
      const fixes = findingsOf(checkCase(withList).result).map((f) => f.fixes.map((x) => [x.title, x.edits[0].newText]));
      assert.deepEqual(fixes, data.withListFixes);
      assert.deepEqual(lineReport(checkCase(applyPreferred(withList))), []);
    });

    it('flags the exhibit the list lacks, and notes the one the letter never cites', () => {
      const list = data.list.replace(/^11,.*\n/m, '') + '12,Privilege log,,\n';
      const checked = checkCase({ ...withList, files: { '/case/exhibits.csv': list } });
      assert.deepEqual(lineReport(checked).filter((r) => !r.includes('bates-malformed')), data.listLacksOne);
    });
  });
}
