import type { CheckResult } from '../core/check';
import { groupPresentation } from '../core/families/registry';
import type { BrieflintSettings } from '../core/settings';
import { styleInForce } from '../core/styles/index';
import { authorityIndex } from './authorityIndex';

/** The custom notification the server sends after each check: what the status bar shows. */
export const STATUS_NOTIFICATION = 'brieflint/status';

export type StatusState = 'checking' | 'ready' | 'error' | 'off';

export interface DraftStatus {
  uri: string;
  state: StatusState;
  /** Citations found (every kind). */
  citations?: number;
  /** Distinct exhibits of the draft's own cited (not `Ex. B to Dkt. No. 12`). */
  exhibits?: number;
  /** Findings, and how many of them are errors. */
  problems?: number;
  errors?: number;
  /** The citation style the draft is held to, and whether `auto` chose it: `California Style Manual (auto)`. */
  style?: string;
  /** Why the draft is not checked, or what went wrong. */
  message?: string;
  /** What the status bar shows after "Brieflint": `12 citations · 3 exhibits · 2 problems`. */
  text: string;
}

/** The status of a checked draft: counts for the status bar, or why it was not checked. */
export function statusOf(uri: string, result: CheckResult, settings?: Pick<BrieflintSettings, 'style' | 'localRules'>): DraftStatus {
  if (result.declined) return withText({ uri, state: 'off', message: result.declined });
  // The draft's own citations: a generated table of authorities repeats them and does not count.
  const index = authorityIndex(result);
  const exhibits = index.groups.filter((g) => groupPresentation(g.key)?.counted?.includes?.(g.key) ?? false).length;
  return withText({
    uri,
    state: 'ready',
    citations: index.body.length,
    exhibits,
    problems: result.findings.length,
    errors: result.findings.filter((f) => f.severity === 'error').length,
    ...(settings ? { style: styleInForce(settings, result.citations).label } : {}),
  });
}

/** A status with its text filled in. */
export function withText(s: Omit<DraftStatus, 'text'>): DraftStatus {
  return { ...s, text: statusText(s) };
}

/** `12 citations · 3 exhibits · 2 problems`: the status bar text after a check. */
export function statusText(s: Omit<DraftStatus, 'text'>): string {
  const n = (count: number | undefined, one: string, many: string) => `${count ?? 0} ${count === 1 ? one : many}`;
  switch (s.state) {
    case 'checking':
      return 'checking…';
    case 'error':
      return 'error';
    case 'off':
      return 'not checked';
    default:
      return [n(s.citations, 'citation', 'citations'), n(s.exhibits, 'exhibit', 'exhibits'), n(s.problems, 'problem', 'problems'), ...(s.style ? [s.style] : [])].join(' · ');
  }
}

/** The status of a file the drafts read as a source (an exhibit or docket list, the settings file): not checked as a draft. */
export function sourceFileStatus(uri: string): DraftStatus {
  return withText({ uri, state: 'off', message: 'Brieflint reads this file as a source of the drafts (an exhibit or docket list, or settings), not as a draft.' });
}
