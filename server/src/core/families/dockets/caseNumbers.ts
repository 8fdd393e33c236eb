import { lookupCourt, splitCourtAndDate } from '../../courts';
import type { FoundCitation } from '../../extract/types';
import type { Span } from '../../types';
import {
  charBefore, earliest, fullYear, isAsciiLetter, isDigit, isHyphen, isInlineSpace, isWordChar, NB_HYPHEN, Occurrences, wordBefore, wordsAt,
} from './scan';
import type { CaseNumberDetail } from './types';

/**
 * Case numbers: the number a court gives a case, as a draft writes it.
 *
 *   `No. 1:23-cv-08292-SHS`, `23-cv-8292 (S.D.N.Y.)`   federal district (office, year, type, sequence, judges)
 *   `No. 23 Civ. 8292 (SHS)`                            the older Southern District of New York form
 *   `No. 19-1234`, `No. 21-55555`, `No. 19-3417-cv`     year and sequence (courts of appeals, bankruptcy, D.D.C.)
 *   `MDL No. 2741`                                      multidistrict litigation
 *   `C.A. No. 23-1187-GBW`                              year and sequence with judge initials (D. Del.)
 *   `Index No. 651872/2023`                             New York Supreme Court index number
 *   `No. 14-23-00418-CV`                                Texas courts of appeals (court, year, sequence, type)
 *   `Case No. 23STCV18842`                              Los Angeles Superior Court (year, courthouse, type, sequence)
 *   `22-1456-cv` alone (a brief's cover)                a court of appeals number with its type suffix
 *
 * Kept strict, because numbers like these are everywhere in a brief: a district number carries
 * its case type (`-cv-`), so it stands alone; a bare year–sequence number counts only after
 * `No.` in a place a case number goes (after a case name's comma, `Case No.`, `Appeal No.`,
 * or with a court parenthetical), never after `RFP`, `Request`, `Interrogatory`, `Pub. L.`,
 * `Order`. `No. 23` alone (a discovery request in a list), `Rule 26` and page ranges are not
 * case numbers.
 */
export function findCaseNumbers(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  const triggers = [
    new Candidates(text, 'No', numberedStart),
    new Candidates(text, 'M', mdlOrMiscStart),
    new Candidates(text, 'C', sdnyStart),
    new Candidates(text, '-', districtStart),
    new Candidates(text, NB_HYPHEN, districtStart),
  ];
  // Every place a case number can start is the candidate of one of the triggers: the places are
  // taken in order, each read as a loop over every character would read it, and a match moves
  // the scan past its end.
  let from = 0;
  for (;;) {
    const i = earliest(triggers, from);
    if (i < 0) break;
    const matches = readAt(text, i);
    if (matches && matches.length > 0) {
      found.push(...matches);
      from = matches[matches.length - 1].end;
    } else {
      from = i + 1;
    }
  }
  return found;
}

/** The case number (or numbers, `Nos. …`) that starts at `i`, if any. */
function readAt(text: string, i: number): FoundCitation[] | undefined {
  const c = text.charCodeAt(i);
  if (c === 78 /* N */ && text.charCodeAt(i + 1) === 111 /* o */ && startsWord(text, i)) return readNumbered(text, i);
  if (c === 77 /* M */ && (text.startsWith('MDL', i) || text.startsWith('M.D.L.', i)) && startsWord(text, i)) return readMdl(text, i);
  if (isDigit(c) && mayStartNumber(text, i) && startsNumber(text, i)) return readBare(text, i);
  return undefined;
}

/**
 * Where a case number may start, found from the rarer characters every case number has: `No.`
 * or `Nos.`; `MDL` or `M.D.L.`; the `C` or `M` of a Southern District type (`23 Civ. 8292`, two
 * digits and a space before it); the hyphen after the year of a district number (`1:23-cv-…`, a
 * letter after it). Each trigger maps to at most one place a few characters back, never before
 * the trigger found before it, so the places come out in order.
 */
class Candidates {
  private readonly occurrences: Occurrences;
  /** The last trigger looked at, and the place it gave (-1: none yet, or none). */
  private hit = -1;
  private start = -1;
  private done = false;

