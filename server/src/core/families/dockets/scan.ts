export { isAsciiLetter, isAsciiUpper as isUpper, isDigit, isWordCharAnyScript as isWordChar } from '../../text/chars';
import { isAsciiLetter, isAsciiUpper as isUpper, isDigit, isWordCharAnyScript as isWordChar } from '../../text/chars';
/**
 * Small, bounded steps for the hand-written docket and case-number scanners. Each reads forward
 * (or, for look-back, a fixed number of characters backward) from one position and returns where
 * it stopped, so a scan built from them does work linear in the text.
 */

export const NBSP = '\u00a0';
export const EN_DASH = '\u2013';
export const EM_DASH = '\u2014';
/** U+2011, the non-breaking hyphen word processors put in `12‑1`. */
export const NB_HYPHEN = '\u2011';



export function isHyphen(ch: string): boolean {
  return ch === '-' || ch === NB_HYPHEN;
}

export function isRangeDash(ch: string): boolean {
  return ch === EN_DASH || ch === EM_DASH;
}

/** Space, tab or no-break space: what may sit between the words of one cite on a line. */
export function isInlineSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === NBSP;
}

/**
 * Skips the white space between two words of one cite: spaces, tabs and no-break spaces and at
 * most one line break (a hard-wrapped line), at most six characters in all. Returns the
 * position after it (`pos` itself when there is none).
 */
export function skipGap(text: string, pos: number): number {
  let i = pos;
  let breaks = 0;
  while (i < text.length && i - pos < 6) {
    const ch = text[i];
    if (isInlineSpace(ch)) {
      i++;
    } else if (ch === '\n' || ch === '\r') {
      if (breaks > 0) return pos; // a blank line ends the paragraph: no cite runs across it
      breaks++;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      break;
    }
  }
  return i;
}

/** End of a run of 1…`max` digits at `pos`, or -1 when there is none or the run is longer. */
export function readDigits(text: string, pos: number, max: number): number {
  let i = pos;
  while (i < text.length && isDigit(text.charCodeAt(i))) {
    i++;
    if (i - pos > max) return -1;
  }
  return i > pos ? i : -1;
}

/** Whether `word` is written at `pos`, not followed by more letters when it ends in a letter. */
export function wordAt(text: string, pos: number, word: string): boolean {
  if (!text.startsWith(word, pos)) return false;
  const last = word.charCodeAt(word.length - 1);
  return !isAsciiLetter(last) || !isWordChar(text.charCodeAt(pos + word.length));
}

/**
 * Matches words written with one space between them (`Dkt. No.`) at `pos`, accepting any gap
 * `skipGap` accepts between them. Returns the end, or -1.
 */
export function wordsAt(text: string, pos: number, words: string): number {
  return wordSequenceAt(text, pos, splitWords(words));
}

const SPLIT = new Map<string, readonly string[]>();

/** `Dkt. No.` → [`Dkt.`, `No.`], computed once per phrase. */
export function splitWords(words: string): readonly string[] {
  let parts = SPLIT.get(words);
  if (!parts) {
    parts = words.split(' ');
    SPLIT.set(words, parts);
  }
  return parts;
}

/** `wordsAt` for a phrase already split into words. */
export function wordSequenceAt(text: string, pos: number, parts: readonly string[]): number {
  let i = pos;
  for (let k = 0; k < parts.length; k++) {
    if (k > 0) {
      const next = skipGap(text, i);
      if (next === i) return -1;
      i = next;
    }
    if (!wordAt(text, i, parts[k])) return -1;
    i += parts[k].length;
  }
  return i;
}

/**
 * The word before `pos` (letters, digits, dots and apostrophes), skipping at most three spaces;
 * at most 16 characters are read back. Empty when a punctuation mark or the start comes first.
 */
export function wordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 3 && isInlineSpace(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 16) {
    const c = text.charCodeAt(start - 1);
    if (isWordChar(c) || c === 46 /* . */ || c === 39 /* ' */ || c === 0x2019) start--;
    else break;
  }
  return text.slice(start, end);
}

/** The character before `pos` after skipping at most three spaces (and no line break), or ''. */
export function charBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && pos - i < 3 && isInlineSpace(text[i - 1])) i--;
  return i > 0 ? text[i - 1] : '';
}

/**
 * Whether the text after `pos` starts a reporter or database cite rather than more of a docket
 * cite: ` F.3d`, ` U.S.`, ` S. Ct.`, ` WL`, ` U.S. Dist. LEXIS`. Lets `Dkt. 12, 14 F.3d 33` stop
 * before `14`, which belongs to the case citation.
 */
export function reporterFollows(text: string, pos: number): boolean {
  if (!isInlineSpace(text[pos] ?? '')) return false;
  const i = pos + 1;
  if (wordAt(text, i, 'WL') || wordAt(text, i, 'LEXIS')) return true;
  if (!isUpper(text.charCodeAt(i))) return false;
  // An abbreviation: a capital, up to six more letters, then a period (F., U.S., Cal., So.).
  for (let k = i + 1; k < text.length && k - i <= 7; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) return true;
    if (!isAsciiLetter(c)) return false;
  }
  return false;
}

/** A two-digit year as a full year (`23` → 2023, `98` → 1998): electronic dockets begin in the 1990s. */
export function fullYear(yy: string): number {
  const n = Number(yy);
  if (yy.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/**
 * The places where `needle` is written in `text`, for scanners that stop only at a few rare
 * words instead of reading every character: `indexOf` finds the next one many times faster than
 * a loop over the characters. `next(from)` is the first place at or after `from`, or -1; `from`
 * must never decrease, and each answer is remembered until the scan passes it, so all the calls
 * together read the text once.
 */
/** The earliest place at or after `from` any of `triggers` gives (each gives places in order), or -1. */
export function earliest(triggers: ReadonlyArray<{ next(from: number): number }>, from: number): number {
  let i = -1;
  for (const t of triggers) {
    const at = t.next(from);
    if (at >= 0 && (i < 0 || at < i)) i = at;
  }
  return i;
}

export class Occurrences {
  private searched = false;
  private found = -1;
  /** For a character outside Latin-1: every place, in order (see the constructor). */
  private readonly all: number[] | undefined;
  private allIndex = 0;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {
    // V8 finds a single character with `indexOf` by looking for its higher byte: for U+2011 that
    // is 0x20, a space, so the search stops at every space and takes longer than a loop. Searched
    // backward the same character is found quickly; its places are rare, and kept in a list.
    if (needle.length === 1 && needle.charCodeAt(0) > 0xff) {
      this.all = [];
      for (let k = text.lastIndexOf(needle); k >= 0; k = k > 0 ? text.lastIndexOf(needle, k - 1) : -1) this.all.push(k);
      this.all.reverse();
    }
  }

  next(from: number): number {
    if (this.all) {
      while (this.allIndex < this.all.length && this.all[this.allIndex] < from) this.allIndex++;
      return this.allIndex < this.all.length ? this.all[this.allIndex] : -1;
    }
    if (this.searched && (this.found === -1 || this.found >= from)) return this.found;
    this.searched = true;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}
