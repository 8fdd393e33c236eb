import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const citationIncomplete: Rule = {
  info: {
    code: 'citation-incomplete',
    severity: 'warning',
    summary: 'A full citation without its year, or without the court where the reporter does not imply it.',
    example: '60 F.3d 913, 920',
  },
  check: (ctx) => caseFindings(ctx, 'citation-incomplete'),
};
