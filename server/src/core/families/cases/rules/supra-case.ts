import type { Rule } from '../../../rules/rule';
import { caseFindings } from '../checks';

export const supraCase: Rule = {
  info: {
    code: 'supra-case',
    severity: 'warning',
    summary: 'supra used for a case (the Bluebook allows it only for other authorities).',
    example: 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994). … Texaco, supra, at 920',
  },
  check: (ctx) => caseFindings(ctx, 'supra-case'),
};
