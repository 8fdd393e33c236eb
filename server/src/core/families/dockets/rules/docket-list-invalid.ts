import type { Rule } from '../../../rules/rule';

/** Reported by the docket-list reader (`list.ts`) at the line of the problem, not by a check of the draft. */
export const docketListInvalid: Rule = {
  info: {
    code: 'docket-list-invalid',
    severity: 'error',
    summary: 'A problem in a docket list, reported in the list at its line.',
    example: 'docket.csv: an entry that is not a number',
  },
};
