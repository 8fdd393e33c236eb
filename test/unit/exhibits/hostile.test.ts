import * as assert from 'node:assert/strict';
import { analyze, check } from '../../../server/src/core/check';
import { createManifestCsv, exhibitIndex, renumberExhibits } from '../../../server/src/core/families/exhibits/commands';
import { extractExhibitCites } from '../../../server/src/core/families/exhibits/extract';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { readDocument } from '../../../server/src/core/text/markdown';
import { EXHIBIT_HOSTILE, exhibitWork, prepare, SCRAMBLED, SOURCES } from './hostileInputs';

/**
 * Exhibits on hostile drafts (./hostileInputs.ts), 64 KB of each: the extractor, the rules, the
 * whole check and the commands finish without throwing, with sane results (how the time grows
 * with the size: npm run test:perf).
 */
const SIZE = 64 * 1024;

describe('exhibits on hostile drafts', () => {
  for (const [name, make] of EXHIBIT_HOSTILE) {
    it(`${name}: the extractor and the rules finish, every cite inside the text`, () => {
      const prepared = prepare(make(SIZE));
      assert.doesNotThrow(() => exhibitWork(prepared));
      for (const c of extractExhibitCites(prepared.reader)) assert.ok(c.start >= 0 && c.end <= prepared.reader.text.length && c.start < c.end, name);
    });
  }

  it('the whole check survives every hostile draft, in both formats, with a list and without', () => {
    for (const [name, make] of EXHIBIT_HOSTILE) {
      const text = make(SIZE);
      for (const format of ['markdown', 'plaintext'] as const) {
        for (const sources of [{}, SOURCES]) {
          assert.doesNotThrow(() => check({ text, format, path: '/case/brief.md' }, DEFAULT_SETTINGS, sources), `${name} (${format})`);
        }
      }
    }
  });

  it('keeps a range as its two ends: `Exs. 1–99999999` lists two exhibits, not a hundred million', () => {
    const cites = extractExhibitCites(readDocument('See Exs. 1–99999999.', 'markdown'));
    assert.deepEqual(cites[0].exhibits, ['1', '99999999']);
    const result = check({ text: 'See Exs. 1–99999999.\n', format: 'markdown', path: '/case/brief.md' }, DEFAULT_SETTINGS, SOURCES);
    assert.deepEqual(exhibitIndex(result, SOURCES).map((row) => [row.label, row.citedCount]), [['1', 1], ['2', 0], ['3', 0], ['99999999', 1]]);
    assert.deepEqual(renumberExhibits(result, SOURCES), { edits: [], changes: [], problem: 'Exs. 1–99999999 is too large a range to renumber.' });
  });

  it('the commands finish on exhibits cited in a scrambled order', () => {
    const analysis = analyze({ text: SCRAMBLED(SIZE), format: 'markdown', path: '/case/brief.md' });
    const labels = new Set(analysis.citations.flatMap((c) => c.exhibits ?? []));
    assert.equal(labels.size, 4096);
    const renumbered = renumberExhibits(analysis, SOURCES);
    assert.equal(renumbered.problem, undefined);
    assert.equal(renumbered.changes.length, labels.size, 'every label renumbered');
    const csv = createManifestCsv(analysis, SOURCES);
    assert.equal(csv.trimEnd().split('\n').length, labels.size + 1, 'a header and a row per exhibit');
  });
});
