import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const shortCiteUnresolved: Rule = {
  info: {
    code: 'short-cite-unresolved',
    severity: 'error',
    summary: 'A short cite or Id. with no full citation before it to point to.',
    example: 'Texaco, 60 F.3d at 920 (with no full cite earlier)',
  },
  check: (ctx) => caseFindings(ctx, 'short-cite-unresolved'),
};
