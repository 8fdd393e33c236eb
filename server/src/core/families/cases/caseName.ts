/**
 * The case name before a citation: `Am. Geophysical Union v. Texaco Inc.` in
 * `See, e.g., Am. Geophysical Union v. Texaco Inc., 60 F.3d 913`.
 *
 * A lawyer italicises case names, so an emphasised range ending at the comma before the volume is
 * the best evidence (signals such as `See, e.g.,` inside it are stripped). Without emphasis
 * (plain text, a PDF conversion) the name is read backwards word by word while the words look
 * like a party name, and accepted only when it has the shape of one (`v.`, `In re`, `Ex parte`,
 * `ex rel.`). Every look-back is bounded, so the scan stays linear in the draft.
 */
import type { Span } from '../../types';
import {
  EmphasisIndex, isBlank, isDigit, isJsSpace, isLineBreak, isLineNumberAt, isLower, isSpace, isUpper, lineNumberEnd, skipInlineSpaceBack, squeezeSpace,
} from './scan';

export interface CaseNameFound extends Span {
  /** The name as a reader reads it, white space collapsed. */
  name: string;
  /** The signal before the name (`See, e.g.,`), if any. */
  signal?: string;
  /** A docket number between the name and the citation (`No. 19-cv-1234`). */
  docketNumber?: Span & { text: string };
  /** Reader offset where the emphasis holding the name starts, when the name is italicised. */
  emphasisStart?: number;
}

/** Signals (Bluebook rule 1.2), longest first so `See also` wins over `See`. */
const SIGNALS = [
  'But see, e.g.,', 'but see, e.g.,', 'See, e.g.,', 'see, e.g.,', 'See also', 'see also', 'See generally', 'see generally',
  'But see', 'but see', 'But cf.', 'but cf.', 'Compare', 'compare', 'Contra', 'contra', 'Accord', 'accord',
  'E.g.,', 'e.g.,', 'See', 'see', 'Cf.', 'cf.', 'with',
];

/** Words that may sit inside a party name in lower case. */
const CONNECTORS = new Set([
  'of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'der', 'den', 'ex', 'rel.', 'v.', 'vs.', 'v',
  're', 'parte', 'on', 'in', 'a', 'an', 'to', 'et', 'al.', 'by', 'through', '&', 'd/b/a', 'f/k/a', 'n/k/a', 'as', 'upon', 'y',
]);

/** Capitalised words that begin a sentence or a clause, never a party name. */
const STOP_WORDS = new Set([
  'Under', 'As', 'In', 'See', 'But', 'Cf.', 'Compare', 'Accord', 'Contra', 'Also', 'Like', 'Unlike', 'Following', 'Citing',
  'Quoting', 'Per', 'After', 'Because', 'Since', 'Although', 'While', 'Where', 'When', 'Here', 'Thus', 'Moreover', 'Indeed',
  'Accordingly', 'Likewise', 'Similarly', 'Even', 'If', 'Whether', 'That', 'This', 'These', 'Those', 'Then', 'Yet', 'So',
  'And', 'Or', 'Nor', 'Further', 'Furthermore', 'Finally', 'Notably', 'Specifically', 'Relying', 'Applying', 'Consistent',
  'Recently', 'E.g.,', 'Id.', 'Ibid.', 'Hence', 'Therefore', 'However', 'Plaintiffs', 'Defendants', 'Plaintiff', 'Defendant',
]);

/** Abbreviations longer than five characters that end with a period inside a name (Bluebook T6, T10). */
const LONG_ABBREVIATIONS = new Set([
  'Admin.', 'Advert.', 'Agric.', 'Assocs.', 'Broad.', 'Compens.', 'Condo.', 'Consol.', 'Constr.', 'Distrib.', 'Indem.',
  'Indep.', 'Indus.', 'Telecomm.', 'Transcon.', 'Transp.', 'Rehab.', 'Reprod.', 'Maint.', 'Pharm.', 'Solic.', 'Unemp.',
  'Metro.', 'Merch.', 'Utils.', 'Equal.', 'Equip.', 'Mortg.', 'Envtl.', 'Found.', 'Prods.', 'Servs.', 'Litig.', 'Sols.', 'Tech.',
  'Enters.', 'Holdings.', 'Grp.', 'Cmty.', 'Cnty.', 'Comput.', 'Elecs.', 'Ents.', 'Entm.', 'Fla.', 'Mass.', 'Mich.', 'Minn.',
  'Miss.', 'Wash.', 'Conn.', 'Colo.', 'Calif.', 'Okla.', 'Tenn.', 'Ariz.', 'Wis.', 'Wyo.', 'Nev.', 'Neb.',
]);

