import { JoinedReaderText } from '../../text/chunks';
import type { ReaderText } from '../../text/readerText';
import { BatesRange, findBatesRanges, LocatedBates, parseBatesRange } from './bates';
import { readKeyword } from './keyword';
import { readLabel } from './labels';
import type { DefinedHere } from './types';

/**
 * Exhibits defined inside the draft itself:
 *
 * - an index of exhibits, as a Markdown table (`| Ex. | Description | Bates |`) or as lines
 *   (`- Exhibit 1 — Email of Oct. 1, 2023, MSFT_AICPY_000591635`);
 * - a declaration's "Attached hereto as Exhibit 1 is a true and correct copy of …" (read by the
 *   extractor, which marks that cite with `detail.defines`).
 *
 * Index lines define exhibits and are not cites; the extractor skips them. Everything here is in
 * reader offsets and linear in the text: each line is looked at a bounded number of times.
 */

/** One row of an exhibit index in the draft, in reader offsets. */
export interface IndexEntry {
  label: string;
  labelStart: number;
  labelEnd: number;
  /** The whole row or line. */
  start: number;
  end: number;
  description?: string;
  batesBegin?: string;
  batesEnd?: string;
  date?: string;
}

export interface ExhibitIndex {
  entries: IndexEntry[];
  /** Reader ranges `[start, end)` of index lines, in order, for the extractor to skip. */
  lines: Array<[number, number]>;
}

const cache = new WeakMap<ReaderText, ExhibitIndex>();

/**
 * The exhibit index (or indexes) of a draft; computed once per reader text. A draft read in
 * chunks gets its chunks' indexes, each computed once per chunk (an index never spans a place where
 * a draft is cut: `text/chunks.ts`), so a re-check finds the index again without reading it.
 */
export function exhibitIndexOf(reader: ReaderText): ExhibitIndex {
  let index = cache.get(reader);
  if (!index) {
    index = reader instanceof JoinedReaderText ? joinedIndex(reader) : findExhibitIndex(reader.text);
    cache.set(reader, index);
  }
  return index;
}

function joinedIndex(reader: JoinedReaderText): ExhibitIndex {
  const entries: IndexEntry[] = [];
  const lines: Array<[number, number]> = [];
  for (const { reader: piece, readerStart: base } of reader.pieces()) {
    const index = exhibitIndexOf(piece);
    for (const e of index.entries) entries.push({ ...e, labelStart: e.labelStart + base, labelEnd: e.labelEnd + base, start: e.start + base, end: e.end + base });
    for (const [s, e] of index.lines) lines.push([s + base, e + base]);
  }
  return { entries, lines };
}

interface Line {
  start: number;
  end: number;
}

/** Finds exhibit index tables and lists in reader text. */
export function findExhibitIndex(text: string): ExhibitIndex {
  const lines: Line[] = [];
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    lines.push({ start: pos, end: end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    pos = end + 1;
  }
  const entries: IndexEntry[] = [];
  const skip: Array<[number, number]> = [];
  // A table has a `|` in every row: a draft without one has no table to look for.
  let n = text.includes('|') ? 0 : lines.length;
  while (n < lines.length) {
    const table = readTable(text, lines, n);
    if (!table) {
      n++;
      continue;
    }
    // Any table is read once: its rows are not headers of another.
    if (table.entries) {
      for (const e of table.entries) entries.push(e);
      skip.push([lines[n].start, lines[table.next - 1].end]);
    }
    n = table.next;
  }
  for (const run of listRuns(text, lines)) {
    for (const e of run) {
      entries.push(e);
      skip.push([e.start, e.end]);
    }
  }
  entries.sort((a, b) => a.start - b.start);
  skip.sort((a, b) => a[0] - b[0]);
  return { entries, lines: skip };
}

// ---------------------------------------------------------------------------------------------
// Tables

type Column = 'label' | 'description' | 'bates' | 'batesBegin' | 'batesEnd' | 'date' | 'file';

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** Cells of a table row, trimmed, with their reader offsets; undefined when the line has no `|`. */
function tableCells(text: string, line: Line): Cell[] | undefined {
  const s = text.slice(line.start, line.end);
  if (!s.includes('|')) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (let k = 0; k <= s.length; k++) {
    if (k < s.length && s[k] !== '|') continue;
    let a = from;
    let b = k;
    while (a < b && /\s/.test(s[a])) a++;
    while (b > a && /\s/.test(s[b - 1])) b--;
    cells.push({ text: s.slice(a, b), start: line.start + a, end: line.start + b });
    from = k + 1;
  }
  const trimmed = s.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && cells.length > 0) cells.pop();
  return cells;
}

function isDelimiterRow(cells: Cell[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c.text));
}

