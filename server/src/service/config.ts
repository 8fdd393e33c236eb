import * as path from 'node:path';
import { CONFIG_FILE, parseConfig } from '../core/config';
import { BrieflintSettings, DEFAULT_SETTINGS } from '../core/settings';
import type { SourceProblem } from '../core/types';
import type { FileHost } from './fileHost';

/** A `.brieflint.json` read: its settings and problems, and where it is (none found: no path). */
export interface LoadedConfig {
  settings: BrieflintSettings;
  problems: SourceProblem[];
  path?: string;
}

/**
 * The `.brieflint.json` that configures a draft: the nearest one in the draft's folder or a
 * folder above it, as git finds `.gitignore`. The command line and the editor find it the same
 * way, so a draft in a subfolder is configured alike in both.
 */
export function findConfigFile(draftPath: string, host: FileHost): string | undefined {
  for (let dir = path.dirname(draftPath); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (host.exists(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads a `.brieflint.json`. `explicit`: named by the user (`--config`), so a file that cannot be
 * read is a problem; a file found by looking that then cannot be read is passed over.
 */
export function loadConfigFile(file: string, host: FileHost, explicit: boolean): LoadedConfig {
  const read = host.readText(file);
  if ('error' in read) {
    return {
      settings: DEFAULT_SETTINGS,
      problems: explicit ? [{ path: file, line: 0, column: 0, code: 'config-unreadable', message: `cannot read the settings file ${file}: it ${read.error}` }] : [],
      path: file,
    };
  }
  return { ...parseConfig(read.text, file), path: file };
}

/** The configuration of a draft (the defaults where no `.brieflint.json` is found). */
export function configFor(draftPath: string | undefined, host: FileHost): LoadedConfig {
  const file = draftPath ? findConfigFile(draftPath, host) : undefined;
  return file ? loadConfigFile(file, host, false) : { settings: DEFAULT_SETTINGS, problems: [] };
}
