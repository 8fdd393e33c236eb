import type { Analysis } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Finding, Span } from '../../../types';
import type { ExhibitCatalog } from '../catalog';
import { exhibitKey } from '../labels';
import { catalogOf } from './shared';

/**
 * `exhibit-defined-twice`: a definition inside the draft (an exhibit index row, a declaration's
 * "Attached hereto as Exhibit 2 …") that repeats a label an earlier one defined. Marked on the
 * repeated label, with the first definition as related information; past a hundred, one note
 * says how many more.
 */
export const exhibitDefinedTwice: Rule = {
  info: {
    code: 'exhibit-defined-twice',
    severity: 'warning',
    summary: 'Two definitions in the draft (a declaration\'s "Attached hereto as Exhibit 2 …", an exhibit index row) give one label to two exhibits.',
    example: 'Attached hereto as Exhibit 2 is … (twice)',
  },
  check: (ctx) => definedTwiceFindings(ctx.analysis, catalogOf(ctx)),
};

/** Most definitions marked as repeating a label; past this, one note says how many more. */
const MOST_DEFINED_TWICE_FINDINGS = 100;

function definedTwiceFindings(analysis: Analysis, catalog: ExhibitCatalog): Finding[] {
  // The definitions that repeat a label, each with the first definition of that label.
  const first = new Map<string, Span>();
  const repeats: Array<{ label: string; span: Span; earlier: Span }> = [];
  for (const d of catalog.draftDefinitions) {
    const key = exhibitKey(d.label);
    const span = d.origin.labelSpan ?? d.origin.span;
    if (!span) continue;
    const earlier = first.get(key);
    if (earlier) repeats.push({ label: d.label, span, earlier });
    else first.set(key, span);
  }
  const findings: Finding[] = [];
  for (let k = 0; k < repeats.length && k <= MOST_DEFINED_TWICE_FINDINGS; k++) {
    const { label, span, earlier } = repeats[k];
    const finding: Finding = { code: 'exhibit-defined-twice', severity: 'warning', start: span.start, end: span.end, message: '', fixes: [] };
    if (k === MOST_DEFINED_TWICE_FINDINGS) {
      finding.message = `${repeats.length - MOST_DEFINED_TWICE_FINDINGS} more exhibit definitions from here on repeat a label defined earlier; only the first ${MOST_DEFINED_TWICE_FINDINGS} are marked.`;
    } else {
      finding.message = `Exhibit ${label} is defined twice in this draft (first at line ${analysis.lines.positionAt(earlier.start).line + 1}); each exhibit needs its own label.`;
      finding.related = [{ ...earlier, message: `Exhibit ${label} is first defined here` }];
    }
    findings.push(finding);
  }
  return findings;
}
