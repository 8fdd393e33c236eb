/**
 * One reporter citation read from its volume onwards: `60 F.3d 913, 920`, `5 U.S. (1 Cranch) 137`,
 * `2020 WL 1234567, at *3`, `2010-NMSC-007`, `2014 IL App (2d) 120583`, the short form
 * `60 F.3d at 920`, and volume–abbreviation–page shapes that are no known reporter
 * (`60 F.4d 913`), which the caller keeps only where the context shows a citation.
 *
 * Every step reads a bounded number of characters with a hand-written scanner or a sticky
 * pattern of bounded shape, so reading a citation costs O(its length).
 */
import type { Span } from '../../types';
import {
  atWordStart, digitsEnd, isBlank, isDash, isDigit, isJsSpace, isLetter, isLineBreak, isLower, isUpper, isWordChar, skipInlineSpace,
} from './scan';
import { CaseTables, Edition, formOf } from './tables';

export interface TextSpan extends Span {
  text: string;
}

export interface ReporterPart extends TextSpan {
  /** Bluebook form; for an unknown reporter, the spelling as written. */
  canonical: string;
  isCanonical: boolean;
  known: boolean;
  editions: readonly Edition[];
  /** The edition that fits the volume (refined later with the year and court). */
  edition?: Edition;
  /** A plain-word spelling (`Gray`, `SCt`): the prose rule. */
  guarded?: boolean;
}

export interface PinCite extends TextSpan {
  /** The first page the pin names (`920` in `920-21`), when numeric and not a star page. */
  firstPage?: number;
  star: boolean;
}

export interface ReporterCite extends Span {
  volume: TextSpan;
  reporter: ReporterPart;
  /** Early Supreme Court reports: `(1 Cranch)`. */
  nominative?: TextSpan;
  /** First page (the document number of a database cite); absent in a short form. */
  page?: TextSpan;
  /** Pin cites after the page (or after `at` in a short form), as one span. */
  pin?: PinCite;
  /** `60 F.3d at 920`. */
  short: boolean;
  /** `2010-NMSC-007`: written with hyphens. */
  hyphenated?: boolean;
  /** `T.C. Memo. 2019-12`: the reporter comes first, the year stands for the volume. */
  yearFirst?: boolean;
}

/** Words that, right before a number, make it something other than a volume (`Page 2`, `No. 41`). */
const NOT_BEFORE_VOLUME = /(?:^|[^A-Za-z])(?:Page|page|Pages|pages|pp?\.|No\.|Nos\.|no\.|Ex\.|Exs\.|Exhibit|Exhibits|Chapter|Section|Rule|Rules|Dkt\.|ECF|Doc\.|Docs\.|Interrogatory|RFP|Request|Tab|Vol\.|Volume|Art\.|Article|Part|Title|Tit\.|tit\.|ch\.|cl\.|Schedule|Appendix|App\.|Count|Claim|Figure|Fig\.|Table|Note|n\.|Paragraph|Para\.|Line|line|Slide|Bates|§|§§|¶|¶¶|\$|#|at)\s?$/;

/**
 * Whether the digits at `pos` may be a volume: at a word start, not part of a number, an amount,
 * a date or a label (`$5`, `3.5`, `19-cv-1234`, `Page 2`, `No. 41`).
 */
export function mayStartVolume(text: string, pos: number): boolean {
  if (!atWordStart(text, pos)) return false;
  const before = text.charCodeAt(pos - 1);
  if (before === 36 /* $ */ || before === 46 /* . */ || before === 45 /* - */ || before === 47 /* / */ || before === 58 /* : */ || before === 0xa7 || before === 0xb6 || before === 35 || before === 42 /* * */ || before === 0x2013) return false;
  if (pos > 0 && before === 44 /* , */) return false; // `1,000`
  // The word before (after at most one space) is checked only when it could be a label.
  let w = pos;
  if (w > 0 && isBlank(text.charCodeAt(w - 1))) w--;
  const c = text.charCodeAt(w - 1);
  if (w === 0 || !(isLetter(c) || c === 46 || c === 0xa7 || c === 0xb6 || c === 36 || c === 35)) return true;
  return !labelBefore(text, pos);
}

/** The labels of NOT_BEFORE_VOLUME, by their last character. */
const LABELS_BY_LAST = new Map<number, string[]>();
for (const label of [
  'Page', 'page', 'Pages', 'pages', 'p.', 'pp.', 'No.', 'Nos.', 'no.', 'Ex.', 'Exs.', 'Exhibit', 'Exhibits', 'Chapter', 'Section', 'Rule',
  'Rules', 'Dkt.', 'ECF', 'Doc.', 'Docs.', 'Interrogatory', 'RFP', 'Request', 'Tab', 'Vol.', 'Volume', 'Art.', 'Article', 'Part',
  'Title', 'Tit.', 'tit.', 'ch.', 'cl.', 'Schedule', 'Appendix', 'App.', 'Count', 'Claim', 'Figure', 'Fig.', 'Table', 'Note', 'n.',
  'Paragraph', 'Para.', 'Line', 'line', 'Slide', 'Bates', '§', '§§', '¶', '¶¶', '$', '#', 'at',
]) {
  const last = label.charCodeAt(label.length - 1);
  const group = LABELS_BY_LAST.get(last);
  if (group) group.push(label);
  else LABELS_BY_LAST.set(last, [label]);
}

/**
 * `NOT_BEFORE_VOLUME.test(text.slice(Math.max(0, pos - 16), pos))`, without the slice and the
 * pattern: a label ends at `pos` or one white space before it, and starts at the window's start
 * or after a character that is no ASCII letter.
 */
function labelBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 16);
  const end = pos > from && isJsSpace(text.charCodeAt(pos - 1)) ? pos - 1 : pos;
  if (end <= from) return false;
  const labels = LABELS_BY_LAST.get(text.charCodeAt(end - 1));
  if (!labels) return false;
  for (const label of labels) {
    const start = end - label.length;
    if (start < from || !text.startsWith(label, start)) continue;
    if (start === from) return true;
    const c = text.charCodeAt(start - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return true;
  }
  return false;
}

