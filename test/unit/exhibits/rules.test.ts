import * as assert from 'node:assert/strict';
import { resolveFixAll } from '../../../server/src/core/fixAll';
import { toSarif } from '../../../server/src/core/report';
import type { Fix } from '../../../server/src/core/types';
import { draft } from '../helpers';
import { applyToCase, CaseFolder, checkCase, findingsOf, messages, tagged } from './fixture';

const LIST = '/case/exhibits.csv';

/** The one fix with this title among the findings of `code`. */
function fixTitled(folder: CaseFolder, code: string, title: string): Fix {
  const fixes = findingsOf(checkCase(folder).result, code).flatMap((f) => f.fixes);
  const fix = fixes.find((x) => x.title === title);
  assert.ok(fix, `no fix "${title}"; fixes: ${JSON.stringify(fixes.map((x) => x.title))}`);
  return fix;
}

describe('exhibit-unresolved', () => {
  const folder: CaseFolder = {
    draft: draft`
      The email is clear. *See* Ex. 1; Ex. 4, ABC000400 (letter from counsel).
      The data confirm it. *See* Exs. 2–5; Ex. B to Dkt. No. 12.
    `,
    files: { [LIST]: 'exhibit,description,bates_begin\n1,Email,ABC000100\n2,Memo,ABC000200\n3,Data,ABC000300\n' },
  };

  it('flags each exhibit no source defines, and the missing part of a range', () => {
    assert.equal(
      tagged(checkCase(folder), 'exhibit-unresolved'),
      draft`
        The email is clear. *See* Ex. 1; Ex. <0>4</0>, ABC000400 (letter from counsel).
        The data confirm it. *See* Exs. <1>2–5</1>; Ex. B to Dkt. No. 12.
      `,
    );
    assert.deepEqual(messages(checkCase(folder), 'exhibit-unresolved'), [
      'exhibit-unresolved: Ex. 4 is not defined in exhibits.csv. Defined: Exs. 1–3.',
      'exhibit-unresolved: Exs. 4, 5, in the range Exs. 2–5, are not defined in exhibits.csv. Defined: Exs. 1–3.',
    ]);
  });

  it('adds the missing exhibit to the list, with what the cite says; the draft then checks clean', () => {
    const fixed = applyToCase(folder, fixTitled(folder, 'exhibit-unresolved', 'Add Ex. 4 to exhibits.csv'));
    assert.equal(fixed.files![LIST], 'exhibit,description,bates_begin\n1,Email,ABC000100\n2,Memo,ABC000200\n3,Data,ABC000300\n4,letter from counsel,ABC000400\n');
    assert.deepEqual(messages(checkCase(fixed), 'exhibit-unresolved'), ['exhibit-unresolved: Ex. 5, in the range Exs. 2–5, is not defined in exhibits.csv. Defined: Exs. 1–4.']);
  });

  it('adds a row to a list that does not end with a line break, in its own line endings', () => {
    const crlf: CaseFolder = { draft: 'See Ex. 1; Ex. 2.\n', files: { [LIST]: 'Exhibit,Description\r\n1,Email' } };
    const fixed = applyToCase(crlf, fixTitled(crlf, 'exhibit-unresolved', 'Add Ex. 2 to exhibits.csv'));
    assert.equal(fixed.files![LIST], 'Exhibit,Description\r\n1,Email\r\n2,\r\n');
    assert.deepEqual(messages(checkCase(fixed)), []);
  });

  it('adds a row to a JSON list, which still parses and resolves the exhibit', () => {
    const path = '/case/exhibits.json';
    const json: CaseFolder = { draft: 'See Ex. 1; Ex. 2, ABC000200.\n', files: { [path]: '[\n  { "exhibit": "1", "bates_begin": "ABC000100" }\n]\n' } };
    const fixed = applyToCase(json, fixTitled(json, 'exhibit-unresolved', 'Add Ex. 2 to exhibits.json'));
    assert.equal(fixed.files![path], '[\n  { "exhibit": "1", "bates_begin": "ABC000100" },\n  { "exhibit": "2", "bates_begin": "ABC000200" }\n]\n');
    assert.deepEqual(JSON.parse(fixed.files![path]).length, 2);
    assert.deepEqual(messages(checkCase(fixed)), []);
  });

  it('adds a row to a YAML list, which still parses and resolves the exhibit', () => {
    const path = '/case/exhibits.yaml';
    const yaml: CaseFolder = { draft: 'See Ex. A; Ex. B.\n', files: { [path]: 'exhibits:\n  - exhibit: A\n    description: Lease\n' } };
    const fixed = applyToCase(yaml, fixTitled(yaml, 'exhibit-unresolved', 'Add Ex. B to exhibits.yaml'));
    assert.equal(fixed.files![path], 'exhibits:\n  - exhibit: A\n    description: Lease\n  - exhibit: "B"\n');
    assert.deepEqual(messages(checkCase(fixed)), []);
  });

  it('resolves labels however they are written: Ex. 01 is Ex. 1, Ex. 12B is Ex. 12-B', () => {
    const checked = checkCase({ draft: 'See Ex. 01; Ex. 12B.\n', files: { [LIST]: 'exhibit\n1\n12-B\n' } });
    assert.deepEqual(messages(checked, 'exhibit-unresolved'), []);
  });

  it('offers no row for a list with problems (a broken quote could swallow it): fix the list first', () => {
    const checked = checkCase({ draft: 'See Ex. 1; Ex. 4.\n', files: { [LIST]: 'exhibit,description\n1,Memo\n2,"Email\n' } });
    assert.equal(findingsOf(checked.result, 'exhibit-unresolved').length, 1);
    assert.deepEqual(findingsOf(checked.result, 'exhibit-unresolved')[0].fixes, []);
  });

  it('writes no Bates number into a new row when the cite\'s range is malformed, and no parenthetical that cites', () => {
    const folder: CaseFolder = { draft: 'See Ex. 1; Ex. 2, ABC000115–ABC000100 (citing Ex. 1 at 3).\n', files: { [LIST]: 'exhibit\n1\n' } };
    const fixed = applyToCase(folder, fixTitled(folder, 'exhibit-unresolved', 'Add Ex. 2 to exhibits.csv'));
    assert.equal(fixed.files![LIST], 'exhibit\n1\n2\n');
  });

  it('checks a huge range by its ends only', () => {
    const checked = checkCase({ draft: 'See Exs. 1–99999999.\n', files: { [LIST]: 'exhibit\n1\n2\n' } });
    assert.deepEqual(messages(checked, 'exhibit-unresolved'), ['exhibit-unresolved: Ex. 99999999, an end of the range Exs. 1–99999999, is not defined in exhibits.csv. Defined: Exs. 1, 2.']);
  });

  it('words a range none of whose exhibits is defined as the range itself', () => {
    // An opposition of my own making: its list names numbered exhibits, the draft cites lettered ones.
    const checked = checkCase({ draft: 'The invoices are attached. *See* Exs. A–C; Exs. 2–3.\n', files: { [LIST]: 'exhibit\n1\n2\n' } });
    assert.deepEqual(messages(checked, 'exhibit-unresolved'), [
      'exhibit-unresolved: Exs. A–C are not defined in exhibits.csv. Defined: Exs. 1, 2.',
      'exhibit-unresolved: Ex. 3, in the range Exs. 2–3, is not defined in exhibits.csv. Defined: Exs. 1, 2.',
    ]);
  });

  it('does not check exhibits of other documents against this draft\'s list', () => {
    const checked = checkCase({ draft: 'See Ex. 9 to the Declaration of Jane Doe; Doe Decl. Ex. 10.\n', files: { [LIST]: 'exhibit\n1\n' } });
    assert.deepEqual(messages(checked, 'exhibit-unresolved'), []);
  });
});

