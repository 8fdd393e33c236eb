import type { Analysis } from './check';
import { rangeKeys } from './families/exhibits/catalog';
import { exhibitKey } from './families/exhibits/labels';
import type { DocumentFormat } from './text/markdown';
import type { Citation, CitationKind, Edit, Span } from './types';

/**
 * The table of authorities, and what it is built on: which authority (case, statute, rule),
 * exhibit or docket entry each citation is a citation *of*, and where in the draft (page or
 * section) each citation sits.
 *
 * Everything here is a pure function of an `Analysis`; the editor's navigation (references,
 * outline, code lens) uses the same grouping, so "cited 3 times" in the editor and the pages in
 * the table can never disagree.
 */

export const TOA_START = '<!-- brieflint-toa-start -->';
export const TOA_END = '<!-- brieflint-toa-end -->';

/** An authority cited on this many distinct pages (or sections) or more is listed as `passim`. */
export const PASSIM_THRESHOLD = 5;

// ---------------------------------------------------------------------------------------------
// What a citation cites

/** What a group of citations is about. */
export type AuthorityKind = 'case' | 'statute' | 'rule' | 'other' | 'exhibit' | 'docket' | 'case-number';

/** Every citation of one authority, exhibit or docket entry, in document order. */
export interface AuthorityGroup {
  /** Stable key: `case 60|F.3d|913`, `exhibit 1`, `docket 293`, … */
  key: string;
  kind: AuthorityKind;
  /** The exhibit label or docket entry as first written (`1`, `12-B`, `293`); for authorities the first citation's text. */
  name: string;
  /** The first full citation of an authority; for exhibits and docket entries the first cite. */
  first: Citation;
  citations: Citation[];
}

/** Short forms point through `antecedent`; these kinds never stand for an authority on their own. */
const SHORT_KINDS: ReadonlySet<CitationKind> = new Set<CitationKind>(['case-short', 'id', 'supra']);

export function isShortForm(c: Citation): boolean {
  return SHORT_KINDS.has(c.kind);
}

/**
 * The citation a short form, `Id.` or `supra` finally refers to (following `antecedent` through
 * other short forms), the citation itself when it is not a short form, or undefined when the
 * chain does not end at a full citation.
 */
export function resolvedCitation(c: Citation, byId: ReadonlyMap<string, Citation>): Citation | undefined {
  let current: Citation | undefined = c;
  // A chain can only be as long as the draft has citations; the bound also guards a cycle.
  for (let steps = 0; current && steps <= byId.size; steps++) {
    if (!isShortForm(current)) return current;
    current = current.antecedent === undefined ? undefined : byId.get(current.antecedent);
  }
  return undefined;
}

/**
 * What the keys of a draft's citations are computed from: citations by id, and the principal
 * (first) citation of each authority as the case extractor groups them (`detail.authority`:
 * parallel citations of one decision share it; subsequent history points to it with `historyOf`).
 */
export interface CitationContext {
  byId: ReadonlyMap<string, Citation>;
  principalOf: ReadonlyMap<string, Citation>;
  /**
   * How many more members ranges may be filled in with (`Exs. 1–500` is 500): a hostile draft of
   * a thousand such ranges would otherwise make half a million memberships. Past it, a range
   * stands for its two ends only.
   */
  rangeBudget: { left: number };
}

/** Range members filled in per draft, at most (see `CitationContext.rangeBudget`). */
export const RANGE_BUDGET = 100_000;

export function citationContext(citations: readonly Citation[]): CitationContext {
  const byId = new Map<string, Citation>();
  const principalOf = new Map<string, Citation>();
  for (const c of citations) {
    byId.set(c.id, c);
    const authority = detailString(c, 'authority');
    if (authority !== undefined && (detailNumber(c, 'member') ?? 0) === 0 && !principalOf.has(authority)) principalOf.set(authority, c);
  }
  return { byId, principalOf, rangeBudget: { left: RANGE_BUDGET } };
}

/** Most entries a docket range stands for (`ECF Nos. 1–40`); a longer range keeps only its two ends. */
const MAX_RANGE = 500;

/**
 * Keys of what a citation cites: one for a case (its parallel citations and subsequent history
 * included), statute or rule; one per exhibit of `Exs. 3–5` (4 included); one per entry of
 * `Dkt. Nos. 12, 14`. Short forms take the keys of the citation they resolve to; an unresolved
 * short form has none.
 */
