import { isRuleCode, RULES } from './rules/catalogue';
import type { Severity } from './types';
import { BrieflintSettings, DEFAULT_SETTINGS, DOCKET_STYLE_NAMES, DocketStyle, LOCAL_RULE_NAMES, LocalRuleName, RuleSetting, STYLE_NAMES, StyleSetting } from './settingsModel';
import { readCourtListenerSettings } from './verify/settings';

export type { BrieflintSettings, DocketStyle, LocalRuleName, RuleSetting, StyleSetting } from './settingsModel';
export { DEFAULT_SETTINGS, DOCKET_STYLE_NAMES, LOCAL_RULE_NAMES, STYLE_NAMES } from './settingsModel';

const SEVERITIES: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const DOCKET_STYLES: readonly string[] = DOCKET_STYLE_NAMES;

export interface SettingsProblem {
  /** Dotted path of the offending key, e.g. `rules.exhibit-unresolvd`. */
  key: string;
  message: string;
}

/** Turns raw JSON (editor settings or `.brieflint.json`) into settings; bad values fall back to defaults. */
export function sanitizeSettings(raw: unknown): { settings: BrieflintSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const settings: BrieflintSettings = structuredCloneSettings(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ key: '', message: 'settings must be an object' });
    return { settings, problems };
  }
  const o = raw as Record<string, unknown>;
  const bool = (key: string, value: unknown, set: (v: boolean) => void) => {
    if (value === undefined) return;
    if (typeof value === 'boolean') set(value);
    else problems.push({ key, message: `"${key}" must be true or false` });
  };
  const str = (key: string, value: unknown, set: (v: string) => void) => {
    if (value === undefined || value === null) return;
    if (typeof value === 'string') set(value.trim());
    else problems.push({ key, message: `"${key}" must be a string` });
  };
  bool('enable', o.enable, (v) => (settings.enable = v));
  bool('codeLens', o.codeLens, (v) => (settings.codeLens = v));
  bool('inlayHints', o.inlayHints, (v) => (settings.inlayHints = v));
  if (o.languages !== undefined) {
    if (Array.isArray(o.languages) && o.languages.every((l) => typeof l === 'string')) settings.languages = [...(o.languages as string[])];
    else problems.push({ key: 'languages', message: '"languages" must be a list of language ids' });
  }
  if (o.maxFileSizeMB !== undefined) {
    if (typeof o.maxFileSizeMB === 'number' && o.maxFileSizeMB > 0 && Number.isFinite(o.maxFileSizeMB)) settings.maxFileSizeMB = o.maxFileSizeMB;
    else problems.push({ key: 'maxFileSizeMB', message: '"maxFileSizeMB" must be a positive number' });
  }
  if (o.rules !== undefined) {
    if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) {
      problems.push({ key: 'rules', message: '"rules" must be an object of rule code to severity or "off"' });
    } else {
      for (const [code, value] of Object.entries(o.rules as Record<string, unknown>)) {
        if (!isRuleCode(code)) {
          problems.push({ key: `rules.${code}`, message: `unknown rule code "${code}"${suggestCode(code)}` });
        } else if (typeof value === 'string' && (SEVERITIES as string[]).includes(value)) {
          settings.rules[code] = value as RuleSetting;
        } else if (typeof value === 'boolean') {
          if (!value) settings.rules[code] = 'off';
        } else {
          problems.push({ key: `rules.${code}`, message: `"${code}" must be one of ${SEVERITIES.join(', ')}` });
        }
      }
    }
  }
  const section = (name: string): Record<string, unknown> | undefined => {
    const v = o[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    problems.push({ key: name, message: `"${name}" must be an object` });
    return undefined;
  };
  const exhibits = section('exhibits');
  if (exhibits) {
    str('exhibits.manifest', exhibits.manifest, (v) => (settings.exhibits.manifest = v));
    str('exhibits.folder', exhibits.folder, (v) => (settings.exhibits.folder = v));
  }
  const docket = section('docket');
  if (docket) {
    str('docket.list', docket.list, (v) => (settings.docket.list = v));
    str('docket.style', docket.style, (v) => {
      if (v === '' || DOCKET_STYLES.includes(v)) settings.docket.style = v as DocketStyle | '';
      else problems.push({ key: 'docket.style', message: `"docket.style" must be one of ${DOCKET_STYLES.map((s) => `"${s}"`).join(', ')}` });
    });
  }
  str('style', o.style, (v) => {
    if ((STYLE_NAMES as readonly string[]).includes(v)) settings.style = v as StyleSetting;
    else problems.push({ key: 'style', message: `"style" must be one of ${STYLE_NAMES.map((n) => `"${n}"`).join(', ')}` });
  });
  if (o.localRules !== undefined) {
    if (Array.isArray(o.localRules) && o.localRules.every((r) => typeof r === 'string')) {
      const names: LocalRuleName[] = [];
      for (const r of o.localRules as string[]) {
        if ((LOCAL_RULE_NAMES as readonly string[]).includes(r)) {
          if (!names.includes(r as LocalRuleName)) names.push(r as LocalRuleName);
        } else problems.push({ key: 'localRules', message: `unknown local rules "${r}": known are ${LOCAL_RULE_NAMES.map((n) => `"${n}"`).join(', ')}` });
      }
      settings.localRules = names;
    } else problems.push({ key: 'localRules', message: '"localRules" must be a list of court rule names' });
  }
  if (o.courtListener !== undefined) {
    const read = readCourtListenerSettings(o.courtListener);
    settings.courtListener = read.settings;
    problems.push(...read.problems);
  }
  return { settings, problems };
}

