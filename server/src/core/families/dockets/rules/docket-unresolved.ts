import type { Rule } from '../../../rules/rule';
import { docketFindings } from '../checks';

export const docketUnresolved: Rule = {
  info: {
    code: 'docket-unresolved',
    severity: 'warning',
    summary: 'A docket entry that is not on the docket list.',
    example: 'Dkt. No. 999 (the docket ends at 450)',
    needs: 'docket-list',
  },
  check: (ctx) => docketFindings(ctx, 'docket-unresolved'),
};
