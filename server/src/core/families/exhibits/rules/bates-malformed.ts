import type { Rule } from '../../../rules/rule';
import { exhibitFindings } from '../checks';

export const batesMalformed: Rule = {
  info: {
    code: 'bates-malformed',
    severity: 'warning',
    summary: 'A Bates number whose width, separators or prefix differ from the rest of its producing party, or a range that runs backwards.',
    example: 'MSFT_AICPY_00588353 beside MSFT_AICPY_000591635',
  },
  check: (ctx) => exhibitFindings(ctx, 'bates-malformed'),
};
