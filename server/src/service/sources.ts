import type { CheckSources } from '../core/check';
import type { BrieflintSettings } from '../core/settings';
import { loadDocketList } from './docketSources';
import { loadExhibitSources } from './exhibitSources';
import type { FileHost } from './fileHost';

export type { FileHost } from './fileHost';

export interface LoadedSources {
  sources: CheckSources;
  /** Every file whose change should re-check the draft (found or looked for). */
  watched: string[];
}

/**
 * Finds and loads the exhibit and docket sources for a draft, in the order DESIGN.md gives.
 * `draftPath` and `workspaceRoot` are absolute file paths.
 */
export function loadSources(
  draftPath: string | undefined,
  workspaceRoot: string | undefined,
  settings: BrieflintSettings,
  host: FileHost,
): LoadedSources {
  const exhibits = loadExhibitSources(draftPath, workspaceRoot, settings, host);
  const docket = loadDocketList(draftPath, workspaceRoot, settings, host);
  const sources: CheckSources = {};
  if (exhibits.exhibits) sources.exhibits = exhibits.exhibits;
  if (docket.docketList) sources.docketList = docket.docketList;
  return { sources, watched: [...exhibits.watched, ...docket.watched] };
}
