import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { verifyCitations, VerifyOptions, VerifyProgress } from '../../../server/src/verify/verify';
import { checkDraft, draft } from '../helpers';
import { FakeCourtListener, KNOWN_REPORTERS, opinion } from './fakeCourtListener';

/**
 * Verification against a local stand-in for CourtListener (127.0.0.1 only): every answer the
 * service can give, and every way it can fail.
 */

const FAST = { timeoutMs: 2_000, backoffMs: 5, retries: 2, maxWaitMs: 3_000 };

const BRIEF = draft`
  Plaintiffs rely on *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994),
  and on *Smith v. Jones*, 999 F.3d 999 (2d Cir. 2021). *Varghese v. China S. Airlines Co.*,
  925 F.3d 1339 (11th Cir. 2019), is not the case at that page. *Texaco*, 60 F.3d at 921.
`;

const OPINIONS = {
  '60 F.3d 913': [opinion('American Geophysical Union v. Texaco Inc.', '60 F.3d 913', '1994-10-28', 101)],
  '925 F.3d 1339': [opinion('Rivera v. Acme Insurance Co.', '925 F.3d 1339', '2019-05-02', 102)],
  '1 F. Supp. 3d 1': [opinion('Doe v. Roe', '1 F. Supp. 3d 1', '2013-02-01', 103), opinion('Doe v. City of New York', '1 F. Supp. 3d 1', '2013-02-04', 104)],
};

