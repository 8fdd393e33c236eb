/**
 * Where a citation is, as a table of authorities says it: the page (from `Page 3` lines or
 * `<!-- page 3 -->` comments) or, in a draft without pages, the section (from its headings).
 */
import type { Analysis } from '../analysis';
import { isDigit, isSpaceOrTab } from '../text/chars';
import type { DocumentFormat } from '../text/markdown';
import { normalizeSpaces, shorten } from '../text/strings';
import type { Citation, Span } from '../types';
import { findToaRegion } from './region';

/** A `Page 3` line or a `<!-- page 3 -->` comment: page 3 starts here. */
export interface PageMarker {
  offset: number;
  page: number;
}

/** A heading, with the short label a table of authorities uses for it (`II.A`, `Background`). */
export interface SectionHeading {
  offset: number;
  text: string;
  label: string;
}

const PAGE_LINE = /^(?:\*\*|__|\*|_)?page[ \t]+(\d{1,4})(?:[ \t]+of[ \t]+\d{1,4})?(?:\*\*|__|\*|_)?$/i;
const PAGE_COMMENT = /<!--[ \t]*page[ \t]+(\d{1,4})[ \t]*-->/iy;

/**
 * Page markers in a draft: lines that are only `Page 3` (or `Page 3 of 12`, as PDF conversion
 * leaves page headers), and `<!-- page 3 -->` comments anywhere. Not inside fenced code.
 */
export function findPageMarkers(text: string, skip?: Span): PageMarker[] {
  const markers: PageMarker[] = [];
  // The next `<!--` at or after the current line, found once and reused until passed (linear).
  let comment = text.indexOf('<!--');
  forEachLine(text, (start, end, inCode) => {
    if (comment >= 0 && comment < start) comment = text.indexOf('<!--', start);
    if (inCode || (skip && start >= skip.start && start < skip.end)) return;
    const length = end - start;
    if (length <= 40) {
      const m = PAGE_LINE.exec(text.slice(start, end).trim());
      if (m) {
        markers.push({ offset: start, page: Number(m[1]) });
        return;
      }
    }
    while (comment >= 0 && comment < end) {
      PAGE_COMMENT.lastIndex = comment;
      const m = PAGE_COMMENT.exec(text);
      if (m) markers.push({ offset: comment, page: Number(m[1]) });
      comment = text.indexOf('<!--', comment + 4);
    }
  });
  return markers;
}

/** Enumerator families of headings, outermost first: `I.`, `A.`, `1.`, `a.` */
const ENUMERATOR_LEVELS = 4;
const ENUMERATOR = /^(?:Part[ \t]+)?([IVXLC]{1,7}|[A-Z]|\d{1,3}|[a-z])[.)][ \t]+\S/;

/**
 * The draft's headings: Markdown `#` headings and `===`/`---` underlined ones, and lines that are
 * wholly bold (`**I. BACKGROUND**`, as legal drafts and PDF conversions write headings). Each gets
 * a label: its enumerator path when it is numbered (`II.A` for `A.` under `II.`), else its text.
 */
export function findSectionHeadings(text: string, format: DocumentFormat, skip?: Span): SectionHeading[] {
  const headings: SectionHeading[] = [];
  const path: Array<string | undefined> = new Array(ENUMERATOR_LEVELS).fill(undefined);
  const add = (offset: number, headingText: string) => headings.push({ offset, text: headingText, label: sectionLabel(headingText, path) });
  let previous: { start: number; end: number; blank: boolean; heading: boolean } | undefined;
  // A numbered line standing alone between blank lines (`I. BACKGROUND`), confirmed by the blank line after it.
  let standalone: { offset: number; text: string } | undefined;
  forEachLine(text, (start, end, inCode) => {
    const blank = isBlankLine(text, start, end);
    if (standalone && blank) add(standalone.offset, standalone.text);
    standalone = undefined;
    if (inCode || (skip && start >= skip.start && start < skip.end)) {
      previous = undefined;
      return;
    }
    const line = text.slice(start, Math.min(end, start + 400));
    let headingText = end - start <= 400 ? atxHeading(line) ?? boldLineHeading(line) : undefined;
    let offset = start;
    if (headingText === undefined && format === 'markdown' && previous && !previous.blank && !previous.heading && isSetextUnderline(line)) {
      headingText = stripInline(text.slice(previous.start, Math.min(previous.end, previous.start + 400)).trim());
      offset = previous.start;
    }
    if (headingText !== undefined && headingText.length > 0) {
      add(offset, headingText);
    } else if (headingText === undefined && (!previous || previous.blank) && end - start <= 120 && isStandaloneHeading(line.trim())) {
      standalone = { offset: start, text: stripInline(line.trim()) };
    }
    previous = { start, end, blank, heading: headingText !== undefined };
  });
  if (standalone) add(standalone.offset, standalone.text);
  return headings;
}

/**
 * A line that is a heading by its shape alone, as PDF conversions leave them: a Roman numeral or
 * capital letter, then two words or more, or one word in capitals, and no closing punctuation
 * (`I. BACKGROUND`, `A. The Data Is Relevant`). `A. Yes.` in a transcript is not one, nor `1.`
 * list items.
 */
