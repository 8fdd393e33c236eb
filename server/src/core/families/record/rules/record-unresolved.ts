import type { Rule } from '../../../rules/rule';
import { recordFindings } from '../checks';

export const recordUnresolved: Rule = {
  info: {
    code: 'record-unresolved',
    severity: 'error',
    summary: 'A record cite whose document is not in the record (no row of record.csv, no file of the record folder).',
    example: 'Smith Dep. 45:3 (no Smith deposition in the record)',
    needs: 'record',
  },
  check: (ctx) => recordFindings(ctx, 'record-unresolved'),
};
