/**
 * Drafts past the size limit (`brieflint.maxFileSizeMB`, 10 MB by default) are declined with a
 * message that says why and how to change it; raised, the limit lets a 20 MB draft be checked
 * in linear time.
 */
import * as assert from 'node:assert/strict';
import { check } from '../../server/src/core/check';
import { toJson, toText } from '../../server/src/core/report';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../server/src/core/settings';
import { longBrief } from './fixtures';
import { resultProblems } from './invariants';
import { BUDGET_MS_PER_MB, MB, timeMs } from './timing';

describe('robustness: drafts over the size limit', function () {
  this.timeout(120_000);
  const twentyMB = longBrief(20 * MB);

  it('declines a 20 MB draft at the default limit, quickly, with a message naming the setting', () => {
    let result!: ReturnType<typeof check>;
    const ms = timeMs(() => (result = check({ text: twentyMB, format: 'markdown' }, DEFAULT_SETTINGS)));
    assert.ok(ms < 2000, `declining took ${ms.toFixed(0)} ms`);
    assert.match(result.declined ?? '', /Not checked: the draft is 2\d\.\d MB, over the limit of 10 MB \(setting brieflint\.maxFileSizeMB\)/);
    assert.deepEqual([result.citations.length, result.findings.length], [0, 0]);
    const json = toJson([{ path: 'brief.md', result }]) as { files: Array<Record<string, unknown>> };
    assert.deepEqual(Object.keys(json.files[0]).sort(), ['citations', 'diagnostics', 'error', 'path']);
    assert.match(toText([{ path: 'brief.md', result }]), /^brief\.md: note: Not checked: the draft is/);
  });

  it('honours a lower limit (maxFileSizeMB 0.5 declines a 1 MB draft)', () => {
    const settings = sanitizeSettings({ maxFileSizeMB: 0.5 }).settings;
    const result = check({ text: twentyMB.slice(0, MB), format: 'plaintext' }, settings);
    assert.match(result.declined ?? '', /over the limit of 0\.5 MB/);
  });

  it('checks a 20 MB draft in linear time when the limit allows it', () => {
    const settings = sanitizeSettings({ maxFileSizeMB: 25 }).settings;
    const oneMB = twentyMB.slice(0, MB);
    const perMB = timeMs(() => check({ text: oneMB, format: 'markdown' }, settings));
    let result!: ReturnType<typeof check>;
    const ms = timeMs(() => (result = check({ text: twentyMB, format: 'markdown' }, settings)));
    assert.equal(result.declined, undefined);
    assert.ok(ms < 20 * BUDGET_MS_PER_MB, `20 MB took ${ms.toFixed(0)} ms`);
    assert.ok(ms < 20 * Math.max(perMB, 20) * 3, `20 MB took ${ms.toFixed(0)} ms, 1 MB ${perMB.toFixed(0)} ms: more than linear`);
    const dockets = result.citations.filter((c) => c.kind === 'docket').length;
    const written = twentyMB.split(/Dkt\. No\.|ECF No\./).length - 1;
    assert.equal(dockets, written, `found ${dockets} docket cites of the ${written} written`);
    // Sane, but not written as JSON: the report of 300,000 citations is itself hundreds of megabytes.
    assert.deepEqual(resultProblems(result, twentyMB), []);
  });
});
