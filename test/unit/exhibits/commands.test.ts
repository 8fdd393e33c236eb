import * as assert from 'node:assert/strict';
import {
  createManifestCsv,
  exhibitIndex,
  exhibitIndexMarkdown,
  exhibitLabelAt,
  renameExhibit,
  renumberExhibits,
} from '../../../server/src/core/families/exhibits/commands';
import { draft } from '../helpers';
import { applyToCase, CaseFolder, checkCase, messages } from './fixture';

const LIST = '/case/exhibits.csv';

function renumber(folder: CaseFolder) {
  const { result, sources } = checkCase(folder);
  return renumberExhibits(result, sources);
}

function rename(folder: CaseFolder, from: string, to: string) {
  const { result, sources } = checkCase(folder);
  return renameExhibit(result, sources, from, to);
}

describe('command: renumber exhibits in order of first citation', () => {
  const folder: CaseFolder = {
    draft: draft`
      The email came first. *See* Ex. 3, ABC000300; Exs. 4–5.
      Then the memo. *See* Ex. 1 at 2; Ex. 3 at 4.

      | Exhibit | Description |
      |---|---|
      | 1 | Memo |
      | 2 | Chart |
      | 3 | Email |
    `,
    files: { [LIST]: 'exhibit,description\n1,Memo\n2,Chart\n3,Email\n4,Data\n5,Notes\n' },
  };

  it('renumbers cites, ranges, the draft\'s index and the list together', () => {
    const r = renumber(folder);
    assert.equal(r.problem, undefined);
    assert.deepEqual(r.changes, [{ from: '3', to: '1' }, { from: '4', to: '2' }, { from: '5', to: '3' }, { from: '1', to: '4' }, { from: '2', to: '5' }]);
    const fixed = applyToCase(folder, { title: 'renumber', edits: r.edits });
    assert.equal(fixed.draft, draft`
      The email came first. *See* Ex. 1, ABC000300; Exs. 2–3.
      Then the memo. *See* Ex. 4 at 2; Ex. 1 at 4.

      | Exhibit | Description |
      |---|---|
      | 4 | Memo |
      | 5 | Chart |
      | 1 | Email |
    `);
    assert.equal(fixed.files![LIST], 'exhibit,description\n4,Memo\n5,Chart\n1,Email\n2,Data\n3,Notes\n');
    assert.deepEqual(messages(checkCase(fixed), 'exhibit-order', 'exhibit-unresolved'), []);
  });

  it('changes nothing when the exhibits are already in order', () => {
    assert.deepEqual(renumber({ draft: 'See Ex. 1; Ex. 2; Ex. 1 at 3.\n' }), { edits: [], changes: [] });
  });

  it('keeps leading zeros and the letter of a compound label', () => {
    const r = renumber({ draft: 'See Ex. 02; Ex. 01-A.\n' });
    const fixed = applyToCase({ draft: 'See Ex. 02; Ex. 01-A.\n' }, { title: 'renumber', edits: r.edits });
    assert.equal(fixed.draft, 'See Ex. 01; Ex. 02-A.\n');
  });

  it('refuses a range too large to renumber, and edits nothing', () => {
    const r = renumber({ draft: 'See Ex. 2; Exs. 1–99999999.\n' });
    assert.deepEqual(r.edits, []);
    assert.equal(r.problem, 'Exs. 1–99999999 is too large a range to renumber.');
  });

  it('refuses while the list has problems: a skipped row would keep its old label', () => {
    const r = renumber({ draft: 'See Ex. 2; Ex. 1.\n', files: { [LIST]: 'exhibit,description\n1,Memo\n2,Email\n1,Duplicate\n' } });
    assert.deepEqual(r.edits, []);
    assert.equal(r.problem, 'exhibits.csv has a problem (line 4: Ex. 1 is listed twice; the row at line 2 is used and this one is skipped.); fix it first.');
  });

  it('renumbers a list whose exhibit column is not the first (the CSV reader gives each cell its span)', () => {
    const folder: CaseFolder = { draft: 'See Ex. 2; Ex. 1.\n', files: { [LIST]: 'description,exhibit\nMemo,1\nEmail,2\n' } };
    const r = renumber(folder);
    assert.equal(r.problem, undefined);
    const fixed = applyToCase(folder, { title: 'renumber', edits: r.edits });
    assert.equal(fixed.draft, 'See Ex. 1; Ex. 2.\n');
    assert.equal(fixed.files![LIST], 'description,exhibit\nMemo,2\nEmail,1\n');
  });
});

