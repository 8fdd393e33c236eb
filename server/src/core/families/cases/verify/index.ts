/**
 * Citation verification against CourtListener, the pure part the cases family owns: what to ask
 * about each full case citation, how to read the answers, and what they mean for the draft's
 * citations. The data it reads and makes and the `courtListener` settings sit below the families
 * (`core/verify/`); the pipeline finishes its findings (`core/verification.ts`); the network, the
 * cache and the shells' entry points live in `server/src/verify/`.
 */
export { lookupOf, lookupTargets, normalizeReporter } from './targets';
export type { LookupTarget } from './targets';
export { planTextRequests, SERVICE_LIMITS, codePointOffsets, segmentAt } from './plan';
export type { RequestLimits, Segment, TextRequest } from './plan';
export { readLookupResponse, matchAnswers, matchSingleAnswer, readOpinion, preview } from './answers';
export type { ServiceAnswer, ReadAnswers, MatchedAnswers } from './answers';
export { caseNameMatches, caseNamesMatch, abbreviates } from './caseNames';
export { caseVerification, displayName } from './findings';
export type { CaseVerification } from './findings';
export { describeVerification, opinionLine, opinionUrl, formatDate } from './hover';
