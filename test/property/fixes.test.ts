/**
 * Properties of quick fixes on random drafts, checked with an exhibit list and a docket list
 * beside them half the time, as the editor checks them. For every fix of every finding (a fix may
 * edit the exhibit list too, e.g. add the row of an exhibit the list lacks):
 *
 * - its edits lie inside the draft and do not overlap;
 * - applied, it changes only its range: every citation it does not touch is found again, the
 *   same kind and text, where it was;
 * - re-checked, the finding it fixes is gone, and no new error appears;
 * - it is not offered again: after it, nothing at that place offers the same fix. (Applying the
 *   same edits twice is not the property: inserting a space twice gives two spaces. What a user
 *   sees is that, once fixed, there is nothing left to fix.)
 *
 * And for the fixes an editor may apply without asking (`preferred`, "fix all"): applied
 * together, round after round, they settle within a few rounds, and once settled another round
 * changes nothing — fix all twice is fix all once. Rules that undo each other would loop.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanDraft, mutatedDraft } from './drafts';
import { allFixes, describeFix, fixAll, fixProblem } from './fixChecks';
import { checkWorld, propertyParameters, sourcesOf } from './properties';

describe('property: quick fixes on random drafts', function () {
  this.timeout(300_000);

  for (const [name, drafts] of [['drafts as written', cleanDraft(16)], ['drafts with random edits', mutatedDraft(16, 4)]] as const) {
    it(`every fix edits only its range, removes its finding, adds no error, and is not offered again (${name})`, () => {
      fc.assert(
        fc.property(drafts, (d) => {
          const before = checkWorld(d);
          for (const c of allFixes(before, sourcesOf(d))) {
            const problem = fixProblem(d, before, c);
            assert.equal(problem, undefined, `${describeFix(d, c)}: ${problem}`);
          }
        }),
        propertyParameters(250),
      );
    });
  }

  it('fix all settles within four rounds, and fixing all again then changes nothing', () => {
    fc.assert(
      fc.property(cleanDraft(16), (d) => {
        const rounds = [d.text];
        let text = d.text;
        for (let round = 0; round < 4; round++) {
          const next = fixAll({ ...d, text });
          if (next === text) break;
          rounds.push(next);
          text = next;
        }
        assert.equal(fixAll({ ...d, text }), text, `fix all has not settled after ${rounds.length - 1} rounds:\n${rounds.map((r) => JSON.stringify(r)).join('\n')}`);
      }),
      propertyParameters(250),
    );
  });
});
