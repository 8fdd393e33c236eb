/**
 * Small character-level helpers for the citation scanners. Everything here looks at a bounded
 * number of characters, so a scanner built from them stays linear in the text.
 */
import type { Span } from '../../types';
import { isBlank, isDigit, isLineBreak, isSpace, isWordChar } from '../../text/chars';

// The character classes of the case scanners (ASCII and Latin-1 letters), from the one set.
export { isBlank, isDigit, isJsSpace, isLetter, isLineBreak, isLower, isSpace, isUpper, isWordChar } from '../../text/chars';

/** Hyphen, en dash, em dash: the marks of a page range. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * End of the white space at `pos` that may sit inside a citation: spaces, and at most one line
 * break (a hard-wrapped line), never a blank line. `max` bounds the run before the line break;
 * after it, the next line's indentation (at most INDENT_MAX characters) and a pleading-paper line
 * number in its margin (`17      F.3d 1198`) are skipped as well.
 */
export function skipInlineSpace(text: string, pos: number, max = 8): number {
  let i = pos;
  while (i < text.length && i - pos < max && isBlank(text.charCodeAt(i))) i++;
  if (i - pos >= max || i >= text.length) return i;
  const c = text.charCodeAt(i);
  if (!isLineBreak(c)) return i;
  i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  i = indentEnd(text, i);
  i = lineNumberEnd(text, i);
  // A line break followed by another one (perhaps after blanks) is a paragraph break: give back.
  return i < text.length && isLineBreak(text.charCodeAt(i)) ? pos : i;
}

/** How much indentation of a wrapped line is read as part of a citation's white space. */
const INDENT_MAX = 24;

function indentEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && i - pos < INDENT_MAX && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * After a pleading-paper line number at `pos`, the start of a line (`17      311 F.3d 1198`): a
 * number from 1 to 28, then at least two blanks, then text; `pos` when there is none.
 */
export function lineNumberEnd(text: string, pos: number): number {
  const digits = isDigit(text.charCodeAt(pos)) ? (isDigit(text.charCodeAt(pos + 1)) ? 2 : 1) : 0;
  if (digits === 0 || isDigit(text.charCodeAt(pos + digits))) return pos;
  const n = digits === 1 ? text.charCodeAt(pos) - 48 : (text.charCodeAt(pos) - 48) * 10 + text.charCodeAt(pos + 1) - 48;
  if (n < 1 || n > 28 || !isBlank(text.charCodeAt(pos + digits)) || !isBlank(text.charCodeAt(pos + digits + 1))) return pos;
  const end = indentEnd(text, pos + digits);
  return end < text.length && !isSpace(text.charCodeAt(end)) ? end : pos;
}

/** Whether the number at `pos` is a pleading-paper line number: at a line's start (after indentation), as `lineNumberEnd` reads one. */
export function isLineNumberAt(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < INDENT_MAX && isBlank(text.charCodeAt(i - 1))) i--;
  return (i === 0 || isLineBreak(text.charCodeAt(i - 1))) && lineNumberEnd(text, pos) > pos;
}

/** Start of the inline white space ending at `pos` (the mirror of `skipInlineSpace`). */
export function skipInlineSpaceBack(text: string, pos: number, max = 8): number {
  let i = pos;
  // The indentation of a wrapped line, and a line number in its margin.
  while (i > 0 && pos - i < INDENT_MAX && isBlank(text.charCodeAt(i - 1))) i--;
  if (i < pos - 1 && i > 0 && isDigit(text.charCodeAt(i - 1))) {
    let d = i - 1;
    if (d > 0 && isDigit(text.charCodeAt(d - 1))) d--;
    if (isLineNumberAt(text, d) && lineNumberEnd(text, d) === pos) {
      i = d;
      while (i > 0 && i > d - INDENT_MAX && isBlank(text.charCodeAt(i - 1))) i--;
    }
  }
  if (i > 0 && isLineBreak(text.charCodeAt(i - 1))) {
    i--;
    if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
    const lineEnd = i;
    while (i > 0 && lineEnd - i < max && isBlank(text.charCodeAt(i - 1))) i--;
    // A blank line before: a paragraph break.
    if (i === 0 || isLineBreak(text.charCodeAt(i - 1))) return pos;
    return i;
  }
  // No line break: as many blanks as `max` allows.
  return pos - i <= max ? i : pos - max;
}

