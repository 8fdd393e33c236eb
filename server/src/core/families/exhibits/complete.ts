import { normalizeSpaces, shorten } from '../../text/strings';
import type { Completion, HoverContext } from '../family';
import { exhibitCatalog } from './catalog';

/** `Ex. `, `Exhibit `, `Exs. 1, `: the word of an exhibit cite just typed, before its label. */
const EXHIBIT_WORD = /(?:^|[\s(\[;])(?:Ex|Exs|Exh|Exhs|Exhibit|Exhibits)\.? (?:[A-Za-z0-9-]{1,8}(?:, | and | & |–|-))?$/;

/** After an exhibit word: the exhibits the sources define, in their order, with their descriptions. */
export function completeExhibit(before: string, _offset: number, { result, sources }: HoverContext): Completion[] {
  if (!EXHIBIT_WORD.test(before.slice(-40))) return [];
  const out: Completion[] = [];
  for (const entry of exhibitCatalog(result, sources).entries.values()) {
    const completion: Completion = { label: entry.label, insert: entry.label };
    if (entry.description) completion.detail = shorten(normalizeSpaces(entry.description), 80);
    out.push(completion);
    if (out.length >= 500) break;
  }
  return out;
}