export function authorityKeys(c: Citation, ctx: CitationContext): string[] {
  const root = resolvedCitation(c, ctx.byId);
  if (!root) return [];
  switch (root.kind) {
    case 'case': {
      const p = principalCitation(root, ctx);
      return p.volume && p.reporter && p.page ? [`case ${p.volume}|${p.reporter}|${p.page}`] : [`case ${normalizeSpaces(p.text)}`];
    }
    case 'statute':
    case 'rule':
      return [`${root.kind} ${normalizeSpaces(root.text)}`];
    case 'exhibit':
      return unique(citedExhibitLabels(root, ctx.rangeBudget).map((label) => exhibitGroupKey(root, label)));
    case 'docket':
      return unique(docketEntries(root, ctx.rangeBudget).map((entry) => `docket ${entry}`));
    case 'case-number':
      return [`case-number ${normalizeSpaces(root.text)}`];
    default:
      return [`other ${normalizeSpaces(root.text)}`];
  }
}

/**
 * The key of one exhibit of an exhibit cite: `exhibit 1` for the draft's own Ex. 1,
 * `exhibit Dkt. No. 12|B` for `Ex. B to Dkt. No. 12`, which is another document's exhibit.
 */
export function exhibitGroupKey(cite: Citation, label: string): string {
  const of = detailString(cite, 'of');
  return of === undefined ? `exhibit ${exhibitKey(label)}` : `exhibit ${normalizeSpaces(of)}|${exhibitKey(label)}`;
}

/** The label part of an exhibit key, and the document it belongs to when it is not the draft's own. */
export function exhibitOfKey(key: string): { label: string; of?: string } {
  const rest = key.slice('exhibit '.length);
  const bar = rest.lastIndexOf('|');
  return bar < 0 ? { label: rest } : { label: rest.slice(bar + 1), of: rest.slice(0, bar) };
}

/**
 * The citation that stands for a case citation's authority: the first of its parallel citations,
 * or, for subsequent history (`aff'd, 100 F.3d 1`), the decision it is the history of.
 */
export function principalCitation(c: Citation, ctx: CitationContext): Citation {
  // `historyOf` always names the first decision of a chain of history (`aff'd, …, cert. denied, …`).
  const historyOf = detailString(c, 'historyOf');
  const authority = historyOf ?? ((detailNumber(c, 'member') ?? 0) > 0 ? detailString(c, 'authority') : undefined);
  return (authority !== undefined && ctx.principalOf.get(authority)) || c;
}

/**
 * The labels an exhibit cite names, ranges filled in as the exhibit checks fill them
 * (`rangeKeys`): `Exs. 3–5` names 3, 4 and 5; `Exs. A–C` names A, B and C. Without the
 * extractor's items, the labels as listed.
 */
export function citedExhibitLabels(c: Citation, budget: { left: number } = { left: RANGE_BUDGET }): string[] {
  const items = c.detail?.items;
  if (!Array.isArray(items)) return c.exhibits ?? [];
  const labels: string[] = [];
  for (const item of items as Array<{ label?: unknown; through?: unknown }>) {
    if (typeof item?.label !== 'string') continue;
    if (typeof item.through !== 'string') {
      labels.push(item.label);
      continue;
    }
    const members = budget.left > 0 ? rangeKeys(item.label, item.through) : undefined;
    if (members) budget.left -= members.length;
    if (members) labels.push(item.label, ...members.slice(1, -1), item.through);
    else labels.push(item.label, item.through);
  }
  return labels;
}

/**
 * The entries a docket cite names: `Dkt. Nos. 12, 14` names 12 and 14; `ECF Nos. 12–14` names
 * 12, 13 and 14; `Dkt. No. 12-1` (attachment 1) names entry 12.
 */
export function docketEntries(c: Citation, budget: { left: number } = { left: RANGE_BUDGET }): string[] {
  const listed = c.detail?.entries;
  if (!Array.isArray(listed) || listed.length === 0) return c.entry ? [c.entry] : [];
  const out: string[] = [];
  for (const ref of listed as unknown[]) {
    if (typeof ref === 'string') {
      out.push(ref);
      continue;
    }
    const r = ref as { entry?: unknown; through?: unknown };
    if (typeof r?.entry !== 'string') continue;
    out.push(stripLeadingZeros(r.entry));
    if (typeof r.through === 'string' && /^\d{1,6}$/.test(r.entry) && /^\d{1,6}$/.test(r.through)) {
      const from = Number(r.entry);
      const to = Number(r.through);
      if (to > from && to - from <= MAX_RANGE && budget.left > 0) {
        budget.left -= to - from;
        for (let n = from + 1; n <= to; n++) out.push(String(n));
      } else if (to > from) {
        out.push(String(to));
      }
    }
  }
  return out;
}

function stripLeadingZeros(s: string): string {
  return /^\d+$/.test(s) ? String(Number(s)) : s;
}

/** An exhibit label in one spelling, so that `Ex. 01`, `Ex. 1` and `Ex. 12B`/`Ex. 12-B` match (see `exhibitKey`). */
export function normalizeExhibitLabel(label: string): string {
  return exhibitKey(label);
}

