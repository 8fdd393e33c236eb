import type { FoundCitation } from '../../extract/types';
import type { ReaderText } from '../../text/readerText';
import type { Span } from '../../types';
import { findCaseNumbers } from './caseNumbers';
import { PinRead, readPin, readPinBefore } from './pins';
import {
  charBefore, earliest, EN_DASH, isDigit, isHyphen, isInlineSpace, isRangeDash, isWordChar, Occurrences, readDigits, reporterFollows,
  skipGap, splitWords, wordAt, wordBefore, wordSequenceAt,
} from './scan';
import { DOCKET_STYLES, DocketStyle } from './styles';
import type { DocketCiteDetail, DocketEntryRef, DocketPinDetail } from './types';

/**
 * Docket references: docket cites (`Dkt. No. 293`, `Dkt. 69 at ¶¶ 76, 430`, `ECF Nos. 45, 46`,
 * `(ECF No. 15)`, `Doc. 12-1 at 3`, `[DE 45]`) and case numbers (`No. 1:23-cv-08292-SHS`,
 * `23-cv-8292 (S.D.N.Y.)`, `MDL No. 2741`; see `caseNumbers.ts`).
 *
 * Hand-written scanners: the scan stops only at the few characters a cite can start with (found
 * with `indexOf`, each search going forward only), words and numbers are read forward with
 * bounded steps, and a match moves the scan past its end, so the work is linear in the text.
 */
export function extractDocketCites(reader: ReaderText): FoundCitation[] {
  return mergeByStart(findDocketCites(reader.text), findCaseNumbers(reader.text));
}

/**
 * Two lists in order of `start` as one (as a stable sort of the two would give them): docket
 * cites start at a `D`, an `E` or an `R`, case numbers never, so no two share a start.
 */
function mergeByStart(a: FoundCitation[], b: FoundCitation[]): FoundCitation[] {
  const out: FoundCitation[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j].start < x.start) out.push(b[j++]);
    out.push(x);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Most entries read in one list (`ECF Nos. 1, 2, 3, …`); the rest is left as text. */
const MAX_ENTRIES = 50;

/**
 * Docket cites in `text` (reader text), in order. Every style's words start with `D`, with
 * `ECF` or with `R.` (the Sixth Circuit's): the scan stops only there.
 */
export function findDocketCites(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  const triggers = [new Occurrences(text, 'D'), new Occurrences(text, 'ECF'), new Occurrences(text, 'R.')];
  let from = 0;
  for (;;) {
    const i = earliest(triggers, from);
    if (i < 0) break;
    from = i + 1;
    if (i > 0 && !startsWord(text, i)) continue;
    const cite = readDocketCite(text, i);
    if (!cite) continue;
    found.push(cite);
    from = cite.end;
  }
  return found;
}

/** A docket word can start here: not inside a word, an abbreviation (`S.D.E.`) or a compound. */
function startsWord(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  return !isWordChar(p) && p !== 46 /* . */ && p !== 45 /* - */ && p !== 95 /* _ */ && p !== 39 /* ' */ && p !== 0x2019;
}

interface StyleMatch {
  family: DocketStyle;
  /** End of the words. */
  end: number;
  plural: boolean;
}

/** Every written form of every family, split into words once, longest first as in `DOCKET_STYLES`. */
const WRITTEN_FORMS = DOCKET_STYLES.flatMap((family) =>
  family.written.map((written) => ({
    family,
    words: splitWords(written),
    plural: written === family.plural && family.plural !== family.singular,
  })),
);

/**
 * The written forms by the second character of their first word (`k` of `Dkt.`, `o`, `.`, `E`,
 * `C` of `ECF`), each list in the order of `WRITTEN_FORMS`: most capital Ds start other words
 * (`Defendant`, `District`), and the second character rules them out, or all but a few forms.
 */
const FORMS_BY_SECOND = new Map<number, typeof WRITTEN_FORMS>();
for (const form of WRITTEN_FORMS) {
  const second = form.words[0].charCodeAt(1);
  const list = FORMS_BY_SECOND.get(second);
  if (list) list.push(form);
  else FORMS_BY_SECOND.set(second, [form]);
}

function matchStyle(text: string, i: number): StyleMatch | undefined {
  const forms = FORMS_BY_SECOND.get(text.charCodeAt(i + 1));
  if (!forms) return undefined;
  for (const form of forms) {
    if (!text.startsWith(form.words[0], i)) continue;
    const end = wordSequenceAt(text, i, form.words);
    if (end >= 0) return { family: form.family, end, plural: form.plural };
  }
  return undefined;
}

