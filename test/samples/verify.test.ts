/**
 * `brieflint check --verify` on the real sample letter motion (../shared/samples/; npm run
 * test:samples), against a fake CourtListener that knows its three opinions.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { verifyForCli } from '../../server/src/verify/cli';
import { checkDraft } from '../unit/helpers';
import { FakeCourtListener, opinion } from '../unit/verify/fakeCourtListener';
import { sharedSample } from './shared';

describe('verify: the sample letter motion', () => {
  it('passes the sample letter: its three cases are real and rightly named', async () => {
    const fake = await new FakeCourtListener({
      opinions: {
        '282 F. Supp. 3d 618': [opinion('FameFlynet, Inc. v. Shoshanna Collection, LLC', '282 F. Supp. 3d 618', '2017-10-23', 201)],
        '66 F. Supp. 3d 413': [opinion('Abbey House Media, Inc. v. Apple Inc.', '66 F. Supp. 3d 413', '2014-09-30', 202)],
        '60 F.3d 913': [opinion('American Geophysical Union v. Texaco Inc.', '60 F.3d 913', '1994-10-28', 203)],
      },
    }).start();
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-samples-'));
    try {
      let said = '';
      const result = checkDraft(sharedSample(), { format: 'plaintext' });
      const { results, failed } = await verifyForCli([result], {
        env: { COURTLISTENER_TOKEN: fake.token }, stderr: (s) => (said += s), baseUrl: fake.url, cacheDir: cache, workspaceRoot: cache,
        timing: { timeoutMs: 2_000, backoffMs: 5, retries: 1, maxWaitMs: 3_000 },
      });
      assert.equal(failed, false);
      assert.deepEqual(results[0].findings, result.findings, 'no online finding');
      assert.deepEqual(fake.texts, ['282 F. Supp. 3d 618\n66 F. Supp. 3d 413\n60 F.3d 913']);
      assert.equal(said, 'brieflint: CourtListener checked 3 citations: 3 verified.\n');
    } finally {
      await fake.close();
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
