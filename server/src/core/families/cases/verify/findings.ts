import type { Analysis } from '../../../analysis';
import type { Citation, Finding, Fix, Severity, Span } from '../../../types';
import type { CitationVerification, LookupAnswer, Opinion } from '../../../verify/types';
import { caseNameMismatch } from '../rules/case-name-mismatch';
import { citationAmbiguous } from '../rules/citation-ambiguous';
import { citationNotFound } from '../rules/citation-not-found';
import { reporterUnknown } from '../rules/reporter-unknown';
import { caseNameMatches, caseNamesMatch } from './caseNames';
import { authorityOf, lookupOf, parallelMember } from './targets';
import { normalizeSpaces } from '../../../text/strings';

/**
 * What CourtListener's answers mean for a draft: a pure function of the draft's citations and
 * the answers, so the editor can recompute it on every keystroke from answers it already has,
 * without asking the service again.
 *
 * - 404 → `citation-not-found` (error): no opinion at that volume, reporter and page;
 * - 300 → `citation-ambiguous` (warning), listing the candidates — unless the draft's case name
 *   picks out exactly one of them, which is then the opinion cited;
 * - the draft's case name names none of the opinions found → `case-name-mismatch` (warning),
 *   with a fix that writes CourtListener's name;
 * - 400 → `reporter-unknown`, unless the offline check already reported that reporter.
 *
 * Short forms, `Id.` and `supra` are not looked up: they share their full citation's result,
 * as parallel citations share the result of the first citation of their authority.
 *
 * The findings are as the rules make them, before severity settings and disable comments: the
 * pipeline applies those (`verificationFindings` in `core/verification.ts`).
 */

export interface CaseVerification {
  /** The online findings, in document order, before settings and disable comments. */
  findings: Finding[];
  /** By citation id, for every citation an answer is known for (short forms included). */
  verifications: Map<string, CitationVerification>;
}

/** The default severity of each code the verification reports, from the rules' own rows. */
const SEVERITY = new Map<string, Severity>([citationNotFound, citationAmbiguous, caseNameMismatch, reporterUnknown].map((r) => [r.info.code, r.info.severity]));

/** Most candidates named in one message or offered as fixes. */
const MAX_LISTED = 5;

/**
 * The verification of a draft's case citations from the answers known (`answerFor`, by lookup).
 * `existing`: the findings the offline check already made (a `reporter-unknown` is not repeated).
 */
export function caseVerification(analysis: Analysis, answerFor: (lookup: string) => LookupAnswer | undefined, existing: readonly Finding[] = []): CaseVerification {
  const verifications = new Map<string, CitationVerification>();
  const raw: Finding[] = [];
  const reportedOffline = overlapFinder(existing.filter((f) => f.code === 'reporter-unknown'));
  const principals = new Map<string, string>(); // authority → id of its first citation
  const distinct = new Map<LookupAnswer, Opinion[]>(); // each answer's opinions without duplicates, worked out once
  for (const c of analysis.citations) {
    const authority = authorityOf(c);
    if (authority && parallelMember(c) === 0) principals.set(authority, c.id);
    const l = lookupOf(c);
    if (!l) {
      const sharedWith = c.kind === 'case' ? (authority && parallelMember(c) > 0 ? principals.get(authority) : undefined) : c.antecedent;
      const shared = sharedWith !== undefined ? verifications.get(sharedWith) : undefined;
      if (shared) verifications.set(c.id, { ...shared, citationId: c.id, via: shared.via ?? shared.citationId });
      continue;
    }
    const answer = answerFor(l.lookup);
    if (!answer) continue;
    const verification: CitationVerification = { citationId: c.id, lookup: l.lookup, status: 'verified', candidates: answer.opinions };
    switch (answer.status) {
      case 'not-found':
        verification.status = 'not-found';
        raw.push(finding('citation-not-found', c, c, notFoundMessage(l.lookup)));
        break;
      case 'unknown-reporter':
        verification.status = 'unknown-reporter';
        if (!reportedOffline(c)) {
          raw.push(finding('reporter-unknown', c, c.parts?.reporter ?? c, unknownReporterMessage(l.reporter, l.lookup, answer.serviceMessage)));
        }
        break;
      case 'found':
      case 'ambiguous': {
        let opinions = distinct.get(answer);
        if (!opinions) distinct.set(answer, (opinions = distinctOpinions(answer.opinions)));
        const named = c.caseName?.trim() ? opinions.filter((o) => caseNameMatches(c.caseName!, o)) : opinions;
        if (named.length === 1) {
          verification.opinion = named[0];
        } else if (named.length === 0) {
          verification.status = 'name-mismatch';
          raw.push(mismatchFinding(c, analysis, l.lookup, opinions));
        } else {
          verification.status = 'ambiguous';
          raw.push(finding('citation-ambiguous', c, c, ambiguousMessage(l.lookup, named, c.caseName?.trim() ? c.caseName.trim() : undefined)));
        }
        break;
      }
    }
    verifications.set(c.id, verification);
  }
  return { findings: raw, verifications };
}

