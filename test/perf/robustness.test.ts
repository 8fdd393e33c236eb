/**
 * How the time of the reader, the CSV reader and the whole check grows on every hostile draft
 * (test/robustness/hostile.ts), at 64 KB, 256 KB and 1 MB; and a 20 MB draft checked in linear
 * time when the limit allows it, and declined at once when it does not. What the results must
 * be is tested by npm test (test/robustness/); here only how the time grows.
 */
import * as assert from 'node:assert/strict';
import { check } from '../../server/src/core/check';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../server/src/core/settings';
import { parseCsv } from '../../server/src/core/text/csv';
import { readDocument } from '../../server/src/core/text/markdown';
import { longBrief } from '../robustness/fixtures';
import { HOSTILE_CSV, HOSTILE_DRAFTS } from '../robustness/hostile';
import { assertSane, resultProblems } from '../robustness/invariants';
import { expectLinearGrowth, MB, timeMs } from './growth';

describe('perf: hostile drafts, linear time', function () {
  this.timeout(600_000);

  for (const format of ['markdown', 'plaintext'] as const) {
    describe(`check() as ${format}`, () => {
      for (const hostile of HOSTILE_DRAFTS) {
        it(hostile.name, () => {
          const label = `${hostile.name} (${format})`;
          const { result, input } = expectLinearGrowth(label, hostile.make, (text: string) => check({ text, format }));
          assertSane(result, input, label);
        });
      }
    });

    describe(`the reader as ${format}`, () => {
      for (const hostile of HOSTILE_DRAFTS) {
        it(hostile.name, () => {
          expectLinearGrowth(`${hostile.name} (${format} reader)`, hostile.make, (text: string) => readDocument(text, format));
        });
      }
    });
  }

  describe('the CSV reader', () => {
    for (const hostile of HOSTILE_CSV) it(hostile.name, () => expectLinearGrowth(hostile.name, hostile.make, parseCsv));
  });
});

describe('perf: a 20 MB draft', function () {
  this.timeout(600_000);
  const twentyMB = longBrief(20 * MB);

  it('is declined at the default limit in a fraction of the time a 1 MB check takes', () => {
    const oneMB = twentyMB.slice(0, MB);
    check({ text: oneMB, format: 'markdown' }, DEFAULT_SETTINGS); // warm up
    const checking = Math.min(timeMs(() => check({ text: oneMB, format: 'markdown' })), timeMs(() => check({ text: oneMB, format: 'markdown' })));
    let declined = Infinity;
    for (let run = 0; run < 3; run++) declined = Math.min(declined, timeMs(() => assert.ok(check({ text: twentyMB, format: 'markdown' }, DEFAULT_SETTINGS).declined)));
    assert.ok(declined < checking, `declining 20 MB took ${declined.toFixed(0)} ms, checking 1 MB ${checking.toFixed(0)} ms`);
  });

  it('is checked in linear time when the limit allows it: 20× the text in at most 40× the time', () => {
    const settings = sanitizeSettings({ maxFileSizeMB: 25 }).settings;
    const oneMB = twentyMB.slice(0, MB);
    check({ text: oneMB, format: 'markdown' }, settings); // warm up
    const perMB = Math.min(timeMs(() => check({ text: oneMB, format: 'markdown' }, settings)), timeMs(() => check({ text: oneMB, format: 'markdown' }, settings)));
    let result!: ReturnType<typeof check>;
    const ms = timeMs(() => (result = check({ text: twentyMB, format: 'markdown' }, settings)));
    assert.equal(result.declined, undefined);
    assert.ok(ms < 40 * perMB, `20 MB took ${ms.toFixed(0)} ms, 1 MB ${perMB.toFixed(0)} ms: more than linear`);
    const dockets = result.citations.filter((c) => c.kind === 'docket').length;
    assert.equal(dockets, twentyMB.split(/Dkt\. No\.|ECF No\./).length - 1);
    assert.deepEqual(resultProblems(result, twentyMB), []);
  });
});
