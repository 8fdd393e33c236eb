import type { FoundCitation } from '../../extract/types';
import type { ReaderText } from '../../text/readerText';
import type { Span } from '../../types';
import { DOTTED, squeeze } from './abbreviations';
import type { CitedLocation, RecordCiteDetail, RecordCiteType, RecordLocation } from './types';

/**
 * Record cites: transcripts (`Smith Dep. 45:3–12`, `Tr. 112:4–113:2`, `Hr'g Tr. 12:3`,
 * `Trial Tr. vol. 2, 45:3`, `(Smith Dep.) at 45`), declarations and affidavits (`Jones Decl. ¶ 5`,
 * `Aff. ¶¶ 2–3`), pleadings and papers (`Am. Compl. ¶¶ 12–14`, `Answer ¶ 3`, `Mem. at 4`,
 * `Opp'n at 7`), statements of facts (`SUF ¶ 3`, `Pl.'s 56.1 ¶ 7`, `Def.'s Resp. to SOF ¶ 4`),
 * appendices and records on appeal (`J.A. 123`, `JA123`, `1-ER-45`, `4-ER-874–76`, `SER 12`,
 * `App. 12`, `A-12`, `SPA-3`, `ROA.123`, `ROA.13-12345.123`) and `PageID #234`.
 *
 * The scan stops only where a designator (`Dep.`, `Decl.`, `J.A.`, `ROA`, …) starts a word, found
 * by one global pattern of literals; the name before it is read backwards a few words at most,
 * the locations after it by hand-written scanners. Linear in the text.
 *
 * Not read here, by design: `ECF No. 44-2 at 7` (the dockets family's docket cite) and
 * `Ex. 3 at 12` / `Smith Decl. Ex. 3` (the exhibits family's exhibit cites); a bare `¶ 5`, which
 * names no document; `Rule 56.1`; times, ratios and verses (`10:30`, `3:1`, `John 3:16`).
 */
const ANCHOR = /\b(?:Dep\.|Tr\.|Decl\.|Aff\.|Compl\.|Answer|Mem\.|Opp['’]n|SUMF|SUF|SOF|SMF|56\.1|J\.A\.|JA|S?ER|FER|App\.|SPA-|ROA|Page ?ID|A-(?=\d)|\d{1,2}-[SF]?ER-)/g;

type Anchor = 'transcript' | 'paragraphs' | 'papers' | 'answer' | 'statement' | 'rule56' | 'ja' | 'er' | 'erVolume' | 'app' | 'a' | 'spa' | 'roa' | 'pageid';

function anchorKind(word: string): Anchor | undefined {
  switch (word) {
    case 'Dep.': case 'Tr.': return 'transcript';
    case 'Decl.': case 'Aff.': case 'Compl.': return 'paragraphs';
    case 'Mem.': case "Opp'n": case 'Opp’n': return 'papers';
    case 'Answer': return 'answer';
    case 'SUMF': case 'SUF': case 'SOF': case 'SMF': return 'statement';
    case '56.1': return 'rule56';
    case 'J.A.': case 'JA': return 'ja';
    case 'ER': case 'SER': case 'FER': return 'er';
    case 'App.': return 'app';
    case 'A-': return 'a';
    case 'SPA-': return 'spa';
    case 'ROA': return 'roa';
    case 'PageID': case 'Page ID': return 'pageid';
  }
  return /^\d{1,2}-[SF]?ER-$/.test(word) ? 'erVolume' : undefined;
}

export function extractRecordCites(reader: ReaderText): FoundCitation[] {
  const text = reader.text;
  const out: FoundCitation[] = [];
  const re = new RegExp(ANCHOR.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    const kind = anchorKind(m[0]);
    const cite = kind ? readCite(text, at, at + m[0].length, kind, m[0]) : undefined;
    if (cite) {
      out.push(cite);
      re.lastIndex = Math.max(cite.end, at + 1);
    } else re.lastIndex = at + 1;
  }
  return out;
}

// ---- characters ----------------------------------------------------------------------------

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;

/** Past blanks and at most one line break (not a blank line). */
function skipSpace(text: string, i: number): number {
  let breaks = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) i++;
    else if (c === 10 && breaks === 0) {
      breaks++;
      i++;
    } else if (c === 13 && breaks === 0) {
      breaks++;
      i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else break;
  }
  return i;
}

/** Digits at `i` (at most `max`), or undefined. */
function digitsAt(text: string, i: number, max: number): { value: number; raw: string; end: number } | undefined {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j)) && j - i <= max) j++;
  if (j === i || j - i > max) return undefined;
  return { value: Number(text.slice(i, j)), raw: text.slice(i, j), end: j };
}

