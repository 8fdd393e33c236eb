/**
 * Drafts past the size limit (`brieflint.maxFileSizeMB`, 10 MB by default) are declined with a
 * message that says why and how to change it; raised, the limit lets a larger draft be checked.
 * (That a 20 MB draft is checked in linear time, and declined at once: npm run test:perf.)
 */
import * as assert from 'node:assert/strict';
import { check } from '../../server/src/core/check';
import { toJson, toText } from '../../server/src/core/report';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../server/src/core/settings';
import { longBrief } from './fixtures';
import { MB } from './hostile';
import { resultProblems } from './invariants';

describe('robustness: drafts over the size limit', () => {
  const elevenMB = longBrief(11 * MB);

  it('declines an 11 MB draft at the default limit, with a message naming the setting', () => {
    const result = check({ text: elevenMB, format: 'markdown' }, DEFAULT_SETTINGS);
    assert.match(result.declined ?? '', /Not checked: the draft is 11\.\d MB, over the limit of 10 MB \(setting brieflint\.maxFileSizeMB\)/);
    assert.deepEqual([result.citations.length, result.findings.length], [0, 0]);
    const json = toJson([{ path: 'brief.md', result }]) as { files: Array<Record<string, unknown>> };
    assert.deepEqual(Object.keys(json.files[0]).sort(), ['citations', 'diagnostics', 'error', 'path']);
    assert.match(toText([{ path: 'brief.md', result }]), /^brief\.md: note: Not checked: the draft is/);
  });

  it('honours a lower limit (maxFileSizeMB 0.5 declines a 1 MB draft)', () => {
    const settings = sanitizeSettings({ maxFileSizeMB: 0.5 }).settings;
    const result = check({ text: elevenMB.slice(0, MB), format: 'plaintext' }, settings);
    assert.match(result.declined ?? '', /over the limit of 0\.5 MB/);
  });

  it('checks a draft over the default limit when the limit is raised, finding every docket cite', () => {
    const settings = sanitizeSettings({ maxFileSizeMB: 0.5 }).settings;
    const raised = sanitizeSettings({ maxFileSizeMB: 2 }).settings;
    const text = elevenMB.slice(0, MB);
    assert.ok(check({ text, format: 'markdown' }, settings).declined);
    const result = check({ text, format: 'markdown' }, raised);
    assert.equal(result.declined, undefined);
    const dockets = result.citations.filter((c) => c.kind === 'docket').length;
    const written = text.split(/Dkt\. No\.|ECF No\./).length - 1;
    assert.equal(dockets, written, `found ${dockets} docket cites of the ${written} written`);
    assert.deepEqual(resultProblems(result, text), []);
  });
});