function structuredCloneSettings(s: BrieflintSettings): BrieflintSettings {
  return { ...s, languages: [...s.languages], rules: { ...s.rules }, exhibits: { ...s.exhibits }, docket: { ...s.docket }, localRules: [...s.localRules], courtListener: { ...s.courtListener } };
}

/** ` (did you mean "x"?)` for a mistyped rule code, or ''. */
export function suggestCode(code: string): string {
  let best = '';
  let bestDistance = Infinity;
  for (const r of RULES) {
    const d = editDistance(code, r.code);
    if (d < bestDistance) {
      bestDistance = d;
      best = r.code;
    }
  }
  return bestDistance <= 3 ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance, for short strings only (codes, abbreviations). */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The severity a finding of `code` gets under `settings`, or undefined when the rule is off. */
export function effectiveSeverity(code: string, settings: BrieflintSettings, fallback: Severity): Severity | undefined {
  const set = settings.rules[code];
  if (set === 'off') return undefined;
  return set ?? fallback;
}

/**
 * Settings from two places, `override` winning where it differs from the defaults: the
 * workspace's `.brieflint.json` under the editor's settings, so editor and CI agree unless the
 * user changed something in the editor.
 */
export function mergeSettings(base: BrieflintSettings, override: BrieflintSettings): BrieflintSettings {
  const d = DEFAULT_SETTINGS;
  const pick = <T>(b: T, o: T, def: T): T => (JSON.stringify(o) !== JSON.stringify(def) ? o : b);
  return {
    enable: pick(base.enable, override.enable, d.enable),
    languages: pick(base.languages, override.languages, d.languages),
    rules: { ...base.rules, ...override.rules },
    exhibits: {
      manifest: pick(base.exhibits.manifest, override.exhibits.manifest, d.exhibits.manifest),
      folder: pick(base.exhibits.folder, override.exhibits.folder, d.exhibits.folder),
    },
    docket: {
      style: pick(base.docket.style, override.docket.style, d.docket.style),
      list: pick(base.docket.list, override.docket.list, d.docket.list),
    },
    style: pick(base.style, override.style, d.style),
    localRules: pick(base.localRules, override.localRules, d.localRules),
    maxFileSizeMB: pick(base.maxFileSizeMB, override.maxFileSizeMB, d.maxFileSizeMB),
    codeLens: pick(base.codeLens, override.codeLens, d.codeLens),
    inlayHints: pick(base.inlayHints, override.inlayHints, d.inlayHints),
    // The editor's own settings only: a file in the workspace never turns verification on.
    courtListener: override.courtListener,
  };
}
