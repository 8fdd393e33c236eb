import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CheckResult } from '../../../server/src/core/check';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { CourtListenerSettings, DEFAULT_COURTLISTENER_SETTINGS } from '../../../server/src/core/verify/types';
import { verifyForCli } from '../../../server/src/verify/cli';
import { EditorVerifier, EditorVerifyRequest } from '../../../server/src/verify/editor';
import { LETTER_MOTION } from '../../fixtures';
import { checkDraft, draft } from '../helpers';
import { FakeCourtListener, opinion } from './fakeCourtListener';

/** The two shells' entry points: the language server's verifier and `brieflint check --verify`. */

const FAST = { timeoutMs: 2_000, backoffMs: 5, retries: 1, maxWaitMs: 3_000 };

const BRIEF = draft`
  Plaintiffs rely on *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994),
  and on *Smith v. Jones*, 999 F.3d 999 (2d Cir. 2021). *Texaco*, 60 F.3d at 921.
`;

const OPINIONS = { '60 F.3d 913': [opinion('American Geophysical Union v. Texaco Inc.', '60 F.3d 913', '1994-10-28', 101)] };

describe('verify: in the editor', () => {
  let fake: FakeCourtListener;
  let verifier: EditorVerifier;
  const uri = 'file:///work/brief.md';

  const request = (verify: CourtListenerSettings['verify'], trigger: 'save' | 'command', extra: Partial<EditorVerifyRequest> = {}): EditorVerifyRequest => ({
    uri,
    result: checkDraft(BRIEF),
    settings: DEFAULT_SETTINGS,
    courtListener: { verify, baseUrl: fake.url },
    token: fake.token,
    trigger,
    ...extra,
  });

  beforeEach(async () => {
    fake = await new FakeCourtListener({ opinions: OPINIONS }).start();
    verifier = new EditorVerifier({ timing: FAST });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('is off by default', () => {
    assert.equal(DEFAULT_COURTLISTENER_SETTINGS.verify, 'off');
  });

  it('sends nothing on save when verification is off or on command', async () => {
    for (const mode of ['off', 'onCommand'] as const) {
      const response = await verifier.verify(request(mode, 'save'));
      assert.deepEqual(response, { ran: false, message: '', notes: [], requests: 0 });
    }
    assert.equal(fake.requests.length, 0);
    assert.deepEqual(verifier.findings(uri, checkDraft(BRIEF), DEFAULT_SETTINGS), []);
  });

  it('verifies on save when the setting says onSave', async () => {
    const response = await verifier.verify(request('onSave', 'save'));
    assert.equal(response.ran, true);
    assert.equal(response.message, 'CourtListener checked 2 citations: 1 verified, 1 not found.');
    assert.equal(fake.requests.length, 1);
  });

  it('verifies on the command whatever the setting', async () => {
    const response = await verifier.verify(request('off', 'command'));
    assert.equal(response.ran, true);
    assert.equal(fake.requests.length, 1);
  });

  it('keeps the online findings in step with edits, without asking again', async () => {
    await verifier.verify(request('onCommand', 'command'));
    const edited = '# Letter motion\n\n' + BRIEF;
    const findings = verifier.findings(uri, checkDraft(edited), DEFAULT_SETTINGS);
    assert.deepEqual(findings.map((f) => [f.code, edited.slice(f.start, f.end)]), [['citation-not-found', '999 F.3d 999 (2d Cir. 2021)']]);
    // A citation typed after the verification is not flagged until the next one.
    const added = edited + 'See *New v. Case*, 5 F.3d 5 (2d Cir. 1993).\n';
    assert.deepEqual(verifier.findings(uri, checkDraft(added), DEFAULT_SETTINGS).map((f) => f.code), ['citation-not-found']);
    assert.equal(fake.requests.length, 1);
  });

  it('adds the verification to the hover of the citation and of its short cite', async () => {
    await verifier.verify(request('onSave', 'save'));
    const result = checkDraft(BRIEF);
    const short = result.citations.find((c) => c.kind === 'case-short')!;
    assert.equal(
      verifier.hover(uri, result, short),
      `**Verified on CourtListener** (as for the full citation): [American Geophysical Union v. Texaco Inc.](${fake.url}/opinion/101/american-geophysical-union-v-texaco-inc/) — filed Oct. 28, 1994`,
    );
    assert.equal(verifier.hover('file:///work/other.md', result, short), undefined);
  });

  it('says how to set the token when there is none, and sends nothing', async () => {
    const response = await verifier.verify(request('onSave', 'save', { token: undefined }));
    assert.equal(response.error?.kind, 'no-token');
    assert.equal(response.message, 'No CourtListener API token: run "Brieflint: Set CourtListener Token". Nothing was sent. 2 citations were not verified; the offline checks are unaffected.');
    assert.equal(fake.requests.length, 0);
  });

  it('a new run replaces one still running; closing the document cancels it', async () => {
    const waitAWhile = () => fake.script.push({ status: 429, json: { wait_until: new Date(Date.now() + 2_000).toISOString() } });
    waitAWhile();
    const first = verifier.verify(request('onSave', 'save'));
    await new Promise((r) => setTimeout(r, 50));
    waitAWhile();
    const second = verifier.verify(request('onSave', 'save'));
    assert.equal((await first).cancelled, true);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(verifier.isRunning(uri), true);
    verifier.forget(uri);
    assert.equal((await second).cancelled, true);
    assert.equal(verifier.isRunning(uri), false);
  });

  it('uses the workspace cache folder it is given', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-editor-'));
    try {
      const cached = new EditorVerifier({ timing: FAST, cacheDirFor: () => dir });
      await cached.verify(request('onSave', 'save'));
      await new EditorVerifier({ timing: FAST, cacheDirFor: () => dir }).verify(request('onSave', 'save'));
      assert.equal(fake.requests.length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('verify: brieflint check --verify', () => {
  let fake: FakeCourtListener;
  let dir: string;
  let stderr: string;
  const cli = (results: CheckResult[], env: Record<string, string | undefined>) =>
    verifyForCli(results, { env, stderr: (s) => (stderr += s), baseUrl: fake.url, cacheDir: dir, workspaceRoot: dir, timing: FAST });

  beforeEach(async () => {
    fake = await new FakeCourtListener({ opinions: OPINIONS }).start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-cli-'));
    stderr = '';
  });
  afterEach(async () => {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds the online findings to each draft and says what it checked', async () => {
    const results = [checkDraft(BRIEF), checkDraft('See *Roe v. Wade*, 60 F.3d 913 (2d Cir. 1994).\n')];
    const { results: verified, failed } = await cli(results, { COURTLISTENER_TOKEN: fake.token });
    assert.equal(failed, false);
    assert.deepEqual(verified.map((r) => r.findings.map((f) => f.code)), [['citation-not-found'], ['case-name-mismatch']]);
    assert.equal(stderr, 'brieflint: CourtListener checked 3 citations: 1 verified, 1 not found, 1 case-name mismatch.\n');
    assert.deepEqual(fake.texts, ['60 F.3d 913\n999 F.3d 999'], 'one request for both drafts, each citation once');
  });

  it('fails with one clear message when COURTLISTENER_TOKEN is not set, keeping the offline checks', async () => {
    const results = [checkDraft(BRIEF + 'See 60 F.4d 913 (2d Cir. 1994).\n')];
    const { results: after, failed } = await cli(results, {});
    assert.equal(failed, true);
    assert.equal(
      stderr,
      'brieflint: --verify failed: No CourtListener API token: set the environment variable COURTLISTENER_TOKEN (a CourtListener account gives you one at https://www.courtlistener.com/profile/api/). Nothing was sent. 3 citations were not verified; the offline checks are unaffected.\n',
    );
    assert.deepEqual(after[0].findings, results[0].findings);
    assert.equal(fake.requests.length, 0);
  });

  it('reads a self-hosted address from COURTLISTENER_BASE_URL', async () => {
    const { failed } = await verifyForCli([checkDraft(BRIEF)], {
      env: { COURTLISTENER_TOKEN: fake.token, COURTLISTENER_BASE_URL: fake.url },
      stderr: (s) => (stderr += s),
      cacheDir: dir,
      workspaceRoot: dir,
      timing: FAST,
    });
    assert.equal(failed, false);
    assert.equal(fake.requests.length, 1);
  });

  it('shows the start and each rate-limit wait on a terminal, not every answer', async () => {
    fake.script.push({ status: 429, json: { wait_until: new Date(Date.now() + 100).toISOString() } });
    const lines = Array.from({ length: 20 }, (_, i) => `*P${i} v. Q${i}*, ${i + 1} F.3d ${i + 1} (2d Cir. 2001).`).join('\n');
    await verifyForCli([checkDraft(lines)], { env: { COURTLISTENER_TOKEN: fake.token }, stderr: (s) => (stderr += s), baseUrl: fake.url, cacheDir: dir, workspaceRoot: dir, timing: FAST, progress: true });
    assert.match(stderr, /^brieflint: Verifying citations with CourtListener: 0 of 20\nbrieflint: Waiting for CourtListener's rate limit until \d\d:\d\d:\d\d \(0 of 20 verified\)\nbrieflint: CourtListener checked 20 citations: 0 verified, 20 not found\.\n$/);
  });

  it('fails with one clear message when the token is refused', async () => {
    const { failed } = await cli([checkDraft(BRIEF)], { COURTLISTENER_TOKEN: 'expired' });
    assert.equal(failed, true);
    assert.match(stderr, /^brieflint: --verify failed: CourtListener refused the API token \(HTTP 401: Invalid token\.\): set the environment variable COURTLISTENER_TOKEN/);
    assert.equal(stderr.split('\n').length, 2, 'one line');
  });

  it('passes the fixture letter: its three cases are real and rightly named', async () => {
    await fake.close();
    fake = await new FakeCourtListener({
      opinions: {
        '318 F. Supp. 3d 402': [opinion('Halvorsen Marine, Inc. v. Tidewater Logistics, LLC', '318 F. Supp. 3d 402', '2018-06-14', 301)],
        '71 F. Supp. 3d 228': [opinion('Corvallis Press, Inc. v. Brightline Media Corporation', '71 F. Supp. 3d 228', '2015-02-09', 302)],
        '52 F.3d 1042': [opinion('Ridgeway Atlas Company v. Feldspar Instruments, Inc.', '52 F.3d 1042', '1995-04-21', 303)],
      },
    }).start();
    const result = checkDraft(LETTER_MOTION, { format: 'plaintext' });
    const { results, failed } = await cli([result], { COURTLISTENER_TOKEN: fake.token });
    assert.equal(failed, false);
    assert.deepEqual(results[0].findings, result.findings, 'no online finding');
    assert.deepEqual(fake.texts, ['318 F. Supp. 3d 402\n71 F. Supp. 3d 228\n52 F.3d 1042']);
    assert.equal(stderr, 'brieflint: CourtListener checked 3 citations: 3 verified.\n');
  });
});