describe('exhibit-source-missing', () => {
  const folder: CaseFolder = {
    draft: draft`
      *See* Ex. 1, ABC000100 (email of Oct. 1, 2023); Ex. 2 (March 14 letter from counsel); Exs. 3–4.
    `,
  };

  it('says once that nothing can check the exhibits exist, at the first exhibit cite', () => {
    const checked = checkCase(folder);
    assert.equal(
      tagged(checked, 'exhibit-source-missing'),
      '*See* <0>Ex. 1, ABC000100</0> (email of Oct. 1, 2023); Ex. 2 (March 14 letter from counsel); Exs. 3–4.\n',
    );
    assert.deepEqual(findingsOf(checked.result, 'exhibit-unresolved', 'exhibit-unused'), []);
  });

  it('creates exhibits.csv beside the draft from what it cites; the draft then checks clean', () => {
    const fix = fixTitled(folder, 'exhibit-source-missing', 'Create exhibits.csv beside the draft, listing the 4 exhibits it cites');
    assert.deepEqual(fix.edits.map((e) => [e.path, e.create]), [['/case/exhibits.csv', true]]);
    const fixed = applyToCase(folder, fix);
    assert.equal(
      fixed.files!['/case/exhibits.csv'],
      draft`
        exhibit,description,bates_begin,bates_end,date,file
        1,"email of Oct. 1, 2023",ABC000100,,,
        2,March 14 letter from counsel,,,,
        3,,,,,
        4,,,,,
      `,
    );
    assert.deepEqual(messages(checkCase(fixed)), []);
  });

  it('says nothing when the draft cites no exhibit of its own', () => {
    assert.deepEqual(messages(checkCase({ draft: 'See Ex. B to Dkt. No. 12.\n' })), []);
  });
});

