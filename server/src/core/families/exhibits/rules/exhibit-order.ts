import type { RuleContext } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Fix, Span } from '../../../types';
import { ExhibitCatalog, ExhibitCite, rangeKeys } from '../catalog';
import { renumberExhibits } from '../commands';
import { isDigit, labelAtOrdinal, labelOrdinal } from '../labels';
import { catalogOf, ownCitesOf, pushAll } from './shared';

/**
 * `exhibit-order`: exhibits not numbered in the order they are first cited, and gaps in the
 * numbering. Numbers and single letters are two sequences, each checked on its own; the exhibits
 * in order are the longest rising run of first citations, the rest are marked (at most a
 * hundred, then one note), each naming the exhibit cited before or after it. A gap is a label
 * between the lowest and highest cited or listed that is neither. The fix renumbers every
 * exhibit in order of first citation, in the draft and the exhibit list: one marker on every
 * finding (`Fix.all`), its edits made by `fixAll` when it is asked for.
 */
export const exhibitOrder: Rule = {
  info: {
    code: 'exhibit-order',
    severity: 'information',
    summary: 'Exhibits not numbered in order of first citation, or a gap in the numbering.',
    example: 'Ex. 2 cited before Ex. 1',
  },
  check: (ctx) => orderFindings(ctx, catalogOf(ctx), ownCitesOf(ctx)),
  fixAll: (result, sources) => renumberExhibits(result, sources).edits,
};

/** Most exhibits marked as cited out of order; past this, one note says how many more. */
const MOST_ORDER_FINDINGS = 100;
/** Most cites and listed exhibits for which renumbering is offered as a quick fix (the command has no limit). */
const MOST_RENUMBERED = 5000;

interface FirstCite {
  ordinal: number;
  label: string;
  cite: Citation;
  span: Span;
}

function orderFindings(ctx: RuleContext, catalog: ExhibitCatalog, own: readonly ExhibitCite[]): Finding[] {
  const findings: Finding[] = [];
  let renumber: Fix[] | undefined;
  const renumberFix = (): Fix[] => {
    if (!renumber) {
      const r = catalog.entries.size + own.length <= MOST_RENUMBERED ? renumberExhibits(ctx.analysis, ctx.sources) : undefined;
      // The edits are made again when the fix is asked for (`fixAll` below): each finding carries only the marker.
      renumber = r && r.edits.length > 0 ? [{ title: 'Renumber all exhibits in order of first citation', edits: [], all: { code: 'exhibit-order' } }] : [];
    }
    return renumber;
  };
  let reported = 0;
  for (const kind of ['number', 'letters'] as const) {
    const firsts = firstCitations(own, kind);
    if (firsts.length === 0) continue;
    // Exhibits in order: the longest run of first citations whose numbers rise. The rest are out of order.
    const inOrder = longestRisingRun(firsts.map((f) => f.ordinal));
    // For messages: the highest exhibit cited before each one, and the lowest cited after it.
    const highestBefore: Array<FirstCite | undefined> = [];
    let highest: FirstCite | undefined;
    for (const f of firsts) {
      highestBefore.push(highest);
      if (!highest || f.ordinal > highest.ordinal) highest = f;
    }
    const lowestAfter: Array<FirstCite | undefined> = new Array(firsts.length);
    let lowest: FirstCite | undefined;
    for (let k = firsts.length - 1; k >= 0; k--) {
      lowestAfter[k] = lowest;
      if (!lowest || firsts[k].ordinal < lowest.ordinal) lowest = firsts[k];
    }
    const outOfOrder = firsts.length - inOrder.size;
    for (let k = 0; k < firsts.length; k++) {
      if (inOrder.has(k)) continue;
      const f = firsts[k];
      if (reported++ === MOST_ORDER_FINDINGS) {
        findings.push({
          code: 'exhibit-order',
          severity: 'information',
          start: f.span.start,
          end: f.span.end,
          citations: [f.cite.id],
          message: `${outOfOrder - MOST_ORDER_FINDINGS} more exhibits from here on are first cited out of order; only the first ${MOST_ORDER_FINDINGS} are marked.`,
          fixes: renumberFix(),
        });
      }
      if (reported > MOST_ORDER_FINDINGS) continue;
      const earlier = highestBefore[k] && highestBefore[k]!.ordinal > f.ordinal ? highestBefore[k] : undefined;
      const other = earlier ?? lowestAfter[k];
      if (!other) continue;
      const line = ctx.analysis.lines.positionAt(other.cite.start).line + 1;
      const where = earlier ? `after Ex. ${other.label} (line ${line})` : `before Ex. ${other.label} (line ${line})`;
      findings.push({
        code: 'exhibit-order',
        severity: 'information',
        start: f.span.start,
        end: f.span.end,
        citations: [f.cite.id],
        message: `Ex. ${f.label} is first cited here, ${where}; exhibits are usually numbered in the order they are first cited.`,
        related: [{ ...other.span, message: `Ex. ${other.label} is first cited here` }],
        fixes: renumberFix(),
      });
    }
    pushAll(findings, gapFindings(catalog, own, kind, firsts));
  }
  return findings;
}