/**
 * A nominative report in parentheses between an official report and its page: `(1 Cranch)`,
 * `(Black)`, `(1 S. & M.)`, `(3 & 4 Dev. & Bat.)`, `(Tuck. & Cl.)`, `(Breese)`.
 */
const NOMINATIVE = /\((?:\d{1,3}(?: & \d{1,3})? )?[A-Z][A-Za-z.&' ]{0,24}[A-Za-z.]\)/y;
const YEAR_BEFORE_PAGE = /\((?:1[6-9]\d\d|20\d\d),?\)(?=[ \u00a0]\d)/y;
const PIN_ITEM = /(\*?\d{1,6})((?:[-–—]\*?\d{1,6})?)((?:,? (?:& |and )?nn?\. ?\d{1,4}(?:[-–—]\d{1,4})?)?)/y;

/**
 * Reads a reporter citation whose volume starts at `pos` (the caller has checked `mayStartVolume`).
 * Returns undefined when what follows is no citation (`300 U.S. residents`). `shown`: the context
 * already shows a citation (a parallel citation after a full one), so a plain-word spelling
 * (`100 SCt 913` in `446 U.S. 1, 100 SCt 913, 64 LEd2d 1 (1980)`) needs no year of its own.
 */
export function readReporterCite(text: string, pos: number, tables: CaseTables, allowUnknown: boolean, shown = false): ReporterCite | undefined {
  const volumeEnd = digitsEnd(text, pos, 4);
  if (volumeEnd === pos || isWordChar(text.charCodeAt(volumeEnd))) {
    return undefined;
  }
  const volume = span(text, pos, volumeEnd);
  if (text.charCodeAt(volumeEnd) === 45 && volumeEnd - pos === 4) return readHyphenated(text, volume, tables, volumeEnd + 1);
  const reporterStart = skipInlineSpace(text, volumeEnd, 4);
  if (reporterStart === volumeEnd) return undefined;
  // `2017 -Ohio- 2951`: the hyphenated form written with spaces.
  if (text.charCodeAt(reporterStart) === 45 && volumeEnd - pos === 4) return readHyphenated(text, volume, tables, reporterStart + 1);
  return readReporterCiteAfterVolume(text, volume, reporterStart, tables, allowUnknown, shown);
}

/**
 * Reads the rest of a reporter citation whose reporter starts at `reporterStart`, for `volume`
 * (which may lie elsewhere: before a page break). The result starts at the volume.
 */
export function readReporterCiteAfterVolume(
  text: string,
  volume: TextSpan,
  reporterStart: number,
  tables: CaseTables,
  allowUnknown: boolean,
  shown = false,
): ReporterCite | undefined {
  const pos = volume.start;
  const known = tables.matchReporterAt(text, reporterStart);
  // A known reporter that is only the start of the abbreviation (`F.` in `F. Sup. 3d 618`) is none.
  const match = known && (pageFollows(text, known.end) || !allowUnknown) ? known : undefined;
  // A plain-word spelling (`Gray`, `Hill`) is a reporter only where the citation shows itself.
  if (match && match.guarded && !shown && !yearParentheticalAfterPage(text, match.end)) return undefined;
  let reporter: ReporterPart;
  if (match) {
    reporter = {
      start: reporterStart, end: match.end, text: match.asWritten, canonical: match.canonical, isCanonical: match.isCanonical,
      known: true, editions: match.editions,
    };
    if (match.guarded) reporter.guarded = true;
  } else {
    if (!allowUnknown) return undefined;
    const end = unknownReporterEnd(text, reporterStart);
    if (end < 0) return undefined;
    const written = text.slice(reporterStart, end);
    reporter = { start: reporterStart, end, text: written, canonical: written, isCanonical: false, known: false, editions: [] };
  }
  // The volume must fit an edition: a year for neutral and database citations (`2020 WL 1`), a
  // volume number for the others (`2019 F.3d 1` is no citation).
  if (reporter.known) {
    reporter.edition = tables.chooseEdition(reporter.editions, { volume: Number(volume.text) });
    if (!reporter.edition) return undefined;
  }
  const form = reporter.edition ? formOf(reporter.edition) : undefined;
  let k = reporter.end;
  let nominative: TextSpan | undefined;
  const afterReporter = skipInlineSpace(text, k, 3);
  // Early Supreme Court reports: `5 U.S. (1 Cranch) 137`.
  if (text.charCodeAt(afterReporter) === 40 && afterReporter > k && form === 'print') {
    NOMINATIVE.lastIndex = afterReporter;
    if (NOMINATIVE.exec(text)) {
      nominative = span(text, afterReporter, NOMINATIVE.lastIndex);
      k = NOMINATIVE.lastIndex;
    }
  }
  // The year between the reporter and the page, as some older reports are cited:
  // `126 S. Ct. (2006) 1910`, `5 Am. Law Reg. (1857) 280`.
  if (!nominative && form === 'print' && text.charCodeAt(afterReporter) === 40 && afterReporter > k) {
    YEAR_BEFORE_PAGE.lastIndex = afterReporter;
    if (YEAR_BEFORE_PAGE.exec(text)) k = YEAR_BEFORE_PAGE.lastIndex;
  }
  // A comma after a printed reporter: the short form `343 U. S., at 650`, or a page set off by it
  // (`60 F.3d, 913`), as some courts and older reports write them.
  const comma = text.charCodeAt(k) === 44 && form === 'print' && reporter.known;
  let pageStart = skipInlineSpace(text, comma ? k + 1 : k, 4);
  if (pageStart === (comma ? k + 1 : k)) {
    // `60 F.3d` / blank line / `913 (2d Cir. 1994)`: a citation a conversion split at a blank
    // line, read only when a known printed reporter (with a period) ends the line and the page
    // is followed by a parenthetical with a year.
    const page = comma || !reporter.known || form !== 'print' || reporter.guarded || reporter.text.indexOf('.') < 0 ? -1 : pageAfterBlankLine(text, k);
    if (page < 0 || !yearParentheticalAfterPage(text, page - 1)) return undefined;
    pageStart = page;
  }
  // Short form: `60 F.3d at 920`, `343 U. S., at 650`, `174 Cal.App.2d at p. 651`.
  if (text.startsWith('at', pageStart) && !isWordChar(text.charCodeAt(pageStart + 2))) {
    let pinStart = skipInlineSpace(text, pageStart + 2, 3);
    if (pinStart === pageStart + 2) return undefined;
    pinStart = afterPageWord(text, pinStart);
    const pin = readPins(text, pinStart, tables, false);
    if (!pin) return undefined;
    return { start: pos, end: pin.end, volume, reporter, nominative, pin, short: true };
  }
  // `5 U.S., 10 F.3d 1`: a list of volumes, not a page set off by a comma.
  if (comma && startsParallel(text, pageStart, tables)) return undefined;
  // Services cited by paragraph: `141 FERC ¶ 61,049`, `65 Empl. Prac. Dec. (CCH) P 43,243`.
  const paragraph = reporter.edition?.paragraphs ? paragraphNumberStart(text, pageStart) : -1;
  const pageEnd = paragraph >= 0 ? paragraphNumberEnd(text, paragraph) : pageNumberEnd(text, pageStart, form === 'neutral' || form === 'database');
  if (pageEnd < 0) return undefined;
  if (paragraph >= 0) {
    const page = span(text, paragraph, pageEnd);
    return { start: pos, end: pageEnd, volume, reporter, nominative, page, short: false };
  }
  const page = span(text, pageStart, pageEnd);
  let end = pageEnd;
  let pin: PinCite | undefined;
  if (text.charCodeAt(end) === 44) {
    const pinStart = skipInlineSpace(text, end + 1, 3);
    if (pinStart > end + 1 || tightPinAfter(text, end)) {
      // Public-domain citations pin to paragraphs: `2014 IL App (2d) 120583, ¶ 5`.
      pin = readPins(text, pinStart, tables, true) ?? (form === 'neutral' ? readParagraphPin(text, pinStart, tables) : undefined);
      if (pin) end = pin.end;
    }
  }
  return { start: pos, end, volume, reporter, nominative, page, pin, short: false };
}

/**
 * Where a page stands after the end of a line at `pos`, one blank line and the next line's
 * indentation (all bounded), or -1.
 */
function pageAfterBlankLine(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && i - pos < 8 && isBlank(text.charCodeAt(i))) i++;
  for (let breaks = 0; breaks < 2; breaks++) {
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (isLineBreak(text.charCodeAt(i))) i++;
    else return -1;
    const from = i;
    while (i < text.length && i - from < 24 && isBlank(text.charCodeAt(i))) i++;
  }
  return isDigit(text.charCodeAt(i)) ? i : -1;
}

/** After `p. ` or `pp. ` at `pos` (`at p. 651`), or `pos` when neither is there. */
function afterPageWord(text: string, pos: number): number {
  const word = text.startsWith('p. ', pos) ? 3 : text.startsWith('pp. ', pos) ? 4 : 0;
  return word > 0 && isDigit(text.charCodeAt(pos + word)) ? pos + word : pos;
}

/**
 * `2010-NMSC-007`: a year, the court's code and a number, joined by hyphens; also written with a
 * space on the outer side of each hyphen (`2017 -Ohio- 2951`). `reporterStart` is just after the
 * first hyphen.
 */
function readHyphenated(text: string, volume: TextSpan, tables: CaseTables, reporterStart: number): ReporterCite | undefined {
  if (!isYear(volume.text)) return undefined;
  const spaced = reporterStart > volume.end + 1;
  const match = tables.matchReporterAt(text, reporterStart);
  if (!match || text.charCodeAt(match.end) !== 45) return undefined;
  const edition = match.editions.find((e) => e.form === 'year-dash-reporter-dash-number');
  if (!edition) return undefined;
  const pageStart = spaced ? skipInlineSpace(text, match.end + 1, 2) : match.end + 1;
  if (spaced && pageStart === match.end + 1) return undefined;
  const pageEnd = digitsEnd(text, pageStart, 6);
  if (pageEnd === pageStart || isWordChar(text.charCodeAt(pageEnd))) return undefined;
  const reporter: ReporterPart = {
    start: reporterStart, end: match.end, text: match.asWritten, canonical: match.canonical, isCanonical: match.isCanonical,
    known: true, editions: [edition], edition,
  };
  const page = span(text, pageStart, pageEnd);
  let end = pageEnd;
  let pin: PinCite | undefined;
  if (text.charCodeAt(end) === 44) {
    const pinStart = skipInlineSpace(text, end + 1, 3);
    // Neutral citations pin to paragraphs: `2010-NMSC-007, ¶ 12`.
    pin = pinStart > end + 1 ? readParagraphPin(text, pinStart, tables) : undefined;
    if (pin) end = pin.end;
  }
  return { start: volume.start, end, volume, reporter, page, pin, short: false, hyphenated: true };
}

/**
 * `T.C. Memo. 2019-12`: a reporter with no volume before it, then a year and a number joined by
 * a hyphen. `pos` is where the reporter starts; the year stands in the volume's place.
 */
export function readYearNumberCite(text: string, pos: number, tables: CaseTables): ReporterCite | undefined {
  const match = tables.matchReporterAt(text, pos);
  if (!match) return undefined;
  const edition = match.editions.find((e) => e.form === 'reporter-year-dash-number');
  if (!edition) return undefined;
  const yearStart = skipInlineSpace(text, match.end, 3);
  if (yearStart === match.end || digitsEnd(text, yearStart, 4) !== yearStart + 4 || text.charCodeAt(yearStart + 4) !== 45) return undefined;
  const numberEnd = digitsEnd(text, yearStart + 5, 5);
  if (numberEnd === yearStart + 5 || isWordChar(text.charCodeAt(numberEnd))) return undefined;
  const volume = span(text, yearStart, yearStart + 4);
  if (!isYear(volume.text)) return undefined;
  const reporter: ReporterPart = {
    start: pos, end: match.end, text: match.asWritten, canonical: edition.abbreviation, isCanonical: match.isCanonical,
    known: true, editions: [edition], edition,
  };
  let end = numberEnd;
  let pin: PinCite | undefined;
  if (text.charCodeAt(end) === 44) {
    const pinStart = skipInlineSpace(text, end + 1, 3);
    pin = pinStart > end + 1 ? readPins(text, pinStart, tables, true) : undefined;
    if (pin) end = pin.end;
  }
  return { start: pos, end, volume, reporter, page: span(text, yearStart + 5, numberEnd), pin, short: false, yearFirst: true };
}

export function isYear(s: string): boolean {
  if (s.length !== 4) return false;
  const n = Number(s);
  return n >= 1700 && n <= 2099;
}

/**
 * End of a first page at `pos`: digits, or a blank for a page not yet known (`___`); -1 if none.
 * A page may carry a letter that the reports give to a page inserted later or to a memorandum
 * decision: `244 Ark. 1028A`, `95 Fla. 736a`, `81 Misc. 3d 1211(A)`, `2023 N.Y. Slip Op.
 * 51350(U)`; a public-domain or database number up to two capitals (`2016 CO 47M`, `2017 IL App
 * (4th) 160407WC`) or a hyphen and one (`2014 IL App (1st) 120583-U`).
 */
function pageNumberEnd(text: string, pos: number, numbered: boolean): number {
  // Westlaw numbers run to eight digits (`2023 WL 12345678`); printed pages to seven.
  let end = digitsEnd(text, pos, numbered ? 8 : 7);
  if (end === pos) {
    let i = pos;
    while (i < text.length && i - pos < 8 && text.charCodeAt(i) === 95) i++;
    if (i - pos < 2) return -1;
    end = i;
  } else {
    end = pageSuffixEnd(text, end, numbered);
  }
  const next = text.charCodeAt(end);
  if (isLetter(next) || isDigit(next)) return -1;
  // `913.5`, `913%`, `913-...` are no pages; `913,920` is a page and a pin (`tightPinAfter`).
  if (next === 46 && isDigit(text.charCodeAt(end + 1))) return -1;
  if (next === 44 && isDigit(text.charCodeAt(end + 1)) && !tightPinAfter(text, end)) return -1;
  if (next === 37 || isDash(next)) return -1;
  return end;
}

/** End of a page's letter (see `pageNumberEnd`) at `pos`, or `pos` when there is none. */
function pageSuffixEnd(text: string, pos: number, numbered: boolean): number {
  const c = text.charCodeAt(pos);
  const wordAfter = (i: number) => isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019;
  if ((c === 40 || c === 91) && isUpper(text.charCodeAt(pos + 1)) && text.charCodeAt(pos + 2) === (c === 40 ? 41 : 93)) return pos + 3;
  if (isLetter(c) && c < 128 && !wordAfter(pos + 1)) return pos + 1;
  if (numbered && isUpper(c) && isUpper(text.charCodeAt(pos + 1)) && c < 128 && !wordAfter(pos + 2)) return pos + 2;
  if (numbered && c === 45 && isUpper(text.charCodeAt(pos + 1)) && text.charCodeAt(pos + 1) < 128 && !wordAfter(pos + 2)) return pos + 2;
  return pos;
}

/** Where the paragraph number starts after a paragraph mark at `pos` (`¶ `, `¶`, `P `, `par. `, `para. `), or -1. */
function paragraphNumberStart(text: string, pos: number): number {
  let i = pos;
  if (text.charCodeAt(i) === 0xb6) i++;
  else if (text.charCodeAt(i) === 80 /* P */) i++;
  else if (text.startsWith('par.', i)) i += 4;
  else if (text.startsWith('para.', i)) i += 5;
  else return -1;
  if (isBlank(text.charCodeAt(i))) i++;
  return isDigit(text.charCodeAt(i)) ? i : -1;
}

/** End of a paragraph number at `pos`: `61,049`, `30986`, `58,886A`; -1 if none. */
function paragraphNumberEnd(text: string, pos: number): number {
  let end = digitsEnd(text, pos, 6);
  if (end === pos) return -1;
  while (text.charCodeAt(end) === 44 && digitsEnd(text, end + 1, 3) === end + 4) end += 4;
  end = pageSuffixEnd(text, end, true);
  if (isWordChar(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1)))) return -1;
  return end;
}

