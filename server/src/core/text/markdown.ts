import { isAsciiPunctuation, ReaderText, ReaderTextBuilder } from './readerText';

/**
 * How a draft is read. Markdown drafts get the whole reader (front matter, fenced code and code
 * spans ignored, links read as their text). Plain-text drafts — often converted from PDF and full
 * of leftover Markdown — get the inline part that cannot hide text: escapes, emphasis, inline
 * HTML, entities, heading and quote markers.
 */
export type DocumentFormat = 'markdown' | 'plaintext';

/** Reads `source` the way a reader of the rendered draft sees it, with an exact offset map. */
export function readDocument(source: string, format: DocumentFormat): ReaderText {
  const markdown = format === 'markdown';
  const b = new ReaderTextBuilder(source);
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ignored = markdown ? findIgnoredBlocks(source, pos) : [];
  const comments = markdown || source.includes('<!--') ? findComments(source, pos, ignored) : [];
  const inline = new InlineContext(source, markdown, b);
  let commentIndex = 0;
  let paragraphStart = -1;

  const flushParagraph = (end: number): void => {
    if (paragraphStart < 0) return;
    const local: Array<[number, number]> = [];
    while (commentIndex < comments.length && comments[commentIndex][0] < end) {
      local.push(comments[commentIndex]);
      commentIndex++;
    }
    readInline(inline, paragraphStart, end, local);
    paragraphStart = -1;
  };

  let ignoredIndex = 0;
  const lines = new LineEnds(source);
  while (pos < source.length) {
    if (ignoredIndex < ignored.length && ignored[ignoredIndex][0] === pos) {
      flushParagraph(pos);
      const [start, end] = ignored[ignoredIndex++];
      copyLineBreaksOnly(source, start, end, b);
      pos = end;
      continue;
    }
    const lineEnd = lines.endOf(pos);
    const next = afterLineBreak(source, lineEnd);
    // A blank line inside an HTML comment does not end the paragraph; one after the comment does.
    const insideComment = commentIndex < comments.length && comments[commentIndex][0] < pos && comments[commentIndex][1] > pos;
    if (isBlank(source, pos, lineEnd) && !insideComment) {
      flushParagraph(pos);
      b.copy(pos, next);
    } else if (paragraphStart < 0) {
      paragraphStart = pos;
    }
    pos = next;
    if (ignoredIndex < ignored.length && ignored[ignoredIndex][0] < pos) pos = ignored[ignoredIndex][0];
  }
  flushParagraph(source.length);
  return b.build();
}

/**
 * Finds line ends with `indexOf`, remembering the next CR and the next LF it has seen: as long as
 * look-ups move forward, all of them together read the text once, not character by character.
 */
export class LineEnds {
  private from = 0;
  private lf = -1;
  private cr = -1;

  constructor(private readonly s: string) {}

  /** The first CR or LF at or after `pos`, or the text's length (as `endOfLine`). */
  endOf(pos: number): number {
    if (pos < this.from) this.lf = this.cr = -1; // moved back: what was remembered may be past a break
    this.from = pos;
    if (this.lf < pos) {
      const k = this.s.indexOf('\n', pos);
      this.lf = k < 0 ? this.s.length : k;
    }
    if (this.cr < pos) {
      const k = this.s.indexOf('\r', pos);
      this.cr = k < 0 ? this.s.length : k;
    }
    return Math.max(pos, Math.min(this.lf, this.cr));
  }
}

function endOfLine(s: string, pos: number): number {
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (c === 10 || c === 13) return pos;
    pos++;
  }
  return pos;
}

function afterLineBreak(s: string, pos: number): number {
  if (s.charCodeAt(pos) === 13 && s.charCodeAt(pos + 1) === 10) return pos + 2;
  return pos < s.length ? pos + 1 : pos;
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function copyLineBreaksOnly(s: string, start: number, end: number, b: ReaderTextBuilder): void {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) b.copy(i, i + 1);
  }
}

