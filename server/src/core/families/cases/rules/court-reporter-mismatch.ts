import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const courtReporterMismatch: Rule = {
  info: {
    code: 'court-reporter-mismatch',
    severity: 'warning',
    summary: 'The court and the reporter disagree.',
    example: '410 U.S. 113 (2d Cir. 1973)',
  },
  check: (ctx) => caseFindings(ctx, 'court-reporter-mismatch'),
};