/**
 * Pin cites at `pos`: `920`, `920-21`, `*3`, `920 n.5`, `920 & n.5`, several separated by commas,
 * optionally after `at` (database cites: `at *3`). A number that starts a parallel citation
 * (`93 S. Ct. 705`) or is followed by a word (`12 people`) is no pin.
 */
export function readPins(text: string, pos: number, tables: CaseTables, allowAt: boolean): PinCite | undefined {
  let i = pos;
  let end = -1;
  // The first pin: where it starts, and its page (`*3` or `920` of `920-21`) as `text[firstStart, firstEnd)`.
  let firstStart = -1;
  let firstEnd = -1;
  for (let count = 0; count < 12; count++) {
    let itemStart = i;
    if (allowAt && text.startsWith('at ', i)) itemStart = i + 3;
    // The California Style Manual writes the page word: `at p. 385`, `at pp. 385–386`.
    if (count === 0 && !allowPage(text, itemStart)) {
      if (text.startsWith('p. ', itemStart)) itemStart += 3;
      else if (text.startsWith('pp. ', itemStart)) itemStart += 4;
    }
    PIN_ITEM.lastIndex = itemStart;
    if (!PIN_ITEM.test(text)) break;
    const itemEnd = PIN_ITEM.lastIndex;
    if (!pinEndsWell(text, itemEnd)) break;
    // A number running on after a line break may be a parallel citation's volume (`920,\n93 S. Ct.`).
    if (isBlank(text.charCodeAt(itemEnd)) || isLineBreak(text.charCodeAt(itemEnd))) {
      if (startsParallel(text, itemStart, tables)) break;
    }
    if (firstStart < 0) {
      // The pattern's first group: a star, then as many digits as it takes (up to six).
      firstStart = itemStart;
      firstEnd = itemStart + (text.charCodeAt(itemStart) === 42 ? 1 : 0);
      const digitsFrom = firstEnd;
      while (firstEnd - digitsFrom < 6 && isDigit(text.charCodeAt(firstEnd))) firstEnd++;
    }
    end = itemEnd;
    // Another pin: `, 925`.
    if (text.charCodeAt(itemEnd) !== 44) break;
    const next = skipInlineSpace(text, itemEnd + 1, 3);
    if ((next === itemEnd + 1 && !tightPinAfter(text, itemEnd)) || !(isDigit(text.charCodeAt(next)) || text.charCodeAt(next) === 42)) break;
    i = next;
    allowAt = false;
  }
  if (end < 0 || firstStart < 0) return undefined;
  const star = text.charCodeAt(firstStart) === 42;
  const pin: PinCite = { start: firstStart, end, text: text.slice(firstStart, end), star };
  if (!star) pin.firstPage = Number(text.slice(firstStart, firstEnd));
  return pin;
}

