import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const idAmbiguous: Rule = {
  info: {
    code: 'id-ambiguous',
    severity: 'warning',
    summary: 'Id. right after a string of several authorities.',
    example: 'See A, 1 F.3d 1; B, 2 F.3d 2. Id. at 3.',
  },
  check: (ctx) => caseFindings(ctx, 'id-ambiguous'),
};
