import type { CheckSources } from '../core/check';
import type { BrieflintSettings } from '../core/settings';
import { loadDocketList } from './docketSources';
import { loadExhibitSources } from './exhibitSources';
import { loadRecordSources } from './recordSources';
import type { SourceProblem } from '../core/types';
import type { FileHost } from './fileHost';

export type { FileHost } from './fileHost';

export interface LoadedSources {
  sources: CheckSources;
  /** Every file whose change should re-check the draft (found or looked for). */
  watched: string[];
  /** The problems of every source file (exhibit list, docket list, record index and files), to show in those files. */
  problems: SourceProblem[];
}

/** What the loaded sources depend on in the settings: when it changes, they are loaded again. */
export function sourcesSettingsKey(settings: BrieflintSettings): string {
  return JSON.stringify([settings.exhibits, settings.docket, settings.record]);
}

/**
 * Finds and loads the exhibit, docket and record sources for a draft, in the order DESIGN.md gives.
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
  const record = loadRecordSources(draftPath, workspaceRoot, settings, host);
  const sources: CheckSources = {};
  if (exhibits.exhibits) sources.exhibits = exhibits.exhibits;
  if (docket.docketList) sources.docketList = docket.docketList;
  if (record.record) sources.record = record.record;
  return { sources, watched: [...exhibits.watched, ...docket.watched, ...record.watched], problems: sourceProblems(sources) };
}

/** The problems the sources found in their own files (exhibit list, docket list, record index and files). */
export function sourceProblems(sources: CheckSources): SourceProblem[] {
  return [...(sources.exhibits?.problems ?? []), ...(sources.docketList?.problems ?? []), ...(sources.record?.problems ?? [])];
}
