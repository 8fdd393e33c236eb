import type { SourceProblem } from '../../types';
import { parseCsv } from '../../text/csv';
import { LineIndex } from '../../text/lines';
import { isJsonObject, JsonObject, JsonValue, readJson } from '../../text/json';
import type { DocketEntry, DocketList } from './types';

/**
 * Docket lists: what the docket of the case says, entry by entry, so that a draft's docket cites
 * can be checked against it and a hover can show an entry's date and description.
 *
 * Two formats:
 * - a CSV (`docket.csv`) with columns entry, date, description (headers in any case; common
 *   synonyms such as `No.`, `ECF No.`, `Date Filed`, `Docket Text` accepted; without a header
 *   row the columns are taken in that order);
 * - the JSON of a docket from CourtListener's RECAP archive: an object with `docket_entries`
 *   (a docket export) or `results` (a page of the docket-entries API), or a bare list of
 *   entries, each with `entry_number`, `date_filed`, `description` and `recap_documents`.
 *
 * Never throws: every problem is reported at its line, and the good rows are kept.
 */
export function parseDocketList(text: string, path: string): DocketList {
  const first = text.replace(/^\ufeff/, '').trimStart()[0];
  if (/\.json$/i.test(path) || first === '{' || first === '[') return parseRecapDocket(text, path);
  return parseDocketCsv(text, path);
}

export const DOCKET_LIST_CODE = 'docket-list-invalid';

function problem(path: string, line: number, column: number, message: string): SourceProblem {
  return { path, line, column, code: DOCKET_LIST_CODE, message };
}

/** An entry number as the lists key it: `012` → `12`. */
export function entryKey(entry: string): string {
  return String(Number(entry));
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Header names, lower-cased, with `_` and runs of spaces read as one space and a final `.` dropped. */
const ENTRY_HEADERS = new Set([
  'entry', 'entry number', 'entry no', 'no', 'number', '#', 'docket entry', 'docket entry no', 'docket no', 'doc', 'doc no',
  'document number', 'document no', 'ecf', 'ecf no', 'dkt', 'dkt no', 'de',
]);
const DATE_HEADERS = new Set(['date', 'date filed', 'filed', 'filing date', 'date entered', 'entered', 'filed date']);
const DESCRIPTION_HEADERS = new Set(['description', 'docket text', 'text', 'title', 'document', 'entry text', 'summary', 'name']);

function headerName(cell: string): string {
  return cell.toLowerCase().replace(/[_\s]+/g, ' ').trim().replace(/\.$/, '').replace(/\. /g, ' ');
}

/** `12`, `012`, `12-1` (an attachment row), with `#` or `ECF No.` before it tolerated. */
const ENTRY_CELL = /^(?:#|(?:ECF|Dkt\.?|Doc\.?|D\.E\.|DE)(?:\s+No\.?)?\s*)?\s*(\d{1,6})(?:[-\u2011](\d{1,3}))?$/i;

export function parseDocketCsv(text: string, path: string): DocketList {
  const { rows, problems: csvProblems } = parseCsv(text);
  const problems: SourceProblem[] = csvProblems.map((p) => problem(path, p.line, p.column, `docket list: ${p.message}`));
  const entries = new Map<string, DocketEntry>();
  const list: DocketList = { path, entries, problems, format: 'csv', complete: true };
  if (rows.length === 0) return list;

  let columns = { entry: -1, date: -1, description: -1 };
  const header = rows[0].cells.map(headerName);
  header.forEach((h, k) => {
    if (columns.entry < 0 && ENTRY_HEADERS.has(h)) columns.entry = k;
    else if (columns.date < 0 && DATE_HEADERS.has(h)) columns.date = k;
    else if (columns.description < 0 && DESCRIPTION_HEADERS.has(h)) columns.description = k;
  });
  let dataRows = rows.slice(1);
  if (columns.entry < 0) {
    if (ENTRY_CELL.test(rows[0].cells[0] ?? '')) {
      columns = { entry: 0, date: 1, description: 2 }; // no header row
      dataRows = rows;
    } else {
      problems.push(problem(path, rows[0].line, 0, `docket list: no entry column; the first row should name the columns, e.g. "entry,date,description" (found "${rows[0].cells.join(',')}")`));
      return list;
    }
  }

  for (const row of dataRows) {
    const raw = row.cells[columns.entry] ?? '';
    if (raw === '') continue; // an unnumbered docket text entry
    const m = ENTRY_CELL.exec(raw);
    if (!m) {
      problems.push(problem(path, row.line, 0, `docket list: "${raw}" is not a docket entry number (write 12, or 12-1 for an attachment)`));
      continue;
    }
    const key = entryKey(m[1]);
    const description = columns.description >= 0 ? row.cells[columns.description] || undefined : undefined;
    const rawDate = columns.date >= 0 ? row.cells[columns.date] ?? '' : '';
    const date = rawDate ? readDate(rawDate) : undefined;
    if (rawDate && !date) {
      problems.push(problem(path, row.line, 0, `docket list: "${rawDate}" (entry ${raw}) is not a date Brieflint can read; write 2024-03-05, 3/5/2024 or Mar. 5, 2024`));
    }
    if (m[2] !== undefined) {
      // An attachment row (`12-1`): recorded with its entry, which it implies exists.
      const entry = entries.get(key) ?? addEntry(entries, { entry: key, path, line: row.line, ...(date ? { date } : {}) });
      entry.attachments ??= new Map();
      if (entry.attachments.has(String(Number(m[2])))) {
        problems.push(problem(path, row.line, 0, `docket list: attachment ${raw} is listed twice`));
      } else {
        entry.attachments.set(String(Number(m[2])), description ?? '');
      }
      continue;
    }
    const existing = entries.get(key);
    if (existing && !existing.attachments?.size) {
      problems.push(problem(path, row.line, 0, `docket list: entry ${key} is listed twice (first on line ${existing.line + 1})`));
      continue;
    }
    if (existing) {
      // Its attachments came first; the entry's own row fills in the rest.
      existing.line = row.line;
      if (date) existing.date = date;
      if (description) existing.description = description;
      continue;
    }
    addEntry(entries, { entry: key, path, line: row.line, ...(date ? { date } : {}), ...(description ? { description } : {}) });
  }
  return list;
}

function addEntry(entries: Map<string, DocketEntry>, entry: DocketEntry): DocketEntry {
  entries.set(entry.entry, entry);
  return entry;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * A filing date as ISO `YYYY-MM-DD`: `2024-03-05` (also with a time after it), `3/5/2024`,
 * `03/05/24`, `Mar. 5, 2024`, `March 5, 2024`, `5 March 2024`. Undefined when it is none of these.
 */
export function readDate(raw: string): string | undefined {
  const s = raw.trim();
  let y: number;
  let mo: number;
  let d: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(s))) {
    [mo, d] = [Number(m[1]), Number(m[2])];
    y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  } else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s))) {
    mo = monthNumber(m[1]);
    [d, y] = [Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(s))) {
    mo = monthNumber(m[2]);
    [d, y] = [Number(m[1]), Number(m[3])];
  } else {
    return undefined;
  }
  if (!(mo >= 1 && mo <= 12) || d < 1 || d > daysIn(y, mo) || y < 1900 || y > 2199) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  const short = MONTHS[w.slice(0, 4) === 'sept' ? 'sept' : w.slice(0, 3)];
  if (!short) return 0;
  // `Mar`, `Mar.`, `March` are fine; `Marchh` is not.
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][short - 1];
  return full.startsWith(w) || w === 'sept' ? short : 0;
}

