/**
 * Character classes by UTF-16 code, for the scanners. One place for them: each looks at one
 * character, so a scanner built from them stays linear in the text.
 */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAsciiLetter(c: number): boolean {
  return isAsciiUpper(c) || isAsciiLower(c);
}

/** An ASCII letter or digit. */
export function isAsciiWordChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

/** Upper case in ASCII and Latin-1 (`É`), as names in citations are written. */
export function isUpper(c: number): boolean {
  return isAsciiUpper(c) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Lower case in ASCII and Latin-1. */
export function isLower(c: number): boolean {
  return isAsciiLower(c) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** A letter in ASCII or Latin-1. */
export function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

/** A letter (ASCII or Latin-1) or digit. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** A space or a tab, not a line break. */
export function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Spaces and tabs and the no-break space, not line breaks. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Blanks and line breaks. */
export function isSpace(c: number): boolean {
  return isBlank(c) || isLineBreak(c);
}

/** Whether `c` is white space as `\s` in a pattern reads it. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A letter in ASCII, Latin-1 or Latin Extended-A and -B (`ł`, `ő`), as reporter names are spelt. */
export function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const NON_ASCII_LETTER = /\p{L}/u;

/** A letter (in any script) or an ASCII digit: what continues a word in running text. */
export function isWordCharAnyScript(c: number): boolean {
  if (c < 128) return isAsciiWordChar(c);
  if (Number.isNaN(c)) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}
