/**
 * A CSV reader for exhibit and docket lists as spreadsheets save them: RFC 4180 quoting (commas,
 * line breaks and doubled quotes inside quotes), a UTF-8 BOM, CRLF or LF. It never throws: a
 * malformed row is reported at its line and reading goes on with the next line.
 */
export interface CsvRow {
  cells: string[];
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

export function parseCsv(text: string): { rows: CsvRow[]; problems: CsvProblem[] } {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  let lineStart = i;
  // After one quote that never closes, no later quote can close either: remember it, so a
  // file full of stray quotes is still read in linear time.
  let noClosingQuote = false;
  while (i < text.length) {
    const rowLine = line;
    const rowStart = i;
    const cells: string[] = [];
    let cell = '';
    let cellBlank = true; // nothing but spaces in the cell so far: a quote here opens a quoted field
    let broken = false;
    for (;;) {
      if (i >= text.length) {
        cells.push(cell);
        break;
      }
      const c = text[i];
      if (c === '"' && cellBlank) {
        // A quoted field: up to the closing quote, across line breaks.
        const openLine = line;
        const openColumn = i - lineStart;
        let j = i + 1;
        let value = '';
        let closed = false;
        while (j < text.length && !noClosingQuote) {
          const d = text[j];
          if (d === '"') {
            if (text[j + 1] === '"') {
              value += '"';
              j += 2;
              continue;
            }
            closed = true;
            j++;
            break;
          }
          if (d === '\n' || (d === '\r' && text[j + 1] !== '\n')) {
            line++;
            lineStart = j + 1;
          }
          value += d;
          j++;
        }
        if (!closed) {
          noClosingQuote = true;
          problems.push({ line: openLine, column: openColumn, message: 'a quoted field is never closed (unbalanced ")' });
          // Recover: skip to the end of the line where the quote opened.
          line = openLine;
          let k = i;
          while (k < text.length && text[k] !== '\n' && text[k] !== '\r') k++;
          i = k;
          broken = true;
          cells.push(cell);
          break;
        }
        cell = value;
        cellBlank = false;
        i = j;
        // Text between the closing quote and the next separator is kept, as spreadsheets do.
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
        continue;
      }
      if (c === ',') {
        cells.push(cell);
        cell = '';
        cellBlank = true;
        i++;
        continue;
      }
      if (c === '\n' || c === '\r') {
        cells.push(cell);
        break;
      }
      if (c !== ' ' && c !== '\t') cellBlank = false;
      cell += c;
      i++;
    }
    // Consume the line break.
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (text[i] === '\n' || text[i] === '\r') i++;
    line++;
    lineStart = i;
    if (broken) continue;
    if (cells.length === 1 && cells[0].trim() === '') continue; // blank line
    rows.push({ cells: cells.map((x) => x.trim()), line: rowLine, start: rowStart });
  }
  return { rows, problems };
}

/** A field written for CSV: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
