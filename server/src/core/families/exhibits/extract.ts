import type { FoundCitation } from '../../extract/types';
import type { ReaderText } from '../../text/readerText';
import type { Span } from '../../types';
import { BatesRange, readBatesRange } from './bates';
import { declarationDefinitionAt, exhibitIndexOf } from './definitions';
import { Keyword, readKeyword, spaceEnd } from './keyword';
import { isDigit, isUpper, isWordChar, readLabel } from './labels';
import type { CitedBates, ExhibitCiteDetail, ExhibitItem } from './types';

/**
 * Exhibit cites: `Ex. 1`, `Exs. 3–5`, `Exs. 1, 4 & 6`, `Exhibit A`, `Ex. 12-B`, `Grp. Ex. A`,
 * with pin cites (`Ex. 4 at 2`, `Ex. 7 ¶ 3`, `Ex. 3 at MSFT_AICPY_000100`) and Bates numbers
 * (`Ex. 1, MSFT_AICPY_000591635`, `Ex. 2, ABC000100–ABC000115`), and exhibits of other documents
 * (`Ex. B to Dkt. No. 12`, `Exhibit 10 to the Declaration of Jane Doe`, `Doe Decl. Ex. 3`).
 *
 * The scanner stops only at `Ex`, `EX`, `Gr` or `GR` starting a word, reads the cite with
 * hand-written scanners that look a bounded distance ahead, and resumes after it: linear in the
 * text. Ranges are kept as their two ends, never expanded.
 */

export function extractExhibitCites(reader: ReaderText): FoundCitation[] {
  const text = reader.text;
  const skip = exhibitIndexOf(reader).lines;
  let skipIndex = 0;
  const found: FoundCitation[] = [];
  const starts = ['Ex', 'EX', 'Gr', 'GR'].map((w) => new Lookahead(text, w));
  const ahead: Parentheses = { close: new Lookahead(text, ')'), open: new Lookahead(text, '('), paragraph: new BlankLineAhead(text) };
  // Every cite starts with `Ex`/`EX` (`Ex.`, `EXHIBIT`) or `Gr`/`GR` (`Grp. Ex.`, `GROUP`): the
  // scan stops only there, found with `indexOf`.
  let from = 0;
  for (;;) {
    let i = -1;
    for (const s of starts) {
      const at = s.next(from);
      if (at >= 0 && (i < 0 || at < i)) i = at;
    }
    if (i < 0) break;
    from = i + 1;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    // Lines of an exhibit index (a table or list of exhibits) define exhibits; they do not cite them.
    while (skipIndex < skip.length && skip[skipIndex][1] <= i) skipIndex++;
    if (skipIndex < skip.length && skip[skipIndex][0] <= i) {
      from = skip[skipIndex][1];
      continue;
    }
    const keyword = readKeyword(text, i);
    if (!keyword) continue;
    const cite = readCite(text, keyword, ahead);
    if (!cite) continue;
    found.push(cite);
    from = cite.end;
  }
  return found;
}

function readCite(text: string, kw: Keyword, ahead: Parentheses): FoundCitation | undefined {
  const parts: Record<string, Span> = { keyword: { start: kw.start, end: kw.keywordEnd } };
  const items = readItems(text, kw, parts);
  if (!items) return undefined;
  let end = items.end;
  const detail: ExhibitCiteDetail = { items: items.items, keyword: kw.keyword, plural: kw.plural, bates: [] };
  if (kw.group) detail.group = true;

  const after = readOtherDocument(text, end);
  if (after) {
    detail.of = after.of;
    parts.of = { start: after.start, end: after.end };
    end = after.end;
  } else {
    const before = documentBefore(text, kw.start);
    if (before) detail.of = before;
  }

  const pins = readBatesAndPins(text, end, detail, parts);
  end = pins.end;
  const labels: string[] = [];
  for (const item of detail.items) {
    labels.push(item.label);
    if (item.through !== undefined) labels.push(item.through);
  }
  const bates: string[] = [];
  for (const b of detail.bates) {
    bates.push(b.begin.text);
    if (b.end) bates.push(b.end.text);
  }
  const parenthetical = readParenthetical(text, end, ahead);
  if (parenthetical !== undefined) detail.parenthetical = parenthetical;
  if (detail.items.length === 1 && detail.items[0].through === undefined && !detail.of) {
    const definition = declarationDefinitionAt(text, kw.start, end);
    if (definition) {
      detail.defines = definition.defined;
      const b = definition.bates;
      if (b) {
        // The Bates number in the sentence is checked like a cite's (parts outside the cite's own span).
        parts.definedBates0 = { start: b.start, end: b.beginEnd };
        const cited = citedBates(b.range, 'cited', 'definedBates0');
        if (b.range.end && b.endStart !== undefined) {
          parts.definedBates1 = { start: b.endStart, end: b.end };
          cited.endPart = 'definedBates1';
        }
        detail.defines.cited = cited;
      }
    }
  }
  // Built field by field, not with spreads: spreading objects of several shapes is slow.
  const cite: FoundCitation = { kind: 'exhibit', start: kw.start, end, exhibits: labels };
  if (bates.length) cite.bates = bates;
  if (pins.pinCite !== undefined) cite.pinCite = pins.pinCite;
  cite.parts = parts;
  cite.detail = detail as unknown as Record<string, unknown>;
  return cite;
}

