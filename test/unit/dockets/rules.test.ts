import * as assert from 'node:assert/strict';
import { parseDocketList } from '../../../server/src/core/families/dockets/list';
import { resolveFixAll } from '../../../server/src/core/fixAll';
import type { Finding, Fix } from '../../../server/src/core/types';
import { annotatedFindings, applyFix, checkDraft, draft, DraftOptions } from '../helpers';
import { LETTER_MOTION } from '../../fixtures';

function findings(text: string, code: string, options: DraftOptions = {}): Finding[] {
  return checkDraft(text, options).findings.filter((f) => f.code === code);
}

/** The fix of the whole draft for `code`, with its edits made as a code action makes them. */
function allFix(text: string, code: string, options: DraftOptions = {}): Fix {
  const result = checkDraft(text, options);
  const marker = result.findings.find((f) => f.code === code)?.fixes.find((x) => x.all);
  assert.ok(marker, `no fix of the whole draft for ${code}`);
  assert.deepEqual(marker.edits, []);
  const fix = resolveFixAll(result, options.sources ?? {}, marker);
  assert.ok(fix);
  return fix;
}

describe('docket-style-inconsistent', () => {
  it('flags the cites not in the style most used, with a fix that writes that style', () => {
    const text = draft`
      The Court limited discovery. See Dkt. No. 293. It later clarified. See Dkt. No. 310.
      The complaint is ongoing. See Dkt. 69 at 4.
    `;
    assert.equal(annotatedFindings(text, 'docket-style-inconsistent'), draft`
      The Court limited discovery. See Dkt. No. 293. It later clarified. See Dkt. No. 310.
      The complaint is ongoing. See <0>Dkt. 69 at 4</0>.
    `);
    const [f] = findings(text, 'docket-style-inconsistent');
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'Docket cite in the style "Dkt."; this draft cites the docket as "Dkt. No.", the style used most in this draft (2 of 3 docket cites).');
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].title, 'Change "Dkt. 69" to "Dkt. No. 69"');
    assert.deepEqual(f.fixes[0].edits.map((e) => text.slice(e.start, e.end)), ['Dkt.']);
    const fixed = applyFix(text, f.fixes[0]);
    assert.match(fixed, /See Dkt\. No\. 69 at 4\./);
    assert.deepEqual(findings(fixed, 'docket-style-inconsistent'), []);
  });

  it('flags the sample letter’s second style, taking the one used first on a tie', () => {
    const text = 'See Dkt. No. 293 (limiting discovery). See Dkt. 69 at ¶¶76, 430.\n';
    assert.equal(annotatedFindings(text, 'docket-style-inconsistent'), 'See Dkt. No. 293 (limiting discovery). See <0>Dkt. 69 at ¶¶76, 430</0>.\n');
    assert.match(findings(text, 'docket-style-inconsistent')[0].message, /"Dkt\. No\.", the style used first in this draft \(each style is used equally often\)/);
  });

  it('offers a fix for all cites in the draft that carries every edit, and the draft then checks clean', () => {
    const text = draft`
      See ECF No. 12. See ECF No. 14 at 2. See ECF No. 20.
      But see Dkt. 15; Doc. 16-1 at 3; Dkt. Nos. 17, 18; D.E. 19.
    `;
    const found = findings(text, 'docket-style-inconsistent');
    assert.equal(found.length, 4);
    const marker = found[0].fixes[1];
    assert.equal(marker.title, 'Change the 4 docket cites in other styles to "ECF No."');
    // Each finding carries the same marker, without the edit list: the edits are made when asked for.
    assert.deepEqual(found.map((f) => f.fixes[1]), [marker, marker, marker, marker]);
    assert.deepEqual(marker, { title: marker.title, edits: [], all: { code: 'docket-style-inconsistent' } });
    const all = allFix(text, 'docket-style-inconsistent');
    assert.equal(all.edits.length, 4);
    const fixed = applyFix(text, all);
    assert.equal(fixed, draft`
      See ECF No. 12. See ECF No. 14 at 2. See ECF No. 20.
      But see ECF No. 15; ECF No. 16-1 at 3; ECF Nos. 17, 18; ECF No. 19.
    `);
    assert.deepEqual(findings(fixed, 'docket-style-inconsistent'), []);
  });

  it('counts the docket entry an exhibit cite names as a docket cite of its style', () => {
    // A reply of my own making: the exhibits are cited to the docket as "Dkt. No.", one cite as "Dkt.".
    const text = draft`
      The invoice was produced. *See* Ex. B to Dkt. No. 27; Ex. D to Dkt. No. 27.
      The court ordered production. *See* Dkt. 31.
    `;
    assert.equal(annotatedFindings(text, 'docket-style-inconsistent'), draft`
      The invoice was produced. *See* Ex. B to Dkt. No. 27; Ex. D to Dkt. No. 27.
      The court ordered production. *See* <0>Dkt. 31</0>.
    `);
    assert.match(findings(text, 'docket-style-inconsistent')[0].message, /"Dkt\. No\.", the style used most in this draft \(2 of 3 docket cites\)/);
  });

  it('marks and fixes the docket entry inside an exhibit cite when it is the odd one', () => {
    const text = 'See Dkt. 31; Dkt. 32 at 4. The letter is in the record. See Ex. B to Dkt. No. 27 at 3.\n';
    assert.equal(annotatedFindings(text, 'docket-style-inconsistent'), 'See Dkt. 31; Dkt. 32 at 4. The letter is in the record. See Ex. B to <0>Dkt. No. 27</0> at 3.\n');
    const [f] = findings(text, 'docket-style-inconsistent');
    const exhibit = checkDraft(text).citations.find((c) => c.kind === 'exhibit')!;
    assert.deepEqual(f.citations, [exhibit.id]);
    const fixed = applyFix(text, f.fixes[0]);
    assert.equal(fixed, 'See Dkt. 31; Dkt. 32 at 4. The letter is in the record. See Ex. B to Dkt. 27 at 3.\n');
    assert.deepEqual(findings(fixed, 'docket-style-inconsistent'), []);
  });

  it('uses the plural words for a list or range and the singular for one entry', () => {
    const text = 'See Dkt. No. 1; Dkt. No. 2; ECF Nos. 3, 4; ECF 5–7; Dkts. 8.';
    const fixed = applyFix(text, allFix(text, 'docket-style-inconsistent'));
    assert.equal(fixed, 'See Dkt. No. 1; Dkt. No. 2; Dkt. Nos. 3, 4; Dkt. Nos. 5–7; Dkt. No. 8.');
  });

  it('follows brieflint.docket.style even when the draft agrees with itself', () => {
    const text = 'See Dkt. 12 and Dkt. 14.';
    const options = { settings: { docket: { style: 'ECF No.' } } };
    const found = findings(text, 'docket-style-inconsistent', options);
    assert.equal(found.length, 2);
    assert.match(found[0].message, /"ECF No\.", the style set in brieflint\.docket\.style/);
    assert.equal(applyFix(text, allFix(text, 'docket-style-inconsistent', options)), 'See ECF No. 12 and ECF No. 14.');
    assert.deepEqual(findings('See ECF No. 12.', 'docket-style-inconsistent', options), []);
  });

  it('removes a # that the preferred style does not write, and keeps no-break spaces', () => {
    const text = 'See ECF No. 1; ECF No. 2; Dkt. #45; DE#46.';
    assert.equal(applyFix(text, allFix(text, 'docket-style-inconsistent')), 'See ECF No. 1; ECF No. 2; ECF No. 45; ECF No. 46.');
    const nbsp = 'See ECF No. 1; ECF No. 2; Dkt.\u00a012.';
    assert.equal(applyFix(nbsp, findings(nbsp, 'docket-style-inconsistent')[0].fixes[0]), 'See ECF No. 1; ECF No. 2; ECF\u00a0No.\u00a012.');
  });

  it('writes the fix in the draft’s Markdown escaping', () => {
    const text = 'See ECF No. 1; ECF No. 2; Dkt\\. 3.';
    const [f] = findings(text, 'docket-style-inconsistent');
    assert.equal(applyFix(text, f.fixes[0]), 'See ECF No. 1; ECF No. 2; ECF No\\. 3.');
  });

  it('says nothing with one style, or with one cite and no setting', () => {
    assert.deepEqual(findings('See Dkt. 1, Dkt. 2 and Dkt. 3 at 4.', 'docket-style-inconsistent'), []);
    assert.deepEqual(findings('See ECF No. 1.', 'docket-style-inconsistent'), []);
  });

  it('can be silenced for one line with a disable comment', () => {
    const text = draft`
      See Dkt. No. 1 and Dkt. No. 2.
      <!-- brieflint-disable-next-line docket-style-inconsistent -->
      See Dkt. 3.
    `;
    assert.deepEqual(findings(text, 'docket-style-inconsistent'), []);
  });
});

