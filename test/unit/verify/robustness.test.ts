import * as assert from 'node:assert/strict';
import { readLookupResponse } from '../../../server/src/core/verify/answers';
import { caseNamesMatch } from '../../../server/src/core/verify/caseNames';
import { verificationFindings } from '../../../server/src/core/verify/findings';
import { planTextRequests } from '../../../server/src/core/verify/plan';
import { lookupTargets } from '../../../server/src/core/verify/targets';
import type { LookupAnswer } from '../../../server/src/core/verify/types';
import { checkDraft } from '../helpers';

/**
 * Hostile input: everything in verification gives a sane answer, whatever the draft or the
 * answer (that its time stays linear: npm run test:perf).
 */

describe('verify: hostile input', () => {
  it('compares megabyte case names without throwing', () => {
    const huge = 'Am. '.repeat(250_000) + 'v. ' + 'Corp. '.repeat(100_000);
    const value = [caseNamesMatch(huge, huge), caseNamesMatch('v. '.repeat(300_000), 'Roe v. Wade'), caseNamesMatch("'".repeat(1_000_000), '&'.repeat(1_000_000))];
    // The same name matches; a name with no words to compare is never called a mismatch.
    assert.deepEqual(value, [true, true, true]);
  });

  it('plans 100,000 lookups in requests of 250', () => {
    const lookups = Array.from({ length: 100_000 }, (_, i) => `${i} F.3d ${i}`);
    const value = planTextRequests(lookups);
    assert.equal(value.length, 400);
  });

  it('reads a megabyte of garbage, or of deeply nested brackets, as a malformed answer', () => {
    for (const body of ['['.repeat(1_000_000), '1 F. 1 F. '.repeat(100_000), '{"a":'.repeat(200_000)]) {
      const value = readLookupResponse(body);
      assert.ok('problem' in value);
    }
  });

  it('turns answers for a megabyte draft of citations into a finding each', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `*Party${i} v. Other${i}*, ${i % 900 + 1} F.3d ${i + 1} (2d Cir. 2001).`).join('\n');
    assert.ok(text.length > 1_000_000);
    const result = checkDraft(text);
    const targets = lookupTargets(result.citations);
    const answer: LookupAnswer = { status: 'found', opinions: [{ caseName: 'Someone Else v. Another', citations: [] }] };
    const value = verificationFindings(result, () => answer, { existing: result.findings });
    assert.equal(targets.length, 20_000);
    assert.equal(value.findings.length, 20_000);
  });
});
