import { csvField, CsvRow, parseCsv } from '../../text/csv';
import type { Span } from '../../types';
import { findBatesRanges, parseBatesRange } from './bates';
import { readKeyword } from './keyword';
import { exhibitKey, isDigit, isUpper, readLabel } from './labels';
import type { ExhibitDefinition, ManifestAppend, ManifestField, ManifestInfo, SourceProblem } from './types';

/**
 * Exhibit lists (manifests) and exhibit folders, read and checked. The service finds and reads
 * the files (and parses JSON and YAML); everything that decides what a row means is here, so it
 * is the same in the editor and on the command line, and never throws on a bad file.
 *
 * A row has at least `exhibit` and may have `description`, `bates_begin`, `bates_end` (or one
 * `bates` column holding a range), `file` and `date`.
 */

export const MANIFEST_NAMES = ['exhibits.csv', 'exhibits.json', 'exhibits.yaml', 'exhibits.yml'] as const;

/** The problem code for anything wrong in an exhibit list. */
export const LIST_PROBLEM = 'exhibit-list-invalid';

/** The names written for each field in new rows and new lists. */
export const FIELD_NAMES: Record<ManifestField, string> = {
  exhibit: 'exhibit',
  description: 'description',
  bates: 'bates',
  batesBegin: 'bates_begin',
  batesEnd: 'bates_end',
  file: 'file',
  date: 'date',
};

const FIELD_ALIASES: Record<ManifestField, readonly string[]> = {
  exhibit: ['exhibit', 'ex', 'exh', 'label', 'exhibitno', 'exhibitnumber', 'exno', 'exhibit#', 'ex#', 'exhibitlabel'],
  description: ['description', 'desc', 'document', 'title', 'subject', 'documentdescription'],
  bates: ['bates', 'batesrange', 'batesnumber', 'batesnumbers', 'batesno', 'bates#'],
  batesBegin: ['batesbegin', 'batesbeg', 'begbates', 'beginbates', 'batesstart', 'startbates', 'batesfrom', 'firstbates', 'begdoc', 'prodbeg'],
  batesEnd: ['batesend', 'endbates', 'lastbates', 'batesto', 'enddoc', 'prodend'],
  file: ['file', 'filename', 'path', 'filepath', 'link'],
  date: ['date', 'docdate', 'documentdate'],
};

const FIELD_BY_ALIAS = new Map<string, ManifestField>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as Array<[ManifestField, readonly string[]]>) {
  for (const a of aliases) FIELD_BY_ALIAS.set(a, field);
}

