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
  // Source characters copied but not yet sliced into `parts`: consecutive copies of adjacent
  // source text (most of a draft) become one slice.
  private pendingStart = 0;
  private pendingEnd = 0;
  // Runs, in growing typed arrays: reader start, source start, reader length, source length,
  // identity flag.
  private count = 0;
  private readerStarts = new Int32Array(16);
  private sourceStarts = new Int32Array(16);
  private readerLengths = new Int32Array(16);
  private sourceLengths = new Int32Array(16);
  private identity = new Uint8Array(16);
  private readonly emphasis: Array<readonly [number, number]> = [];

  constructor(private readonly source: string) {}

  get readerLength(): number {
    return this.length;
  }

  /** Copies source `[start, end)` unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.count - 1;
    if (
      last >= 0 &&
      this.identity[last] === 1 &&
      this.readerStarts[last] + this.readerLengths[last] === this.length &&
      this.sourceStarts[last] + this.sourceLengths[last] === start
    ) {
      this.readerLengths[last] += end - start;
      this.sourceLengths[last] += end - start;
    } else {
      this.pushRun(this.length, start, end - start, end - start, 1);
    }
    if (this.pendingEnd !== start) {
      this.flushPending();
      this.pendingStart = start;
    }
    this.pendingEnd = end;
    this.length += end - start;
  }

  /** Reads source `[start, end)` as `text` (empty text drops the span). */
  replace(start: number, end: number, text: string): void {
    if (text.length === 0) return;
    this.pushRun(this.length, start, text.length, end - start, 0);
    this.flushPending();
    this.parts.push(text);
    this.length += text.length;
  }

  /** Records that reader `[start, end)` was emphasised. */
  markEmphasis(start: number, end: number): void {
    if (end > start) this.emphasis.push([start, end]);
  }

  build(): ReaderText {
    this.flushPending();
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    // Marks come in order of their closers; sorting (stable) only when out of order.
    const emphasis = this.emphasis;
    for (let k = 1; k < emphasis.length; k++) {
      if (emphasis[k - 1][0] > emphasis[k][0]) {
        emphasis.sort((a, b) => a[0] - b[0]);
        break;
      }
    }
    const n = this.count;
    return new MappedReaderText(
      this.source,
      text,
      emphasis,
      this.readerStarts.slice(0, n),
      this.sourceStarts.slice(0, n),
      this.readerLengths.slice(0, n),
      this.sourceLengths.slice(0, n),
      this.identity.slice(0, n),
    );
  }

  private flushPending(): void {
    if (this.pendingEnd > this.pendingStart) this.parts.push(this.source.slice(this.pendingStart, this.pendingEnd));
    this.pendingStart = this.pendingEnd = 0;
  }

  private pushRun(r: number, s: number, rl: number, sl: number, identity: number): void {
    if (this.count === this.readerStarts.length) this.grow();
    const k = this.count++;
    this.readerStarts[k] = r;
    this.sourceStarts[k] = s;
    this.readerLengths[k] = rl;
    this.sourceLengths[k] = sl;
    this.identity[k] = identity;
  }

  private grow(): void {
    const size = this.readerStarts.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.readerStarts = widen(this.readerStarts, new Int32Array(size));
    this.sourceStarts = widen(this.sourceStarts, new Int32Array(size));
    this.readerLengths = widen(this.readerLengths, new Int32Array(size));
    this.sourceLengths = widen(this.sourceLengths, new Int32Array(size));
    this.identity = widen(this.identity, new Uint8Array(size));
  }
}

class MappedReaderText implements ReaderText {
  /**
   * The run found by the last look-up. Callers map offsets mostly in order (citations come
   * sorted, and a citation's parts lie close together), so the next look-up usually lands in
   * this run or one close by, found in a few steps instead of a binary search over all runs.
   */
  private hint = 0;

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
    const starts = this.readerStarts;
    const n = starts.length;
    if (n === 0 || offset < starts[0]) return -1;
    // Gallop from the last run found: widen by doubling steps until `[lo, hi)` holds the run,
    // then bisect. Starts are strictly increasing; the run is the last one starting at or
    // before `offset`. Invariant: starts[lo] <= offset, and hi === n or starts[hi] > offset.
    const h = this.hint < n ? this.hint : n - 1;
    let lo: number;
    let hi: number;
    let step = 1;
    if (starts[h] <= offset) {
      lo = h;
      hi = h + 1;
      while (hi < n && starts[hi] <= offset) {
        lo = hi;
        step *= 2;
        hi = lo + step;
      }
      if (hi > n) hi = n;
    } else {
      hi = h;
      lo = h - 1;
      while (lo > 0 && starts[lo] > offset) {
        hi = lo;
        step *= 2;
        lo = hi - step;
      }
      if (lo < 0) lo = 0; // starts[0] <= offset, checked above
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid;
    }
    this.hint = lo;
    return lo;
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
    return { start: s, end: sourceEndOf(this, start, end, s) };
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

/**
 * The source end of reader range `[start, end)` whose start maps to `sourceStart`, as every
 * ReaderText's `toSourceRange` answers: an empty range stays empty at its start, and an end never
 * comes before the start.
 */
export function sourceEndOf(reader: Pick<ReaderText, 'toSourceEnd'>, start: number, end: number, sourceStart: number): number {
  return end > start ? Math.max(sourceStart, reader.toSourceEnd(end)) : sourceStart;
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
