import type { Rule } from '../../../rules/rule';
import { recordFindings } from '../checks';

export const statementUncited: Rule = {
  info: {
    code: 'statement-uncited',
    severity: 'warning',
    summary: 'A numbered paragraph of a statement of undisputed facts with no record cite.',
    example: '7. The contract was signed on May 1. (no cite)',
  },
  check: (ctx) => recordFindings(ctx, 'statement-uncited'),
};
