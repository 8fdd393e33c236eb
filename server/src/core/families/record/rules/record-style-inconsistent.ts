import type { Rule } from '../../../rules/rule';
import { recordFindings } from '../checks';

export const recordStyleInconsistent: Rule = {
  info: {
    code: 'record-style-inconsistent',
    severity: 'warning',
    summary: "One record document cited in several forms, a range with a hyphen, or a form the court's local rule does not use (brieflint.localRules).",
    example: 'J.A. 12 … JA14; Smith Dep. 45:3-46:2; ER 45 with 9th-cir',
  },
  check: (ctx) => recordFindings(ctx, 'record-style-inconsistent'),
};
