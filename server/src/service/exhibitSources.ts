import type { ExhibitSources } from '../core/exhibits/types';
import type { BrieflintSettings } from '../core/settings';
import type { FileHost } from './sources';

/** Finds and reads the exhibit list and exhibit folder for a draft. Stub: filled in by the exhibits work. */
export function loadExhibitSources(
  draftPath: string | undefined,
  workspaceRoot: string | undefined,
  settings: BrieflintSettings,
  host: FileHost,
): { exhibits?: ExhibitSources; watched: string[] } {
  void draftPath;
  void workspaceRoot;
  void settings;
  void host;
  return { watched: [] };
}
