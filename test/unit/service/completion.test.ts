import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckSources } from '../../../server/src/core/check';
import { parseDocketList } from '../../../server/src/core/families/dockets/list';
import { readCsvManifest } from '../../../server/src/core/families/exhibits/manifest';
import { completions } from '../../../server/src/service/completion';
import { checkDraft } from '../helpers';

function sources(): CheckSources {
  const reading = readCsvManifest('exhibit,description\n1,Email from R. Okafor\n2,Training log\n', '/case/exhibits.csv');
  return {
    exhibits: { definitions: reading.definitions, sources: ['exhibits.csv'], problems: [], manifest: reading.info },
    docketList: parseDocketList('entry,date,description\n41,2024-02-01,Motion to compel\n', '/case/docket.csv'),
  };
}

/** The completions offered at the end of `text` (the cursor after its last character). */
function offered(text: string): Array<[string, string | undefined]> {
  const s = sources();
  const document = TextDocument.create('file:///case/brief.md', 'markdown', 1, text);
  return completions(checkDraft(text, { sources: s }), s, document, document.positionAt(text.length)).map((c) => [c.insertText ?? c.label, c.detail]);
}

describe('completion', () => {
  it('offers the exhibit list after `Ex. `', () => {
    assert.deepEqual(offered('The email shows it. See Ex. '), [
      ['1', 'Email from R. Okafor'],
      ['2', 'Training log'],
    ]);
  });

  it('offers docket entries after `Dkt. No. `', () => {
    assert.deepEqual(offered('As the motion says (Dkt. No. '), [['41', '2024-02-01 · Motion to compel']]);
  });

  it('offers the short cite of a case cited before, after its name and a comma', () => {
    const text = 'See Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994).\n\nThe same holds here. Texaco, ';
    assert.deepEqual(offered(text), [['60 F.3d at ', 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913']]);
  });

  it('offers nothing in ordinary prose', () => {
    assert.deepEqual(offered('The parties met, '), []);
    assert.deepEqual(offered('We examined '), []);
  });
});
