/**
 * A generated table of authorities' place in the draft: its markers, and the citations outside
 * it (a generated table repeats the draft's citations; they are not cited there).
 */
import type { Analysis } from '../analysis';
import { isSpaceOrTab } from '../text/chars';
import type { Citation, Span } from '../types';

export const TOA_START = '<!-- brieflint-toa-start -->';
export const TOA_END = '<!-- brieflint-toa-end -->';

/** Where a generated table sits: from its start marker to the end of its end marker. */
export interface ToaRegion extends Span {
  /** Just after the start marker, and at the start of the end marker. */
  contentStart: number;
  contentEnd: number;
}

export type ToaRegionResult = { region?: ToaRegion; problem?: undefined } | { region?: undefined; problem: string };

/**
 * Finds the generated table between `<!-- brieflint-toa-start -->` and `<!-- brieflint-toa-end -->`.
 * Markers that do not pair up are a problem, never guessed at: replacing from a stray start marker
 * to some later end marker would delete the lawyer's own text.
 */
export function findToaRegion(text: string): ToaRegionResult {
  const starts = markerPositions(text, 'brieflint-toa-start');
  const ends = markerPositions(text, 'brieflint-toa-end');
  if (starts.length === 0 && ends.length === 0) return {};
  if (starts.length !== 1 || ends.length !== 1 || ends[0].start < starts[0].end) {
    return {
      problem:
        `The draft's table of authorities markers do not pair up (${starts.length} "${TOA_START}", ${ends.length} "${TOA_END}"` +
        (starts.length === 1 && ends.length === 1 ? ', the end before the start' : '') +
        '). Fix or remove them, then run the command again.',
    };
  }
  return { region: { start: starts[0].start, end: ends[0].end, contentStart: starts[0].end, contentEnd: ends[0].start } };
}

/** `<!-- NAME -->` comments (any spacing inside), as spans, found with `indexOf` (linear). */
function markerPositions(text: string, name: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    let open = at;
    while (open > 0 && isSpaceOrTab(text.charCodeAt(open - 1)) && at - open < 16) open--;
    if (!text.startsWith('<!--', open - 4)) continue;
    let close = at + name.length;
    while (close < text.length && isSpaceOrTab(text.charCodeAt(close)) && close - at - name.length < 16) close++;
    if (!text.startsWith('-->', close)) continue;
    found.push({ start: open - 4, end: close + 3 });
  }
  return found;
}

/** The draft's citations outside a generated table of authorities: the ones that count. */
export function bodyCitations(analysis: Analysis): Citation[] {
  const { region } = findToaRegion(analysis.draft.text);
  if (!region) return analysis.citations;
  return analysis.citations.filter((c) => c.end <= region.start || c.start >= region.end);
}