  constructor(
    private readonly text: string,
    trigger: string,
    private readonly startOf: (text: string, hit: number) => number,
  ) {
    this.occurrences = new Occurrences(text, trigger);
  }

  /** The first place at or after `from` (which never decreases), or -1. */
  next(from: number): number {
    if (this.start >= from) return this.start;
    while (!this.done) {
      const hit = this.occurrences.next(Math.max(from, this.hit + 1));
      if (hit < 0) {
        this.done = true;
        break;
      }
      this.hit = hit;
      const start = this.startOf(this.text, hit);
      if (start >= from) return (this.start = start);
    }
    return -1;
  }
}

/** `No.` or `Nos.` at `hit`. */
function numberedStart(text: string, hit: number): number {
  return text.charCodeAt(hit + 2) === 46 /* . */ || text.startsWith('s.', hit + 2) ? hit : -1;
}

/** `MDL` or `M.D.L.` at `hit`, or the `Misc.` of a Southern District number. */
function mdlOrMiscStart(text: string, hit: number): number {
  if (text.startsWith('MDL', hit) || text.startsWith('M.D.L.', hit)) return hit;
  return sdnyStart(text, hit);
}

/** The two digits and the space before a Southern District type (`23 Civ.`) at `hit`. */
function sdnyStart(text: string, hit: number): number {
  if (hit < 3 || !isInlineSpace(text[hit - 1]) || !isDigit(text.charCodeAt(hit - 2)) || !isDigit(text.charCodeAt(hit - 3))) return -1;
  return hit - 3;
}

/**
 * The start of a district number whose first hyphen is at `hit`: the year's digits before it,
 * and an office (`1:`) before those. Reads back at most a few digits more than a number has, so
 * a longer run gives a place inside it, which `startsNumber` then turns down.
 */
function districtStart(text: string, hit: number): number {
  if (!isDigit(text.charCodeAt(hit - 1)) || !isAsciiLetter(text.charCodeAt(hit + 1))) return -1;
  let k = digitsBack(text, hit, 6);
  if (text.charCodeAt(k - 1) === 58 /* : */) k = digitsBack(text, k - 1, 4);
  else if (isHyphen(text[k - 1]) && hit - k >= 3 && hit - k <= 5) {
    // The suffix of a court of appeals number (`22-1456-cv`): its year is before the sequence.
    const year = digitsBack(text, k - 1, 5);
    if (k - 1 - year === 2 || k - 1 - year === 4) k = year;
  }
  return k;
}

/** Where the run of digits that ends at `end` starts, reading back at most `max` digits. */
function digitsBack(text: string, end: number, max: number): number {
  let k = end;
  while (k > 0 && end - k < max && isDigit(text.charCodeAt(k - 1))) k--;
  return k;
}

function startsWord(text: string, i: number): boolean {
  return i === 0 || (!isWordChar(text.charCodeAt(i - 1)) && text[i - 1] !== '.' && text[i - 1] !== '-');
}

/**
 * A cheap first look at a run of digits: a district number goes on with `:` or `-` after at most
 * four digits, the Southern District form with a space after two.
 */
function mayStartNumber(text: string, i: number): boolean {
  let k = i + 1;
  while (k < text.length && k - i < 5 && isDigit(text.charCodeAt(k))) k++;
  const ch = text[k];
  if (ch === ':' || isHyphen(ch)) return true;
  return k - i === 2 && isInlineSpace(ch ?? '') && (text[k + 1] === 'C' || text[k + 1] === 'M');
}

/** A number can start here: not inside a word or joined to another number (`1:23`, `4/23`, `1.23`). */
function startsNumber(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text[i - 1];
  return !isWordChar(text.charCodeAt(i - 1)) && p !== '-' && p !== '\u2011' && p !== ':' && p !== '/' && p !== '.' && p !== ',' && p !== '#';
}

/** Case types of federal district numbers, by their letters in lower case. */
const DISTRICT_TYPES: Record<string, string> = {
  cv: 'civil',
  civ: 'civil',
  cr: 'criminal',
  mc: 'miscellaneous',
  md: 'multidistrict litigation',
  ml: 'multidistrict litigation',
  mj: 'magistrate judge',
  po: 'petty offense',
  bk: 'bankruptcy',
  ap: 'adversary proceeding',
  sw: 'search warrant',
  gj: 'grand jury',
};