/** Signals after which a bare `DE 45` is a docket cite (a bare `DE 19801` after a comma is Delaware). */
const DE_SIGNALS = new Set(['See', 'see', 'also', 'Cf.', 'cf.', 'accord', 'Accord']);
/** Words before `Doc.` that make it a legislative or international document (`H.R. Doc. No. 105-1`). */
const LEGISLATIVE_WORDS = new Set(['Exec.', 'Misc.', 'Senate', 'House', 'Sen.', 'Cong.', 'Treaty', 'Legis.', 'Comm.']);
/** Words before `Docket No.` that make it an agency or another court's docket (`FERC Docket No.`, `Tax Court Docket No.`). */
const AGENCY_WORDS = new Set(['Court', 'Agency', 'Commission', 'Board', 'Tax', 'Administrative', 'Regulatory', 'Bureau', 'Rulemaking']);
/** All-capital words that still introduce this court's docket (`ECF Docket Entry No. 45`). */
const DOCKET_SYSTEM_WORDS = new Set(['ECF', 'PACER', 'CM']);

/** Whether the context around the words lets them stand for a docket cite (see `DocketStyle.guard`). */
function guardAllows(text: string, i: number, family: DocketStyle, hash: boolean): boolean {
  switch (family.guard) {
    case 'bracket-or-signal': {
      const before = text[i - 1];
      if (before === '[' || before === '(' || hash) return true;
      if (charBefore(text, i) === ';') return true;
      return DE_SIGNALS.has(wordBefore(text, i));
    }
    case 'not-after-legislative': {
      const word = wordBefore(text, i);
      return !(/^(?:[A-Z]\.)+$/.test(word) || LEGISLATIVE_WORDS.has(word));
    }
    case 'not-after-agency': {
      const word = wordBefore(text, i);
      if (DOCKET_SYSTEM_WORDS.has(word)) return true;
      return !(/^[A-Z]{2,6}$/.test(word) || AGENCY_WORDS.has(word));
    }
    default:
      return true;
  }
}

/** One entry, attachment or range as read, with where it ends and where a range's dash is. */
interface EntryRead {
  ref: DocketEntryRef;
  start: number;
  end: number;
}

/**
 * Reads one entry at `pos`: `293`, `12-1` (attachment 1 of entry 12), `12–14` (a range; an en
 * or em dash). Returns undefined when what follows makes it something else: `12-cv-…` (a case
 * number), `12:3`, `12/3`, `12.5`, `12,000`, `12th`.
 */
function readEntry(text: string, pos: number): EntryRead | undefined {
  const aEnd = readDigits(text, pos, 6);
  if (aEnd < 0) return undefined;
  const entry = text.slice(pos, aEnd);
  let end = aEnd;
  let ref: DocketEntryRef = { entry, text: entry };
  const dash = text[aEnd];
  if (isHyphen(dash)) {
    const bEnd = readDigits(text, aEnd + 1, 3);
    if (bEnd < 0) return undefined; // `19-1234`, `23-cv-…`: not an entry
    const attachment = text.slice(aEnd + 1, bEnd);
    ref = { entry, attachment, text: `${entry}-${attachment}` };
    end = bEnd;
  } else if (isRangeDash(dash) && isDigit(text.charCodeAt(aEnd + 1))) {
    const bEnd = readDigits(text, aEnd + 1, 6);
    if (bEnd < 0) return undefined;
    const through = text.slice(aEnd + 1, bEnd);
    if (Number(through) <= Number(entry)) return undefined;
    ref = { entry, through, text: `${entry}${EN_DASH}${through}` };
    end = bEnd;
  }
  if (!endsEntry(text, end)) return undefined;
  return { ref, start: pos, end };
}

/**
 * What may follow an entry number: not a letter or digit, no hyphen joined to more (`12-cv`),
 * and no `:`, `/`, `.` or `,` joined to more of a number. A dash in prose (`Dkt. 12—which`) may.
 */
function endsEntry(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (isWordChar(next)) return false;
  const ch = text[end];
  const after = text.charCodeAt(end + 1);
  if (isHyphen(ch) && isWordChar(after)) return false;
  if ((ch === ':' || ch === '/' || ch === '.' || ch === ',') && isDigit(after)) return false;
  return true;
}

/** A list separator between entries: `, `, `, and `, ` and `, ` & `. Returns the next entry's start or -1. */
function entrySeparator(text: string, pos: number): number {
  let i = pos;
  let comma = false;
  if (text[i] === ',') {
    comma = true;
    i++;
  }
  const spaced = skipGap(text, i);
  if (spaced === i) return -1;
  i = spaced;
  if (wordAt(text, i, 'and') || text[i] === '&') {
    const after = skipGap(text, i + (text[i] === '&' ? 1 : 3));
    if (after === i + (text[i] === '&' ? 1 : 3)) return -1;
    return after;
  }
  return comma ? i : -1;
}

