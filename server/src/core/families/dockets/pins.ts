import {
  EN_DASH, isDigit, isHyphen, isInlineSpace, isRangeDash, isWordChar, readDigits, reporterFollows, wordAt,
} from './scan';

/**
 * Pin cites into a docket entry: the page, paragraph or page-and-line a docket cite points to.
 *
 *   `at 3`, `at 3–5`, `at 3 n.2`, `at 3, 7`, `at 14:3–15:2` (a transcript), `at p. 3`,
 *   `¶ 14`, `¶¶ 76, 430`, `¶¶ 76–80`, `at ¶¶76, 430`, `PageID #1234`.
 *
 * `readPin` reads one forward from where the pin starts (after `at `, or at the `¶`); what it
 * returns is enough for `docket-pin-format` to check and fix the pin without reading it again.
 */
export interface PinRead {
  /** Reader offsets of the pin, `¶` (or the first page) to the last number. */
  start: number;
  end: number;
  kind: 'page' | 'page-line' | 'paragraph' | 'pageid';
  /** The paragraph mark as written (`¶` or `¶¶`) and where it is. */
  mark?: { start: number; end: number; text: string };
  /** Whether a space separates the paragraph mark from the first number. */
  spaceAfterMark: boolean;
  /** How many pages or paragraphs it names: a range counts as several. */
  count: number;
  /** Offsets of hyphens that join the two ends of a range (`3-5`, `76-80`), where an en dash is usual. */
  hyphens: number[];
}

/** Most items read in one pin list (`¶¶ 1, 2, 3, …`); the rest is left as text. */
const MAX_ITEMS = 50;

/** Reads a pin cite starting exactly at `pos`, or returns undefined. */
export function readPin(text: string, pos: number): PinRead | undefined {
  const ch = text[pos];
  let read: PinRead | undefined;
  if (ch === '\u00b6') read = readParagraphs(text, pos);
  else if (wordAt(text, pos, 'PageID')) read = readPageId(text, pos);
  else if (wordAt(text, pos, 'p.') || wordAt(text, pos, 'pp.')) read = readPages(text, skipSpaces(text, pos + (text[pos + 1] === 'p' ? 3 : 2), 1), pos);
  else if (isDigit(text.charCodeAt(pos))) read = readPages(text, pos, pos);
  if (!read) return undefined;
  // A pin ends at a word boundary (`at 3d` is not a pin) and is not a decimal (`at 3.5`).
  const next = text.charCodeAt(read.end);
  if (isWordChar(next)) return undefined;
  if ((next === 46 || next === 44) && isDigit(text.charCodeAt(read.end + 1))) return undefined;
  return read;
}

function skipSpaces(text: string, pos: number, max: number): number {
  let i = pos;
  while (i < text.length && i - pos < max && isInlineSpace(text[i])) i++;
  return i;
}

/** One number or range of numbers (`76`, `76–80`, `532-35`) and its hyphen, if a range uses one. */
interface NumberItem {
  end: number;
  count: number;
  hyphen?: number;
}

function readNumberItem(text: string, pos: number, maxDigits: number): NumberItem | undefined {
  const aEnd = readDigits(text, pos, maxDigits);
  if (aEnd < 0) return undefined;
  const dash = text[aEnd];
  if (isHyphen(dash) || dash === EN_DASH) {
    const bEnd = readDigits(text, aEnd + 1, maxDigits);
    if (bEnd > 0 && !isWordChar(text.charCodeAt(bEnd))) {
      const a = text.slice(pos, aEnd);
      const b = text.slice(aEnd + 1, bEnd);
      if (isAscendingRange(a, b)) return { end: bEnd, count: 2, ...(isHyphen(dash) ? { hyphen: aEnd } : {}) };
      // `3-1`: not a range but a page label (chapter 3, page 1); kept whole, not flagged.
      if (isHyphen(dash)) return { end: bEnd, count: 1 };
    }
  }
  return { end: aEnd, count: 1 };
}

