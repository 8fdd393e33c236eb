import * as path from 'node:path';
import type { FileHost } from './fileHost';

/**
 * "Check Whole Workspace": which files are drafts. The server checks each, puts its problems in
 * the Problems panel, reports progress and stops when cancelled.
 */

/** File extensions of drafts, and the language each is read as. */
export const DRAFT_LANGUAGES: Readonly<Record<string, 'markdown' | 'plaintext'>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
};

/** Folders that hold no drafts: tools, builds, version control. Hidden folders are skipped too. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build', 'target', 'bower_components']);

export interface DraftSearch {
  /** Language ids the user has Brieflint check (`brieflint.languages`). */
  languages: readonly string[];
  /** Stop after this many drafts (a huge folder opened by mistake). */
  maxFiles?: number;
  /** Stop descending below this depth. */
  maxDepth?: number;
}

export interface DraftsFound {
  /** Absolute paths, sorted within each folder, folders depth-first. */
  files: string[];
  /** True when `maxFiles` cut the search short. */
  truncated: boolean;
}

/** Every draft under the workspace folders, in a stable order; each file once. */
export function findDrafts(roots: readonly string[], host: FileHost, search: DraftSearch): DraftsFound {
  const maxFiles = search.maxFiles ?? 5000;
  const maxDepth = search.maxDepth ?? 24;
  const files: string[] = [];
  const seen = new Set<string>();
  let truncated = false;
  const walk = (dir: string, depth: number): void => {
    if (truncated) return;
    const names = host.listDir(dir);
    if (!names) return;
    for (const name of [...names].sort(byName)) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      const language = DRAFT_LANGUAGES[path.extname(name).toLowerCase()];
      if (language) {
        if (!search.languages.includes(language) || seen.has(full) || isFolder(host, full)) continue;
        if (files.length >= maxFiles) {
          truncated = true;
          return;
        }
        seen.add(full);
        files.push(full);
      } else if (!SKIPPED_FOLDERS.has(name) && depth < maxDepth) {
        walk(full, depth + 1);
        if (truncated) return;
      }
    }
  };
  for (const root of roots) walk(root, 0);
  return { files, truncated };
}

function isFolder(host: FileHost, full: string): boolean {
  return host.listDir(full) !== undefined;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `Checked 12 drafts: 30 problems in 5 of them.` / `… stopped after 4 of 12 drafts.` */
export function workspaceSummary(checked: number, total: number, problems: number, withProblems: number, cancelled: boolean, truncated: boolean): string {
  const drafts = (n: number) => `${n} draft${n === 1 ? '' : 's'}`;
  const head = cancelled ? `Stopped after ${checked} of ${drafts(total)}` : `Checked ${drafts(checked)}`;
  const found = problems === 0 ? 'no problems' : `${problems} problem${problems === 1 ? '' : 's'} in ${withProblems} of them`;
  const more = truncated ? ` The workspace has more; only the first ${total} were checked.` : '';
  return `${head}: ${found}.${more}`;
}
