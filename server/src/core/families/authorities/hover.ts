import type { Citation } from '../../types';
import { laterReferencesTo } from '../common';
import type { HoverContext } from '../family';

/** Hover for a statute or rule: what it is, and how often the draft cites it again. */
export function describeAuthority(c: Citation, { result }: HoverContext): string {
  const later = laterReferencesTo(c, result.citations);
  return [
    `**${c.kind === 'rule' ? 'Rule' : 'Statute'}** \`${c.text}\``,
    later === 0 ? 'Not cited again later in this draft.' : `Cited again ${later} time${later === 1 ? '' : 's'} later in this draft.`,
  ].join('\n\n');
}
