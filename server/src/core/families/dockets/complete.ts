import { normalizeSpaces, shorten } from '../../text/strings';
import type { Completion, HoverContext } from '../family';

/** `Dkt. No. `, `ECF No. `, `Dkt. `, `Doc. `: the words of a docket cite just typed, before its entry. */
const DOCKET_WORDS = /(?:^|[\s(\[;])(?:Dkt\.(?: No\.)?|ECF(?: No\.)?|Doc\.(?: No\.)?|Docket(?: Entry)? No\.|D\.E\.|D\.I\.) ?#?$/;

/** After the words of a docket cite: the docket list's entries, with their dates and descriptions. */
export function completeDocket(before: string, _offset: number, { sources }: HoverContext): Completion[] {
  const list = sources.docketList;
  if (!list || !DOCKET_WORDS.test(before.slice(-30))) return [];
  const out: Completion[] = [];
  for (const entry of list.entries.values()) {
    const detail = [entry.date, entry.description && shorten(normalizeSpaces(entry.description), 80)].filter(Boolean).join(' · ');
    out.push(detail ? { label: entry.entry, insert: entry.entry, detail } : { label: entry.entry, insert: entry.entry });
    if (out.length >= 1000) break;
  }
  return out;
}