/** Whether `pos` is not after `at ` (only a short form's or `Id.`'s pin, after `at`, takes `p.`). */
function allowPage(text: string, pos: number): boolean {
  return !(pos >= 3 && text.startsWith('at ', pos - 3));
}

/**
 * Whether the comma at `comma`, between two numbers with no space (`56,65`, `913,920`), joins a
 * page and a pin rather than writing one number (`1,000`): the second is no smaller than the
 * first, and three digits after one or two (`1,200`, `12,150`) are read as one number.
 */
function tightPinAfter(text: string, comma: number): boolean {
  let a = comma;
  while (a > 0 && comma - a < 5 && isDigit(text.charCodeAt(a - 1))) a--;
  const b = digitsEnd(text, comma + 1, 4);
  if (a === comma || b === comma + 1 || isDigit(text.charCodeAt(a - 1))) return false;
  if (b - comma - 1 === 3 && comma - a < 3) return false;
  return Number(text.slice(comma + 1, b)) >= Number(text.slice(a, comma));
}

/** After a pin: punctuation, a parenthetical, a line end or the text's end, not a word (`12 people`). */
function pinEndsWell(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordChar(c) || c === 37 /* % */) return false;
  if (isDash(c) && isLetter(text.charCodeAt(end + 1))) return false; // `2017-Ohio-2951`: a citation, no pin
  if (c === 46 /* . */ && isDigit(text.charCodeAt(end + 1))) return false; // `3.5`
  if (c === 58 /* : */ && isDigit(text.charCodeAt(end + 1))) return false; // `2:40`
  if (c === 44 && isDigit(text.charCodeAt(end + 1))) return tightPinAfter(text, end); // `1,000`, but `56,65`
  if (isBlank(c)) {
    let i = end;
    while (i < text.length && i - end < 4 && isBlank(text.charCodeAt(i))) i++;
    const n = text.charCodeAt(i);
    // `920 (2d Cir. 1994)`, `920 [hereinafter …]`, a line end, a table cell's end (`920 |`); not `920 people`.
    return i >= text.length || n === 40 || n === 91 || isLineBreak(n) || n === 38 /* & */ || n === 124 /* | */;
  }
  return true;
}