/** Suffixes a court of appeals adds to a year–sequence number (`19-3417-cv`). */
const APPEAL_SUFFIXES: Record<string, string> = { cv: 'civil', cr: 'criminal', ag: 'agency', pr: 'prisoner' };

/** Case types of the older Southern District form (`23 Civ. 8292`). */
const SDNY_TYPES: Record<string, string> = {
  'Civ.': 'civil',
  'CIV.': 'civil',
  CV: 'civil',
  'Cr.': 'criminal',
  'CR.': 'criminal',
  'Crim.': 'criminal',
  CR: 'criminal',
  'Misc.': 'miscellaneous',
};

/** `1:23-cv-08292-SHS-OTW`, `23-cv-8292`, `2:19-cr-00123-ABC-1`. */
const DISTRICT = /(?:(\d{1,2}):)?((?:19|20)\d{2}|\d{2})[-\u2011]([A-Za-z]{2,3})[-\u2011](\d{1,6})((?:[-\u2011][A-Z]{2,4}){0,3})(?:[-\u2011](\d{1,3}))?/y;
/** `23 Civ. 8292`, `23 Cr. 123`. */
const SDNY = /(\d{2})[ \u00a0](Civ\.|CIV\.|CV|Cr\.|CR\.|Crim\.|CR|Misc\.)[ \u00a0](\d{1,6})/y;
/** `19-1234`, `2019-1234`, `19-3417-cv`, `19-1234-cv(L)`, `23-1187-GBW` (judges, D. Del.). */
const YEAR_SEQUENCE = /((?:19|20)\d{2}|\d{2})[-\u2011](\d{3,5})(?:[-\u2011](cv|cr|ag|pr))?(?:\((?:L|CON|XAP)\))?((?:[-\u2011][A-Z]{2,4}){0,2})/y;
/** `651872/2023`, `651872/23`: a New York Supreme Court index number (sequence / year). */
const NY_INDEX = /(\d{5,6})\/((?:19|20)\d{2}|\d{2})/y;
/** `14-23-00418-CV`: a Texas court of appeals (01–15), year, sequence, type. */
const TEXAS_APPEAL = /(0[1-9]|1[0-5])[-\u2011](\d{2})[-\u2011](\d{5})[-\u2011](CV|CR)/y;
/** `23STCV18842`: a California superior court number (Los Angeles): year, courthouse, case type, sequence. */
const CALIFORNIA = /(\d{2})([A-Z]{2})(CV|CP|LC|UD|CU|FL|PR|CR|MH|JC)(\d{5})/y;
/** `MDL No. 2741`, `MDL 2741`, `MDL-2741`, `M.D.L. No. 2741`. */
const MDL = /(?:MDL|M\.D\.L\.)(?:[ \u00a0]Docket)?(?:[ \u00a0]No\.)?(?:[ \u00a0]|[-\u2011])?(\d{1,4})/y;

interface NumberRead {
  end: number;
  detail: CaseNumberDetail;
  /** Needs `No.` in the right place or a parenthetical to count (a bare `19-1234`). */
  needsContext: boolean;
}

function readDistrict(text: string, pos: number): NumberRead | undefined {
  DISTRICT.lastIndex = pos;
  const m = DISTRICT.exec(text);
  if (!m) return undefined;
  const typeName = DISTRICT_TYPES[m[3].toLowerCase()];
  if (!typeName || !endsNumber(text, DISTRICT.lastIndex)) return undefined;
  const judges = m[5] ? m[5].slice(1).split(/[-\u2011]/) : [];
  // Built field by field, in this order, not with spreads (slow when the shapes differ).
  const detail = { form: 'district', number: m[0] } as CaseNumberDetail;
  if (m[1]) detail.office = m[1];
  detail.year = fullYear(m[2]);
  detail.type = m[3];
  detail.typeName = typeName;
  detail.sequence = m[4];
  detail.judges = judges;
  if (m[6]) detail.defendant = m[6];
  return { end: DISTRICT.lastIndex, needsContext: false, detail };
}

