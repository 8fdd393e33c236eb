/** The record fixture (test/fixtures/record) and a file host over a table of files, for the record tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckSources } from '../../../server/src/core/check';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../server/src/core/settings';
import type { FileHost } from '../../../server/src/service/fileHost';
import { loadRecordSources } from '../../../server/src/service/recordSources';
import { nodeFileHost } from '../../../server/src/nodeHost';

/** test/fixtures/record in the source tree (the tests run from out/test/unit/record). */
export const FIXTURE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'record');
export const TRANSCRIPT = fs.readFileSync(path.join(FIXTURE, 'record', 'Smith Deposition 2024-03-12.txt'), 'utf8');
export const DECLARATION = fs.readFileSync(path.join(FIXTURE, 'record', 'Jones Declaration.md'), 'utf8');
export const BRIEF = fs.readFileSync(path.join(FIXTURE, 'brief.md'), 'utf8');

/** The fixture's record, as the service loads it for a draft at the fixture's root. */
export function fixtureSources(raw?: unknown): CheckSources {
  const settings = raw === undefined ? DEFAULT_SETTINGS : sanitizeSettings(raw).settings;
  const { record } = loadRecordSources(path.join(FIXTURE, 'brief.md'), FIXTURE, settings, nodeFileHost);
  return record ? { record } : {};
}

/** A host over `files` (absolute paths); folders are the paths' parents; `links` map a path to where it really is. */
export function tableHost(files: Record<string, string>, links: Record<string, string> = {}): FileHost {
  const folders = new Set<string>();
  for (const f of Object.keys(files)) for (let d = path.dirname(f); d !== path.dirname(d); d = path.dirname(d)) folders.add(d);
  const real = (p: string) => {
    for (const [from, to] of Object.entries(links)) if (p === from || p.startsWith(from + '/')) return to + p.slice(from.length);
    return p;
  };
  return {
    readText: (p) => (p in files ? { text: files[p] } : { error: 'no such file' }),
    listDir: (p) => (folders.has(p) ? [...new Set(Object.keys(files).filter((f) => path.dirname(f) === p).map((f) => path.basename(f)))] : undefined),
    exists: (p) => p in files || folders.has(p),
    realPath: (p) => (p in files || folders.has(p) || Object.keys(links).some((l) => p.startsWith(l)) ? real(p) : undefined),
  };
}
