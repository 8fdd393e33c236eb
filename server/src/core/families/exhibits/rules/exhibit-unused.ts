import type { Rule } from '../../../rules/rule';
import { exhibitFindings } from '../checks';

export const exhibitUnused: Rule = {
  info: {
    code: 'exhibit-unused',
    severity: 'information',
    summary: 'An exhibit on the exhibit list that the draft never cites.',
    example: 'exhibits.csv lists Ex. 12; the draft never cites it',
    needs: 'exhibits',
  },
  check: (ctx) => exhibitFindings(ctx, 'exhibit-unused'),
};