describe('command: rename one exhibit everywhere', () => {
  const folder: CaseFolder = {
    draft: 'See Ex. 2, ABC000200; Ex. 2 at 4; Exs. 1 and 2; Ex. 2 to Dkt. No. 9.\n',
    files: { '/case/exhibits.json': '[\n  { "exhibit": 1 },\n  { "exhibit": 2, "description": "Letter" }\n]\n' },
  };

  it('renames the cites, a list of exhibits and the exhibit list; leaves another document\'s Ex. 2 alone', () => {
    const r = rename(folder, '2', '2-A');
    assert.equal(r.problem, undefined);
    const fixed = applyToCase(folder, { title: 'rename', edits: r.edits });
    assert.equal(fixed.draft, 'See Ex. 2-A, ABC000200; Ex. 2-A at 4; Exs. 1 and 2-A; Ex. 2 to Dkt. No. 9.\n');
    assert.equal(fixed.files!['/case/exhibits.json'], '[\n  { "exhibit": 1 },\n  { "exhibit": "2-A", "description": "Letter" }\n]\n');
  });

  it('refuses an exhibit a range names, a label in use, and no label at all', () => {
    assert.match(rename({ draft: 'See Exs. 1–3; Ex. 4.\n' }, '2', '9').problem!, /Ex\. 2 is cited inside the range Exs\. 1–3 at line 1; renaming it would change which exhibits the range names/);
    assert.match(rename({ draft: 'See Exs. 1–3; Ex. 4.\n' }, '3', '9').problem!, /Ex\. 3 is cited as an end of the range Exs\. 1–3/);
    assert.match(rename({ draft: 'See Ex. 1; Ex. 4.\n' }, '1', '4').problem!, /Ex\. 4 already exists/);
    assert.match(rename({ draft: 'See Ex. 1.\n' }, '1', 'the first').problem!, /is not an exhibit label/);
  });

  it('finds the label under the cursor, in a cite or in the draft\'s index', () => {
    const text = 'See Exs. 3–5.\n\n| Ex. | Description |\n|---|---|\n| 3 | Memo |\n';
    const { result, sources } = checkCase({ draft: text });
    assert.deepEqual(exhibitLabelAt(result, sources, text.indexOf('5')), { label: '5', span: { start: text.indexOf('5'), end: text.indexOf('5') + 1 } });
    assert.equal(exhibitLabelAt(result, sources, text.indexOf('| 3') + 2)?.label, '3');
    assert.equal(exhibitLabelAt(result, sources, 1), undefined);
  });
});

describe('command: the exhibit index (brieflint exhibits FILE)', () => {
  const folder: CaseFolder = {
    draft: draft`
      *See* Ex. 1, ABC000100 (email of Oct. 1); Ex. 3.

      Later: Ex. 1 at 2; Exs. 2–3.
    `,
    files: { [LIST]: 'exhibit,description,bates_begin,bates_end,date\n2,Memo | draft,ABC000200,ABC000210,2024-01-05\n3,Chart,,,\n4,Notes,,,\n' },
  };

  it('lists every exhibit cited or listed, with what is known and where it is first cited', () => {
    const { result, sources } = checkCase(folder);
    assert.deepEqual(exhibitIndex(result, sources), [
      { label: '1', citedCount: 2, firstCitedLine: 1, batesBegin: 'ABC000100', description: 'email of Oct. 1' },
      { label: '2', citedCount: 1, firstCitedLine: 3, definedIn: 'exhibits.csv', description: 'Memo | draft', batesBegin: 'ABC000200', batesEnd: 'ABC000210', date: '2024-01-05' },
      { label: '3', citedCount: 2, firstCitedLine: 1, definedIn: 'exhibits.csv', description: 'Chart' },
      { label: '4', citedCount: 0, definedIn: 'exhibits.csv', description: 'Notes' },
    ]);
  });

  it('prints it as a Markdown table', () => {
    const { result, sources } = checkCase(folder);
    assert.equal(exhibitIndexMarkdown(exhibitIndex(result, sources)), draft`
      | Exhibit | Description | Bates | Date | First cited |
      | --- | --- | --- | --- | --- |
      | Ex. 1 | email of Oct. 1 | ABC000100 |  | line 1 (2 times) |
      | Ex. 2 | Memo \\| draft | ABC000200 – ABC000210 | 2024-01-05 | line 3 |
      | Ex. 3 | Chart |  |  | line 1 (2 times) |
      | Ex. 4 | Notes |  |  | not cited |
    `);
  });
});

describe('command: create an exhibit list from the draft', () => {
  it('writes a CSV a spreadsheet opens, one row per exhibit the draft cites', () => {
    const text = '*See* Ex. 2, ABC000200–ABC000210; Ex. 1 ("quoted words"); Ex. A (the lease, signed).\n';
    const { result, sources } = checkCase({ draft: text });
    assert.equal(createManifestCsv(result, sources), draft`
      exhibit,description,bates_begin,bates_end,date,file
      1,,,,,
      2,,ABC000200,ABC000210,,
      A,"the lease, signed",,,,
    `);
  });
});