/** How far back a case name may start. */
const MAX_LOOKBACK = 300;
const MAX_WORDS = 30;

/** The shape of a name that can stand alone as a full citation's case name. */
const NAME_SHAPE = /(?:^|\s)(?:v\.?|vs\.|ex rel\.)\s|^(?:In re|Ex parte|In the Matter of|Matter of|Estate of|Application of|Petition of|In the Interest of|Succession of|Adoption of)\s/;

/**
 * The case name ending at the comma before `pos` (the volume of a citation, or `supra`), if any.
 * `short`: the name of a short form (`Texaco, 60 F.3d at 920`), which may be one or two words.
 */
export function caseNameBefore(text: string, emphasis: EmphasisIndex, pos: number, short: boolean): CaseNameFound | undefined {
  const beforeComma = commaBefore(text, pos);
  if (beforeComma < 0) return undefined;
  return caseNameEndingAt(text, emphasis, beforeComma, short);
}

/**
 * The case name ending at `nameEnd` (exclusive): the offset of the comma after it in the Bluebook
 * form, or of the blank before the year in the California form (`Baral v. Schnitt (2016) 1 Cal.5th`).
 */
export function caseNameEndingAt(text: string, emphasis: EmphasisIndex, nameEnd: number, short: boolean): CaseNameFound | undefined {
  const docket = docketNumberBefore(text, nameEnd);
  if (docket) {
    const c = commaBefore(text, docket.start);
    if (c < 0) return undefined;
    nameEnd = c;
  }
  const found = fromEmphasis(text, emphasis, nameEnd) ?? fromWords(text, nameEnd, short);
  if (!found) return undefined;
  if (!short && !NAME_SHAPE.test(found.name)) {
    // An italic name without `v.` (`The Paquete Habana`) is still a name; a guessed one is not.
    if (!found.emphasised) return undefined;
  }
  const signal = signalBefore(text, found.start) ?? found.signal;
  const result: CaseNameFound = { start: found.start, end: found.end, name: found.name };
  if (found.emphasisStart !== undefined) result.emphasisStart = found.emphasisStart;
  if (signal) result.signal = signal;
  if (docket) result.docketNumber = docket;
  return result;
}

/** Offset of the comma that ends a name right before `pos` (white space between), or -1. */
function commaBefore(text: string, pos: number): number {
  const i = skipInlineSpaceBack(text, pos);
  if (i === pos || text.charCodeAt(i - 1) !== 44) return -1;
  return i - 1;
}

const DOCKET_NUMBER = /(?:(?:Civ(?:il)?\.?|Civil Action|C\.A\.|Case|Index|Docket|Crim(?:inal)?\.?|Cr\.|Misc\.|Adv\.(?: Pro\.)?|Bankr\.|Appeal) )?Nos?\. ?[A-Za-z0-9][A-Za-z0-9:._\-–]{0,30}(?: (?:Civ|Cr|Crim|CV|Misc)\.? [0-9][0-9\-–]{0,12})?(?:(?:, | & | and )[A-Za-z0-9][A-Za-z0-9:._\-–]{0,30}){0,4}(?: \([A-Z]{2,5}\))?$/;

/** A docket number ending at `end` (`No. 19-cv-1234`, `Nos. 18-1, 18-2`, `No. 1:20-cv-1 (LAK)`). */
function docketNumberBefore(text: string, end: number): (Span & { text: string }) | undefined {
  const from = Math.max(0, end - 140);
  const window = text.slice(from, end);
  if (!window.includes('No')) return undefined;
  const m = DOCKET_NUMBER.exec(window);
  if (!m || !/\d/.test(m[0])) return undefined;
  const start = from + m.index;
  if (start > 0 && !isSpace(text.charCodeAt(start - 1))) return undefined;
  return { start, end, text: m[0] };
}

interface RawName extends Span {
  name: string;
  emphasised: boolean;
  emphasisStart?: number;
  signal?: string;
}

