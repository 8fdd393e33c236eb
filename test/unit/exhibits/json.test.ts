import * as assert from 'node:assert/strict';
import { toJson } from '../../../server/src/core/report';
import { checkDraft } from '../helpers';

/** The `exhibits` of each exhibit cite in the JSON of `text`, and in core. */
function exhibitsOf(text: string): { json: unknown[]; core: unknown[] } {
  const result = checkDraft(text);
  const json = toJson([{ path: 'brief.md', result }]) as { files: Array<{ citations: Array<{ kind: string; exhibits?: string[] }> }> };
  return {
    json: json.files[0].citations.filter((c) => c.kind === 'exhibit').map((c) => c.exhibits),
    core: result.citations.filter((c) => c.kind === 'exhibit').map((c) => c.exhibits),
  };
}

describe('exhibits in the JSON output', () => {
  it('lists every label a cite names, ranges filled in, as the contract says', () => {
    const { json, core } = exhibitsOf('The record is plain. *See* Exs. 3–5; Exhibits A–C; Exs. 1, 8–10, and 12; Ex. 7.\n');
    assert.deepEqual(json, [['3', '4', '5'], ['A', 'B', 'C'], ['1', '8', '9', '10', '12'], ['7']]);
    // Core keeps the labels as written: a range's two ends.
    assert.deepEqual(core, [['3', '5'], ['A', 'C'], ['1', '8', '10', '12'], ['7']]);
  });

  it('lists a range too large to fill in by its two ends', () => {
    assert.deepEqual(exhibitsOf('See Exs. 1–99999999.\n').json, [['1', '99999999']]);
    // A label has at most eight digits: `Exs. 1–100000000` is read as `Exs. 1`.
    assert.deepEqual(exhibitsOf('See Exs. 1–100000000.\n').json, [['1']]);
    assert.equal(exhibitsOf('See Exs. 1–500.\n').json[0] && (exhibitsOf('See Exs. 1–500.\n').json[0] as string[]).length, 500);
    assert.deepEqual(exhibitsOf('See Exs. 1–501.\n').json, [['1', '501']]);
  });

  it('stops filling in ranges past the draft\'s budget, so a hostile draft stays small', () => {
    const text = 'See Exs. 1–500. '.repeat(400) + '\n';
    const lengths = exhibitsOf(text).json.map((labels) => (labels as string[]).length);
    assert.equal(lengths.length, 400);
    const filled = lengths.filter((n) => n === 500).length;
    assert.equal(filled, 200, 'the budget of 100,000 members fills in 200 ranges of 500');
    assert.ok(lengths.slice(filled).every((n) => n === 2));
  });
});
