import { compareDigitStrings, isDigit, isLower, isUpper } from './labels';

/**
 * Bates numbers: the page stamps a producing party puts on every page it produces
 * (`MSFT_AICPY_000591635`, `ABC000100`, `DEF-0001234`), and ranges of them
 * (`ABC000100–ABC000115`, `ABC000100–15`).
 *
 * A Bates number is a prefix that names the producing party, then a zero-padded page number.
 * Two spellings of one number (`MSFT AICPY 000225215`, `MSFT_AICPY_000225215`) are the same
 * number written differently: they share `party` and the value of `digits`.
 */
export interface BatesNumber {
  /** As read: `MSFT_AICPY_000591635`. */
  text: string;
  /** The prefix as written, separators included: `MSFT_AICPY_`, `ABC`, `MSFT AICPY `. */
  prefix: string;
  /** The producing party: the prefix's letters and digits in capitals (`MSFTAICPY`). */
  party: string;
  /** The page number as written, leading zeros included: `000591635`. */
  digits: string;
}

/** A Bates range as written; `end` is absent for a single number. */
export interface BatesRange {
  begin: BatesNumber;
  end?: BatesNumber;
  /** The end was written as its last digits only (`ABC000100–15`) and has been filled in. */
  shortEnd?: boolean;
}

/** A Bates number or range found in a text, with where its ends are. */
export interface LocatedBates {
  range: BatesRange;
  start: number;
  end: number;
  /** End of the first number, and start of the second (for a range). */
  beginEnd: number;
  endStart?: number;
}

/** Longest prefix and page number read; anything longer is not a Bates number. */
const MAX_TOKEN = 20;
const MAX_TOKENS = 6;
const MAX_DIGITS = 15;

/** Prefixes that are docket words, not producing parties (`ECF 12345`). */
const NOT_PARTIES = new Set(['ECF', 'DKT', 'DOC']);

/**
 * Reads a Bates number at `i` (which must start a word). With `allowSpaces`, the prefix may be
 * split by single spaces (`MSFT AICPY 000225215`, as PDF conversion leaves it); only callers that
 * know a Bates number is expected here (right after an exhibit label) allow that.
 */
