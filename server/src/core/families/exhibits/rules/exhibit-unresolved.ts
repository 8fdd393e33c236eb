import type { Rule } from '../../../rules/rule';
import { exhibitFindings } from '../checks';

export const exhibitUnresolved: Rule = {
  info: {
    code: 'exhibit-unresolved',
    severity: 'error',
    summary: 'An exhibit cited that no exhibit source defines.',
    example: 'Ex. 14 (the list stops at 13)',
    needs: 'exhibits',
  },
  check: (ctx) => exhibitFindings(ctx, 'exhibit-unresolved'),
};
