import * as path from 'node:path';
import { CONFIG_FILE } from '../core/config';
import type { BrieflintSettings } from '../core/settings';
import type { CheckSources } from '../core/types';
import { DOCKET_LIST_NAMES, loadDocketList } from './docketSources';
import { loadExhibitSources, manifestCandidates } from './exhibitSources';
import { MANIFEST_NAMES } from '../core/families/exhibits';
import type { FileHost } from './fileHost';

export type { FileHost } from './fileHost';

export interface LoadedSources {
  sources: CheckSources;
  /** Every file whose change should re-check the draft (found or looked for). */
  watched: string[];
}

/** A setting that names a source file or folder (in `.brieflint.json` without the `brieflint.` prefix). */
export interface SourceSetting {
  key: string;
  value(settings: BrieflintSettings): string;
  /** Where a relative path in it is read from, given the folder of the file that set it. */
  resolve(value: string, base: string, settings: BrieflintSettings): string;
}

/**
 * A kind of file a draft depends on besides itself, declared once for the command line and the
 * editor: what it is called, the settings that name it, the names it is looked for by, the
 * glob patterns the editor watches, and how it is found and read for a draft.
 */
export interface SourceKind {
  /** In messages: "exhibit list". */
  name: string;
  settings: readonly SourceSetting[];
  /** Names looked for beside the draft, then at the workspace root. */
  defaultNames: readonly string[];
  watch: readonly string[];
  /** Finds and reads it for a draft (the configuration is read by `config.ts`, before the others). */
  load?(draftPath: string | undefined, workspaceRoot: string | undefined, settings: BrieflintSettings, host: FileHost): { sources: CheckSources; watched: string[] };
}

const relativeTo = (value: string, base: string) => (path.isAbsolute(value) ? value : path.resolve(base, value));

export const SOURCE_KINDS: readonly SourceKind[] = [
  {
    name: 'settings file',
    settings: [],
    defaultNames: [CONFIG_FILE],
    watch: [`**/${CONFIG_FILE}`],
  },
  {
    name: 'exhibit list',
    settings: [
      { key: 'exhibits.manifest', value: (s) => s.exhibits.manifest, resolve: (_, base, s) => manifestCandidates(undefined, base, s)[0] },
      { key: 'exhibits.folder', value: (s) => s.exhibits.folder, resolve: relativeTo },
    ],
    defaultNames: MANIFEST_NAMES,
    // Broad: a list can have any name; only changes to paths an open draft's sources were looked
    // for in re-check it. Exhibit files of a folder are watched as the drafts name them.
    watch: ['**/*.{csv,json,yaml,yml}', '**/*.{pdf,PDF}'],
    load(draftPath, root, settings, host) {
      const { exhibits, watched } = loadExhibitSources(draftPath, root, settings, host);
      return { sources: exhibits ? { exhibits } : {}, watched };
    },
  },
  {
    name: 'docket list',
    settings: [{ key: 'docket.list', value: (s) => s.docket.list, resolve: relativeTo }],
    defaultNames: DOCKET_LIST_NAMES,
    watch: ['**/*.{csv,json}'],
    load(draftPath, root, settings, host) {
      const { docketList, watched } = loadDocketList(draftPath, root, settings, host);
      return { sources: docketList ? { docketList } : {}, watched };
    },
  },
];

/** Every glob the editor watches for the drafts' sources, each once. */
export function sourceWatchPatterns(): string[] {
  return [...new Set(SOURCE_KINDS.flatMap((k) => k.watch))];
}

/**
 * Finds and loads every source of a draft, in the order DESIGN.md gives. `draftPath` and
 * `workspaceRoot` are absolute file paths.
 */
export function loadSources(draftPath: string | undefined, workspaceRoot: string | undefined, settings: BrieflintSettings, host: FileHost): LoadedSources {
  const sources: CheckSources = {};
  const watched: string[] = [];
  for (const kind of SOURCE_KINDS) {
    if (!kind.load) continue;
    const loaded = kind.load(draftPath, workspaceRoot, settings, host);
    Object.assign(sources, loaded.sources);
    watched.push(...loaded.watched);
  }
  return { sources, watched };
}

/**
 * The source files and folders a settings file names that do not exist: a mistake to report as
 * an error (a check against no exhibit list would pass what it should not). `base`: the folder
 * of the settings file; `skip`: settings given on the command line instead.
 */
export function missingSources(settings: BrieflintSettings, base: string, host: FileHost, skip: ReadonlySet<string> = new Set()): Array<{ kind: SourceKind; setting: SourceSetting; value: string; path: string }> {
  const out: Array<{ kind: SourceKind; setting: SourceSetting; value: string; path: string }> = [];
  for (const kind of SOURCE_KINDS) {
    for (const setting of kind.settings) {
      const value = setting.value(settings);
      if (value === '' || skip.has(setting.key)) continue;
      const file = setting.resolve(value, base, settings);
      if (file && !host.exists(file)) out.push({ kind, setting, value, path: file });
    }
  }
  return out;
}
