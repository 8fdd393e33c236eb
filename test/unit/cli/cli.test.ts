import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../server/src/cli';

const repo = path.resolve(__dirname, '..', '..', '..', '..');
const SAMPLE = path.resolve(repo, '..', 'shared', 'samples', 'letter-motion-to-compel.txt');

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const MIXED = 'See Dkt. No. 293 and Dkt. 69 at ¶¶76, 430.\n';

describe('brieflint check', () => {
  it('prints compiler-style lines and a summary, and exits 0 without errors', async () => {
    const dir = workspace({ 'brief.md': MIXED });
    const { code, stdout } = await run(['check', 'brief.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /^brief\.md:1:22 {2}warning {2}Docket cite in the style "Dkt\."; .* {2}\[docket-style-inconsistent\]$/m);
    assert.match(stdout, /^1 file checked, 2 citations found: 0 errors, 1 warning, 0 information, 1 hint · style: Bluebook \(22d ed\.\) \(auto\)\.$/m);
  });

  it('exits 1 when a finding is at error severity (as .brieflint.json sets it)', async () => {
    const dir = workspace({ 'brief.md': MIXED, '.brieflint.json': '{"rules": {"docket-style-inconsistent": "error"}}' });
    assert.equal((await run(['check', 'brief.md'], dir)).code, 1);
  });

  it('prints the JSON contract for the sample letter', async function () {
    if (!fs.existsSync(SAMPLE)) this.skip();
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

  it('writes SARIF 2.1.0 with rules, results, regions and fixes', async () => {
    const dir = workspace({ 'brief.md': MIXED });
    const { stdout } = await run(['check', '--format=sarif', 'brief.md'], dir);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'Brieflint');
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'exhibit-unresolved'));
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'docket-style-inconsistent');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 22, endLine: 1, endColumn: 42 });
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'Dkt. No.');
  });

  it('checks folders recursively (.md, .markdown, .txt), skipping other files', async () => {
    const dir = workspace({ 'a/one.md': MIXED, 'a/b/two.txt': MIXED, 'a/c.markdown': 'Nothing.\n', 'a/notes.pdf': 'x', 'a/node_modules/x.md': MIXED });
    const { stdout } = await run(['check', '--format', 'json', 'a'], dir);
    const paths = JSON.parse(stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, [path.join('a', 'b', 'two.txt'), path.join('a', 'c.markdown'), path.join('a', 'one.md')]);
  });

  it('exits 2 with a clear message on bad usage', async () => {
    const dir = workspace({});
    for (const args of [['check'], ['check', '--format', 'xml', 'x.md'], ['frobnicate'], ['check', '--bogus', 'x.md'], []]) {
      const { code, stderr } = await run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /brieflint|Usage/);
    }
  });

  it('exits 2 for a missing, binary or non-UTF-8 file, and still checks the others', async () => {
    const dir = workspace({ 'good.md': MIXED, 'bin.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), 'latin1.txt': Buffer.from('Caf\xe9 Dkt. 1', 'latin1') });
    const { code, stdout } = await run(['check', 'good.md', 'missing.md', 'bin.md', 'latin1.txt'], dir);
    assert.equal(code, 2);
    assert.match(stdout, /missing\.md: error: cannot read missing\.md: no such file/);
    assert.match(stdout, /bin\.md: error: cannot check bin\.md: it is a binary file/);
    assert.match(stdout, /latin1\.txt: error: cannot check latin1\.txt: it is not UTF-8 text \(first bad byte at offset 3\)/);
    assert.match(stdout, /good\.md:1:22/);
  });

  it('checks an empty file without complaint', async () => {
    const dir = workspace({ 'empty.md': '' });
    const { code, stdout } = await run(['check', 'empty.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /1 file checked, 0 citations found/);
  });

  it('declines a draft over the size limit with a message, without failing', async () => {
    const dir = workspace({ 'big.md': 'Dkt. 1. '.repeat(200_000), '.brieflint.json': '{"maxFileSizeMB": 1}' });
    const { code, stdout } = await run(['check', 'big.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /big\.md: note: Not checked: the draft is 1\.5 MB, over the limit of 1 MB/);
  });

  it('reports a malformed .brieflint.json with file and line, and checks with the defaults', async () => {
    const dir = workspace({ 'brief.md': MIXED, '.brieflint.json': '{\n  "rules": {\n    "exhibit-order": "off",\n  }\n}\n' });
    const { code, stderr, stdout } = await run(['check', 'brief.md'], dir);
    assert.equal(code, 0);
    assert.match(stderr, /\.brieflint\.json:4:\d+: warning: \.brieflint\.json is not valid JSON/);
    assert.match(stdout, /docket-style-inconsistent/);
  });

  it('uses --config over the .brieflint.json it would find', async () => {
    const dir = workspace({ 'brief.md': MIXED, 'strict.json': '{"rules": {"docket-style-inconsistent": "error"}}' });
    assert.equal((await run(['check', '--config', 'strict.json', 'brief.md'], dir)).code, 1);
    assert.equal((await run(['check', '--config', 'nope.json', 'brief.md'], dir)).code, 2);
  });

  it('prints the table of authorities of a draft (brieflint toa)', async () => {
    const dir = workspace({
      'brief.md': '# Argument\n\n*Ashcroft v. Iqbal*, 556 U.S. 662, 678 (2009).\n\n# Conclusion\n\n*Bell Atl. Corp. v. Twombly*, 550 U.S. 544, 570 (2007); *Iqbal*, 556 U.S. at 679.\n',
    });
    const { code, stdout } = await run(['toa', 'brief.md'], dir);
    assert.equal(code, 0);
    const iqbal = stdout.indexOf('Ashcroft v. Iqbal');
    const twombly = stdout.indexOf('Bell Atl. Corp. v. Twombly');
    assert.ok(iqbal > 0 && twombly > iqbal, stdout);
    assert.match(stdout, /556 U\.S\. 662 \(2009\) \| Argument, Conclusion \|/);
    assert.ok(stdout.endsWith('\n'));
  });

  it('prints the exhibit index of a draft with its exhibit list (brieflint exhibits)', async () => {
    const dir = workspace({
      'brief.md': 'See Ex. 2, ABC000200 and Ex. 1, ABC000100.\n',
      'exhibits.csv': 'exhibit,description,bates_begin\n1,First email,ABC000100\n2,Second email,ABC000200\n3,Unused memo,ABC000300\n',
    });
    const { code, stdout } = await run(['exhibits', 'brief.md'], dir);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0], /^\| Exhibit \| Description \| Bates/);
    assert.match(stdout, /\| Ex\. 1 \| First email \| ABC000100/);
    assert.match(stdout, /\| Ex\. 3 \| Unused memo \|.*not cited/);
  });

  it('toa and exhibits take exactly one readable file', async () => {
    const dir = workspace({ 'a.md': 'x\n', 'b.md': 'y\n' });
    assert.equal((await run(['toa', 'a.md', 'b.md'], dir)).code, 2);
    assert.equal((await run(['exhibits', 'missing.md'], dir)).code, 2);
  });

  it('prints its version and help', async () => {
    const dir = workspace({});
    assert.match((await run(['--version'], dir)).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match((await run(['--help'], dir)).stdout, /brieflint check FILE/);
  });
});
