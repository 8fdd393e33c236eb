// The exhibit list is a file of its own: editing and saving exhibits.csv re-checks the open draft.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS, EXHIBIT_LIST } from './fixture';
import { expectDiagnostics, openFixture, rewriteAndSave, withFileRestored, withoutCodes } from './helpers';

describe('exhibit list: editing exhibits.csv re-checks the draft', () => {
  it('resolves Ex. 5 once a row for it is added and saved, and flags it again once removed', async () => {
    const brief = await openFixture(BRIEF);
    await expectDiagnostics(brief.document, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF} (Ex. 5 unresolved)`);

    await withFileRestored(EXHIBIT_LIST, async () => {
      const list = await openFixture(EXHIBIT_LIST);
      const original = list.document.getText();
      assert.ok(original.endsWith('\n') && !/^5,/m.test(original), `${EXHIBIT_LIST} should end with a line break and have no row for Ex. 5`);
      await rewriteAndSave(list.document, `${original}5,Letter from Lumen's counsel of May 20 2025,LUMEN_PROD_000104702,LUMEN_PROD_000104704,2025-05-20\n`);
      await expectDiagnostics(brief.document, withoutCodes(BRIEF_DIAGNOSTICS, 'exhibit-unresolved'), `Ex. 5 resolved in ${BRIEF} once ${EXHIBIT_LIST} lists it`);

      await rewriteAndSave(list.document, original);
      await expectDiagnostics(brief.document, BRIEF_DIAGNOSTICS, `Ex. 5 unresolved again in ${BRIEF} once its row is removed from ${EXHIBIT_LIST}`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });
});