/** Whether a parallel citation (`93 S. Ct. 705`) starts at `pos`. */
export function startsParallel(text: string, pos: number, tables: CaseTables): boolean {
  const volumeEnd = digitsEnd(text, pos, 4);
  if (volumeEnd === pos) return false;
  // `2017-Ohio-2951`: a public-domain citation joined by hyphens.
  if (volumeEnd - pos === 4 && text.charCodeAt(volumeEnd) === 45) {
    const h = tables.matchReporterAt(text, volumeEnd + 1);
    return h !== undefined && text.charCodeAt(h.end) === 45 && isDigit(text.charCodeAt(h.end + 1));
  }
  const r = skipInlineSpace(text, volumeEnd, 3);
  if (r === volumeEnd) return false;
  const m = tables.matchReporterAt(text, r);
  if (!m) return false;
  const p = skipInlineSpace(text, m.end, 3);
  return p > m.end && (isDigit(text.charCodeAt(p)) || text.startsWith('__', p) || text.charCodeAt(p) === 40);
}

/**
 * End of a reporter-like abbreviation at `pos` that no table knows (`F.4d`, `F. Sup. 3d`), or -1:
 * one to five words of capitals, periods and series numbers (`2d`, `4th`), at least one period,
 * at most 24 characters; the caller decides from the context whether it is a citation.
 */