function daysIn(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

// ---------------------------------------------------------------------------------------------
// CourtListener RECAP JSON

export function parseRecapDocket(text: string, path: string): DocketList {
  const entries = new Map<string, DocketEntry>();
  const problems: SourceProblem[] = [];
  const list: DocketList = { path, entries, problems, format: 'recap', complete: true };
  const lines = new LineIndex(text);
  const read = readJson(text);
  if (read.error || read.value === undefined) {
    const at = lines.positionAt(read.error?.offset ?? 0);
    problems.push(problem(path, at.line, at.column, `docket list is not valid JSON: ${read.error?.message ?? 'empty file'}`));
    return list;
  }
  const lineOf = (v: object): number => lines.positionAt(read.offsets.get(v) ?? 0).line;
  const root = read.value;
  let items: JsonValue[] | undefined;
  if (Array.isArray(root)) {
    items = root;
  } else if (isJsonObject(root)) {
    if (Array.isArray(root.docket_entries)) items = root.docket_entries;
    else if (Array.isArray(root.results)) items = root.results;
    const text = (key: string) => (typeof root[key] === 'string' && root[key] !== '' ? (root[key] as string) : undefined);
    const docketNumber = text('docket_number') ?? text('docketNumber');
    const caseName = text('case_name') ?? text('caseName');
    const court = text('court_id') ?? (typeof root.court === 'string' && !root.court.includes('/') ? root.court : undefined);
    if (docketNumber) list.docketNumber = docketNumber;
    if (caseName) list.caseName = caseName;
    if (court) list.court = court;
    // A page of the docket-entries API: the other pages may hold the entries missing from this one.
    if (typeof root.next === 'string' && root.next !== '') list.complete = false;
  }
  if (!items) {
    problems.push(problem(path, 0, 0, 'docket list: no docket entries found; a RECAP docket export has a "docket_entries" list (the docket-entries API, a "results" list)'));
    return list;
  }
  for (const item of items) {
    if (!isJsonObject(item)) {
      const line = typeof item === 'object' && item !== null ? lineOf(item) : lineOf(items);
      problems.push(problem(path, line, 0, 'docket list: a docket entry is not an object with entry_number, date_filed and description'));
      continue;
    }
    const line = lineOf(item);
    const number = item.entry_number;
    if (number === null || number === undefined || number === '') continue; // an unnumbered minute entry
    const key = typeof number === 'number' && Number.isInteger(number) && number >= 0
      ? String(number)
      : typeof number === 'string' && /^\d{1,6}$/.test(number.trim())
        ? entryKey(number.trim())
        : undefined;
    if (key === undefined) {
      problems.push(problem(path, line, 0, `docket list: entry_number ${JSON.stringify(number)} is not a docket entry number`));
      continue;
    }
    if (entries.has(key)) continue; // RECAP sometimes holds an entry twice; the first is kept
    const documents = Array.isArray(item.recap_documents) ? item.recap_documents.filter(isJsonObject) : [];
    const entry: DocketEntry = { entry: key, path, line };
    const date = typeof item.date_filed === 'string' ? item.date_filed : typeof item.entry_date_filed === 'string' ? item.entry_date_filed : undefined;
    if (date) entry.date = readDate(date) ?? date;
    const description = firstText(item.description, item.short_description, ...documents.filter((d) => !d.attachment_number).map((d) => d.description));
    if (description) entry.description = description;
    const attachments = attachmentsOf(documents);
    if (attachments.size) entry.attachments = attachments;
    entries.set(key, entry);
  }
  return list;
}

function firstText(...values: Array<JsonValue | undefined>): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}

function attachmentsOf(documents: JsonObject[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of documents) {
    const n = d.attachment_number;
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) out.set(String(n), firstText(d.description) ?? '');
  }
  return out;
}