/** Whether a word character follows at `i` (a number must end there). */
function wordGoesOn(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isLetter(c) || isDigit(c);
}

// ---- the document's name, read backwards -----------------------------------------------------

/** Capitalised words that are never part of a document's name (signals, sentence openers). */
const STOP_WORDS = new Set(['See', 'Cf.', 'Id.', 'Compare', 'But', 'Accord', 'And', 'Also', 'The', 'In', 'At', 'As', 'Under', 'Per', 'By', 'From', 'To', 'Of', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Contra', 'E.g.', 'Ibid.', 'Supra', 'Ex.', 'Exs.', 'Dkt.', 'ECF', 'No.', 'Doc.']);
/** Abbreviations with a period that may stand inside a name (`Dr. Lee Dep.`), besides T18's. */
const TITLES = new Set(['dr', 'mr', 'ms', 'mrs', 'jr', 'sr', 'st', 'prof', 'hon', 'inj', 'mot', 'prelim', 'summ', 'j', 'p']);
/** Lower-case particles of surnames. */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'da', 'del', 'la', 'le', 'di']);

/** The word that ends at `end` (letters, apostrophes, periods, hyphens), or undefined. */
function wordBefore(text: string, end: number): { start: number; word: string } | undefined {
  let i = end;
  while (i > 0 && end - i < 24) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c) || c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38) i--;
    else break;
  }
  if (i === end || end - i >= 24) return undefined;
  const c = text.charCodeAt(i - 1);
  if (isDigit(c)) return undefined;
  return { start: i, word: text.slice(i, end) };
}

/** Where the name before a designator at `at` begins (`Smith` of `Smith Dep.`), or `at`. */
function nameStart(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < 4; n++) {
    let i = start;
    let k = 0;
    while (i > 0 && isBlank(text.charCodeAt(i - 1)) && k < 2) {
      i--;
      k++;
    }
    if (i > 0 && text.charCodeAt(i - 1) === 10 && k === 0) i--;
    if (i === start || i === 0) break;
    const w = wordBefore(text, i);
    if (!w) break;
    if (w.word === 'to' && n === 0) {
      // `Def.'s Resp. to SOF ¶ 4`.
      const r = wordBefore(text, w.start - 1);
      if (r && (r.word === 'Resp.' || r.word === 'Response') && isBlank(text.charCodeAt(w.start - 1))) {
        start = r.start;
        continue;
      }
      break;
    }
    if (!acceptsName(w.word)) break;
    start = w.start;
  }
  return start;
}

function acceptsName(word: string): boolean {
  if (STOP_WORDS.has(word)) return false;
  const first = word.charCodeAt(0);
  if (!isUpper(first)) return PARTICLES.has(word);
  if (word.endsWith('.') || word.endsWith("'") || word.endsWith('’') || word.includes("'s") || word.includes('’s')) {
    const key = squeeze(word);
    return DOTTED.has(key) || TITLES.has(key) || /^[A-Z]\.$/.test(word);
  }
  return true;
}

// ---- one cite -----------------------------------------------------------------------------------