/** The first citation of each simple label of `kind`, in document order (ranges count for their members). */
function firstCitations(own: readonly ExhibitCite[], kind: 'number' | 'letters'): FirstCite[] {
  const seen = new Set<number>();
  const firsts: FirstCite[] = [];
  const add = (label: string, cite: Citation, span: Span) => {
    const ordinal = simpleOrdinal(label, kind);
    if (ordinal === undefined || seen.has(ordinal)) return;
    seen.add(ordinal);
    firsts.push({ ordinal, label, cite, span });
  };
  for (const { cite: c, labels } of own) {
    for (const item of labels) {
      const span = c.parts?.[item.part] ?? c;
      if (!item.through) {
        add(item.label, c, span);
        continue;
      }
      const whole = { start: span.start, end: (c.parts?.[item.through.part] ?? span).end };
      const members = rangeKeys(item.label, item.through.label);
      if (members) for (const m of members) add(m, c, whole);
      else {
        add(item.label, c, whole);
        add(item.through.label, c, whole);
      }
    }
  }
  return firsts;
}

/** The place of a one-part label of `kind` (`7`, `C`), or undefined. */
function simpleOrdinal(label: string, kind: 'number' | 'letters'): number | undefined {
  if (kind === 'letters') {
    const c = label.charCodeAt(0);
    return label.length === 1 && c >= 65 && c <= 90 ? c - 64 : undefined; // A is 1, as in labelOrdinal
  }
  if (label.length === 0) return undefined;
  for (let i = 0; i < label.length; i++) if (!isDigit(label.charCodeAt(i))) return undefined;
  return labelOrdinal(label);
}

/** The place of a compound label's first part (`4` of `4-B`, `A` of `A-1`), or undefined. */
function compoundBaseOrdinal(label: string, kind: 'number' | 'letters'): number | undefined {
  const m = kind === 'number' ? /^(\d+)(?=[-A-Z])/.exec(label) : /^([A-Z])(?=-)/.exec(label);
  return m ? labelOrdinal(m[1]) : undefined;
}

/** Indices of one longest strictly rising subsequence (patience sorting, n log n). */
function longestRisingRun(values: number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const run = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) run.add(i);
  return run;
}

/**
 * Gaps between the lowest and highest exhibit the draft cites or its sources define: `Ex. 2`
 * then `Ex. 4` with no Ex. 3 anywhere. Numbering need not start at 1 (a reply continues the
 * opening brief's exhibits), so nothing below the lowest is a gap.
 */
function gapFindings(catalog: ExhibitCatalog, own: readonly ExhibitCite[], kind: 'number' | 'letters', firsts: FirstCite[]): Finding[] {
  const intervals: Array<[number, number]> = [];
  for (const f of firsts) intervals.push([f.ordinal, f.ordinal]);
  for (const { labels } of own) {
    for (const item of labels) {
      // `Ex. 4-B` fills the place of Ex. 4 in the numbering.
      const base = compoundBaseOrdinal(item.label, kind);
      if (base !== undefined) intervals.push([base, base]);
      if (!item.through) continue;
      const a = simpleOrdinal(item.label, kind);
      const b = simpleOrdinal(item.through.label, kind);
      if (a !== undefined && b !== undefined && a <= b) intervals.push([a, b]);
    }
  }
  for (const e of catalog.entries.values()) {
    const o = simpleOrdinal(e.label, kind) ?? compoundBaseOrdinal(e.label, kind);
    if (o !== undefined) intervals.push([o, o]);
  }
  intervals.sort((x, y) => x[0] - y[0]);
  const findings: Finding[] = [];
  let covered = intervals[0][1];
  for (const [a, b] of intervals) {
    if (a > covered + 1) {
      const after = firsts.find((f) => f.ordinal === a);
      const before = labelAtOrdinal(kind, covered);
      const missing = a - covered - 1 === 1 ? `Ex. ${labelAtOrdinal(kind, covered + 1)}` : `Exs. ${labelAtOrdinal(kind, covered + 1)}–${labelAtOrdinal(kind, a - 1)}`;
      if (after) {
        findings.push({
          code: 'exhibit-order',
          severity: 'information',
          start: after.span.start,
          end: after.span.end,
          citations: [after.cite.id],
          message: `The exhibits skip from Ex. ${before} to Ex. ${after.label}: ${missing} ${missing.startsWith('Exs.') ? 'are' : 'is'} neither cited nor listed.`,
          fixes: [],
        });
      }
    }
    covered = Math.max(covered, b);
  }
  return findings;
}