/** What a header cell names, if anything Brieflint reads. */
function columnOf(header: string): Column | undefined {
  const h = header.toLowerCase().replace(/[^a-z#]/g, '');
  if (['ex', 'exh', 'exs', 'exhibit', 'exhibits', 'exhibitno', 'exhibitnumber', 'exhibit#', 'exno', 'ex#'].includes(h)) return 'label';
  if (h.includes('bates')) {
    if (/beg|start|first|from/.test(h)) return 'batesBegin';
    if (/end|last|through/.test(h)) return 'batesEnd';
    return 'bates';
  }
  if (h.includes('desc') || ['document', 'title', 'subject'].includes(h)) return 'description';
  if (h.includes('date')) return 'date';
  if (h === 'file' || h === 'filename' || h === 'path') return 'file';
  return undefined;
}

/**
 * A Markdown table starting at line `n` (undefined when none starts there), with its entries when
 * it is a table of exhibits.
 */
function readTable(text: string, lines: Line[], n: number): { entries?: IndexEntry[]; next: number } | undefined {
  if (n + 1 >= lines.length) return undefined;
  const header = tableCells(text, lines[n]);
  if (!header || header.length < 2) return undefined;
  const delimiter = tableCells(text, lines[n + 1]);
  if (!delimiter || !isDelimiterRow(delimiter)) return undefined;
  let next = n + 2;
  const rows: Cell[][] = [];
  while (next < lines.length) {
    const cells = tableCells(text, lines[next]);
    if (!cells || cells.length === 0) break;
    rows.push(cells);
    next++;
  }
  const columns = header.map((h) => columnOf(h.text));
  let labelColumn = columns.indexOf('label');
  const numberColumn = header.findIndex((h) => /^(no\.?|#|tab)$/i.test(h.text));
  if (labelColumn < 0 && numberColumn >= 0 && columns.some((c) => c === 'bates' || c === 'batesBegin')) labelColumn = numberColumn;
  if (labelColumn < 0) {
    // No header says "Exhibit": the table is an index only if its first cells are exhibit words.
    const withKeyword = rows.filter((r) => r[0] && readKeyword(r[0].text, 0)).length;
    if (rows.length === 0 || withKeyword * 2 < rows.length) return { next };
    labelColumn = 0;
  }
  const entries: IndexEntry[] = [];
  for (const [k, row] of rows.entries()) {
    const cell = row[labelColumn];
    if (!cell) continue;
    const label = labelInCell(cell);
    if (!label) continue;
    const entry: IndexEntry = { label: label.label, labelStart: label.start, labelEnd: label.end, start: lines[n + 2 + k].start, end: lines[n + 2 + k].end };
    row.forEach((c, col) => {
      if (col === labelColumn || !c.text) return;
      const role = columns[col];
      if (role === 'description') entry.description = c.text;
      else if (role === 'date') entry.date = c.text;
      else if (role === 'batesBegin') entry.batesBegin = c.text;
      else if (role === 'batesEnd') entry.batesEnd = c.text;
      else if (role === 'bates') {
        const range = parseBatesRange(c.text);
        entry.batesBegin = range ? range.begin.text : c.text;
        if (range?.end) entry.batesEnd = range.end.text;
      }
    });
    if (entry.date === undefined && entry.description) {
      const date = findDate(entry.description);
      if (date) entry.date = date;
    }
    entries.push(entry);
  }
  return { entries, next };
}

/** The label in an index cell: `1`, `Ex. 1`, `Exhibit A`. */
function labelInCell(cell: Cell): { label: string; start: number; end: number } | undefined {
  let at = 0;
  const keyword = readKeyword(cell.text, 0);
  if (keyword) at = keyword.labelStart;
  const label = readLabel(cell.text, at, false);
  if (!label || label.end !== cell.text.length) return undefined;
  return { label: label.label, start: cell.start + at, end: cell.start + label.end };
}

// ---------------------------------------------------------------------------------------------
// Lines: `- Exhibit 1 — Email of Oct. 1, 2023, MSFT_AICPY_000591635`

/** A list marker and the space after it: `- `, `* `, `1. `, `2) `. */
const LIST_MARKER = /(?:[-*+]|\d{1,3}[.)])[ \t]+/y;
/** Between a label and its description: a dash, a colon or a tab, with spaces. */
const LABEL_SEPARATOR = /[ \t]*(?:[—–:]|-(?=[ \t])|\t)[ \t]*/y;

/**
 * A line that defines an exhibit: an optional list marker, an exhibit word and label, then a
 * dash, a colon or a tab, then the description.
 */
function definitionLine(text: string, line: Line): IndexEntry | undefined {
  let i = line.start;
  while (i < line.end && (text[i] === ' ' || text[i] === '\t') && i - line.start < 8) i++;
  LIST_MARKER.lastIndex = i;
  if (LIST_MARKER.test(text) && LIST_MARKER.lastIndex <= line.end) i = LIST_MARKER.lastIndex;
  // Every exhibit word starts with `E` or `G` (`Grp. Ex.`): most lines end here.
  const c = text.charCodeAt(i);
  if (c !== 69 /* E */ && c !== 71 /* G */) return undefined;
  const keyword = readKeyword(text, i);
  if (!keyword || keyword.plural || keyword.labelStart >= line.end) return undefined;
  const label = readLabel(text, keyword.labelStart, false);
  if (!label || label.end > line.end) return undefined;
  LABEL_SEPARATOR.lastIndex = label.end;
  if (!LABEL_SEPARATOR.test(text) || LABEL_SEPARATOR.lastIndex > line.end) return undefined;
  const rest = text.slice(LABEL_SEPARATOR.lastIndex, line.end);
  const entry: IndexEntry = { label: label.label, labelStart: keyword.labelStart, labelEnd: label.end, start: line.start, end: line.end };
  Object.assign(entry, describe(rest));
  return entry;
}

/**
 * Definition lines that form an index: at least two in a run (blank lines between allowed), or
 * one under a heading that speaks of exhibits (`Index of Exhibits`).
 */
function listRuns(text: string, lines: Line[]): IndexEntry[][] {
  const runs: IndexEntry[][] = [];
  let run: IndexEntry[] = [];
  let heading = false;
  let lastOther = '';
  const close = () => {
    if (run.length >= 2 || (run.length === 1 && heading)) runs.push(run);
    run = [];
  };
  for (const line of lines) {
    const blank = text.slice(line.start, line.end).trim() === '';
    if (blank) continue;
    const entry = line.end - line.start < 2000 ? definitionLine(text, line) : undefined;
    if (entry) {
      if (run.length === 0) heading = /exhibit/i.test(lastOther) && lastOther.length < 100;
      run.push(entry);
      continue;
    }
    close();
    lastOther = line.end - line.start < 200 ? text.slice(line.start, line.end).trim() : '';
  }
  close();
  return runs;
}

/** Description, Bates and date from the text after a label: `Email of Oct. 1, 2023, MSFT_AICPY_000591635`. */
export function describe(rest: string): DefinedHere {
  return describeAt(rest, 0, rest.length).defined;
}

/**
 * What `text[start, end)` says an exhibit is, and where its Bates number is (in `text`'s
 * offsets), so that a declaration's Bates numbers are checked like a cite's.
 */
function describeAt(text: string, start: number, end: number): { defined: DefinedHere; bates?: LocatedBates } {
  const out: DefinedHere = {};
  const rest = text.slice(start, Math.min(end, start + 600));
  const found = findBatesRanges(rest);
  let description = rest;
  let bates: LocatedBates | undefined;
  if (found.length > 0) {
    const first = found[0];
    setBates(out, first.range);
    description = stripBatesWords(rest.slice(0, first.start)) + rest.slice(found[found.length - 1].end).replace(/^[)\].,;\s]+$/, '');
    bates = {
      range: first.range,
      start: start + first.start,
      end: start + first.end,
      beginEnd: start + first.beginEnd,
      ...(first.endStart !== undefined ? { endStart: start + first.endStart } : {}),
    };
  }
  description = description.replace(/\s+/g, ' ').replace(/[\s,;:(]+$/, '').trim();
  if (description) out.description = description;
  const date = findDate(rest);
  if (date) out.date = date;
  return bates ? { defined: out, bates } : { defined: out };
}

function setBates(out: DefinedHere, range: BatesRange): void {
  out.batesBegin = range.begin.text;
  if (range.end) out.batesEnd = range.end.text;
}

const BATES_WORDS = new Set(['bearing', 'with', 'stamped', 'produced', 'as', 'at', 'bates', 'bates-stamped', 'bates-numbered', 'numbered', 'number', 'numbers', 'no.', 'nos.', 'beginning', 'and']);

/** Drops the words that introduce a Bates number at the end of a description (`…, bearing Bates number`). */
function stripBatesWords(s: string): string {
  let end = s.length;
  for (let n = 0; n < 8; n++) {
    while (end > 0 && /[\s,;(]/.test(s[end - 1])) end--;
    let w = end;
    while (w > 0 && /[A-Za-z.-]/.test(s[w - 1])) w--;
    if (w === end || !BATES_WORDS.has(s.slice(w, end).toLowerCase())) break;
    end = w;
  }
  return s.slice(0, end);
}

const DATE = /\b(?:(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?) \d{1,2}, \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})\b/;

/** The first date in a short text (`Oct. 1, 2023`, `10/1/2023`, `2023-10-01`). */
export function findDate(s: string): string | undefined {
  const m = DATE.exec(s.length > 600 ? s.slice(0, 600) : s);
  return m ? m[0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Declarations: "Attached hereto as Exhibit 1 is a true and correct copy of …"

const ATTACHED_BEFORE = /\b(?:attached|annexed|appended)(?: hereto| herewith| to (?:this|my|the) (?:declaration|affidavit|affirmation))? as $/i;
const REVERSE_BEFORE = /\b(?:is|are|has been|have been) (?:attached|annexed|appended)(?: hereto| herewith| to (?:this|my) (?:declaration|affidavit|affirmation))? as $/i;
const SENTENCE_START_BEFORE = /(?:^|[.;:]\s+|\n[ \t]*(?:\d{1,3}\.[ \t]+)?)$/;
const IS_COPY_AFTER = / (?:is|are) (?:a |an )?(?:true|accurate|correct|genuine|complete|full)[a-z, ]{0,40}?cop(?:y|ies) of /iy;
const IS_AFTER = / (?:is|are) /y;

/**
 * When the exhibit cite at `[start, end)` is a declaration's definition of it, what the sentence
 * says the exhibit is. Looks at most a few hundred characters around the cite.
 */
export function declarationDefinitionAt(text: string, start: number, end: number): { defined: DefinedHere; bates?: LocatedBates } | undefined {
  // Every form has "is"/"are" after the cite or an attaching verb before it: most cites stop here.
  const isAfter = text.startsWith(' is ', end) || text.startsWith(' are ', end);
  if (!isAfter && text.charCodeAt(start - 1) !== 32) return undefined;
  const before = text.slice(Math.max(0, start - 60), start);
  if (!isAfter && !before.endsWith(' as ')) return undefined;
  let descriptionStart = -1;
  if (ATTACHED_BEFORE.test(before) && !REVERSE_BEFORE.test(before)) {
    IS_COPY_AFTER.lastIndex = end;
    IS_AFTER.lastIndex = end;
    if (IS_COPY_AFTER.test(text)) descriptionStart = IS_COPY_AFTER.lastIndex;
    else if (IS_AFTER.test(text)) descriptionStart = IS_AFTER.lastIndex;
  } else if (SENTENCE_START_BEFORE.test(before)) {
    IS_COPY_AFTER.lastIndex = end;
    if (IS_COPY_AFTER.test(text)) descriptionStart = IS_COPY_AFTER.lastIndex;
  } else if (REVERSE_BEFORE.test(before)) {
    // "A true and correct copy of X is attached hereto as Exhibit 1."
    const windowStart = Math.max(0, start - 600);
    const window = text.slice(windowStart, start);
    const paragraph = window.lastIndexOf('\n\n');
    const copy = /cop(?:y|ies) of /gi;
    let m: RegExpExecArray | null;
    let last = -1;
    while ((m = copy.exec(window)) !== null) if (m.index > paragraph) last = m.index + m[0].length;
    if (last < 0) return undefined;
    const verb = REVERSE_BEFORE.exec(before);
    let descEnd = start - (verb ? verb[0].length : 0);
    while (descEnd > windowStart + last && /\s/.test(text[descEnd - 1])) descEnd--;
    return describeAt(text, windowStart + last, descEnd);
  }
  if (descriptionStart < 0) return undefined;
  return describeAt(text, descriptionStart, sentenceEnd(text, descriptionStart));
}

const ABBREVIATIONS = new Set([
  'no', 'nos', 'inc', 'co', 'corp', 'ltd', 'llc', 'mr', 'ms', 'mrs', 'dr', 'v', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'st', 'ex', 'exs', 'dkt', 'p', 'pp', 'u.s', 'e.g', 'i.e', 'et', 'al',
]);

const COMPANY_ENDINGS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'l.l.c', 'llp', 'l.p', 'n.a']);

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** End of the sentence that starts at `i` (at most 600 characters on). */
function sentenceEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + 600);
  for (let j = i; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 && text.charCodeAt(j + 1) === 10) return j;
    if (c !== 46 /* . */) continue;
    const next = text.charCodeAt(j + 1);
    if (!(j + 1 >= text.length || next === 10 || next === 13 || (next === 32 && !(text.charCodeAt(j + 2) >= 97 && text.charCodeAt(j + 2) <= 122)))) continue;
    let w = j;
    while (w > i && /[A-Za-z.]/.test(text[w - 1])) w--;
    const word = text.slice(w, j).toLowerCase();
    // A company ends many a sentence: `… between Acme Corp. and Beta Inc. Its terms …`.
    if (COMPANY_ENDINGS.has(word) && next === 32 && isCapital(text.charCodeAt(j + 2))) return j + 1;
    if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    return j;
  }
  return limit;
}