describe('exhibit-unused', () => {
  it('notes each listed exhibit the draft never cites, with its line in the list', () => {
    const checked = checkCase({
      draft: 'The email is clear. *See* Ex. 1; Exs. 3–4.\n',
      files: { [LIST]: 'exhibit,description\n1,Email\n2,Dataset inventory\n3,Memo\n4,Chart\n5,Letter\n' },
    });
    assert.deepEqual(messages(checked, 'exhibit-unused'), [
      'exhibit-unused: Ex. 2 (Dataset inventory) is listed in exhibits.csv (line 3) but never cited in this draft.',
      'exhibit-unused: Ex. 5 (Letter) is listed in exhibits.csv (line 6) but never cited in this draft.',
    ]);
    // A row of a list file has no place in the draft: the note sits at the start of the draft, empty.
    assert.deepEqual(findingsOf(checked.result, 'exhibit-unused').map((f) => [f.start, f.end]), [[0, 0], [0, 0]]);
  });

  it('never marks another exhibit\'s cite for an exhibit listed in a file', () => {
    // A motion of my own making: Ex. 7 is cited, Ex. 8 only listed.
    const text = draft`
      # Motion to Strike

      The vendor's invoice shows the date. *See* Ex. 7, KLM000710.
    `;
    const checked = checkCase({ draft: text, files: { [LIST]: 'exhibit,description,bates_begin\n7,Invoice,KLM000710\n8,Shipping manifest,KLM000800\n' } });
    assert.equal(tagged(checked, 'exhibit-unused'), `<0></0>${text}`);
    assert.deepEqual(messages(checked, 'exhibit-unused'), ['exhibit-unused: Ex. 8 (Shipping manifest) is listed in exhibits.csv (line 3) but never cited in this draft.']);
  });

  it('marks an exhibit listed both in a file and in the draft\'s index on the index row', () => {
    const text = draft`
      *See* Ex. 7.

      | Exhibit | Description |
      |---|---|
      | 7 | Invoice |
      | 8 | Shipping manifest |
    `;
    const checked = checkCase({ draft: text, files: { [LIST]: 'exhibit\n7\n8\n' } });
    assert.equal(tagged(checked, 'exhibit-unused'), text.replace('| 8 |', '| <0>8</0> |'));
  });

  it('marks an unused row of the draft\'s own exhibit index where it is', () => {
    const text = draft`
      *See* Ex. 1.

      | Exhibit | Description |
      |---|---|
      | 1 | Email |
      | 2 | Letter |
    `;
    assert.equal(tagged(checkCase({ draft: text }), 'exhibit-unused'), text.replace('| 2 |', '| <0>2</0> |'));
  });

  it('says nothing about a list beside a draft that cites no exhibits (a proposed order, say)', () => {
    assert.deepEqual(messages(checkCase({ draft: 'SO ORDERED.\n', files: { [LIST]: 'exhibit\n1\n2\n' } })), []);
  });

  it('sums up a long list of unused exhibits in one note', () => {
    const rows = Array.from({ length: 30 }, (_, k) => String(k + 1)).join('\n');
    const checked = checkCase({ draft: 'See Ex. 1.\n', files: { [LIST]: `exhibit\n${rows}\n` } });
    assert.deepEqual(messages(checked, 'exhibit-unused'), ['exhibit-unused: 29 exhibits listed in exhibits.csv are never cited in this draft: Exs. 2–30.']);
    assert.deepEqual(findingsOf(checked.result, 'exhibit-unused').map((f) => [f.start, f.end]), [[0, 0]]);
  });
});

