import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentLinks } from '../../../server/src/service/links';
import { checkDraft } from '../helpers';

const files = { uriOf: (p: string) => `file://${p}`, textOf: () => undefined };

function linkedTexts(text: string): string[] {
  const result = checkDraft(text, { format: 'plaintext' });
  const document = TextDocument.create('file:///case/letter.txt', 'plaintext', 1, text);
  return documentLinks(result, {}, document, files).map((l) => text.slice(document.offsetAt(l.range.start), document.offsetAt(l.range.end)));
}

describe('document links of a case citation', () => {
  it('covers volume to page of a citation on one line', () => {
    assert.deepEqual(linkedTexts('See Smith v. Jones, 60 F.3d 913, 920 (2d Cir. 1994).\n'), ['60 F.3d 913']);
  });

  it('covers only the pieces of a citation split by a page break, not the page header between them', () => {
    const text = [
      'The court agreed. See Hale v. Morrow Indus., Inc., 412',
      '',
      'Case 1:24-cv-01234-ABC Document 41 Filed 03/14/25 Page 3 of 9',
      '',
      'F. Supp. 3d 118, 124 (S.D.N.Y. 2019).',
      '',
    ].join('\n');
    const linked = linkedTexts(text);
    assert.ok(linked.length > 0, 'the split citation is linked');
    for (const piece of linked) assert.ok(!piece.includes('\n') && !piece.includes('Page 3'), JSON.stringify(linked));
  });
});
