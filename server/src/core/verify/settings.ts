import { CourtListenerSettings, DEFAULT_COURTLISTENER_SETTINGS, VerifyMode } from './types';

/**
 * The `courtListener` section of Brieflint's settings (`brieflint.courtListener.*` in the editor,
 * `"courtListener": {…}` in `.brieflint.json`), checked: bad values fall back to the defaults —
 * which keep verification off — and are reported.
 */

const MODES: readonly VerifyMode[] = ['off', 'onSave', 'onCommand'];

export interface CourtListenerSettingsProblem {
  /** Dotted key under the settings root (`courtListener.verify`). */
  key: string;
  message: string;
}

export function readCourtListenerSettings(raw: unknown): { settings: CourtListenerSettings; problems: CourtListenerSettingsProblem[] } {
  const settings: CourtListenerSettings = { ...DEFAULT_COURTLISTENER_SETTINGS };
  const problems: CourtListenerSettingsProblem[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ key: 'courtListener', message: '"courtListener" must be an object' });
    return { settings, problems };
  }
  const o = raw as Record<string, unknown>;
  if (o.verify !== undefined) {
    if (typeof o.verify === 'string' && (MODES as string[]).includes(o.verify)) settings.verify = o.verify as VerifyMode;
    else problems.push({ key: 'courtListener.verify', message: `"courtListener.verify" must be one of ${MODES.map((m) => `"${m}"`).join(', ')}` });
  }
  if (o.baseUrl !== undefined && o.baseUrl !== null && o.baseUrl !== '') {
    const problem = typeof o.baseUrl === 'string' ? baseUrlProblem(o.baseUrl) : 'must be a string';
    if (problem) problems.push({ key: 'courtListener.baseUrl', message: `"courtListener.baseUrl" ${problem}` });
    else settings.baseUrl = normalizeBaseUrl(o.baseUrl as string);
  }
  return { settings, problems };
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why a service address cannot be used, or undefined. The API token travels with every request,
 * so plain `http:` is allowed only to this machine (a test server, a local instance).
 */
export function baseUrlProblem(url: string): string | undefined {
  if (url.length > 2048) return 'is too long to be an address';
  const m = /^(https?):\/\/([^\s/?#@]+?)(?::(\d{1,5}))?(?:\/[^\s?#]*)?$/i.exec(url.trim());
  if (!m) return `must be an address such as ${DEFAULT_COURTLISTENER_SETTINGS.baseUrl}, not "${url}"`;
  if (m[1].toLowerCase() === 'http' && !LOOPBACK.test(m[2])) return `must use https (the API token would otherwise cross the network unencrypted): "${url}"`;
  return undefined;
}

/** The address without trailing slashes. */
export function normalizeBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** The citation lookup endpoint of a service address. */
export function lookupEndpoint(baseUrl: string): string {
  return `${normalizeBaseUrl(baseUrl)}/api/rest/v4/citation-lookup/`;
}
