import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../../server/src/service/hover';
import { checkDraft } from '../helpers';

function hoverAt(text: string, at: string): string | undefined {
  const result = checkDraft(text);
  const document = TextDocument.create('file:///case/brief.md', 'markdown', 1, text);
  const h = hover(result, {}, document, text.indexOf(at));
  return h ? (h.contents as { value: string }).value : undefined;
}

describe('hover on the case name of a citation', () => {
  const text = 'As the Court held in *Campbell v. Acuff-Rose Music, Inc.*, 510 U.S. 569, 579 (1994), parody may be fair.\n';

  it('shows the citation’s hover on its case name, as on its reporter', () => {
    const onName = hoverAt(text, 'Acuff-Rose');
    assert.ok(onName, 'a hover on the case name');
    assert.equal(onName, hoverAt(text, 'U.S.'));
    assert.match(onName!, /Campbell v\. Acuff-Rose Music, Inc\./);
  });

  it('shows nothing on the words before the case name', () => {
    assert.equal(hoverAt(text, 'the Court'), undefined);
  });
});
