/**
 * Property: the safe fixes of a random Word draft, written as tracked changes, give exactly the
 * text the same fixes give applied to the text read from it. Each paragraph is cut into runs at
 * random places (some italic), so fixes land inside runs, across several runs and at their
 * edges; whatever the cut, no fix is left, the result is a well-formed package, and every entry
 * but word/document.xml is as it was.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { applyEdits, nonOverlapping, safeEdits } from '../../server/src/commands/fix';
import { check } from '../../server/src/core/check';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { readDocx } from '../../server/src/documents';
import { applyDocxEdits } from '../../server/src/documents/docxFix';
import { buildDocx, RunSpec } from '../unit/documents/docxWriter';

const LINES = [
  'See Smith v. Jones, 60 F.Supp.2d 913, 920 (S.D.N.Y. 1999).',
  'Accord Doe v. Roe, 12 F.3rd 45, 47 (2d Cir. 1995) & more.',
  'Plaintiffs moved. Dkt. No. 293. Defendants opposed. Dkt. 69.',
  'The rule is settled. See 410 U.S. 113, 93 S.Ct. 705 (1973).',
  'Nothing to fix here < or > here.',
  'See ECF No. 12 at 3; Dkt. No. 14.',
];

const paragraph = fc.record({
  line: fc.constantFrom(...LINES),
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 6 }),
  italic: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
});

function runsOf(p: { line: string; cuts: number[]; italic: boolean[] }): RunSpec[] {
  const cuts = [0, ...p.cuts.filter((c) => c < p.line.length).sort((a, b) => a - b), p.line.length];
  const runs: RunSpec[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i] < cuts[i + 1]) runs.push({ text: p.line.slice(cuts[i], cuts[i + 1]), italic: p.italic[i] });
  return runs;
}

describe('property: fixes of a .docx as tracked changes', function () {
  this.timeout(120_000);

  it('give the text the same fixes give on the read text, touching only document.xml', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const original = buildDocx({ paragraphs: paragraphs.map(runsOf) });
        const doc = readDocx(original);
        const edits = nonOverlapping(safeEdits(check({ text: doc.text, format: 'plaintext' }, DEFAULT_SETTINGS).findings));
        const fixed = applyDocxEdits(doc, edits, new Date(Date.UTC(2025, 0, 2)));
        assert.equal(fixed.skipped, 0);
        assert.equal(fixed.applied, edits.length);
        assert.equal(readDocx(fixed.bytes).text, applyEdits(doc.text, edits));
        const before = unzipSync(original);
        const after = unzipSync(fixed.bytes);
        assert.deepEqual(Object.keys(after), Object.keys(before));
        for (const name of Object.keys(before)) if (name !== 'word/document.xml') assert.deepEqual(after[name], before[name]);
        new SaxesParser().write(new TextDecoder().decode(after['word/document.xml'])).close();
      }),
      { numRuns: 60, seed: 22 },
    );
  });
});