function isStandaloneHeading(line: string): boolean {
  const m = /^([IVXLC]{1,7}|[A-Z])\.[ \t]+(\S.*)$/.exec(line);
  if (!m) return false;
  const rest = m[2];
  if (/[.,;:!?]$/.test(rest) || !/^[A-Z0-9"'“‘(]/.test(rest)) return false;
  return rest.split(/\s+/).length >= 2 || /^[A-Z]{4,}$/.test(rest);
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

function atxHeading(line: string): string | undefined {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#' && level < 7) level++;
  if (level < 1 || level > 6) return undefined;
  const after = line[i + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  let body = line.slice(i + level).trim();
  // A closing run of `#` is not part of the heading.
  let close = body.length;
  while (close > 0 && body[close - 1] === '#') close--;
  if (close < body.length && (close === 0 || body[close - 1] === ' ')) body = body.slice(0, close).trim();
  return stripInline(body);
}

function boldLineHeading(line: string): string | undefined {
  const t = line.trim();
  for (const mark of ['**', '__']) {
    if (t.length > 4 && t.length <= 200 && t.startsWith(mark) && t.endsWith(mark)) {
      const inner = t.slice(2, -2);
      if (!inner.includes(mark) && inner.trim() === inner) return stripInline(inner);
    }
  }
  return undefined;
}

function isSetextUnderline(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || line.length - line.trimStart().length > 3) return false;
  const ch = t[0];
  if (ch !== '=' && ch !== '-') return false;
  for (let i = 1; i < t.length; i++) if (t[i] !== ch) return false;
  return true;
}

/** Heading text without emphasis markers and escapes, as a reader sees it. */
function stripInline(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1])) {
      out += s[++i];
    } else if (ch !== '*' && ch !== '_') {
      out += ch;
    }
  }
  return normalizeSpaces(out);
}

/** `II.A` for an `A.` heading under `II.`; the heading's text when it has no enumerator. */
function sectionLabel(heading: string, path: Array<string | undefined>): string {
  const m = ENUMERATOR.exec(heading);
  if (!m) return shorten(heading, 60);
  const enumerator = m[1];
  const level = enumeratorLevel(enumerator, path);
  path[level] = enumerator;
  for (let l = level + 1; l < path.length; l++) path[l] = undefined;
  return path.slice(0, level + 1).filter((p): p is string => p !== undefined).join('.');
}

function enumeratorLevel(e: string, path: Array<string | undefined>): number {
  if (isDigit(e.charCodeAt(0))) return 2;
  if (e.length === 1 && e >= 'a' && e <= 'z') return 3;
  if (/^[IVXLC]+$/.test(e)) {
    // `I.` after `H.` is a letter, not the Roman numeral one.
    const letter = path[1];
    const isNextLetter = e.length === 1 && letter !== undefined && letter.length === 1 && letter.charCodeAt(0) + 1 === e.charCodeAt(0);
    return isNextLetter ? 1 : 0;
  }
  return 1;
}

/** Calls `visit` for each line (start, end before the line break, inside fenced code). Linear. */
function forEachLine(text: string, visit: (start: number, end: number, inCode: boolean) => void): void {
  let fence: { char: string; length: number } | undefined;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const opener = fenceOf(text, start, end);
    if (fence) {
      const closes = opener && opener.char === fence.char && opener.length >= fence.length && opener.infoEmpty;
      visit(start, end, true);
      if (closes) fence = undefined;
    } else if (opener) {
      fence = opener;
      visit(start, end, true);
    } else {
      visit(start, end, false);
    }
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

function fenceOf(text: string, start: number, end: number): { char: string; length: number; infoEmpty: boolean } | undefined {
  let i = start;
  while (i < end && i - start < 3 && text[i] === ' ') i++;
  const ch = text[i];
  if (ch !== '`' && ch !== '~') return undefined;
  let n = 0;
  while (i + n < end && text[i + n] === ch) n++;
  if (n < 3) return undefined;
  const info = text.slice(i + n, end).trim();
  if (ch === '`' && info.includes('`')) return undefined;
  return { char: ch, length: n, infoEmpty: info.length === 0 };
}

/** Where citations are, as a table of authorities says it: by page when the draft marks pages, else by section. */
export interface Locator {
  by: 'page' | 'section';
  /** The page number or section label of a source offset. */
  at(offset: number): string;
  /** Sort rank of a label (page number; order of first appearance for sections). */
  rank(label: string): number;
}

export const BEFORE_FIRST_HEADING = '(before the first heading)';

export function locatorFor(analysis: Analysis): Locator {
  const text = analysis.draft.text;
  const { region } = findToaRegion(text);
  const pages = findPageMarkers(text, region);
  if (pages.length > 0) {
    const firstPage = Math.max(1, pages[0].page - 1);
    return {
      by: 'page',
      at: (offset) => {
        const i = lastAtOrBefore(pages, offset);
        return String(i < 0 ? firstPage : pages[i].page);
      },
      rank: (label) => Number(label),
    };
  }
  const headings = findSectionHeadings(text, analysis.draft.format, region);
  const order = new Map<string, number>();
  headings.forEach((h, i) => {
    if (!order.has(h.label)) order.set(h.label, i);
  });
  return {
    by: 'section',
    at: (offset) => {
      const i = lastAtOrBefore(headings, offset);
      return i < 0 ? BEFORE_FIRST_HEADING : headings[i].label;
    },
    rank: (label) => order.get(label) ?? -1,
  };
}

/** Index of the last item whose offset is at or before `offset` (binary search), or -1. */
function lastAtOrBefore(items: ReadonlyArray<{ offset: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Where a citation begins for a reader: its case name when the extractor marked one before it,
 * or the volume of a citation split by a page break, so a cite that runs onto the next page is
 * listed on the page where it starts.
 */
export function citationStart(c: Citation): number {
  let start = c.start;
  for (const span of Object.values(c.parts ?? {})) if (span.start < start) start = span.start;
  return start;
}
