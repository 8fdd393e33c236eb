import type { SourceProblem } from './types';
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
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d+)/.exec(message);
    const pos = at(m ? Number(m[1]) : text.length);
    return {
      settings: { ...DEFAULT_SETTINGS },
      problems: [{ path, ...pos, code: 'config-invalid', message: `${CONFIG_FILE} is not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')}); using the default settings` }],
    };
  }
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
      const key = p.key.split('.').pop() ?? '';
      const offset = key ? text.indexOf(`"${key}"`) : -1;
      const tail = p.key === 'courtListener' ? '' : '; the default is used';
      return { path, ...at(Math.max(0, offset)), code: 'config-invalid', message: `${CONFIG_FILE}: ${p.message}${tail}` };
    }),
  };
}
