import * as assert from 'node:assert/strict';
import { draftDefinitions } from '../../../server/src/core/families/exhibits/catalog';
import type { ExhibitDefinition } from '../../../server/src/core/families/exhibits/types';
import { annotate, annotatedCitations, checkDraft, draft } from '../helpers';

/** The definitions a draft makes, as plain rows a person can read. */
function defined(text: string, format: 'markdown' | 'plaintext' = 'markdown'): Array<Partial<ExhibitDefinition> & { form?: string }> {
  return draftDefinitions(checkDraft(text, { format })).map((d) => {
    const { origin, ...rest } = d;
    return { ...rest, form: origin.form };
  });
}

/** The draft with the label of each definition tagged. */
function definedLabels(text: string): string {
  return annotate(text, draftDefinitions(checkDraft(text)).map((d) => d.origin.labelSpan!));
}

describe('exhibits defined in the draft: an index table', () => {
  const INDEX = draft`
    ## Index of Exhibits

    | Ex. | Description | Bates |
    | --- | --- | --- |
    | 1 | Email of Oct. 1, 2023 | MSFT\\_AICPY\\_000591635 |
    | 2 | Dataset list | ABC000100–ABC000115 |
    | Ex. 3 | Contract | |

    The email is clear. *See* Ex. 1.
  `;

  it('reads label, description, Bates range and date from each row', () => {
    assert.deepEqual(defined(INDEX), [
      { label: '1', description: 'Email of Oct. 1, 2023', batesBegin: 'MSFT_AICPY_000591635', date: 'Oct. 1, 2023', form: 'index' },
      { label: '2', description: 'Dataset list', batesBegin: 'ABC000100', batesEnd: 'ABC000115', form: 'index' },
      { label: '3', description: 'Contract', form: 'index' },
    ]);
  });

  it('points at each label in the source, for renaming', () => {
    assert.match(definedLabels(INDEX), /\| <0>1<\/0> \| Email[\s\S]*\| <1>2<\/1> \| Dataset[\s\S]*\| Ex\. <2>3<\/2> \| Contract/);
  });

  it('does not count the index rows as cites; the body\'s cite is one', () => {
    assert.equal(
      annotatedCitations(INDEX, {}, ['exhibit']).split('\n').slice(-2).join('\n'),
      'The email is clear. *See* <0>Ex. 1</0>.\n',
    );
    assert.equal(checkDraft(INDEX).citations.filter((c) => c.kind === 'exhibit').length, 1);
  });

  it('reads separate Bates begin and end columns, and a date column', () => {
    const text = draft`
      | Exhibit | Bates Begin | Bates End | Date |
      |---|---|---|---|
      | A | DEF000001 | DEF000009 | 2024-01-05 |
    `;
    assert.deepEqual(defined(text), [{ label: 'A', batesBegin: 'DEF000001', batesEnd: 'DEF000009', date: '2024-01-05', form: 'index' }]);
  });

  it('takes a table without an exhibit header when its first cells name exhibits', () => {
    const text = draft`
      | | |
      |---|---|
      | Exhibit 1 | Letter |
      | Exhibit 2 | Reply |
    `;
    assert.deepEqual(defined(text).map((d) => d.label), ['1', '2']);
  });

  it('leaves other tables alone: a table of discovery requests is no exhibit index', () => {
    const text = draft`
      | No. | Request | Response |
      |---|---|---|
      | 1 | All documents | Objection |
      | 2 | See Ex. 4 | Produced |
    `;
    assert.deepEqual(defined(text), []);
    assert.equal(checkDraft(text).citations.filter((c) => c.kind === 'exhibit').length, 1);
  });
});

describe('exhibits defined in the draft: an index as lines', () => {
  it('reads a Markdown list of exhibits', () => {
    const text = draft`
      - Exhibit 1 — Email of Oct. 1, 2023, MSFT\\_AICPY\\_000591635
      - Exhibit 2 — Dataset list (ABC000100–ABC000115)
      - Exhibit 3: Contract dated 3/4/2021
    `;
    assert.deepEqual(defined(text), [
      { label: '1', description: 'Email of Oct. 1, 2023', batesBegin: 'MSFT_AICPY_000591635', date: 'Oct. 1, 2023', form: 'index' },
      { label: '2', description: 'Dataset list', batesBegin: 'ABC000100', batesEnd: 'ABC000115', form: 'index' },
      { label: '3', description: 'Contract dated 3/4/2021', date: '3/4/2021', form: 'index' },
    ]);
  });

  it('reads one exhibit line under a heading that speaks of exhibits', () => {
    const text = draft`
      EXHIBIT LIST

      Ex. A - Settlement agreement
    `;
    assert.deepEqual(defined(text, 'plaintext'), [{ label: 'A', description: 'Settlement agreement', form: 'index' }]);
  });

  it('does not take a lone line of prose that starts with an exhibit for an index', () => {
    const text = draft`
      The facts are simple.

      Ex. 4 – the only email – shows intent.
    `;
    assert.deepEqual(defined(text), []);
    assert.equal(checkDraft(text).citations.filter((c) => c.kind === 'exhibit').length, 1);
  });
});

describe('exhibits defined in the draft: a declaration', () => {
  it('reads "Attached hereto as Exhibit 1 is a true and correct copy of …"', () => {
    const text = draft`
      I, Jane Doe, declare as follows:

      2. Attached hereto as Exhibit 1 is a true and correct copy of an email from John Smith to Mary Major dated October 1, 2023, bearing Bates number MSFT\\_AICPY\\_000591635.

      3. Attached as Exhibit 2 is a true and correct copy of the Dataset Inventory produced by Defendant (ABC000100 through ABC000115).

      4. Exhibit 3 is a true and accurate copy of the license agreement between Acme Corp. and Beta Inc. Its terms are short.
    `;
    assert.deepEqual(defined(text), [
      { label: '1', description: 'an email from John Smith to Mary Major dated October 1, 2023', batesBegin: 'MSFT_AICPY_000591635', date: 'October 1, 2023', form: 'declaration' },
      { label: '2', description: 'the Dataset Inventory produced by Defendant', batesBegin: 'ABC000100', batesEnd: 'ABC000115', form: 'declaration' },
      { label: '3', description: 'the license agreement between Acme Corp. and Beta Inc.', form: 'declaration' },
    ]);
  });

  it('reads the reverse order: "A true and correct copy of … is attached hereto as Exhibit B."', () => {
    const text = 'A true and correct copy of the March 14, 2025 letter from counsel is attached hereto as Exhibit B.\n';
    assert.deepEqual(defined(text), [{ label: 'B', description: 'the March 14, 2025 letter from counsel', date: 'March 14, 2025', form: 'declaration' }]);
  });

  it('keeps a definition a cite too, so that the declaration\'s numbering is checked', () => {
    const text = 'Attached hereto as Exhibit 1 is a true and correct copy of the lease.\n';
    assert.equal(annotatedCitations(text, {}, ['exhibit']), 'Attached hereto as <0>Exhibit 1</0> is a true and correct copy of the lease.\n');
  });

  it('does not read an ordinary sentence about an exhibit as a definition', () => {
    assert.deepEqual(defined('As Ex. 4 is a true copy of nothing, we rely on Ex. 5.\n'), []);
    assert.deepEqual(defined('The court found that Ex. 4 is unreliable.\n'), []);
  });
});
