import * as assert from 'node:assert/strict';
import { extractRecordCites } from '../../server/src/core/families/record/extract';
import { readRecordText } from '../../server/src/core/families/record/readers';
import { readDocument } from '../../server/src/core/text/markdown';
import { expectLinearTime, repeatTo } from './timing';

/** The record extractor and readers on hostile text: linear time, and sane results. */
const HOSTILE: ReadonlyArray<{ name: string; make: (size: number) => string }> = [
  { name: 'designators with nothing after them', make: (n) => repeatTo('Smith Jones Lee Dep. Decl. Tr. J.A. ROA PageID ', n) },
  { name: 'one endless list of transcript locations', make: (n) => 'Smith Dep. ' + repeatTo('45:3–12, ', n) },
  { name: 'one endless list of paragraphs', make: (n) => 'Compl. ¶¶ ' + repeatTo('1–2, ', n) },
  { name: 'capitalised words before every designator', make: (n) => repeatTo('Aa Bb Cc Dd Ee Ff Gg Dep. 1:1 ', n) },
  { name: 'digits and colons', make: (n) => 'Tr. ' + repeatTo('1:1:1:1-', n) },
];

describe('record cites on hostile text', function () {
  this.timeout(120_000);
  for (const hostile of HOSTILE) {
    it(`${hostile.name}: linear time`, () => {
      const { result } = expectLinearTime(hostile.name, hostile.make, (text) => extractRecordCites(readDocument(text, 'plaintext')));
      assert.ok(Array.isArray(result));
    });
  }
  it('a transcript reader fed a megabyte of numbered lines and page numbers: linear time', () => {
    expectLinearTime('transcript', (n) => repeatTo('   12\n 1 a\n 2 b\n\f 9\n', n), (text) => readRecordText(text));
  });
});
