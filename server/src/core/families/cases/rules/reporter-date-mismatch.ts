import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Fix, RelatedLocation } from '../../../types';
import { CaseCitations, findEach } from './shared';

/**
 * `reporter-date-mismatch`: a full case citation whose year lies outside the years its
 * reporter's series covers (`60 F.3d 913 (2d Cir. 1985)`: F.3d begins in 1993). The table's
 * tolerance applies: a year at each end, more where it knows the years only roughly, so only a
 * plain `no` is reported. Where exactly one other series of the same reporter covers the year
 * (and is not numbered by year), the message names it and the fix writes it; the related
 * location shows the reporter with its years.
 *
 * Silent without an edition, a year or the year's span, and for short forms (they carry no year).
 */
export const reporterDateMismatch: Rule = {
  info: {
    code: 'reporter-date-mismatch',
    severity: 'warning',
    summary: 'The year lies outside the years the reporter series covers.',
    example: '60 F.3d 913 (2d Cir. 1985)',
  },
  check: (ctx) => findEach(ctx, ['case'], dateMismatch),
};

function dateMismatch(c: Citation, cases: CaseCitations, index: number): Finding | undefined {
  const yearSpan = c.parts?.year;
  const edition = cases.editionAt(index);
  const tables = cases.tables;
  if (!edition || c.year === undefined || !yearSpan) return undefined;
  if (tables.yearsFit(edition, c.year) !== 'no') return undefined;
  const years = edition.end === null ? `${edition.start} on` : `${edition.start} to ${edition.end}`;
  // Another series of the same reporter that covers the year is the likely intent.
  const fitting = tables.otherSeries(edition).filter((e) => tables.yearsFit(e, c.year!) === 'yes' && !e.volumeIsYear);
  const reporterSpan = c.parts?.reporter;
  const fixes: Fix[] = reporterSpan && fitting.length === 1
    ? [{
        title: `Change "${c.reporterAsWritten}" to "${fitting[0].abbreviation}"`,
        edits: [{ start: reporterSpan.start, end: reporterSpan.end, newText: cases.reader.escapeLike(reporterSpan.start, reporterSpan.end, fitting[0].abbreviation) }],
      }]
    : [];
  const related: RelatedLocation[] = reporterSpan ? [{ ...reporterSpan, message: `${edition.abbreviation}: decisions from ${years}` }] : [];
  return {
    code: 'reporter-date-mismatch',
    severity: 'warning',
    start: yearSpan.start,
    end: yearSpan.end,
    citations: [c.id],
    message: `${edition.abbreviation} reports decisions from ${years}; this citation gives ${c.year}.${fitting.length === 1 ? ` ${fitting[0].abbreviation} covers ${c.year}.` : ''}`,
    fixes,
    related,
  };
}