/** The field a column header or key names, matched case-insensitively (`Bates Begin`, `bates_begin`). */
export function manifestField(name: string): ManifestField | undefined {
  return FIELD_BY_ALIAS.get(name.toLowerCase().replace(/[^a-z0-9#]/g, ''));
}

/** What reading one exhibit list gave. */
export interface ManifestReading {
  definitions: ExhibitDefinition[];
  problems: SourceProblem[];
  info: ManifestInfo;
  /** Set when no row could be used at all (no exhibit column, a file that does not parse): why. */
  unusable?: string;
}

/** The label a list cell holds: `1`, `01`, `Ex. 1`, `Exhibit A`, `12-B`; undefined if it is none. */
export function labelFromCell(value: string): { label: string; offset: number } | undefined {
  const v = value.trim();
  const lead = value.indexOf(v);
  const keyword = readKeyword(v, 0);
  const at = keyword ? keyword.labelStart : 0;
  const label = readLabel(v, at, false);
  if (!label || label.end !== v.length) return undefined;
  return { label: label.label, offset: lead + at };
}

/** Reads an `exhibits.csv`. */
export function readCsvManifest(text: string, path: string): ManifestReading {
  const { rows, problems: csvProblems } = parseCsv(text);
  const problems: SourceProblem[] = csvProblems.map((p) => ({ path, line: p.line, column: p.column, code: LIST_PROBLEM, message: `Exhibit list: ${p.message}; that row is skipped.` }));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const endsWithBreak = text.length === 0 || text.endsWith('\n') || text.endsWith('\r');
  const info: ManifestInfo = { path, format: 'csv' };
  const name = baseName(path);
  if (rows.length === 0) {
    problems.push({ path, line: 0, column: 0, code: LIST_PROBLEM, message: `${name} has no header row; the first line should name the columns (exhibit, description, bates_begin, bates_end, file, date).` });
    return { definitions: [], problems, info, unusable: `${name} has no header row` };
  }
  const [header, ...body] = rows;
  const columns = header.cells.map((h) => manifestField(h));
  info.columns = columns;
  info.fieldNames = {};
  header.cells.forEach((h, k) => {
    const f = columns[k];
    if (f && info.fieldNames![f] === undefined) info.fieldNames![f] = h;
  });
  info.append = { offset: text.length, before: endsWithBreak ? '' : eol, after: eol, indent: '' };
  const labelColumn = columns.indexOf('exhibit');
  if (labelColumn < 0) {
    problems.push({
      path,
      line: header.line,
      column: 0,
      code: LIST_PROBLEM,
      message: `${name} has no exhibit column: name one column "exhibit" (or "ex", "label"). The header has ${header.cells.map((c) => `"${c}"`).join(', ')}.`,
    });
    return { definitions: [], problems, info: { path, format: 'csv' }, unusable: `${name} has no exhibit column` };
  }
  const definitions: ExhibitDefinition[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    let cells = row.cells;
    const extra = cells.slice(columns.length).some((c) => c !== '');
    if (extra) {
      problems.push({
        path,
        line: row.line,
        column: 0,
        code: LIST_PROBLEM,
        message: `This row has ${cells.length} fields but the header has ${columns.length}; a comma inside a field needs quotes ("…").${labelColumn === 0 ? ' Only its exhibit label is used.' : ' The row is skipped.'}`,
      });
      if (labelColumn !== 0) continue;
      cells = cells.slice(0, 1);
    }
    const get = (f: ManifestField): unknown => {
      const k = columns.indexOf(f);
      return k >= 0 && k < cells.length ? cells[k] : undefined;
    };
    const definition = definitionFrom(get, { kind: 'manifest', path, line: row.line }, path, row.line, problems, seen);
    if (!definition) continue;
    const span = csvLabelSpan(text, row, labelColumn);
    if (span) definition.origin.labelSpan = span;
    definitions.push(definition);
  }
  return { definitions, problems, info };
}

/**
 * Offsets of the label in a CSV row's exhibit cell, for renaming. Uses the cell offsets the CSV
 * reader gives when it gives them; otherwise only a first-column label can be found for sure.
 */
function csvLabelSpan(text: string, row: CsvRow, column: number): Span | undefined {
  const cellSpans = (row as CsvRow & { cellSpans?: Span[] }).cellSpans;
  let at: number;
  if (cellSpans && cellSpans[column]) at = cellSpans[column].start;
  else if (column === 0) at = row.start;
  else return undefined;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] === '"') at++;
  const value = row.cells[column];
  if (!text.startsWith(value, at)) return undefined;
  const label = labelFromCell(value);
  if (!label) return undefined;
  return { start: at + label.offset, end: at + value.length };
}

/** One row of a JSON or YAML list as the service parsed it. */
export interface ManifestRecord {
  value: unknown;
  /** 0-based line and column where the row starts. */
  line: number;
  column: number;
  /** Offsets of the label's characters in the file (inside quotes), when known. */
  labelSpan?: Span;
  /** Set when the label is a bare JSON number: a new label with letters must be quoted. */
  labelQuote?: string;
}

/** Reads the rows of an `exhibits.json` or `exhibits.yaml` that the service parsed. */
export function readManifestRecords(
  records: ManifestRecord[],
  path: string,
  format: 'json' | 'yaml',
  append?: ManifestAppend,
): ManifestReading {
  const problems: SourceProblem[] = [];
  const definitions: ExhibitDefinition[] = [];
  const seen = new Map<string, number>();
  const fieldNames: Partial<Record<ManifestField, string>> = {};
  for (const record of records) {
    const v = record.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      problems.push({ path, line: record.line, column: record.column, code: LIST_PROBLEM, message: 'Each exhibit should be an object with at least an "exhibit" field; this one is skipped.' });
      continue;
    }
    const fields = new Map<ManifestField, unknown>();
    for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
      const f = manifestField(key);
      if (!f || fields.has(f)) continue;
      fields.set(f, value);
      fieldNames[f] ??= key;
    }
    const definition = definitionFrom((f) => fields.get(f), { kind: 'manifest', path, line: record.line }, path, record.line, problems, seen, record.column);
    if (!definition) continue;
    if (record.labelSpan) definition.origin.labelSpan = record.labelSpan;
    if (record.labelQuote) definition.origin.labelQuote = record.labelQuote;
    definitions.push(definition);
  }
  const info: ManifestInfo = { path, format, fieldNames };
  if (append) info.append = append;
  return { definitions, problems, info };
}

