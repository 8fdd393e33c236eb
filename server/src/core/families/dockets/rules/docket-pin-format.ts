import type { Rule } from '../../../rules/rule';
import { docketFindings } from '../checks';

export const docketPinFormat: Rule = {
  info: {
    code: 'docket-pin-format',
    severity: 'hint',
    summary: 'A docket pin cite not in the usual form (¶¶76 without a space, ¶ before several paragraphs or ¶¶ before one, a hyphen where an en dash is usual in a range).',
    example: 'Dkt. 69 at ¶¶76, 430',
  },
  check: (ctx) => docketFindings(ctx, 'docket-pin-format'),
};
