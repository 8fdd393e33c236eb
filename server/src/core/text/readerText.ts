/**
 * The text a reader sees, and an exact map back to the characters of the file.
 *
 * Extractors work on `ReaderText.text` (markup removed, escapes read through, code and front
 * matter blanked); everything they report is mapped back to UTF-16 offsets in the source file
 * through `toSourceRange`, so a squiggle or an edit lands on the characters the user typed.
 *
 * The map is stored as runs, not per character: an identity run copies source characters one for
 * one; a replacement run stands for a whole source span (an entity, a code span, a footnote
 * marker) and maps any of its reader characters to that whole span. Plain text with no markup is
 * one run, whatever its length.
 */
export interface ReaderText {
  /** The file's text, exactly as read. */
  readonly source: string;
  /** What a reader sees. */
  readonly text: string;
  /** Reader ranges that were emphasised (`*Texaco*`, `_See_`), in order; a hint for case names. */
  readonly emphasis: ReadonlyArray<readonly [number, number]>;
  /** Source offset of the reader offset `offset` when it starts a range. */
  toSourceStart(offset: number): number;
  /** Source offset of the reader offset `offset` when it ends a range (exclusive). */
  toSourceEnd(offset: number): number;
  /** Source range `[start, end)` of the reader range `[start, end)`. */
  toSourceRange(start: number, end: number): { start: number; end: number };
  /**
   * Writes `replacement` (reader text) so that it reads the same in the source's markup at
   * `[sourceStart, sourceEnd)`: where the source escaped a character (`MSFT\_AICPY`), the same
   * characters are escaped in the replacement.
   */
  escapeLike(sourceStart: number, sourceEnd: number, replacement: string): string;
}

/** Builds a ReaderText while a reader walks the source from left to right. */
export class ReaderTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  // Runs: reader start, source start, reader length, source length, identity flag.
  private readerStarts: number[] = [];
  private sourceStarts: number[] = [];
  private readerLengths: number[] = [];
  private sourceLengths: number[] = [];
  private identity: boolean[] = [];
  private readonly emphasis: Array<readonly [number, number]> = [];

  constructor(private readonly source: string) {}

  get readerLength(): number {
    return this.length;
  }

  /** Copies source `[start, end)` unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.identity.length - 1;
    if (
      last >= 0 &&
      this.identity[last] &&
      this.readerStarts[last] + this.readerLengths[last] === this.length &&
      this.sourceStarts[last] + this.sourceLengths[last] === start
    ) {
      this.readerLengths[last] += end - start;
      this.sourceLengths[last] += end - start;
    } else {
      this.pushRun(this.length, start, end - start, end - start, true);
    }
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
  }

  /** Reads source `[start, end)` as `text` (empty text drops the span). */
  replace(start: number, end: number, text: string): void {
    if (text.length === 0) return;
    this.pushRun(this.length, start, text.length, end - start, false);
    this.parts.push(text);
    this.length += text.length;
  }

  /** Records that reader `[start, end)` was emphasised. */
  markEmphasis(start: number, end: number): void {
    if (end > start) this.emphasis.push([start, end]);
  }

  build(): ReaderText {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const emphasis = this.emphasis.sort((a, b) => a[0] - b[0]);
    return new MappedReaderText(
      this.source,
      text,
      emphasis,
      Int32Array.from(this.readerStarts),
      Int32Array.from(this.sourceStarts),
      Int32Array.from(this.readerLengths),
      Int32Array.from(this.sourceLengths),
      Uint8Array.from(this.identity, (x) => (x ? 1 : 0)),
    );
  }

  private pushRun(r: number, s: number, rl: number, sl: number, identity: boolean): void {
    this.readerStarts.push(r);
    this.sourceStarts.push(s);
    this.readerLengths.push(rl);
    this.sourceLengths.push(sl);
    this.identity.push(identity);
  }
}

class MappedReaderText implements ReaderText {
  constructor(
    readonly source: string,
    readonly text: string,
    readonly emphasis: ReadonlyArray<readonly [number, number]>,
    private readonly readerStarts: Int32Array,
    private readonly sourceStarts: Int32Array,
    private readonly readerLengths: Int32Array,
    private readonly sourceLengths: Int32Array,
    private readonly identity: Uint8Array,
  ) {}

  /** Index of the run holding reader offset `offset`, or -1 before the first run. */
  private runAt(offset: number): number {
    let lo = 0;
    let hi = this.readerStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.readerStarts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  toSourceStart(offset: number): number {
    if (this.readerStarts.length === 0) return 0;
    if (offset >= this.text.length) return this.toSourceEnd(this.text.length);
    const run = this.runAt(Math.max(0, offset));
    if (run < 0) return 0;
    return this.identity[run] ? this.sourceStarts[run] + (offset - this.readerStarts[run]) : this.sourceStarts[run];
  }

  toSourceEnd(offset: number): number {
    if (this.readerStarts.length === 0 || offset <= 0) return offset <= 0 ? this.toSourceStart(0) : 0;
    const last = Math.min(offset, this.text.length) - 1;
    const run = this.runAt(last);
    if (run < 0) return 0;
    return this.identity[run]
      ? this.sourceStarts[run] + (last - this.readerStarts[run]) + 1
      : this.sourceStarts[run] + this.sourceLengths[run];
  }

  toSourceRange(start: number, end: number): { start: number; end: number } {
    const s = this.toSourceStart(start);
    return { start: s, end: end > start ? Math.max(s, this.toSourceEnd(end)) : s };
  }

  escapeLike(sourceStart: number, sourceEnd: number, replacement: string): string {
    const original = this.source.slice(sourceStart, sourceEnd);
    const escaped = new Set<string>();
    for (let i = 0; i + 1 < original.length; i++) {
      if (original[i] === '\\' && isAsciiPunctuation(original.charCodeAt(i + 1))) {
        escaped.add(original[i + 1]);
        i++;
      }
    }
    if (escaped.size === 0) return replacement;
    let out = '';
    for (const ch of replacement) out += escaped.has(ch) ? '\\' + ch : ch;
    return out;
  }
}

export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** A ReaderText for text read as it is (identity map). */
export function plainReaderText(source: string): ReaderText {
  const b = new ReaderTextBuilder(source);
  b.copy(0, source.length);
  return b.build();
}
