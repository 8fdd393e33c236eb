/**
 * A draft cut into chunks that read the same on their own as inside the whole draft, and a
 * ReaderText joined back from the chunks' readers.
 *
 * The checker reads and extracts each chunk on its own, so that after an edit only the chunk that
 * changed is read again (`core/analysis.ts`). That is exact only where nothing the reader or an
 * extractor does crosses a cut:
 *
 * - a cut is made only at the start of a line after a blank line — where the reader ends a
 *   paragraph — and never inside front matter, a fenced code block or an HTML comment, which the
 *   reader treats as one block across blank lines;
 * - never before a line of `---`, which the reader would take for front matter at the start of a
 *   chunk read on its own;
 * - never before a paragraph that may open with an exhibit index entry (`Exhibit 2 — Letter`,
 *   `1. Ex. 4: Chart`): an index runs on across blank lines, under a heading before it;
 * - never right after a line that may end with a volume and a reporter whose page follows a
 *   blank line (`60 F.3d` / blank / `913 (2d Cir. 1994)`, a citation split by a PDF conversion);
 * - never soon after a line that may end with the volume of a citation split by a page break
 *   (`…Apple Inc., 66`, then page furniture, then `F. Supp. 3d 413`): the case extractor looks up
 *   to 40 lines or 6,000 characters ahead for the rest of it, so no cut is made until both twice
 *   as many lines and twice as many characters have passed.
 *
 * Everything else an extractor looks at (a case name before a citation, the parenthetical after
 * it, `Id.` and its antecedent's context) lies within a paragraph. Tests hold the chunked reading
 * equal to reading the whole draft on generated drafts and random ones.
 */
import { blocksAcrossBlankLines, DocumentFormat, LineEnds, lineIs } from './markdown';
import { isDateLine, isPageBreakLine, PAGE_BREAK_LOOKAHEAD } from './pageFurniture';
import { plainReaderText, ReaderText, sourceEndOf } from './readerText';
import { isAsciiLetter, isDigit } from './chars';

/** How far past a possible split volume no cut is made: twice as far as the case extractor looks. */
const SPLIT_HOLD_LINES = 2 * PAGE_BREAK_LOOKAHEAD.lines;
const SPLIT_HOLD_CHARS = 2 * PAGE_BREAK_LOOKAHEAD.chars;
/** One place in how many where a chunk may start is taken (see `chunkStarts`): about four paragraphs a chunk. */
const CUT_SPACING = 4;
/**
 * A chunk this long (characters) is cut at the next place allowed, hash or not: a re-check reads
 * at most about this much again. Cuts chosen by hash do not depend on earlier cuts, so after an
 * edit the chunks are found again from the next of those on.
 */
const MAX_CHUNK = 6144;

/**
 * Start offsets of the chunks of `source`, in order; the first is 0. Linear in the text.
 *
 * Of the places where a cut may be made, about one in `spacing` is taken: those whose paragraph
 * opens with characters that hash to a multiple of `spacing`, and any once a chunk has grown to
 * `MAX_CHUNK` characters. Fewer, larger chunks cost less to read for the first time; and because
 * the hash depends on the paragraph's own first characters, not on where the last cut was, an
 * edit moves only cuts near it, and every chunk after the next hash cut is found again.
 * `spacing` 1 takes every place (tests use it).
 */
export function chunkStarts(source: string, format: DocumentFormat, spacing = CUT_SPACING): number[] {
  const blocks = blocksAcrossBlankLines(source, format);
  const starts = [0];
  let block = 0;
  let blockEnd = -1; // end of the blocks that start before the current line (they may overlap)
  let previousBlank = false;
  let holdLines = 0;
  let holdUntil = -1;
  // The last line that was not blank may end with a reporter whose page follows a blank line.
  let afterReporter = false;
  const lineEnds = new LineEnds(source);
  let pos = 0;
  while (pos < source.length) {
    const lineEnd = lineEnds.endOf(pos);
    let first = pos;
    while (first < lineEnd && (source.charCodeAt(first) === 32 || source.charCodeAt(first) === 9)) first++;
    const blank = first === lineEnd;
    while (block < blocks.length && blocks[block][0] < pos) blockEnd = Math.max(blockEnd, blocks[block++][1]);
    if (!blank) {
      const size = pos - starts[starts.length - 1];
      if (previousBlank && pos > 0 && blockEnd <= pos && holdLines <= 0 && pos >= holdUntil && !afterReporter && !lineIs(source, pos, '---') && !mayBeIndexEntry(source, pos, lineEnd) && (size >= MAX_CHUNK || opensChunk(source, pos, lineEnd, spacing))) {
        starts.push(pos);
      }
      afterReporter = mayEndWithReporter(source, pos, lineEnd);
      holdLines--;
      if (mayEndWithSplitVolume(source, pos, lineEnd) && pageBreakMayFollow(source, lineEnd)) {
        holdLines = SPLIT_HOLD_LINES;
        holdUntil = lineEnd + SPLIT_HOLD_CHARS;
      }
    }
    previousBlank = blank;
    // Past the line break: CRLF, LF or a lone CR.
    pos = source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
  }
  return starts;
}

