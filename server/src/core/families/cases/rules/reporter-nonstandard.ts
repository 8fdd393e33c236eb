import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const reporterNonstandard: Rule = {
  info: {
    code: 'reporter-nonstandard',
    severity: 'warning',
    summary: 'A known reporter written in a variant form; the fix writes the Bluebook form.',
    example: '60 F.Supp.2d 913',
  },
  check: (ctx) => caseFindings(ctx, 'reporter-nonstandard'),
};