/** Front matter and fenced code blocks: whole lines, as source ranges. */
function findIgnoredBlocks(s: string, start: number): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const lines = new LineEnds(s);
  let pos = start;
  // YAML front matter: a first line of `---`, closed by `---` or `...`.
  if (lineIs(s, pos, '---')) {
    let p = afterLineBreak(s, endOfLine(s, pos));
    while (p < s.length) {
      const e = endOfLine(s, p);
      if (lineIs(s, p, '---') || lineIs(s, p, '...')) {
        blocks.push([pos, e]);
        pos = e;
        break;
      }
      p = afterLineBreak(s, e);
    }
  }
  while (pos < s.length) {
    const e = lines.endOf(pos);
    const fence = fenceAt(s, pos, e);
    if (fence) {
      let p = afterLineBreak(s, e);
      let end = s.length;
      while (p < s.length) {
        const le = lines.endOf(p);
        const close = fenceAt(s, p, le);
        if (close && close.char === fence.char && close.length >= fence.length && close.infoEmpty) {
          end = le;
          break;
        }
        p = afterLineBreak(s, le);
      }
      blocks.push([pos, end]);
      pos = afterLineBreak(s, end);
      continue;
    }
    pos = afterLineBreak(s, e);
  }
  return blocks;
}

export function lineIs(s: string, pos: number, text: string): boolean {
  if (!s.startsWith(text, pos)) return false;
  const e = endOfLine(s, pos);
  return isBlank(s, pos + text.length, e);
}

function fenceAt(s: string, pos: number, end: number): { char: number; length: number; infoEmpty: boolean } | undefined {
  let i = pos;
  while (i < end && i - pos < 3 && s.charCodeAt(i) === 32) i++;
  const c = s.charCodeAt(i);
  if (c !== 96 && c !== 126) return undefined;
  let j = i;
  while (j < end && s.charCodeAt(j) === c) j++;
  if (j - i < 3) return undefined;
  // A backtick fence's info string may not contain a backtick.
  if (c === 96) for (let k = j; k < end; k++) if (s.charCodeAt(k) === 96) return undefined;
  return { char: c, length: j - i, infoEmpty: isBlank(s, j, end) };
}

/** HTML comments outside ignored blocks, as source ranges; an unclosed `<!--` is text. */
function findComments(s: string, start: number, ignored: Array<[number, number]>): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let pos = start;
  let block = 0;
  for (;;) {
    const open = s.indexOf('<!--', pos);
    if (open < 0) break;
    while (block < ignored.length && ignored[block][1] <= open) block++;
    if (block < ignored.length && ignored[block][0] <= open) {
      pos = ignored[block][1];
      continue;
    }
    const close = s.indexOf('-->', open + 4);
    if (close < 0) break;
    found.push([open, close + 3]);
    pos = close + 3;
  }
  return found;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', sect: '§', para: '¶',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
  copy: '©', reg: '®', trade: '™', shy: '\u00ad', ensp: ' ', emsp: ' ', thinsp: ' ',
};

const enum OpKind {
  /** Source `[start, end)` read as it is. */
  Copy,
  /** Source `[start, end)` read as `text` (nothing if empty). */
  Replace,
  /** An emphasis delimiter run `[start, end)`: text unless it pairs. */
  Delim,
}

/**
 * A paragraph's pieces, in order, as parallel arrays (one object per paragraph, reused for the
 * next, instead of one object per piece).
 */
class Ops {
  count = 0;
  kind = new Uint8Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Replacements: the text read. */
  text: string[] = [];
  /** Delimiters: the run's character, and whether it can open or close emphasis (`flanking`). */
  char = new Uint8Array(64);
  can = new Uint8Array(64);
  /** Delimiters: the source characters `[removeStart, removeEnd)` the run loses when it pairs. */
  removeStart = new Int32Array(64);
  removeEnd = new Int32Array(64);
  /** Delimiters: for a closer, the op index of its opener; else -1. */
  opener = new Int32Array(64);
  /** Emitting: for an opener, the reader offset where its emphasis starts; else -1. */
  openedAt = new Int32Array(64);

  /** Appends an op and returns its index. */
  push(kind: OpKind, start: number, end: number): number {
    if (this.count === this.kind.length) this.grow();
    const k = this.count++;
    this.kind[k] = kind;
    this.start[k] = start;
    this.end[k] = end;
    return k;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.kind = widen(this.kind, new Uint8Array(size));
    this.start = widen(this.start, new Int32Array(size));
    this.end = widen(this.end, new Int32Array(size));
    this.char = widen(this.char, new Uint8Array(size));
    this.can = widen(this.can, new Uint8Array(size));
    this.removeStart = widen(this.removeStart, new Int32Array(size));
    this.removeEnd = widen(this.removeEnd, new Int32Array(size));
    this.opener = widen(this.opener, new Int32Array(size));
    this.openedAt = widen(this.openedAt, new Int32Array(size));
  }
}