function readSdny(text: string, pos: number): NumberRead | undefined {
  SDNY.lastIndex = pos;
  const m = SDNY.exec(text);
  if (!m || !endsNumber(text, SDNY.lastIndex)) return undefined;
  return {
    end: SDNY.lastIndex,
    // `23 Civ. 8292` is a case number wherever it stands; `23 CV 8292`, `23 Cr. 12` want `No.` or a parenthetical.
    needsContext: m[2] !== 'Civ.' && m[2] !== 'CIV.',
    detail: { form: 'sdny', number: m[0], year: fullYear(m[1]), type: m[2], typeName: SDNY_TYPES[m[2]], sequence: m[3], judges: [] },
  };
}

function readYearSequence(text: string, pos: number): NumberRead | undefined {
  YEAR_SEQUENCE.lastIndex = pos;
  const m = YEAR_SEQUENCE.exec(text);
  if (!m || !endsNumber(text, YEAR_SEQUENCE.lastIndex)) return undefined;
  const detail = { form: 'year-sequence', number: m[0], year: fullYear(m[1]) } as CaseNumberDetail;
  if (m[3]) {
    detail.type = m[3];
    detail.typeName = APPEAL_SUFFIXES[m[3]];
  }
  detail.sequence = m[2];
  detail.judges = m[4] ? m[4].slice(1).split(/[-\u2011]/) : [];
  return { end: YEAR_SEQUENCE.lastIndex, needsContext: true, detail };
}

/** A New York index number (`651872/2023`): only after `Index No.` (see `readNumbered`). */
function readNyIndex(text: string, pos: number): NumberRead | undefined {
  NY_INDEX.lastIndex = pos;
  const m = NY_INDEX.exec(text);
  if (!m || !endsNumber(text, NY_INDEX.lastIndex)) return undefined;
  return { end: NY_INDEX.lastIndex, needsContext: false, detail: { form: 'ny-index', number: m[0], year: fullYear(m[2]), sequence: m[1], judges: [] } };
}

/** A Texas court of appeals number (`14-23-00418-CV`): its shape is its own, after `No.`. */
function readTexasAppeal(text: string, pos: number): NumberRead | undefined {
  TEXAS_APPEAL.lastIndex = pos;
  const m = TEXAS_APPEAL.exec(text);
  if (!m || !endsNumber(text, TEXAS_APPEAL.lastIndex)) return undefined;
  const detail = { form: 'texas-appeal', number: m[0], office: m[1], year: fullYear(m[2]), type: m[4], typeName: m[4] === 'CV' ? 'civil' : 'criminal', sequence: m[3], judges: [] } as CaseNumberDetail;
  return { end: TEXAS_APPEAL.lastIndex, needsContext: false, detail };
}

/** A California superior court number (`23STCV18842`), in a place a case number goes. */
function readCalifornia(text: string, pos: number): NumberRead | undefined {
  CALIFORNIA.lastIndex = pos;
  const m = CALIFORNIA.exec(text);
  if (!m || !endsNumber(text, CALIFORNIA.lastIndex)) return undefined;
  const detail = { form: 'california', number: m[0], office: m[2], year: fullYear(m[1]), type: m[3], sequence: m[4], judges: [] } as CaseNumberDetail;
  return { end: CALIFORNIA.lastIndex, needsContext: true, detail };
}

/** What may follow a case number: no letter or digit, and no `-`, `:`, `/`, `.`, `,` joined to more of one. */
function endsNumber(text: string, end: number): boolean {
  if (isWordChar(text.charCodeAt(end))) return false;
  const ch = text[end];
  const after = text.charCodeAt(end + 1);
  if (isHyphen(ch) && isWordChar(after)) return false;
  if ((ch === ':' || ch === '/' || ch === '.' || ch === ',') && isDigit(after)) return false;
  return true;
}