/** `range` as a cite's Bates number (its fields copied one by one, in order, as a spread would). */
function citedBates(range: BatesRange, role: 'cited' | 'pin', beginPart: string): CitedBates {
  const cited = { begin: range.begin } as CitedBates;
  if ('end' in range) cited.end = range.end;
  if ('shortEnd' in range) cited.shortEnd = range.shortEnd;
  cited.role = role;
  cited.beginPart = beginPart;
  return cited;
}

/** Most exhibits one cite lists; a longer "list" is not a cite a person wrote, and is cut here. */
const MAX_ITEMS = 1000;

/** The labels of a cite: one for `Ex.`, a list and ranges for `Exs.` (`1, 3–5 & 7`). */
function readItems(text: string, kw: Keyword, parts: Record<string, Span>): { items: ExhibitItem[]; end: number } | undefined {
  const items: ExhibitItem[] = [];
  let labelCount = 0;
  const addLabel = (start: number, end: number) => {
    parts[`label${labelCount++}`] = { start, end };
  };
  let j = kw.labelStart;
  for (;;) {
    const first = readLabel(text, j, kw.plural);
    if (!first) break;
    const item: ExhibitItem = { label: first.label };
    addLabel(j, first.end);
    let end = first.end;
    const rangeAt = rangeSeparatorEnd(text, end, kw.plural);
    if (rangeAt > 0) {
      const through = readLabel(text, rangeAt, kw.plural);
      if (through && sameRangeFamily(first.label, through.label)) {
        item.through = through.label;
        addLabel(rangeAt, through.end);
        end = through.end;
      }
    }
    items.push(item);
    j = end;
    if (!kw.plural || items.length >= MAX_ITEMS) break;
    const next = listSeparatorEnd(text, j);
    if (next < 0 || !readLabel(text, next, true)) break;
    j = next;
  }
  if (items.length === 0) return undefined;
  return { items, end: j };
}

/** End of a range separator between two labels (`–`, `—`, `-` in a plural, ` to `, ` through `), or -1. */
function rangeSeparatorEnd(text: string, i: number, plural: boolean): number {
  let j = i;
  if (text.charCodeAt(j) === 32 && plural) j++;
  const c = text.charCodeAt(j);
  if (c === 0x2013 || c === 0x2014 || (c === 45 && plural)) {
    j++;
    if (text.charCodeAt(j) === 32 && j - 1 > i) j++; // ` – ` spaced on both sides only
    return j;
  }
  if (!plural || j === i) return -1;
  for (const word of ['to ', 'through ', 'thru ']) if (text.startsWith(word, j)) return j + word.length;
  return -1;
}

/** End of a list separator (`, `, ` and `, `, and `, ` & `), or -1. */
function listSeparatorEnd(text: string, i: number): number {
  for (const sep of [', and ', ', & ', ', or ', ', ', ' and ', ' & ', ' or ']) if (text.startsWith(sep, i)) return i + sep.length;
  return -1;
}

/** Whether two labels can be the ends of one range: `3`–`5`, `A`–`C`, `12-A`–`12-C`. */
function sameRangeFamily(a: string, b: string): boolean {
  const da = isDigit(a.charCodeAt(a.length - 1));
  const db = isDigit(b.charCodeAt(b.length - 1));
  if (da !== db) return false;
  const cut = (s: string) => {
    let k = s.length;
    const digits = isDigit(s.charCodeAt(k - 1));
    while (k > 0 && (digits ? isDigit(s.charCodeAt(k - 1)) : isUpper(s.charCodeAt(k - 1)))) k--;
    return s.slice(0, k).replace(/-$/, '');
  };
  return cut(a) === cut(b);
}