/**
 * Whether the case extractor might read a page break after the line ending at `lineEnd` (it joins
 * a volume there with a reporter after the break only then): the lines after it, past blank
 * lines, dates and footnotes, reach a page rule, a page number or a filing header before any
 * other line. Markup is taken out first; the end of what is looked at counts as yes.
 */
function pageBreakMayFollow(s: string, lineEnd: number): boolean {
  let pos = lineEnd;
  let inFootnote = false;
  for (let lines = 0; lines < SPLIT_HOLD_LINES && pos < s.length && pos - lineEnd < SPLIT_HOLD_CHARS; lines++) {
    pos += s.charCodeAt(pos) === 13 && s.charCodeAt(pos + 1) === 10 ? 2 : 1;
    let end = pos;
    while (end < s.length && s.charCodeAt(end) !== 10 && s.charCodeAt(end) !== 13) end++;
    const raw = s.slice(pos, Math.min(end, pos + 400));
    pos = end;
    if (raw.trim() === '') {
      inFootnote = false;
      continue;
    }
    if (inFootnote) continue;
    const line = raw.replace(MARKUP, '').trim();
    if (isPageBreakLine(line)) return true;
    if (isDateLine(line)) continue;
    // A footnote (or what may be one) runs to the next blank line.
    if (/^\s*(?:<sup>|\[\^)/i.test(raw) || /^\d{1,3}\s/.test(line)) {
      inFootnote = true;
      continue;
    }
    if (line === '') return true;
    return false;
  }
  return true;
}

/** Markup a reader does not see: tags, entities, emphasis and code marks, escapes. */
const MARKUP = /<[^<>]{0,200}>|&#?\w{1,10};|[*_`\\]/g;


/** Whether a paragraph opening at `pos` is one where a chunk starts: its first characters hash to a multiple of `spacing`. */
function opensChunk(s: string, pos: number, lineEnd: number, spacing: number): boolean {
  if (spacing <= 1) return true;
  let h = 0x811c9dc5;
  const end = Math.min(lineEnd, pos + 32);
  for (let i = pos; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) % spacing === 0;
}

/**
 * Whether the line at `start` may be an exhibit index entry once read: after white space, markup
 * and a list marker (`-`, `1.`, `**`), a word starting with `E` or `G` (`Exhibit`, `Ex.`, `Grp.`)
 * — what the index reader (`exhibits/definitions.ts`) requires. Ers on the side of yes.
 */
function mayBeIndexEntry(s: string, start: number, end: number): boolean {
  let i = start;
  const limit = Math.min(end, start + 24);
  for (; i < limit; i++) {
    const c = s.charCodeAt(i);
    const skip = c === 32 || c === 9 || c === 42 || c === 95 || c === 35 || c === 62 || c === 43 || c === 45 || c === 124 || c === 92 || c === 40 || c === 41 || c === 46 || c === 0x2022 || c === 0xa0 || isDigit(c);
    if (!skip) break;
  }
  const c = s.charCodeAt(i);
  // E G e g; and markup that may read as nothing before one (a tag, a link, an entity).
  return c === 69 || c === 71 || c === 101 || c === 103 || c === 60 || c === 91 || c === 38;
}

/**
 * Whether the line `[start, end)` ends with one to four digits after white space, with a comma
 * shortly before them (`…Apple Inc., 66`, `…Inc.*, 66`): a volume a page break may have split from
 * its reporter.
 */
function mayEndWithSplitVolume(s: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 9)) i--;
  const digitsEnd = i;
  while (i > start && isDigit(s.charCodeAt(i - 1))) i--;
  if (i === digitsEnd || digitsEnd - i > 4 || i === start) return false;
  const c = s.charCodeAt(i - 1);
  if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  const from = Math.max(start, i - 12);
  for (let k = i - 1; k >= from; k--) if (s.charCodeAt(k) === 44) return true;
  return false;
}

