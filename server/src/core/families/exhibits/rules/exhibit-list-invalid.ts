import type { Rule } from '../../../rules/rule';

/** Reported by the exhibit-list readers (`manifest.ts`, the service's loaders) at the line of the problem, not by a check of the draft. */
export const exhibitListInvalid: Rule = {
  info: {
    code: 'exhibit-list-invalid',
    severity: 'error',
    summary: 'A problem in an exhibit list (malformed CSV row, duplicate label, missing exhibit column), reported in the list at its line.',
    example: 'exhibits.csv: a row with an unbalanced quote',
  },
};