/** An emphasised range ending at the comma (`*Texaco*,`) or just after it (`*Texaco,*`). */
function fromEmphasis(text: string, emphasis: EmphasisIndex, comma: number): RawName | undefined {
  let rangeEnd = comma;
  let rangeStart = emphasis.startEndingAt(comma);
  if (rangeStart < 0) rangeStart = emphasis.startEndingAt(++rangeEnd);
  if (rangeStart < 0 || rangeEnd - rangeStart > 400) return undefined;
  let start = rangeStart;
  let signal: string | undefined;
  for (;;) {
    const s = signalAt(text, start, comma);
    if (!s) break;
    signal = signal ? `${signal} ${s.signal}` : s.signal;
    start = s.end;
  }
  let end = Math.min(rangeEnd, comma);
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--;
  if (end <= start) return undefined;
  const first = text.charCodeAt(start);
  if (!isUpper(first) && !isDigit(first)) return undefined;
  return { start, end, name: squeezeSpace(text.slice(start, end)), emphasised: true, emphasisStart: rangeStart, signal };
}

/** A signal starting at `pos` and the offset after it and its comma and space. */
function signalAt(text: string, pos: number, limit: number): { signal: string; end: number } | undefined {
  const initial = text.charCodeAt(pos);
  const candidates = initial < 128 ? SIGNALS_BY_INITIAL[initial] : undefined;
  if (!candidates) return undefined;
  for (const s of candidates) {
    if (!text.startsWith(s, pos)) continue;
    let i = pos + s.length;
    if (i < text.length && isAsciiLetter(text.charCodeAt(i))) continue;
    if (text.charCodeAt(i) === 44) i++;
    const after = i;
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    if (i === after || i >= limit) continue;
    return { signal: s.endsWith(',') ? s.slice(0, -1) : s, end: i };
  }
  return undefined;
}

const SIGNAL_SET = new Set(SIGNALS);

/**
 * The signals (all ASCII) by the code of one of their characters, in the order of SIGNALS: an
 * array indexed by character code, read far faster than a map in these hot loops.
 */
function signalsByChar(at: (s: string) => number): Array<string[] | undefined> {
  const groups: Array<string[] | undefined> = new Array(128).fill(undefined);
  for (const s of SIGNALS) {
    const c = at(s);
    (groups[c] ??= []).push(s);
  }
  return groups;
}

/** The signals by their last character. */
const SIGNALS_BY_FINAL = signalsByChar((s) => s.charCodeAt(s.length - 1));
/** The signals by their first character. */
const SIGNALS_BY_INITIAL = signalsByChar((s) => s.charCodeAt(0));

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The signal that ends right before `pos` (`See, e.g., ` before a name), if any: within the 24
 * characters before `pos`, a signal at the window's start or after white space, `(` or `;`, then
 * perhaps a comma, then white space up to `pos`. Where several fit, the one starting first wins
 * (`See also`, not `also`).
 */
function signalBefore(text: string, pos: number): string | undefined {
  const c = text.charCodeAt(pos - 1);
  if (!(c === 32 || c === 10 || c === 9 || c === 0xa0)) return undefined;
  const from = Math.max(0, pos - 24);
  let w = pos;
  while (w > from && isJsSpace(text.charCodeAt(w - 1))) w--;
  const comma = w > from && text.charCodeAt(w - 1) === 44;
  let best: string | undefined;
  let bestStart = pos;
  // The signal ends at the white space, or before a comma there.
  for (let e = w; e >= (comma ? w - 1 : w) && e > from; e--) {
    const final = text.charCodeAt(e - 1);
    const candidates = final < 128 ? SIGNALS_BY_FINAL[final] : undefined;
    if (!candidates) continue;
    for (const s of candidates) {
      const start = e - s.length;
      if (start < from || start >= bestStart || !text.startsWith(s, start)) continue;
      if (start > from) {
        const before = text.charCodeAt(start - 1);
        if (!isJsSpace(before) && before !== 40 && before !== 59) continue;
      }
      best = s;
      bestStart = start;
    }
  }
  return best === undefined ? undefined : best.endsWith(',') ? best.slice(0, -1) : best;
}

interface Word extends Span {
  text: string;
}

