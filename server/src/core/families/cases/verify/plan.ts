/**
 * Planning the requests: the lookups a draft needs, packed into as few requests as the service
 * allows. Each request's `text` is nothing but the lookups themselves, one per line
 * (`60 F.3d 913\n410 U.S. 113\n…`), never the draft; the answer's `start_index`/`end_index` point
 * back into that text, which is how each answer finds its lookup.
 */

/** The service's limits on one request (CourtListener's citation lookup, API v4). */
export interface RequestLimits {
  /** Characters of `text` per request. */
  maxChars: number;
  /** Citations looked up per request; any beyond are answered with status 429 and must be re-sent. */
  maxCitations: number;
}

export const SERVICE_LIMITS: RequestLimits = { maxChars: 64_000, maxCitations: 250 };

/** Where one lookup sits in a request's text, in UTF-16 offsets (end exclusive). */
export interface Segment {
  lookup: string;
  start: number;
  end: number;
}

/** One request: the text sent and where each lookup sits in it. */
export interface TextRequest {
  text: string;
  segments: Segment[];
}

const SEPARATOR = '\n';

/**
 * Packs lookups into requests, in order, each within both limits. A lookup longer than the
 * character limit on its own cannot be sent and is left out (no real citation comes close).
 */
export function planTextRequests(lookups: readonly string[], limits: RequestLimits = SERVICE_LIMITS): TextRequest[] {
  const requests: TextRequest[] = [];
  const maxCitations = Math.max(1, Math.floor(limits.maxCitations));
  let parts: string[] = [];
  let segments: Segment[] = [];
  let length = 0;
  const flush = () => {
    if (segments.length) requests.push({ text: parts.join(''), segments });
    parts = [];
    segments = [];
    length = 0;
  };
  for (const lookup of lookups) {
    if (lookup.length === 0 || lookup.length > limits.maxChars) continue;
    const separator = segments.length ? SEPARATOR.length : 0;
    if (segments.length >= maxCitations || length + separator + lookup.length > limits.maxChars) flush();
    if (segments.length) {
      parts.push(SEPARATOR);
      length += SEPARATOR.length;
    }
    segments.push({ lookup, start: length, end: length + lookup.length });
    parts.push(lookup);
    length += lookup.length;
  }
  flush();
  return requests;
}

/**
 * Maps offsets counted in code points (how the service, written in Python, counts) to UTF-16
 * offsets (how JavaScript and LSP count). They differ only after a character outside the Basic
 * Multilingual Plane; with none in the text the map is the identity.
 */
export function codePointOffsets(text: string): (codePointOffset: number) => number {
  const astral: number[] = []; // code-point offsets of the characters that take two UTF-16 units
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(cp);
        i++;
      }
    }
  }
  if (astral.length === 0) return (offset) => offset;
  return (offset) => {
    // UTF-16 offset = code-point offset + the number of astral characters before it.
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
}

/** The segment that a range of the request's text (UTF-16 offsets) falls in or overlaps, if any. */
export function segmentAt(segments: readonly Segment[], start: number, end: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (end <= s.start && !(end === start && start === s.start)) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
