import * as assert from 'node:assert/strict';
import { extractRecordCites } from '../../../server/src/core/families/record/extract';
import { readRecordText } from '../../../server/src/core/families/record/readers';
import { readDocument } from '../../../server/src/core/text/markdown';
import { RECORD_HOSTILE, TRANSCRIPT_HOSTILE } from './hostileInputs';

/** The record extractor and readers on 64 KB of hostile text: they finish, with sane results (growth: npm run test:perf). */
describe('record cites on hostile text', () => {
  const SIZE = 64 * 1024;
  for (const [name, make] of Object.entries(RECORD_HOSTILE)) {
    it(`${name}: cites inside the text, none overlapping`, () => {
      const text = make(SIZE);
      const found = extractRecordCites(readDocument(text, 'plaintext'));
      for (const c of found) assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end);
      for (let k = 1; k < found.length; k++) assert.ok(found[k].start >= found[k - 1].end, 'no overlapping cites');
    });
  }
  it('a transcript reader fed numbered lines and page numbers without end', () => {
    assert.doesNotThrow(() => readRecordText(TRANSCRIPT_HOSTILE(SIZE)));
  });
});
