// What a lawyer sees on opening the drafts: every Brieflint diagnostic, with its code, its exact
// range and its severity (one set by .brieflint.json), and nothing else: a false alarm fails here
// as surely as a missed one. Also the pictures for the README: squiggles and the Problems panel.
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS, LETTER, LETTER_DIAGNOSTICS } from './fixture';
import { expectDiagnostics, openFixture, screenshot } from './helpers';

describe('diagnostics: what the editor shows on the drafts', () => {
  it('shows the expected diagnostics on the Markdown draft', async () => {
    const editor = await openFixture(BRIEF);
    await expectDiagnostics(editor.document, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
    // The squiggles as the workbench paints them.
    await screenshot('brief-squiggles', { waitFor: '.squiggly-error', area: '.part.editor' });
  });

  it('shows the expected diagnostics on the plain-text draft', async () => {
    const editor = await openFixture(LETTER);
    await expectDiagnostics(editor.document, LETTER_DIAGNOSTICS, `the diagnostics expected on ${LETTER}`);
  });

  it('lists them in the Problems panel', async () => {
    const editor = await openFixture(BRIEF);
    await expectDiagnostics(editor.document, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    try {
      await screenshot('problems-panel', { waitFor: '.markers-panel .monaco-list-row:has-text("exhibit-unresolved")' });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closePanel');
    }
  });
});
