import type { Rule } from '../../../rules/rule';
import { recordFindings } from '../checks';

export const recordRangeBackwards: Rule = {
  info: {
    code: 'record-range-backwards',
    severity: 'error',
    summary: 'A record range that runs backwards.',
    example: 'Smith Dep. 45:12–3; Compl. ¶¶ 14–12',
  },
  check: (ctx) => recordFindings(ctx, 'record-range-backwards'),
};
