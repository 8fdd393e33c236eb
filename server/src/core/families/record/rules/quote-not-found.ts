import type { Rule } from '../../../rules/rule';
import { quoteFindings } from '../quotes';

export const quoteNotFound: Rule = {
  info: {
    code: 'quote-not-found',
    severity: 'error',
    summary: 'A quotation attributed to a record document whose text Brieflint has, and the document does not contain it.',
    example: '“I never saw the email.” Smith Dep. 45:3–5.',
    needs: 'record',
  },
  check: (ctx) => quoteFindings(ctx, 'quote-not-found'),
};
