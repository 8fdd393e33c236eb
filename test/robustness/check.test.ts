/**
 * The whole check (`check()` from core: reader, every extractor, resolution, every rule) on
 * hostile drafts, as Markdown and as plain text: it finishes without throwing, its results are
 * sane and keep the JSON contract, junk yields no citations, and a citation after the
 * junk is found as if the junk were not there.
 */
import * as assert from 'node:assert/strict';
import { check, CheckResult } from '../../server/src/core/check';
import type { DocumentFormat } from '../../server/src/core/text/markdown';
import { HOSTILE_DRAFTS, KB, QUICK_SIZE } from './hostile';
import { assertSane } from './invariants';

const FORMATS: readonly DocumentFormat[] = ['markdown', 'plaintext'];

/** A paragraph with one citation of each kind, to place before and after the junk. */
const SENTINEL = 'Harmon v. Lindqvist Freight Co., 60 F.3d 913, 920 (2d Cir. 1994). See Dkt. No. 293 at 4. See Ex. 5, ABC000123.';

/** What a check finds in `text` from `from` on, as `kind: text` lines. */
function foundFrom(result: CheckResult, from: number, to = Infinity): string[] {
  return result.citations.filter((c) => c.start >= from && c.end <= to).map((c) => `${c.kind}: ${c.text}`);
}

describe('robustness: check() on hostile drafts', function () {
  this.timeout(60_000);

  for (const format of FORMATS) {
    describe(`as ${format}`, () => {
      const clean = foundFrom(check({ text: SENTINEL, format }), 0);

      for (const hostile of HOSTILE_DRAFTS) {
        it(`${hostile.name}: sane results${hostile.junk ? ', no citations' : ''}`, () => {
          const label = `${hostile.name} (${format})`;
          const input = hostile.make(QUICK_SIZE);
          const result = check({ text: input, format });
          assertSane(result, input, label);
          if (hostile.junk) {
            assert.deepEqual(foundFrom(result, 0).slice(0, 5), [], `${label}: junk should yield no citations`);
          }
        });

        it(`${hostile.name}: a citation before and after it is found as in a clean draft`, () => {
          const junk = hostile.make(128 * KB);
          const text = `${SENTINEL}\n\n${junk}\n\n${SENTINEL}\n`;
          const result = check({ text, format });
          const label = `${hostile.name} (${format})`;
          assert.deepEqual(foundFrom(result, 0, SENTINEL.length), clean, `${label}: the citations before the junk changed`);
          if (hostile.hidesRest !== format) {
            assert.deepEqual(foundFrom(result, text.length - SENTINEL.length - 1), clean, `${label}: the citations after the junk changed`);
          }
        });
      }
    });
  }
});
