import * as path from 'node:path';
import { DRAFT_LANGUAGES, walkDrafts } from './drafts';
import type { FileHost } from './fileHost';


/**
 * "Check Whole Workspace": which files are drafts. The server checks each, puts its problems in
 * the Problems panel, reports progress and stops when cancelled.
 */

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
  const files: string[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (const root of roots) {
    const finished = walkDrafts(root, host, {
      maxDepth: search.maxDepth,
      onFile(full, kind) {
        const language = DRAFT_LANGUAGES[path.extname(full).toLowerCase()];
        if (kind !== 'draft' || !search.languages.includes(language) || seen.has(full)) return;
        if (files.length >= maxFiles) {
          truncated = true;
          return false;
        }
        seen.add(full);
        files.push(full);
      },
    });
    if (!finished) break;
  }
  return { files, truncated };
}

/** `Checked 12 drafts: 30 problems in 5 of them.` / `… stopped after 4 of 12 drafts.` */
export function workspaceSummary(checked: number, total: number, problems: number, withProblems: number, cancelled: boolean, truncated: boolean): string {
  const drafts = (n: number) => `${n} draft${n === 1 ? '' : 's'}`;
  const head = cancelled ? `Stopped after ${checked} of ${drafts(total)}` : `Checked ${drafts(checked)}`;
  const found = problems === 0 ? 'no problems' : `${problems} problem${problems === 1 ? '' : 's'} in ${withProblems} of them`;
  const more = truncated ? ` The workspace has more; only the first ${total} were checked.` : '';
  return `${head}: ${found}.${more}`;
}