/**
 * Whether `a`–`b` runs forward, reading `b` as the Bluebook's shortened end (`532-35` is 532
 * to 535) when it has fewer digits than `a`.
 */
export function isAscendingRange(a: string, b: string): boolean {
  const full = b.length < a.length ? a.slice(0, a.length - b.length) + b : b;
  return Number(full) > Number(a);
}

/** A list separator before another item: `, `, `,`, `, and `, ` and `, ` & `. Returns the item's start or -1. */
function listSeparator(text: string, pos: number, allowBareComma: boolean): number {
  let i = pos;
  if (text[i] === ',') {
    i++;
    const spaced = skipSpaces(text, i, 2);
    if (spaced === i && !allowBareComma) return -1;
    i = spaced;
    if (wordAt(text, i, 'and') && isInlineSpace(text[i + 3] ?? '')) i = skipSpaces(text, i + 3, 2);
    return i;
  }
  if (!isInlineSpace(text[i] ?? '')) return -1;
  i++;
  if (wordAt(text, i, 'and') && isInlineSpace(text[i + 3] ?? '')) return skipSpaces(text, i + 3, 2);
  if (text[i] === '&' && isInlineSpace(text[i + 1] ?? '')) return skipSpaces(text, i + 1, 2);
  return -1;
}

function readParagraphs(text: string, pos: number): PinRead | undefined {
  const markEnd = text[pos + 1] === '\u00b6' ? pos + 2 : pos + 1;
  const first = skipSpaces(text, markEnd, 2);
  let item = readNumberItem(text, first, 5);
  if (!item) return undefined;
  let end = item.end;
  let count = item.count;
  const hyphens: number[] = item.hyphen !== undefined ? [item.hyphen] : [];
  for (let n = 1; n < MAX_ITEMS; n++) {
    const next = listSeparator(text, end, true);
    if (next < 0 || reporterFollowsNumber(text, next)) break;
    item = readNumberItem(text, next, 5);
    if (!item || isWordChar(text.charCodeAt(item.end))) break;
    end = item.end;
    count += item.count;
    if (item.hyphen !== undefined) hyphens.push(item.hyphen);
  }
  return {
    start: pos,
    end,
    kind: 'paragraph',
    mark: { start: pos, end: markEnd, text: text.slice(pos, markEnd) },
    spaceAfterMark: first > markEnd,
    count,
    hyphens,
  };
}

function readPageId(text: string, pos: number): PinRead | undefined {
  let i = pos + 'PageID'.length;
  const limit = i + 3;
  while (i < limit && (text[i] === ' ' || text[i] === '#' || text[i] === ':' || text[i] === '.')) i++;
  const item = readNumberItem(text, i, 7);
  if (!item) return undefined;
  return { start: pos, end: item.end, kind: 'pageid', spaceAfterMark: false, count: item.count, hyphens: item.hyphen !== undefined ? [item.hyphen] : [] };
}

/** A page (`3`), a page and line (`14:3`), or a range of either, with the hyphen of a range. */
function readPageItem(text: string, pos: number): (NumberItem & { lines: boolean }) | undefined {
  const aEnd = readDigits(text, pos, 5);
  if (aEnd < 0) return undefined;
  let end = aEnd;
  let lines = false;
  let aLine = -1;
  if (text[end] === ':' && isDigit(text.charCodeAt(end + 1))) {
    const lineEnd = readDigits(text, end + 1, 2);
    if (lineEnd < 0) return undefined;
    aLine = Number(text.slice(end + 1, lineEnd));
    end = lineEnd;
    lines = true;
  }
  const dash = text[end];
  if (!isHyphen(dash) && dash !== EN_DASH) return { end, count: 1, lines };
  const bStart = end + 1;
  const bEnd = readDigits(text, bStart, 5);
  if (bEnd < 0) return { end, count: 1, lines };
  const a = Number(text.slice(pos, aEnd));
  let ascending: boolean;
  let rangeEnd = bEnd;
  if (lines && text[bEnd] === ':' && isDigit(text.charCodeAt(bEnd + 1))) {
    // `14:3-15:2`: page and line to page and line.
    const bLineEnd = readDigits(text, bEnd + 1, 2);
    if (bLineEnd < 0) return { end, count: 1, lines };
    const b = Number(text.slice(bStart, bEnd));
    ascending = b > a || (b === a && Number(text.slice(bEnd + 1, bLineEnd)) > aLine);
    rangeEnd = bLineEnd;
  } else if (lines) {
    // `14:3-9`: lines 3 to 9 of page 14.
    ascending = Number(text.slice(bStart, bEnd)) > aLine;
  } else {
    ascending = isAscendingRange(text.slice(pos, aEnd), text.slice(bStart, bEnd));
  }
  if (isWordChar(text.charCodeAt(rangeEnd))) return { end, count: 1, lines };
  if (!ascending) return isHyphen(dash) ? { end: rangeEnd, count: 1, lines } : { end, count: 1, lines };
  return { end: rangeEnd, count: 2, lines, ...(isHyphen(dash) ? { hyphen: end } : {}) };
}