function unknownReporterEnd(text: string, pos: number): number {
  let i = pos;
  let words = 0;
  let periods = 0;
  let end = -1;
  while (words < 5 && i - pos <= 24) {
    const wordStart = i;
    const c = text.charCodeAt(i);
    if (isUpper(c)) {
      i++;
      while (i < text.length && i - pos <= 24) {
        const d = text.charCodeAt(i);
        if (isLetter(d) || d === 46 || d === 39 || d === 0x2019 || isDigit(d)) {
          if (d === 46) periods++;
          i++;
        } else break;
      }
    } else if (isDigit(c)) {
      // A series: `2d`, `3d`, `4th`, `2nd`, `3rd`.
      let j = i;
      while (isDigit(text.charCodeAt(j)) && j - i < 2) j++;
      const rest = text.slice(j, j + 2);
      if (j === i || !/^(?:d|st|nd|rd|th)/.test(rest)) break;
      j += rest.startsWith('d') ? 1 : 2;
      if (isWordChar(text.charCodeAt(j))) break;
      i = j;
    } else break;
    // Lower-case words (`residents`) are no reporter; a word must not run on into digits (`F4`).
    const word = text.slice(wordStart, i);
    if (/^[A-Z][a-z]{3,}$/.test(word) && !word.endsWith('.')) break;
    words++;
    end = i;
    const next = text.charCodeAt(i);
    if (next !== 32) break;
    // Stop before the page: a word followed by digits is the last one.
    if (isDigit(text.charCodeAt(i + 1)) && !/^\d{1,2}(?:d|st|nd|rd|th)\b/.test(text.slice(i + 1, i + 6))) break;
    i++;
  }
  if (end < 0 || periods === 0 || end - pos > 24) return -1;
  if (isLower(text.charCodeAt(pos))) return -1;
  return end;
}

