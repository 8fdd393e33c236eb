import type { Rule } from '../../../rules/rule';
import { quoteFindings } from '../quotes';

export const quoteAltered: Rule = {
  info: {
    code: 'quote-altered',
    severity: 'warning',
    summary: 'A quotation that differs from the record document beyond what brackets and ellipses mark.',
    example: '“I never saw the email.” Smith Dep. 45:3–5. (the transcript reads “I don’t think I ever saw the email”)',
    needs: 'record',
  },
  check: (ctx) => quoteFindings(ctx, 'quote-altered'),
};