describe('docket-pin-format', () => {
  // [draft, the pin cite written as it should be, the reason given]
  const CASES: Array<[string, string, RegExp]> = [
    ['See Dkt. 69 at ¶¶76, 430.', 'See Dkt. 69 at ¶¶ 76, 430.', /a space goes between "¶¶" and the number/],
    ['See Dkt. 1 ¶14.', 'See Dkt. 1 ¶ 14.', /a space goes between "¶" and the number/],
    ['See Dkt. 1 ¶ 14, 16.', 'See Dkt. 1 ¶¶ 14, 16.', /several paragraphs take "¶¶"/],
    ['See Dkt. 1 ¶ 14–16.', 'See Dkt. 1 ¶¶ 14–16.', /several paragraphs take "¶¶"/],
    ['See Dkt. 1 ¶¶ 14.', 'See Dkt. 1 ¶ 14.', /a single paragraph takes "¶"/],
    ['See Dkt. 1 ¶¶ 14-16.', 'See Dkt. 1 ¶¶ 14–16.', /en dash/],
    ['See ECF No. 45 at 3-5.', 'See ECF No. 45 at 3–5.', /en dash/],
    ['See ECF No. 45 at 532-35.', 'See ECF No. 45 at 532–35.', /en dash/],
    ['See ECF No. 80 at 14:3-15:2.', 'See ECF No. 80 at 14:3–15:2.', /en dash/],
    ['See Compl. ¶14-16 (ECF No. 1).', 'See Compl. ¶¶ 14–16 (ECF No. 1).', /¶¶.*space.*en dash/],
  ];
  for (const [text, expected, reason] of CASES) {
    it(`hints at ${JSON.stringify(text)} and fixes it`, () => {
      const [f] = findings(text, 'docket-pin-format');
      assert.ok(f, 'a hint');
      assert.equal(f.severity, 'hint');
      assert.match(f.message, reason);
      const fixed = applyFix(text, f.fixes[0]);
      assert.equal(fixed, expected);
      assert.deepEqual(findings(fixed, 'docket-pin-format'), [], 'the fixed pin is clean');
    });
  }

  it('marks the pin cite, not the whole docket cite, and names the result in the fix', () => {
    const text = 'See Dkt. 69 at ¶¶76, 430.';
    assert.equal(annotatedFindings(text, 'docket-pin-format'), 'See Dkt. 69 at <0>¶¶76, 430</0>.');
    const [f] = findings(text, 'docket-pin-format');
    assert.equal(f.fixes[0].title, 'Change "¶¶76, 430" to "¶¶ 76, 430"');
    assert.deepEqual(f.fixes[0].edits, [{ start: text.indexOf('76'), end: text.indexOf('76'), newText: ' ' }]);
  });

  it('leaves well-formed pins and page labels alone', () => {
    for (const text of ['See Dkt. 69 at ¶¶ 76, 430.', 'See Dkt. 1 ¶ 14.', 'See Dkt. 1 at 3–5.', 'See Dkt. 1 at 3-1.', 'See Dkt. 1 at 3 n.2.', 'See ECF No. 1, PageID #12.']) {
      assert.deepEqual(findings(text, 'docket-pin-format'), [], text);
    }
  });

  it('offers to fix every pin in the draft at once', () => {
    const text = 'See Dkt. 1 at 3-5; Dkt. 2 ¶¶7; Dkt. 3 at 9.';
    const found = findings(text, 'docket-pin-format');
    assert.equal(found.length, 2);
    assert.equal(found[0].fixes[1].title, 'Fix the form of the 2 docket pin cites in this draft');
    assert.equal(applyFix(text, allFix(text, 'docket-pin-format')), 'See Dkt. 1 at 3–5; Dkt. 2 ¶ 7; Dkt. 3 at 9.');
  });
});

