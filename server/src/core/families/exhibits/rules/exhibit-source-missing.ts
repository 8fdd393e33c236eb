import type { Rule } from '../../../rules/rule';
import { exhibitFindings } from '../checks';

export const exhibitSourceMissing: Rule = {
  info: {
    code: 'exhibit-source-missing',
    severity: 'information',
    summary: 'The draft cites exhibits but no exhibit list, in-draft index or exhibit folder was found; checks that need one are off.',
    example: 'Ex. 1 with no exhibits.csv',
  },
  check: (ctx) => exhibitFindings(ctx, 'exhibit-source-missing'),
};
