import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../server/src/cli';
import { FakeCourtListener, opinion } from '../verify/fakeCourtListener';

describe('brieflint check --verify', () => {
  let fake: FakeCourtListener;
  let dir: string;
  beforeEach(async () => {
    fake = await new FakeCourtListener({ opinions: { '60 F.3d 913': [opinion('American Geophysical Union v. Texaco Inc.', '60 F.3d 913', '1994-10-28', 101)] } }).start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-cli-verify-'));
    fs.writeFileSync(path.join(dir, 'brief.md'), '*Texaco Inc. v. Doe*, 60 F.3d 913 (2d Cir. 1994); *Smith v. Jones*, 999 F.3d 999 (2d Cir. 2021).\n');
  });
  afterEach(async () => {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = async (args: string[], env: Record<string, string>) => {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, env: { XDG_CACHE_HOME: path.join(dir, '.cache'), ...env } });
    return { code, stdout, stderr };
  };

  it('reports the citation that does not exist, from the local test server', async () => {
    const { code, stdout, stderr } = await run(['check', 'brief.md', '--verify', '--format', 'json'], { COURTLISTENER_TOKEN: fake.token, COURTLISTENER_BASE_URL: fake.url });
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).files[0].diagnostics.map((d: { code: string; line: number; column: number }) => [d.code, d.line, d.column]), [['citation-not-found', 1, 69]]);
    assert.equal(stderr, 'brieflint: CourtListener checked 2 citations: 1 verified, 1 not found.\n');
  });

  it('exits 2 with one message when the token is missing, and still reports the offline checks', async () => {
    const { code, stdout, stderr } = await run(['check', 'brief.md', '--verify'], { COURTLISTENER_BASE_URL: fake.url });
    assert.equal(code, 2);
    assert.equal(stdout, '1 file checked, 2 citations found: 0 errors, 0 warnings, 0 information, 0 hints · style: Bluebook (22d ed.) (auto).\n');
    assert.match(stderr, /^brieflint: --verify failed: No CourtListener API token: set the environment variable COURTLISTENER_TOKEN/);
    assert.equal(fake.requests.length, 0);
  });

  it('sends nothing without --verify', async () => {
    const { code } = await run(['check', 'brief.md'], { COURTLISTENER_TOKEN: fake.token, COURTLISTENER_BASE_URL: fake.url });
    assert.equal(code, 0);
    assert.equal(fake.requests.length, 0);
  });
});
