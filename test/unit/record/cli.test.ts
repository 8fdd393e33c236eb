import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../server/src/cli';
import { contractProblems } from '../../property/contract';
import { BRIEF, FIXTURE } from './fixture';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('brieflint and the record (command line)', () => {
  it('check --format json: record cites with their fields and the planted problems', async () => {
    const { code, stdout } = await run(['check', 'brief.md', '--format', 'json'], FIXTURE);
    assert.equal(code, 1);
    assert.deepEqual(contractProblems(JSON.parse(stdout), { 'brief.md': BRIEF }), []);
    const file = JSON.parse(stdout).files[0];
    const first = file.citations.find((c: { kind: string }) => c.kind === 'record');
    assert.deepEqual(first, {
      id: 'c1', kind: 'record', start: 88, end: 105, line: 3, column: 44, text: 'Smith Dep. 45:3–4',
      document: 'Smith Dep.', locations: [{ page: 45, line: 3, endPage: 45, endLine: 4 }], source: 'record/Smith Deposition 2024-03-12.txt',
    });
    assert.deepEqual(
      [...new Set(file.diagnostics.map((d: { code: string }) => d.code))],
      ['record-location-missing', 'record-range-backwards', 'record-style-inconsistent', 'record-unresolved'],
    );
  });

  it('check --record FOLDER uses that folder; without a record, one information diagnostic', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-record-'));
    try {
      fs.mkdirSync(path.join(dir, 'evidence'));
      fs.writeFileSync(path.join(dir, 'evidence', 'Lee Deposition.txt'), 'Page 3\n' + Array.from({ length: 25 }, (_, i) => `${i + 1} Line.`).join('\n') + '\n');
      fs.writeFileSync(path.join(dir, 'brief.md'), 'Lee Dep. 3:4.\n');
      const without = await run(['check', 'brief.md'], dir);
      assert.match(without.stdout, /record-source-missing/);
      const withFolder = await run(['check', 'brief.md', '--record', 'evidence'], dir);
      assert.equal(withFolder.code, 0);
      assert.doesNotMatch(withFolder.stdout, /record-/);
      const missing = await run(['check', 'brief.md', '--record', 'nowhere'], dir);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nowhere: no such file or folder \(the record given with --record\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('record FILE prints the record index', async () => {
    const { code, stdout } = await run(['record', 'brief.md'], FIXTURE);
    assert.equal(code, 0);
    assert.equal(stdout, [
      '| Document | File | Cites | Lines | Resolved |',
      '| --- | --- | --- | --- | --- |',
      '| Smith Dep. | record/Smith Deposition 2024-03-12.txt | 6 | 3, 7, 8 | no: 2 of 6 |',
      '| Jones Decl. | record/Jones Declaration.md | 4 | 3, 5, 8 | no: 1 of 4 |',
      '| J.A. | J.A. (index row, no file) | 2 | 5, 9 | no: 1 of 2 |',
      '| Lee Dep. | — | 1 | 9 | no: 1 of 1 |',
      '',
    ].join('\n'));
  });
});
