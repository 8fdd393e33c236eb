import type { RuleContext } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Citation, Finding } from '../../../types';
import { sameCase } from '../caseNumbers';
import { entryKey } from '../list';
import type { CaseNumberDetail, DocketEntryRef, DocketList } from '../types';
import { detailOf, isDocketCite } from './shared';

/**
 * `docket-unresolved`: with a complete docket list, an entry the draft cites that the list does
 * not have (each entry of a range up to 500, past that its ends). A cite right after another
 * case's number (`Smith v. Jones, No. 19-cv-1234, ECF No. 45`) is that case's docket and is not
 * checked. Problems in the list itself are reported where the list is read (`list.ts`).
 */
export const docketUnresolved: Rule = {
  info: {
    code: 'docket-unresolved',
    severity: 'warning',
    summary: 'A docket entry that is not on the docket list.',
    example: 'Dkt. No. 999 (the docket ends at 450)',
    needs: 'docket-list',
  },
  check: (ctx) => unresolvedFindings(ctx),
};

/** Longest range whose every entry is checked; longer ranges are checked at their ends. */
const MAX_RANGE = 500;

function unresolvedFindings(ctx: RuleContext): Finding[] {
  const list = ctx.sources.docketList;
  if (!list || list.complete === false || list.entries.size === 0) return [];
  const findings: Finding[] = [];
  const citations = ctx.analysis.citations;
  // Every citation in order, for the one before each docket cite.
  for (let i = 0; i < citations.length; i++) {
    const d = citations[i];
    if (!isDocketCite(d)) continue;
    const previous = citations[i - 1];
    if (previous && citesAnotherCase(d, previous, list)) continue;
    detailOf(d).entries.forEach((ref, k) => {
      const missing = missingEntries(ref, list);
      if (missing.length === 0) return;
      const span = d.parts?.[`entry${k}`] ?? d;
      findings.push({
        code: 'docket-unresolved',
        severity: 'warning',
        start: span.start,
        end: span.end,
        citations: [d.id],
        message: unresolvedMessage(ref, missing, list),
        fixes: [],
      });
    });
  }
  return findings;
}

function missingEntries(ref: DocketEntryRef, list: DocketList): string[] {
  const first = Number(ref.entry);
  if (ref.through === undefined) return list.entries.has(entryKey(ref.entry)) ? [] : [String(first)];
  const last = Number(ref.through);
  const numbers = last - first <= MAX_RANGE ? range(first, last) : [first, last];
  return numbers.filter((n) => !list.entries.has(String(n))).map(String);
}

function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let n = first; n <= last; n++) out.push(n);
  return out;
}

function unresolvedMessage(ref: DocketEntryRef, missing: string[], list: DocketList): string {
  const name = list.path.split(/[\\/]/).pop() ?? list.path;
  let highest = 0;
  for (const key of list.entries.keys()) highest = Math.max(highest, Number(key));
  const what = missing.length === 1 ? `Docket entry ${missing[0]} is` : `Docket entries ${missing.join(', ')} are`;
  const count = `${list.entries.size} ${list.entries.size === 1 ? 'entry' : 'entries'}, the last numbered ${highest}`;
  const later = missing.some((m) => Number(m) > highest)
    ? ' If the docket has grown since the list was made, update the list.'
    : '';
  const cited = ref.through !== undefined ? ` (cited as ${ref.text})` : '';
  return `${what} not on the docket list ${name} (${count})${cited}.${later}`;
}

/**
 * Whether a docket cite belongs to another case named just before it
 * (`Smith v. Jones, No. 19-cv-1234, ECF No. 45`): the list is this case's docket, so such a cite
 * is not checked against it.
 */
function citesAnotherCase(d: Citation, previous: Citation, list: DocketList): boolean {
  if (previous.kind !== 'case-number' || d.start - previous.end > 40) return false;
  if (!list.docketNumber) return true;
  return !sameCase(previous.detail as unknown as CaseNumberDetail, list.docketNumber);
}
