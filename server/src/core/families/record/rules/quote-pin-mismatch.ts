import type { Rule } from '../../../rules/rule';
import { quoteFindings } from '../quotes';

export const quotePinMismatch: Rule = {
  info: {
    code: 'quote-pin-mismatch',
    severity: 'warning',
    summary: 'A quotation that is in the record document, but not on the page and lines or the paragraph the pin cite gives.',
    example: '“I never saw the email.” Smith Dep. 45:3–5. (the transcript has it at 47:2–4)',
    needs: 'record',
  },
  check: (ctx) => quoteFindings(ctx, 'quote-pin-mismatch'),
};
