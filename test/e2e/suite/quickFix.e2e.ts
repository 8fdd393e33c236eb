// Quick fixes, as the editor offers them (vscode.executeCodeActionProvider) and applies them: each
// changes exactly the text it says, and the diagnostic it fixes goes away while the others stay.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS } from './fixture';
import {
  applyCodeAction,
  brieflintDiagnostics,
  codeOf,
  expectDiagnostics,
  openFixture,
  quickFixesAt,
  rangeOf,
  replaced,
  screenshot,
  waitForDocument,
  withDraftRestored,
  withoutCodes,
} from './helpers';

/** The one Brieflint diagnostic with `code` on exactly `range`. */
function diagnosticOn(doc: vscode.TextDocument, code: string, range: vscode.Range): vscode.Diagnostic {
  const found = brieflintDiagnostics(doc.uri).filter((d) => codeOf(d) === code && d.range.isEqual(range));
  assert.strictEqual(found.length, 1, `expected one ${code} diagnostic on "${doc.getText(range)}", found ${found.length}`);
  return found[0];
}

/** The quick fix titled `title` among those offered for `diagnostic`; fails listing what was offered. */
async function quickFixTitled(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  const offered = await quickFixesAt(doc.uri, diagnostic.range);
  const fix = offered.find((a) => a.title === title);
  assert.ok(fix, `no quick fix "${title}" for ${codeOf(diagnostic)} on "${doc.getText(diagnostic.range)}"; offered:\n${offered.map((a) => `    "${a.title}"`).join('\n') || '    (none)'}`);
  return fix;
}

describe('quick fixes: applied in the editor', () => {
  let brief: vscode.TextEditor;

  beforeEach(async () => {
    brief = await openFixture(BRIEF);
    await expectDiagnostics(brief.document, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
  });

  it('writes a non-standard reporter in its Bluebook form', async () => {
    const doc = brief.document;
    const reporter = rangeOf(doc, 'F.Supp.2d');
    const diagnostic = diagnosticOn(doc, 'reporter-nonstandard', reporter);

    // The lightbulb menu as a lawyer sees it, for the README.
    await vscode.window.showTextDocument(doc, { preview: false, selection: new vscode.Range(reporter.start, reporter.start) });
    await vscode.commands.executeCommand('editor.action.quickFix');
    try {
      await screenshot('quick-fix-menu', { waitFor: '.action-widget:has-text("F. Supp. 2d")', area: '.part.editor' });
    } finally {
      await vscode.commands.executeCommand('hideCodeActionWidget');
    }

    const fix = await quickFixTitled(doc, diagnostic, 'Change "F.Supp.2d" to "F. Supp. 2d"');
    await withDraftRestored(brief, async () => {
      const before = doc.getText();
      await applyCodeAction(fix);
      await waitForDocument(doc, (d) => d.getText() !== before, `the draft changed by "${fix.title}"`);
      assert.strictEqual(doc.getText(), replaced(doc, before, reporter, 'F. Supp. 2d'), 'the fix changed more (or other) text than the reporter');
      // Gone, and nothing else changed: the short cite and Id. still find their citation.
      await expectDiagnostics(
        doc,
        withoutCodes(BRIEF_DIAGNOSTICS, 'reporter-nonstandard'),
        'the reporter-nonstandard diagnostic gone after its fix, and the others unchanged',
      );
    });
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}, back after reverting the fix`);
  });

  it('writes a Bates number as the exhibit list does, in the draft’s own escaping', async () => {
    const doc = brief.document;
    const bates = rangeOf(doc, 'LUMEN PROD 000104520');
    const diagnostic = diagnosticOn(doc, 'bates-malformed', bates);
    const fix = await quickFixTitled(doc, diagnostic, 'Write LUMEN_PROD_000104520 as in exhibits.csv');
    await withDraftRestored(brief, async () => {
      const before = doc.getText();
      await applyCodeAction(fix);
      await waitForDocument(doc, (d) => d.getText() !== before, `the draft changed by "${fix.title}"`);
      // The draft escapes underscores in Markdown (LUMEN\_PROD\_…), and so does the fix, so that
      // the Markdown still reads LUMEN_PROD_000104520.
      assert.strictEqual(doc.getText(), replaced(doc, before, bates, 'LUMEN\\_PROD\\_000104520'), 'the fix did not write exactly the Bates number, escaped as the draft escapes it');
      await expectDiagnostics(
        doc,
        withoutCodes(BRIEF_DIAGNOSTICS, 'bates-malformed'),
        'the bates-malformed diagnostic gone after its fix, and the others unchanged',
      );
    });
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}, back after reverting the fix`);
  });
});
