import type { Rule } from '../../../rules/rule';
import { recordFindings } from '../checks';

export const recordLocationMissing: Rule = {
  info: {
    code: 'record-location-missing',
    severity: 'error',
    summary: 'A page, line or paragraph the cited record document does not have.',
    example: 'Smith Dep. 145:3 (the transcript ends at page 120); Jones Decl. ¶ 40 (31 paragraphs)',
    needs: 'record',
  },
  check: (ctx) => recordFindings(ctx, 'record-location-missing'),
};
