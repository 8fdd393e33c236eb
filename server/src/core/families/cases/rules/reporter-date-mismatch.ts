import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const reporterDateMismatch: Rule = {
  info: {
    code: 'reporter-date-mismatch',
    severity: 'warning',
    summary: 'The year lies outside the years the reporter series covers.',
    example: '60 F.3d 913 (2d Cir. 1985)',
  },
  check: (ctx) => caseFindings(ctx, 'reporter-date-mismatch'),
};