/** End of the run of digits at `pos` (at most `max` digits; `pos` when there are none or more). */
export function digitsEnd(text: string, pos: number, max: number): number {
  let i = pos;
  while (i < text.length && isDigit(text.charCodeAt(i))) {
    i++;
    if (i - pos > max) return pos;
  }
  return i;
}

/** Whether `word` is written at `pos`, ending at a word boundary. */
export function wordAt(text: string, pos: number, word: string): boolean {
  if (!text.startsWith(word, pos)) return false;
  const last = word.charCodeAt(word.length - 1);
  return !isWordChar(last) || !isWordChar(text.charCodeAt(pos + word.length));
}

/** Whether `pos` starts a word: the text starts there, or a character that is no letter or digit precedes it. */
export function atWordStart(text: string, pos: number): boolean {
  return pos === 0 || !isWordChar(text.charCodeAt(pos - 1));
}

/** Collapses white space runs to one space and trims. */
export function squeezeSpace(s: string): string {
  // Most citations hold single spaces only: leave them as they are.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) plain = i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 32;
    else if (c < 32 || c === 0xa0) plain = false;
  }
  return plain ? s : s.replace(/\s+/g, ' ').trim();
}

/**
 * Matching parentheses, found once for the whole text in one left-to-right pass. Pairs never
 * cross a blank line (a paragraph break), so one stray `(` cannot swallow the rest of a draft.
 */
export class ParenIndex {
  /** Offsets of the `(` that were paired or may be, in text order; `close[k]` is the `)` of `open[k]`, or -1. */
  private readonly open: number[] = [];
  private readonly close: number[] = [];

  constructor(text: string) {
    const open = this.open;
    const close = this.close;
    // Indices into `open` of the parentheses still open.
    const stack: number[] = [];
    let lastBreak = -2;
    // The three marks are found with `indexOf` (far faster than a character loop or a pattern)
    // and taken in text order.
    let nextOpen = text.indexOf('(');
    let nextClose = text.indexOf(')');
    let nextBreak = text.indexOf('\n');
    for (;;) {
      if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose) && (nextBreak < 0 || nextOpen < nextBreak)) {
        if (stack.length < 64) {
          stack.push(open.length);
          open.push(nextOpen);
          close.push(-1);
        }
        nextOpen = text.indexOf('(', nextOpen + 1);
      } else if (nextClose >= 0 && (nextBreak < 0 || nextClose < nextBreak)) {
        const k = stack.pop();
        if (k !== undefined) close[k] = nextClose;
        nextClose = text.indexOf(')', nextClose + 1);
      } else if (nextBreak >= 0) {
        // A blank line (only blanks since the previous line break) ends every open parenthesis.
        if (lastBreak >= 0 && onlyBlanks(text, lastBreak + 1, nextBreak)) stack.length = 0;
        lastBreak = nextBreak;
        nextBreak = text.indexOf('\n', nextBreak + 1);
      } else break;
    }
  }

  /** Offset of the `)` matching the `(` at `pos`, or -1. */
  closeOf(pos: number): number {
    const open = this.open;
    let lo = 0;
    let hi = open.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const o = open[mid];
      if (o === pos) return this.close[mid];
      if (o < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

function onlyBlanks(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c) && c !== 13) return false;
  }
  return true;
}

/** Emphasis ranges of the reader, searchable by where they end. */
export class EmphasisIndex {
  constructor(private readonly ranges: ReadonlyArray<readonly [number, number]>) {}

  /** The emphasised range ending exactly at `end` (the innermost, i.e. the one starting last). */
  endingAt(end: number): Span | undefined {
    const start = this.startEndingAt(end);
    return start < 0 ? undefined : { start, end };
  }

  /** Start of the emphasised range ending exactly at `end` (as `endingAt`), or -1: no object made. */
  startEndingAt(end: number): number {
    // Ranges are sorted by start; ends are not, but nested ranges are rare: scan the neighbourhood.
    let lo = 0;
    let hi = this.ranges.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid][0] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = found; k >= 0 && found - k < 8; k--) {
      const r = this.ranges[k];
      if (r[1] === end) return r[0];
    }
    return -1;
  }

  /** The emphasised range starting exactly at `start`. */
  startingAt(start: number): Span | undefined {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.ranges[mid];
      if (r[0] === start) return { start: r[0], end: r[1] };
      if (r[0] < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