describe('exhibit-defined-twice', () => {
  it('flags a declaration that attaches two documents as one exhibit', () => {
    const text = draft`
      2. Attached hereto as Exhibit 1 is a true and correct copy of the lease.

      3. Attached hereto as Exhibit 2 is a true and correct copy of the first notice.

      4. Attached hereto as Exhibit 2 is a true and correct copy of the second notice.
    `;
    const checked = checkCase({ draft: text });
    assert.equal(tagged(checked, 'exhibit-defined-twice'), text.replace('as Exhibit 2 is a true and correct copy of the second', 'as Exhibit <0>2</0> is a true and correct copy of the second'));
    assert.deepEqual(messages(checked, 'exhibit-defined-twice'), ['exhibit-defined-twice: Exhibit 2 is defined twice in this draft (first at line 3); each exhibit needs its own label.']);
  });

  it('marks the first hundred repeats, then says how many more there are', () => {
    const lines = Array.from({ length: 130 }, (_, i) => `${i + 2}. Attached hereto as Exhibit ${i % 10} is a true and correct copy of notice ${i}.`);
    const checked = checkCase({ draft: lines.join('\n\n') + '\n' });
    const found = messages(checked, 'exhibit-defined-twice');
    assert.equal(found.length, 101);
    assert.match(found[0], /Exhibit 0 is defined twice in this draft \(first at line 1\)/);
    assert.equal(found[100], 'exhibit-defined-twice: 20 more exhibit definitions from here on repeat a label defined earlier; only the first 100 are marked.');
  });
});

