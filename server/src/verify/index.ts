/**
 * Citation verification with CourtListener, the Node side: the network, the on-disk cache, and
 * one entry point for each shell — `verifyForCli` for `brieflint check --verify`, and
 * `EditorVerifier` for the language server. Nothing here runs unless a shell calls it.
 */
export { verifyCitations, verifyDrafts, lookUp, summarize, abortableSleep, DEFAULT_TIMING } from './verify';
export type { VerifyOptions, VerifyReport, VerifyProgress, VerifyError, VerifyErrorKind, VerifyTiming, LookupRun, DraftVerification } from './verify';
export { verifyForCli, TOKEN_VARIABLE, BASE_URL_VARIABLE } from './cli';
export type { CliVerifyOptions, CliVerifyResult } from './cli';
export { EditorVerifier, SET_TOKEN_COMMAND_TITLE } from './editor';
export type { EditorVerifyRequest, EditorVerifyResponse, EditorVerifierOptions, VerifyTrigger } from './editor';
export { AnswerCache, defaultCacheDir, cacheFileName, DEFAULT_CACHE_TIMES } from './cache';
export type { CacheTimes } from './cache';
export { postLookup, describeNetworkError } from './http';
export type { Exchange, Fetch, LookupRequest } from './http';
