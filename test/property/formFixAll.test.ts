/**
 * "Fix all citation form problems": on random drafts assembled from citations in correct and
 * faulty forms (courts, page spans, signals, history, parentheticals, reporters), in every style,
 * its edits lie inside the ranges of the form findings and do not overlap, and once applied a
 * second run finds nothing more to change.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from '../../server/src/core/check';
import { sanitizeSettings } from '../../server/src/core/settings';
import { FORM_CODES, formFixAll } from '../../server/src/core/styles/fixAll';
import { applyEdits } from './properties';

const SIGNALS = ['', 'See ', 'See e.g. ', 'see ', 'See, e.g., ', 'See also, ', 'Cf. ', 'E.g. '];
const NAMES = ['Alpha v. Beta', '*Gamma Corp. v. Delta*', 'In re Epsilon', 'Zeta Int\'l v. Eta'];
const COURTS = ['2d Cir.', '2nd Cir.', '3rd Cir.', 'N.D.Cal.', 'N.D. Cal.', 'S.D.N.Y', 'SDNY', 'S.D.N.Y.', 'E.D.Tex.'];
const PINS = ['920', '920-921', '920–21', '920-1', '920 n. 3', '920 n.3', '1075-1079'];
const AFTER = ['', ' (cleaned up)', ' (citation modified)', ', affirmed, 515 U.S. 1 (1995)', ', cert denied, 530 U.S. 1 (2002)', ", aff'd, 515 U.S. 2 (1995)"];
const REPORTERS = ['F.3d', 'F.Supp.3d', 'F. Supp. 3d', 'Wash. 2d', 'Wn.2d', 'Cal.5th'];
const SEPARATORS = ['. ', '; ', '.\n\n', ' '];

const citation = fc.record({
  signal: fc.constantFrom(...SIGNALS),
  name: fc.constantFrom(...NAMES),
  volume: fc.integer({ min: 1, max: 400 }),
  reporter: fc.constantFrom(...REPORTERS),
  pin: fc.constantFrom(...PINS),
  court: fc.constantFrom(...COURTS),
  year: fc.integer({ min: 1990, max: 2020 }),
  after: fc.constantFrom(...AFTER),
  california: fc.boolean(),
  separator: fc.constantFrom(...SEPARATORS),
});

const draft = fc.array(citation, { minLength: 1, maxLength: 8 }).map((cites) =>
  cites.map((c) => (c.california
    ? `(${c.signal}${c.name} (${c.year}) ${c.volume} ${c.reporter} 900, ${c.pin}${c.after}.)`
    : `${c.signal}${c.name}, ${c.volume} ${c.reporter} 900, ${c.pin} (${c.court} ${c.year})${c.after}`) + c.separator).join(''));

const STYLE = fc.constantFrom('auto', 'bluebook-22', 'bluebook-21', 'indigo', 'california');

describe('property: fix all citation form problems', () => {
  it('edits only flagged ranges, never overlapping, and a second run changes nothing', () => {
    fc.assert(
      fc.property(draft, STYLE, fc.boolean(), (text, style, washington) => {
        const settings = sanitizeSettings({ style, localRules: washington ? ['wash-gr14'] : [] }).settings;
        const result = check({ text, format: 'markdown' }, settings, {});
        const edits = formFixAll(result);
        const flagged = result.findings.filter((f) => FORM_CODES.includes(f.code));
        for (const e of edits) assert.ok(flagged.some((f) => e.start >= f.start && e.end <= f.end), `edit ${JSON.stringify(e)} outside every form finding`);
        for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end, 'edits overlap');
        const fixed = applyEdits(text, edits);
        const again = formFixAll(check({ text: fixed, format: 'markdown' }, settings, {}));
        assert.deepEqual(again, [], `a second run still edits:\n${fixed}`);
      }),
      { numRuns: 150 },
    );
  });
});
