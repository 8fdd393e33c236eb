import type { Rule } from '../../../rules/rule';
import { recordFindings } from '../checks';

export const recordSourceMissing: Rule = {
  info: {
    code: 'record-source-missing',
    severity: 'information',
    summary: 'Record cites, but no record folder or record index was found to check them against.',
    example: 'Smith Dep. 45:3 with no record/ folder',
  },
  check: (ctx) => recordFindings(ctx, 'record-source-missing'),
};