/** Words that name a document an exhibit can be attached to (lower case, as compared). */
const DOCUMENT_WORDS = new Set([
  'declaration', 'decl.', 'affidavit', 'aff.', 'affirmation', "aff'n", 'complaint', 'compl.', 'motion', 'mot.',
  'memorandum', 'mem.', 'brief', 'br.', 'opposition', "opp'n", 'reply', 'letter', 'deposition', 'dep.', 'transcript',
  'tr.', 'report', 'notice', 'stipulation', 'petition', 'pet.', 'response', 'resp.', 'answer', 'counterclaim',
  'counterclaims', 'order', 'submission', 'application',
]);
/** Abbreviations that keep their period at the end of a document's name. */
const ABBREVIATION_ENDS = new Set(['decl.', 'aff.', 'compl.', 'mot.', 'mem.', 'br.', 'dep.', 'tr.', 'pet.', 'resp.', 'no.']);
const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'in', 'on', 're', 'to', 'support', 'further']);

const DOCKET_AFTER = /(?:Dkt\.|ECF|Doc\.|D\.E\.|Docket)(?: Entry)?(?: Nos?\.)? ?\d{1,6}(?:-\d{1,3})?(?![\w-])/y;

/**
 * `to Dkt. No. 12`, `to the Declaration of Jane Doe`, `of the Complaint` after the labels: the
 * exhibit belongs to that document. `to this Declaration` is the draft's own.
 */
function readOtherDocument(text: string, i: number): { of: string; start: number; end: number } | undefined {
  let j = -1;
  for (const w of [' to ', ' of ', ' attached to ']) {
    if (text.startsWith(w, i)) {
      j = i + w.length;
      break;
    }
  }
  if (j < 0) return undefined;
  DOCKET_AFTER.lastIndex = j;
  if (DOCKET_AFTER.test(text)) return { of: text.slice(j, DOCKET_AFTER.lastIndex), start: j, end: DOCKET_AFTER.lastIndex };
  // Words: capitalised words, abbreviations, connectives and document words, at most ten.
  let k = j;
  let end = -1;
  let hasDocument = false;
  for (let n = 0; n < 10; n++) {
    const wordStart = k;
    while (k < text.length && k - wordStart < 30 && isWordPiece(text.charCodeAt(k))) k++;
    if (k === wordStart) break;
    const word = text.slice(wordStart, k);
    const lower = word.toLowerCase();
    if (n === 0 && (lower === 'this' || lower === 'my' || lower === 'our' || lower === 'hereto')) return undefined;
    const capitalised = isUpper(word.charCodeAt(0));
    // A period ends the sentence unless it ends an abbreviation (`Decl.`) or an initial (`J.`).
    const sentenceEnd = lower.endsWith('.') && !ABBREVIATION_ENDS.has(lower) && !(word.length === 2 && capitalised);
    const bare = sentenceEnd ? lower.slice(0, -1) : lower;
    const isDocument = DOCUMENT_WORDS.has(lower) || DOCUMENT_WORDS.has(bare);
    if (!isDocument && !capitalised && !CONNECTIVES.has(bare)) break;
    hasDocument ||= isDocument;
    if (!CONNECTIVES.has(bare)) end = sentenceEnd ? k - 1 : k;
    if (sentenceEnd || text.charCodeAt(k) !== 32) break;
    k++;
  }
  if (!hasDocument || end < 0) return undefined;
  return { of: text.slice(j, end), start: j, end };
}

function isWordPiece(c: number): boolean {
  return isWordChar(c) || c === 46 /* . */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45 /* - */;
}