interface Parsed {
  type: RecordCiteType;
  locations: CitedLocation[];
  end: number;
  parts: Record<string, Span>;
}

function readCite(text: string, at: number, anchorEnd: number, kind: Anchor, word: string): FoundCitation | undefined {
  // The designator must end a word (`Answers`, `JAMES` are not ours), but `JA123` and `ER45` run on.
  const after = text.charCodeAt(anchorEnd);
  if (kind !== 'ja' && kind !== 'er' && kind !== 'a' && kind !== 'spa' && kind !== 'erVolume' && kind !== 'roa' && isLetter(after)) return undefined;
  if ((kind === 'ja' || kind === 'er' || kind === 'roa') && isLetter(after)) return undefined;
  if (at > 0 && (isLetter(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46 || text.charCodeAt(at - 1) === 45)) return undefined;
  switch (kind) {
    case 'transcript':
    case 'paragraphs':
    case 'papers':
    case 'answer':
    case 'statement':
    case 'rule56':
      return readNamed(text, at, anchorEnd, kind);
    case 'ja':
      return readPaged(text, at, anchorEnd, word === 'JA' ? 'JA' : 'J.A.', word === 'JA' && isDigit(after) ? 'JAN' : `${word} N`, 'ja', false);
    case 'er':
      return readEr(text, at, anchorEnd, word);
    case 'erVolume': {
      const dash = word.indexOf('-');
      const volume = word.slice(0, dash);
      const doc = word.slice(dash + 1, -1);
      return readPaged(text, at, anchorEnd, doc, `N-${doc}-N`, `${doc.toLowerCase()}|${volume}`, false, volume, { start: at, end: at + dash });
    }
    case 'app':
      return citationContext(text, at) ? readPaged(text, at, anchorEnd, 'App.', 'App. N', 'app', false) : undefined;
    case 'a':
      return citationContext(text, at) ? readPaged(text, at, anchorEnd, 'A', 'A-N', 'a', true) : undefined;
    case 'spa':
      return readPaged(text, at, anchorEnd, 'SPA', 'SPA-N', 'spa', true);
    case 'roa':
      return readRoa(text, at, anchorEnd);
    case 'pageid':
      return readPageId(text, at, anchorEnd, word);
  }
}

/**
 * Where a bare appendix designator (`App. 12`, `A-12`, `ER 45`) can start a citation: after an
 * opening parenthesis or bracket, a semicolon, a comma, a colon, at a line's start, or after a
 * signal. `Cal. App. 4th`, `Tex. App.` and `the ER 3 times` are not record cites.
 */
function citationContext(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1)) && at - i < 3) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 40 || c === 91 || c === 59 || c === 44 || c === 58 || c === 10 || c === 13) return true;
  if (i === at) return false;
  const w = wordBefore(text, i);
  return w !== undefined && /^(?:[Ss]ee|also|[Cc]f\.|accord|e\.g\.,?|[Cc]ompare|and|with)$/.test(w.word);
}

