// Disable comments, typed in the editor: the finding on the next line goes away, and only that one.
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS, LETTER, LETTER_DIAGNOSTICS } from './fixture';
import { deleteRange, expectDiagnostics, insertText, movedLines, openFixture, rangeOf, withDraftRestored, withoutCodes } from './helpers';

describe('disable comments: silencing one finding', () => {
  it('an HTML comment in Markdown silences the finding on the next line', async () => {
    const brief = await openFixture(BRIEF);
    const doc = brief.document;
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
    const line = rangeOf(doc, 'The Court has already said so in this case.').start.line;
    await withDraftRestored(brief, async () => {
      await insertText(doc, new vscode.Position(line, 0), '<!-- brieflint-disable-next-line docket-style-inconsistent -->\n');
      await expectDiagnostics(
        doc,
        movedLines(withoutCodes(BRIEF_DIAGNOSTICS, 'docket-style-inconsistent'), line + 1, 1),
        'no docket-style-inconsistent diagnostic under the disable comment, and every other diagnostic still there',
      );
    });
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}, back once the comment is gone`);
  });

  it('a note in a plain-text draft silences the finding on the next line', async () => {
    // letter.txt cites Ex. 4 before Exs. 1-3 on purpose; the note on the line before says so.
    const letter = await openFixture(LETTER);
    const doc = letter.document;
    await expectDiagnostics(doc, LETTER_DIAGNOSTICS, `the diagnostics expected on ${LETTER} (exhibit-order silenced by the note)`);
    const note = rangeOf(doc, '[Drafting note: brieflint-disable-next-line exhibit-order -- exhibit numbers follow the motion to compel.]\n');
    await withDraftRestored(letter, async () => {
      await deleteRange(doc, note);
      await expectDiagnostics(
        doc,
        [
          "10 information exhibit-order: Lumen's refusal letter relies on that log. Ex. ⟦4⟧, LUMEN_PROD_000104590. The withheld emails",
          ...movedLines(LETTER_DIAGNOSTICS, note.start.line + 2, -1),
        ],
        'the exhibit-order finding on Ex. 4 once the note that silenced it is deleted',
      );
    });
    await expectDiagnostics(doc, LETTER_DIAGNOSTICS, `the diagnostics expected on ${LETTER}, silenced again with the note back`);
  });
});
