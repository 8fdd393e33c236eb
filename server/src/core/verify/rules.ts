import type { Rule } from '../rules/rule';

/** The online checks' rows of the catalogue: their findings come from CourtListener's answers (`findings.ts`), not from a check of the draft. */
export const VERIFY_RULES: readonly Rule[] = [
  {
    info: {
      code: 'citation-not-found',
      severity: 'error',
      summary: '(Online, opt-in) CourtListener has no opinion at this volume, reporter and page.',
      example: '999 F.3d 99999 (2d Cir. 2020)',
      needs: 'network',
    },
  },
  {
    info: {
      code: 'citation-ambiguous',
      severity: 'warning',
      summary: '(Online, opt-in) Several opinions match the citation; the candidates are listed.',
      example: '1 F. Supp. 1',
      needs: 'network',
    },
  },
  {
    info: {
      code: 'case-name-mismatch',
      severity: 'warning',
      summary: '(Online, opt-in) The case name in the draft does not match the opinion at that citation.',
      example: 'Smith v. Jones, 60 F.3d 913 (the opinion is Texaco)',
      needs: 'network',
    },
  },
];