describe('exhibit-order', () => {
  it('notes an exhibit first cited out of order, and offers to renumber', () => {
    const folder: CaseFolder = {
      draft: draft`
        First, *see* Ex. 1. Then *see* Ex. 3, ABC000300.
        Finally, *see* Ex. 2 and Ex. 3 at 4.
      `,
      files: { [LIST]: 'exhibit,bates_begin\n1,ABC000100\n2,ABC000200\n3,ABC000300\n' },
    };
    const checked = checkCase(folder);
    assert.deepEqual(messages(checked, 'exhibit-order'), [
      'exhibit-order: Ex. 3 is first cited here, before Ex. 2 (line 2); exhibits are usually numbered in the order they are first cited.',
    ]);
    const marker = fixTitled(folder, 'exhibit-order', 'Renumber all exhibits in order of first citation');
    assert.deepEqual(marker.edits, []);
    const { result, sources } = checkCase(folder);
    const fixed = applyToCase(folder, resolveFixAll(result, sources, marker)!);
    assert.equal(fixed.draft, draft`
      First, *see* Ex. 1. Then *see* Ex. 2, ABC000300.
      Finally, *see* Ex. 3 and Ex. 2 at 4.
    `);
    assert.equal(fixed.files![LIST], 'exhibit,bates_begin\n1,ABC000100\n3,ABC000200\n2,ABC000300\n');
    assert.deepEqual(messages(checkCase(fixed)), []);
    // In SARIF the renumbering goes with the first exhibit-order result, its list edits under the list's path.
    const sarif = toSarif([{ path: '/case/brief.md', result, sources }], '0') as { runs: Array<{ results: Array<{ ruleId: string; fixes?: Array<{ artifactChanges: Array<{ artifactLocation: { uri: string } }> }> }> }> };
    const order = sarif.runs[0].results.filter((r) => r.ruleId === 'exhibit-order');
    assert.deepEqual(order[0].fixes![0].artifactChanges.map((c) => c.artifactLocation.uri), ['/case/brief.md', LIST]);
  });

  it('flags only the exhibit out of place, not every one after it', () => {
    const early = checkCase({ draft: 'See Ex. 5. See Ex. 1, Ex. 2, Ex. 3 and Ex. 4.\n' });
    assert.deepEqual(messages(early, 'exhibit-order'), [
      'exhibit-order: Ex. 5 is first cited here, before Ex. 1 (line 1); exhibits are usually numbered in the order they are first cited.',
    ]);
    const late = checkCase({ draft: 'See Ex. 2, Ex. 3, Ex. 4 and Ex. 5. See Ex. 1.\n' });
    assert.deepEqual(messages(late, 'exhibit-order'), [
      'exhibit-order: Ex. 1 is first cited here, after Ex. 5 (line 1); exhibits are usually numbered in the order they are first cited.',
    ]);
  });

  it('notes a gap in the numbering', () => {
    const checked = checkCase({ draft: 'See Ex. 1; Ex. 2; Ex. 4; Exs. 7–8.\n' });
    assert.equal(tagged(checked, 'exhibit-order'), 'See Ex. 1; Ex. 2; Ex. <0>4</0>; Exs. <1>7–8</1>.\n');
    assert.deepEqual(messages(checked, 'exhibit-order'), [
      'exhibit-order: The exhibits skip from Ex. 2 to Ex. 4: Ex. 3 is neither cited nor listed.',
      'exhibit-order: The exhibits skip from Ex. 4 to Ex. 7: Exs. 5–6 are neither cited nor listed.',
    ]);
  });

  it('sees no gap where the list has the exhibit (then it is unused instead)', () => {
    const checked = checkCase({ draft: 'See Ex. 1; Ex. 2; Ex. 4.\n', files: { [LIST]: 'exhibit\n1\n2\n3\n4\n' } });
    assert.deepEqual(messages(checked), ['exhibit-unused: Ex. 3 is listed in exhibits.csv (line 4) but never cited in this draft.']);
  });

  it('counts a compound label as filling its number\'s place', () => {
    assert.deepEqual(messages(checkCase({ draft: 'See Ex. 3; Ex. 4-B; Ex. 5.\n' }), 'exhibit-order'), []);
  });

  it('does not ask a reply to start at Ex. 1: numbering may continue the opening brief\'s', () => {
    assert.deepEqual(messages(checkCase({ draft: 'See Ex. 12; Ex. 13; Exs. 14–15.\n' }), 'exhibit-order'), []);
  });

  it('checks lettered exhibits on their own', () => {
    const checked = checkCase({ draft: 'See Ex. 1; Exhibit A; Exhibit C; Ex. 2.\n' });
    assert.deepEqual(messages(checked, 'exhibit-order'), ['exhibit-order: The exhibits skip from Ex. A to Ex. C: Ex. B is neither cited nor listed.']);
  });

  it('leaves exhibits of other documents out of the numbering', () => {
    assert.deepEqual(messages(checkCase({ draft: 'See Ex. 2 to Dkt. No. 4; Ex. 1; Ex. 2.\n' }), 'exhibit-order'), []);
  });
});

