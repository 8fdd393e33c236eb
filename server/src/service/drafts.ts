import * as path from 'node:path';
import type { FileHost } from './fileHost';

/**
 * Which files are drafts, and the one walk of folders that finds them, for the command line
 * (`brieflint check FOLDER`) and the editor ("Check Whole Workspace") alike.
 */

/** File extensions of drafts, and the language each is read as. */
export const DRAFT_LANGUAGES: Readonly<Record<string, 'markdown' | 'plaintext'>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
};

/** Word and PDF files: drafts too, but not read yet (they are listed as skipped, with why). */
export const UNREAD_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.doc'];

/** Folders that hold no drafts: tools, builds, dependencies. Hidden folders (`.git`) are skipped too. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'out', 'dist', 'build', 'target', 'bower_components']);

export interface FolderWalk {
  /** A draft (by its extension) or an unread Word or PDF file; return `false` to stop the walk. */
  onFile(full: string, kind: 'draft' | 'unread'): boolean | void;
  /** Stop descending below this depth (default 24). */
  maxDepth?: number;
}

/**
 * Walks `root` depth-first, names sorted within each folder, skipping hidden and tool folders,
 * Office's lock files (`~$brief.docx`) and files that are neither drafts nor Word or PDF.
 * Returns false when `onFile` stopped it.
 */
export function walkDrafts(root: string, host: FileHost, walk: FolderWalk): boolean {
  const maxDepth = walk.maxDepth ?? 24;
  const visit = (dir: string, depth: number): boolean => {
    const names = host.listDir(dir);
    if (!names) return true;
    for (const name of [...names].sort(byName)) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      const ext = path.extname(name).toLowerCase();
      const kind = DRAFT_LANGUAGES[ext] ? 'draft' : UNREAD_EXTENSIONS.includes(ext) && !name.startsWith('~$') ? 'unread' : undefined;
      if (kind && host.listDir(full) === undefined) {
        if (walk.onFile(full, kind) === false) return false;
      } else if (!kind && !SKIPPED_FOLDERS.has(name) && depth < maxDepth) {
        if (!visit(full, depth + 1)) return false;
      }
    }
    return true;
  };
  return visit(root, 0);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
