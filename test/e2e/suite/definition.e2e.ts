// Go to definition (vscode.executeDefinitionProvider): from a short cite or Id. to the full
// citation it stands for, in Markdown and in plain text; from an exhibit cite to its row in the
// exhibit list.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { BRIEF, BRIEF_DIAGNOSTICS, EXHIBIT_LIST, LETTER, LETTER_DIAGNOSTICS } from './fixture';
import { definitionsAt, expectDiagnostics, fixtureUri, openFixture, positionIn, rangeOf } from './helpers';

/** Fails unless going to the definition from `from` leads to exactly `target` in the same draft. */
async function assertLeadsTo(doc: vscode.TextDocument, from: vscode.Position, target: vscode.Range, what: string): Promise<void> {
  const found = await definitionsAt(doc.uri, from);
  const describe = (l: { uri: vscode.Uri; range: vscode.Range }): string =>
    `${vscode.workspace.asRelativePath(l.uri)} ${l.range.start.line + 1}:${l.range.start.character + 1} "${l.uri.toString() === doc.uri.toString() ? doc.getText(l.range) : '…'}"`;
  const hits = found.filter((l) => l.uri.toString() === doc.uri.toString() && l.range.isEqual(target));
  if (hits.length === 1 && found.length === 1) return;
  assert.fail(
    `go to definition from ${what} should lead to "${doc.getText(target)}" at ${target.start.line + 1}:${target.start.character + 1} and nowhere else; it led to:\n` +
      (found.map((l) => `    ${describe(l)}`).join('\n') || '    (nowhere)'),
  );
}

describe('go to definition: from a short cite to the full citation', () => {
  it('goes from a short cite and from Id. to the full citation (Markdown)', async () => {
    const brief = await openFixture(BRIEF);
    const doc = brief.document;
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
    const full = rangeOf(doc, '512 F.Supp.2d 301, 309 (S.D.N.Y. 2007)');
    await assertLeadsTo(doc, positionIn(doc, '512 F. Supp. 2d at 310', 9), full, '"512 F. Supp. 2d at 310"');
    await assertLeadsTo(doc, positionIn(doc, 'Id.* at 311', 1), full, '"Id. at 311"');
  });

  it('goes from an exhibit cite to its row in exhibits.csv', async () => {
    const brief = await openFixture(BRIEF);
    const doc = brief.document;
    await expectDiagnostics(doc, BRIEF_DIAGNOSTICS, `the diagnostics expected on ${BRIEF}`);
    const found = await definitionsAt(doc.uri, positionIn(doc, 'Ex. 1, LUMEN', 4));
    const list = fixtureUri(EXHIBIT_LIST);
    const rows = (await vscode.workspace.openTextDocument(list)).getText().split('\n');
    const shown = found.map((l) => `${vscode.workspace.asRelativePath(l.uri)} line ${l.range.start.line + 1}: ${l.uri.toString() === list.toString() ? rows[l.range.start.line] : '…'}`);
    assert.deepStrictEqual(shown, [`${EXHIBIT_LIST} line 2: ${rows[1]}`], 'go to definition from "Ex. 1" should lead to its row in the exhibit list, and nowhere else');
  });

  it('goes from a short cite to the full citation (plain text)', async () => {
    const letter = await openFixture(LETTER);
    const doc = letter.document;
    await expectDiagnostics(doc, LETTER_DIAGNOSTICS, `the diagnostics expected on ${LETTER}`);
    await assertLeadsTo(doc, positionIn(doc, '271 F. Supp. 3d at 463', 4), rangeOf(doc, '271 F. Supp. 3d 455, 461 (D. Conn. 2017)'), '"271 F. Supp. 3d at 463"');
  });
});
