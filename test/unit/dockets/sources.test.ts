import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../server/src/core/settings';
import { loadDocketList } from '../../../server/src/service/docketSources';
import type { FileHost } from '../../../server/src/service/sources';

/** A file system in memory: absolute path → text. */
function host(files: Record<string, string>): FileHost & { read: string[] } {
  const read: string[] = [];
  return {
    read,
    readText(p) {
      read.push(p);
      return p in files ? { text: files[p] } : { error: 'no such file' };
    },
    listDir: () => undefined,
    exists: (p) => p in files,
  };
}

const ROOT = path.resolve('/work/case');
const DRAFT = path.join(ROOT, 'briefs', 'letter.md');
const CSV = 'entry,date,description\n1,2023-09-19,Complaint\n';

describe('finding the docket list', () => {
  it('reads docket.csv beside the draft', () => {
    const fs = host({ [path.join(ROOT, 'briefs', 'docket.csv')]: CSV, [path.join(ROOT, 'docket.csv')]: 'entry\n2\n' });
    const { docketList, watched } = loadDocketList(DRAFT, ROOT, DEFAULT_SETTINGS, fs);
    assert.equal(docketList?.path, path.join(ROOT, 'briefs', 'docket.csv'));
    assert.deepEqual([...docketList!.entries.keys()], ['1']);
    assert.deepEqual(watched, [
      path.join(ROOT, 'briefs', 'docket.csv'),
      path.join(ROOT, 'briefs', 'docket.json'),
      path.join(ROOT, 'docket.csv'),
      path.join(ROOT, 'docket.json'),
    ]);
  });

  it('falls back to docket.json beside the draft, then to the workspace root', () => {
    const json = '{"docket_entries": [{"entry_number": 7}]}';
    assert.equal(loadDocketList(DRAFT, ROOT, DEFAULT_SETTINGS, host({ [path.join(ROOT, 'briefs', 'docket.json')]: json })).docketList?.format, 'recap');
    assert.equal(loadDocketList(DRAFT, ROOT, DEFAULT_SETTINGS, host({ [path.join(ROOT, 'docket.csv')]: CSV })).docketList?.path, path.join(ROOT, 'docket.csv'));
  });

  it('finds nothing, and reports nothing, when there is no list', () => {
    const result = loadDocketList(DRAFT, ROOT, DEFAULT_SETTINGS, host({}));
    assert.equal(result.docketList, undefined);
    assert.equal(result.watched.length, 4);
  });

  it('uses brieflint.docket.list, relative to the workspace folder or absolute', () => {
    const settings = sanitizeSettings({ docket: { list: 'records/entries.csv' } }).settings;
    const fs = host({ [path.join(ROOT, 'records', 'entries.csv')]: CSV, [path.join(ROOT, 'briefs', 'docket.csv')]: 'entry\n2\n' });
    const { docketList, watched } = loadDocketList(DRAFT, ROOT, settings, fs);
    assert.equal(docketList?.path, path.join(ROOT, 'records', 'entries.csv'));
    assert.deepEqual(watched, [path.join(ROOT, 'records', 'entries.csv')]);
    const absolute = sanitizeSettings({ docket: { list: path.join(ROOT, 'records', 'entries.csv') } }).settings;
    assert.equal(loadDocketList(DRAFT, undefined, absolute, fs).docketList?.entries.size, 1);
  });

  it('reports a list named in the settings that cannot be read, in that list', () => {
    const settings = sanitizeSettings({ docket: { list: 'missing.csv' } }).settings;
    const { docketList } = loadDocketList(DRAFT, ROOT, settings, host({}));
    assert.deepEqual(docketList?.problems, [{
      path: path.join(ROOT, 'missing.csv'),
      line: 0,
      column: 0,
      code: 'docket-list-invalid',
      message: `cannot read the docket list ${path.join(ROOT, 'missing.csv')} (named in the setting brieflint.docket.list): no such file`,
    }]);
    assert.equal(docketList?.entries.size, 0);
  });

  it('looks only at the workspace root for an untitled draft', () => {
    const { watched } = loadDocketList(undefined, ROOT, DEFAULT_SETTINGS, host({}));
    assert.deepEqual(watched, [path.join(ROOT, 'docket.csv'), path.join(ROOT, 'docket.json')]);
  });
});
