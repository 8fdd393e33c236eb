import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Fix } from '../../../types';
import { caseDetail } from '../types';
import { CaseCitations, findEach } from './shared';

/**
 * `reporter-unknown`: a full or short case citation whose reporter (the abbreviation between the
 * volume and the page) is no reporter in the table (`60 F.4d 913`). Its fixes write the nearest
 * real reporters, best first (at most three; each spelling is looked up once per check), and the
 * message names them.
 *
 * Silent for a known reporter however it is spelled (`reporter-nonstandard` speaks of the
 * spelling), and when the extractor found no reporter span to fix.
 */
export const reporterUnknown: Rule = {
  info: {
    code: 'reporter-unknown',
    severity: 'error',
    summary: 'A volume–reporter–page citation whose reporter is no known reporter; fixes offer the nearest real ones.',
    example: '60 F.4d 913 (2d Cir. 1994)',
  },
  check: (ctx) => {
    const nearest = new Map<string, string[]>();
    return findEach(ctx, ['case', 'case-short'], (c, cases) => unknownReporter(c, cases, nearest));
  },
};

function unknownReporter(c: Citation, cases: CaseCitations, nearestBySpelling: Map<string, string[]>): Finding | undefined {
  const span = c.parts?.reporter;
  if (caseDetail(c).reporterKnown !== false || !span) return undefined;
  const written = c.reporterAsWritten ?? cases.written(span);
  let nearest = nearestBySpelling.get(written);
  if (!nearest) nearestBySpelling.set(written, (nearest = cases.tables.nearestReporters(written, 3)));
  const fixes: Fix[] = nearest.map((r) => ({
    title: `Change "${written}" to "${r}"`,
    edits: [{ start: span.start, end: span.end, newText: cases.reader.escapeLike(span.start, span.end, r) }],
  }));
  const hint = nearest.length === 0 ? '' : nearest.length === 1 ? ` Did you mean "${nearest[0]}"?` : ` Did you mean ${orList(nearest.map((r) => `"${r}"`))}?`;
  return {
    code: 'reporter-unknown',
    severity: 'error',
    start: span.start,
    end: span.end,
    citations: [c.id],
    message: `"${written}" is not a reporter Brieflint knows.${hint}`,
    fixes,
  };
}

/** `a, b or c`. */
function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
