import * as path from 'node:path';
import { BrieflintSettings, mergeSettings, sanitizeSettings } from '../core/settings';
import { configFor } from '../service/config';
import { ServerContext, uriToPath } from './context';
import type { ProblemBoard } from './problems';

/**
 * Settings per document: the draft's `.brieflint.json` (the nearest in its folder or above, as
 * the command line finds it) under the editor's `brieflint.*` settings for that resource, asked
 * once and kept until the settings or the file change. Problems in a `.brieflint.json` are shown
 * in that file, at their line.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<BrieflintSettings>>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly board: ProblemBoard,
  ) {}

  for(uri: string): Promise<BrieflintSettings> {
    let cached = this.cache.get(uri);
    if (!cached) {
      cached = this.read(uri);
      this.cache.set(uri, cached);
    }
    return cached;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  private async read(uri: string): Promise<BrieflintSettings> {
    const { connection } = this.ctx;
    const file = uriToPath(uri);
    // A draft not saved yet is configured from the workspace folder it would be saved in.
    const config = configFor(file ?? (this.ctx.workspaceFolders[0] ? path.join(this.ctx.workspaceFolders[0], 'untitled') : undefined), this.ctx.host);
    if (config.path) this.board.set(`config ${config.path}`, config.problems);
    const base = config.settings;
    const raw = this.ctx.client.configuration
      ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'brieflint' }).catch(() => undefined)
      : this.ctx.initialSettings;
    const { settings, problems } = sanitizeSettings(raw ?? {});
    for (const p of problems) connection.console.warn(`Setting brieflint.${p.key}: ${p.message}`);
    return mergeSettings(base, settings);
  }
}