/**
 * For a plain-word reporter spelling ending at `pos` (the prose rule, docs/reporters.md): whether
 * a page, optional pins and then a parenthetical with a year follow — `14 Gray 23 (1859)`,
 * `3 Hill 100, 102 (N.Y. Sup. Ct. 1842)` — within a bounded stretch of one line (a short form
 * `3 Hill at 102` has none, and is not read). Looks at no more than 96 characters.
 */
function yearParentheticalAfterPage(text: string, pos: number): boolean {
  let i = skipInlineSpace(text, pos, 4);
  const pageEnd = digitsEnd(text, i, 7);
  if (pageEnd === i) return false;
  i = pageEnd;
  const limit = Math.min(text.length, pos + 96);
  // Pins: digits, commas, dashes, spaces, `n.`.
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || c === 44 || isDash(c) || isBlank(c) || c === 110 /* n */ || c === 46) i++;
    else break;
  }
  if (text.charCodeAt(i) !== 40) return false;
  let digits = 0;
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 41) return false;
    if (isLineBreak(c) || c === 40) return false;
    if (isDigit(c)) {
      digits++;
      if (digits === 4 && !isDigit(text.charCodeAt(j + 1)) && isYear(text.slice(j - 3, j + 1))) return true;
    } else digits = 0;
  }
  return false;
}

