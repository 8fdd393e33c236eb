import type { Rule } from './rule';

/** Reported by the reader of disable comments (`directives.ts`), for every family alike. */
export const directiveUnknown: Rule = {
  info: {
    code: 'directive-unknown',
    severity: 'warning',
    summary: 'A brieflint-disable comment that names a rule code Brieflint does not have.',
    example: '<!-- brieflint-disable-next-line exhibit-unresolvd -->',
  },
};
