import type { DocketList } from '../core/dockets/types';
import type { BrieflintSettings } from '../core/settings';
import type { FileHost } from './sources';

/** Finds and reads the docket list for a draft. Stub: filled in by the docket work. */
export function loadDocketList(
  draftPath: string | undefined,
  workspaceRoot: string | undefined,
  settings: BrieflintSettings,
  host: FileHost,
): { docketList?: DocketList; watched: string[] } {
  void draftPath;
  void workspaceRoot;
  void settings;
  void host;
  return { watched: [] };
}
