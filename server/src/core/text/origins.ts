/**
 * Where the text read from a Word or PDF document came from. A `.docx` or `.pdf` draft is
 * checked as plain text (what `brieflint text FILE` prints); this map tells, for an offset into
 * that text, the PDF page or the Word paragraph (and footnote or endnote) it was read from, so
 * that every citation and finding can say so (`pdfPage`, `paragraph`, `footnote` in the JSON).
 *
 * The map is a list of pieces, each starting at an offset and running to the next one's start;
 * a lookup is a binary search. Pure: the readers that fill it live outside core.
 */

/** Where one piece of the read text came from. Fields that do not apply are left out. */
export interface TextOrigin {
  /** 1-based PDF page. */
  pdfPage?: number;
  /** 1-based Word paragraph in the body (table cells included), in reading order. */
  paragraph?: number;
  /** The footnote's number as a reader sees it (1, 2, …), inside a Word footnote. */
  footnote?: number;
  /** The endnote's number, inside a Word endnote. */
  endnote?: number;
}

export const ORIGIN_FIELDS = ['pdfPage', 'paragraph', 'footnote', 'endnote'] as const;

export class OriginMap {
  private readonly starts: number[] = [];
  private readonly origins: TextOrigin[] = [];

  /** Starts a piece at `start` (not before the last piece's start). */
  add(start: number, origin: TextOrigin): void {
    const n = this.starts.length;
    if (n > 0 && this.starts[n - 1] === start) {
      this.origins[n - 1] = origin;
      return;
    }
    if (n > 0 && this.starts[n - 1] > start) throw new RangeError(`origin pieces must be added in order (${start} after ${this.starts[n - 1]})`);
    this.starts.push(start);
    this.origins.push(origin);
  }

  /** The origin of the text at `offset` (the first piece's before it, `{}` for an empty map). */
  at(offset: number): TextOrigin {
    const s = this.starts;
    if (s.length === 0) return {};
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.origins[lo];
  }

  get size(): number {
    return this.starts.length;
  }

  /** The pieces, in order: for tests and for readers that derive another map. */
  pieces(): Array<{ start: number; origin: TextOrigin }> {
    return this.starts.map((start, i) => ({ start, origin: this.origins[i] }));
  }
}

/** The origin fields of `offset` as JSON fields (only those set). */
export function originFields(map: OriginMap | undefined, offset: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (!map) return out;
  const origin = map.at(offset);
  for (const key of ORIGIN_FIELDS) if (origin[key] !== undefined) out[key] = origin[key]!;
  return out;
}
