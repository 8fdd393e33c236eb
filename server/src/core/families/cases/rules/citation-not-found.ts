import type { Rule } from '../../../rules/rule';

/**
 * `citation-not-found` (online, opt-in): CourtListener has no opinion at a full citation's
 * volume, reporter and page (its answer 404). No `check`: the finding is made from the service's
 * answer (`verify/findings.ts`), never from the draft alone. Silent for what is never looked up:
 * short forms, parallel citations after the first, database and slip-opinion numbers.
 */
export const citationNotFound: Rule = {
  info: {
    code: 'citation-not-found',
    severity: 'error',
    summary: '(Online, opt-in) CourtListener has no opinion at this volume, reporter and page.',
    example: '999 F.3d 99999 (2d Cir. 2020)',
    needs: 'network',
  },
};
