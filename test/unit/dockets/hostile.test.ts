import * as assert from 'node:assert/strict';
import { extractDocketCites } from '../../../server/src/core/families/dockets/extract';
import { parseDocketList } from '../../../server/src/core/families/dockets/list';
import { plainReaderText } from '../../../server/src/core/text/readerText';
import { checkDraft } from '../helpers';
import { DOCKET_HOSTILE, DOCKET_LIST_HOSTILE, DOCKET_NEAR_MISSES } from './hostileInputs';

/**
 * Docket cites and docket lists on hostile input (./hostileInputs.ts), 64 KB of each: read
 * without throwing, with sane results (how the time grows with the size: npm run test:perf).
 */
const SIZE = 64 * 1024;

describe('docket extraction on hostile input', () => {
  for (const [name, make] of Object.entries(DOCKET_HOSTILE)) {
    it(`reads 64 KB of ${name}: cites inside the text, none overlapping`, () => {
      const text = make(SIZE);
      const found = extractDocketCites(plainReaderText(text));
      for (const c of found) assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end, `${name}: ${c.start}–${c.end}`);
      for (let k = 1; k < found.length; k++) assert.ok(found[k].start >= found[k - 1].end, 'no overlapping cites');
    });
  }

  it('caps a list at 50 entries and leaves the rest as text', () => {
    const [c] = extractDocketCites(plainReaderText(`ECF Nos. ${'1, '.repeat(200)}2.`));
    assert.equal((c.detail as { entries: unknown[] }).entries.length, 50);
  });

  it('checks 64 KB of near-misses end to end without throwing, finding no docket cite', () => {
    const result = checkDraft(DOCKET_NEAR_MISSES(SIZE), { format: 'plaintext' });
    assert.deepEqual(result.citations.filter((c) => c.kind === 'docket').map((c) => c.text).slice(0, 3), []);
  });
});

describe('docket lists on hostile input', () => {
  for (const [name, [file, make]] of Object.entries(DOCKET_LIST_HOSTILE)) {
    it(`reads ${name} without throwing: entries, or problems that say why`, () => {
      const list = parseDocketList(make(SIZE), file);
      assert.ok(list.entries.size > 0 || list.problems.length > 0);
    });
  }
});