/** A definition from one row's fields, or undefined (with a problem) when the row cannot be used. */
function definitionFrom(
  get: (f: ManifestField) => unknown,
  origin: ExhibitDefinition['origin'],
  path: string,
  line: number,
  problems: SourceProblem[],
  seen: Map<string, number>,
  column = 0,
): ExhibitDefinition | undefined {
  const problem = (message: string) => problems.push({ path, line, column, code: LIST_PROBLEM, message });
  const text = (f: ManifestField): string | undefined => {
    const v = get(f);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
    problem(`The ${FIELD_NAMES[f]} of this exhibit should be text, not ${Array.isArray(v) ? 'a list' : typeof v}; it is ignored.`);
    return undefined;
  };
  const raw = text('exhibit');
  if (raw === undefined) {
    problem('This row has no exhibit label; it is skipped.');
    return undefined;
  }
  const label = labelFromCell(raw);
  if (!label) {
    problem(`"${raw}" is not an exhibit label (like 1, A, 12-B or Ex. 1); the row is skipped.`);
    return undefined;
  }
  const key = exhibitKey(label.label);
  const first = seen.get(key);
  if (first !== undefined) {
    problem(`Ex. ${label.label} is listed twice; the row at line ${first + 1} is used and this one is skipped.`);
    return undefined;
  }
  seen.set(key, line);
  const definition: ExhibitDefinition = { label: label.label, origin };
  const description = text('description');
  if (description) definition.description = description;
  const bates = text('bates');
  const begin = text('batesBegin');
  const end = text('batesEnd');
  if (begin) definition.batesBegin = begin;
  else if (bates) {
    const range = parseBatesRange(bates);
    definition.batesBegin = range ? range.begin.text : bates;
    if (range?.end && !end) definition.batesEnd = range.end.text;
  }
  if (end) definition.batesEnd = end;
  const file = text('file');
  if (file) definition.file = file;
  const date = text('date');
  if (date) definition.date = date;
  return definition;
}

/** The text that adds one row to an exhibit list (with what goes before and after it), or undefined. */
export function manifestRowText(info: ManifestInfo, row: Partial<Record<ManifestField, string>>): string | undefined {
  const append = info.append;
  if (!append) return undefined;
  const name = (f: ManifestField) => info.fieldNames?.[f] ?? FIELD_NAMES[f];
  const entries = (Object.keys(FIELD_NAMES) as ManifestField[]).filter((f) => row[f] !== undefined && row[f] !== '');
  if (info.format === 'csv') {
    if (!info.columns) return undefined;
    const cells = info.columns.map((f) => (f && row[f] !== undefined ? csvField(row[f]!) : ''));
    if (info.columns.includes('bates') && !info.columns.includes('batesBegin') && row.batesBegin) {
      const k = info.columns.indexOf('bates');
      cells[k] = csvField(row.batesEnd ? `${row.batesBegin}–${row.batesEnd}` : row.batesBegin);
    }
    return append.before + cells.join(',') + append.after;
  }
  if (info.format === 'json') {
    const body = entries.map((f) => `${JSON.stringify(name(f))}: ${JSON.stringify(row[f])}`).join(', ');
    return `${append.before}${append.indent}{ ${body} }${append.after}`;
  }
  const lines = entries.map((f, k) => `${append.indent}${k === 0 ? '- ' : '  '}${yamlKey(name(f))}: ${JSON.stringify(row[f])}`);
  return append.before + lines.join('\n') + append.after;
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_ -]*$/.test(key) ? key : JSON.stringify(key);
}

/** How a new label is written over an old one in a list (a bare JSON number stays bare only if numeric). */
export function labelReplacement(definition: ExhibitDefinition, label: string): string {
  const quote = definition.origin.labelQuote;
  if (quote && !/^\d+$/.test(label)) return quote + label + quote;
  return label;
}

