import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../server/src/cli';
import { LETTER_MOTION_PATH } from '../../fixtures';

const repo = path.resolve(__dirname, '..', '..', '..', '..');

async function run(args: string[], cwd: string, stdin?: string | Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { cwd, stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), stdin: async () => Buffer.from(stdin ?? '') };
  const code = await main(args, io);
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

  it('prints the JSON contract for the fixture letter', async () => {
    const { code, stdout } = await run(['check', '--format', 'json', LETTER_MOTION_PATH], repo);
    assert.equal(code, 0, 'warnings, hints and information only');
    const json = JSON.parse(stdout);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    const file = json.files[0];
    assert.equal(file.path, path.join('test', 'fixtures', 'letter-motion.txt'));
    const text = fs.readFileSync(LETTER_MOTION_PATH, 'utf8');
    assert.equal(file.citations.length, 22);
    for (const c of file.citations) {
      assert.match(c.id, /^c\d+$/);
      assert.ok(['case', 'case-short', 'id', 'docket', 'case-number', 'exhibit'].includes(c.kind), c.kind);
      assert.ok(c.start < c.end && c.end <= text.length);
      const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      assert.equal(c.column, c.start - lineStart + 1);
      assert.equal(c.line, text.slice(0, c.start).split('\n').length);
    }
    const byText = (t: string) => file.citations.find((c: { text: string }) => c.text === t);
    assert.deepEqual(byText('52 F.3d 1042, 1049 (2d Cir. 1995)'), {
      id: 'c20', kind: 'case', start: text.indexOf('52 F.3d 1042'), end: text.indexOf('52 F.3d 1042') + 33, line: 72, column: text.indexOf('52 F.3d 1042') - text.lastIndexOf('\n', text.indexOf('52 F.3d 1042')),
      text: '52 F.3d 1042, 1049 (2d Cir. 1995)', caseName: 'Ridgeway Atlas Co. v. Feldspar Instruments, Inc.', volume: '52', reporter: 'F.3d',
      reporterAsWritten: 'F.3d', page: '1042', pinCite: '1049', court: '2d Cir.', year: 1995,
    });
    assert.deepEqual(
      [byText('52 F.3d at 1049').kind, byText('52 F.3d at 1049').antecedent],
      ['case-short', 'c20'],
    );
    const ex6 = byText('Ex. 6, DLMT_QRX_00377104');
    assert.deepEqual([ex6.exhibits, ex6.bates], [['6'], ['DLMT_QRX_00377104']]);
    const docket = byText('Dkt. 54 at ¶¶41, 212');
    assert.deepEqual({ kind: docket.kind, entry: docket.entry, pinCite: docket.pinCite }, { kind: 'docket', entry: '54', pinCite: '¶¶41, 212' });
    assert.deepEqual(
      file.diagnostics.map((d: { code: string; severity: string; line: number }) => `${d.line}: ${d.severity} ${d.code}`),
      ['36: information exhibit-source-missing', '38: warning bates-malformed', '44: warning bates-malformed', '70: warning docket-style-inconsistent', '70: hint docket-pin-format', '72: warning bates-malformed'],
    );
    const style = file.diagnostics.find((d: { code: string }) => d.code === 'docket-style-inconsistent');
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

  it('checks folders recursively (.md, .markdown, .txt, .docx, .pdf), skipping other files and saying which .doc drafts it skipped', async () => {
    const dir = workspace({ 'a/one.md': MIXED, 'a/b/two.txt': MIXED, 'a/c.markdown': 'Nothing.\n', 'a/notes.doc': 'x', 'a/list.csv': 'x', 'a/node_modules/x.md': MIXED });
    const { code, stdout, stderr } = await run(['check', '--format', 'json', 'a'], dir);
    const paths = JSON.parse(stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, [path.join('a', 'b', 'two.txt'), path.join('a', 'c.markdown'), path.join('a', 'one.md')]);
    assert.equal(stderr, `brieflint: ${path.join('a', 'notes.doc')}: not checked: Word 97–2003 (.doc) drafts are not read; save it as .docx (Brieflint reads .md, .markdown, .txt, .docx and .pdf)\n`);
    assert.equal(code, 0, 'the drafts it could read were checked');
  });

  it('exits 2 for a folder of .doc drafts only, saying which files it skipped and why', async () => {
    const dir = workspace({ 'filed/brief.doc': 'x', 'filed/decl.doc': 'x', 'filed/exhibits.csv': 'exhibit\n1\n' });
    const { code, stdout, stderr } = await run(['check', 'filed'], dir);
    assert.equal(code, 2);
    assert.match(stdout, /^0 files checked/m);
    assert.equal(
      stderr,
      `brieflint: ${path.join('filed', 'brief.doc')}: not checked: Word 97–2003 (.doc) drafts are not read; save it as .docx (Brieflint reads .md, .markdown, .txt, .docx and .pdf)\n` +
        `brieflint: ${path.join('filed', 'decl.doc')}: not checked: Word 97–2003 (.doc) drafts are not read; save it as .docx (Brieflint reads .md, .markdown, .txt, .docx and .pdf)\n` +
        'brieflint: nothing checked: the 2 drafts found are .doc files, which are not read\n',
    );
  });

  it('exits 2 for a .doc draft or an unreadable PDF named on the command line, and still checks the others', async () => {
    const dir = workspace({ 'brief.pdf': '%PDF-1.7', 'old.doc': 'x', 'brief.md': MIXED });
    const { code, stdout } = await run(['check', 'old.doc', 'brief.pdf', 'brief.md'], dir);
    assert.equal(code, 2);
    assert.match(stdout, /^old\.doc: error: not checked: Word 97–2003 \(\.doc\) drafts are not read; save it as \.docx/m);
    assert.match(stdout, /^brief\.pdf: error: a damaged PDF/m);
    assert.match(stdout, /^brief\.md:1:22 /m);
    assert.equal((await run(['toa', 'brief.pdf'], dir)).code, 2);
  });

  it('exits 2 when a folder holds no draft at all', async () => {
    const dir = workspace({ 'empty/readme.csv': 'x' });
    const { code, stderr } = await run(['check', 'empty'], dir);
    assert.equal(code, 2);
    assert.equal(stderr, 'brieflint: nothing checked: no .md, .markdown, .txt, .docx or .pdf file in empty\n');
  });

  it('exits 2 with a clear message on bad usage', async () => {
    const dir = workspace({});
    for (const args of [['check'], ['check', '--format', 'xml', 'x.md'], ['frobnicate'], ['check', '--bogus', 'x.md'], []]) {
      const { code, stderr } = await run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /brieflint|Usage/);
    }
  });

  it('exits 2 for a missing, binary or non-UTF-8 file, saying which file and why, and still checks the others', async () => {
    const dir = workspace({ 'good.md': MIXED, 'bin.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), 'latin1.txt': Buffer.from('Caf\xe9 Dkt. 1', 'latin1'), 'folder.md/x': '' });
    const { code, stdout } = await run(['check', 'good.md', 'missing.md', 'bin.md', 'latin1.txt'], dir);
    assert.equal(code, 2);
    assert.match(stdout, /^missing\.md: error: no such file$/m);
    assert.match(stdout, /^bin\.md: error: a binary file, not text \(it contains NUL bytes\)$/m);
    assert.match(stdout, /^latin1\.txt: error: not UTF-8 text \(first bad byte at offset 3\); save it as UTF-8$/m);
    assert.match(stdout, /good\.md:1:22/);
    assert.doesNotMatch(stdout, /\bit no\b|: it /);
    const json = await run(['check', '--format', 'json', 'missing.md', 'good.md'], dir);
    assert.equal(json.code, 2);
    assert.deepEqual(JSON.parse(json.stdout).files[0], { path: 'missing.md', error: 'no such file' });
    assert.equal(json.stderr, 'brieflint: missing.md: no such file\n');
    const reports = await Promise.all([run(['toa', 'missing.md'], dir), run(['exhibits', 'bin.md'], dir)]);
    assert.deepEqual(reports.map((r) => [r.code, r.stderr]), [
      [2, 'brieflint: missing.md: no such file\n'],
      [2, 'brieflint: bin.md: a binary file, not text (it contains NUL bytes)\n'],
    ]);
  });

  it('checks an empty file without complaint', async () => {
    const dir = workspace({ 'empty.md': '' });
    const { code, stdout } = await run(['check', 'empty.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /1 file checked, 0 citations found/);
  });

  it('exits 2 for a draft over the size limit, with the same message in text, JSON and SARIF', async () => {
    const dir = workspace({ 'big.md': 'Dkt. 1. '.repeat(200_000), 'small.md': MIXED, '.brieflint.json': '{"maxFileSizeMB": 1}' });
    const message = 'not checked: it is 1.5 MB, over the limit of 1 MB; raise "maxFileSizeMB" in .brieflint.json to check it';
    const text = await run(['check', 'big.md', 'small.md'], dir);
    assert.equal(text.code, 2);
    assert.match(text.stdout, new RegExp(`^big\\.md: error: ${message.replace(/[.()"]/g, '\\$&')}$`, 'm'));
    assert.match(text.stdout, /^1 file checked/m, 'the other draft is still checked');
    const json = await run(['check', '--format', 'json', 'big.md'], dir);
    assert.equal(json.code, 2);
    assert.deepEqual(JSON.parse(json.stdout).files, [{ path: 'big.md', error: message }]);
    assert.equal(json.stderr, `brieflint: big.md: ${message}\n`);
    const sarif = await run(['check', '--format', 'sarif', 'big.md'], dir);
    assert.equal(sarif.code, 2);
    assert.deepEqual(JSON.parse(sarif.stdout).runs[0].invocations, [{
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: `big.md: ${message}` }, locations: [{ physicalLocation: { artifactLocation: { uri: 'big.md' } } }] }],
    }]);
  });

  it('exits 2 when .brieflint.json names an exhibit list, exhibit folder or docket list that does not exist, naming the file and the path', async () => {
    const dir = workspace({
      'case/brief.md': 'See Ex. 1 and Dkt. No. 3.\n',
      'case/.brieflint.json': '{"exhibits": {"manifest": "lists/exhibits.csv", "folder": "Exhibits"}, "docket": {"list": "docket.csv"}}',
    });
    const { code, stderr } = await run(['check', 'case'], dir);
    assert.equal(code, 2);
    const config = path.join('case', '.brieflint.json');
    assert.equal(
      stderr,
      `brieflint: ${config}: the exhibit list "lists/exhibits.csv" (setting "exhibits.manifest") does not exist (looked for ${path.join('case', 'lists', 'exhibits.csv')})\n` +
        `brieflint: ${config}: the exhibit folder "Exhibits" (setting "exhibits.folder") does not exist (looked for ${path.join('case', 'Exhibits')})\n` +
        `brieflint: ${config}: the docket list "docket.csv" (setting "docket.list") does not exist (looked for ${path.join('case', 'docket.csv')})\n`,
    );
    // Said once per settings file, however many drafts use it; --exhibits replaces the list it names.
    fs.writeFileSync(path.join(dir, 'case', 'other.md'), 'See Ex. 2.\n');
    fs.writeFileSync(path.join(dir, 'case', '.brieflint.json'), '{"exhibits": {"manifest": "lists/exhibits.csv"}}');
    fs.writeFileSync(path.join(dir, 'list.csv'), 'exhibit\n1\n2\n');
    assert.equal((await run(['check', 'case'], dir)).stderr.split('\n').length, 2);
    assert.deepEqual(await run(['check', '--exhibits', 'list.csv', 'case'], dir).then((r) => [r.code, r.stderr]), [0, '']);
  });

  it('exits 2 for --exhibits naming a list that does not exist, as for one in the settings', async () => {
    const dir = workspace({ 'brief.md': MIXED });
    const { code, stderr } = await run(['check', '--exhibits', 'nope.csv', 'brief.md'], dir);
    assert.equal(code, 2);
    assert.equal(stderr, 'brieflint: nope.csv: no such file (the exhibit list given with --exhibits)\n');
  });

  it('reads a draft from standard input (-), as plain text by default', async () => {
    const dir = workspace({});
    const { code, stdout } = await run(['check', '-'], dir, 'See *Texaco*, 60 F.3d 913 (2d Cir. 1994); Dkt. 5; Dkt. No. 6.\n');
    assert.equal(code, 0);
    assert.match(stdout, /^<stdin>:1:51 {2}warning {2}Docket cite in the style "Dkt\. No\."; .*\[docket-style-inconsistent\]$/m);
    assert.match(stdout, /^1 file checked, 3 citations found/m);
  });

  it('checks standard input as the file --stdin-path names: its format, its settings, its exhibit list', async () => {
    const dir = workspace({
      'case/.brieflint.json': '{"rules": {"exhibit-unresolved": "error"}}',
      'case/exhibits.csv': 'exhibit,description\n1,Email\n',
    });
    const draft = '# Argument\n\nSee Ex. 1 and Ex. 2, ABC\\_000100.\n';
    const { code, stdout } = await run(['check', '-', '--stdin-path', 'case/brief.md', '--format', 'json'], dir, draft);
    assert.equal(code, 1, 'Ex. 2 is not on the list beside case/brief.md');
    const [file] = JSON.parse(stdout).files;
    assert.equal(file.path, 'case/brief.md');
    assert.deepEqual(file.citations.map((c: { text: string }) => c.text), ['Ex. 1', 'Ex. 2, ABC_000100'], 'read as Markdown: the escape read through');
    assert.deepEqual(file.diagnostics.map((d: { code: string; severity: string }) => `${d.severity} ${d.code}`), ['error exhibit-unresolved']);
    const plain = await run(['check', '-', '--stdin-path', 'case/brief.txt', '--format', 'json'], dir, draft);
    assert.deepEqual(JSON.parse(plain.stdout).files[0].citations.map((c: { text: string }) => c.text), ['Ex. 1', 'Ex. 2, ABC_000100']);
  });

  it('refuses binary standard input and bad uses of -, with exit 2', async () => {
    const dir = workspace({});
    const binary = await run(['check', '-'], dir, Buffer.from([0x50, 0x4b, 0, 3]));
    assert.deepEqual([binary.code, binary.stdout.split('\n')[0]], [2, '<stdin>: error: a binary file, not text (it contains NUL bytes)']);
    for (const args of [['check', '-', '-'], ['check', 'x.md', '--stdin-path', 'y.md']]) {
      const { code, stderr } = await run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^brieflint: (- \(standard input\) can be named only once|--stdin-path applies only with -)/);
    }
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

  it('prints its version and help, and the help of each command (--help, -h, help COMMAND)', async () => {
    const dir = workspace({});
    assert.match((await run(['--version'], dir)).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match((await run(['--help'], dir)).stdout, /brieflint check FILE/);
    for (const [command, usage] of [['check', /^Usage: brieflint check FILE\|FOLDER\|-\.\.\. \[options\]\n[\s\S]*--stdin-path NAME[\s\S]*Exit codes: 0/], ['toa', /^Usage: brieflint toa FILE/], ['exhibits', /^Usage: brieflint exhibits FILE/], ['lsp', /^Usage: brieflint lsp --stdio/]] as const) {
      for (const args of [[command, '--help'], [command, '-h'], [command, 'brief.md', '--format', 'json', '--help'], ['help', command]]) {
        const { code, stdout, stderr } = await run(args, dir);
        assert.deepEqual([code, stderr], [0, ''], args.join(' '));
        assert.match(stdout, usage, args.join(' '));
      }
    }
    const wrong = await run(['check', '--bogus'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^brieflint: unknown option --bogus\n\nUsage: brieflint check /);
  });
});
