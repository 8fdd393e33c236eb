/**
 * `matchReporterAt`: the longest reporter spelling starting at a position, by a walk of the
 * spelling trie. Bounded work per call: at most MAX_SPELLING trie steps, each whitespace run
 * capped at MAX_SPACE_RUN characters; no regular expressions, no allocation but the result.
 */
import { ENDS, GUARDED_NODE, MAX_SPELLING, SPACE_OK, TRIE_EDITIONS, TRIE_FLAGS, collapseSpaces, isSpace, straightApostrophe, trieChild } from './table';
import type { Edition } from './types';
import { isDigit, isLatinLetter as isLetter } from '../text/chars';

/** What `matchReporterAt` found. */
export interface ReporterMatch {
  /** Offset of the first character (the `pos` passed in). */
  readonly start: number;
  /** Offset just past the last character matched (UTF-16 units, end exclusive). */
  readonly end: number;
  /** `end - start`. */
  readonly length: number;
  /** The text as written, `text.slice(start, end)`. */
  readonly text: string;
  /**
   * Every edition this spelling may name, in table order: one for most spellings, several
   * for shared ones (`Ark.`: the Arkansas Reports and the 2009– public-domain form). Pick with
   * `chooseEdition`. Each carries its canonical `abbreviation`.
   */
  readonly candidates: readonly Edition[];
  /**
   * True when the text as written (whitespace runs read as one space, curly apostrophes as
   * straight) is a canonical spelling of a candidate: `F. Supp. 2d` yes, `F.Supp.2d` no.
   */
  readonly canonical: boolean;
  /**
   * The spelling is a plain word (`Gray`, `Hill`, `Day`: the prose rule, docs/reporters.md): a
   * caller reads it as a reporter only where the citation shows itself (a parenthetical with a year).
   */
  readonly guarded: boolean;
}

/** Longest whitespace run accepted inside an abbreviation. */
const MAX_SPACE_RUN = 32;

const DOT = 0x2e;
const APOSTROPHE = 0x27;
const NEWLINE = 0x0a;

/**
 * True when a spelling may end before `next` (the following code unit, or -1 at the end of
 * the text): the next character is no letter, digit or apostrophe (`U.S.` is no match in `U.S.C.`).
 */
function atBoundary(next: number): boolean {
  if (next < 0) return true;
  const n = straightApostrophe(next);
  return !(isLetter(n) || isDigit(n) || n === APOSTROPHE);
}

/**
 * Whether `collapseSpaces` would leave a spelling as it is: single spaces only, none at either
 * end, no other white space, no curly apostrophe (most spellings as written, `F. Supp. 2d`).
 */
function plainSpelling(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 0x20) return false;
    } else if (isSpace(c) || straightApostrophe(c) !== c) return false;
  }
  return true;
}

/**
 * The longest known reporter spelling (canonical or variant) that starts exactly at `pos` in
 * `text` and ends at a token boundary, or undefined.
 *
 * Matching is case-sensitive. Whitespace inside an abbreviation is flexible: a run of spaces,
 * tabs and no-break spaces holding at most one line break may stand after a period or an
 * apostrophe, between letters and digits (`NE 2d`), and wherever a table spelling has a
 * space, so `F.Supp.2d`, `F. Supp.2d` and `F. Supp. 2d` all match F. Supp. 2d (the first two
 * as non-canonical). Periods and apostrophes must be as in some listed spelling (`US`,
 * `NE2d`, `Fed. Appx.` are listed variants). The caller decides what may precede `pos`; the
 * match never starts with whitespace and never includes trailing whitespace.
 *
 * Bounded work per call, whatever the text. Never throws (out-of-range `pos` → undefined).
 */
export function matchReporterAt(text: string, pos: number): ReporterMatch | undefined {
  if (typeof text !== 'string' || !Number.isInteger(pos) || pos < 0 || pos >= text.length) return undefined;
  const n = text.length;
  let node = 0;
  let i = pos;
  let steps = 0;
  let last = -1;
  let bestEnd = -1;
  let bestNode = -1;

  while (i < n && steps < MAX_SPELLING) {
    let c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (node === 0) break;
      // A whitespace run: at most MAX_SPACE_RUN characters and one line break.
      let j = i;
      let breaks = 0;
      while (j < n && j - i <= MAX_SPACE_RUN && isSpace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === NEWLINE) breaks++;
        j++;
      }
      if (j >= n || j - i > MAX_SPACE_RUN || breaks > 1) break;
      const following = straightApostrophe(text.charCodeAt(j));
      const allowed = (TRIE_FLAGS[node] & SPACE_OK) !== 0 || last === DOT || last === APOSTROPHE || (isLetter(last) && isDigit(following));
      if (!allowed) break;
      i = j;
      c = text.charCodeAt(i);
    }
    c = straightApostrophe(c);
    const child = trieChild(node, c);
    if (child === 0) break;
    node = child;
    last = c;
    i++;
    steps++;
    if ((TRIE_FLAGS[node] & ENDS) !== 0 && atBoundary(i < n ? text.charCodeAt(i) : -1)) {
      bestEnd = i;
      bestNode = node;
    }
  }
  const candidates = bestNode > 0 ? TRIE_EDITIONS.get(bestNode) : undefined;
  if (!candidates) return undefined;
  const written = text.slice(pos, bestEnd);
  const normalized = plainSpelling(written) ? written : collapseSpaces(written);
  let canonical = false;
  for (let k = 0; k < candidates.length && !canonical; k++) canonical = candidates[k].spellings.includes(normalized);
  return { start: pos, end: bestEnd, length: bestEnd - pos, text: written, candidates, canonical, guarded: (TRIE_FLAGS[bestNode] & GUARDED_NODE) !== 0 };
}
