/** Line starts of a text, for turning offsets into 0-based line and column (UTF-16 units). */
export class LineIndex {
  private readonly starts: number[];
  /**
   * The line found by the last look-up. Offsets are mostly looked up in order, so the next one
   * is usually on this line or the next, with no binary search.
   */
  private hint = 0;

  constructor(readonly text: string) {
    const starts = [0];
    // Line breaks (LF, CR, CRLF) found by indexOf, much faster than reading every character: the
    // next LF and the next CR, each searched again only once passed.
    const n = text.length;
    let lf = nextOf(text, '\n', 0);
    let cr = nextOf(text, '\r', 0);
    while (lf < n || cr < n) {
      let next: number;
      if (lf < cr) next = lf + 1;
      else next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      starts.push(next);
      if (lf < next) lf = nextOf(text, '\n', next);
      if (cr < next) cr = nextOf(text, '\r', next);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line and column of `offset`. */
  positionAt(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let h = this.hint;
    if (starts[h] <= o) {
      for (let step = 0; step < 2 && h < starts.length; step++, h++) {
        if (h + 1 === starts.length || starts[h + 1] > o) {
          this.hint = h;
          return { line: h, column: o - starts[h] };
        }
      }
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return { line: lo, column: o - this.starts[lo] };
  }

  /** Offset of the start of 0-based `line` (the text's length past the last line). */
  lineStart(line: number): number {
    if (line < 0) return 0;
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }

  /** Offset of the end of 0-based `line`, before its line break. */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    while (end > this.lineStart(line) && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }
}

/** Index of the first `char` at or after `from`, or the text's length. */
function nextOf(text: string, char: string, from: number): number {
  const k = text.indexOf(char, from);
  return k < 0 ? text.length : k;
}