describe('bates-malformed', () => {
  it('flags separators unlike the rest of the party\'s, and fixes them as the draft escapes', () => {
    const folder: CaseFolder = {
      draft: draft`
        *See* Ex. 1, MSFT\\_AICPY\\_000591635; Ex. 2, MSFT\\_AICPY\\_000591895; Ex. 3, MSFT AICPY 000225215.
      `,
    };
    const checked = checkCase(folder);
    assert.equal(tagged(checked, 'bates-malformed'), '*See* Ex. 1, MSFT\\_AICPY\\_000591635; Ex. 2, MSFT\\_AICPY\\_000591895; Ex. 3, <0>MSFT AICPY 000225215</0>.\n');
    assert.deepEqual(messages(checked, 'bates-malformed'), [
      'bates-malformed: Bates number MSFT AICPY 000225215: it is written with spaces where the other MSFT_AICPY numbers are written with underscores.',
    ]);
    const fix = fixTitled(folder, 'bates-malformed', 'Write MSFT_AICPY_000225215');
    assert.equal(fix.preferred, true);
    const fixed = applyToCase(folder, fix);
    assert.equal(fixed.draft, '*See* Ex. 1, MSFT\\_AICPY\\_000591635; Ex. 2, MSFT\\_AICPY\\_000591895; Ex. 3, MSFT\\_AICPY\\_000225215.\n');
    assert.deepEqual(messages(checkCase(fixed)), messages(checkCase({ draft: fixed.draft })));
    assert.deepEqual(findingsOf(checkCase(fixed).result, 'bates-malformed'), []);
  });

  it('flags a digit count unlike the rest of the party\'s, and invents no digit', () => {
    const checked = checkCase({ draft: 'See Ex. 1, ABC000100; Ex. 2, ABC000200; Ex. 3, ABC00300.\n' });
    assert.deepEqual(messages(checked, 'bates-malformed'), [
      'bates-malformed: Bates number ABC00300: it has 5 digits where the other ABC numbers have 6; a digit may be missing or extra.',
    ]);
    assert.deepEqual(findingsOf(checked.result, 'bates-malformed')[0].fixes, []);
  });

  it('takes the digit count from the exhibit list, and fixes it to the list\'s number', () => {
    const folder: CaseFolder = { draft: 'See Ex. 3, ABC00300.\n', files: { [LIST]: 'exhibit,bates_begin,bates_end\n3,ABC000300,ABC000310\n' } };
    assert.deepEqual(messages(checkCase(folder), 'bates-malformed'), [
      'bates-malformed: Bates number ABC00300 has 5 digits where exhibits.csv has 6 (ABC000300 for Ex. 3).',
    ]);
    const fixed = applyToCase(folder, fixTitled(folder, 'bates-malformed', 'Write ABC000300 as in exhibits.csv'));
    assert.equal(fixed.draft, 'See Ex. 3, ABC000300.\n');
    assert.deepEqual(messages(checkCase(fixed)), []);
  });

  it('says nothing when two numbers disagree and neither is the majority', () => {
    assert.deepEqual(messages(checkCase({ draft: 'See Ex. 1, ABC000100; Ex. 2, ABC00200.\n' }), 'bates-malformed'), []);
  });

  it('counts a number cited many times once when finding the usual digit count', () => {
    const checked = checkCase({ draft: 'See Ex. 1, ABC00100; Ex. 1, ABC00100; Ex. 1, ABC00100; Ex. 2, ABC000200; Ex. 3, ABC000300.\n' });
    assert.equal(tagged(checked, 'bates-malformed'), 'See Ex. 1, <0>ABC00100</0>; Ex. 1, <1>ABC00100</1>; Ex. 1, <2>ABC00100</2>; Ex. 2, ABC000200; Ex. 3, ABC000300.\n');
  });

  it('flags a prefix one letter off from the one the other numbers use', () => {
    const checked = checkCase({ draft: 'See Ex. 1, MSFT_AICPY_000100; Ex. 2, MSFT_AICPY_000200; Ex. 3, MSFT_AICPY_000300; Ex. 4, MSFT_AICYP_000400.\n' });
    assert.deepEqual(messages(checked, 'bates-malformed'), [
      'bates-malformed: Bates number MSFT_AICYP_000400: its prefix MSFT_AICYP_ differs from MSFT_AICPY_, which 3 other Bates numbers here use.',
    ]);
    const [finding] = findingsOf(checked.result, 'bates-malformed');
    assert.deepEqual(finding.fixes.map((f) => [f.title, f.preferred]), [['Write MSFT_AICPY_000400', undefined]]);
  });

  it('fixes a prefix typo only when asked (the fix is not preferred), and the draft then checks clean', () => {
    const folder: CaseFolder = { draft: 'See Ex. 1, MSFT_AICPY_000100; Ex. 2, MSFT_AICPY_000200; Ex. 3, MSFT_AICPY_000300; Ex. 4, MSFT_AICYP_000400.\n' };
    const fixed = applyToCase(folder, fixTitled(folder, 'bates-malformed', 'Write MSFT_AICPY_000400'));
    assert.equal(fixed.draft, 'See Ex. 1, MSFT_AICPY_000100; Ex. 2, MSFT_AICPY_000200; Ex. 3, MSFT_AICPY_000300; Ex. 4, MSFT_AICPY_000400.\n');
    assert.deepEqual(findingsOf(checkCase(fixed).result, 'bates-malformed'), []);
  });

  it('leaves two parties with different prefixes alone', () => {
    assert.deepEqual(messages(checkCase({ draft: 'See Ex. 1, NYT_000100; Ex. 2, NYT_000200; Ex. 3, OAI_0000300.\n' }), 'bates-malformed'), []);
  });

  it('flags a range that runs backwards or crosses prefixes', () => {
    const checked = checkCase({ draft: 'See Ex. 1, ABC000115–ABC000100; Ex. 2, ABC000200–DEF000210.\n' });
    assert.equal(tagged(checked, 'bates-malformed'), 'See Ex. 1, <0>ABC000115–ABC000100</0>; Ex. 2, <1>ABC000200–DEF000210</1>.\n');
    assert.deepEqual(messages(checked, 'bates-malformed'), [
      'bates-malformed: The Bates range ABC000115–ABC000100 runs backwards: its end comes before its start.',
      "bates-malformed: The Bates range ABC000200–DEF000210 starts with one prefix and ends with another; a range runs within one producing party's numbers.",
    ]);
  });

  it('writes a number as the exhibit list does when only its spelling differs', () => {
    const folder: CaseFolder = { draft: 'See Ex. 7, MSFT AICPY 000225215.\n', files: { [LIST]: 'exhibit,bates_begin\n7,MSFT_AICPY_000225215\n' } };
    assert.deepEqual(messages(checkCase(folder)), [
      'bates-malformed: Bates number MSFT AICPY 000225215 is written with spaces where exhibits.csv writes with underscores (MSFT_AICPY_000225215 for Ex. 7).',
    ]);
    const fixed = applyToCase(folder, fixTitled(folder, 'bates-malformed', 'Write MSFT_AICPY_000225215 as in exhibits.csv'));
    assert.deepEqual(messages(checkCase(fixed)), []);
  });
});

