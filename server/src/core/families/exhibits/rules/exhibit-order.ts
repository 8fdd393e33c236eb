import type { Rule } from '../../../rules/rule';
import { exhibitFindings } from '../checks';

export const exhibitOrder: Rule = {
  info: {
    code: 'exhibit-order',
    severity: 'information',
    summary: 'Exhibits not numbered in order of first citation, or a gap in the numbering.',
    example: 'Ex. 2 cited before Ex. 1',
  },
  check: (ctx) => exhibitFindings(ctx, 'exhibit-order'),
};
