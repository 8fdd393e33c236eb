import type { Rule } from '../../../rules/rule';
import { exhibitFindings } from '../checks';

export const exhibitDefinedTwice: Rule = {
  info: {
    code: 'exhibit-defined-twice',
    severity: 'warning',
    summary: 'Two definitions in the draft (a declaration\'s "Attached hereto as Exhibit 2 …", an exhibit index row) give one label to two exhibits.',
    example: 'Attached hereto as Exhibit 2 is … (twice)',
  },
  check: (ctx) => exhibitFindings(ctx, 'exhibit-defined-twice'),
};
