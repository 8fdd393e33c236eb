import * as assert from 'node:assert/strict';
import { annotatedFindings, applyFix, checkDraft } from '../helpers';
import { BRIEF, fixtureSources } from './fixture';

const sources = fixtureSources();
const found = (text: string, code: string, settings?: unknown) => annotatedFindings(text, code, { sources, settings });
const messages = (text: string, code: string, settings?: unknown) => checkDraft(text, { sources, settings }).findings.filter((f) => f.code === code).map((f) => f.message);

describe('record rules', () => {
  it('the fixture brief: every planted problem, and nothing on the cites that are right', () => {
    const codes = checkDraft(BRIEF, { sources }).findings.map((f) => `${f.code} ${BRIEF.slice(f.start, f.end)}`);
    assert.deepEqual(codes, [
      'record-location-missing 48:2',
      'record-location-missing 45:27',
      'record-location-missing 40',
      'record-range-backwards 45:12–3',
      'record-range-backwards 6–4',
      'record-style-inconsistent Smith Dep. at 44:2',
      'record-style-inconsistent -',
      'record-unresolved Lee Dep. 12:4',
      'record-location-missing 400',
    ]);
  });

  it('record-unresolved: a document the record does not have', () => {
    assert.equal(found('Lee Dep. 12:4; Smith Dep. 44:1.\n', 'record-unresolved'), '<0>Lee Dep. 12:4</0>; Smith Dep. 44:1.\n');
  });

  it('record-location-missing: a page past the last, a line past the page, a paragraph the declaration lacks', () => {
    assert.deepEqual(messages('Smith Dep. 48:2; Smith Dep. 45:27; Smith Dep. 45:1–46:25; Jones Decl. ¶¶ 7–9.\n', 'record-location-missing'), [
      'Smith Dep.: there is no page 48; the transcript ends at page 47.',
      'Smith Dep.: page 45 has 25 lines; there is no line 27.',
      'Jones Decl.: there is no ¶ 9; the last paragraph is ¶ 8.',
    ]);
  });

  it('record-location-missing: an Id. that refers to a record cite is checked at its own pin', () => {
    assert.deepEqual(messages('Smith Dep. 45:3; id. at 48:2. Jones Decl. ¶ 5; id. ¶ 9. Smith Dep. 44:1. Id. at 44:2.\n', 'record-location-missing'), [
      'Smith Dep. (id. at 48:2): there is no page 48; the transcript ends at page 47.',
      'Jones Decl. (id. ¶ 9): there is no ¶ 9; the last paragraph is ¶ 8.',
    ]);
  });

  it('record-range-backwards: a line range and a paragraph range', () => {
    assert.equal(found('Smith Dep. 45:12–3; Compl. ¶¶ 14–12; Smith Dep. 45:3–46:1.\n', 'record-range-backwards'), 'Smith Dep. <0>45:12–3</0>; Compl. ¶¶ <1>14–12</1>; Smith Dep. 45:3–46:1.\n');
  });

  it('record-style-inconsistent: a hyphen in a range, fixed to an en dash, and the draft checks clean', () => {
    const text = 'Smith Dep. 45:3-46:2; Jones Decl. ¶¶ 3-4.\n';
    const findings = checkDraft(text, { sources }).findings.filter((f) => f.code === 'record-style-inconsistent');
    assert.equal(findings.length, 2);
    let fixed = text;
    for (const f of findings.reverse()) fixed = applyFix(fixed, f.fixes[0]);
    assert.equal(fixed, 'Smith Dep. 45:3–46:2; Jones Decl. ¶¶ 3–4.\n');
    assert.deepEqual(checkDraft(fixed, { sources }).findings, []);
  });

  it('record-style-inconsistent: one document in two forms', () => {
    assert.equal(found('J.A. 12; J.A. 14; JA16.\n', 'record-style-inconsistent'), 'J.A. 12; J.A. 14; <0>JA16</0>.\n');
    assert.equal(found('Smith Dep. 45:3; Smith Dep. 46:1; Smith Dep. at 47:2; Smith Dep. at 45; Jones Decl. ¶ 5; Jones Decl. at 3.\n', 'record-style-inconsistent'), 'Smith Dep. 45:3; Smith Dep. 46:1; <0>Smith Dep. at 47:2</0>; Smith Dep. at 45; Jones Decl. ¶ 5; Jones Decl. at 3.\n');
  });

  it("record-style-inconsistent: the court's form under brieflint.localRules, fixed where certain", () => {
    const settings = { localRules: ['9th-cir', '5th-cir', '6th-cir'] };
    const text = 'See 4 ER 874-76; ER 45; 1-ER-45; ROA 123; ROA.124; PageID.234-235; PageID #236.\n';
    const findings = checkDraft(text, { settings }).findings.filter((f) => f.code === 'record-style-inconsistent');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['4 ER 874-76', 'ER 45', 'ROA 123', 'PageID.234-235']);
    let fixed = text;
    for (const f of [...findings].reverse()) if (f.fixes[0]) fixed = applyFix(fixed, f.fixes[0]);
    assert.equal(fixed, 'See 4-ER-874–76; ER 45; 1-ER-45; ROA.123; ROA.124; PageID #234–235; PageID #236.\n');
    assert.deepEqual(checkDraft(fixed, { settings }).findings.filter((f) => f.code === 'record-style-inconsistent').map((f) => fixed.slice(f.start, f.end)), ['ER 45']);
    // Without the local rule, none of these is a court-form problem.
    assert.deepEqual(messages('ER 45; ROA 123; PageID.234.\n', 'record-style-inconsistent'), []);
  });

  it('record-source-missing: record cites and no record (information, once)', () => {
    const result = checkDraft('Smith Dep. 45:3. Jones Decl. ¶ 5.\n');
    assert.deepEqual(result.findings.map((f) => [f.code, f.severity]), [['record-source-missing', 'information']]);
    assert.deepEqual(checkDraft('No record cites.\n').findings, []);
  });

  it('statement-uncited: a numbered paragraph of a statement of undisputed facts with no record cite', () => {
    const text = [
      "# Defendant's Statement of Undisputed Material Facts",
      '',
      '1. Line four ran without a guard from February 27 to March 9, 2022. Jones Decl. ¶ 6.',
      '',
      '2. The plant manager was told in writing on February 28.',
      '',
      '3. Mr. Smith warned the crew. Smith Dep. 45:3–4.',
      '',
      '4. The note is in the binder. Ex. 4.',
      '',
    ].join('\n');
    assert.equal(found(text, 'statement-uncited'), text.replace('2. The plant manager was told in writing on February 28.', '2. <0>The plant manager was told in writing on February 28.</0>'));
    // A brief that is not a statement of facts is not held to it.
    assert.deepEqual(messages(text.replace("Defendant's Statement of Undisputed Material Facts", 'Background'), 'statement-uncited'), []);
  });
});