export function kindOfKey(key: string): AuthorityKind {
  return key.slice(0, key.indexOf(' ')) as AuthorityKind;
}

/** Groups citations by what they cite, in order of first citation. */
export function groupAuthorities(citations: readonly Citation[], allCitations: readonly Citation[] = citations): AuthorityGroup[] {
  const ctx = citationContext(allCitations);
  const groups = new Map<string, AuthorityGroup>();
  for (const c of citations) {
    for (const key of authorityKeys(c, ctx)) {
      let group = groups.get(key);
      if (!group) {
        const kind = kindOfKey(key);
        group = { key, kind, name: groupName(kind, key, c, ctx), first: c, citations: [] };
        groups.set(key, group);
      }
      // An authority is introduced by its first full citation, even if a stray short form came first.
      if (isShortForm(group.first) && !isShortForm(c)) group.first = c;
      group.citations.push(c);
    }
  }
  for (const g of groups.values()) {
    // A case is introduced by its principal citation, not a parallel one or its history.
    if (g.kind === 'case' && !isShortForm(g.first)) g.first = principalCitation(g.first, ctx);
  }
  return [...groups.values()];
}

function groupName(kind: AuthorityKind, key: string, c: Citation, ctx: CitationContext): string {
  const root = resolvedCitation(c, ctx.byId);
  if (kind === 'exhibit') {
    const { label } = exhibitOfKey(key);
    return (root?.exhibits ?? []).find((l) => exhibitKey(l) === label) ?? label;
  }
  if (kind === 'docket') return key.slice('docket '.length);
  return normalizeSpaces((root ?? c).text);
}

function detailString(c: Citation, name: string): string | undefined {
  const v = c.detail?.[name];
  return typeof v === 'string' ? v : undefined;
}

function detailNumber(c: Citation, name: string): number | undefined {
  const v = c.detail?.[name];
  return typeof v === 'number' ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// The table's place in the draft

/** Where a generated table sits: from its start marker to the end of its end marker. */
export interface ToaRegion extends Span {
  /** Just after the start marker, and at the start of the end marker. */
  contentStart: number;
  contentEnd: number;
}

export type ToaRegionResult = { region?: ToaRegion; problem?: undefined } | { region?: undefined; problem: string };

/**
 * Finds the generated table between `<!-- brieflint-toa-start -->` and `<!-- brieflint-toa-end -->`.
 * Markers that do not pair up are a problem, never guessed at: replacing from a stray start marker
 * to some later end marker would delete the lawyer's own text.
 */
export function findToaRegion(text: string): ToaRegionResult {
  const starts = markerPositions(text, 'brieflint-toa-start');
  const ends = markerPositions(text, 'brieflint-toa-end');
  if (starts.length === 0 && ends.length === 0) return {};
  if (starts.length !== 1 || ends.length !== 1 || ends[0].start < starts[0].end) {
    return {
      problem:
        `The draft's table of authorities markers do not pair up (${starts.length} "${TOA_START}", ${ends.length} "${TOA_END}"` +
        (starts.length === 1 && ends.length === 1 ? ', the end before the start' : '') +
        '). Fix or remove them, then run the command again.',
    };
  }
  return { region: { start: starts[0].start, end: ends[0].end, contentStart: starts[0].end, contentEnd: ends[0].start } };
}

/** `<!-- NAME -->` comments (any spacing inside), as spans, found with `indexOf` (linear). */
function markerPositions(text: string, name: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    let open = at;
    while (open > 0 && isSpace(text.charCodeAt(open - 1)) && at - open < 16) open--;
    if (!text.startsWith('<!--', open - 4)) continue;
    let close = at + name.length;
    while (close < text.length && isSpace(text.charCodeAt(close)) && close - at - name.length < 16) close++;
    if (!text.startsWith('-->', close)) continue;
    found.push({ start: open - 4, end: close + 3 });
  }
  return found;
}

/** The draft's citations outside a generated table of authorities: the ones that count. */
export function bodyCitations(analysis: Analysis): Citation[] {
  const { region } = findToaRegion(analysis.draft.text);
  if (!region) return analysis.citations;
  return analysis.citations.filter((c) => c.end <= region.start || c.start >= region.end);
}

// ---------------------------------------------------------------------------------------------
// Where a citation is: page or section

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
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
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

// ---------------------------------------------------------------------------------------------
// The table

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

export type ToaSectionTitle = 'Cases' | 'Statutes' | 'Rules' | 'Other Authorities';

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
  /** Only sections with entries, in the order Cases, Statutes, Rules, Other Authorities. */
  sections: ToaSection[];
}

const SECTION_OF: Partial<Record<AuthorityKind, ToaSectionTitle>> = {
  case: 'Cases',
  statute: 'Statutes',
  rule: 'Rules',
  other: 'Other Authorities',
};
const SECTION_ORDER: readonly ToaSectionTitle[] = ['Cases', 'Statutes', 'Rules', 'Other Authorities'];

