import type { Rule } from '../../../rules/rule';

/**
 * `citation-ambiguous` (online, opt-in): several opinions in CourtListener sit at a full
 * citation's volume, reporter and page (its answer 300), and the draft's case name does not pick
 * out one of them; the message lists the candidates. No `check`: the finding is made from the
 * service's answer (`verify/findings.ts`). Silent when the case name fits exactly one of them,
 * and for one decision CourtListener holds twice.
 */
export const citationAmbiguous: Rule = {
  info: {
    code: 'citation-ambiguous',
    severity: 'warning',
    summary: '(Online, opt-in) Several opinions match the citation; the candidates are listed.',
    example: '1 F. Supp. 1',
    needs: 'network',
  },
};
