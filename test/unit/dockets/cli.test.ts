import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../server/src/cli';

/** Docket references through the command line: the JSON contract and docket-list problems. */
async function check(files: Record<string, string>, args: string[]): Promise<{ code: number; json: { files: Array<Record<string, any>> } }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-dockets-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  let stdout = '';
  const code = await main(['check', '--format', 'json', ...args], { cwd: dir, stdout: (s) => (stdout += s), stderr: () => undefined });
  return { code, json: JSON.parse(stdout) };
}

const BRIEF = [
  'RE: Authors Guild v. OpenAI Inc., No. 1:23-cv-08292-SHS (S.D.N.Y.)',
  '',
  'See Dkt. No. 12 at 3; Dkt. No. 99; ECF Nos. 12-1, 13.',
  '',
].join('\n');

describe('brieflint check --format json: docket references', () => {
  it('writes docket cites and case numbers with the contract fields', async () => {
    const { json } = await check({ 'brief.md': BRIEF }, ['brief.md']);
    const citations = json.files[0].citations.filter((c: { kind: string }) => c.kind === 'docket' || c.kind === 'case-number');
    const at = (text: string) => {
      const start = BRIEF.indexOf(text);
      const line = BRIEF.slice(0, start).split('\n').length;
      return { start, end: start + text.length, line, column: start - BRIEF.lastIndexOf('\n', start - 1) };
    };
    assert.deepEqual(citations, [
      { id: citations[0].id, kind: 'case-number', ...at('No. 1:23-cv-08292-SHS (S.D.N.Y.)'), text: 'No. 1:23-cv-08292-SHS (S.D.N.Y.)', court: 'S.D.N.Y.' },
      { id: citations[1].id, kind: 'docket', ...at('Dkt. No. 12 at 3'), text: 'Dkt. No. 12 at 3', entry: '12', pinCite: '3' },
      { id: citations[2].id, kind: 'docket', ...at('Dkt. No. 99'), text: 'Dkt. No. 99', entry: '99' },
      { id: citations[3].id, kind: 'docket', ...at('ECF Nos. 12-1, 13'), text: 'ECF Nos. 12-1, 13', entry: '12-1, 13' },
    ]);
    assert.deepEqual(at('Dkt. No. 12 at 3'), { start: 72, end: 88, line: 3, column: 5 }, 'line and column are 1-based');
  });

  it('checks the cites against docket.csv beside the draft', async () => {
    const { code, json } = await check({ 'brief.md': BRIEF, 'docket.csv': 'entry,date,description\n12,2023-10-02,Motion\n13,2023-10-03,Letter\n' }, ['brief.md']);
    const unresolved = json.files[0].diagnostics.filter((d: { code: string }) => d.code === 'docket-unresolved');
    assert.deepEqual(unresolved.map((d: { line: number; column: number; message: string }) => [d.line, d.column, d.message]), [
      [3, BRIEF.indexOf('99') - BRIEF.indexOf('See Dkt.') + 1, 'Docket entry 99 is not on the docket list docket.csv (2 entries, the last numbered 13). If the docket has grown since the list was made, update the list.'],
    ]);
    assert.equal(code, 0, 'docket-unresolved is a warning');
  });

  it('reports problems in the docket list at their line, and exits 1', async () => {
    const { code, json } = await check({ 'brief.md': BRIEF, 'docket.csv': 'entry,date,description\n12,2023-10-02,Motion\nxii,2023-10-03,Letter\n' }, ['brief.md']);
    assert.deepEqual(json.files[0].sourceProblems, [
      { path: 'docket.csv', line: 3, column: 1, code: 'docket-list-invalid', message: 'docket list: "xii" is not a docket entry number (write 12, or 12-1 for an attachment)' },
    ]);
    assert.equal(code, 1);
  });
});