/** Reads a whole docket cite whose words start at `i`, or returns undefined. */
function readDocketCite(text: string, i: number): FoundCitation | undefined {
  const style = matchStyle(text, i);
  if (!style) return undefined;
  // Between the words and the number: a space, a `#` (`Dkt. #45`, `DE#45`), a colon (`DktEntry: 12`).
  let q = skipGap(text, style.end);
  let hash = false;
  if (text[q] === '#') {
    hash = true;
    q = skipGap(text, q + 1);
  }
  if (text[q] === ':' && style.family.style === 'DktEntry') q = skipGap(text, q + 1);
  if (q === style.end || !isDigit(text.charCodeAt(q))) return undefined;
  if (!guardAllows(text, i, style.family, hash)) return undefined;

  const first = readEntry(text, q);
  if (!first) return undefined;
  const entries: EntryRead[] = [first];
  let end = first.end;
  while (entries.length < MAX_ENTRIES) {
    const next = entrySeparator(text, end);
    if (next < 0 || !isDigit(text.charCodeAt(next))) break;
    const item = readEntry(text, next);
    if (!item || reporterFollows(text, item.end)) break;
    entries.push(item);
    end = item.end;
  }
  // `ECF Nos. 45-47`: with a plural word and one hyphenated pair running forward, a range.
  if (style.plural && entries.length === 1 && first.ref.attachment !== undefined && Number(first.ref.attachment) > Number(first.ref.entry)) {
    first.ref = { entry: first.ref.entry, through: first.ref.attachment, text: `${first.ref.entry}${EN_DASH}${first.ref.attachment}` };
  }

  // Built field by field, not with spreads: a draft can hold a hundred thousand of these.
  const parts: Record<string, Span> = { style: { start: i, end: style.end }, lead: { start: i, end: q }, entry0: { start: first.start, end: first.end } };
  for (let k = 1; k < entries.length; k++) parts['entry' + k] = { start: entries[k].start, end: entries[k].end };
  const refs: DocketEntryRef[] = [];
  let entry = '';
  for (const e of entries) {
    refs.push(e.ref);
    entry = entry === '' ? e.ref.text : `${entry}, ${e.ref.text}`;
  }
  const detail: DocketCiteDetail = {
    style: hash ? styleKey(style.family.style, hash) : style.family.style,
    family: style.family.style,
    hash,
    plural: style.plural,
    words: text.slice(i, style.end),
    lead: text.slice(i, q),
    entries: refs,
  };
  const cite: FoundCitation = { kind: 'docket', start: i, end, entry, parts, detail: detail as unknown as Record<string, unknown> };

  // A pin after the entries (`at 3`, `, at 3`, ` ¶ 14`, `, PageID #12`), or before the cite
  // (`Pl.'s Mot. at 5 (ECF No. 15)`).
  let pin = readPinAfter(text, end);
  let before = false;
  if (pin) {
    cite.end = pin.end;
  } else {
    const opener = openerBefore(text, i);
    if (opener >= 0) {
      pin = readPinBefore(text, opener);
      before = pin !== undefined;
    }
  }
  // `R. 45` is a docket cite only with its PageID pin after it (`R. 45, PageID #234`).
  if (style.family.guard === 'pageid' && (!pin || before || pin.kind !== 'pageid')) return undefined;
  if (pin) {
    cite.pinCite = text.slice(pin.start, pin.end);
    parts.pinCite = { start: pin.start, end: pin.end };
    if (pin.mark) parts.pinMark = { start: pin.mark.start, end: pin.mark.end };
    pin.hyphens.forEach((h, k) => (parts['pinHyphen' + k] = { start: h, end: h + 1 }));
    const pinDetail: DocketPinDetail = { kind: pin.kind, spaceAfterMark: pin.spaceAfterMark, count: pin.count, hyphens: pin.hyphens.length, before };
    if (pin.mark) pinDetail.mark = pin.mark.text;
    detail.pin = pinDetail;
  }
  return cite;
}

/** The style a cite is compared by: the family, and whether it writes `#` before the number. */
export function styleKey(family: string, hash: boolean): string {
  return hash ? `${family} #` : family;
}

/** A pin right after the entries: ` at 3`, `, at 3`, ` ¶ 14`, `, ¶ 14`, `, PageID #12`. */
function readPinAfter(text: string, pos: number): PinRead | undefined {
  let i = pos;
  if (text[i] === ',') i++;
  const spaced = skipGap(text, i);
  if (spaced === i) return undefined;
  i = spaced;
  if (wordAt(text, i, 'at')) {
    const body = skipGap(text, i + 2);
    if (body === i + 2) return undefined;
    return readPin(text, body);
  }
  if (text[i] === '\u00b6' || (text[pos] === ',' && text.startsWith('PageID', i))) return readPin(text, i);
  return undefined;
}

/**
 * Where the opening of a parenthetical or comma cite is, when the cite directly follows one:
 * `(ECF No. 15)` → the `(`; `Compl. ¶ 14, ECF No. 1` → the `,`. -1 otherwise.
 */
function openerBefore(text: string, i: number): number {
  let k = i;
  while (k > 0 && i - k < 2 && isInlineSpace(text[k - 1])) k--;
  const ch = text[k - 1];
  if ((ch === '(' || ch === '[') && k === i) return k - 1;
  if (ch === ',' && k < i) return k - 1;
  return -1;
}
