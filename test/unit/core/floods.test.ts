import * as assert from 'node:assert/strict';
import { check, MOST_FINDINGS_PER_RULE } from '../../../server/src/core/check';

describe('a degenerate draft: findings of one rule past the most shown', () => {
  // Each `1 F. 2` is a full citation without its year (citation-incomplete).
  const text = (n: number) => Array.from({ length: n }, (_, i) => `See ${i + 1} F. ${i + 2}.`).join('\n');

  it('lists every finding up to the limit, and no note', () => {
    const { findings } = check({ text: text(MOST_FINDINGS_PER_RULE), format: 'plaintext' });
    assert.equal(findings.filter((f) => f.code === 'citation-incomplete').length, MOST_FINDINGS_PER_RULE);
    assert.ok(!findings.some((f) => /more citation-incomplete/.test(f.message)));
  });

  it('past it, lists the first ones and one finding that says how many more, at the first left out', () => {
    const draft = text(MOST_FINDINGS_PER_RULE + 250);
    const { findings } = check({ text: draft, format: 'plaintext' });
    const incomplete = findings.filter((f) => f.code === 'citation-incomplete');
    assert.equal(incomplete.length, MOST_FINDINGS_PER_RULE + 1);
    const note = incomplete[MOST_FINDINGS_PER_RULE];
    assert.equal(note.message, '250 more citation-incomplete findings from here on are not listed (the first 1,000 are). This draft looks degenerate; fix those first, or turn the rule off for it.');
    assert.deepEqual(note.fixes, []);
    assert.equal(draft.slice(note.start, note.end).startsWith(`${MOST_FINDINGS_PER_RULE + 1} F.`), true);
  });
});