/**
 * Whether the line `[start, end)` may end with a volume and a reporter whose page stands after a
 * blank line (`See Smith v. Jones, 60 F.3d` / blank / `913 (2d Cir. 1994)`, as conversions from
 * PDF split a citation): it ends with at most 32 characters of letters, digits, periods,
 * apostrophes, ampersands, blanks and emphasis marks that hold a period and a number followed by
 * blanks (or marks) and a capital. Ers on the side of yes.
 */
function mayEndWithReporter(s: string, start: number, end: number): boolean {
  let i = end;
  const limit = Math.max(start, end - 32);
  let period = false;
  while (i > limit) {
    const c = s.charCodeAt(i - 1);
    if (!(isAsciiLetter(c) || isDigit(c) || c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 32 || c === 9 || c === 0xa0 || c === 42 || c === 95)) break;
    if (c === 46) period = true;
    i--;
  }
  if (!period) return false;
  // A number, then blanks or emphasis marks, then a capital: `60 F.3d`, `60 *F. Supp. 2d`.
  for (let k = i; k < end; k++) {
    if (!isDigit(s.charCodeAt(k))) continue;
    let j = k + 1;
    if (isDigit(s.charCodeAt(j))) continue;
    const gap = j;
    while (j < end && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9 || s.charCodeAt(j) === 0xa0 || s.charCodeAt(j) === 42 || s.charCodeAt(j) === 95)) j++;
    const c = s.charCodeAt(j);
    if (j > gap && c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * The reader text of a whole draft, joined from the readers of its chunks: chunk `k` is read from
 * source offset `sourceStarts[k]` and its text starts at reader offset `readerStarts[k]`. Answers
 * exactly as the reader of the whole draft would.
 */
export class JoinedReaderText implements ReaderText {
  private joined?: string;
  private readonly length: number;
  private emphasisCache?: Array<readonly [number, number]>;
  private plain?: ReaderText;
  private readonly readerStarts: Int32Array;

  constructor(
    readonly source: string,
    private readonly chunks: readonly ReaderText[],
    private readonly sourceStarts: ArrayLike<number>,
  ) {
    const starts = new Int32Array(chunks.length);
    let length = 0;
    for (let k = 0; k < chunks.length; k++) {
      starts[k] = length;
      length += chunks[k].text.length;
    }
    this.readerStarts = starts;
    this.length = length;
  }

  /** The whole reader text, joined when first asked for (a check itself needs only the chunks'). */
  get text(): string {
    this.joined ??= this.chunks.length === 1 ? this.chunks[0].text : this.chunks.map((c) => c.text).join('');
    return this.joined;
  }

  /** Each chunk's reader and where its text starts in this one, in order. */
  pieces(): Array<{ reader: ReaderText; readerStart: number }> {
    return this.chunks.map((reader, k) => ({ reader, readerStart: this.readerStarts[k] }));
  }

  get emphasis(): ReadonlyArray<readonly [number, number]> {
    if (!this.emphasisCache) {
      const all: Array<readonly [number, number]> = [];
      for (let k = 0; k < this.chunks.length; k++) {
        const base = this.readerStarts[k];
        for (const [s, e] of this.chunks[k].emphasis) all.push([s + base, e + base]);
      }
      this.emphasisCache = all;
    }
    return this.emphasisCache;
  }

  /** The last chunk whose text starts at or before reader offset `offset` (an empty chunk yields to the next). */
  private chunkAt(offset: number): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.readerStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  toSourceStart(offset: number): number {
    if (this.length === 0) return 0;
    if (offset >= this.length) return this.toSourceEnd(this.length);
    const k = this.chunkAt(Math.max(0, offset));
    return this.sourceStarts[k] + this.chunks[k].toSourceStart(offset - this.readerStarts[k]);
  }

  toSourceEnd(offset: number): number {
    if (this.length === 0 || offset <= 0) return offset <= 0 ? this.toSourceStart(0) : 0;
    const last = Math.min(offset, this.length) - 1;
    const k = this.chunkAt(last);
    return this.sourceStarts[k] + this.chunks[k].toSourceEnd(last + 1 - this.readerStarts[k]);
  }

  toSourceRange(start: number, end: number): { start: number; end: number } {
    const s = this.toSourceStart(start);
    return { start: s, end: sourceEndOf(this, start, end, s) };
  }

  escapeLike(sourceStart: number, sourceEnd: number, replacement: string): string {
    // Escaping depends on the source characters alone, which an identity reader of the draft has.
    this.plain ??= plainReaderText(this.source);
    return this.plain.escapeLike(sourceStart, sourceEnd, replacement);
  }
}
