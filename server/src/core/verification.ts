/**
 * The online verification's findings as the pipeline finishes them: the cases family says what
 * CourtListener's answers mean for each citation (`families/cases/verify/`); here its findings get
 * the severity settings and disable comments `check` applies to its own, and join the result.
 * Above the families, beside the pipeline: it uses the catalogue and the disable comments.
 */
import type { Analysis, CheckResult } from './analysis';
import { byPosition, finishFindings } from './check';
import { caseVerification } from './families/cases/index';
import { BrieflintSettings, DEFAULT_SETTINGS } from './settings';
import type { Finding } from './types';
import type { CitationVerification, LookupAnswer } from './verify/types';

export interface VerificationOptions {
  /** Severities and rules turned off; defaults when absent. */
  settings?: BrieflintSettings;
  /** Findings the offline check already made for this draft (a `reporter-unknown` is not repeated). */
  existing?: readonly Finding[];
}

export interface Verification {
  /** Severity settings and disable comments applied, sorted by position. */
  findings: Finding[];
  /** By citation id, for every citation an answer is known for (short forms included). */
  verifications: Map<string, CitationVerification>;
}

/** What the answers known (`answerFor`, by lookup) mean for the draft: its online findings and each citation's verification. */
export function verificationFindings(analysis: Analysis, answerFor: (lookup: string) => LookupAnswer | undefined, options: VerificationOptions = {}): Verification {
  const { findings, verifications } = caseVerification(analysis, answerFor, options.existing);
  return { findings: finishFindings(analysis, options.settings ?? DEFAULT_SETTINGS, findings), verifications };
}

/** The check's result with the online findings added, in the order `check` sorts findings. */
export function withVerification(result: CheckResult, findings: readonly Finding[]): CheckResult {
  if (findings.length === 0) return result;
  return { ...result, findings: [...result.findings, ...findings].sort(byPosition) };
}