/** A transcript, declaration, pleading or statement: a name, its designator, its locations. */
function readNamed(text: string, at: number, anchorEnd: number, kind: Anchor): FoundCitation | undefined {
  let start = nameStart(text, at);
  let docEnd = anchorEnd;
  const parts: Record<string, Span> = {};
  // `(Smith Dep.) at 45`: the name in parentheses, the pin after them.
  let parenthesized = false;
  let i = anchorEnd;
  if (text.charCodeAt(i) === 41 && start > 0 && text.charCodeAt(start - 1) === 40) {
    parenthesized = true;
    i++;
  }
  let document = text.slice(start, docEnd).replace(/\s+/g, ' ');
  if (kind === 'rule56') {
    // `Pl.'s 56.1 ¶ 7`, `Defs.' 56.1 Stmt. ¶ 4`: a party's statement, never `Rule 56.1`.
    if (start === at || !/(?:'s|’s|s'|s’)\s*$/.test(text.slice(start, at))) return undefined;
    const stmt = /^ (?:Stmt\.|Statement|Counterstmt\.)/.exec(text.slice(i, i + 16));
    if (stmt) {
      i += stmt[0].length;
      docEnd = i;
      document = text.slice(start, docEnd).replace(/\s+/g, ' ');
    }
  }
  parts.document = { start, end: docEnd };
  let volume: string | undefined;
  let j = skipSpace(text, i);
  if (kind === 'transcript' && !parenthesized) {
    // `Trial Tr. vol. 2, 45:3`, `Hr'g Tr. Vol. II at 4:2`.
    const v = /^[Vv]ol\. ?(\d{1,3}|[IVX]{1,5})(,)? ?/.exec(text.slice(j, j + 14));
    if (v) {
      volume = v[1];
      parts.volume = { start: j + v[0].indexOf(v[1]), end: j + v[0].indexOf(v[1]) + v[1].length };
      j = skipSpace(text, j + v[0].length);
    }
  }
  let usesAt = false;
  if (text.startsWith('at', j) && !wordGoesOn(text, j + 2)) {
    usesAt = true;
    j = skipSpace(text, j + 2);
  } else if (parenthesized) {
    return undefined;
  }
  let parsed: Parsed | undefined;
  const c = text.charCodeAt(j);
  if (c === 0xb6 && kind !== 'transcript' && kind !== 'papers') parsed = readParagraphs(text, j);
  else if (kind === 'transcript') parsed = isDigit(c) ? readTranscript(text, j, usesAt) : undefined;
  else if (usesAt && isDigit(c) && kind !== 'answer' && kind !== 'statement' && kind !== 'rule56') parsed = readPages(text, j, false, 'pages');
  if (!parsed) return undefined;
  if (parenthesized) start -= 1;
  const key = squeeze(document) + (volume ? `|${volume}` : '');
  const form = `${parenthesized ? `(${document})` : document}${usesAt ? ' at' : ''}`;
  return citation(start, parsed.end, document, volume, { ...parts, ...parsed.parts }, { key, type: parsed.type, form, locations: parsed.locations });
}

/** `¶ 5`, `¶¶ 3–4`, `¶¶ 3, 5–7` at the paragraph sign `i`. */
function readParagraphs(text: string, i: number): Parsed | undefined {
  let j = i + 1;
  if (text.charCodeAt(j) === 0xb6) j++;
  j = skipSpace(text, j);
  const locations: CitedLocation[] = [];
  const parts: Record<string, Span> = {};
  let end = j;
  for (let n = 0; n < 64; n++) {
    const first = digitsAt(text, j, 4);
    if (!first || wordGoesOn(text, first.end) && !isDash(text.charCodeAt(first.end))) break;
    const loc: CitedLocation = { location: { paragraph: first.value, endParagraph: first.value }, part: `loc${n}` };
    let k = first.end;
    const second = rangeEnd(text, k, 4, n, loc, parts);
    if (second) {
      loc.location.endParagraph = second.value;
      k = second.end;
    }
    parts[loc.part] = { start: j, end: k };
    locations.push(loc);
    end = k;
    const next = /^(?:, ?(?:and |& )?|, ¶ ?| & | and )(?=\d)/.exec(text.slice(k, k + 8));
    if (!next) break;
    j = k + next[0].length;
  }
  return locations.length ? { type: 'paragraphs', locations, end, parts } : undefined;
}