const enum Ch {
  Tab = 9, LF = 10, CR = 13, Space = 32, Bang = 33, Hash = 35, Amp = 38, LParen = 40, RParen = 41,
  Star = 42, Colon = 58, Lt = 60, Gt = 62, LBracket = 91, Backslash = 92, RBracket = 93, Caret = 94,
  Underscore = 95, Backtick = 96,
}

/**
 * Characters the inline reader acts on: a paragraph's other characters are copied as they are,
 * and the reader skips over them without looking further. In plain text, code spans and links
 * are not read, so backticks and brackets are text.
 */
const INLINE_MARKDOWN = /[\n\r\\`*_&<[\]]/g;
const INLINE_PLAINTEXT = /[\n\r\\*_&<]/g;
/**
 * A paragraph with none of these characters reads as itself: no inline markup, and no heading
 * or block-quote marker at a line start (those need `#` or `>`).
 */
const PLAIN_MARKDOWN = /[\\`*_&<[\]#>]/g;
const PLAIN_PLAINTEXT = /[\\*_&<#>]/g;

/**
 * Finds the next character of a class (a regular expression of one character class, which
 * cannot backtrack), remembering what it found: as long as look-ups move forward, all of them
 * together read the text once, however far past a paragraph the next such character is.
 */
class CharFinder {
  /** No character of the class is in `[from, found)`; `found` is one, or the text's length. */
  private from = 0;
  private found = -1;

  constructor(
    private readonly s: string,
    private readonly pattern: RegExp,
  ) {}

  /** The first character of the class at or after `pos`, or the text's length. */
  next(pos: number): number {
    if (pos < this.from || pos > this.found) {
      this.pattern.lastIndex = pos;
      this.found = this.pattern.test(this.s) ? this.pattern.lastIndex - 1 : this.s.length;
    }
    this.from = pos;
    return this.found;
  }
}

/** What the inline reader keeps from one paragraph to the next. */
class InlineContext {
  /** Characters the inline reader acts on, and characters that make a paragraph more than text. */
  readonly special: CharFinder;
  readonly plain: CharFinder;
  readonly ops = new Ops();
  /** Open emphasis delimiters (op indices) for `*` and for `_`. */
  readonly stars: number[] = [];
  readonly underscores: number[] = [];
  /** The first backtick at or after the last paragraph's start (the text's length if none). */
  private backtick = -1;

  constructor(
    readonly s: string,
    readonly markdown: boolean,
    readonly b: ReaderTextBuilder,
  ) {
    this.special = new CharFinder(s, markdown ? INLINE_MARKDOWN : INLINE_PLAINTEXT);
    this.plain = new CharFinder(s, markdown ? PLAIN_MARKDOWN : PLAIN_PLAINTEXT);
  }

  /**
   * Whether `[start, end)` holds a backtick. Paragraphs come in order, so the remembered position
   * only moves forward and all calls together read the text once.
   */
  hasBacktick(start: number, end: number): boolean {
    if (this.backtick < start) {
      const k = this.s.indexOf('`', start);
      this.backtick = k < 0 ? this.s.length : k;
    }
    return this.backtick < end;
  }
}