describe('exhibit-bates-conflict', () => {
  it('flags one exhibit cited with two different numbers, and offers the first', () => {
    const folder: CaseFolder = { draft: 'See Ex. 1, ABC000100.\n\nLater, see Ex. 1, ABC000250.\n' };
    const checked = checkCase(folder);
    assert.equal(tagged(checked, 'exhibit-bates-conflict'), 'See Ex. 1, ABC000100.\n\nLater, see Ex. 1, <0>ABC000250</0>.\n');
    assert.deepEqual(messages(checked, 'exhibit-bates-conflict'), ['exhibit-bates-conflict: Ex. 1 is cited here with ABC000250, but at line 1 with ABC000100.']);
    const fixed = applyToCase(folder, fixTitled(folder, 'exhibit-bates-conflict', 'Write ABC000100 (as at line 1)'));
    assert.deepEqual(messages(checkCase(fixed), 'exhibit-bates-conflict'), []);
  });

  it('does not call one number written two ways a conflict', () => {
    const checked = checkCase({ draft: 'See Ex. 6, MSFT_AICPY_000588353; Ex. 6, MSFT AICPY 000588353.\n' });
    assert.deepEqual(messages(checked, 'exhibit-bates-conflict'), []);
  });

  it('takes a later number inside the exhibit\'s cited range as a page of it', () => {
    const checked = checkCase({ draft: 'See Ex. 2, ABC000100–ABC000115; Ex. 2, ABC000104; Ex. 2 at ABC000110.\n' });
    assert.deepEqual(messages(checked, 'exhibit-bates-conflict'), []);
  });

  it('flags a pin cite outside the exhibit', () => {
    const checked = checkCase({ draft: 'See Ex. 2, ABC000100–ABC000115. See Ex. 2 at ABC000120; Ex. 2 at ABC000090.\n' });
    assert.deepEqual(messages(checked, 'exhibit-bates-conflict'), [
      'exhibit-bates-conflict: The pin cite ABC000120 lies outside Ex. 2 (ABC000100–ABC000115, line 1).',
      'exhibit-bates-conflict: The pin cite ABC000090 lies outside Ex. 2 (ABC000100–ABC000115, line 1).',
    ]);
  });

  it('flags two exhibits cited with the same number', () => {
    const checked = checkCase({ draft: 'See Ex. 2, MSFT_AICPY_000591895; Ex. 3, MSFT_AICPY_000591895.\n' });
    assert.deepEqual(messages(checked, 'exhibit-bates-conflict'), [
      'exhibit-bates-conflict: Ex. 3 is cited with MSFT_AICPY_000591895, the Bates number Ex. 2 is cited with at line 1.',
    ]);
  });

  it('flags a number that differs from the exhibit list, and offers the list\'s', () => {
    const folder: CaseFolder = { draft: 'See Ex. 4, ABC000410.\n', files: { [LIST]: 'exhibit,bates_begin\n4,ABC000400\n' } };
    assert.deepEqual(messages(checkCase(folder), 'exhibit-bates-conflict'), ['exhibit-bates-conflict: Ex. 4 is cited with ABC000410, but exhibits.csv gives ABC000400.']);
    const fixed = applyToCase(folder, fixTitled(folder, 'exhibit-bates-conflict', 'Write ABC000400, the first Bates number of Ex. 4 in exhibits.csv'));
    assert.equal(fixed.draft, 'See Ex. 4, ABC000400.\n');
    assert.deepEqual(messages(checkCase(fixed)), []);
  });

  it('accepts a pin cite after the first page when the list gives no last page', () => {
    const checked = checkCase({ draft: 'See Ex. 4 at ABC000405.\n', files: { [LIST]: 'exhibit,bates_begin\n4,ABC000400\n' } });
    assert.deepEqual(messages(checked), []);
  });

  it('compares exhibits of another document only with each other', () => {
    const checked = checkCase({
      draft: 'See Ex. 4 to the Smith Declaration, ABC000100; Ex. 4 to the Smith Declaration, ABC000900; Ex. 4, ABC000400.\n',
      files: { [LIST]: 'exhibit,bates_begin\n4,ABC000400\n' },
    });
    assert.deepEqual(messages(checked, 'exhibit-bates-conflict'), ['exhibit-bates-conflict: Ex. 4 is cited here with ABC000900, but at line 1 with ABC000100.']);
  });
});

