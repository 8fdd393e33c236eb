import type { Rule } from '../../../rules/rule';

/**
 * `case-name-mismatch` (online, opt-in): the case name in the draft names none of the opinions
 * CourtListener found at the citation (compared tolerantly, `verify/caseNames.ts`); the fixes
 * write CourtListener's names. No `check`: the finding is made from the service's answer
 * (`verify/findings.ts`). Silent for a citation with no case name in the draft.
 */
export const caseNameMismatch: Rule = {
  info: {
    code: 'case-name-mismatch',
    severity: 'warning',
    summary: '(Online, opt-in) The case name in the draft does not match the opinion at that citation.',
    example: 'Smith v. Jones, 60 F.3d 913 (the opinion is Texaco)',
    needs: 'network',
  },
};
