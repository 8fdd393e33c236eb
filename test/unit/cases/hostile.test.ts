import * as assert from 'node:assert/strict';
import { extractCaseCitations } from '../../../server/src/core/families/cases/extract';
import { readDocument } from '../../../server/src/core/text/markdown';
import { checkDraft } from '../helpers';
import { CASE_HOSTILE, EVERY_FORM } from './hostileInputs';

/**
 * The extractor on hostile input (./hostileInputs.ts): 64 KB of each is read without throwing,
 * every citation inside the text, none overlapping the next, and the result is the same on a
 * second read. How the time grows with the size: npm run test:perf.
 */
const SIZE = 64 * 1024;

describe('case extractor on hostile input', () => {
  for (const [name, make] of CASE_HOSTILE) {
    it(`reads 64 KB of ${name}: sane spans, the same each time`, () => {
      const reader = readDocument(make(SIZE), 'markdown');
      const found = extractCaseCitations(reader);
      for (const c of found) assert.ok(c.start >= 0 && c.end <= reader.text.length && c.start < c.end, `${name}: ${c.start}–${c.end}`);
      for (let k = 1; k < found.length; k++) assert.ok(found[k].start >= found[k - 1].start, `${name}: out of order at ${k}`);
      assert.deepEqual(extractCaseCitations(readDocument(make(SIZE), 'markdown')).map((c) => [c.start, c.end]), found.map((c) => [c.start, c.end]));
    });
  }

  it('checks a draft with a thousand citations of every form without throwing, finding each', () => {
    const result = checkDraft(EVERY_FORM.repeat(1000));
    assert.ok(result.citations.length >= 6000, `${result.citations.length} citations`);
    const once = checkDraft(EVERY_FORM).citations.length;
    assert.equal(result.citations.length, once * 1000);
  });
});