describe('exhibits defined in the draft, checked', () => {
  it('resolves a brief\'s cites against its own index of exhibits', () => {
    const text = draft`
      *See* Ex. 1, ABC000100; Ex. 2; Ex. 3.

      ## Index of Exhibits

      - Exhibit 1 — Email of Oct. 1, 2023, ABC000100
      - Exhibit 2 — Letter of Oct. 9, 2023, ABC000150
    `;
    assert.deepEqual(messages(checkCase({ draft: text })), [
      'exhibit-unresolved: Ex. 3 is not defined in the exhibits defined in this draft. Defined: Exs. 1, 2.',
    ]);
  });

  it('checks a declaration: its exhibits, their order and their Bates numbers', () => {
    const text = draft`
      I, Jane Doe, declare:

      2. Attached hereto as Exhibit 1 is a true and correct copy of the lease, ABC000100.

      3. Attached hereto as Exhibit 3 is a true and correct copy of the notice, ABC000300.

      4. Attached hereto as Exhibit 2 is a true and correct copy of the reply, ABC00200.

      5. As Exhibit 4 shows, the notice was never answered.
    `;
    const checked = checkCase({ draft: text });
    assert.deepEqual(messages(checked), [
      'exhibit-order: Ex. 3 is first cited here, before Ex. 2 (line 7); exhibits are usually numbered in the order they are first cited.',
      'bates-malformed: Bates number ABC00200: it has 5 digits where the other ABC numbers have 6; a digit may be missing or extra.',
      'exhibit-unresolved: Ex. 4 is not defined in the exhibits defined in this draft. Defined: Exs. 1–3.',
    ]);
    assert.ok(tagged(checked, 'bates-malformed').includes('copy of the reply, <0>ABC00200</0>.'));
  });

  it('checks the body\'s Bates numbers against the draft\'s own index', () => {
    const text = draft`
      *See* Ex. 1, ABC000999.

      | Exhibit | Description | Bates |
      |---|---|---|
      | 1 | Email | ABC000100 |
    `;
    assert.deepEqual(messages(checkCase({ draft: text })), ["exhibit-bates-conflict: Ex. 1 is cited with ABC000999, but this draft's exhibit index gives ABC000100."]);
  });

  it('takes a list beside the draft first, and the draft\'s own definitions after it', () => {
    const text = 'Attached hereto as Exhibit 1 is a true and correct copy of the lease.\n\nSee also Ex. 2.\n';
    const checked = checkCase({ draft: text, files: { [LIST]: 'exhibit,description\n2,Notice\n' } });
    assert.deepEqual(messages(checked), []);
    assert.deepEqual([...checked.result.citations].map((c) => c.text), ['Exhibit 1', 'Ex. 2']);
  });
});
