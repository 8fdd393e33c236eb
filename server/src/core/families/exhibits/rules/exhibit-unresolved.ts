import type { RuleContext } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Finding, Fix } from '../../../types';
import { CitedLabel, ExhibitCatalog, ExhibitCite, rangeKeys } from '../catalog';
import { describesExhibit, wellFormedRange } from '../commands';
import { baseName, manifestRowText } from '../manifest';
import type { ManifestField } from '../types';
import { catalogOf, ownCitesOf, sourceList, summarizeLabels } from './shared';

/**
 * `exhibit-unresolved`: an exhibit of the draft's own that no source defines, when there is a
 * source at all (else `exhibit-source-missing` speaks). A label alone is marked on its label; a
 * range (`Exs. 2–5`) once, over the whole range, naming the members missing ("Ex. 5, in the
 * range Exs. 2–5, is not defined"; "Exs. A–C are not defined" when none is). The message says
 * what the sources do define; a fix adds a row to the exhibit list with what the cite says (its
 * Bates number, its parenthetical), one fix shared by every cite of the same label.
 */
export const exhibitUnresolved: Rule = {
  info: {
    code: 'exhibit-unresolved',
    severity: 'error',
    summary: 'An exhibit cited that no exhibit source defines.',
    example: 'Ex. 14 (the list stops at 13)',
    needs: 'exhibits',
  },
  check: (ctx) => {
    const catalog = catalogOf(ctx);
    return catalog.hasSource ? unresolvedFindings(ctx, catalog, ownCitesOf(ctx)) : [];
  },
};

function unresolvedFindings(ctx: RuleContext, catalog: ExhibitCatalog, own: readonly ExhibitCite[]): Finding[] {
  const findings: Finding[] = [];
  const where = sourceList(catalog);
  // What the sources define, for the messages: made when the first exhibit is missing, if one is.
  let summary: string | undefined;
  const defined = () => (summary ??= definedSummary(catalog));
  const rowFixes = new Map<string, Fix[]>(); // one fix per label and Bates number, shared by its findings
  for (const record of own) {
    const { cite: c, labels } = record;
    for (const item of labels) {
      const span = c.parts?.[item.part];
      if (!span) continue;
      if (!item.through) {
        if (catalog.entries.has(item.key)) continue;
        findings.push({
          code: 'exhibit-unresolved',
          severity: 'error',
          start: span.start,
          end: span.end,
          citations: [c.id],
          message: `Ex. ${item.label} is not defined in ${where}.${defined()}`,
          fixes: addRowFixes(ctx, record, item, labels.length === 1, rowFixes),
        });
        continue;
      }
      const expanded = rangeKeys(item.label, item.through.label);
      const members = expanded ?? [item.key, item.through.key];
      const missing = members.filter((k) => !catalog.entries.has(k));
      if (missing.length === 0) continue;
      const end = c.parts?.[item.through.part] ?? span;
      findings.push({
        code: 'exhibit-unresolved',
        severity: 'error',
        start: span.start,
        end: end.end,
        citations: [c.id],
        message: `${missingInRange(`Exs. ${item.label}–${item.through.label}`, missing, expanded !== undefined && missing.length === members.length, expanded === undefined)} not defined in ${where}.${defined()}`,
        fixes: [],
      });
    }
  }
  return findings;
}

/**
 * The subject of the message for a range, with its verb: `Exs. A–C are` when none of it is
 * defined; `Ex. 5, in the range Exs. 2–5, is`; for a range too large to fill in, checked at its
 * ends, `Ex. 1, an end of the range Exs. 1–100000000, is`.
 */
function missingInRange(range: string, missing: string[], whole: boolean, byEnds: boolean): string {
  if (whole) return `${range} are`;
  const one = missing.length === 1;
  const which = byEnds ? (one ? 'an end of the range' : 'the ends of the range') : 'in the range';
  return `${one ? 'Ex.' : 'Exs.'} ${summarizeLabels(missing)}, ${which} ${range}, ${one ? 'is' : 'are'}`;
}

function definedSummary(catalog: ExhibitCatalog): string {
  const n = catalog.entries.size;
  if (n === 0) return ' No exhibits are defined there.';
  return ` Defined: ${n === 1 ? 'Ex.' : 'Exs.'} ${summarizeLabels([...catalog.entries.values()].map((e) => e.label))}.`;
}

/** Most different rows offered for adding; a draft missing more than this needs a new list, not quick fixes. */
const MOST_NEW_ROWS = 500;

/** "Add Ex. 14 to exhibits.csv": a row with what the cite says (its Bates number, its parenthetical). */
function addRowFixes(ctx: RuleContext, record: ExhibitCite, item: CitedLabel, alone: boolean, made: Map<string, Fix[]>): Fix[] {
  const info = ctx.sources.exhibits?.manifest;
  // A list with problems may swallow a new row (after an unbalanced quote, say): fix the list first.
  if (!info?.append || (ctx.sources.exhibits?.problems.length ?? 0) > 0) return [];
  const row: Partial<Record<ManifestField, string>> = { exhibit: item.label };
  const { detail } = record;
  if (alone) {
    const cited = detail.bates.find((b) => b.role === 'cited' && wellFormedRange(b));
    if (cited) {
      row.batesBegin = cited.begin.text;
      if (cited.end) row.batesEnd = cited.end.text;
    }
    if (detail.parenthetical && describesExhibit(detail.parenthetical)) row.description = detail.parenthetical;
  }
  const key = `${row.exhibit}\u0000${row.description ?? ''}\u0000${row.batesBegin ?? ''}\u0000${row.batesEnd ?? ''}`;
  const known = made.get(key);
  if (known) return known;
  if (made.size >= MOST_NEW_ROWS) return [];
  const newText = manifestRowText(info, row);
  const fixes: Fix[] = newText === undefined ? [] : [{ title: `Add Ex. ${item.label} to ${baseName(info.path)}`, edits: [{ path: info.path, start: info.append.offset, end: info.append.offset, newText }] }];
  made.set(key, fixes);
  return fixes;
}
