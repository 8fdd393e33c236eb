/**
 * Exhibit labels: `1`, `12`, `A`, `AA`, `12-B`, `1-A`, `3A`.
 *
 * A label is compared by its key, not by how it is written: `Ex. 01` and `Ex. 1` are one exhibit,
 * and so are `Ex. 12-B` and `Ex. 12B`. Keys keep the label's parts (numbers without leading zeros,
 * letters in capitals) joined by `-`.
 *
 * Everything here works on one label at a time and reads at most a few dozen characters, so the
 * scanners that call it stay linear in the text.
 */
import { isAsciiLower as isLower, isAsciiUpper as isUpper, isAsciiWordChar as isWordChar, isDigit } from '../../text/chars';

export type LabelKind = 'number' | 'letters' | 'compound';

/** Longest run of digits read as one label part; longer runs are not exhibit labels. */
export const MAX_LABEL_DIGITS = 8;
/** Most parts a compound label has (`12-B-3`). */
const MAX_LABEL_PARTS = 3;

/**
 * Two-letter capitals that are words, not labels: `EXHIBIT TO DECLARATION` names no Exhibit TO.
 * A single capital (`Exhibit I`) is always a label.
 */
const LETTER_WORDS = new Set([
  'AN', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'ID', 'IF', 'IN', 'IS', 'IT', 'ME', 'MY', 'NO', 'OF', 'ON', 'OR', 'SO',
  'TO', 'UP', 'US', 'WE',
]);

/** One part of a label: a number or a run of capitals. */
interface LabelPart {
  digits: boolean;
  text: string;
}

/** The key two labels share when they name the same exhibit: `01` → `1`, `12B` → `12-B`, `a` → `A`. */
export function exhibitKey(label: string): string {
  if (isOwnKey(label)) return label;
  return splitParts(label)
    .map((p) => (p.digits ? stripZeros(p.text) : p.text.toUpperCase()))
    .join('-');
}

/**
 * Whether a label is its own key, as most are: one number without a leading zero (`12`, `0`), or
 * capitals only (`A`, `AA`). Saves splitting the label into parts.
 */
function isOwnKey(label: string): boolean {
  const n = label.length;
  if (n === 0) return false;
  const first = label.charCodeAt(0);
  if (isDigit(first)) {
    if (first === 48 /* 0 */ && n > 1) return false;
    for (let i = 1; i < n; i++) if (!isDigit(label.charCodeAt(i))) return false;
    return true;
  }
  for (let i = 0; i < n; i++) if (!isUpper(label.charCodeAt(i))) return false;
  return true;
}

/** What a label is made of: one number, one run of letters, or several parts. */
export function labelKind(label: string): LabelKind {
  const parts = splitParts(label);
  if (parts.length !== 1) return 'compound';
  return parts[0].digits ? 'number' : 'letters';
}

/**
 * Where a simple label sits in its sequence: `7` → 7, `A` → 1, `Z` → 26, `AA` → 27 (as
 * spreadsheets count). Undefined for compound labels, which have no single place.
 */
export function labelOrdinal(label: string): number | undefined {
  const parts = splitParts(label);
  if (parts.length !== 1) return undefined;
  return partOrdinal(parts[0]);
}

