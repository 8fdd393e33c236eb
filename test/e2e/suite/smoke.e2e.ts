// Smoke test: the packaged extension, installed in a real VS Code, activates on a Markdown draft
// and the editor shows its diagnostic on a case citation.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, fixtureUri, formatDiagnostics, openFixture, screenshot, waitForDiagnostics, withTimeout } from './helpers';

describe('smoke: Brieflint in a real editor', () => {
  it('is installed and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const others = vscode.extensions.all
      .filter((e) => !e.id.startsWith('vscode.') && !e.packageJSON?.isBuiltin)
      .map((e) => e.id);
    assert.ok(ext, `extension ${EXTENSION_ID} is not in the editor; non-builtin extensions present: ${others.join(', ') || '(none)'}`);

    // When the runner installed a .vsix, make sure it is that copy the editor loaded and not a
    // development folder.
    const installedIn = process.env.BRIEFLINT_E2E_EXTENSIONS_DIR;
    if (installedIn) {
      const rel = path.relative(fs.realpathSync(installedIn), fs.realpathSync(ext.extensionUri.fsPath));
      assert.ok(
        !rel.startsWith('..') && !path.isAbsolute(rel),
        `expected ${EXTENSION_ID} to be loaded from the installed extensions folder ${installedIn}, but it came from ${ext.extensionUri.fsPath}`,
      );
    }

    await withTimeout(ext.activate(), 30_000, `activating ${EXTENSION_ID}`);
    assert.strictEqual(ext.isActive, true, `${EXTENSION_ID} did not become active`);
  });

  it('shows a diagnostic on a case citation in a Markdown draft', async () => {
    const editor = await openFixture('brief.md');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'markdown', `brief.md opened as ${doc.languageId}, expected markdown`);

    const text = doc.getText();
    const reporter = 'F.Supp.2d';
    const at = text.indexOf(reporter);
    assert.ok(at >= 0, `fixture brief.md no longer contains "${reporter}"`);
    const reporterRange = new vscode.Range(doc.positionAt(at), doc.positionAt(at + reporter.length));

    const uri = fixtureUri('brief.md');
    const diags = await waitForDiagnostics(
      uri,
      (ds) => ds.some((d) => codeOf(d) === 'reporter-nonstandard' && d.range.intersection(reporterRange) !== undefined),
      {
        timeoutMs: 45_000,
        expected: `a "reporter-nonstandard" diagnostic on "${reporter}" at ${reporterRange.start.line + 1}:${reporterRange.start.character + 1}`,
      },
    );
    console.log(`diagnostics on brief.md:\n${formatDiagnostics(diags)}`);

    // What a user sees: the squiggle, painted by the workbench.
    await screenshot('smoke-brief-squiggles', { waitFor: '.squiggly-warning, .squiggly-error, .squiggly-info' });
  });
});
