/**
 * Readers of record files: what a file says, as pages of numbered lines (a transcript), numbered
 * paragraphs (a declaration, a complaint, a statement of facts) or pages, with offsets into the
 * file's text. Pure: the service reads the file and hands its text (or, for a reader that takes
 * bytes, its bytes) to the reader its extension names. A reader never throws; what it cannot
 * make sense of becomes a problem at the file's line.
 *
 * Plain text and Markdown are read here. A PDF or Word reader plugs in by extension
 * (`RECORD_READERS`, with `input: 'bytes'`); until one is registered, such a file is listed in the
 * record but not read.
 */
import type { RecordLine, RecordPage, RecordParagraph, RecordText } from './types';

/** A problem a reader found, at a 0-based line and column of the file. */
export interface ReaderProblem {
  line: number;
  column: number;
  message: string;
}

export interface RecordReading {
  content?: RecordText;
  problems: ReaderProblem[];
}

export interface RecordReader {
  /** File extensions it reads, lower case with the dot (`.txt`). */
  readonly extensions: readonly string[];
  /** What the service hands it: the file's text, or its bytes (a PDF). */
  readonly input: 'text' | 'bytes';
  readonly read: (input: string | Uint8Array) => RecordReading;
}

/** At most this many problems are reported for one file. */
const MOST_PROBLEMS = 5;

export const textRecordReader: RecordReader = {
  extensions: ['.txt', '.text', '.md', '.markdown'],
  input: 'text',
  read: (input) => readRecordText(typeof input === 'string' ? input : ''),
};

/** Every reader, tried by extension. */
export const RECORD_READERS: readonly RecordReader[] = [textRecordReader];

/** Extensions of record files a reader may be added for later (listed in the record, not read). */
export const UNREAD_EXTENSIONS = ['.pdf', '.docx', '.doc', '.rtf'];

export function readerFor(path: string): RecordReader | undefined {
  const ext = extensionOf(path);
  return RECORD_READERS.find((r) => r.extensions.includes(ext));
}

export function extensionOf(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash ? path.slice(dot).toLowerCase() : '';
}

/**
 * A text record file: a transcript when it has pages of numbered lines, else a document of
 * numbered paragraphs when it has them, else pages (cut at form feeds).
 */
export function readRecordText(text: string): RecordReading {
  const transcript = readTranscript(text);
  if (transcript.content && transcript.content.pages.some((p) => p.lines.length >= 5)) return transcript;
  const paragraphs = readParagraphs(text);
  if (paragraphs.content && paragraphs.content.paragraphs.length > 0) return paragraphs;
  if (transcript.problems.length && transcript.content) return transcript;
  return { content: { kind: 'pages', text, pages: formFeedPages(text), paragraphs: [] }, problems: [] };
}

interface Line {
  start: number;
  end: number;
  index: number;
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    yield { start, end: stop, index };
    if (end >= text.length) break;
    start = end + 1;
    index++;
  }
}

const PAGE_LINE = /^[ \t]*(?:Page[ \t]+)?(\d{1,5})[ \t]*$/;
const NUMBERED_LINE = /^[ \t]*(\d{1,2})(?:[ \t]+|$)/;
const CONDENSED = /Page[ \t]+\d{1,5}\b.*\bPage[ \t]+\d{1,5}\b/;

/**
 * A transcript as court reporters deliver it: a page number (alone on its line, or `Page 45`,
 * often after a form feed), then numbered lines, usually 25. The condensed form with several
 * pages side by side on a line (`Page 45 … Page 47`) is not read: it is reported.
 */
