import * as path from 'node:path';
import { DOCKET_LIST_CODE, parseDocketList } from '../core/families/dockets';
import type { DocketList } from '../core/families/dockets';
import type { BrieflintSettings } from '../core/settings';
import type { FileHost } from './fileHost';

/** File names looked for beside the draft, then at the workspace root, in this order. */
export const DOCKET_LIST_NAMES = ['docket.csv', 'docket.json'];

/**
 * Finds and reads the docket list for a draft: the file named by `brieflint.docket.list`
 * (relative to the workspace folder, or absolute), else `docket.csv` or `docket.json` beside
 * the draft, else at the workspace root. A list named in the settings that cannot be read is
 * reported as a problem in that list; a list merely looked for and absent is not a problem.
 *
 * `watched` holds every path looked at, so that creating or changing one re-checks the draft.
 */
export function loadDocketList(
  draftPath: string | undefined,
  workspaceRoot: string | undefined,
  settings: BrieflintSettings,
  host: FileHost,
): { docketList?: DocketList; watched: string[] } {
  const configured = settings.docket.list;
  if (configured) {
    const base = workspaceRoot ?? (draftPath ? path.dirname(draftPath) : undefined);
    const file = path.isAbsolute(configured) || !base ? configured : path.join(base, configured);
    return { docketList: readList(file, host, 'brieflint.docket.list'), watched: [file] };
  }
  const folders: string[] = [];
  if (draftPath) folders.push(path.dirname(draftPath));
  if (workspaceRoot && !folders.includes(workspaceRoot)) folders.push(workspaceRoot);
  const candidates = folders.flatMap((folder) => DOCKET_LIST_NAMES.map((name) => path.join(folder, name)));
  const found = candidates.find((file) => host.exists(file));
  return found ? { docketList: readList(found, host), watched: candidates } : { watched: candidates };
}

/** Reads and parses one list; an unreadable file becomes a list with one problem and no entries. */
function readList(file: string, host: FileHost, setting?: string): DocketList {
  const read = host.readText(file);
  if ('error' in read) {
    const why = setting ? ` (named in the setting ${setting})` : '';
    return {
      path: file,
      entries: new Map(),
      problems: [{ path: file, line: 0, column: 0, code: DOCKET_LIST_CODE, message: `cannot read the docket list ${file}${why}: ${/^is /.test(read.error) ? 'it ' : ''}${read.error}` }],
      complete: false,
    };
  }
  return parseDocketList(read.text, file);
}
