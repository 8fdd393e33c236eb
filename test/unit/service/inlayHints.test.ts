import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckSources } from '../../../server/src/core/check';
import { readCsvManifest } from '../../../server/src/core/families/exhibits/manifest';
import { documentHighlights } from '../../../server/src/service/highlights';
import { inlayHints } from '../../../server/src/service/inlayHints';
import { checkDraft } from '../helpers';

const TEXT = [
  'In *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994), the court held so.',
  'Id. at 921. The copying was archival. Texaco, 60 F.3d at 922. See 17 U.S.C. § 107. Id.',
  'The memo says so. Ex. 2. The chart agrees. Ex. 3, ABC000300.',
  '',
].join('\n');

function sources(): CheckSources {
  const reading = readCsvManifest('exhibit,description,bates_begin,bates_end\n2,Memo,ABC000200,ABC000215\n3,Chart,ABC000300,ABC000301\n', '/case/exhibits.csv');
  return { exhibits: { definitions: reading.definitions, sources: ['exhibits.csv'], problems: [], manifest: reading.info } };
}

describe('inlay hints', () => {
  const document = TextDocument.create('file:///case/brief.md', 'markdown', 1, TEXT);
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(TEXT.length) };

  it('names what each short form refers to, and the Bates range of an exhibit cited without one', () => {
    const s = sources();
    const result = checkDraft(TEXT, { sources: s });
    const hints = inlayHints(result, s, document, whole).map((h) => [TEXT.slice(0, document.offsetAt(h.position)).split(/\s/).pop(), h.label]);
    assert.deepEqual(hints, [
      ['921', '→ Am. Geophysical Union, 60 F.3d 913'],
      ['922', '→ Am. Geophysical Union, 60 F.3d 913'],
      ['Id.', '→ 17 U.S.C. § 107'],
      ['2', 'ABC000200–ABC000215'],
    ]);
  });

  it('gives only the hints of the range asked for', () => {
    const s = sources();
    const result = checkDraft(TEXT, { sources: s });
    const line2 = { start: { line: 2, character: 0 }, end: { line: 2, character: 200 } };
    assert.deepEqual(inlayHints(result, s, document, line2).map((h) => h.label), ['ABC000200–ABC000215']);
  });
});

describe('document highlight', () => {
  it('highlights every citation of the authority under the cursor, the full citation as the declaration', () => {
    const document = TextDocument.create('file:///case/brief.md', 'markdown', 1, TEXT);
    const result = checkDraft(TEXT);
    const highlights = documentHighlights(result, document, TEXT.indexOf('60 F.3d 913'));
    const texts = highlights.map((h) => [TEXT.slice(document.offsetAt(h.range.start), document.offsetAt(h.range.end)), h.kind]);
    assert.deepEqual(texts.map(([t]) => t), ['60 F.3d 913, 920 (2d Cir. 1994)', 'Id. at 921', '60 F.3d at 922']);
    assert.deepEqual(texts.map(([, k]) => k), [3, 2, 2]);
  });
});
