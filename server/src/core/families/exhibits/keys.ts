/**
 * What an exhibit cite cites: one key per exhibit, ranges filled in (`Exs. 3–5` cites 3, 4 and 5).
 */
import { normalizeSpaces } from '../../text/strings';
import type { Citation } from '../../types';
import type { CitationContext } from '../family';
import { exhibitDetail, rangeKeys } from './catalog';
import { exhibitKey } from './labels';

/**
 * The key of one exhibit of an exhibit cite: `exhibit 1` for the draft's own Ex. 1,
 * `exhibit Dkt. No. 12|B` for `Ex. B to Dkt. No. 12`, which is another document's exhibit.
 */
export function exhibitGroupKey(cite: Citation, label: string): string {
  const of = exhibitDetail(cite)?.of;
  return of === undefined ? `exhibit ${exhibitKey(label)}` : `exhibit ${normalizeSpaces(of)}|${exhibitKey(label)}`;
}

/** The label part of an exhibit key, and the document it belongs to when it is not the draft's own. */
export function exhibitOfKey(key: string): { label: string; of?: string } {
  const rest = key.slice('exhibit '.length);
  const bar = rest.lastIndexOf('|');
  return bar < 0 ? { label: rest } : { label: rest.slice(bar + 1), of: rest.slice(0, bar) };
}

/**
 * The labels an exhibit cite names, ranges filled in as the exhibit checks fill them
 * (`rangeKeys`): `Exs. 3–5` names 3, 4 and 5; `Exs. A–C` names A, B and C. Past the budget, a
 * range names its two ends.
 */
export function citedExhibitLabels(c: Citation, budget: { left: number }): string[] {
  const d = exhibitDetail(c);
  if (!d) return c.exhibits ?? [];
  const labels: string[] = [];
  for (const item of d.items) {
    if (item.through === undefined) {
      labels.push(item.label);
      continue;
    }
    const members = budget.left > 0 ? rangeKeys(item.label, item.through) : undefined;
    if (members) budget.left -= members.length;
    if (members) labels.push(item.label, ...members.slice(1, -1), item.through);
    else labels.push(item.label, item.through);
  }
  return labels;
}

export function exhibitKeys(root: Citation, ctx: CitationContext): string[] {
  return [...new Set(citedExhibitLabels(root, ctx.rangeBudget).map((label) => exhibitGroupKey(root, label)))];
}

/** Whether an exhibit cite is of the draft's own exhibits (not `Ex. B to Dkt. No. 12`). */
export function isOwnExhibitCite(c: Citation): boolean {
  const d = exhibitDetail(c);
  return d !== undefined && d.of === undefined;
}

/** `label2`: the key of the third label of an exhibit cite. */
export function exhibitPartKeys(c: Citation, part: string): string[] {
  const m = /^label(\d+)$/.exec(part);
  const label = m ? c.exhibits?.[Number(m[1])] : undefined;
  return label === undefined ? [] : [exhibitGroupKey(c, label)];
}
