// A settings change in the editor takes effect at once, without a reload: a rule turned off, a
// rule's severity raised, and the rules from .brieflint.json kept.
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS } from './fixture';
import { expectDiagnostics, fixtureUri, openFixture, withFileRestored, withoutCodes } from './helpers';

describe('settings: changed in the editor, applied without a reload', () => {
  it('turns a rule off and raises another to an error', async () => {
    const brief = await openFixture(BRIEF);
    const doc = brief.document;
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
    // Workspace settings land in .vscode/settings.json of the fixture: put it back as it was.
    await withFileRestored('.vscode/settings.json', async () => {
      const config = vscode.workspace.getConfiguration('brieflint', fixtureUri(BRIEF));
      try {
        await config.update('rules', { 'docket-style-inconsistent': 'off', 'reporter-nonstandard': 'error' }, vscode.ConfigurationTarget.Workspace);
        await expectDiagnostics(
          doc,
          withoutCodes(BRIEF_DIAGNOSTICS, 'docket-style-inconsistent').map((l) => l.replace(' warning reporter-nonstandard: ', ' error reporter-nonstandard: ')),
          'docket-style-inconsistent gone and reporter-nonstandard an error, bates-malformed still an error as .brieflint.json says',
        );
      } finally {
        await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}, back with the setting removed`);
    });
  });
});
