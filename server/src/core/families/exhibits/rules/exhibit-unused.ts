import type { Rule } from '../../../rules/rule';
import type { Finding, Span } from '../../../types';
import { ExhibitCatalog, ExhibitCite, ExhibitEntry, rangeContains, rangeKeys } from '../catalog';
import { baseName } from '../manifest';
import { catalogOf, ownCitesOf, summarizeLabels, truncate } from './shared';

/**
 * `exhibit-unused`: an exhibit that the exhibit list or the draft's exhibit index lists and the
 * draft never cites (ranges count for their members; a range too large to fill in counts for
 * every label between its ends). Past twenty, one finding lists them all.
 *
 * Where it is shown: a row of the draft's own exhibit index is marked on its label. A row of an
 * exhibit list file has no place in the draft, and a finding is the draft's (its disable
 * comments, severities and Problems entry; one list may serve several drafts, and "never
 * cited" is about this one): the note sits at the very start of the draft, empty, its message
 * naming the list and the row's line. Never on another exhibit's cite.
 */
export const exhibitUnused: Rule = {
  info: {
    code: 'exhibit-unused',
    severity: 'information',
    summary: 'An exhibit on the exhibit list that the draft never cites.',
    example: 'exhibits.csv lists Ex. 12; the draft never cites it',
    needs: 'exhibits',
  },
  check: (ctx) => {
    const catalog = catalogOf(ctx);
    return catalog.hasSource ? unusedFindings(catalog, ownCitesOf(ctx)) : [];
  },
};

/** Most unused-exhibit findings reported one by one; beyond this, one finding lists them all. */
const UNUSED_ONE_BY_ONE = 20;

function unusedFindings(catalog: ExhibitCatalog, own: readonly ExhibitCite[]): Finding[] {
  if (own.length === 0) return [];
  const cited = new Set<string>();
  const largeRanges: Array<[string, string]> = [];
  const seenRanges = new Set<string>();
  for (const { labels } of own) {
    for (const item of labels) {
      cited.add(item.key);
      if (!item.through) continue;
      cited.add(item.through.key);
      const members = rangeKeys(item.label, item.through.label);
      if (members) for (const k of members) cited.add(k);
      else if (!seenRanges.has(`${item.key}–${item.through.key}`)) {
        seenRanges.add(`${item.key}–${item.through.key}`);
        largeRanges.push([item.label, item.through.label]);
      }
    }
  }
  const unused: ExhibitEntry[] = [];
  for (const entry of catalog.entries.values()) {
    const listed = entry.definitions.some((d) => d.origin.kind === 'manifest' || d.origin.form === 'index');
    if (!listed || cited.has(entry.key)) continue;
    if (largeRanges.some(([a, b]) => rangeContains(a, b, entry.key))) continue;
    unused.push(entry);
  }
  if (unused.length === 0) return [];
  // The start of the draft, for what has no place in it (see above).
  const anchor: Span = { start: 0, end: 0 };
  const findings: Finding[] = [];
  if (unused.length > UNUSED_ONE_BY_ONE) {
    return [{
      code: 'exhibit-unused',
      severity: 'information',
      start: anchor.start,
      end: anchor.end,
      message: `${unused.length} exhibits ${listNames(unused)} are never cited in this draft: Exs. ${summarizeLabels(unused.map((e) => e.label))}.`,
      fixes: [],
    }];
  }
  for (const entry of unused) {
    // The draft's own index row, where there is one, is where the note can be acted on.
    const d = entry.definitions.find((x) => x.origin.form === 'index') ?? entry.definitions.find((x) => x.origin.kind === 'manifest')!;
    const inDraft = d.origin.kind === 'draft' && d.origin.labelSpan;
    const span = inDraft ? d.origin.labelSpan! : anchor;
    const where = d.origin.kind === 'manifest' ? `${baseName(d.origin.path ?? '')} (line ${(d.origin.line ?? 0) + 1})` : "this draft's exhibit index";
    const what = entry.description ? ` (${truncate(entry.description, 60)})` : '';
    findings.push({
      code: 'exhibit-unused',
      severity: 'information',
      start: span.start,
      end: span.end,
      message: `Ex. ${entry.label}${what} is listed in ${where} but never cited in this draft.`,
      fixes: [],
    });
  }
  return findings;
}

/** Where the unused exhibits are listed: `exhibits.csv`, `exhibits.csv and this draft's exhibit index`. */
function listNames(unused: readonly ExhibitEntry[]): string {
  const names = new Set<string>();
  for (const entry of unused) {
    const d = entry.definitions.find((x) => x.origin.kind === 'manifest' || x.origin.form === 'index');
    if (d) names.add(d.origin.kind === 'manifest' ? baseName(d.origin.path ?? '') : "this draft's exhibit index");
  }
  return `listed in ${[...names].join(' and ')}`;
}
