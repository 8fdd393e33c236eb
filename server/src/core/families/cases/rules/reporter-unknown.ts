import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const reporterUnknown: Rule = {
  info: {
    code: 'reporter-unknown',
    severity: 'error',
    summary: 'A volume–reporter–page citation whose reporter is no known reporter; fixes offer the nearest real ones.',
    example: '60 F.4d 913 (2d Cir. 1994)',
  },
  check: (ctx) => caseFindings(ctx, 'reporter-unknown'),
};