/** Document names that come before an exhibit word: `Doe Decl. Ex. 3`, `Compl., Ex. A`. */
const DOCUMENT_ENDINGS = [
  'Decl.', 'Declaration', 'Aff.', 'Affidavit', 'Affirmation', "Aff'n", 'Dep.', 'Deposition', 'Tr.', 'Compl.', 'Complaint',
  'Mem.', 'Mot.', 'Br.', "Opp'n", 'Opp’n',
];
/** Capitalised words before a document's name that are not part of it (signals, articles). */
const NOT_NAMES = new Set(['see', 'also', 'cf.', 'compare', 'but', 'e.g.', 'accord', 'contra', 'and', 'with', 'the', 'in', 'under', 'per', 'by', 'citing', 'quoting']);
const DOCKET_BEFORE = /(?:Dkt\. No\.|Dkt\.|ECF No\.|ECF|Doc\. No\.|Doc\.) ?\d{1,6}(?:-\d{1,3})?,? $/;

/** The document named right before an exhibit word (`Doe Decl.`, `Dkt. 45-3`), or undefined. */
function documentBefore(text: string, start: number): string | undefined {
  if (text.charCodeAt(start - 1) !== 32) return undefined;
  const window = text.slice(Math.max(0, start - 48), start);
  // A docket number ends in a digit: `Dkt. 45-3, Ex. C`.
  const last = window.charCodeAt(window.length - 2) === 44 ? window.charCodeAt(window.length - 3) : window.charCodeAt(window.length - 2);
  if (isDigit(last)) {
    const docket = DOCKET_BEFORE.exec(window);
    return docket ? docket[0].replace(/,? $/, '') : undefined;
  }
  let k = window.length;
  k--;
  if (window.charCodeAt(k - 1) === 44 /* , */) k--;
  const ending = DOCUMENT_ENDINGS.find((e) => window.endsWith(e, k));
  if (!ending) return undefined;
  let from = k - ending.length;
  if (from > 0 && isWordChar(window.charCodeAt(from - 1))) return undefined;
  // Names before it: `Rachel Geman Decl.`
  for (let n = 0; n < 3; n++) {
    if (window.charCodeAt(from - 1) !== 32) break;
    let w = from - 1;
    while (w > 0 && (isWordChar(window.charCodeAt(w - 1)) || window.charCodeAt(w - 1) === 46 || window.charCodeAt(w - 1) === 39)) w--;
    if (w === from - 1 || !isUpper(window.charCodeAt(w)) || NOT_NAMES.has(window.slice(w, from - 1).toLowerCase())) break;
    from = w;
  }
  return window.slice(from, k);
}

const PAGE_PIN = /(?:pp?\. ?)?\d{1,5}(?::\d{1,3})?(?: ?[–—-] ?\d{1,5}(?::\d{1,3})?)?(?: n\. ?\d{1,3})?(?:, ?\d{1,5}(?::\d{1,3})?(?: ?[–—-] ?\d{1,5}(?::\d{1,3})?)?)*(?!\w)(?!\.\d)/y;
const PARAGRAPH_PIN = /(?:¶¶?|§§?) ?\d{1,4}(?:\([a-z0-9]{1,3}\))?(?: ?[–—-] ?\d{1,4})?(?:, ?\d{1,4}(?: ?[–—-] ?\d{1,4})?)*(?![\w])/y;

/**
 * Bates numbers and pin cites after the labels: `, MSFT_AICPY_000591635`, ` (ABC000100)`,
 * ` at 4`, `, at ABC000105`, ` ¶ 3`, ` at 45:3–12`. At most a few, each bounded.
 */