/**
 * The opinions with duplicates left out: CourtListener sometimes holds one decision twice (two
 * sources of the same opinion), which is no ambiguity for the reader. Two entries are one
 * decision when they have the same name, or names that match and the same date.
 */
function distinctOpinions(opinions: readonly Opinion[]): Opinion[] {
  const out: Opinion[] = [];
  const names = new Set<string>();
  const byDate = new Map<string, Opinion[]>();
  for (const o of opinions) {
    const name = plainName(o.caseName);
    const sameDay = o.dateFiled ? byDate.get(o.dateFiled) ?? [] : [];
    if (names.has(name) || sameDay.some((d) => caseNamesMatch(d.caseName, o.caseName))) continue;
    names.add(name);
    if (o.dateFiled) byDate.set(o.dateFiled, [...sameDay, o]);
    out.push(o);
  }
  return out;
}

function plainName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * A test of whether a span overlaps any of `spans`, for spans asked about in document order:
 * one pass over both lists, whatever their lengths.
 */
function overlapFinder(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1; // the furthest end among the spans passed
  return (s) => {
    while (next < sorted.length && sorted[next].start < s.end) reach = Math.max(reach, sorted[next++].end);
    return reach > s.start;
  };
}

function finding(code: string, c: Citation, span: Span, message: string, fixes: Fix[] = []): Finding {
  return { code, severity: SEVERITY.get(code) ?? 'warning', start: span.start, end: span.end, message, fixes, citations: [c.id] };
}

function notFoundMessage(lookup: string): string {
  return `CourtListener has no opinion at ${lookup}: check the volume, reporter and page. A citation that cannot be found may be mistyped, or the case may not exist (very recent or unpublished decisions can also be missing).`;
}

function unknownReporterMessage(reporter: string, lookup: string, serviceMessage: string | undefined): string {
  const said = serviceMessage ? ` (CourtListener: "${normalizeSpaces(serviceMessage)}")` : '';
  return `CourtListener does not know the reporter "${reporter}", so ${lookup} cannot be verified${said}.`;
}

function ambiguousMessage(lookup: string, opinions: readonly Opinion[], draftName: string | undefined): string {
  const which = draftName ? `The case name "${normalizeSpaces(draftName)}" fits ${opinions.length} of them` : 'Add the case name so the reader knows which one is meant';
  return `Several opinions in CourtListener are at ${lookup}: ${listOpinions(opinions)}. ${which}.`;
}

function mismatchFinding(c: Citation, analysis: Analysis, lookup: string, opinions: readonly Opinion[]): Finding {
  const draftName = normalizeSpaces(c.caseName ?? '');
  const message =
    opinions.length === 1
      ? `The opinion at ${lookup} is "${displayName(opinions[0])}" (CourtListener), not "${draftName}": check the case name and the citation.`
      : `None of the opinions at ${lookup} is "${draftName}": CourtListener has ${listOpinions(opinions)}. Check the case name and the citation.`;
  const span = c.parts?.caseName;
  const fixes: Fix[] = [];
  if (span && span.end > span.start) {
    const seen = new Set<string>();
    for (const o of opinions) {
      const name = displayName(o);
      if (seen.has(name) || seen.size >= MAX_LISTED) continue;
      seen.add(name);
      const newText = analysis.reader.escapeLike(span.start, span.end, name);
      fixes.push({ title: `Replace the case name with "${name}"`, edits: [{ start: span.start, end: span.end, newText }] });
    }
  }
  return finding('case-name-mismatch', c, span ?? c, message, fixes);
}

/** The opinion's name as a citation writes it: `v.` for `vs.`, one line. */
export function displayName(o: Opinion): string {
  return normalizeSpaces(o.caseName).replace(/ vs?\.? (?=\S)/g, ' v. ');
}

function listOpinions(opinions: readonly Opinion[]): string {
  const shown = opinions.slice(0, MAX_LISTED).map((o) => `${displayName(o)}${o.dateFiled ? ` (${o.dateFiled.slice(0, 4)})` : ''}`);
  const more = opinions.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