/** Reads words backwards from `end` (exclusive) while they can belong to a party name. */
function fromWords(text: string, end: number, short: boolean): RawName | undefined {
  // Words are read one at a time, as the judging below needs them (a name is a few words; the
  // look-back allows thirty).
  const reader = new WordsBack(text, end);
  const words = reader.words;
  // words[0] is the last word of the name; walk from it backwards deciding where the name starts.
  let startIndex = -1;
  for (let k = 0; k < words.length || reader.next(); k++) {
    const verdict = judgeWord(words, k);
    if (verdict === 'stop') break;
    if (verdict === 'last') {
      startIndex = k;
      break;
    }
    startIndex = k;
  }
  if (startIndex < 0) return undefined;
  // Trim from the front: lower-case connectors and stop words cannot start a name.
  while (startIndex >= 0) {
    const text0 = words[startIndex].text;
    const w = stripPunctuation(text0.charCodeAt(0) === 40 ? text0.slice(1) : text0);
    const c = w.charCodeAt(0);
    const opensName = (w === 'In' && nextIs(words, startIndex, ['re', 'the', 'Matter'])) || (w === 'Ex' && nextIs(words, startIndex, ['parte']));
    if ((isUpper(c) || isDigit(c)) && (!STOP_WORDS.has(w) || opensName)) break;
    startIndex--;
  }
  if (startIndex < 0) return undefined;
  // `2 Stuart v. Laird` opening a line: the number of a footnote, not a word of the name.
  if (startIndex > 0 && /^\d{1,3}$/.test(words[startIndex].text) && atLineStart(text, words[startIndex].start)) startIndex--;
  if (short && startIndex >= 6 && !words.slice(0, startIndex + 1).some((w) => w.text === 'v.' || w.text === 'vs.')) return undefined;
  let start = words[startIndex].start;
  // A name opening a citation sentence in parentheses (`(Baral v. Schnitt (2016) …`).
  if (text.charCodeAt(start) === 40) start++;
  const raw = text.slice(start, end);
  if (/[()[\]";:“”]/.test(raw) && /[()[\]";:“”]/.test(raw.replace(/(?:^|\s)\([A-Z][A-Za-z.'’]{0,20}\)(?=[\s,]|$)/g, ' '))) return undefined;
  return { start, end, name: squeezeSpace(withoutLineNumbers(raw)), emphasised: false };
}

/** A name wrapped across lines of pleading paper, without the line numbers in the margin. */
function withoutLineNumbers(raw: string): string {
  if (raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) return raw;
  return raw.replace(/([\r\n])[ \t]{0,24}(?:[1-9]|1\d|2[0-8])[ \t]{2,24}(?=\S)/g, '$1');
}

/** Whether only blanks stand between the start of its line and `pos`. */
function atLineStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 24 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || isLineBreak(text.charCodeAt(i - 1));
}

/** The words before `end`, read backwards on demand, within the look-back. */
class WordsBack {
  readonly words: Word[] = [];
  private i: number;
  private readonly limit: number;
  private done = false;

  constructor(private readonly text: string, end: number) {
    this.i = end;
    this.limit = Math.max(0, end - MAX_LOOKBACK);
  }

  /** Reads one more word into `words`; false when there is none to read. */
  next(): boolean {
    const text = this.text;
    const limit = this.limit;
    if (this.done || this.i <= limit || this.words.length >= MAX_WORDS) return false;
    this.done = true; // until a word is read
    let j = this.i;
    // A pleading-paper line number in the margin (`17      Jones, 311 F.3d`) is no word of the name.
    for (let n = 0; n < 2; n++) {
      let k = j;
      while (k > limit && isBlank(text.charCodeAt(k - 1))) k--;
      let d = k;
      while (d > limit && k - d < 2 && isDigit(text.charCodeAt(d - 1))) d--;
      if (d === k || d <= limit || !isLineNumberAt(text, d) || lineNumberEnd(text, d) !== j) break;
      j = d;
    }
    while (j > limit && isBlank(text.charCodeAt(j - 1))) j--;
    if (j > limit && isLineBreak(text.charCodeAt(j - 1))) {
      // One line break inside a name is a wrapped line; a blank line ends it.
      let k = j - 1;
      if (text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 13) k--;
      let m = k;
      while (m > limit && isBlank(text.charCodeAt(m - 1))) m--;
      if (m > limit && isLineBreak(text.charCodeAt(m - 1))) return false;
      j = m;
    }
    let w = j;
    while (w > limit && !isSpace(text.charCodeAt(w - 1))) w--;
    if (w === j) return false;
    if (w === limit && limit > 0) return false; // the word may go on beyond the look-back
    this.words.push({ start: w, end: j, text: text.slice(w, j) });
    this.i = w;
    this.done = false;
    return true;
  }
}

function nextIs(words: Word[], k: number, options: string[]): boolean {
  return k > 0 && options.includes(stripPunctuation(words[k - 1].text));
}

function stripPunctuation(w: string): string {
  return w.endsWith(',') ? w.slice(0, -1) : w;
}

/**
 * Whether word `k` (counting backwards from the end of the name) belongs to the name:
 * `take` (and go on), `last` (take it, the name starts here), `stop` (the name starts after it).
 */
function judgeWord(words: Word[], k: number): 'take' | 'last' | 'stop' {
  let raw = words[k].text;
  if (PAREN_WORD.test(raw)) return 'take';
  // `(Baral` opens the name: the parenthesis opens the citation sentence.
  if (raw.length > 1 && raw.charCodeAt(0) === 40 && isUpper(raw.charCodeAt(1)) && !hasNameBreak(raw.slice(1))) {
    raw = raw.slice(1);
    const w = stripPunctuation(raw);
    return STOP_WORDS.has(w) || SIGNAL_SET.has(raw) || SIGNAL_SET.has(w) ? 'stop' : 'last';
  }
  if (hasNameBreak(raw)) return 'stop';
  const w = stripPunctuation(raw);
  if (w.length === 0) return 'stop';
  if (w === 'In' && nextIs(words, k, ['re', 'the', 'Matter'])) return 'last';
  if (w === 'Ex' && nextIs(words, k, ['parte'])) return 'last';
  if (STOP_WORDS.has(w) || SIGNAL_SET.has(raw) || SIGNAL_SET.has(w)) return 'stop';
  const c = w.charCodeAt(0);
  // `al-Kidd`, `el-Masri`, `d'Alessio`: a lower-case particle joined to a capitalised name.
  if (isLower(c)) return CONNECTORS.has(w) || PARTICLE_NAME.test(w) ? 'take' : 'stop';
  // `137, Stuart v. Laird`: the page of the citation before, not a word of this name.
  if (isDigit(c) && raw.endsWith(',') && /^\d+$/.test(w)) return 'stop';
  if (!isUpper(c) && !isDigit(c) && w !== '&') return 'stop';
  // Numbers belong to names (`21st Century`, `3M`) but not when they end a sentence (`… at 920.`).
  if (isDigit(c) && (!/^\d+(?:st|nd|rd|th|d|[A-Z])?\.?$/.test(w) || (w.endsWith('.') && k > 0))) return 'stop';
  // A word ending a sentence (`Microsoft.`) ends the name search: the name starts after it. A
  // comma after the period (`Utils., Inc.`) shows an abbreviation: no sentence ends `.,`.
  if (w.endsWith('.') && k > 0 && !raw.endsWith('.,') && !isAbbreviation(w)) return 'stop';
  return 'take';
}

/** A lower-case particle joined to a capitalised name: `al-Kidd`, `el-Masri`, `d'Alessio`. */
const PARTICLE_NAME = /^[a-z]{1,3}[-'’][A-Z][A-Za-z'’-]{0,30}[.,]?$/;
/** One capitalised word in parentheses inside a party name: `(Master)`, `(USA)`, `(Del.)`. */
const PAREN_WORD = /^\([A-Z][A-Za-z.'’]{0,20}\),?$/;

/** Whether a word holds a mark no party name holds: `;`, `:`, a parenthesis, a bracket, a quotation mark. */
function hasNameBreak(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** Whether a capitalised word ending in a period is an abbreviation rather than a sentence's end. */
export function isAbbreviation(w: string): boolean {
  if (w.length <= 5) return true; // `Inc.`, `Corp.`, `Am.`, `Co.`, `T.`
  if (w.includes("'") || w.includes('’')) return true; // `Ass'n`, `Publ'ns`
  if (/^(?:[A-Z]\.){2,}$/.test(w)) return true; // `U.S.`, `N.Y.`
  return LONG_ABBREVIATIONS.has(w);
}
