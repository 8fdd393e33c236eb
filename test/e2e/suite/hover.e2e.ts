// Hovers, as the editor asks for them (vscode.executeHoverProvider): what a citation is, what a
// short cite points to, and what an exhibit is according to the exhibit list.
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS, LETTER, LETTER_DIAGNOSTICS } from './fixture';
import { assertHoverSays, expectDiagnostics, hoverTextAt, openFixture, positionIn, screenshot } from './helpers';

describe('hover: what a citation is, in the editor', () => {
  let brief: vscode.TextEditor;

  before(async () => {
    brief = await openFixture(BRIEF);
    await expectDiagnostics(brief.document, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
  });

  it('describes a full case citation', async () => {
    const at = positionIn(brief.document, '512 F.Supp.2d 301', 5);
    const hover = await hoverTextAt(brief.document.uri, at);
    assertHoverSays(
      hover,
      [
        'Marlowe Press, Inc. v. Quillfeather Corp.',
        // The reporter by its full name, whatever variant the draft wrote.
        'Federal Supplement, Second Series',
        'Pin cite: 309',
        // The short cite and Id. after it.
        'Cited again 2 times later in this draft.',
      ],
      '"512 F.Supp.2d 301, 309 (S.D.N.Y. 2007)"',
    );

    // The hover as a lawyer sees it, for the README.
    await vscode.window.showTextDocument(brief.document, { preview: false, selection: new vscode.Range(at, at) });
    await vscode.commands.executeCommand('editor.action.showHover');
    try {
      await screenshot('hover-case', { waitFor: '.monaco-hover:has-text("Quillfeather")', area: '.part.editor' });
    } finally {
      await vscode.commands.executeCommand('editor.action.hideHover');
    }
  });

  it('says which full citation a short cite refers to, with its pin cite', async () => {
    const hover = await hoverTextAt(brief.document.uri, positionIn(brief.document, '512 F. Supp. 2d at 310', 5));
    assertHoverSays(hover, ['refers to', 'Marlowe Press', '512 F. Supp. 2d 301', 'Pin cite: 310'], '"Marlowe, 512 F. Supp. 2d at 310"');
  });

  it('says which citation Id. refers to', async () => {
    const hover = await hoverTextAt(brief.document.uri, positionIn(brief.document, 'Id.* at 311', 1));
    assertHoverSays(hover, ['refers to', 'Marlowe Press', 'Pin cite: 311'], '"Id. at 311"');
  });

  it('describes an exhibit from the exhibit list', async () => {
    const hover = await hoverTextAt(brief.document.uri, positionIn(brief.document, 'Ex. 1, LUMEN', 1));
    assertHoverSays(
      hover,
      [
        'Ex. 1',
        'Email from R. Calloway to the data team, "archive copy complete"',
        'LUMEN_PROD_000104211',
        'LUMEN_PROD_000104215',
        '2023-06-03',
        'exhibits.csv, line 2',
      ],
      '"Ex. 1, LUMEN_PROD_000104211"',
    );
  });

  it('works in a plain-text draft', async () => {
    const letter = await openFixture(LETTER);
    await expectDiagnostics(letter.document, LETTER_DIAGNOSTICS, `the diagnostics expected on ${LETTER}`);
    const hover = await hoverTextAt(letter.document.uri, positionIn(letter.document, '271 F. Supp. 3d at 463', 5));
    assertHoverSays(hover, ['refers to', 'Bowline Fisheries Co. v. Tern Marine Ins. Co.', 'Pin cite: 463'], '"Bowline, 271 F. Supp. 3d at 463"');
  });
});