/**
 * The table of authorities of a draft: every case (alphabetised by name), statute, rule and other
 * authority once, with the pages (or sections) where it is cited, full or short; `passim` when
 * that is five or more. Citations inside an earlier generated table do not count.
 */
export function tableOfAuthorities(analysis: Analysis): TableOfAuthorities {
  const locator = locatorFor(analysis);
  const groups = groupAuthorities(bodyCitations(analysis), analysis.citations);
  const families = authorityFamilies(analysis.citations);
  const sections = new Map<ToaSectionTitle, ToaEntry[]>();
  for (const g of groups) {
    const title = SECTION_OF[g.kind];
    if (!title || isShortForm(g.first)) continue;
    const places = unique(g.citations.map((c) => locator.at(citationStart(c)))).sort((a, b) => locator.rank(a) - locator.rank(b));
    const passim = places.length >= PASSIM_THRESHOLD;
    const entry: ToaEntry = {
      authority: authorityText(g.first, families),
      citedAt: passim ? [] : places,
      passim,
      citations: g.citations.map((c) => c.id),
    };
    if (g.kind === 'case' && g.first.caseName) entry.caseName = normalizeSpaces(g.first.caseName);
    const list = sections.get(title) ?? [];
    list.push(entry);
    sections.set(title, list);
  }
  const out: ToaSection[] = [];
  for (const title of SECTION_ORDER) {
    const entries = sections.get(title);
    if (!entries) continue;
    entries.sort((a, b) => compareForTable(a.caseName ?? a.authority, b.caseName ?? b.authority) || compareForTable(a.authority, b.authority));
    out.push({ title, entries });
  }
  return { by: locator.by, sections: out };
}

/**
 * The parallel citations and subsequent history of each case authority, by the extractor's
 * authority key (`detail.authority`, `detail.historyOf`), for writing an authority in full.
 */
export interface AuthorityFamilies {
  /** Citations of one authority occurrence, in document order (the principal first). */
  members: Map<string, Citation[]>;
  /** Principal citations of the history of an authority (`aff'd, …`), in order. */
  history: Map<string, Citation[]>;
}

export function authorityFamilies(citations: readonly Citation[]): AuthorityFamilies {
  const members = new Map<string, Citation[]>();
  const history = new Map<string, Citation[]>();
  for (const c of citations) {
    if (c.kind !== 'case') continue;
    const authority = detailString(c, 'authority');
    if (authority === undefined) continue;
    push(members, authority, c);
    const of = detailString(c, 'historyOf');
    if (of !== undefined && (detailNumber(c, 'member') ?? 0) === 0) push(history, of, c);
  }
  return { members, history };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * An authority as a table of authorities lists it. A case: its name, docket number (before a
 * database cite), every parallel citation without pin cites, court and date, and its subsequent
 * history (`aff'd, 100 F.3d 1 (2d Cir. 1997)`). Anything else: its citation as written.
 */
export function authorityText(c: Citation, families?: AuthorityFamilies): string {
  if (c.kind !== 'case' || !c.volume || !c.reporter || !c.page) return normalizeSpaces(c.text);
  const name = c.caseName ? `${normalizeSpaces(c.caseName)}, ` : '';
  const docketNumber = detailString(c, 'docketNumber');
  const docket = docketNumber ? `${normalizeSpaces(docketNumber)}, ` : '';
  const authority = detailString(c, 'authority');
  let text = name + docket + reportersAndParenthetical(c, families);
  for (const h of (authority !== undefined && families?.history.get(authority)) || []) {
    const words = detailString(h, 'history');
    if (words) text += `, ${normalizeSpaces(words)}, ${reportersAndParenthetical(h, families)}`;
  }
  return text;
}

/** `410 U.S. 113, 93 S. Ct. 705 (1973)`: every reporter of one decision, then its court and date. */
function reportersAndParenthetical(c: Citation, families: AuthorityFamilies | undefined): string {
  const authority = detailString(c, 'authority');
  const members = (authority !== undefined && families?.members.get(authority)) || [c];
  const cites = members.filter((m) => m.volume && m.reporter && m.page).map((m) => `${m.volume} ${m.reporter} ${m.page}`);
  const last = members[members.length - 1];
  const date = detailString(last, 'date') ?? (last.year !== undefined ? String(last.year) : undefined);
  const parenthetical = [last.court, date].filter((x): x is string => x !== undefined && x !== '').join(' ');
  return `${cites.join(', ')}${parenthetical ? ` (${parenthetical})` : ''}`;
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

function escapeMarkdown(s: string): string {
  return s.replace(/[\\*_`[\]<]/g, (ch) => `\\${ch}`);
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

// ---------------------------------------------------------------------------------------------

function normalizeSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}
