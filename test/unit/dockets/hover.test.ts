import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocketList } from '../../../server/src/core/families/dockets/list';
import type { CheckSources } from '../../../server/src/core/check';
import { hover } from '../../../server/src/service/hover';
import { checkDraft } from '../helpers';

/** The hover's Markdown at the first occurrence of `at` in the draft. */
function hoverText(text: string, at: string, sources: CheckSources = {}): string | undefined {
  const result = checkDraft(text, { sources });
  const document = TextDocument.create('file:///case/brief.md', 'markdown', 1, text);
  const h = hover(result, sources, document, text.indexOf(at));
  return h ? (h.contents as { value: string }).value : undefined;
}

const CSV = [
  'entry,date,description',
  '12,2023-10-02,"MOTION to Dismiss *partial* filed by OpenAI, Inc."',
  '12-1,,Declaration of A. Smith',
  '13,2023-10-03,LETTER',
  '69,2024-01-05,AMENDED COMPLAINT',
].join('\n');
const sources = (): CheckSources => ({ docketList: parseDocketList(CSV, '/case/docket.csv') });

describe('hover on a docket cite', () => {
  it('shows the entry, the pin cite, and from the docket list its date and description', () => {
    assert.equal(hoverText('See Dkt. 69 at ¶¶76, 430.', '69', sources()), [
      '**Docket entry 69**',
      'Pin cite: ¶¶76, 430',
      '- **69** · filed 2024-01-05 · AMENDED COMPLAINT',
    ].join('\n\n'));
  });

  it('shows an attachment with what the list says about it, and escapes Markdown in descriptions', () => {
    assert.equal(hoverText('See ECF No. 12-1 at 3.', 'ECF', sources()), [
      '**Docket entry 12-1**',
      'Pin cite: 3',
      '- **12-1** · filed 2023-10-02 · attachment 1: Declaration of A. Smith · MOTION to Dismiss \\*partial\\* filed by OpenAI, Inc.',
    ].join('\n\n'));
  });

  it('lists each entry of a list or range, and says which are not on the docket list', () => {
    assert.equal(hoverText('See ECF Nos. 12–14.', 'ECF', sources()), [
      '**Docket entries 12–14**',
      [
        '- **12** · filed 2023-10-02 · MOTION to Dismiss \\*partial\\* filed by OpenAI, Inc.',
        '- **13** · filed 2023-10-03 · LETTER',
        '- **14** · not on the docket list docket.csv',
      ].join('\n'),
    ].join('\n\n'));
  });

  it('says where a pin written before the cite is, and how often the entry is cited', () => {
    const text = 'Pl.’s Mot. at 5 (ECF No. 13). Again, ECF No. 13 at 2.';
    assert.equal(hoverText(text, 'ECF', sources()), [
      '**Docket entry 13**',
      'Pin cite: 5 (written before the docket cite)',
      '- **13** · filed 2023-10-03 · LETTER',
      'Cited 2 times in this draft.',
    ].join('\n\n'));
  });

  it('without a docket list, says how to get one', () => {
    assert.match(hoverText('See Dkt. No. 293.', 'Dkt')!, /^\*\*Docket entry 293\*\*\n\n_No docket list: a `docket\.csv` \(entry, date, description\) beside the draft/);
  });
});

describe('hover on a case number', () => {
  it('shows the parts of a district number and the court from its parenthetical', () => {
    assert.equal(hoverText('RE: Authors Guild v. OpenAI Inc., No. 1:23-cv-08292-SHS (S.D.N.Y.).', 'No.'), [
      '**1:23-cv-08292-SHS** — federal district court case number',
      [
        '- Office: 1',
        '- Year filed: 2023',
        '- Case type: cv (civil)',
        '- Sequence: 08292',
        '- Judge: SHS',
        '- Court: S.D.N.Y. — United States District Court for the Southern District of New York',
      ].join('\n'),
    ].join('\n\n'));
  });

  it('shows the older Southern District form with its judge, and an MDL number', () => {
    assert.match(hoverText('No. 23 Civ. 8292 (SHS)', 'No.')!, /Case type: Civ\. \(civil\)\n- Sequence: 8292\n- Judge: SHS/);
    assert.match(hoverText('In re Roundup, MDL No. 2741 (N.D. Cal.)', 'MDL')!, /^\*\*MDL No\. 2741\*\* — multidistrict litigation number\n\n- Sequence: 2741\n- Court: N\.D\. Cal\./);
  });

  it('says when the case number is the case of the docket list', () => {
    const docketList = parseDocketList(JSON.stringify({ docket_number: '1:23-cv-08292', case_name: 'Authors Guild v. OpenAI Inc.', docket_entries: [] }), '/case/docket.json');
    assert.match(hoverText('RE: 23-cv-8292 (S.D.N.Y.)', '23-cv', { docketList })!, /The docket list docket\.json is this case's docket \(Authors Guild v\. OpenAI Inc\.\)\.$/);
    assert.doesNotMatch(hoverText('RE: 23-cv-10211 (S.D.N.Y.)', '23-cv', { docketList })!, /this case's docket/);
  });
});
