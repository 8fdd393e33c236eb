import type { Rule } from '../../../rules/rule';
import { exhibitFindings } from '../checks';

export const exhibitBatesConflict: Rule = {
  info: {
    code: 'exhibit-bates-conflict',
    severity: 'error',
    summary: 'One exhibit cited with different Bates numbers, or with a Bates number that differs from the exhibit list.',
    example: 'Ex. 1, ABC000100 … Ex. 1, ABC000200',
  },
  check: (ctx) => exhibitFindings(ctx, 'exhibit-bates-conflict'),
};
