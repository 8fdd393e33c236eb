// The Table of Authorities command, from the command palette's command id: the table goes into the
// draft at the cursor, lists each case once with the pages that cite it, and adds no finding.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS } from './fixture';
import { EXTENSION_ID, WAIT_MS, expectDiagnostics, movedLines, openFixture, rangeOf, waitForDocument, withDraftRestored, withTimeout } from './helpers';

const TOA_COMMAND = 'brieflint.insertTableOfAuthorities';

describe('table of authorities: the command in the editor', () => {
  it('is a command of the installed extension', () => {
    const commands: Array<{ command: string }> = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.contributes?.commands ?? [];
    assert.ok(
      commands.some((c) => c.command === TOA_COMMAND),
      `package.json contributes no command ${TOA_COMMAND}; it has: ${commands.map((c) => c.command).join(', ') || '(none)'}`,
    );
  });

  it('inserts the table at the cursor, listing the cases, without new findings', async () => {
    const brief = await openFixture(BRIEF);
    const doc = brief.document;
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
    const salutation = rangeOf(doc, 'Dear Judge Okafor:').start;
    await withDraftRestored(brief, async () => {
      const before = doc.getText();
      brief.selection = new vscode.Selection(salutation, salutation);
      await withTimeout(vscode.commands.executeCommand(TOA_COMMAND), WAIT_MS, `the command ${TOA_COMMAND}`);
      await waitForDocument(doc, (d) => d.getText() !== before, `the table of authorities inserted by ${TOA_COMMAND} (the editor may show in a notification why it was not)`);
      const after = doc.getText();

      // Inserted whole at the cursor: the text before and after it is untouched.
      const at = doc.offsetAt(salutation);
      const inserted = after.slice(at, after.length - (before.length - at));
      assert.strictEqual(after.slice(0, at), before.slice(0, at), 'the command changed text before the cursor');
      assert.strictEqual(after.slice(at + inserted.length), before.slice(at), 'the command changed text after the cursor');

      console.log(`the table as inserted:\n${inserted}`);

      // The cases, each once, alphabetically.
      const kestrel = inserted.indexOf('Kestrel Data Sys. v. Ambrose Labs., Inc.');
      const marlowe = inserted.indexOf('Marlowe Press, Inc. v. Quillfeather Corp.');
      assert.ok(kestrel >= 0 && marlowe >= 0, `the table does not list both cases:\n${inserted}`);
      assert.ok(kestrel < marlowe, `the table does not list the cases alphabetically:\n${inserted}`);
      assert.strictEqual(inserted.split('Marlowe Press').length - 1, 1, `the table lists Marlowe Press more than once (its short cite and Id. belong to the same entry):\n${inserted}`);
      // Each case by its full citation, the reporter in its Bluebook form whatever the draft wrote,
      // and where the brief cites it: both cases in section II only. A row is
      // `| authority | cited in |`.
      const cells = (name: string): string[] =>
        (inserted.split('\n').find((l) => l.includes(name)) ?? '')
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim());
      assert.deepStrictEqual(
        cells('Kestrel Data Sys.'),
        ['*Kestrel Data Sys. v. Ambrose Labs., Inc.*, 88 F.4th 112 (2d Cir. 2023)', 'II'],
        `the table's row for Kestrel:\n${inserted}`,
      );
      assert.deepStrictEqual(
        cells('Marlowe Press'),
        ['*Marlowe Press, Inc. v. Quillfeather Corp.*, 512 F. Supp. 2d 301 (S.D.N.Y. 2007)', 'II'],
        `the table's row for Marlowe (reporter in its Bluebook form):\n${inserted}`,
      );

      // The table is not itself a source of findings: the draft's diagnostics are the same, below it.
      const lines = inserted.split('\n').length - 1;
      await expectDiagnostics(doc, movedLines(BRIEF_DIAGNOSTICS, salutation.line + 1, lines), `the same diagnostics as before, ${lines} lines further down, below the table`);
    });
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}, back after removing the table`);
  });
});