function readBatesAndPins(
  text: string,
  i: number,
  detail: ExhibitCiteDetail,
  parts: Record<string, Span>,
): { end: number; pinCite?: string } {
  let j = i;
  let pinCite: string | undefined;
  let batesCount = 0;
  const addBates = (r: NonNullable<ReturnType<typeof readBatesRange>>, start: number, role: 'cited' | 'pin') => {
    const beginPart = `bates${batesCount++}`;
    parts[beginPart] = { start, end: r.beginEnd };
    const cited = citedBates(r.range, role, beginPart);
    if (r.range.end && r.endStart !== undefined) {
      cited.endPart = `bates${batesCount++}`;
      parts[cited.endPart] = { start: r.endStart, end: r.end };
    }
    detail.bates.push(cited);
  };
  for (let round = 0; round < 4; round++) {
    // `, ABC000100` — the number that identifies the exhibit.
    if (pinCite === undefined && text.charCodeAt(j) === 44 /* , */) {
      const at = spaceEnd(text, j + 1);
      if (at > j + 1) {
        const r = readBatesRange(text, at, true);
        if (r) {
          addBates(r, at, 'cited');
          j = r.end;
          continue;
        }
      }
    }
    // ` (ABC000100)` — the same, in parentheses.
    if (pinCite === undefined && detail.bates.length === 0 && text.startsWith(' (', j)) {
      const r = readBatesRange(text, j + 2, true);
      if (r && text.charCodeAt(r.end) === 41 /* ) */) {
        addBates(r, j + 2, 'cited');
        j = r.end + 1;
        continue;
      }
    }
    if (pinCite !== undefined) break;
    // ` at …`, `, at …`, ` ¶ …`, `, ¶ …`, `, p. …`
    let k = j;
    if (text.charCodeAt(k) === 44) k++;
    if (text.charCodeAt(k) !== 32) break;
    k++;
    let pinStart = -1;
    if (text.startsWith('at ', k)) pinStart = k + 3;
    else if (text[k] === '¶' || text[k] === '§' || text.startsWith('p. ', k) || text.startsWith('pp. ', k)) pinStart = k;
    if (pinStart < 0) break;
    const bates = text[pinStart] === '¶' || text[pinStart] === '§' ? undefined : readBatesRange(text, pinStart, true);
    if (bates) {
      addBates(bates, pinStart, 'pin');
      pinCite = text.slice(pinStart, bates.end);
      parts.pinCite = { start: pinStart, end: bates.end };
      j = bates.end;
      continue;
    }
    const pattern = text[pinStart] === '¶' || text[pinStart] === '§' ? PARAGRAPH_PIN : PAGE_PIN;
    pattern.lastIndex = pinStart;
    if (!pattern.test(text)) break;
    pinCite = text.slice(pinStart, pattern.lastIndex);
    parts.pinCite = { start: pinStart, end: pattern.lastIndex };
    j = pattern.lastIndex;
  }
  return { end: j, pinCite };
}

/** Longest parenthetical kept after a cite. */
const MAX_PARENTHETICAL = 300;

/**
 * The text of a parenthetical right after a cite (` (email from Microsoft)`), when it closes
 * within a few hundred characters, in the same paragraph, with no parentheses inside.
 */
function readParenthetical(text: string, i: number, ahead: Parentheses): string | undefined {
  if (!text.startsWith(' (', i)) return undefined;
  const open = i + 1;
  const close = ahead.close.next(open);
  if (close < 0 || close - open > MAX_PARENTHETICAL) return undefined;
  const nested = ahead.open.next(open + 1);
  if (nested >= 0 && nested < close) return undefined;
  const paragraph = ahead.paragraph.next(open);
  if (paragraph >= 0 && paragraph < close) return undefined;
  return text.slice(open + 1, close).replace(/\s+/g, ' ').trim();
}

/** Where the next `)`, `(` and blank line are, for parentheticals. */
interface Parentheses {
  close: Lookahead;
  open: Lookahead;
  paragraph: BlankLineAhead;
}

/**
 * Where the next blank line is (a line break, then only spaces or tabs, then another: `\n\n`,
 * `\r\n \r\n`, `\r\r`), remembered like a Lookahead: asked from positions that never decrease,
 * all searches together read the text once.
 */
class BlankLineAhead {
  private found = -1;
  private searched = false;
  private readonly breaks = /[\n\r]/g;

  constructor(private readonly text: string) {}

  /** The line break that ends the line before the first blank line at or after `from`, or -1. */
  next(from: number): number {
    if (this.searched && (this.found === -1 || this.found >= from)) return this.found;
    this.searched = true;
    this.found = -1;
    const text = this.text;
    this.breaks.lastIndex = from;
    for (let m = this.breaks.exec(text); m; m = this.breaks.exec(text)) {
      let j = m.index + (text.charCodeAt(m.index) === 13 && text.charCodeAt(m.index + 1) === 10 ? 2 : 1);
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) {
        this.found = m.index;
        break;
      }
      this.breaks.lastIndex = j;
    }
    return this.found;
  }
}

/**
 * Where the next `needle` is: an `E` or `G` for the scan, a `)`, `(` or blank line for
 * parentheticals. Cites are read from left to right, so each answer is remembered until the scan
 * passes it: every search together reads the text once, however many cites open a parenthesis
 * that never closes.
 */
class Lookahead {
  private found = -1;
  private searched = false;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The first `needle` at or after `from` (which never decreases), or -1. */
  next(from: number): number {
    if (this.searched && (this.found === -1 || this.found >= from)) return this.found;
    this.searched = true;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}