describe('docket-unresolved', () => {
  const CSV = 'entry,date,description\n1,2023-09-19,Complaint\n12,2023-10-02,Motion to dismiss\n12-1,,Declaration of A. Smith\n13,2023-10-03,Letter\n14,2023-10-04,Order\n69,2024-01-05,Amended complaint\n';
  const list = () => parseDocketList(CSV, '/case/docket.csv');

  it('flags an entry that is not on the docket list, at the entry number', () => {
    const text = 'See Dkt. 12 at 3; Dkt. 99 at 4; ECF Nos. 13, 15.';
    assert.equal(annotatedFindings(text, 'docket-unresolved', { sources: { docketList: list() } }), 'See Dkt. 12 at 3; Dkt. <0>99</0> at 4; ECF Nos. 13, <1>15</1>.');
    const [late] = findings(text, 'docket-unresolved', { sources: { docketList: list() } });
    assert.equal(late.severity, 'warning');
    assert.equal(late.message, 'Docket entry 99 is not on the docket list docket.csv (5 entries, the last numbered 69). If the docket has grown since the list was made, update the list.');
  });

  it('checks every entry of a range and names the ones missing', () => {
    const [f] = findings('See Dkt. 12–16.', 'docket-unresolved', { sources: { docketList: list() } });
    assert.equal(f.message, 'Docket entries 15, 16 are not on the docket list docket.csv (5 entries, the last numbered 69) (cited as 12–16).');
  });

  it('accepts attachments of listed entries and leading zeros', () => {
    assert.deepEqual(findings('See Dkt. 12-1; Dkt. 12-4; Dkt. 069 ¶ 3.', 'docket-unresolved', { sources: { docketList: list() } }), []);
  });

  it('does not check a docket cite that belongs to another case named just before it', () => {
    const text = 'See Smith v. Jones, No. 19-cv-1234, ECF No. 450 (S.D.N.Y. 2020).';
    assert.deepEqual(findings(text, 'docket-unresolved', { sources: { docketList: list() } }), []);
  });

  it('still checks a cite after this case’s own number, when the list names it', () => {
    const recap = parseDocketList(JSON.stringify({ docket_number: '1:23-cv-08292', docket_entries: [{ entry_number: 1, date_filed: '2023-09-19', description: 'Complaint' }] }), '/case/docket.json');
    const text = 'In Authors Guild, No. 23-cv-8292, ECF No. 450 shows it.';
    assert.equal(annotatedFindings(text, 'docket-unresolved', { sources: { docketList: recap } }), 'In Authors Guild, No. 23-cv-8292, ECF No. <0>450</0> shows it.');
  });

  it('says nothing without a list, with a partial list, or with a list that has no entries', () => {
    const text = 'See Dkt. 99.';
    assert.deepEqual(findings(text, 'docket-unresolved'), []);
    const page = parseDocketList(JSON.stringify({ next: 'https://www.courtlistener.com/api/rest/v4/docket-entries/?cursor=x', results: [{ entry_number: 1 }] }), '/case/docket.json');
    assert.deepEqual(findings(text, 'docket-unresolved', { sources: { docketList: page } }), []);
    const broken = parseDocketList('exhibit,description\n1,x\n', '/case/docket.csv');
    assert.deepEqual(findings(text, 'docket-unresolved', { sources: { docketList: broken } }), []);
  });
});
describe('docket rules on the fixture letter', () => {
  it('gives the style warning on Dkt. 54 and the pin-format hint on ¶¶41, and the fixes clear both', () => {
    const text = LETTER_MOTION;
    const mine = (t: string) => checkDraft(t, { format: 'plaintext' }).findings.filter((f) => f.code.startsWith('docket-'));
    const found = mine(text);
    assert.deepEqual(found.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]), [
      ['docket-style-inconsistent', 'warning', 'Dkt. 54 at ¶¶41, 212'],
      ['docket-pin-format', 'hint', '¶¶41, 212'],
    ]);
    const edits = (f: Finding) => f.fixes.map((x) => [x.title, x.edits.map((ed) => [text.slice(ed.start, ed.end), ed.newText])]);
    assert.deepEqual(edits(found[0]), [['Change "Dkt. 54" to "Dkt. No. 54"', [['Dkt.', 'Dkt. No.']]]]);
    assert.deepEqual(edits(found[1]), [['Change "¶¶41, 212" to "¶¶ 41, 212"', [['', ' ']]]]);
    const fixed = applyFix(applyFix(text, found[1].fixes[0]), found[0].fixes[0]);
    assert.match(fixed, /See\* Dkt\. No\. 54 at ¶¶ 41, 212\./);
    assert.equal(fixed.length, text.length + ' No.'.length + ' '.length);
    assert.deepEqual(mine(fixed), []);
  });
});
