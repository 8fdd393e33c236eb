import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const pinBeforePage: Rule = {
  info: {
    code: 'pin-before-page',
    severity: 'error',
    summary: 'A pin cite before the first page of the opinion.',
    example: '60 F.3d 913, 900 (2d Cir. 1994)',
  },
  check: (ctx) => caseFindings(ctx, 'pin-before-page'),
};