/** Words after which `No. 19-1234` is a case number. */
const CASE_WORDS = new Set([
  'Case', 'case', 'Appeal', 'appeal', 'Appeals', 'Docket', 'docket', 'Dkt.', 'Action', 'action', 'Civ.', 'Civil', 'A.', 'C.A.', 'Crim.',
  'Criminal', 'Cause', 'Petition', 'Adv.', 'Proc.', 'Adversary', 'Proceeding', 'Bankr.', 'Misc.', 'Nos.',
]);
/** Punctuation after which `No. 19-1234` is a case number (`Smith v. Jones, No. 19-1234`). */
const CASE_PUNCTUATION = new Set([',', ';', '(', '[', ':', '\u2014', '\u2013', '\n', '\r', '']);
/** Discovery words shortly before `No.`: the number is a request's, not a case's. */
const DISCOVERY = /\b(?:RFPs?|RFAs?|Requests?|Req\.|Interrogator(?:y|ies)|Interrog\.|Rogs?|Topics?|Admissions?)\b/;

/** Whether `No.` at `i` stands where a case number goes. */
function caseNumberPlace(text: string, i: number): boolean {
  const word = wordBefore(text, i);
  if (word) return CASE_WORDS.has(word);
  if (!CASE_PUNCTUATION.has(charBefore(text, i))) return false;
  return !DISCOVERY.test(text.slice(Math.max(0, i - 80), i));
}

/** `No. …` / `Nos. …, …` at `i`. */
function readNumbered(text: string, i: number): FoundCitation[] | undefined {
  let numberStart = wordsAt(text, i, 'No.');
  let several = false;
  if (numberStart < 0) {
    numberStart = wordsAt(text, i, 'Nos.');
    several = true;
  }
  if (numberStart < 0 || !isInlineSpace(text[numberStart] ?? '')) return undefined;
  numberStart++;
  const inPlace = caseNumberPlace(text, i);
  // `Index No. 651872/2023`: the index number of a New York court, after that word only.
  if (wordBefore(text, i) === 'Index') {
    const index = readNyIndex(text, numberStart);
    const found = index ? finish(text, numberStart, index, true) : undefined;
    if (found) found.start = i;
    return found ? [found] : undefined;
  }
  const first = readAnyNumber(text, numberStart, inPlace);
  if (!first) return undefined;
  const out: FoundCitation[] = [first];
  first.start = i;
  if (several) {
    // `Nos. 19-1234, 19-1235`: each number is a case number of its own.
    let pos = first.end;
    for (let n = 1; n < 20; n++) {
      const next = listNext(text, pos);
      if (next < 0) break;
      const more = readAnyNumber(text, next, inPlace);
      if (!more) break;
      out.push(more);
      pos = more.end;
    }
  }
  return out;
}

function listNext(text: string, pos: number): number {
  let i = pos;
  if (text[i] === ',') i++;
  if (!isInlineSpace(text[i] ?? '')) return -1;
  i++;
  if (text.startsWith('and ', i)) i += 4;
  else if (text.startsWith('& ', i)) i += 2;
  return isDigit(text.charCodeAt(i)) ? i : -1;
}

/** A case number of any form at `pos` (after `No.`), with its parentheticals. */
function readAnyNumber(text: string, pos: number, inPlace: boolean): FoundCitation | undefined {
  const read = readDistrict(text, pos) ?? readSdny(text, pos) ?? readTexasAppeal(text, pos) ?? readYearSequence(text, pos) ?? readCalifornia(text, pos);
  if (!read) return undefined;
  return finish(text, pos, read, inPlace);
}

/**
 * A number without `No.` before it: the district and Southern District forms, and a court of
 * appeals number with its type suffix (`22-1456-cv`, as a brief's cover gives it); a bare
 * `22-1456` (a phone number's tail, a range, a date) is not one.
 */
function readBare(text: string, i: number): FoundCitation[] | undefined {
  const read = readDistrict(text, i) ?? readSdny(text, i) ?? appealWithSuffix(text, i);
  if (!read) return undefined;
  const found = finish(text, i, read, false);
  return found ? [found] : undefined;
}

/** `22-1456-cv`, `22-1456-cv(L)` standing alone: a year–sequence number only when its suffix says so. */
function appealWithSuffix(text: string, i: number): NumberRead | undefined {
  const read = readYearSequence(text, i);
  if (!read || read.detail.type === undefined || read.detail.judges.length > 0) return undefined;
  return { ...read, needsContext: false };
}

