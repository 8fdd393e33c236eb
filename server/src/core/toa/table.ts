/**
 * The table of authorities: every authority the draft cites once, in the section its family
 * gives it, with the pages (or sections) where it is cited; written as Markdown or plain text
 * between markers, so the command can replace it when run again.
 */
import type { Analysis } from '../analysis';
import { isShortForm } from '../families/common';
import { TOA_SECTIONS, ToaSectionTitle } from '../families/family';
import { groupPresentation } from '../families/registry';
import { groupAuthorities } from '../groups';
import type { DocumentFormat } from '../text/markdown';
import { escapeMarkdown, normalizeSpaces, unique } from '../text/strings';
import type { Edit } from '../types';
import { citationStart, locatorFor } from './places';
import { bodyCitations, findToaRegion, TOA_END, TOA_START } from './region';

export type { ToaSectionTitle } from '../families/family';

/** An authority cited on this many distinct pages (or sections) or more is listed as `passim`. */
export const PASSIM_THRESHOLD = 5;


export interface ToaEntry {
  /** The authority as the table lists it, without pin cites (`Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994)`). */
  authority: string;
  /** The case name, for cases (set in italics in Markdown). */
  caseName?: string;
  /** Pages or sections where it is cited, in order; empty with `passim`. */
  citedAt: string[];
  passim: boolean;
  /** Ids of every citation of it (full, short, Id.). */
  citations: string[];
}

export interface ToaSection {
  title: ToaSectionTitle;
  entries: ToaEntry[];
}

export interface TableOfAuthorities {
  by: 'page' | 'section';
  /** Only sections with entries, in the order of `TOA_SECTIONS`. */
  sections: ToaSection[];
}


/**
 * The table of authorities of a draft: every case (alphabetised by name), statute, rule and other
 * authority once, with the pages (or sections) where it is cited, full or short; `passim` when
 * that is five or more. Citations inside an earlier generated table do not count.
 */
export function tableOfAuthorities(analysis: Analysis): TableOfAuthorities {
  const locator = locatorFor(analysis);
  const groups = groupAuthorities(bodyCitations(analysis), analysis.citations);
  const sections = new Map<ToaSectionTitle, ToaEntry[]>();
  const sortKeys = new Map<ToaEntry, string>();
  for (const g of groups) {
    const presentation = groupPresentation(g.key);
    const title = presentation?.toaSection;
    if (!title || isShortForm(g.first)) continue;
    const written = presentation.tableText?.(g.first, analysis) ?? { text: normalizeSpaces(g.first.text) };
    const places = unique(g.citations.map((c) => locator.at(citationStart(c)))).sort((a, b) => locator.rank(a) - locator.rank(b));
    const passim = places.length >= PASSIM_THRESHOLD;
    const entry: ToaEntry = {
      authority: written.text,
      citedAt: passim ? [] : places,
      passim,
      citations: g.citations.map((c) => c.id),
    };
    if (written.caseName) entry.caseName = written.caseName;
    const key = presentation.sortKey?.(g.first);
    if (key !== undefined) sortKeys.set(entry, key);
    const list = sections.get(title) ?? [];
    list.push(entry);
    sections.set(title, list);
  }
  const out: ToaSection[] = [];
  for (const title of TOA_SECTIONS) {
    const entries = sections.get(title);
    if (!entries) continue;
    entries.sort(
      (a, b) =>
        compareSortKeys(sortKeys.get(a), sortKeys.get(b)) ||
        compareForTable(a.caseName ?? a.authority, b.caseName ?? b.authority) ||
        compareForTable(a.authority, b.authority),
    );
    out.push({ title, entries });
  }
  return { by: locator.by, sections: out };
}