/** `45:3–12`, `45:20–46:4`, `45:3, 47:2–5`, `45` (a page) at `i`. */
function readTranscript(text: string, i: number, usesAt: boolean): Parsed | undefined {
  const locations: CitedLocation[] = [];
  const parts: Record<string, Span> = {};
  let j = i;
  let end = i;
  for (let n = 0; n < 64; n++) {
    const page = digitsAt(text, j, 5);
    if (!page) break;
    const loc: CitedLocation = { location: { page: page.value }, part: `loc${n}` };
    let k = page.end;
    let hasLine = false;
    if (text.charCodeAt(k) === 58 && isDigit(text.charCodeAt(k + 1))) {
      const line = digitsAt(text, k + 1, 2);
      if (!line) break;
      loc.location.line = line.value;
      hasLine = true;
      k = line.end;
    }
    if (wordGoesOn(text, k)) break;
    if (isDash(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1))) {
      const a = digitsAt(text, k + 1, 5);
      if (a) {
        let b: ReturnType<typeof digitsAt>;
        let stop = a.end;
        if (text.charCodeAt(a.end) === 58 && isDigit(text.charCodeAt(a.end + 1))) {
          b = digitsAt(text, a.end + 1, 2);
          if (b) stop = b.end;
        }
        if (!wordGoesOn(text, stop) && (hasLine || !b)) {
          markDash(text, k, n, loc, parts);
          if (b) {
            loc.location.endPage = a.value;
            loc.location.endLine = b.value;
          } else if (hasLine) {
            loc.location.endPage = page.value;
            loc.location.endLine = a.value;
          } else {
            loc.location.endPage = a.value;
          }
          k = stop;
        }
      }
    }
    if (loc.location.endPage === undefined) {
      loc.location.endPage = page.value;
      if (hasLine) loc.location.endLine = loc.location.line;
    }
    parts[loc.part] = { start: j, end: k };
    locations.push(loc);
    end = k;
    // Another location only in the page:line form (`45:3, 47:2`), never a bare number after a comma.
    const next = /^(?:, ?|; ?| & | and )(?=\d{1,5}:\d)/.exec(text.slice(k, k + 6));
    if (!next || !hasLine) break;
    j = k + next[0].length;
  }
  if (!locations.length) return undefined;
  return { type: 'transcript', locations, end, parts };
}

/** Pages: `123`, `123–25`, `874–76`, `12, 15` at `i`. `short`: `A-12`, `SPA-3` take no list. */
function readPages(text: string, i: number, single: boolean, type: RecordCiteType): Parsed | undefined {
  const locations: CitedLocation[] = [];
  const parts: Record<string, Span> = {};
  let j = i;
  let end = i;
  for (let n = 0; n < 64; n++) {
    const first = digitsAt(text, j, 6);
    if (!first) break;
    let k = first.end;
    if (wordGoesOn(text, k) || (text.charCodeAt(k) === 58 && isDigit(text.charCodeAt(k + 1)))) break;
    const loc: CitedLocation = { location: { page: first.value, endPage: first.value }, part: `loc${n}` };
    const second = rangeEnd(text, k, 6, n, loc, parts);
    if (second) {
      loc.location.endPage = expandShortEnd(first.raw, second.raw);
      k = second.end;
    }
    parts[loc.part] = { start: j, end: k };
    locations.push(loc);
    end = k;
    if (single) break;
    // Another page: `, 456` not followed by a reporter or a word (`J.A. 12, 125 F.3d` is not).
    const next = /^, ?(?=\d{1,6}(?:[,;.)\]]|[–-]\d|$| (?![A-Z])))/.exec(text.slice(k, k + 12));
    if (!next) break;
    j = k + next[0].length;
  }
  if (!locations.length) return undefined;
  return { type, locations, end, parts };
}

/** The end of a range at the dash `k` (`–12`), the dash marked on `loc`; undefined when there is none. */
function rangeEnd(text: string, k: number, max: number, n: number, loc: CitedLocation, parts: Record<string, Span>): ReturnType<typeof digitsAt> {
  if (!isDash(text.charCodeAt(k))) return undefined;
  const second = digitsAt(text, k + 1, max);
  if (!second || wordGoesOn(text, second.end)) return undefined;
  markDash(text, k, n, loc, parts);
  return second;
}

