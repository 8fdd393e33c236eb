import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, type FileSystemWatcher } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../core/config';
import type { BrieflintSettings } from '../core/settings';
import type { CheckSources, SourceProblem } from '../core/types';
import { nodeFileHost } from '../nodeHost';
import { LoadedSources, loadSources, SOURCE_KINDS, sourceWatchPatterns } from '../service/sources';
import type { ServerContext } from './context';
import type { ProblemBoard } from './problems';

/**
 * The files a draft depends on besides itself (exhibit and docket lists, exhibit folders): read
 * once per draft and settings, not on every keystroke; watched, so that a change to one
 * re-checks the drafts that use it; their own problems published on their own URIs (`ProblemBoard`).
 */
export class SourceStore {
  private readonly cache = new Map<string, { key: string; loaded: LoadedSources }>();
  /**
   * For each open draft, as of its latest check: the files and folders its sources were looked
   * for in (a change to one re-checks it), and the problems those sources have.
   */
  private readonly byDraft = new Map<string, { watched: string[]; problems: SourceProblem[] }>();
  /** Source paths already looked at for a watcher of their own (see `watchExtra`). */
  private readonly extraWatched = new Set<string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly board: ProblemBoard,
  ) {}

  /** The sources of the draft at `uri` (kept while it is open, for these settings). */
  for(uri: string, file: string | undefined, settings: BrieflintSettings): LoadedSources {
    const key = JSON.stringify([settings.exhibits, settings.docket]);
    const cached = this.cache.get(uri);
    if (cached && cached.key === key) return cached.loaded;
    const loaded = loadSources(file, this.ctx.rootFor(file), settings, this.ctx.host);
    if (this.ctx.documents.get(uri)) this.cache.set(uri, { key, loaded }); // open drafts only (closing one clears it)
    return loaded;
  }

  /** Forgets what was read, so the next check reads the sources again. */
  clear(): void {
    this.cache.clear();
  }

  has(uri: string): boolean {
    return this.byDraft.has(uri);
  }

  /** Records an open draft's source files and publishes their problems; without them, forgets the draft. */
  note(uri: string, watched?: string[], sources?: CheckSources): void {
    if (watched && sources) {
      const problems = [...(sources.exhibits?.problems ?? []), ...(sources.docketList?.problems ?? [])];
      this.byDraft.set(uri, { watched, problems });
      this.watchExtra(watched);
      this.board.set(`sources of ${uri}`, problems);
    } else {
      this.byDraft.delete(uri);
      this.board.set(`sources of ${uri}`, []);
    }
  }

  /** A closed draft: its sources are read again when it is opened again. */
  forget(uri: string): void {
    this.cache.delete(uri);
    if (this.byDraft.has(uri)) this.note(uri);
  }

  /**
   * Whether a file is a source rather than a draft: an exhibit or docket list or a settings file
   * by its name, or a file an open draft's sources were looked for in. Opened in the editor, it is
   * read as a source, not checked as a draft.
   */
  isSourceFile(file: string): boolean {
    if (SOURCE_KINDS.some((k) => k.defaultNames.includes(path.basename(file)))) return true;
    for (const { watched } of this.byDraft.values()) if (watched.includes(file)) return true;
    return false;
  }

  /** Whether a changed file bears on an open draft: a settings file, or a path its sources were looked for in (or inside one, a folder). */
  isSourceOfOpenDraft(file: string): boolean {
    if (path.basename(file) === CONFIG_FILE) return true;
    for (const { watched } of this.byDraft.values()) {
      for (const w of watched) if (file === w || file.startsWith(w + path.sep)) return true;
    }
    return false;
  }

  /**
   * Watches the sources the static globs miss: an exhibit folder's files (any extension), and
   * lists outside the workspace folders. A folder is watched where the client can watch a
   * pattern relative to it; otherwise by its name within the workspace.
   */
  private watchExtra(watched: string[]): void {
    const { client, connection, workspaceFolders } = this.ctx;
    if (!client.watchRegistration) return;
    const watchers: FileSystemWatcher[] = [];
    for (const p of watched) {
      if (this.extraWatched.has(p)) continue;
      this.extraWatched.add(p);
      // The exhibit folder (lists are files with an extension), whether or not it exists yet.
      const isFolder = nodeFileHost.listDir(p) !== undefined || path.extname(p) === '';
      const inWorkspace = workspaceFolders.some((f) => p === f || p.startsWith(f + path.sep));
      if (!isFolder && inWorkspace) continue; // a list in the workspace: the static globs cover it
      if (client.relativePatterns) {
        watchers.push(
          isFolder
            ? { globPattern: { baseUri: pathToFileURL(p).href, pattern: '**/*' } }
            : { globPattern: { baseUri: pathToFileURL(path.dirname(p)).href, pattern: path.basename(p) } },
        );
      } else if (isFolder && inWorkspace) {
        watchers.push({ globPattern: `**/${path.basename(p)}/**` });
      }
    }
    if (watchers.length > 0) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  }
}

/** The watchers registered at start: broad, from every source kind; only changes to an open draft's sources re-check. */
export const STATIC_WATCHERS: FileSystemWatcher[] = sourceWatchPatterns().map((globPattern) => ({ globPattern }));
