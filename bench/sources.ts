/**
 * A generated draft's exhibit and docket lists, loaded the way the server and the CLI load them
 * (the service's `loadSources`), from an in-memory folder instead of the disk.
 */
import type { CheckSources, Draft } from '../server/src/core/check';
import { DEFAULT_SETTINGS } from '../server/src/core/settings';
import { FileHost, loadSources } from '../server/src/service/sources';
import type { GeneratedDraft } from './corpus';

const FOLDER = '/case';

export interface Prepared {
  draft: Draft;
  sources: CheckSources;
}

/** The draft as the checker takes it, with its lists loaded. */
export function prepare(d: GeneratedDraft): Prepared {
  const files = new Map<string, string>([
    [`${FOLDER}/exhibits.csv`, d.exhibitList],
    [`${FOLDER}/docket.csv`, d.docketList],
  ]);
  const host: FileHost = {
    readText: (path) => (files.has(path) ? { text: files.get(path)! } : { error: 'does not exist' }),
    listDir: (path) => (path === FOLDER ? [...files.keys()].map((f) => f.slice(FOLDER.length + 1)) : undefined),
    exists: (path) => files.has(path) || path === FOLDER,
  };
  const path = `${FOLDER}/brief.${d.format === 'markdown' ? 'md' : 'txt'}`;
  const { sources } = loadSources(path, FOLDER, DEFAULT_SETTINGS, host);
  return { draft: { text: d.text, format: d.format, path }, sources };
}