/** A new exhibit list in CSV, from rows. */
export function manifestCsv(rows: Array<Partial<Record<ManifestField, string>>>): string {
  const fields: ManifestField[] = ['exhibit', 'description', 'batesBegin', 'batesEnd', 'date', 'file'];
  const lines = [fields.map((f) => FIELD_NAMES[f]).join(',')];
  for (const r of rows) lines.push(fields.map((f) => csvField(r[f] ?? '')).join(','));
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Exhibit folders: `Ex. 01 - Email.pdf`, `Exhibit A.pdf`, `Ex_1_MSFT_AICPY_000591635.pdf`

const FILE_KEYWORD = /^(?:grp\.?[ _-]*|group[ _-]+)?(?:exhibits?|exhs?\.?|exs?\.?)(?:[ _.-]*no\.?)?[ _.-]*/i;

/** What an exhibit file's name says: its label, and a description and Bates number if it has them. */
export function exhibitFromFileName(name: string): { label: string; description?: string; batesBegin?: string; batesEnd?: string } | undefined {
  if (name.startsWith('.') || name.length > 255) return undefined;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 && name.length - dot <= 6 ? name.slice(0, dot) : name;
  const m = FILE_KEYWORD.exec(stem);
  if (!m || m[0].length === 0) return undefined;
  let i = m[0].length;
  const start = i;
  if (isDigit(stem.charCodeAt(i))) {
    while (i < stem.length && isDigit(stem.charCodeAt(i)) && i - start < 8) i++;
  } else if (isUpper(stem.charCodeAt(i))) {
    while (i < stem.length && isUpper(stem.charCodeAt(i)) && i - start < 3) i++;
  } else {
    return undefined;
  }
  // `12-B`, `1-A`: a hyphen and one short part, then a separator or the end.
  const part = /-(?:[A-Z]{1,2}|\d{1,3})(?=$|[ _.–—-])/y;
  part.lastIndex = i;
  if (part.test(stem) && !/^[ _.–—-]*[A-Z][A-Z0-9]*_/.test(stem.slice(part.lastIndex))) i = part.lastIndex;
  const next = stem.charCodeAt(i);
  if (i < stem.length && !(next === 32 || next === 95 || next === 46 || next === 45 || next === 0x2013 || next === 0x2014)) return undefined;
  const raw = stem.slice(start, i);
  const label = exhibitKey(raw).replace(/^0+(?=\d)/, '');
  const out: { label: string; description?: string; batesBegin?: string; batesEnd?: string } = { label: /^\d/.test(raw) ? label : raw };
  let rest = stem.slice(i).replace(/^[ _.–—-]+/, '');
  const found = findBatesRanges(rest, 1);
  if (found.length > 0) {
    out.batesBegin = found[0].range.begin.text;
    if (found[0].range.end) out.batesEnd = found[0].range.end.text;
    rest = (rest.slice(0, found[0].start) + ' ' + rest.slice(found[0].end)).replace(/^[ _.–—-]+|[ _.–—-]+$/g, '');
  }
  const description = rest.replace(/_/g, ' ').replace(/\(\s*\)|\[\s*\]/g, '').replace(/\s+/g, ' ').trim();
  if (description) out.description = description;
  return out;
}

/**
 * Definitions from the names in an exhibit folder. Two files for one exhibit (`Ex. 1.pdf` and
 * `Ex. 1.docx`): the PDF, else the first by name, is the exhibit's file.
 */
export function folderDefinitions(names: readonly string[], folder: string, join: (folder: string, name: string) => string): ExhibitDefinition[] {
  const sorted = [...names].sort((a, b) => {
    const pa = /\.pdf$/i.test(a) ? 0 : 1;
    const pb = /\.pdf$/i.test(b) ? 0 : 1;
    return pa - pb || (a < b ? -1 : a > b ? 1 : 0);
  });
  const byKey = new Map<string, ExhibitDefinition>();
  for (const name of sorted) {
    const parsed = exhibitFromFileName(name);
    if (!parsed) continue;
    const key = exhibitKey(parsed.label);
    if (byKey.has(key)) continue;
    const path = join(folder, name);
    byKey.set(key, { ...parsed, file: path, origin: { kind: 'folder', path } });
  }
  return [...byKey.values()];
}

/** The last part of a path (`/a/b/exhibits.csv` → `exhibits.csv`), for messages. */
export function baseName(path: string): string {
  const k = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return k >= 0 ? path.slice(k + 1) : path;
}

/** The folder of a path (`/a/b/exhibits.csv` → `/a/b`), with the separator it uses. */
export function folderOf(path: string): { folder: string; separator: string } | undefined {
  const k = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (k < 0) return undefined;
  return { folder: path.slice(0, k), separator: path[k] };
}
