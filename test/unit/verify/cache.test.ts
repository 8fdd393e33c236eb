import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LookupAnswer } from '../../../server/src/core/verify/types';
import { AnswerCache, cacheFileName, defaultCacheDir } from '../../../server/src/verify/cache';

const ROE: LookupAnswer = { status: 'found', opinions: [{ caseName: 'Roe v. Wade', url: '/opinion/1/roe-v-wade/', dateFiled: '1973-01-22', citations: ['410 U.S. 113'] }] };
const MISSING: LookupAnswer = { status: 'not-found', opinions: [], serviceMessage: "Citation not found: '999 F.3d 999'" };
const SERVICE = 'https://www.courtlistener.com';

describe('verify: the answer cache on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('saves answers and reads them back in a later run', () => {
    const first = AnswerCache.open(dir, SERVICE);
    first.set('410 U.S. 113', ROE);
    first.set('999 F.3d 999', MISSING);
    assert.equal(first.save(), undefined);
    const second = AnswerCache.open(dir, SERVICE);
    assert.deepEqual(second.get('410 U.S. 113'), ROE);
    assert.deepEqual(second.get('999 F.3d 999'), MISSING);
    assert.equal(second.get('1 F.3d 1'), undefined);
  });

  it('writes nothing when nothing new was answered', () => {
    AnswerCache.open(path.join(dir, 'never'), SERVICE).save();
    assert.equal(fs.existsSync(path.join(dir, 'never')), false);
  });

  it('merges with answers another run saved meanwhile', () => {
    const editor = AnswerCache.open(dir, SERVICE);
    const commandLine = AnswerCache.open(dir, SERVICE);
    editor.set('410 U.S. 113', ROE);
    commandLine.set('999 F.3d 999', MISSING);
    editor.save();
    commandLine.save();
    const later = AnswerCache.open(dir, SERVICE);
    assert.deepEqual([later.get('410 U.S. 113'), later.get('999 F.3d 999')], [ROE, MISSING]);
  });

  it('ignores a damaged file, says so, and rewrites it', () => {
    const file = path.join(dir, cacheFileName(SERVICE));
    fs.writeFileSync(file, '{"format": 1, "entries": {');
    const cache = AnswerCache.open(dir, SERVICE);
    assert.equal(cache.problem, `the CourtListener answers saved in ${file} are damaged; they will be asked for again`);
    cache.set('410 U.S. 113', ROE);
    assert.equal(cache.save(), undefined);
    assert.deepEqual(AnswerCache.open(dir, SERVICE).get('410 U.S. 113'), ROE);
  });

  it('drops entries that are not answers (a hand-edited file)', () => {
    const file = path.join(dir, cacheFileName(SERVICE));
    fs.writeFileSync(file, JSON.stringify({
      format: 1,
      service: SERVICE,
      entries: {
        '410 U.S. 113': { savedAt: Date.now(), answer: ROE },
        '1 F.3d 1': { savedAt: Date.now(), answer: { status: 'verified!', opinions: [] } },
        '2 F.3d 2': { savedAt: 'yesterday', answer: MISSING },
        '3 F.3d 3': { savedAt: Date.now(), answer: { status: 'found', opinions: [{ url: '/x/' }] } },
      },
    }));
    const cache = AnswerCache.open(dir, SERVICE);
    assert.deepEqual(['410 U.S. 113', '1 F.3d 1', '2 F.3d 2', '3 F.3d 3'].map((k) => cache.get(k) !== undefined), [true, false, false, false]);
  });

  it('reports a folder it cannot write, without failing', () => {
    const blocked = path.join(dir, 'file-not-folder');
    fs.writeFileSync(blocked, '');
    const cache = AnswerCache.open(blocked, SERVICE);
    cache.set('410 U.S. 113', ROE);
    assert.match(cache.save() ?? '', /^could not save the CourtListener answers to .*file-not-folder/);
  });

  it('keeps the command line\'s cache outside the workspace, one folder per workspace', () => {
    const home = '/home/ada';
    const linux = defaultCacheDir('/cases/brief', {}, 'linux', home);
    assert.match(linux, /^\/home\/ada\/\.cache\/brieflint\/courtlistener\/[0-9a-f]{16}$/);
    assert.notEqual(defaultCacheDir('/cases/other', {}, 'linux', home), linux);
    assert.match(defaultCacheDir('/cases/brief', { XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', home), /^\/var\/cache\/ada\/brieflint\/courtlistener\//);
    assert.match(defaultCacheDir('/cases/brief', {}, 'darwin', home), /^\/home\/ada\/Library\/Caches\/brieflint\//);
  });
});
