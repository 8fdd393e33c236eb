/**
 * Docket cites and case numbers in the real sample letter motion (../shared/samples/; npm run test:samples).
 */
import * as assert from 'node:assert/strict';
import { applyFix, checkDraft } from '../unit/helpers';
import { sharedSample } from './shared';

describe('docket cites in the sample letter', () => {
  it('finds the two docket cites and both case numbers, and nothing in the discovery requests', () => {
    const text = sharedSample();
    const found = checkDraft(text, { format: 'plaintext' }).citations.filter((c) => c.kind === 'docket' || c.kind === 'case-number');
    assert.deepEqual(found.map((c) => [c.kind, c.text]), [
      ['case-number', '23-cv-8292 (S.D.N.Y.)'],
      ['case-number', '23-cv-10211 (S.D.N.Y.)'],
      ['docket', 'Dkt. No. 293'],
      ['docket', 'Dkt. 69 at ¶¶76, 430'],
    ]);
    assert.deepEqual(found.filter((c) => c.kind === 'docket').map((c) => [c.entry, c.pinCite]), [['293', undefined], ['69', '¶¶76, 430']]);
  });
});

describe('docket rules on the sample letter', () => {
  it('gives the style warning on Dkt. 69 and the pin-format hint on ¶¶76, and the fixes clear both', () => {
    const text = sharedSample();
    const mine = (t: string) => checkDraft(t, { format: 'plaintext' }).findings.filter((f) => f.code.startsWith('docket-'));
    const found = mine(text);
    assert.deepEqual(found.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]), [
      ['docket-style-inconsistent', 'warning', 'Dkt. 69 at ¶¶76, 430'],
      ['docket-pin-format', 'hint', '¶¶76, 430'],
    ]);
    const fixed = applyFix(applyFix(text, found[1].fixes[0]), found[0].fixes[0]);
    assert.match(fixed, /See\* Dkt\. No\. 69 at ¶¶ 76, 430\./);
    assert.deepEqual(mine(fixed), []);
  });
});