/** Whether a page (or a nominative report, or a short form's `at`) follows the reporter ending at `pos`. */
function pageFollows(text: string, pos: number): boolean {
  const from = text.charCodeAt(pos) === 44 ? pos + 1 : pos;
  const p = skipInlineSpace(text, from, 4);
  if (p === from) return from === pos && pageAfterBlankLine(text, pos) >= 0;
  const c = text.charCodeAt(p);
  return isDigit(c) || c === 95 || c === 40 || c === 0xb6 || (text.startsWith('at', p) && !isWordChar(text.charCodeAt(p + 2)))
    || paragraphNumberStart(text, p) >= 0;
}

const PARAGRAPH_PIN = /(?:¶¶?|§§?) ?\d{1,6}(?:\.\d{1,4})?(?:\([A-Za-z0-9]{1,4}\)){0,4}(?:[-–—]\d{1,6})?/y;
const MORE_PARAGRAPHS = /, ?(\d{1,6})(?:[-–—]\d{1,6})?/y;

/**
 * A paragraph or section pin: `¶ 5`, `¶¶ 5-6`, `§ 107`, `¶¶ 15, 17`. With `tables`, a number
 * after a comma that starts a parallel citation (`¶¶ 15-17, 260 N.E.3d 1`) ends the pin.
 */
export function readParagraphPin(text: string, pos: number, tables?: CaseTables): PinCite | undefined {
  PARAGRAPH_PIN.lastIndex = pos;
  if (!PARAGRAPH_PIN.exec(text)) return undefined;
  let end = PARAGRAPH_PIN.lastIndex;
  for (let n = 0; n < 8; n++) {
    MORE_PARAGRAPHS.lastIndex = end;
    const m = MORE_PARAGRAPHS.exec(text);
    if (!m) break;
    const numberStart = MORE_PARAGRAPHS.lastIndex - m[0].length + m[0].indexOf(m[1]);
    if (tables && startsParallel(text, numberStart, tables)) break;
    end = MORE_PARAGRAPHS.lastIndex;
  }
  return { start: pos, end, text: text.slice(pos, end), star: false };
}

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

