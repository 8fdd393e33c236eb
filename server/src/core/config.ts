import type { SourceProblem } from './types';
import { isJsonObject, JsonObject, JsonRead, JsonValue, readJson } from './text/json';
import { LineIndex } from './text/lines';
import { BrieflintSettings, DEFAULT_SETTINGS, sanitizeSettings } from './settings';

export const CONFIG_FILE = '.brieflint.json';

/**
 * Parses a `.brieflint.json`. A file that is not JSON, or has bad values, yields problems at
 * their line and column, and the defaults (or the good values) are used: a typo in the config
 * never stops a check.
 */
export function parseConfig(text: string, path: string): { settings: BrieflintSettings; problems: SourceProblem[] } {
  const lines = new LineIndex(text);
  const at = (offset: number) => lines.positionAt(offset);
  const read = text.trim() === '' ? undefined : readJson(text);
  if (read?.error) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problems: [{ path, ...at(read.error.offset), code: 'config-invalid', message: `${CONFIG_FILE} is not valid JSON (${read.error.message}); using the default settings` }],
    };
  }
  const raw: unknown = read ? read.value : {};
  const { settings, problems } = sanitizeSettings(raw);
  if (raw && typeof raw === 'object' && 'courtListener' in raw) {
    // Online verification is turned on, and its address set, in the editor or on the command line
    // (--verify, COURTLISTENER_TOKEN, COURTLISTENER_BASE_URL), never by a file in the folder.
    settings.courtListener = DEFAULT_SETTINGS.courtListener;
    problems.push({ key: 'courtListener', message: '"courtListener" is not read from this file (use the editor settings, or --verify and COURTLISTENER_BASE_URL on the command line); it is ignored' });
  }
  return {
    settings,
    problems: problems.map((p) => {
      const offset = read ? keyOffset(read, p.key) : 0;
      const tail = p.key === 'courtListener' ? '' : '; the default is used';
      return { path, ...at(offset), code: 'config-invalid', message: `${CONFIG_FILE}: ${p.message}${tail}` };
    }),
  };
}

/** Where the setting at dotted `key` (`rules.exhibit-ordr`) stands: its key, or the nearest enclosing one found; 0 if none. */
function keyOffset(read: JsonRead, key: string): number {
  let node: unknown = read.value;
  let offset = 0;
  for (const name of key.split('.')) {
    if (!isJsonObject(node as JsonValue)) break;
    const at = read.keyOffsets.get(node as JsonObject)?.get(name);
    if (at === undefined) break;
    offset = at;
    node = (node as JsonObject)[name];
  }
  return offset;
}
