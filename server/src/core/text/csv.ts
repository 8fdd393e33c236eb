/**
 * A CSV reader for exhibit and docket lists as spreadsheets save them: RFC 4180 quoting (commas,
 * line breaks and doubled quotes inside quotes), a UTF-8 BOM, CRLF, LF or CR. It never throws: a
 * malformed row is reported at its line and reading goes on with the next line. Cells are cut
 * out with `slice`, never built a character at a time, so the work is linear in the file.
 */
export interface CsvRow {
  /** The cells, trimmed, quotes removed and doubled quotes read as one. */
  cells: string[];
  /** Where each cell's raw text starts and ends in the file (quotes included). */
  cellSpans: Array<{ start: number; end: number }>;
  /** 0-based line where the row starts. */
  line: number;
  /** Offset of the row's first character in the text. */
  start: number;
}

export interface CsvProblem {
  line: number;
  column: number;
  message: string;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

function isBreak(c: number): boolean {
  return c === LF || c === CR;
}

export function parseCsv(text: string): { rows: CsvRow[]; problems: CsvProblem[] } {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  let lineStart = i;
  // After one quote that never closes, no later quote can close either.
  let noClosingQuote = false;

  /** Past the line break at `p` (CRLF counts once), counting the line. */
  const skipBreak = (p: number): number => {
    line++;
    lineStart = text.charCodeAt(p) === CR && text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
    return lineStart;
  };

  while (i < n) {
    const rowLine = line;
    const rowStart = i;
    const cells: string[] = [];
    const spans: Array<{ start: number; end: number }> = [];
    let broken = false;
    for (;;) {
      const cellStart = i;
      // Leading spaces, then a quote, open a quoted field.
      let j = i;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (j < n && text.charCodeAt(j) === QUOTE) {
        const openLine = line;
        const openColumn = j - lineStart;
        const parts: string[] = [];
        let k = j + 1;
        let closed = false;
        while (!noClosingQuote) {
          const q = text.indexOf('"', k);
          if (q < 0) break;
          for (let p = k; p < q; p++) {
            const c = text.charCodeAt(p);
            if (c === LF || (c === CR && text.charCodeAt(p + 1) !== LF)) {
              line++;
              lineStart = p + 1;
            }
          }
          parts.push(text.slice(k, q));
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts.push('"');
            k = q + 2;
            continue;
          }
          closed = true;
          k = q + 1;
          break;
        }
        if (!closed) {
          noClosingQuote = true;
          problems.push({ line: openLine, column: openColumn, message: 'a quoted field is never closed (unbalanced ")' });
          // Recover: drop this row, go on after the line where the quote opened.
          line = openLine;
          let e = j;
          while (e < n && !isBreak(text.charCodeAt(e))) e++;
          i = e < n ? skipBreak(e) : e;
          broken = true;
          break;
        }
        // Text between the closing quote and the next separator is kept, as spreadsheets do.
        let e = k;
        while (e < n && text.charCodeAt(e) !== COMMA && !isBreak(text.charCodeAt(e))) e++;
        cells.push((parts.join('') + text.slice(k, e)).trim());
        spans.push({ start: cellStart, end: e });
        i = e;
      } else {
        let e = i;
        while (e < n && text.charCodeAt(e) !== COMMA && !isBreak(text.charCodeAt(e))) e++;
        cells.push(text.slice(i, e).trim());
        spans.push({ start: cellStart, end: e });
        i = e;
      }
      if (i < n && text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      if (i < n) i = skipBreak(i);
      break;
    }
    if (broken) continue;
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    rows.push({ cells, cellSpans: spans, line: rowLine, start: rowStart });
  }
  return { rows, problems };
}

/** A field written for CSV: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
