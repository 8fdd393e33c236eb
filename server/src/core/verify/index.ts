/**
 * Citation verification against CourtListener, the pure part: what to ask, how to read the
 * answers, and what they mean for a draft. The network, the cache and the shells' entry points
 * live in `server/src/verify/`.
 */
export * from './types';
export { lookupOf, lookupTargets, normalizeReporter } from './targets';
export type { LookupTarget } from './targets';
export { planTextRequests, SERVICE_LIMITS, codePointOffsets, segmentAt } from './plan';
export type { RequestLimits, Segment, TextRequest } from './plan';
export { readLookupResponse, matchAnswers, matchSingleAnswer, readOpinion, preview } from './answers';
export type { ServiceAnswer, ReadAnswers, MatchedAnswers } from './answers';
export { caseNameMatches, caseNamesMatch, abbreviates } from './caseNames';
export { verificationFindings, finishFindings, withVerification, displayName } from './findings';
export type { Verification, VerificationOptions } from './findings';
export { describeVerification, opinionLine, opinionUrl, formatDate } from './hover';
export { readCourtListenerSettings, baseUrlProblem, normalizeBaseUrl, lookupEndpoint } from './settings';
export type { CourtListenerSettingsProblem } from './settings';
