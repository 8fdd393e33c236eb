import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../../server/src/service/hover';
import { CaseFolder, checkCase, DRAFT_PATH } from './fixture';

/** The hover's Markdown at the first occurrence of `at` in the draft. */
function hoverAt(folder: CaseFolder, at: string): string | undefined {
  const { result, sources } = checkCase(folder);
  const document = TextDocument.create(`file://${DRAFT_PATH}`, 'markdown', 1, folder.draft);
  const offset = folder.draft.indexOf(at);
  assert.ok(offset >= 0, `"${at}" is not in the draft`);
  const h = hover(result, sources, document, offset + 1);
  return h ? (h.contents as { value: string }).value : undefined;
}

const LIST = '/case/exhibits.csv';

describe('hover on an exhibit cite', () => {
  const folder: CaseFolder = {
    draft: 'The email is clear. *See* Ex. 6, ABC000100.\n\nAgain: Ex. 6, ABC000250; Exs. 6–7.\n',
    files: { [LIST]: 'exhibit,description,bates_begin,bates_end,date,file\n6,Email of Oct. 1,ABC000100,ABC000110,2023-10-01,Exhibits/Ex 6.pdf\n7,Memo,,,,\n' },
  };

  it('shows what the list says, a link that opens the file, where it is first cited and how often', () => {
    assert.equal(hoverAt(folder, 'Ex. 6, ABC000100'), [
      '**Ex. 6** — Email of Oct. 1  ',
      'Bates: `ABC000100` – `ABC000110`  ',
      'Date: 2023-10-01  ',
      'File: [Ex 6.pdf](file:///case/Exhibits/Ex%206.pdf)  ',
      'Defined in exhibits.csv, line 2.  ',
      'Cited 3 times; first at line 1.',
      '',
      'Here: `ABC000100`',
      '',
      '⚠ Line 3: Ex. 6 is cited with ABC000250, but exhibits.csv gives ABC000100–ABC000110.',
    ].join('\n'));
  });

  it('describes each exhibit of a range', () => {
    const value = hoverAt(folder, 'Exs. 6–7')!;
    assert.match(value, /^\*\*Exs\. 6–7\*\* \(2 exhibits\)\n\n\*\*Ex\. 6\*\* — Email of Oct\. 1/);
    assert.match(value, /\*\*Ex\. 7\*\* — Memo {2}\nDefined in exhibits\.csv, line 3\. {2}\nCited once, at line 3\./);
  });

  it('says when no source defines the exhibit, and when there is no list at all', () => {
    assert.match(hoverAt({ draft: 'See Ex. 9.\n', files: { [LIST]: 'exhibit\n1\n' } }, 'Ex. 9')!, /Not defined in any exhibit source\./);
    assert.match(hoverAt({ draft: 'See Ex. 9.\n' }, 'Ex. 9')!, /No exhibit list found for this draft\./);
  });

  it('shows the Bates problem of a cite in a draft with no list', () => {
    const value = hoverAt({ draft: 'See Ex. 1, ABC000100; Ex. 2, ABC000200; Ex. 3, ABC 000300.\n' }, 'Ex. 3')!;
    assert.match(value, /⚠ Line 1: Bates number ABC 000300: it is written with spaces where the other ABC numbers are written without separators\./);
  });

  it('describes an exhibit of another document as such', () => {
    assert.equal(
      hoverAt({ draft: 'See Ex. B to the Declaration of Jane Doe at 4.\n' }, 'Ex. B'),
      "**Ex. B** to the Declaration of Jane Doe\n\nAn exhibit to another document: not checked against this draft's exhibit list.\n\nHere: pin cite 4",
    );
    assert.match(hoverAt({ draft: 'See Ex. B to Dkt. No. 12 at 4.\n' }, 'Ex. B')!, /^\*\*Ex\. B\*\* to Dkt\. No\. 12\n[\s\S]*Here: pin cite 4$/);
  });

  it('escapes Markdown in descriptions from the list', () => {
    const value = hoverAt({ draft: 'See Ex. 1.\n', files: { [LIST]: 'exhibit,description\n1,*Draft* agreement_v2\n' } }, 'Ex. 1')!;
    assert.match(value, /^\*\*Ex\. 1\*\* — \\\*Draft\\\* agreement\\_v2/);
  });
});
