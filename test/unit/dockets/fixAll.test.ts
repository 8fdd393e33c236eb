import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { toJson, toSarif } from '../../../server/src/core/report';
import { codeActions } from '../../../server/src/service/codeActions';
import { diagnosticsFor } from '../../../server/src/service/diagnostics';
import { checkDraft } from '../helpers';

/** A draft of my own making: `n` docket cites, alternating `Dkt. No.` and `ECF No.`, in paragraphs. */
function alternating(n: number): string {
  const lines: string[] = [];
  for (let k = 0; k < n; k++) lines.push(`The parties conferred again. ${k % 2 === 0 ? 'Dkt. No.' : 'ECF No.'} ${k + 1} at 2.${k % 10 === 9 ? '\n' : ''}`);
  return lines.join('\n') + '\n';
}

function jsonSize(n: number): number {
  const result = checkDraft(alternating(n));
  return JSON.stringify(toJson([{ path: 'motion.md', result }])).length;
}

describe('fixes of the whole draft (Fix.all)', function () {
  this.timeout(60000);

  it('keeps the JSON linear in the number of cites: 4× the cites, at most about 4× the output', () => {
    // (Past 1,000 findings of one rule the rest are summed up in one, so 4,000 alternating cites
    // give less than four times the output; N² fix lists would give sixteen times.)
    const small = jsonSize(1000);
    const large = jsonSize(4000);
    const ratio = large / small;
    assert.ok(ratio > 2 && ratio < 4.6, `1,000 cites: ${small} characters; 4,000: ${large} (${ratio.toFixed(2)}×)`);
  });

  it('lists the edits of a fix of the whole draft once per file, and names it in each diagnostic', () => {
    const result = checkDraft(alternating(6));
    const json = toJson([{ path: 'motion.md', result }]) as { files: Array<{ diagnostics: Array<{ code: string; fixes: unknown[] }>; fixAll: unknown[] }> };
    const [file] = json.files;
    const style = file.diagnostics.filter((d) => d.code === 'docket-style-inconsistent');
    assert.equal(style.length, 3);
    for (const d of style) assert.deepEqual(d.fixes[1], { title: 'Change the 3 docket cites in other styles to "Dkt. No."', fixAll: 'docket-style-inconsistent' });
    assert.equal(file.fixAll.length, 1);
    const [all] = file.fixAll as Array<{ code: string; title: string; edits: Array<{ newText: string }> }>;
    assert.equal(all.code, 'docket-style-inconsistent');
    assert.deepEqual(all.edits.map((e) => e.newText), ['Dkt. No.', 'Dkt. No.', 'Dkt. No.']);
    // SARIF: the edits go with the first result of the code only.
    const sarif = toSarif([{ path: 'motion.md', result }], '0') as { runs: Array<{ results: Array<{ ruleId: string; fixes?: Array<{ artifactChanges: Array<{ replacements: unknown[] }> }> }> }> };
    const counts = sarif.runs[0].results.filter((r) => r.ruleId === 'docket-style-inconsistent').map((r) => (r.fixes ?? []).map((x) => x.artifactChanges[0].replacements.length));
    assert.deepEqual(counts, [[1, 3], [1], [1]]);
  });

  it('offers the fix of the whole draft as one code action, made from the last check, that leaves the draft consistent', () => {
    const text = alternating(4000);
    const document = TextDocument.create('file:///case/motion.md', 'markdown', 7, text);
    const result = checkDraft(text);
    const diagnostics = diagnosticsFor(result, document);
    // What the server pushes stays linear: no diagnostic carries the 2,000-edit list.
    assert.ok(JSON.stringify(diagnostics).length < 1000 * diagnostics.length, 'diagnostics carry whole-draft edit lists');
    const style = diagnostics.filter((d) => d.code === 'docket-style-inconsistent');
    // 1,000 listed and one that says 1,000 more are not (MOST_FINDINGS_PER_RULE); the fix fixes all 2,000.
    assert.equal(style.length, 1001);
    const actions = codeActions(document, style.slice(0, 3), undefined, { version: 7, result, sources: {} });
    const all = actions.filter((a) => a.title.startsWith('Change the 2000 docket cites'));
    assert.equal(all.length, 1, 'one fix-all action however many diagnostics are selected');
    assert.equal(actions.length, 4);
    const edits = all[0].edit!.changes![document.uri] as TextEdit[];
    assert.equal(edits.length, 2000);
    const fixed = TextDocument.applyEdits(document, edits);
    assert.deepEqual(checkDraft(fixed).findings.filter((f) => f.code === 'docket-style-inconsistent'), []);
    assert.equal((fixed.match(/Dkt\. No\. \d+ at 2/g) ?? []).length, 4000);
  });

  it('does not offer it from a check of another version of the document', () => {
    const text = alternating(4);
    const document = TextDocument.create('file:///case/motion.md', 'markdown', 3, text);
    const result = checkDraft(text);
    const actions = codeActions(document, diagnosticsFor(result, document), undefined, { version: 2, result, sources: {} });
    assert.deepEqual(actions.map((a) => a.title).filter((t) => t.startsWith('Change the')), []);
    assert.ok(actions.length > 0);
  });
});
