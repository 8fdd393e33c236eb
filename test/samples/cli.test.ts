/**
 * `brieflint check --format json` on the real sample letter motion (../shared/samples/; npm run test:samples).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../server/src/cli';
import { SHARED_SAMPLE_PATH as SAMPLE, sharedSample } from './shared';

const repo = path.resolve(__dirname, '..', '..', '..');

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('brieflint check: the sample letter motion', () => {
  before(() => sharedSample());

  it('prints the JSON contract for the sample letter', async () => {
    const { code, stdout } = await run(['check', '--format', 'json', SAMPLE], repo);
    assert.equal(code === 0 || code === 1, true);
    const json = JSON.parse(stdout);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    const file = json.files[0];
    const text = fs.readFileSync(SAMPLE, 'utf8');
    for (const c of file.citations) {
      assert.match(c.id, /^c\d+$/);
      assert.ok(['case', 'case-short', 'id', 'supra', 'docket', 'case-number', 'exhibit', 'statute', 'rule'].includes(c.kind));
      assert.ok(c.start < c.end && c.end <= text.length);
      const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      assert.equal(c.column, c.start - lineStart + 1);
      assert.equal(c.line, text.slice(0, c.start).split('\n').length);
    }
    const docket = file.citations.find((c: { text: string }) => c.text === 'Dkt. 69 at ¶¶76, 430');
    assert.deepEqual({ kind: docket.kind, entry: docket.entry, pinCite: docket.pinCite }, { kind: 'docket', entry: '69', pinCite: '¶¶76, 430' });
    const style = file.diagnostics.find((d: { code: string }) => d.code === 'docket-style-inconsistent');
    assert.equal(style.severity, 'warning');
    assert.deepEqual(Object.keys(style).sort(), ['code', 'column', 'end', 'fixes', 'line', 'message', 'severity', 'start']);
    assert.equal(style.fixes[0].edits[0].newText, 'Dkt. No.');
  });
});