describe('verify: CourtListener citation lookup (local test server)', function () {
  let fake: FakeCourtListener;
  const options = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({ token: fake.token, baseUrl: fake.url, timing: FAST, ...extra });

  beforeEach(async () => {
    fake = await new FakeCourtListener({ opinions: OPINIONS }).start();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('finds the real case, the case that does not exist and the misnamed one, in one request', async () => {
    const result = checkDraft(BRIEF);
    const report = await verifyCitations(result, options());
    assert.equal(report.error, undefined);
    assert.deepEqual(report.findings.map((f) => [f.code, BRIEF.slice(f.start, f.end)]), [
      ['citation-not-found', '999 F.3d 999 (2d Cir. 2021)'],
      ['case-name-mismatch', 'Varghese v. China S. Airlines Co.'],
    ]);
    assert.equal(report.summary, 'CourtListener checked 3 citations: 1 verified, 1 not found, 1 case-name mismatch.');
    // The merged result keeps the offline findings and adds the online ones.
    assert.deepEqual(report.result.findings.map((f) => f.code), [...result.findings, ...report.findings].sort((a, b) => a.start - b.start).map((f) => f.code));
    assert.equal(fake.requests.length, 1);
  });

  it('sends the token, and nothing of the draft but volume, reporter and page', async () => {
    await verifyCitations(checkDraft(BRIEF), options());
    assert.deepEqual(
      fake.requests.map(({ path, authorization, contentType, body }) => ({ path, authorization, contentType, body })),
      [
        {
          path: '/api/rest/v4/citation-lookup/',
          authorization: 'Token test-token',
          contentType: 'application/json',
          body: { text: '60 F.3d 913\n999 F.3d 999\n925 F.3d 1339' },
        },
      ],
    );
    // Only the headers docs/verify.md lists (Brieflint's own, and the standard ones fetch adds).
    const documented = ['accept', 'accept-encoding', 'accept-language', 'authorization', 'connection', 'content-length', 'content-type', 'host', 'sec-fetch-mode', 'user-agent'];
    assert.deepEqual(fake.requests[0].headerNames.filter((h) => !documented.includes(h)), []);
  });

  it('hovers on the verified citation and its short cite: name, date, link', async () => {
    const result = checkDraft(BRIEF);
    const report = await verifyCitations(result, options());
    const hoverOf = (text: string) => report.hovers.get(result.citations.find((c) => c.text.startsWith(text))!.id);
    assert.equal(
      hoverOf('60 F.3d 913'),
      `**Verified on CourtListener**: [American Geophysical Union v. Texaco Inc.](${fake.url}/opinion/101/american-geophysical-union-v-texaco-inc/) — filed Oct. 28, 1994`,
    );
    assert.equal(
      hoverOf('60 F.3d at 921'),
      `**Verified on CourtListener** (as for the full citation): [American Geophysical Union v. Texaco Inc.](${fake.url}/opinion/101/american-geophysical-union-v-texaco-inc/) — filed Oct. 28, 1994`,
    );
  });

  it('lists the candidates when several opinions share the citation', async () => {
    const text = 'See 1 F. Supp. 3d 1, 5 (S.D.N.Y. 2013).\n';
    const report = await verifyCitations(checkDraft(text), options());
    assert.deepEqual(report.findings.map((f) => [f.code, f.message]), [
      ['citation-ambiguous', 'Several opinions in CourtListener are at 1 F. Supp. 3d 1: Doe v. Roe (2013); Doe v. City of New York (2013). Add the case name so the reader knows which one is meant.'],
    ]);
  });

  it('reports a reporter the service does not know as reporter-unknown', async () => {
    await fake.close();
    fake = await new FakeCourtListener({ opinions: OPINIONS, reporters: KNOWN_REPORTERS.filter((r) => r !== 'Cal. Rptr. 3d') }).start();
    const text = '*Doe v. Roe*, 1 Cal. Rptr. 3d 1 (Cal. Ct. App. 2003).\n';
    const report = await verifyCitations(checkDraft(text), options());
    assert.deepEqual(report.findings.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]), [['reporter-unknown', 'error', 'Cal. Rptr. 3d']]);
  });

  it('sends more than 250 citations in requests of 250, and re-sends what a request left out', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `*Party${i} v. Other${i}*, ${i + 1} F.3d ${i + 100} (2d Cir. 2001).`);
    const text = lines.join('\n') + '\n';
    const result = checkDraft(text);
    assert.equal(result.citations.length, 300);
    const report = await verifyCitations(result, options());
    assert.deepEqual(fake.texts.map((t) => t.split('\n').length), [250, 50]);
    assert.equal(report.findings.filter((f) => f.code === 'citation-not-found').length, 300);

    // A service that stops sooner (status 429 past its limit): the rest is sent again from there.
    await fake.close();
    fake = await new FakeCourtListener({ perRequestLimit: 100 }).start();
    const again = await verifyCitations(result, options());
    assert.deepEqual(fake.texts.map((t) => t.split('\n').length), [250, 150, 50, 50]);
    assert.equal(fake.texts[1].split('\n')[0], '101 F.3d 200');
    assert.equal(again.findings.length, 300);
    assert.equal(again.run.unchecked, 0);
  });

  it('waits until the time in wait_until when over the rate limit, then goes on', async () => {
    const waitUntil = new Date(Date.now() + 300).toISOString();
    fake.script.push({ status: 429, json: { error_message: 'Too many requests', wait_until: waitUntil } });
    const progress: VerifyProgress[] = [];
    const started = Date.now();
    const report = await verifyCitations(checkDraft(BRIEF), options({ onProgress: (p) => progress.push(p) }));
    assert.ok(Date.now() - started >= 250, 'waited for the rate limit');
    assert.equal(report.error, undefined);
    assert.equal(report.findings.length, 2);
    assert.equal(fake.requests.length, 2);
    assert.ok(progress.some((p) => /^Waiting for CourtListener's rate limit until \d\d:\d\d:\d\d \(0 of 3 verified\)$/.test(p.message)));
    assert.deepEqual(progress[progress.length - 1], { done: 3, total: 3, message: 'Verifying citations with CourtListener: 3 of 3' });
  });

  it('stops with one clear message when the rate limit lifts too late', async () => {
    fake.script.push({ status: 429, json: { error_message: 'Too many requests', wait_until: new Date(Date.now() + 3_600_000).toISOString() } });
    const report = await verifyCitations(checkDraft(BRIEF), options());
    assert.equal(report.error?.kind, 'rate-limited');
    assert.match(report.error!.message, /^CourtListener's rate limit was reached \(it allows about 60 citations a minute\); try again after \d\d:\d\d:\d\d\. 3 citations were not verified; the offline checks are unaffected\.$/);
    assert.deepEqual(report.findings, []);
  });

  it('says the token was refused (401), and keeps the offline findings', async () => {
    const result = checkDraft(BRIEF + 'See 60 F.4d 913 (2d Cir. 1994).\n');
    const report = await verifyCitations(result, options({ token: 'wrong', tokenHint: 'set COURTLISTENER_TOKEN' }));
    assert.deepEqual(report.error, {
      kind: 'bad-token',
      message: 'CourtListener refused the API token (HTTP 401: Invalid token.): set COURTLISTENER_TOKEN. 4 citations were not verified; the offline checks are unaffected.',
    });
    assert.equal(fake.requests.length, 1);
    assert.deepEqual(report.result.findings, result.findings);
    assert.ok(result.findings.some((f) => f.code === 'reporter-unknown'));
  });

  it('retries a server error (500) with back-off, then gives up with one message', async () => {
    for (let i = 0; i < 3; i++) fake.script.push({ status: 500, raw: '<h1>Server Error (500)</h1>' });
    const report = await verifyCitations(checkDraft(BRIEF), options());
    assert.equal(fake.requests.length, 3);
    assert.deepEqual(report.error, {
      kind: 'server',
      message: 'CourtListener had a problem answering (HTTP 500); try again later. 3 citations were not verified; the offline checks are unaffected.',
    });
  });

  it('recovers when the server answers after a failure', async () => {
    fake.script.push({ status: 503, json: { detail: 'Service unavailable' } });
    const report = await verifyCitations(checkDraft(BRIEF), options());
    assert.equal(report.error, undefined);
    assert.equal(report.findings.length, 2);
    assert.equal(fake.requests.length, 2);
  });

  it('gives up on a service that does not answer in time', async () => {
    fake.script.push({ delayMs: 1_000, json: [] });
    const report = await verifyCitations(checkDraft(BRIEF), options({ timing: { ...FAST, timeoutMs: 100, retries: 0 } }));
    assert.deepEqual(report.error, {
      kind: 'timeout',
      message: `CourtListener (${fake.url}/api/rest/v4/citation-lookup/) did not answer within 0.1 seconds. 3 citations were not verified; the offline checks are unaffected.`,
    });
  });

  it('reports an answer that is not JSON, without guessing', async () => {
    fake.script.push({ raw: '<html><body>Maintenance</body></html>' });
    const report = await verifyCitations(checkDraft(BRIEF), options());
    assert.equal(report.error?.kind, 'malformed');
    assert.equal(
      report.error?.message,
      `CourtListener (${fake.url}/api/rest/v4/citation-lookup/) sent an answer Brieflint cannot read: the answer is not JSON (it begins “<html><body>Maintenance</body></html>”). 3 citations were not verified; the offline checks are unaffected.`,
    );
    assert.equal(fake.requests.length, 1);
  });

  it('reports a service that cannot be reached', async () => {
    const url = fake.url;
    await fake.close();
    const report = await verifyCitations(checkDraft(BRIEF), options({ baseUrl: url, timing: { ...FAST, retries: 1 } }));
    assert.deepEqual(report.error, {
      kind: 'network',
      message: `Could not reach CourtListener (${url}/api/rest/v4/citation-lookup/): the connection was refused. 3 citations were not verified; the offline checks are unaffected.`,
    });
    fake = await new FakeCourtListener().start();
  });

  it('never follows a redirect, so the token cannot be carried elsewhere', async () => {
    const elsewhere = await new FakeCourtListener().start();
    try {
      fake.script.push({ status: 302, headers: { Location: `${elsewhere.url}/api/rest/v4/citation-lookup/` }, raw: '' });
      const report = await verifyCitations(checkDraft(BRIEF), options({ timing: { ...FAST, retries: 0 } }));
      assert.equal(elsewhere.requests.length, 0);
      assert.equal(report.error?.kind, 'network');
      assert.match(report.error!.message, /the service answered with a redirect, which Brieflint does not follow \(check the address\)/);
    } finally {
      await elsewhere.close();
    }
  });

  it('says when the address has no lookup service (404 for the whole request)', async () => {
    const report = await verifyCitations(checkDraft(BRIEF), options({ baseUrl: `${fake.url}/wrong` }));
    assert.equal(report.error?.kind, 'refused');
    assert.match(report.error!.message, /^There is no citation lookup service at http:\/\/127\.0\.0\.1:\d+\/wrong\/api\/rest\/v4\/citation-lookup\/ \(HTTP 404\)/);
  });

  it('asks by volume, reporter and page when the service reads no citation where one was sent', async () => {
    // The service's own reader does not recognise this spelling in running text.
    fake.script.push({ json: {} });
    const report = await verifyCitations(checkDraft('*Roe v. Wade*, 60 F.3d 913 (2d Cir. 1994).\n'), options());
    assert.deepEqual(fake.requests.map((r) => r.body), [{ text: '60 F.3d 913' }, { volume: '60', reporter: 'F.3d', page: '913' }]);
    assert.deepEqual(report.findings.map((f) => f.code), ['case-name-mismatch']);
  });

  it('can ask one citation at a time', async () => {
    const report = await verifyCitations(checkDraft(BRIEF), options({ mode: 'citation' }));
    assert.deepEqual(fake.requests.map((r) => r.body.reporter), ['F.3d', 'F.3d', 'F.3d']);
    assert.deepEqual(report.findings.map((f) => f.code), ['citation-not-found', 'case-name-mismatch']);
  });

  it('stops when cancelled, keeping what was answered', async () => {
    fake.script.push({ status: 429, json: { wait_until: new Date(Date.now() + 2_000).toISOString() } });
    const controller = new AbortController();
    const pending = verifyCitations(checkDraft(BRIEF), options({ signal: controller.signal, onProgress: (p) => p.message.startsWith('Waiting') && controller.abort() }));
    const report = await pending;
    assert.equal(report.run.cancelled, true);
    assert.equal(report.error, undefined);
    assert.equal(report.summary, 'CourtListener: cancelled; 0 citations checked before that.');
    assert.equal(fake.requests.length, 1);
  });

  it('sends nothing without a token', async () => {
    const report = await verifyCitations(checkDraft(BRIEF), options({ token: undefined, tokenHint: 'set the environment variable COURTLISTENER_TOKEN' }));
    assert.deepEqual(report.error, {
      kind: 'no-token',
      message: 'No CourtListener API token: set the environment variable COURTLISTENER_TOKEN. Nothing was sent. 3 citations were not verified; the offline checks are unaffected.',
    });
    assert.equal(fake.requests.length, 0);
  });

  it('answers from the cache without a token, and needs one only for what the cache lacks', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-verify-'));
    try {
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      const cached = await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir, token: undefined }));
      assert.equal(cached.error, undefined);
      assert.equal(cached.findings.length, 2);
      const more = await verifyCitations(checkDraft(BRIEF + 'See *Doe v. Roe*, 1 F. Supp. 3d 1 (S.D.N.Y. 2013).\n'), options({ cacheDir: dir, token: undefined }));
      assert.equal(more.error?.kind, 'no-token');
      assert.match(more.error!.message, /Nothing was sent\. 1 citation was not verified/);
      assert.equal(fake.requests.length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends nothing over plain http except to this machine', async () => {
    let fetched = 0;
    const report = await verifyCitations(checkDraft(BRIEF), options({ baseUrl: 'http://courtlistener.example.com', fetch: (async () => (fetched++, new Response('[]'))) as typeof fetch }));
    assert.equal(report.error?.kind, 'bad-address');
    assert.equal(fetched, 0);
  });

  it('sends nothing for a draft without case citations', async () => {
    const report = await verifyCitations(checkDraft('See Dkt. No. 293; Ex. 1, ABC000100; 2020 WL 1234567 (S.D.N.Y. 2020).\n'), options());
    assert.equal(fake.requests.length, 0);
    assert.equal(report.summary, 'CourtListener: no case citation to verify (database cites such as WL and LEXIS are not looked up).');
  });

  describe('the cache', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-verify-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('answers an unchanged citation from disk: a second run sends nothing', async () => {
      const first = await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      assert.equal(fake.requests.length, 1);
      const second = await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      assert.equal(fake.requests.length, 1, 'nothing sent the second time');
      assert.deepEqual(second.findings, first.findings);
      assert.equal(second.summary, 'CourtListener checked 3 citations: 1 verified, 1 not found, 1 case-name mismatch (3 answers from the cache).');
    });

    it('asks only about the citations it has not seen', async () => {
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      await verifyCitations(checkDraft(BRIEF + 'See *Doe v. Roe*, 1 F. Supp. 3d 1 (S.D.N.Y. 2013).\n'), options({ cacheDir: dir }));
      assert.deepEqual(fake.texts, ['60 F.3d 913\n999 F.3d 999\n925 F.3d 1339', '1 F. Supp. 3d 1']);
    });

    it('asks again once an answer has expired, a "not found" sooner than the rest', async () => {
      let now = Date.parse('2025-03-31T12:00:00Z');
      const clock = { now: () => now };
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir, ...clock }));
      now += 2 * 24 * 3600 * 1000; // two days later: the "not found" is stale, the rest is not
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir, ...clock }));
      now += 31 * 24 * 3600 * 1000; // a month later: everything is stale
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir, ...clock }));
      assert.deepEqual(fake.texts, ['60 F.3d 913\n999 F.3d 999\n925 F.3d 1339', '999 F.3d 999', '60 F.3d 913\n999 F.3d 999\n925 F.3d 1339']);
    });

    it('keeps answers per service address', async () => {
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      const other = await new FakeCourtListener({ opinions: OPINIONS }).start();
      try {
        await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir, baseUrl: other.url }));
        assert.equal(other.requests.length, 1);
      } finally {
        await other.close();
      }
    });

    it('does not cache a failed run, and keeps what a run answered before failing', async () => {
      fake.script.push({ status: 401, json: { detail: 'Invalid token.' } });
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      assert.equal(fake.requests.length, 1);
      // One citation at a time: two answered, then the service fails on the third.
      fake.script.push({ pass: true }, { pass: true }, { status: 502, raw: 'Bad gateway' }, { status: 502, raw: 'Bad gateway' });
      const failed = await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir, mode: 'citation', timing: { ...FAST, retries: 1 } }));
      assert.equal(failed.error?.kind, 'server');
      assert.equal(failed.findings.length, 1, 'the answers before the failure count');
      assert.equal(fake.requests.length, 5);
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      assert.deepEqual(fake.texts.slice(-1), ['925 F.3d 1339'], 'only the citation left unanswered is asked again');
    });

    it('holds no token and no draft text', async () => {
      await verifyCitations(checkDraft(BRIEF), options({ cacheDir: dir }));
      const files = fs.readdirSync(dir);
      assert.equal(files.length, 1);
      const saved = fs.readFileSync(path.join(dir, files[0]), 'utf8');
      assert.ok(!saved.includes('test-token'));
      assert.ok(!saved.includes('Plaintiffs rely'));
      assert.ok(!saved.includes('Varghese'));
      assert.deepEqual(Object.keys(JSON.parse(saved).entries).sort(), ['60 F.3d 913', '925 F.3d 1339', '999 F.3d 999']);
    });
  });
});
