import * as path from 'node:path';
import { CONFIG_FILE, parseConfig } from '../core/config';
import { BrieflintSettings, DEFAULT_SETTINGS, mergeSettings, sanitizeSettings } from '../core/settings';
import { nodeFileHost } from '../nodeHost';
import { ServerContext, uriToPath } from './context';

/**
 * Settings per document: the workspace's `.brieflint.json` under the editor's `brieflint.*`
 * settings for that resource, asked once and kept until the settings or the file change.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<BrieflintSettings>>();

  constructor(private readonly ctx: ServerContext) {}

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
    const root = this.ctx.rootFor(uriToPath(uri));
    let base = DEFAULT_SETTINGS;
    if (root) {
      const read = nodeFileHost.readText(path.join(root, CONFIG_FILE));
      if ('text' in read) base = parseConfig(read.text, path.join(root, CONFIG_FILE)).settings;
    }
    const raw = this.ctx.client.configuration
      ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'brieflint' }).catch(() => undefined)
      : this.ctx.initialSettings;
    const { settings, problems } = sanitizeSettings(raw ?? {});
    for (const p of problems) connection.console.warn(`Setting brieflint.${p.key}: ${p.message}`);
    return mergeSettings(base, settings);
  }
}