/** Entries with a family's sort key first, in its order; the others after them. */
function compareSortKeys(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Alphabetical as a table of authorities is: letters only, case and accents ignored, numbers by value. */
function compareForTable(a: string, b: string): number {
  return TABLE_ORDER.compare(sortable(a), sortable(b));
}

const TABLE_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function sortable(s: string): string {
  let i = 0;
  while (i < s.length && !/[\p{L}\p{N}]/u.test(s[i])) i++;
  return s.slice(i);
}

export interface ToaRenderOptions {
  format: DocumentFormat;
  /** Line break to write (the draft's own). */
  eol?: string;
}

/** The table as text between its markers, ready to put in the draft (Markdown tables, or dot leaders in plain text). */
export function renderTableOfAuthorities(toa: TableOfAuthorities, options: ToaRenderOptions): string {
  const eol = options.eol ?? '\n';
  const column = toa.by === 'page' ? 'Page(s)' : 'Cited in';
  const lines: string[] = [TOA_START];
  const cited = (e: ToaEntry) => (e.passim ? 'passim' : e.citedAt.join(', '));
  if (options.format === 'markdown') {
    lines.push('## Table of Authorities', '');
    if (toa.sections.length === 0) lines.push('No authorities are cited.', '');
    for (const section of toa.sections) {
      lines.push(`### ${section.title}`, '', `| Authority | ${column} |`, '| :-- | --: |');
      for (const e of section.entries) {
        const passim = e.passim ? '*passim*' : cited(e);
        lines.push(`| ${escapeCell(markdownAuthority(e))} | ${escapeCell(passim)} |`);
      }
      lines.push('');
    }
  } else {
    lines.push('TABLE OF AUTHORITIES', '');
    if (toa.sections.length === 0) lines.push('No authorities are cited.', '');
    for (const section of toa.sections) {
      lines.push(leader(section.title, column), '');
      for (const e of section.entries) lines.push(leader(e.authority, cited(e)));
      lines.push('');
    }
  }
  lines.push(TOA_END);
  return lines.join(eol);
}

function markdownAuthority(e: ToaEntry): string {
  if (!e.caseName || !e.authority.startsWith(e.caseName)) return escapeMarkdown(e.authority);
  return `*${escapeMarkdown(e.caseName)}*${escapeMarkdown(e.authority.slice(e.caseName.length))}`;
}


function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

const LINE_WIDTH = 78;

/** `left ........ right`, dot leaders filling a 78-column line (three dots at least). */
function leader(left: string, right: string): string {
  const dots = Math.max(3, LINE_WIDTH - left.length - right.length - 2);
  return `${left} ${'.'.repeat(dots)} ${right}`;
}

/** The table of authorities of a draft, with its markers: what `brieflint toa FILE` prints. */
export function tableOfAuthoritiesText(analysis: Analysis): string {
  return renderTableOfAuthorities(tableOfAuthorities(analysis), { format: analysis.draft.format, eol: eolOf(analysis.draft.text) });
}

export type ToaEditResult =
  | { edit: Edit; replaced: boolean; toa: TableOfAuthorities; problem?: undefined }
  | { edit?: undefined; problem: string };

/**
 * The edit that puts the table in the draft: it replaces the table between the markers when
 * there is one, else inserts a new one at the start of the line holding `insertAt` (the cursor;
 * the top of the draft by default), with a blank line around it. A draft that cites nothing
 * gets no new table.
 */
export function tableOfAuthoritiesEdit(analysis: Analysis, insertAt?: number): ToaEditResult {
  const text = analysis.draft.text;
  const found = findToaRegion(text);
  if (found.problem !== undefined) return { problem: found.problem };
  const toa = tableOfAuthorities(analysis);
  const eol = eolOf(text);
  const block = renderTableOfAuthorities(toa, { format: analysis.draft.format, eol });
  if (found.region) {
    return { edit: { start: found.region.start, end: found.region.end, newText: block }, replaced: true, toa };
  }
  if (toa.sections.length === 0) {
    return { problem: 'The draft cites no cases, statutes or rules, so there is no table of authorities to insert.' };
  }
  const at = lineStartOf(text, Math.max(0, Math.min(insertAt ?? 0, text.length)));
  const before = at > 0 && !endsWithBlankLine(text, at) ? eol : '';
  const after = at < text.length && !startsWithBlankLine(text, at) ? eol + eol : eol;
  return { edit: { start: at, end: at, newText: before + block + after }, replaced: false, toa };
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** Whether the text before `at` (a line start) ends with an empty line. */
function endsWithBlankLine(text: string, at: number): boolean {
  let i = at - 1;
  if (text.charCodeAt(i) === 10) i--;
  if (text.charCodeAt(i) === 13) i--;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

function startsWithBlankLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

function eolOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

