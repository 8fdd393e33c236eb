import assert from 'node:assert/strict';
import { matchReporterAt } from '../../../server/src/core/reporters/index';

/**
 * matchReporterAt, called at every position of hostile text, finds what is there and nothing
 * more (how its time grows with the text: npm run test:perf).
 */

/** Calls matchReporterAt at every position; returns how many matched. */
export function scanAll(text: string): number {
  let matches = 0;
  for (let i = 0; i < text.length; i++) if (matchReporterAt(text, i)) matches++;
  return matches;
}

const SIZE = 64 * 1024;

describe('matchReporterAt on hostile input', () => {
  it('finds each reporter of 64 KB of "F. F. F. "', () => {
    const count = Math.ceil(SIZE / 3);
    assert.equal(scanAll('F. '.repeat(count)), count);
  });

  it('finds nothing in one 64 KB word', () => {
    assert.equal(scanAll('F'.repeat(SIZE)), 0);
  });

  it('reads near-misses and whitespace runs as a reader would', () => {
    const near = Math.ceil(SIZE / 14);
    assert.equal(scanAll('F. Supp.  \n 2'.repeat(near)), near, 'one match in each `F. Supp.  \\n 2`');
    assert.equal(scanAll(`F.${' '.repeat(SIZE)}3d`), 1, 'the F. alone: a reporter does not reach across 64 KB of spaces');
    assert.equal(scanAll('U.S.'.repeat(SIZE / 4)), 1, 'only the last U.S., the one a word boundary ends');
  });
});
