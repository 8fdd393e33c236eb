import { codePointOffsets, segmentAt, TextRequest } from './plan';
import type { LookupAnswer, LookupStatus, Opinion } from '../../../verify/types';

/**
 * Reading CourtListener's answers. The service answers a lookup with a JSON array, one object
 * per citation it found in the text: `citation`, `normalized_citations`, `start_index`,
 * `end_index`, `status` (200 found, 300 several matches, 400 unknown reporter, 404 not found,
 * 429 past the per-request limit), `error_message` and `clusters` (the opinions). A text with no
 * citation in it gets an empty object `{}`. Anything else is a malformed answer: it is reported,
 * never guessed at.
 */

/** One object of the service's answer, checked and trimmed. */
export interface ServiceAnswer {
  citation: string;
  /** Offsets into the request's text, counted in code points as the service counts. */
  start: number;
  end: number;
  status: number;
  errorMessage: string;
  /** What it means for the lookup; undefined for 429 (re-send) and for a status Brieflint does not know. */
  answer?: LookupAnswer;
}

export type ReadAnswers = { answers: ServiceAnswer[] } | { problem: string };

const STATUS: Record<number, LookupStatus> = { 200: 'found', 300: 'ambiguous', 400: 'unknown-reporter', 404: 'not-found' };

/** Most opinions kept for one citation, and most citations kept for one opinion (hovers list them). */
const MAX_OPINIONS = 50;
const MAX_CITATIONS = 20;
const MAX_NAME = 500;

/** Reads the body of a lookup answer (HTTP 200). Never throws. */
export function readLookupResponse(body: string): ReadAnswers {
  if (body.trim() === '') return { problem: 'the answer is empty' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { problem: `the answer is not JSON (it begins “${preview(body)}”)` };
  }
  if (isPlainObject(json) && Object.keys(json).length === 0) return { answers: [] };
  if (!Array.isArray(json)) {
    const message = isPlainObject(json) ? stringField(json, 'error_message') || stringField(json, 'detail') : '';
    return { problem: message ? `the answer is an error instead of results: “${message}”` : 'the answer is not a list of citations' };
  }
  const answers: ServiceAnswer[] = [];
  for (let i = 0; i < json.length; i++) {
    const read = readOne(json[i]);
    if (typeof read === 'string') return { problem: `citation ${i + 1} of the answer ${read}` };
    answers.push(read);
  }
  return { answers };
}

function readOne(item: unknown): ServiceAnswer | string {
  if (!isPlainObject(item)) return 'is not an object';
  const status = item.status;
  if (typeof status !== 'number' || !Number.isInteger(status)) return 'has no status';
  const start = item.start_index;
  const end = item.end_index;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    return 'has no valid start_index and end_index';
  }
  const out: ServiceAnswer = {
    citation: stringField(item, 'citation'),
    start,
    end,
    status,
    errorMessage: stringField(item, 'error_message'),
  };
  const kind = STATUS[status];
  if (!kind) return out;
  const opinions: Opinion[] = [];
  if (kind === 'found' || kind === 'ambiguous') {
    const clusters = item.clusters;
    if (!Array.isArray(clusters) || clusters.length === 0) return `has status ${status} but no opinions`;
    for (const cluster of clusters.slice(0, MAX_OPINIONS)) {
      const opinion = readOpinion(cluster);
      if (!opinion) return 'has an opinion with no case name';
      opinions.push(opinion);
    }
  }
  // The count decides: a 300 with one opinion left is as good as found.
  const lookupStatus: LookupStatus = kind === 'found' || kind === 'ambiguous' ? (opinions.length > 1 ? 'ambiguous' : 'found') : kind;
  out.answer = { status: lookupStatus, opinions };
  if ((lookupStatus === 'not-found' || lookupStatus === 'unknown-reporter') && out.errorMessage) out.answer.serviceMessage = out.errorMessage.slice(0, MAX_NAME);
  return out;
}

/** An opinion cluster of the answer, or undefined when it has no name at all. */
export function readOpinion(cluster: unknown): Opinion | undefined {
  if (!isPlainObject(cluster)) return undefined;
  const caseNameShort = stringField(cluster, 'case_name_short');
  const caseNameFull = stringField(cluster, 'case_name_full');
  const caseName = stringField(cluster, 'case_name') || caseNameShort || caseNameFull;
  if (!caseName) return undefined;
  const opinion: Opinion = { caseName, citations: [] };
  if (caseNameShort && caseNameShort !== caseName) opinion.caseNameShort = caseNameShort;
  if (caseNameFull && caseNameFull !== caseName) opinion.caseNameFull = caseNameFull;
  const url = stringField(cluster, 'absolute_url');
  if (url) opinion.url = url;
  const date = stringField(cluster, 'date_filed');
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) opinion.dateFiled = date.slice(0, 10);
  for (const key of ['court_citation_string', 'court_name', 'court']) {
    const court = stringField(cluster, key);
    if (court && !/^https?:/i.test(court)) {
      opinion.court = court;
      break;
    }
  }
  const citations = cluster.citations;
  if (Array.isArray(citations)) {
    for (const c of citations.slice(0, MAX_CITATIONS)) {
      if (typeof c === 'string' && c.trim()) opinion.citations.push(c.trim().slice(0, 100));
      else if (isPlainObject(c)) {
        const text = [c.volume, c.reporter, c.page].filter((x) => typeof x === 'string' || typeof x === 'number').join(' ');
        if (text) opinion.citations.push(text.slice(0, 100));
      }
    }
  }
  return opinion;
}

/** The answers of one text request, each matched to the lookup it is about. */
export interface MatchedAnswers {
  answers: Map<string, LookupAnswer>;
  /** Lookups the service did not reach in this request (status 429): send them again. */
  resend: string[];
  /** Lookups the service found no citation in, or answered with a status Brieflint does not know. */
  unanswered: string[];
}

/** Matches each answer to the lookup at its offsets in the request's text. */
export function matchAnswers(request: TextRequest, answers: readonly ServiceAnswer[]): MatchedAnswers {
  const toUtf16 = codePointOffsets(request.text);
  const byLookup = new Map<string, LookupAnswer>();
  const resend = new Set<string>();
  for (const a of answers) {
    const segment = segmentAt(request.segments, toUtf16(a.start), toUtf16(a.end));
    if (!segment || byLookup.has(segment.lookup) || resend.has(segment.lookup)) continue;
    if (a.status === 429) resend.add(segment.lookup);
    else if (a.answer) byLookup.set(segment.lookup, a.answer);
  }
  const unanswered = request.segments.map((s) => s.lookup).filter((l) => !byLookup.has(l) && !resend.has(l));
  return { answers: byLookup, resend: [...resend], unanswered };
}

/** The answer to a volume–reporter–page lookup (one citation): the first object of the answer. */
export function matchSingleAnswer(answers: readonly ServiceAnswer[]): { answer?: LookupAnswer; resend: boolean } {
  const first = answers[0];
  if (!first) return { resend: false };
  if (first.status === 429) return { resend: true };
  return { answer: first.answer, resend: false };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringField(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  return typeof v === 'string' ? v.trim().slice(0, MAX_NAME) : '';
}

/** The first characters of a body, on one line, for a message. */
export function preview(body: string, length = 40): string {
  const flat = body.slice(0, length * 2).replace(/\s+/g, ' ').trim();
  return flat.length > length ? flat.slice(0, length) + '…' : flat;
}
