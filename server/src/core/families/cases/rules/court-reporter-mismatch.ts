import type { Rule } from '../../../rules/rule';
import type { Citation, Finding } from '../../../types';
import { CaseCitations, findEach } from './shared';

/**
 * `court-reporter-mismatch`: a full case citation whose parenthetical names a court that does not
 * publish in its reporter (`410 U.S. 113 (2d Cir. 1973)`), in the year cited where that matters.
 * The related location shows the reporter; there is no fix, as either may be the mistake.
 *
 * Silent without an edition, a court or the court's span; when the court table does not know the
 * court (read with the reporter's state, for forms such as `Ct. App.`); and unless the table says
 * plainly that the court does not fit the reporter.
 */
export const courtReporterMismatch: Rule = {
  info: {
    code: 'court-reporter-mismatch',
    severity: 'warning',
    summary: 'The court and the reporter disagree.',
    example: '410 U.S. 113 (2d Cir. 1973)',
  },
  check: (ctx) => findEach(ctx, ['case'], courtMismatch),
};

function courtMismatch(c: Citation, cases: CaseCitations, index: number): Finding | undefined {
  const courtSpan = c.parts?.court;
  const edition = cases.editionAt(index);
  if (!edition || !c.court || !courtSpan) return undefined;
  const court = cases.tables.lookupCourt(c.court, edition.state);
  if (!court || cases.tables.courtFitsReporter(court, edition, c.year) !== 'no') return undefined;
  const name = court.court?.name ?? c.court;
  const reporterSpan = c.parts?.reporter;
  return {
    code: 'court-reporter-mismatch',
    severity: 'warning',
    start: courtSpan.start,
    end: courtSpan.end,
    citations: [c.id],
    message: `The ${edition.name} (${edition.abbreviation}) does not report decisions of the ${name} ("${c.court}"). Check the reporter and the court.`,
    fixes: [],
    related: reporterSpan ? [{ ...reporterSpan, message: `${edition.abbreviation}: ${edition.name}` }] : [],
  };
}
