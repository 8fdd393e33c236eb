/** What a docket cite cites: one key per entry (`Dkt. Nos. 12, 14`; `ECF Nos. 12–14` names 12, 13, 14). */
import { normalizeSpaces } from '../../text/strings';
import type { Citation } from '../../types';
import type { CitationContext } from '../family';
import type { DocketCiteDetail } from './types';

/** Most entries a docket range stands for (`ECF Nos. 1–40`); a longer range keeps only its two ends. */
const MAX_RANGE = 500;

export function docketDetail(c: Citation): DocketCiteDetail | undefined {
  return c.kind === 'docket' && c.detail ? (c.detail as unknown as DocketCiteDetail) : undefined;
}

/**
 * The entries a docket cite names: `Dkt. Nos. 12, 14` names 12 and 14; `ECF Nos. 12–14` names
 * 12, 13 and 14; `Dkt. No. 12-1` (attachment 1) names entry 12.
 */
export function docketEntries(c: Citation, budget: { left: number }): string[] {
  const listed = docketDetail(c)?.entries;
  if (!listed || listed.length === 0) return c.entry ? [c.entry] : [];
  const out: string[] = [];
  for (const r of listed) {
    out.push(stripLeadingZeros(r.entry));
    if (r.through !== undefined && /^\d{1,6}$/.test(r.entry) && /^\d{1,6}$/.test(r.through)) {
      const from = Number(r.entry);
      const to = Number(r.through);
      if (to > from && to - from <= MAX_RANGE && budget.left > 0) {
        budget.left -= to - from;
        for (let n = from + 1; n <= to; n++) out.push(String(n));
      } else if (to > from) {
        out.push(String(to));
      }
    }
  }
  return out;
}

function stripLeadingZeros(s: string): string {
  return /^\d+$/.test(s) ? String(Number(s)) : s;
}

export function docketKeys(root: Citation, ctx: CitationContext): string[] {
  if (root.kind === 'case-number') return [`case-number ${normalizeSpaces(root.text)}`];
  return [...new Set(docketEntries(root, ctx.rangeBudget).map((entry) => `docket ${entry}`))];
}

/** `entry1`: the keys of the second entry of a docket cite (all of a range, `12–14`, when it is one). */
export function docketPartKeys(c: Citation, part: string, ctx: CitationContext): string[] {
  const m = /^entry(\d+)$/.exec(part);
  const detail = docketDetail(c);
  const ref = m && detail ? detail.entries[Number(m[1])] : undefined;
  if (!ref) return [];
  return docketEntries({ ...c, detail: { ...detail, entries: [ref] } as unknown as Record<string, unknown> }, ctx.rangeBudget).map((e) => `docket ${e}`);
}