function markDash(text: string, k: number, n: number, loc: CitedLocation, parts: Record<string, Span>): void {
  loc.dash = text[k];
  loc.dashPart = `dash${n}`;
  parts[loc.dashPart] = { start: k, end: k + 1 };
}

/** `874–76` ends at 876: a shorter end takes the start's leading digits. */
export function expandShortEnd(start: string, end: string): number {
  if (end.length >= start.length) return Number(end);
  return Number(start.slice(0, start.length - end.length) + end);
}

/** `J.A. 123`, `JA123`, `4-ER-874–76`, `App. 12`, `A-12`, `SPA-3`: a designator, then pages. */
function readPaged(text: string, at: number, anchorEnd: number, document: string, form: string, key: string, single: boolean, volume?: string, volumeSpan?: Span): FoundCitation | undefined {
  let j = anchorEnd;
  if (!single && !isDigit(text.charCodeAt(j))) {
    j = skipSpace(text, j);
    if (text.startsWith('at ', j)) j = skipSpace(text, j + 3);
  }
  if (!isDigit(text.charCodeAt(j))) return undefined;
  const parsed = readPages(text, j, single, 'pages');
  if (!parsed) return undefined;
  const docEnd = volumeSpan ? anchorEnd - 1 : anchorEnd - (single ? 1 : 0);
  const parts: Record<string, Span> = { document: { start: volumeSpan ? volumeSpan.end + 1 : at, end: docEnd }, ...parsed.parts };
  if (volumeSpan) parts.volume = volumeSpan;
  const detail: RecordCiteDetail = { key, type: 'pages', form, locations: parsed.locations };
  return citation(at, parsed.end, document, volume, parts, detail);
}

/** `ER 45`, `ER45`, `SER 12`, `4 ER 874` (the Ninth Circuit writes `4-ER-874`). */
function readEr(text: string, at: number, anchorEnd: number, word: string): FoundCitation | undefined {
  // A volume before it: `4 ER 874`.
  let start = at;
  let volume: string | undefined;
  const m = /(?:^|[\s(;,])(\d{1,2}) $/.exec(text.slice(Math.max(0, at - 4), at));
  if (m) {
    volume = m[1];
    start = at - 1 - m[1].length;
  }
  if (!volume && !citationContext(text, at)) return undefined;
  const cite = readPaged(text, at, anchorEnd, word, volume ? `N ${word} N` : `${word} N`, volume ? `${word.toLowerCase()}|${volume}` : word.toLowerCase(), false, volume);
  if (!cite) return undefined;
  cite.start = start;
  const d = cite.detail as unknown as RecordCiteDetail;
  // Not the Ninth Circuit's form; when the volume is known, that form is certain: `4-ER-874–76`.
  d.courtForm = { rule: '9th-cir' };
  if (volume) d.courtForm.text = `${volume}-${word}-${pagesText(d.locations.map((l) => l.location))}`;
  if (volume) cite.parts!.volume = { start, end: start + volume.length };
  return cite;
}

/** `ROA.123`, `ROA.13-12345.123`, `ROA 123`, `ROA. 123` (the Fifth Circuit writes `ROA.123`). */
function readRoa(text: string, at: number, anchorEnd: number): FoundCitation | undefined {
  let j = anchorEnd;
  let courtForm = true;
  let appeal: string | undefined;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j++;
    const m = /^(\d{2}-\d{3,6})\.(?=\d)/.exec(text.slice(j, j + 14));
    if (m) {
      appeal = m[1];
      j += m[0].length;
    }
  } else {
    courtForm = false;
    if (text.charCodeAt(j) === 46) j++;
    const k = skipSpace(text, j);
    if (k === j || !isDigit(text.charCodeAt(k))) return undefined;
    j = k;
  }
  const parsed = readPages(text, j, false, 'pages');
  if (!parsed) return undefined;
  const detail: RecordCiteDetail = { key: appeal ? `roa|${appeal}` : 'roa', type: 'pages', form: courtForm ? 'ROA.N' : text.slice(anchorEnd, j).includes('.') ? 'ROA. N' : 'ROA N', locations: parsed.locations };
  if (appeal) detail.appeal = appeal;
  if (!courtForm) detail.courtForm = { rule: '5th-cir', text: `ROA.${pagesText(parsed.locations.map((l) => l.location))}` };
  return citation(at, parsed.end, 'ROA', undefined, { document: { start: at, end: anchorEnd }, ...parsed.parts }, detail);
}