/** A footnote after a page: ` n.2`, ` nn.2–3`, ` n. 2`, ` & n.2`. Returns its end, or -1. */
function readNote(text: string, pos: number): number {
  let i = pos;
  if (!isInlineSpace(text[i] ?? '')) return -1;
  i++;
  if (text[i] === '&' && isInlineSpace(text[i + 1] ?? '')) i += 2;
  if (text.startsWith('nn.', i)) i += 3;
  else if (text.startsWith('n.', i)) i += 2;
  else return -1;
  i = skipSpaces(text, i, 1);
  const item = readNumberItem(text, i, 3);
  return item ? item.end : -1;
}

function readPages(text: string, pos: number, start: number): PinRead | undefined {
  let item = readPageItem(text, pos);
  if (!item) return undefined;
  let end = item.end;
  let count = item.count;
  let lines = item.lines;
  const hyphens: number[] = item.hyphen !== undefined ? [item.hyphen] : [];
  const note = readNote(text, end);
  if (note > 0) end = note;
  for (let n = 1; n < MAX_ITEMS; n++) {
    const next = listSeparator(text, end, false);
    if (next < 0 || reporterFollowsNumber(text, next)) break;
    item = readPageItem(text, next);
    if (!item || isWordChar(text.charCodeAt(item.end))) break;
    end = item.end;
    count += item.count;
    lines ||= item.lines;
    if (item.hyphen !== undefined) hyphens.push(item.hyphen);
    const more = readNote(text, end);
    if (more > 0) end = more;
  }
  return { start, end, kind: lines ? 'page-line' : 'page', spaceAfterMark: false, count, hyphens };
}

/** Whether the number at `pos` is the volume of a reporter cite (`14 F.3d`), not another pin. */
function reporterFollowsNumber(text: string, pos: number): boolean {
  const end = readDigits(text, pos, 5);
  return end > 0 && reporterFollows(text, end);
}

/**
 * A pin written before a parenthetical or comma docket cite: `Pl.'s Mot. at 5 (ECF No. 15)`,
 * `Compl. ¶ 14, ECF No. 1`. `before` is where the `(` or `,` is. Looks back at most 60
 * characters, and accepts a pin only when it runs right up to `before`.
 */
export function readPinBefore(text: string, before: number): PinRead | undefined {
  let end = before;
  while (end > 0 && before - end < 2 && isInlineSpace(text[end - 1])) end--;
  const from = Math.max(0, end - 60);
  for (let i = end - 1; i >= from; i--) {
    const ch = text[i];
    let start = -1;
    if (ch === '\u00b6' && text[i - 1] !== '\u00b6') start = i;
    else if (ch === 't' && text[i - 1] === 'a' && isInlineSpace(text[i + 1] ?? '') && (i < 2 || !isWordChar(text.charCodeAt(i - 2)))) start = skipSpaces(text, i + 1, 2);
    if (start < 0) continue;
    const pin = readPin(text, start);
    return pin && pin.end === end ? pin : undefined;
  }
  return undefined;
}