/** Reads one paragraph's inline markup into the builder. */
function readInline(ctx: InlineContext, start: number, end: number, comments: Array<[number, number]>): void {
  const { s, markdown, b } = ctx;
  if (comments.length === 0 && ctx.plain.next(start) >= end) {
    b.copy(start, end);
    return;
  }
  const special = ctx.special;
  const ops = ctx.ops;
  ops.count = 0;
  let copyFrom = start;
  const flush = (to: number): void => {
    if (to > copyFrom) ops.push(OpKind.Copy, copyFrom, to);
  };
  const drop = (from: number, to: number, text = ''): void => {
    flush(from);
    ops.text[ops.push(OpKind.Replace, from, to)] = text;
    copyFrom = to;
  };
  // Code spans need a backtick; most paragraphs have none, and skip the pass over their runs.
  const codeCloser = markdown && ctx.hasBacktick(start, end) ? backtickCloser(s, start, end) : undefined;
  const brackets: number[] = []; // op indices of `[` that may open a link
  let commentIndex = 0;
  let lineStart = true;
  let i = start;
  while (i < end) {
    // Characters the switch below does nothing with are text: skip to the next one it acts on.
    // Nothing else is skipped: a comment starts at a `<`, and a line start follows a line break,
    // both of which stop the skip.
    if (!lineStart) {
      i = special.next(i);
      if (i >= end) break;
    }
    if (commentIndex < comments.length && comments[commentIndex][0] === i) {
      const [, ce] = comments[commentIndex++];
      drop(i, Math.min(ce, end));
      i = ce;
      continue;
    }
    const c = s.charCodeAt(i);
    if (lineStart) {
      lineStart = false;
      const prefixEnd = blockPrefixEnd(s, i, end);
      if (prefixEnd > i) {
        drop(i, prefixEnd);
        i = prefixEnd;
        continue;
      }
    }
    switch (c) {
      case Ch.LF:
      case Ch.CR:
        lineStart = true;
        i++;
        continue;
      case Ch.Backslash: {
        const n = s.charCodeAt(i + 1);
        if (i + 1 < end && isAsciiPunctuation(n)) {
          drop(i, i + 1);
          i += 2; // the escaped character is copied as text with what follows
          continue;
        }
        if (n === Ch.LF || n === Ch.CR) {
          drop(i, i + 1);
          i++;
          continue;
        }
        break;
      }
      case Ch.Backtick: {
        if (!codeCloser) break;
        let j = i;
        while (j < end && s.charCodeAt(j) === Ch.Backtick) j++;
        const close = codeCloser(i, j - i);
        if (close >= 0) {
          drop(i, close, ' ');
          i = close;
        } else {
          i = j;
        }
        continue;
      }
      case Ch.Star:
      case Ch.Underscore: {
        let j = i;
        while (j < end && s.charCodeAt(j) === c) j++;
        const can = flanking(s, i, j, c, start, end);
        if (can !== 0) {
          flush(i);
          const k = ops.push(OpKind.Delim, i, j);
          ops.char[k] = c;
          ops.can[k] = can;
          ops.removeStart[k] = ops.removeEnd[k] = i;
          ops.opener[k] = -1;
          copyFrom = j;
        }
        i = j;
        continue;
      }
      case Ch.Amp: {
        const entity = entityAt(s, i, end);
        if (entity) {
          drop(i, entity.end, entity.text);
          i = entity.end;
          continue;
        }
        break;
      }
      case Ch.Lt: {
        const html = inlineHtmlAt(s, i, end);
        if (html > i) {
          drop(i, html);
          i = html;
          continue;
        }
        break;
      }
      case Ch.LBracket: {
        if (!markdown) break;
        if (s.charCodeAt(i + 1) === Ch.Caret) {
          const close = scanLabel(s, i + 2, end);
          if (close > i + 2) {
            let to = close + 1;
            if (s.charCodeAt(to) === Ch.Colon && atLineStart(s, i, start)) to++;
            drop(i, to);
            i = to;
            continue;
          }
        }
        const image = i > start && s.charCodeAt(i - 1) === Ch.Bang && copyFrom <= i - 1;
        flush(image ? i - 1 : i);
        brackets.push(ops.push(OpKind.Copy, image ? i - 1 : i, i + 1));
        copyFrom = i + 1;
        i++;
        continue;
      }
      case Ch.RBracket: {
        if (!markdown || brackets.length === 0) break;
        const opener = brackets.pop()!;
        if (s.charCodeAt(i + 1) !== Ch.LParen) break;
        const close = scanDestination(s, i + 2, end);
        if (close < 0) break;
        ops.kind[opener] = OpKind.Replace;
        ops.text[opener] = '';
        drop(i, close + 1);
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  flush(end);
  resolveEmphasis(ctx);
  emit(ops, b);
}

/** End of a heading (`## `) or block-quote (`> `) marker at a line start, or `pos`. */
function blockPrefixEnd(s: string, pos: number, end: number): number {
  let i = pos;
  for (;;) {
    let j = i;
    while (j < end && j - i < 3 && s.charCodeAt(j) === Ch.Space) j++;
    if (s.charCodeAt(j) === Ch.Gt) {
      j++;
      if (s.charCodeAt(j) === Ch.Space) j++;
      i = j;
      continue;
    }
    if (s.charCodeAt(j) === Ch.Hash) {
      let k = j;
      while (k < end && s.charCodeAt(k) === Ch.Hash) k++;
      if (k - j <= 6 && (k === end || s.charCodeAt(k) === Ch.Space || s.charCodeAt(k) === Ch.Tab)) {
        while (k < end && (s.charCodeAt(k) === Ch.Space || s.charCodeAt(k) === Ch.Tab)) k++;
        return k;
      }
    }
    return i;
  }
}

function atLineStart(s: string, pos: number, paragraphStart: number): boolean {
  return pos === paragraphStart || s.charCodeAt(pos - 1) === Ch.LF || s.charCodeAt(pos - 1) === Ch.CR;
}

/**
 * For a paragraph, a function from a backtick run (start, length) to the end of the code span it
 * opens, or -1. Each length has a queue of runs; a pointer per length only moves forward, so all
 * look-ups together are linear in the paragraph.
 */
function backtickCloser(s: string, start: number, end: number): (open: number, length: number) => number {
  const runs = new Map<number, number[]>();
  for (let i = start; i < end; ) {
    if (s.charCodeAt(i) === Ch.Backtick && !(i > start && s.charCodeAt(i - 1) === Ch.Backslash)) {
      let j = i;
      while (j < end && s.charCodeAt(j) === Ch.Backtick) j++;
      let list = runs.get(j - i);
      if (!list) runs.set(j - i, (list = []));
      list.push(i);
      i = j;
    } else {
      i++;
    }
  }
  const next = new Map<number, number>();
  return (open, length) => {
    const list = runs.get(length);
    if (!list) return -1;
    let k = next.get(length) ?? 0;
    while (k < list.length && list[k] <= open) k++;
    next.set(length, k);
    return k < list.length ? list[k] + length : -1;
  };
}

function isWhitespace(c: number): boolean {
  return c !== c /* NaN: edge of text */ || c === Ch.Space || c === Ch.Tab || c === Ch.LF || c === Ch.CR || c === 0xa0;
}

function isPunctuation(c: number): boolean {
  return isAsciiPunctuation(c) || (c >= 0x2010 && c <= 0x2027) || c === 0xa7 || c === 0xb6;
}

const CAN_OPEN = 1;
const CAN_CLOSE = 2;

/**
 * CommonMark's flanking rules for a delimiter run `[i, j)`: whether it can open emphasis
 * (`CAN_OPEN`) and close it (`CAN_CLOSE`), as bits (no object per run).
 */
function flanking(s: string, i: number, j: number, c: number, start: number, end: number): number {
  const before = i > start ? s.charCodeAt(i - 1) : NaN;
  const after = j < end ? s.charCodeAt(j) : NaN;
  const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
  const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
  const canOpen = c === Ch.Underscore ? left && (!right || isPunctuation(before)) : left;
  const canClose = c === Ch.Underscore ? right && (!left || isPunctuation(after)) : right;
  return (canOpen ? CAN_OPEN : 0) | (canClose ? CAN_CLOSE : 0);
}

function entityAt(s: string, i: number, end: number): { end: number; text: string } | undefined {
  // Look for the `;` only as far as the longest entity: a scan to the end of the text for every
  // `&` would be quadratic in a draft full of `Smith & Jones`.
  const limit = Math.min(end, i + 34);
  let semi = i + 1;
  while (semi < limit && s.charCodeAt(semi) !== 59) semi++;
  if (semi >= limit) return undefined;
  const body = s.slice(i + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
    const code = parseInt(digits, hex ? 16 : 10);
    if (code === 0 || code > 0x10ffff) return undefined;
    return { end: semi + 1, text: String.fromCodePoint(code) };
  }
  const text = ENTITIES[body];
  return text === undefined ? undefined : { end: semi + 1, text };
}

/**
 * End of an inline HTML tag at `i`, or `i`. `<sup>…</sup>` and `<sub>…</sub>` (footnote markers
 * in converted filings) go with their content; other tags go, their content stays.
 */
function inlineHtmlAt(s: string, i: number, end: number): number {
  let j = i + 1;
  const closing = s.charCodeAt(j) === 47; // '/'
  if (closing) j++;
  const nameStart = j;
  while (j < end && isAsciiLetterOrDigit(s.charCodeAt(j))) j++;
  if (j === nameStart || !isAsciiLetter(s.charCodeAt(nameStart))) return i;
  const name = s.slice(nameStart, j).toLowerCase();
  const after = s.charCodeAt(j);
  if (!(after === Ch.Gt || after === Ch.Space || after === 47 || after === Ch.LF || after === Ch.Tab)) return i;
  // Attributes: up to `>`, not past another `<` or the paragraph.
  while (j < end && s.charCodeAt(j) !== Ch.Gt && s.charCodeAt(j) !== Ch.Lt) j++;
  if (s.charCodeAt(j) !== Ch.Gt) return i;
  const tagEnd = j + 1;
  if (!closing && (name === 'sup' || name === 'sub')) {
    const next = s.indexOf('<', tagEnd);
    const closeTag = `</${name}>`;
    if (next >= 0 && next < end && s.slice(next, next + closeTag.length).toLowerCase() === closeTag) {
      return next + closeTag.length;
    }
  }
  return tagEnd;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** `]` closing a footnote label that starts at `i`, or -1; labels have no spaces or brackets. */
function scanLabel(s: string, i: number, end: number): number {
  for (let j = i; j < end && j - i < 100; j++) {
    const c = s.charCodeAt(j);
    if (c === Ch.RBracket) return j;
    if (c === Ch.LBracket || isWhitespace(c)) return -1;
  }
  return -1;
}

/** `)` closing a link destination that starts at `i`, or -1. Stops at white space and brackets. */
function scanDestination(s: string, i: number, end: number): number {
  for (let j = i; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === Ch.RParen) return j;
    if (c === Ch.LParen || c === Ch.LBracket || c === Ch.RBracket || isWhitespace(c)) return -1;
  }
  return -1;
}

/** Pairs emphasis delimiters (one stack per character); unpaired ones stay text. */
function resolveEmphasis(ctx: InlineContext): void {
  const ops = ctx.ops;
  if (ctx.stars.length > 0) ctx.stars.length = 0;
  if (ctx.underscores.length > 0) ctx.underscores.length = 0;
  for (let k = 0; k < ops.count; k++) {
    if (ops.kind[k] !== OpKind.Delim) continue;
    const stack = ops.char[k] === Ch.Star ? ctx.stars : ctx.underscores;
    if ((ops.can[k] & CAN_CLOSE) !== 0 && stack.length > 0) {
      const opener = stack.pop()!;
      const n = Math.min(ops.end[opener] - ops.start[opener], ops.end[k] - ops.start[k]);
      ops.removeStart[opener] = ops.end[opener] - n;
      ops.removeEnd[opener] = ops.end[opener];
      ops.removeStart[k] = ops.start[k];
      ops.removeEnd[k] = ops.start[k] + n;
      ops.opener[k] = opener;
      continue;
    }
    if ((ops.can[k] & CAN_OPEN) !== 0) stack.push(k);
  }
}

function emit(ops: Ops, b: ReaderTextBuilder): void {
  for (let k = 0; k < ops.count; k++) {
    const kind = ops.kind[k];
    if (kind === OpKind.Copy) b.copy(ops.start[k], ops.end[k]);
    else if (kind === OpKind.Replace) b.replace(ops.start[k], ops.end[k], ops.text[k]);
    else {
      const rs = ops.removeStart[k];
      const re = ops.removeEnd[k];
      const opener = ops.opener[k];
      ops.openedAt[k] = -1;
      b.copy(ops.start[k], rs);
      if (opener >= 0) {
        const at = ops.openedAt[opener];
        b.markEmphasis(at >= 0 ? at : b.readerLength, b.readerLength);
      }
      b.copy(re, ops.end[k]);
      if (re > rs && opener < 0) ops.openedAt[k] = b.readerLength;
    }
  }
}

/**
 * Source ranges the reader reads as one block across blank lines — front matter and fenced code
 * blocks (Markdown only) and HTML comments — sorted by start. A draft may be cut into pieces read
 * on their own only at a blank line outside all of them (see `text/chunks.ts`).
 */
export function blocksAcrossBlankLines(source: string, format: DocumentFormat): Array<[number, number]> {
  const markdown = format === 'markdown';
  const pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Without a fence marker or a first line of `---` there is no block to find: skip the line walk.
  const mayHaveBlocks = source.includes('```') || source.includes('~~~') || source.startsWith('---', pos);
  const ignored = markdown && mayHaveBlocks ? findIgnoredBlocks(source, pos) : [];
  const comments = source.includes('<!--') ? findComments(source, pos, ignored) : [];
  if (comments.length === 0) return ignored;
  return [...ignored, ...comments].sort((a, b) => a[0] - b[0]);
}
