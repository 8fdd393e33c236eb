// The packaged extension, installed in a real VS Code: it is the installed copy that runs, it
// activates on Markdown and plain text, and its server checks drafts in both.
//
// Which event activated it cannot be told apart here: the workbench itself opens plain-text models
// (output channels) at startup, so VS Code fires onLanguage:plaintext before any draft is opened
// (its log says "activationEvent: 'onLanguage:plaintext'" within a second of starting).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { BRIEF, LETTER } from './fixture';
import { EXTENSION_ID, brieflintDiagnostics, fixtureUri, openFixture, waitForDiagnostics } from './helpers';

describe('activation: Brieflint starts on legal drafts', () => {
  it('is installed from the .vsix, not loaded from a source folder', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const others = vscode.extensions.all
      .filter((e) => !e.id.startsWith('vscode.') && !e.packageJSON?.isBuiltin)
      .map((e) => e.id);
    assert.ok(ext, `extension ${EXTENSION_ID} is not in the editor; non-builtin extensions present: ${others.join(', ') || '(none)'}`);

    // When the runner installed a .vsix, it must be that copy the editor loaded.
    const installedIn = process.env.BRIEFLINT_E2E_EXTENSIONS_DIR;
    if (installedIn) {
      const rel = path.relative(fs.realpathSync(installedIn), fs.realpathSync(ext.extensionUri.fsPath));
      assert.ok(
        !rel.startsWith('..') && !path.isAbsolute(rel),
        `expected ${EXTENSION_ID} to be loaded from the installed extensions folder ${installedIn}, but it came from ${ext.extensionUri.fsPath}`,
      );
    }
    const events: string[] = ext.packageJSON?.activationEvents ?? [];
    for (const event of ['onLanguage:markdown', 'onLanguage:plaintext']) {
      assert.ok(events.includes(event), `the installed package.json does not activate on ${event}; it has: ${events.join(', ')}`);
    }
  });

  it('is packaged lean: the bundled server, no sources, tests or node_modules', function () {
    const installedIn = process.env.BRIEFLINT_E2E_EXTENSIONS_DIR;
    if (!installedIn) {
      // With --extension-dir the extension is the source folder itself: nothing packaged to check.
      console.log('(not checking the package: the extension was loaded from a folder, not installed from a .vsix)');
      return;
    }
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.fsPath;
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.push(path.relative(root, full).split(path.sep).join('/'));
      }
    };
    walk(root);
    const unwanted = files.filter(
      (f) => /(^|\/)node_modules\//.test(f) || /^(test|out|server|client|scripts|\.cache|\.e2e)\//.test(f) || (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) || /\.map$/.test(f),
    );
    assert.deepStrictEqual(unwanted, [], `the installed extension carries files users do not need (sources, tests, dependencies, source maps); all files:\n${files.join('\n')}`);
    for (const needed of ['package.json', 'dist/extension.js', 'dist/server.js']) {
      assert.ok(files.includes(needed), `the installed extension has no ${needed}; its files:\n${files.join('\n')}`);
    }
  });

  it('activates and checks a plain-text draft', async () => {
    const editor = await openFixture(LETTER);
    assert.strictEqual(editor.document.languageId, 'plaintext', `${LETTER} opened as ${editor.document.languageId}, expected plaintext`);
    // Diagnostics from Brieflint prove the extension started and its server checked the draft.
    await waitForDiagnostics(fixtureUri(LETTER), (ds) => ds.some((d) => d.source === 'Brieflint'), {
      expected: `Brieflint's diagnostics on ${LETTER}`,
    });
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.strictEqual(ext.isActive, true, `${EXTENSION_ID} is not active although its diagnostics appeared`);
  });

  it('checks a Markdown draft too', async () => {
    const editor = await openFixture(BRIEF);
    assert.strictEqual(editor.document.languageId, 'markdown', `${BRIEF} opened as ${editor.document.languageId}, expected markdown`);
    const diags = await waitForDiagnostics(fixtureUri(BRIEF), (ds) => ds.some((d) => d.source === 'Brieflint'), {
      expected: `Brieflint's diagnostics on ${BRIEF}`,
    });
    assert.ok(brieflintDiagnostics(fixtureUri(BRIEF)).length > 0, `no Brieflint diagnostics among ${diags.length}`);
  });
});