/** The label at `ordinal` in the sequence of `kind`: 3 → `3` or `C`. */
export function labelAtOrdinal(kind: 'number' | 'letters', ordinal: number): string {
  if (kind === 'number') return String(ordinal);
  let n = ordinal;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A label's range family and place, for ranges like `Exs. 12-A – 12-C`: everything but the last
 * part is the family (`12`), the last part gives the place (`A` → 1).
 */
export function labelPlace(label: string): { family: string; kind: 'number' | 'letters'; ordinal: number } | undefined {
  const parts = splitParts(label);
  if (parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  const ordinal = partOrdinal(last);
  if (ordinal === undefined) return undefined;
  const family = parts
    .slice(0, -1)
    .map((p) => (p.digits ? stripZeros(p.text) : p.text.toUpperCase()))
    .join('-');
  return { family, kind: last.digits ? 'number' : 'letters', ordinal };
}

/** Orders labels as a reader expects: numbers by value, then letters, then compound labels by parts. */
export function compareLabels(a: string, b: string): number {
  // Most labels are numbers: compared by value without splitting them into parts.
  if (allDigits(a) && allDigits(b)) return compareDigitStrings(a, b);
  const pa = splitParts(a);
  const pb = splitParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x.digits !== y.digits) return x.digits ? -1 : 1;
    const c = x.digits ? compareDigitStrings(x.text, y.text) : compareLetters(x.text.toUpperCase(), y.text.toUpperCase());
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Whether `label` is a well-formed exhibit label on its own (as in an exhibit list cell). */
export function isExhibitLabel(label: string): boolean {
  const r = readLabel(label, 0, false);
  return r !== undefined && r.end === label.length;
}

/**
 * Reads a label at `i`: `12`, `3A`, `AA`, `12-B`. With `plural`, a hyphen between two parts of the
 * same kind is a range (`Exs. 3-5`), not a compound label, and is left for the caller. Returns the
 * label as written and where it ends, or undefined when no label starts at `i` or what follows
 * makes it something else (`Ex. 1.5`, `Exhibit Attached`).
 */
export function readLabel(text: string, i: number, plural: boolean): { label: string; end: number } | undefined {
  const first = readPart(text, i);
  if (!first) return undefined;
  let end = first.end;
  let parts = 1;
  let previous = first;
  while (parts < MAX_LABEL_PARTS) {
    const c = text.charCodeAt(end);
    let partStart = end;
    if (c === 45 /* - */ || c === 0x2011 /* non-breaking hyphen */) partStart = end + 1;
    else if (!(previous.digits && isUpper(c))) break; // `3A`: letters straight after digits
    const next = readPart(text, partStart);
    if (!next) break;
    if (partStart > end && plural && next.digits === previous.digits) break; // a range, not a compound label
    if (partStart === end && (next.digits || next.end - partStart > 2)) break;
    end = next.end;
    parts++;
    previous = next;
  }
  if (!labelEndsHere(text, end)) return undefined;
  const label = text.slice(i, end);
  if (parts === 1 && !first.digits && LETTER_WORDS.has(label)) return undefined;
  return { label, end };
}

/** One label part at `i`: digits, or one or two capitals (three only when all the same: `AAA`). */
function readPart(text: string, i: number): { end: number; digits: boolean } | undefined {
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    let j = i;
    while (j < text.length && j - i <= MAX_LABEL_DIGITS && isDigit(text.charCodeAt(j))) j++;
    if (j - i > MAX_LABEL_DIGITS) return undefined;
    return { end: j, digits: true };
  }
  if (isUpper(c)) {
    let j = i;
    while (j < text.length && j - i <= 3 && isUpper(text.charCodeAt(j))) j++;
    const n = j - i;
    if (n > 3) return undefined;
    if (n === 3 && !(text[i] === text[i + 1] && text[i] === text[i + 2])) return undefined;
    // Letters followed by lower-case letters are a word (`Exhibit Attached`), not a label.
    if (isLower(text.charCodeAt(j))) return undefined;
    return { end: j, digits: false };
  }
  return undefined;
}

/** A label ends before a space or punctuation, not inside a word, a decimal (`1.5`) or a number (`1,000`). */
function labelEndsHere(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (isDigit(c) || isUpper(c) || isLower(c) || c === 95 /* _ */) return false;
  if ((c === 46 /* . */ || c === 44 /* , */) && isDigit(text.charCodeAt(end + 1))) return false;
  return true;
}

function splitParts(label: string): LabelPart[] {
  const parts: LabelPart[] = [];
  let i = 0;
  while (i < label.length) {
    const c = label.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      while (j < label.length && isDigit(label.charCodeAt(j))) j++;
      parts.push({ digits: true, text: label.slice(i, j) });
      i = j;
    } else if (isUpper(c) || isLower(c)) {
      let j = i;
      while (j < label.length && (isUpper(label.charCodeAt(j)) || isLower(label.charCodeAt(j)))) j++;
      parts.push({ digits: false, text: label.slice(i, j) });
      i = j;
    } else {
      i++;
    }
  }
  return parts;
}

function partOrdinal(p: LabelPart): number | undefined {
  if (p.digits) {
    const n = Number(stripZeros(p.text));
    return Number.isSafeInteger(n) ? n : undefined;
  }
  const t = p.text.toUpperCase();
  if (t.length > 3) return undefined;
  let n = 0;
  for (let i = 0; i < t.length; i++) n = n * 26 + (t.charCodeAt(i) - 64);
  return n;
}

function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}

/** Compares two digit strings by value without converting them (they may be long). */
export function compareDigitStrings(a: string, b: string): number {
  const x = stripZeros(a);
  const y = stripZeros(b);
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareLetters(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

// The character classes of labels: ASCII only (`Ex. 12-B`, `Exhibit AA`).
export { isAsciiLower as isLower, isAsciiUpper as isUpper, isAsciiWordChar as isWordChar, isDigit } from '../../text/chars';