export function readTranscript(text: string): RecordReading {
  const pages: RecordPage[] = [];
  const problems: ReaderProblem[] = [];
  let page: RecordPage | undefined;
  let lastLine = 0;
  let formFeed = false;
  const close = (at: number) => {
    if (page) page.end = at;
  };
  const open = (number: number, line: Line) => {
    close(line.start);
    page = { number, start: line.start, end: text.length, fileLine: line.index, lines: [] };
    pages.push(page);
    lastLine = 0;
    formFeed = false;
  };
  for (const line of linesOf(text)) {
    let from = line.start;
    // Looked for within the line only (a search back from its end would cross the whole file before it).
    const ff = line.end > line.start ? text.slice(line.start, line.end).lastIndexOf('\f') + line.start : -1;
    if (ff >= line.start) {
      formFeed = true;
      from = ff + 1;
    }
    const raw = text.slice(from, line.end);
    if (raw.trim() === '') continue;
    if (CONDENSED.test(raw)) {
      return { problems: [{ line: line.index, column: 0, message: 'a condensed transcript (several pages side by side) is not read; use the full-page transcript' }] };
    }
    const pageMatch = PAGE_LINE.exec(raw);
    if (pageMatch) {
      const n = Number(pageMatch[1]);
      const worded = /Page/.test(raw);
      const indent = raw.length - raw.trimStart().length;
      const nextLine = page !== undefined && n === lastLine + 1 && n <= 30;
      const header =
        worded || formFeed || !page || (n === page.number + 1 && (lastLine >= 20 || !nextLine)) || (indent >= 20 && !nextLine) || (!nextLine && n > page.number);
      if (header) {
        open(n, { ...line, start: from });
        continue;
      }
      if (nextLine && page) {
        // A numbered line with nothing on it.
        page.lines.push({ number: n, start: line.end, end: line.end, fileLine: line.index });
        lastLine = n;
        continue;
      }
    }
    const numbered = NUMBERED_LINE.exec(raw);
    if (!numbered) continue; // a caption, a header or footer, the reporter's certificate
    const n = Number(numbered[1]);
    if (n === 0) continue;
    if (formFeed || !page) open((page?.number ?? 0) + 1, { ...line, start: from });
    const current = page!;
    if (n !== lastLine + 1 && problems.length < MOST_PROBLEMS) {
      problems.push({ line: line.index, column: from - line.start + numbered[0].indexOf(numbered[1]), message: `line ${n} follows line ${lastLine} on page ${current.number}` });
    }
    if (n <= lastLine) continue;
    let end = line.end;
    while (end > from && /\s/.test(text[end - 1])) end--;
    current.lines.push({ number: n, start: from + numbered[0].length, end: Math.max(end, from + numbered[0].length), fileLine: line.index });
    lastLine = n;
  }
  close(text.length);
  const numberedPages = pages.filter((p) => p.lines.length > 0);
  if (!numberedPages.length) return { problems };
  return { content: { kind: 'transcript', text, pages: numberedPages, paragraphs: [] }, problems };
}

const PARAGRAPH_START = /^[ \t]{0,8}(?:[*_]{1,2})?(?:¶[ \t]*(\d{1,4})|(\d{1,4})[.)])(?:[*_]{1,2})?(?=[ \t])/;

/**
 * Numbered paragraphs (`1.`, `¶ 1`, `1)` at a line's start, in Markdown perhaps in bold): each
 * runs to the next paragraph, a Markdown heading or the end. A number that does not follow the
 * last (a list inside a paragraph) is text of that paragraph; a gap is reported.
 */
export function readParagraphs(text: string): RecordReading {
  const paragraphs: RecordParagraph[] = [];
  const problems: ReaderProblem[] = [];
  let current: RecordParagraph | undefined;
  let lastEnd = 0;
  const finish = () => {
    if (current) current.end = trimEnd(text, current.start, lastEnd);
  };
  for (const line of linesOf(text)) {
    const raw = text.slice(line.start, line.end);
    if (/^#{1,6}\s/.test(raw)) {
      finish();
      current = undefined;
      continue;
    }
    const m = PARAGRAPH_START.exec(raw);
    const n = m ? Number(m[1] ?? m[2]) : 0;
    const last = paragraphs.length ? paragraphs[paragraphs.length - 1].number : 0;
    if (m && n > last && (last > 0 || n <= 3)) {
      if (n !== last + 1 && problems.length < MOST_PROBLEMS) problems.push({ line: line.index, column: raw.indexOf(String(n)), message: `paragraph ${n} follows paragraph ${last}` });
      finish();
      current = { number: n, start: line.start + m[0].length + 1, end: line.end, fileLine: line.index };
      while (current.start < line.end && (text[current.start] === ' ' || text[current.start] === '\t')) current.start++;
      paragraphs.push(current);
    }
    if (raw.trim() !== '') lastEnd = line.end;
  }
  finish();
  return paragraphs.length ? { content: { kind: 'paragraphs', text, pages: formFeedPages(text), paragraphs }, problems } : { problems };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Pages cut at form feeds, numbered from 1 (a file without form feeds is one page). */
export function formFeedPages(text: string): RecordPage[] {
  const pages: RecordPage[] = [];
  let start = 0;
  let fileLine = 0;
  for (let n = 1; ; n++) {
    const ff = text.indexOf('\f', start);
    const end = ff < 0 ? text.length : ff;
    pages.push({ number: n, start, end, fileLine, lines: [] });
    if (ff < 0) break;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) fileLine++;
    start = ff + 1;
  }
  return pages;
}

/** The transcript page numbered `n`. */
export function pageOf(content: RecordText, n: number): RecordPage | undefined {
  // Pages are in order; most transcripts number them without gaps.
  const guess = content.pages[n - content.pages[0]?.number];
  if (guess && guess.number === n) return guess;
  return content.pages.find((p) => p.number === n);
}

export function lineOf(page: RecordPage, n: number): RecordLine | undefined {
  const guess = page.lines[n - 1];
  return guess && guess.number === n ? guess : page.lines.find((l) => l.number === n);
}

export function paragraphOf(content: RecordText, n: number): RecordParagraph | undefined {
  const guess = content.paragraphs[n - (content.paragraphs[0]?.number ?? 1)];
  return guess && guess.number === n ? guess : content.paragraphs.find((p) => p.number === n);
}
