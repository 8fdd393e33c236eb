import assert from 'node:assert/strict';
import { matchReporterAt } from '../../../server/src/core/reporters/index';

/** Calls matchReporterAt at every position; returns the matches found and the time taken. */
function scanAll(text: string): { matches: number; ms: number } {
  const start = Date.now();
  let matches = 0;
  for (let i = 0; i < text.length; i++) if (matchReporterAt(text, i)) matches++;
  return { matches, ms: Date.now() - start };
}

const MB = 1 << 20;

describe('matchReporterAt on hostile input', function () {
  this.timeout(20000);

  it('stays linear on 1 MB of "F. F. F. "', () => {
    const text = 'F. '.repeat(Math.ceil(MB / 3));
    const { matches, ms } = scanAll(text);
    assert.equal(matches, Math.ceil(MB / 3));
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('stays linear on one 1 MB word', () => {
    const { ms } = scanAll('F'.repeat(MB));
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('stays linear on 1 MB of near-misses and whitespace runs', () => {
    const near = scanAll('F. Supp.  \n 2'.repeat(Math.ceil(MB / 14)));
    assert.ok(near.ms < 2000, `${near.ms} ms`);
    const spaces = scanAll(`F.${' '.repeat(MB)}3d`);
    assert.ok(spaces.ms < 2000, `${spaces.ms} ms`);
    const dots = scanAll('U.S.'.repeat(MB / 4));
    assert.ok(dots.ms < 2000, `${dots.ms} ms`);
  });
});
