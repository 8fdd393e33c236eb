/** The record index, `record.csv`: which file holds each record document. Pure: the service reads the file. */
import { parseCsv } from '../../text/csv';
import type { SourceProblem } from '../../types';
import type { RecordIndexFields } from './types';

export const RECORD_INDEX_NAME = 'record.csv';
export const RECORD_PROBLEM = 'record-index-invalid';

export interface RecordIndexRow extends RecordIndexFields {
  document: string;
  /** As written in the index (relative to the record folder). */
  file?: string;
  /** 0-based line in the index; column of the `file` cell. */
  line: number;
  fileColumn: number;
}

const COLUMNS: Record<string, keyof RecordIndexRow> = {
  document: 'document', file: 'file', volume: 'volume', first_page: 'firstPage', last_page: 'lastPage',
  docket_entry: 'docketEntry', pageid_first: 'pageIdFirst', pageid_last: 'pageIdLast',
};

/** Reads `record.csv`: a header row naming at least `document` and `file`, then one row a document. */
export function parseRecordIndex(text: string, path: string): { rows: RecordIndexRow[]; problems: SourceProblem[] } {
  const { rows, problems: csvProblems } = parseCsv(text);
  const problems: SourceProblem[] = csvProblems.map((p) => ({ path, line: p.line, column: p.column, code: RECORD_PROBLEM, message: `record.csv: ${p.message}` }));
  const out: RecordIndexRow[] = [];
  const header = rows[0];
  if (!header) return { rows: out, problems };
  const fields = header.cells.map((c) => COLUMNS[c.trim().toLowerCase().replace(/[\s-]+/g, '_')]);
  if (!fields.includes('document') || !fields.includes('file')) {
    problems.push({ path, line: header.line, column: 0, code: RECORD_PROBLEM, message: 'record.csv needs a header row naming the columns "document" and "file" (and, if you like, volume, first_page, last_page, docket_entry, pageid_first, pageid_last); no row of it is used.' });
    return { rows: out, problems };
  }
  for (const row of rows.slice(1)) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const r: RecordIndexRow = { document: '', line: row.line, fileColumn: 0 };
    let bad = false;
    fields.forEach((field, i) => {
      const value = (row.cells[i] ?? '').trim();
      if (!field || value === '') return;
      if (field === 'firstPage' || field === 'lastPage' || field === 'pageIdFirst' || field === 'pageIdLast') {
        if (!/^\d{1,7}$/.test(value)) {
          problems.push({ path, line: row.line, column: row.cellSpans[i].start - row.start, code: RECORD_PROBLEM, message: `record.csv: "${value}" in ${header.cells[i].trim()} is not a page number; the row is used without it.` });
          bad = true;
          return;
        }
        (r as unknown as Record<string, number>)[field] = Number(value);
      } else {
        (r as unknown as Record<string, string>)[field] = value;
        if (field === 'file') r.fileColumn = row.cellSpans[i].start - row.start;
      }
    });
    void bad;
    if (!r.document) {
      problems.push({ path, line: row.line, column: 0, code: RECORD_PROBLEM, message: 'record.csv: a row without a document; it is not used.' });
      continue;
    }
    out.push(r);
  }
  return { rows: out, problems };
}
