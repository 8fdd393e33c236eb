import * as assert from 'node:assert/strict';
import { checkDraft, draft } from '../helpers';

const STYLE = 'docket-style-inconsistent';

describe('disable comments', () => {
  const base = draft`
    See Dkt. No. 293.
    Also Dkt. 69.
  `;

  it('the unsuppressed draft has the finding', () => {
    assert.deepEqual(checkDraft(base).findings.map((f) => f.code), [STYLE]);
  });

  it('brieflint-disable-next-line CODE in a Markdown comment silences the next line only', () => {
    const text = draft`
      See Dkt. No. 293.
      <!-- brieflint-disable-next-line docket-style-inconsistent -->
      Also Dkt. 69.
      And Dkt. 70.
    `;
    const findings = checkDraft(text, { settings: { docket: { style: 'Dkt. No.' } } }).findings.filter((f) => f.code === STYLE);
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Dkt. 70']);
  });

  it('works in any comment style in plain text', () => {
    const text = 'See Dkt. No. 293.\n// brieflint-disable-next-line docket-style-inconsistent\nAlso Dkt. 69.\n';
    assert.deepEqual(checkDraft(text, { format: 'plaintext' }).findings, []);
  });

  it('in plain text, what a disable comment says is not read as citations', () => {
    const text = 'See Dkt. No. 293.\n[Drafting note: brieflint-disable-next-line docket-style-inconsistent -- Dkt. 12 stays.]\nAlso Dkt. 69.\n';
    const result = checkDraft(text, { format: 'plaintext' });
    assert.deepEqual(result.citations.map((c) => c.text), ['Dkt. No. 293', 'Dkt. 69']);
    assert.deepEqual(result.findings, []);
  });

  it('a directive naming another rule does not silence this one', () => {
    const text = 'See Dkt. No. 293.\n<!-- brieflint-disable-next-line exhibit-order -->\nAlso Dkt. 69.\n';
    assert.deepEqual(checkDraft(text).findings.map((f) => f.code), [STYLE]);
  });

  it('brieflint-disable … brieflint-enable covers a region; with no code, every rule', () => {
    const text = draft`
      See Dkt. No. 293.
      <!-- brieflint-disable -->
      Also Dkt. 69.
      <!-- brieflint-enable -->
      And Dkt. 70.
    `;
    const findings = checkDraft(text, { settings: { docket: { style: 'Dkt. No.' } } }).findings;
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Dkt. 70']);
  });

  it('reports an unknown code in a directive, with a suggestion', () => {
    const text = 'See Dkt. No. 293.\n<!-- brieflint-disable-next-line docket-style-inconsistnt -->\nAlso Dkt. 69.\n';
    const findings = checkDraft(text).findings;
    const unknown = findings.find((f) => f.code === 'directive-unknown');
    assert.ok(unknown);
    assert.equal(text.slice(unknown.start, unknown.end), 'docket-style-inconsistnt');
    assert.match(unknown.message, /did you mean "docket-style-inconsistent"/);
  });

  it('finds a directive after the word "brief" and after a "brief" that is not one', () => {
    const text = 'Our brief cites Dkt. No. 293; this brieflint or briefly-lint is no directive.\n' +
      'Brief: <!-- brieflint-disable-next-line docket-style-inconsistent -->\nAlso Dkt. 69.\n';
    assert.deepEqual(checkDraft(text, { settings: { docket: { style: 'Dkt. No.' } } }).findings, []);
  });
});

describe('rule severity settings', () => {
  const text = 'See Dkt. No. 293. Also Dkt. 69.\n';
  it('turns a rule off', () => {
    assert.deepEqual(checkDraft(text, { settings: { rules: { [STYLE]: 'off' } } }).findings.filter((f) => f.code === STYLE), []);
  });
  it('changes a rule severity', () => {
    assert.deepEqual(checkDraft(text, { settings: { rules: { [STYLE]: 'error' } } }).findings.filter((f) => f.code === STYLE).map((f) => f.severity), ['error']);
  });
});

describe('a generated table of authorities', () => {
  it('is not read as citations (it repeats the ones in the draft)', () => {
    const text = draft`
      <!-- brieflint-toa-start -->
      | Dkt. No. 12 | passim |
      <!-- brieflint-toa-end -->

      See Dkt. 12.
    `;
    const result = checkDraft(text);
    assert.deepEqual(result.citations.map((c) => c.text), ['Dkt. 12']);
    assert.deepEqual(result.findings.map((f) => f.code), []);
  });
});
