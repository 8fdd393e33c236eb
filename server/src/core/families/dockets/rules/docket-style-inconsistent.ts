import type { Rule } from '../../../rules/rule';
import { docketFindings } from '../checks';

export const docketStyleInconsistent: Rule = {
  info: {
    code: 'docket-style-inconsistent',
    severity: 'warning',
    summary: 'Docket cites in more than one style in one draft (Dkt. No. beside Dkt. or ECF No.).',
    example: 'Dkt. No. 293 … Dkt. 69',
  },
  check: (ctx) => docketFindings(ctx, 'docket-style-inconsistent'),
};
