import type { Citation } from '../../../types';
import { caseDetail } from '../types';

/**
 * Which citations are looked up, and what exactly is asked about each: only the volume, the
 * reporter and the first page of a full case citation (`60 F.3d 913`) — never the case name, the
 * pin cite, the parenthetical or any other text of the draft.
 */

/** One volume–reporter–page to look up, with every citation of the draft that names it. */
export interface LookupTarget {
  /** `60 F.3d 913`: the text sent, and the key of the answer in every cache. */
  lookup: string;
  volume: string;
  reporter: string;
  page: string;
  /** Whether it may also be asked as separate volume, reporter and page (the plain form only). */
  byParts: boolean;
  /** Ids of the full citations that cite it, in document order. */
  citationIds: string[];
}

/** What is asked about one citation. */
export type Lookup = Omit<LookupTarget, 'citationIds'>;

/**
 * Database and slip-opinion "reporters". CourtListener's lookup does not hold these numbers, so a
 * miss would say nothing about whether the case exists: they are never sent and never flagged.
 */
const UNVERIFIABLE_REPORTERS: readonly RegExp[] = [/\bWL\b/, /\bLEXIS\b/i, /\bBL\b/, /\bSlip Op\b/i];

const MAX_REPORTER_LENGTH = 40;

/**
 * The volume–reporter–page of a full case citation, when it is one CourtListener can answer
 * about. Of parallel citations (`410 U.S. 113, 93 S. Ct. 705`) only the first is asked about:
 * it settles whether the case exists, and the others share its answer.
 *
 * The plain form is asked with the reporter's Bluebook abbreviation (`60 F.3d 913`, whatever
 * the draft's spelling); public-domain forms are asked as written, since their shape is part of
 * the citation (`2010-NMSC-007`, `2014 IL App (2d) 120583`, `T.C. Memo. 2019-12`).
 */
export function lookupOf(c: Citation): Lookup | undefined {
  if (c.kind !== 'case') return undefined;
  if (parallelMember(c) > 0 || caseDetail(c).form === 'database') return undefined;
  const volume = c.volume?.trim() ?? '';
  const page = c.page?.trim() ?? '';
  const reporter = normalizeReporter(c.reporter ?? c.reporterAsWritten ?? '');
  if (!/^\d{1,5}$/.test(volume) || !/^\d{1,7}$/.test(page)) return undefined;
  if (reporter.length === 0 || reporter.length > MAX_REPORTER_LENGTH || !/[A-Za-z]/.test(reporter)) return undefined;
  if (UNVERIFIABLE_REPORTERS.some((r) => r.test(reporter))) return undefined;
  const reporterFirst = c.parts?.reporter !== undefined && c.parts.volume !== undefined && c.parts.reporter.start < c.parts.volume.start;
  if (!reporterFirst && caseDetail(c).form !== 'neutral') return { lookup: `${volume} ${reporter} ${page}`, volume, reporter, page, byParts: true };
  const written = writtenAsCited(c);
  return written ? { lookup: written, volume, reporter, page, byParts: false } : undefined;
}

/**
 * The citation from its first character to the end of its page (`2010-NMSC-007`), white space
 * made single; undefined when the text a reader sees differs in length from the file's (markup
 * inside the citation), where the page's position in the text is not known for sure.
 */
function writtenAsCited(c: Citation): string | undefined {
  const pageEnd = c.parts?.page?.end;
  if (pageEnd === undefined || c.text.length !== c.end - c.start || pageEnd <= c.start || pageEnd > c.end) return undefined;
  const written = normalizeReporter(c.text.slice(0, pageEnd - c.start));
  return written.length <= MAX_REPORTER_LENGTH + 20 && written.endsWith(c.page!.trim()) ? written : undefined;
}

/** The distinct lookups a draft needs, in order of first citation. */
export function lookupTargets(citations: readonly Citation[]): LookupTarget[] {
  const byLookup = new Map<string, LookupTarget>();
  for (const c of citations) {
    const l = lookupOf(c);
    if (!l) continue;
    const target = byLookup.get(l.lookup);
    if (target) target.citationIds.push(c.id);
    else byLookup.set(l.lookup, { ...l, citationIds: [c.id] });
  }
  return [...byLookup.values()];
}

/**
 * A reporter abbreviation as sent: typographic apostrophes made plain (`F. App’x` → `F. App'x`),
 * runs of white space made one space. Nothing else changes: the service knows the variants.
 */
export function normalizeReporter(reporter: string): string {
  let out = '';
  let space = false;
  for (const ch of reporter.trim()) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      space = true;
      continue;
    }
    if (space && out) out += ' ';
    space = false;
    out += ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' ? "'" : ch;
  }
  return out;
}

/** The position of a citation among its authority's parallel citations (0 for the first or only one). */
export function parallelMember(c: Citation): number {
  const member = caseDetail(c).member;
  return typeof member === 'number' && member > 0 ? member : 0;
}

/** The authority (`a3`) parallel citations share, if the extractor grouped them. */
export function authorityOf(c: Citation): string | undefined {
  const authority = caseDetail(c).authority;
  return typeof authority === 'string' ? authority : undefined;
}