function readMdl(text: string, i: number): FoundCitation[] | undefined {
  MDL.lastIndex = i;
  const m = MDL.exec(text);
  if (!m || !endsNumber(text, MDL.lastIndex)) return undefined;
  const read: NumberRead = {
    end: MDL.lastIndex,
    needsContext: false,
    detail: { form: 'mdl', number: m[1], type: 'MDL', typeName: 'multidistrict litigation', sequence: m[1], judges: [] },
  };
  const found = finish(text, i, read, true);
  return found ? [found] : undefined;
}

/** Adds the parentheticals (`(SHS)`, `(S.D.N.Y.)`) and builds the citation; undefined when context is missing. */
function finish(text: string, start: number, read: NumberRead, inPlace: boolean): FoundCitation | undefined {
  const detail = read.detail;
  const parts: Record<string, Span> = { number: { start: read.end - detail.number.length, end: read.end } };
  if (detail.form === 'mdl') parts.number = { start: read.end - detail.sequence.length, end: read.end };
  let end = read.end;
  let parenthetical = false;
  for (let k = 0; k < 3; k++) {
    const p = readParenthetical(text, end, detail);
    if (p < 0) break;
    end = p;
    parenthetical = true;
  }
  if (read.needsContext && !inPlace && !parenthetical) return undefined;
  const found: FoundCitation = { kind: 'case-number', start, end };
  if (detail.court) found.court = detail.court;
  found.parts = parts;
  found.detail = detail as unknown as Record<string, unknown>;
  return found;
}

const JUDGES = /^[A-Z]{2,4}(?:(?: ?[/,&] ?| )[A-Z]{2,4})?$/;

/**
 * Reads one parenthetical after a case number at `pos` (a space may come first): judge initials
 * (`(SHS)`, `(AT/KHP)`) or a court (`(S.D.N.Y.)`, `(2d Cir. Mar. 3, 2021)`). Adds what it says to
 * `detail` and returns its end, or -1 when there is none or it says something else.
 */
function readParenthetical(text: string, pos: number, detail: CaseNumberDetail): number {
  let open = pos;
  if (isInlineSpace(text[open] ?? '')) open++;
  if (text[open] !== '(') return -1;
  let close = -1;
  for (let k = open + 1; k < text.length && k - open <= 80; k++) {
    const ch = text[k];
    if (ch === ')') {
      close = k;
      break;
    }
    if (ch === '(' || ch === '\n' || ch === '\r') return -1;
  }
  if (close < 0) return -1;
  const inner = text.slice(open + 1, close).trim();
  if (JUDGES.test(inner)) {
    detail.judges.push(...inner.split(/ ?[/,&] ?| /));
    return close + 1;
  }
  if (detail.court) return -1;
  const { courtText, dateText, after } = splitCourtAndDate(inner);
  if (after !== '') return -1;
  const courtWords = courtText.replace(/[ \u00a0]filed$/, '');
  const match = courtWords ? lookupCourt(courtWords) : undefined;
  if (!match || match.rest !== '' || match.candidates.length === 0) return -1;
  detail.court = courtWords;
  if (match.court) detail.courtName = match.court.name;
  if (dateText) detail.date = dateText;
  return close + 1;
}

/**
 * Reads a case number written on its own (`1:23-cv-08292`, `23 Civ. 8292`, `19-1234`, as a
 * docket list gives it), or undefined.
 */
export function parseCaseNumber(text: string): CaseNumberDetail | undefined {
  const s = text.trim();
  const read = readDistrict(s, 0) ?? readSdny(s, 0) ?? readTexasAppeal(s, 0) ?? readYearSequence(s, 0) ?? readNyIndex(s, 0) ?? readCalifornia(s, 0);
  if (read) return read.detail;
  MDL.lastIndex = 0;
  const m = MDL.exec(s);
  return m ? { form: 'mdl', number: m[1], type: 'MDL', sequence: m[1], judges: [] } : undefined;
}

/** Whether a case number found in a draft names the same case as `docketNumber` (from a docket list). */
export function sameCase(found: CaseNumberDetail, docketNumber: string): boolean {
  const other = parseCaseNumber(docketNumber);
  if (!other) return false;
  if ((found.form === 'mdl') !== (other.form === 'mdl')) return false;
  if (Number(found.sequence) !== Number(other.sequence) || found.year !== other.year) return false;
  return !found.typeName || !other.typeName || found.typeName === other.typeName;
}