export function readBatesNumber(text: string, i: number, allowSpaces: boolean): { bates: BatesNumber; end: number } | undefined {
  if (!isUpper(text.charCodeAt(i))) return undefined;
  let j = i;
  for (let tokens = 1; tokens <= MAX_TOKENS; tokens++) {
    const tokenStart = j;
    while (j < text.length && j - tokenStart <= MAX_TOKEN && isUpperOrDigit(text.charCodeAt(j))) j++;
    if (j - tokenStart > MAX_TOKEN) return undefined;
    let k = j;
    while (k > tokenStart && isDigit(text.charCodeAt(k - 1))) k--;
    const sep = text.charCodeAt(j);
    if (j - k >= 4) {
      // `ABC_0001_000123`: digits followed by `_` and more are still prefix.
      if (sep === 95 /* _ */ && isUpperOrDigit(text.charCodeAt(j + 1))) {
        j++;
        continue;
      }
      if (isLower(sep)) return undefined;
      const digits = text.slice(k, j);
      const prefix = text.slice(i, k);
      if (!plausibleNumber(prefix, digits)) return undefined;
      const party = partyOf(prefix);
      if (NOT_PARTIES.has(party)) return undefined;
      return { bates: { text: text.slice(i, j), prefix, party, digits }, end: j };
    }
    if ((sep === 95 || sep === 45 /* - */) && isUpperOrDigit(text.charCodeAt(j + 1))) {
      j++;
      continue;
    }
    if (sep === 32 && allowSpaces && isUpperOrDigit(text.charCodeAt(j + 1))) {
      j++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Reads a Bates number or range at `i`: `ABC000100`, `ABC000100–ABC000115`, `ABC000100 - 115`,
 * `ABC000100 to ABC000115`. Returns the spans of both ends for fixes.
 */
export function readBatesRange(
  text: string,
  i: number,
  allowSpaces: boolean,
): { range: BatesRange; end: number; beginEnd: number; endStart?: number } | undefined {
  const begin = readBatesNumber(text, i, allowSpaces);
  if (!begin) return undefined;
  const sepEnd = rangeSeparatorEnd(text, begin.end);
  if (sepEnd < 0) return { range: { begin: begin.bates }, end: begin.end, beginEnd: begin.end };
  const dash = isDash(text.charCodeAt(begin.end)) || isDash(text.charCodeAt(begin.end + 1));
  const c = text.charCodeAt(sepEnd);
  if (isUpper(c)) {
    const end = readBatesNumber(text, sepEnd, allowSpaces);
    if (end) return { range: { begin: begin.bates, end: end.bates }, end: end.end, beginEnd: begin.end, endStart: sepEnd };
  } else if (isDigit(c) && dash) {
    // `ABC000100–15`: the end written as its last digits (only after a dash, never after `to`).
    let j = sepEnd;
    while (j < text.length && j - sepEnd <= begin.bates.digits.length && isDigit(text.charCodeAt(j))) j++;
    const n = j - sepEnd;
    if (n <= begin.bates.digits.length && !isUpperOrDigit(text.charCodeAt(j)) && !isLower(text.charCodeAt(j))) {
      const written = text.slice(sepEnd, j);
      const b = begin.bates;
      const digits = b.digits.slice(0, b.digits.length - n) + written;
      const end: BatesNumber = { text: b.prefix + digits, prefix: b.prefix, party: b.party, digits };
      return { range: { begin: b, end, shortEnd: n < b.digits.length }, end: j, beginEnd: begin.end, endStart: sepEnd };
    }
  }
  return { range: { begin: begin.bates }, end: begin.end, beginEnd: begin.end };
}

/** End of a range separator (`–`, ` - `, ` to `, ` through `) at `i`, or -1. */
function rangeSeparatorEnd(text: string, i: number): number {
  let j = i;
  if (text.charCodeAt(j) === 32) j++;
  if (isDash(text.charCodeAt(j))) {
    j++;
    if (text.charCodeAt(j) === 32) j++;
    return j;
  }
  if (j === i) return -1;
  for (const word of ['to ', 'through ', 'thru ']) if (text.startsWith(word, j)) return j + word.length;
  return -1;
}

/** Reads a whole string as a Bates number (from an exhibit list cell), or undefined. */
export function parseBatesNumber(s: string): BatesNumber | undefined {
  const t = s.trim();
  const r = readBatesNumber(t, 0, true);
  return r && r.end === t.length ? r.bates : undefined;
}

/** Reads a whole string as a Bates number or range (`ABC000100–ABC000115`), or undefined. */
export function parseBatesRange(s: string): BatesRange | undefined {
  const t = s.trim();
  const r = readBatesRange(t, 0, true);
  return r && r.end === t.length ? r.range : undefined;
}

/**
 * Finds Bates numbers and ranges in free text (an exhibit's description, a file name), where
 * spaces do not join a prefix. Linear: each position is tried once and a match is skipped.
 */
export function findBatesRanges(text: string, limit = 4): LocatedBates[] {
  const found: LocatedBates[] = [];
  for (let i = 0; i < text.length && found.length < limit; i++) {
    if (!isUpper(text.charCodeAt(i))) continue;
    if (i > 0 && isUpperOrDigit(text.charCodeAt(i - 1))) continue;
    if (i > 0 && isLower(text.charCodeAt(i - 1))) continue;
    const r = readBatesRange(text, i, false);
    if (!r) continue;
    found.push({ range: r.range, start: i, end: r.end, beginEnd: r.beginEnd, ...(r.endStart !== undefined ? { endStart: r.endStart } : {}) });
    i = r.end - 1;
  }
  return found;
}

/** Whether two numbers are the same page of the same party, however written. */
export function sameBatesNumber(a: BatesNumber, b: BatesNumber): boolean {
  return a.party === b.party && compareDigitStrings(a.digits, b.digits) === 0;
}

/** Compares the page numbers of two Bates numbers of one party. */
export function compareBates(a: BatesNumber, b: BatesNumber): number {
  return compareDigitStrings(a.digits, b.digits);
}

/** Whether `n` lies in `[begin, end]` (or equals `begin` when there is no end), same party. */
export function batesWithin(n: BatesNumber, begin: BatesNumber, end: BatesNumber | undefined): boolean {
  if (n.party !== begin.party) return false;
  if (!end) return compareBates(n, begin) === 0;
  return compareBates(n, begin) >= 0 && compareBates(n, end) <= 0;
}

/** The same page written with another prefix and padded to `width` digits (never shortened). */
export function rewriteBates(n: BatesNumber, prefix: string, width: number): string {
  let digits = n.digits;
  let start = 0;
  while (digits.length - start > width && digits.charCodeAt(start) === 48) start++;
  digits = digits.slice(start);
  if (digits.length < width) digits = '0'.repeat(width - digits.length) + digits;
  return prefix + digits;
}

/** A value key for maps: party and page number without leading zeros. */
export function batesKey(n: BatesNumber): string {
  let i = 0;
  while (i < n.digits.length - 1 && n.digits.charCodeAt(i) === 48) i++;
  return `${n.party}#${n.digits.slice(i)}`;
}

function partyOf(prefix: string): string {
  // Copied run by run between separators, not character by character; most prefixes have one
  // separator at most (`ABC`, `ABC_`), so this is a slice or the prefix itself.
  let out = '';
  let run = 0;
  for (let i = 0; i < prefix.length; i++) {
    if (isUpperOrDigit(prefix.charCodeAt(i))) continue;
    if (i > run) out += prefix.slice(run, i);
    run = i + 1;
  }
  if (run === 0) return prefix;
  return run < prefix.length ? out + prefix.slice(run) : out;
}

/**
 * Whether a prefix and page number look like a Bates number rather than a label and a year
 * (`FY 2023`): at least two capitals in the prefix, and five or more digits (four with a leading
 * zero), as producing parties pad their numbers. (The caller then turns down docket words,
 * `NOT_PARTIES`, with the party it needs anyway.)
 */
function plausibleNumber(prefix: string, digits: string): boolean {
  if (digits.length > MAX_DIGITS) return false;
  if (digits.length < 4 || (digits.length === 4 && digits.charCodeAt(0) !== 48)) return false;
  let capitals = 0;
  for (let i = 0; i < prefix.length; i++) if (isUpper(prefix.charCodeAt(i))) capitals++;
  return capitals >= 2;
}

function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

function isUpperOrDigit(c: number): boolean {
  return isUpper(c) || isDigit(c);
}