/** `PageID #234`, `PageID.234-235`, `Page ID # 234`, `PageID 234` (the Sixth Circuit writes `PageID #234`). */
function readPageId(text: string, at: number, anchorEnd: number, word: string): FoundCitation | undefined {
  const m = /^(?:\.|(?: ?#) ?| )(?=\d)/.exec(text.slice(anchorEnd, anchorEnd + 4));
  if (!m) return undefined;
  const j = anchorEnd + m[0].length;
  const parsed = readPages(text, j, false, 'pages');
  if (!parsed) return undefined;
  const written = `${word}${text.slice(anchorEnd, j)}N`;
  const detail: RecordCiteDetail = { key: 'pageid', type: 'pages', form: written, locations: parsed.locations };
  if (written !== 'PageID #N') detail.courtForm = { rule: '6th-cir', text: `PageID #${pagesText(parsed.locations.map((l) => l.location), true)}` };
  return citation(at, parsed.end, 'PageID', undefined, { document: { start: at, end: anchorEnd }, ...parsed.parts }, detail);
}

/** Pages as the courts' forms write them: `874–76`, `45, 47`; `full`: both ends in full (`234–235`). */
export function pagesText(locations: RecordLocation[], full = false): string {
  return locations
    .map((l) => {
      if (l.endPage === undefined || l.endPage === l.page) return String(l.page);
      const a = String(l.page);
      const b = String(l.endPage);
      return `${a}–${full ? b : shortEnd(a, b)}`;
    })
    .join(', ');
}

/** `876` after `874` as `76`: the end's digits from the first that differs (at least two). */
function shortEnd(a: string, b: string): string {
  if (a.length !== b.length) return b;
  let i = 0;
  while (i < a.length - 2 && a[i] === b[i]) i++;
  return b.slice(i);
}

function citation(start: number, end: number, document: string, volume: string | undefined, parts: Record<string, Span>, detail: RecordCiteDetail): FoundCitation {
  const cite: FoundCitation = { kind: 'record', start, end, document };
  if (volume !== undefined) cite.volume = volume;
  cite.locations = detail.locations.map((l) => l.location);
  cite.parts = parts;
  cite.detail = detail as unknown as Record<string, unknown>;
  return cite;
}

/**
 * The locations of an `Id.` pin cite (`47:2`, `¶ 6`, `14`) that refers to a record cite of `type`
 * (the cases family reads the pin; this reads it as the record does).
 */
export function pinLocations(pin: string, type: RecordCiteType): CitedLocation[] {
  let parsed: Parsed | undefined;
  if (pin.charCodeAt(0) === 0xb6) parsed = readParagraphs(pin, 0);
  else if (!isDigit(pin.charCodeAt(0))) parsed = undefined;
  else if (type === 'transcript') parsed = readTranscript(pin, 0, true);
  else parsed = readPages(pin, 0, false, 'pages');
  return parsed?.locations ?? [];
}

/** The record detail of a citation (undefined for other kinds). */
export function recordDetail(c: { kind: string; detail?: Record<string, unknown> }): RecordCiteDetail | undefined {
  return c.kind === 'record' && c.detail && typeof (c.detail as { key?: unknown }).key === 'string' ? (c.detail as unknown as RecordCiteDetail) : undefined;
}

export type { Parsed };
