/**
 * Quotations attributed to a record cite, checked against the text of the cited record document
 * (issue 17, first slice). Pure: the draft's text and citations and the record the service read.
 *
 * A quotation is an inline one (`“…”` or `"…"`) immediately followed, in its sentence, by a
 * record cite (`“I never saw it.” Smith Dep. 45:3–5.`, `(Smith Dep. 45:3–5)`), or a Markdown
 * block quotation (`>` lines) with a record cite on the line after it (or ending its last line).
 *
 * Both sides are compared as words: case, quotation marks, punctuation, line breaks, a word
 * hyphenated at a line's end, transcript line numbers and `Q.`/`A.` markers do not count.
 * A `[bracketed]` word in the quotation matches any word or words (`[t]he`: a letter's case changed),
 * an ellipsis any run of words, `[sic]` and a trailing `(emphasis added)` nothing.
 */
import { sharedKey, type RuleContext } from '../../analysis';
import { findingsOf } from '../../rules/rule';
import type { Citation, Finding, Fix } from '../../types';
import { recordCites, resolveRecordCite } from './catalog';
import { pinLocations, recordDetail } from './extract';
import type { RecordCiteDetail, RecordDocument, RecordLocation, RecordText } from './types';

const PASS = sharedKey<Map<string, Finding[]>>('record quote findings');

export function quoteFindings(ctx: RuleContext, code: string): Finding[] {
  return findingsOf(ctx, PASS, runQuoteChecks, code);
}

// ---------------------------------------------------------------------------------------------
// Words

/** One token of a quotation: a word, a bracketed alteration (one word or more), or an ellipsis (any run). */
export type QuoteToken = { kind: 'word'; word: string } | { kind: 'any' } | { kind: 'gap' };

const WORD_CHAR = /[\p{L}\p{N}']/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  return WORD_CHAR.test(ch);
}

function fold(word: string): string {
  return word.toLowerCase().replace(/^'+|'+$/g, '');
}

/** Curly apostrophes and quotation marks as straight ones. */
function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** The words of a run of text (folded), with the offset each begins at. */
function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  const s = straighten(text);
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && (isWordChar(s[i]) || (s[i] === '-' && isWordChar(s[i + 1] ?? '') && isWordChar(s[i - 1])))) i++;
    const word = fold(s.slice(start, i).replace(/-/g, ''));
    if (word) out.push({ word, start, end: i });
  }
  return out;
}

const TRAILING_PARENTHETICAL = /\s*\((?:[^()]{0,60}\b(?:added|omitted|original|modified|supplied)|cleaned up|citation modified)\)\s*[.,;:]?\s*$/i;

/** A quotation's text as tokens. */
export function quoteTokens(quoted: string): QuoteToken[] {
  // The parenthetical is looked for at the end only (a regular expression over a long text is not).
  let text = straighten(quoted);
  const tail = Math.max(0, text.length - 120);
  text = text.slice(0, tail) + text.slice(tail).replace(TRAILING_PARENTHETICAL, '');
  const out: QuoteToken[] = [];
  let word = '';
  let wordHasText = false;
  const flush = () => {
    const w = fold(word);
    if (w && wordHasText) out.push({ kind: 'word', word: w });
    word = '';
    wordHasText = false;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '[') {
      const near = text.slice(i + 1, i + 62).indexOf(']');
      const close = near < 0 ? -1 : i + 1 + near;
      if (close > i && close - i <= 60) {
        const inner = text.slice(i + 1, close).trim();
        const before = i > 0 && isWordChar(text[i - 1]);
        const after = close + 1 < text.length && isWordChar(text[close + 1]);
        if (/^(?:…|\.\s?\.\s?\.(?:\s?\.)?)$/.test(inner)) {
          flush();
          out.push({ kind: 'gap' });
        } else if (/^sic!?$/i.test(inner)) {
          // `[sic]`: nothing of the source.
        } else if (before || after || inner === '') {
          // `[t]he`, `employ[ee]`, `fail[]`: part of a word; the letters as written.
          word += inner;
          wordHasText = true;
        } else {
          flush();
          out.push({ kind: 'any' });
        }
        i = close + 1;
        continue;
      }
    }
    if (ch === '…') {
      flush();
      pushGap(out);
      i++;
      continue;
    }
    if (ch === '.') {
      const m = /^\.(?:\s?\.){2,3}/.exec(text.slice(i, i + 8));
      if (m) {
        flush();
        pushGap(out);
        i += m[0].length;
        continue;
      }
    }
    if (isWordChar(ch)) {
      word += ch;
      wordHasText = true;
    } else if (ch === '-' && wordHasText && i + 1 < text.length && isWordChar(text[i + 1])) {
      // `long-standing` is one word, as the record's `long-` / `standing` at a line's end is.
    } else flush();
    i++;
  }
  flush();
  return out;
}

function pushGap(out: QuoteToken[]): void {
  if (out[out.length - 1]?.kind !== 'gap') out.push({ kind: 'gap' });
}

// ---------------------------------------------------------------------------------------------
// The record document as words, with an index

/** Where a word of a record document is: a page and line, a paragraph, or a page. */
export interface WordPlace {
  page?: number;
  line?: number;
  paragraph?: number;
}

export interface DocumentWords {
  kind: RecordText['kind'];
  words: string[];
  places: WordPlace[];
  /** Each word's positions in `words`. */
  index: Map<string, number[]>;
  /** Each word's place as one number, rising through the document (`placeKey`). */
  keys: Float64Array;
}

/** A place as one number that rises through the document: page and line, or paragraph. */
export function placeKey(p: WordPlace): number {
  return p.paragraph !== undefined ? p.paragraph : (p.page ?? 0) * 10000 + (p.line ?? 0);
}

const wordCache = new WeakMap<RecordText, DocumentWords>();

const SPEAKER = /^\s*(?:[QA]\.(?=\s|$)|[QA](?=\s{2,}|\t))/;

/** The document's words in order, where each is, and an index from word to positions (made once per read file). */
export function documentWords(content: RecordText): DocumentWords {
  const known = wordCache.get(content);
  if (known) return known;
  const words: string[] = [];
  const places: WordPlace[] = [];
  let hyphen = false;
  const add = (line: string, place: WordPlace) => {
    const text = line.replace(SPEAKER, (m) => ' '.repeat(m.length));
    const found = wordsOf(text);
    found.forEach((w, k) => {
      if (k === 0 && hyphen && words.length && /^\p{Ll}/u.test(text.slice(w.start))) {
        words[words.length - 1] += w.word;
        return;
      }
      words.push(w.word);
      places.push(place);
    });
    // A word hyphenated at the line's end (`emp-` / `loyee`) is one word.
    const trimmed = text.trimEnd();
    hyphen = found.length > 0 && trimmed.endsWith('-') && found[found.length - 1].end === trimmed.length - 1;
  };
  const addLines = (from: number, to: number, place: WordPlace) => {
    for (const line of content.text.slice(from, to).split('\n')) add(line, place);
  };
  if (content.kind === 'transcript') {
    for (const page of content.pages) for (const line of page.lines) add(content.text.slice(line.start, line.end), { page: page.number, line: line.number });
  } else if (content.kind === 'paragraphs') {
    for (const p of content.paragraphs) {
      hyphen = false;
      addLines(p.start, p.end, { paragraph: p.number });
    }
  } else {
    for (const page of content.pages) addLines(page.start, page.end, { page: page.number });
  }
  const index = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = index.get(w);
    if (list) list.push(i);
    else index.set(w, [i]);
  });
  const keys = new Float64Array(places.length);
  places.forEach((p, i) => (keys[i] = placeKey(p)));
  const made = { kind: content.kind, words, places, index, keys };
  wordCache.set(content, made);
  return made;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** An ellipsis stands for at most this many words of the record when the quotation is looked for. */
const GAP_WORDS = 150;
/** A bracket is looked for as standing for up to this many words (it may stand for more where the passage is found). */
const BRACKET_WORDS = 4;
/** Words around where a quotation is expected that an altered one may be found in. */
const SLACK = 12;
/** The rarest words of a quotation whose occurrences are tried. */
const ANCHORS = 3;
/** Occurrences of the rarest anchor tried (all of them, or the search is not certain), and of the others. */
const RAREST_OCCURRENCES = 300;
const OCCURRENCES = 40;
/** Cells of the alignment made for one quotation, at most, and the widest window aligned (in record words). */
const MOST_CELLS = 4_000_000;
const MOST_WINDOW = 3000;
/** Words of a quotation compared (a longer one is compared on its first words). */
const MOST_WORDS = 400;

export interface QuoteDifference {
  /** The quotation's words that differ (empty: the record has words the quotation leaves out). */
  draft: string[];
  /** The record's words in their place (empty: the quotation has words the record lacks). */
  record: string[];
}

export interface QuoteMatch {
  /** First and last word of the record matched (positions in `DocumentWords.words`). */
  first: number;
  last: number;
  /** Words that differ; empty when the quotation is exact. */
  differences: QuoteDifference[];
  /** Of the quotation's words, how many matched exactly. */
  matched: number;
  /** The quotation's words (not brackets or ellipses). */
  words: number;
}

/**
 * Where the record reads the quotation: every exact match found, or else the closest passage
 * with its differences (none when no passage shares enough words).
 */
export function matchQuote(
  tokens: readonly QuoteToken[],
  doc: DocumentWords,
  near: ReadonlyArray<readonly [number, number]> = [],
): { exact: QuoteMatch[]; closest?: QuoteMatch; uncertain?: boolean } {
  const pattern = trimGaps(tokens.slice(0, MOST_WORDS));
  const literal = pattern.filter((t): t is { kind: 'word'; word: string } => t.kind === 'word');
  if (!literal.length) return { exact: [] };
  // The rarest words are anchors: each occurrence of one is a place the quotation may be.
  const distinct = [...new Set(literal.map((t) => t.word))].map((w) => ({ w, n: doc.index.get(w)?.length ?? 0 })).filter((a) => a.n > 0);
  distinct.sort((a, b) => a.n - b.n);
  const windows: Array<[number, number]> = [];
  const span = reach(pattern);
  // The places the caller expects it (the pin), each in full and alone: the passage found first
  // in a window is the one that ends first, so one within the pin is found there.
  const pins = near.map(([a, b]): [number, number] => [a, Math.min(doc.words.length, Math.max(b, a + span) + SLACK)]);
  distinct.slice(0, ANCHORS).forEach(({ w }, rank) => {
    const at = pattern.findIndex((t) => t.kind === 'word' && t.word === w);
    const before = reach(pattern.slice(0, at));
    const after = reach(pattern.slice(at + 1));
    for (const pos of doc.index.get(w)!.slice(0, rank === 0 ? RAREST_OCCURRENCES : OCCURRENCES)) {
      windows.push([Math.max(0, pos - before - SLACK), Math.min(doc.words.length, pos + after + SLACK + 1)]);
    }
  });
  let uncertainty = (distinct[0]?.n ?? 0) > RAREST_OCCURRENCES;
  const exact: QuoteMatch[] = [];
  let closest: QuoteMatch | undefined;
  const seen = new Set<string>();
  // The work is bounded: so many cells of the alignment for one quotation, a window so wide.
  let budget = MOST_CELLS;
  for (const [from, to] of [...pins, ...mergeWindows(windows, MOST_WINDOW)]) {
    const cells = (pattern.length + 1) * (to - from + 1);
    if (cells > budget) {
      uncertainty = true;
      break;
    }
    budget -= cells;
    const m = align(pattern, doc.words, from, to);
    if (!m) continue;
    const key = `${m.first}:${m.last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (m.differences.length === 0) exact.push(m);
    else if (!closest || m.matched > closest.matched || (m.matched === closest.matched && m.differences.length < closest.differences.length)) closest = m;
  }
  const uncertain = uncertainty;
  if (exact.length) return { exact };
  // "Most words match": at least two, and more than half of the quotation's.
  if (closest && closest.matched >= 2 && closest.matched * 2 > closest.words) return { exact, closest, uncertain };
  return { exact, uncertain };
}

function trimGaps(tokens: QuoteToken[]): QuoteToken[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && tokens[a].kind === 'gap') a++;
  while (b > a && tokens[b - 1].kind === 'gap') b--;
  return tokens.slice(a, b);
}

/** How many record words `tokens` may span at most. */
function reach(tokens: readonly QuoteToken[]): number {
  let n = 0;
  for (const t of tokens) n += t.kind === 'gap' ? GAP_WORDS : t.kind === 'any' ? BRACKET_WORDS : 1;
  return n;
}

/** Overlapping windows as one, while that one is at most `widest` words wide (each window holds a whole passage the quotation may be). */
function mergeWindows(windows: Array<[number, number]>, widest: number): Array<[number, number]> {
  windows.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last && w[0] <= last[1] && Math.max(last[1], w[1]) - last[0] <= widest) last[1] = Math.max(last[1], w[1]);
    else if (last && w[0] >= last[0] && w[1] <= last[1]) continue;
    else out.push([w[0], w[1]]);
  }
  return out;
}

/**
 * The best alignment of the quotation with a passage of `words[from, to)` (its start and end
 * free): a word matched costs nothing, a word changed, added or left out costs one, an ellipsis
 * passes over any run of record words, a bracket takes one word or more.
 */
function align(pattern: readonly QuoteToken[], words: readonly string[], from: number, to: number): QuoteMatch | undefined {
  const n = pattern.length;
  const m = to - from;
  if (m <= 0) return undefined;
  const width = m + 1;
  const cost = new Int32Array((n + 1) * width);
  // 0 diagonal, 1 up (quotation token without a record word), 2 left (record word skipped), 3 a record word a bracket takes.
  const move = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    const t = pattern[i - 1];
    const row = i * width;
    const up = (i - 1) * width;
    cost[row] = t.kind === 'gap' ? cost[up] : cost[up] + 1;
    move[row] = 1;
    for (let j = 1; j <= m; j++) {
      if (t.kind === 'gap') {
        const stay = cost[up + j];
        const skip = cost[row + j - 1];
        if (skip < stay) {
          cost[row + j] = skip;
          move[row + j] = 2;
        } else {
          cost[row + j] = stay;
          move[row + j] = 1;
        }
        continue;
      }
      if (t.kind === 'any') {
        // A bracket stands for one word or more (`[he was]` for `are you`).
        let best = cost[up + j - 1];
        let how = 0;
        const prev = move[row + j - 1];
        if (j > 1 && (prev === 0 || prev === 3) && cost[row + j - 1] < best) {
          best = cost[row + j - 1];
          how = 3;
        }
        if (cost[up + j] + 1 < best) {
          best = cost[up + j] + 1;
          how = 1;
        }
        cost[row + j] = best;
        move[row + j] = how;
        continue;
      }
      const same = t.word === words[from + j - 1];
      let best = cost[up + j - 1] + (same ? 0 : 1);
      let how = 0;
      if (cost[up + j] + 1 < best) {
        best = cost[up + j] + 1;
        how = 1;
      }
      if (cost[row + j - 1] + 1 < best) {
        best = cost[row + j - 1] + 1;
        how = 2;
      }
      cost[row + j] = best;
      move[row + j] = how;
    }
  }
  // The passage that ends first; of those as close that are not exact, the first whose last word
  // is the quotation's last (`i do recall` ends at `recall` of `i do not recall`, not at `do`).
  let end = 1;
  for (let j = 1; j <= m; j++) if (cost[n * width + j] < cost[n * width + end]) end = j;
  const last = pattern[n - 1];
  if (cost[n * width + end] > 0 && last.kind === 'word') {
    for (let j = end; j <= m; j++) {
      if (cost[n * width + j] === cost[n * width + end] && move[n * width + j] === 0 && words[from + j - 1] === last.word) {
        end = j;
        break;
      }
    }
  }
  // Walk back, gathering the differences.
  const differences: QuoteDifference[] = [];
  let open: QuoteDifference | undefined;
  const differ = (draft?: string, record?: string) => {
    open ??= { draft: [], record: [] };
    if (draft !== undefined) open.draft.unshift(draft);
    if (record !== undefined) open.record.unshift(record);
  };
  const close = () => {
    if (open) differences.unshift(open);
    open = undefined;
  };
  let i = n;
  let j = end;
  let first = end;
  let matched = 0;
  let started = false;
  while (i > 0) {
    const t = pattern[i - 1];
    const how = j === 0 ? 1 : move[i * width + j];
    if (how === 0) {
      const w = words[from + j - 1];
      if (t.kind === 'word' && t.word === w) {
        matched++;
        close();
      } else if (t.kind === 'word') differ(t.word, w);
      else close();
      first = j;
      started = true;
      i--;
      j--;
    } else if (how === 3) {
      first = j;
      started = true;
      j--;
    } else if (how === 1) {
      if (t.kind === 'word') differ(t.word, undefined);
      else if (t.kind === 'any') differ('[…]', undefined);
      else close();
      i--;
    } else {
      if (t.kind !== 'gap' && started) differ(undefined, words[from + j - 1]);
      j--;
    }
  }
  close();
  if (!started) return undefined;
  const literal = pattern.filter((t) => t.kind === 'word').length;
  return { first: from + first - 1, last: from + end - 1, differences, matched, words: literal };
}

// ---------------------------------------------------------------------------------------------
// Quotations in the draft

export interface DraftQuotation {
  /** The quoted text (source offsets), without its quotation marks or `>` markers. */
  start: number;
  end: number;
  text: string;
  /** The record cite (or `Id.` referring to one) it is attributed to. */
  cite: Citation;
}

/** Longest inline quotation looked for, in characters. */
const MOST_QUOTE = 4000;

/** What may stand between a quotation and its cite: punctuation, a parenthetical such as `(emphasis added)`, a signal. */
const BETWEEN = /^[\s.,;:!?'’\u201d"]*(?:\((?:[^()]{0,40})\)[\s.,;:]*)?[\s([]*(?:(?:see(?:\s+also)?|accord|cf\.|quoting)\s+)?$/i;

/** Inline and block quotations of `source` attributed to one of `cites` (in document order, source offsets). */
export function findQuotations(source: string, cites: readonly Citation[]): DraftQuotation[] {
  const out: DraftQuotation[] = [];
  if (!cites.length) return out;
  let k = 0;
  /** The first cite beginning at or after `at`, if only `BETWEEN` text stands before it. */
  const citeAfter = (at: number): Citation | undefined => {
    while (k < cites.length && cites[k].start < at) k++;
    const c = cites[k];
    if (!c || c.start - at > 80) return undefined;
    return BETWEEN.test(source.slice(at, c.start)) ? c : undefined;
  };
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i];
    const lineStart = i === 0 || source[i - 1] === '\n';
    if (lineStart && /^ {0,3}>/.test(source.slice(i, i + 5))) {
      i = blockQuote(source, i, cites, out, (at) => {
        while (k < cites.length && cites[k].start < at) k++;
        return k;
      });
      continue;
    }
    // A straight mark opens a quotation only where a word does not end before it (`5" screen`),
    // and closes one only after a word or punctuation, with no word right after it.
    if (ch === '\u201c' || (ch === '"' && !(i > 0 && isWordChar(source[i - 1])))) {
      const closer = ch === '"' ? '"' : '\u201d';
      let j = i + 1;
      while (j < n && j - i < MOST_QUOTE && source[j] !== closer && !(source[j] === '\n' && /^\s*\n/.test(source.slice(j + 1, j + 40)))) j++;
      const closes = j < n && source[j] === closer && (closer !== '"' || (!/\s/.test(source[j - 1]) && !(j + 1 < n && isWordChar(source[j + 1]))));
      if (closes) {
        const cite = citeAfter(j + 1);
        if (cite) out.push({ start: i + 1, end: j, text: source.slice(i + 1, j), cite });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** A Markdown block quotation at `start`: its lines, and the cite on the line after (or ending its last line). Returns where scanning goes on. */
function blockQuote(source: string, start: number, cites: readonly Citation[], out: DraftQuotation[], firstAfter: (at: number) => number): number {
  const lines: Array<{ start: number; end: number }> = [];
  let i = start;
  while (i < source.length) {
    const m = /^ {0,3}> ?/.exec(source.slice(i, i + 6));
    if (!m) break;
    let end = source.indexOf('\n', i);
    if (end < 0) end = source.length;
    lines.push({ start: i + m[0].length, end });
    i = end + 1;
  }
  const blockEnd = lines[lines.length - 1].end;
  const k = firstAfter(start);
  // A cite inside the block's last line, with nothing but `(` or a signal before it.
  const last = lines[lines.length - 1];
  let cite: Citation | undefined;
  let textEnd = blockEnd;
  for (let c = k; c < cites.length && cites[c].start < blockEnd; c++) {
    if (cites[c].start >= last.start && /^[\s(]*(?:(?:see(?:\s+also)?|accord|cf\.)\s+)?$/i.test(source.slice(last.start, cites[c].start))) {
      cite = cites[c];
      textEnd = lines.length > 1 ? lines[lines.length - 2].end : last.start;
      lines.pop();
      break;
    }
  }
  if (!cite) {
    // The next line that is not blank.
    let j = i;
    while (j < source.length && (source[j] === ' ' || source[j] === '\t' || source[j] === '\r')) j++;
    if (source[j] === '\n') {
      j++;
      while (j < source.length && (source[j] === ' ' || source[j] === '\t' || source[j] === '\r')) j++;
    }
    let c = k;
    while (c < cites.length && cites[c].start < j) c++;
    const lineEnd = source.indexOf('\n', j);
    if (c < cites.length && (lineEnd < 0 || cites[c].start < lineEnd) && /^[\s(]*(?:(?:see(?:\s+also)?|accord|cf\.)\s+)?$/i.test(source.slice(j, cites[c].start))) cite = cites[c];
  }
  if (cite && lines.length) {
    const text = lines.map((l) => source.slice(l.start, l.end)).join('\n');
    out.push({ start: lines[0].start, end: Math.min(textEnd, lines[lines.length - 1].end), text, cite });
  }
  return Math.max(i, start + 1);
}

// ---------------------------------------------------------------------------------------------
// The checks

interface Attribution {
  /** The record cite itself, or the record cite an `Id.` refers to. */
  target: Citation;
  detail: RecordCiteDetail;
  locations: RecordLocation[];
  /** The span of the pin as written, when it is one location a fix may rewrite. */
  pin?: { start: number; end: number; paragraphSign: boolean; dash: string };
}

function attribution(c: Citation, byId: () => Map<string, Citation>, source: string): Attribution | undefined {
  const detail = recordDetail(c);
  if (detail) {
    const locs = detail.locations;
    let pin: Attribution['pin'];
    const span = locs.length === 1 ? c.parts?.[locs[0].part] : undefined;
    if (span) pin = pinSpan(source, span, c.start, locs[0].dash);
    return { target: c, detail, locations: locs.map((l) => l.location), pin };
  }
  if (c.kind !== 'id' || c.antecedent === undefined) return undefined;
  const target = byId().get(c.antecedent);
  const tdetail = target && recordDetail(target);
  if (!target || !tdetail) return undefined;
  if (c.pinCite === undefined) return { target, detail: tdetail, locations: tdetail.locations.map((l) => l.location) };
  const locs = pinLocations(c.pinCite, tdetail.type);
  const span = locs.length === 1 ? c.parts?.pinCite : undefined;
  return { target, detail: tdetail, locations: locs.map((l) => l.location), pin: span && pinSpan(source, span, c.start, /[-–—]/.exec(c.pinCite)?.[0]) };
}

/** The pin's span, with the `¶` or `¶¶` before it (a fix may need to change one into the other). */
function pinSpan(source: string, span: { start: number; end: number }, floor: number, dash: string | undefined): Attribution['pin'] {
  let start = span.start;
  let k = start;
  while (k > floor && (source[k - 1] === ' ' || source[k - 1] === '\u00a0')) k--;
  if (source[k - 1] === '¶') {
    start = k - 1;
    if (source[start - 1] === '¶' && start - 1 >= floor) start--;
  }
  return { start, end: span.end, paragraphSign: source[start] === '¶', dash: dash ?? '–' };
}

function runQuoteChecks(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (!ctx.sources.record) return out;
  const { citations, reader } = ctx.analysis;
  if (!recordCites(ctx.analysis).length) return out;
  let map: Map<string, Citation> | undefined;
  const byId = () => (map ??= new Map(citations.map((x) => [x.id, x])));
  const candidates = citations.filter((c) => {
    if (recordDetail(c)) return true;
    const target = c.kind === 'id' && c.antecedent !== undefined ? byId().get(c.antecedent) : undefined;
    return target !== undefined && recordDetail(target) !== undefined;
  });
  const source = reader.source;
  for (const q of findQuotations(source, candidates)) {
    const a = attribution(q.cite, byId, source);
    if (!a) continue;
    const document = resolveRecordCite(a.target, ctx.sources).document;
    if (!document?.content) continue;
    const f = checkQuotation(q, a, document, document.content);
    if (f) out.push(f);
  }
  return out;
}

function checkQuotation(q: DraftQuotation, a: Attribution, document: RecordDocument, content: RecordText): Finding | undefined {
  const tokens = quoteTokens(q.text);
  if (!tokens.some((t) => t.kind === 'word')) return undefined;
  const doc = documentWords(content);
  const pinned = pinCheckable(a, content);
  const { exact, closest, uncertain } = matchQuote(tokens, doc, pinned ? pinWords(doc, a.locations) : []);
  const name = a.target.document ?? document.name;
  const span = { start: q.start, end: q.end };
  const ids = [...new Set([q.cite.id, a.target.id])];
  if (exact.length) {
    if (!pinned || exact.some((m) => withinPin(doc, m, a.locations))) return undefined;
    const where = placeText(doc, exact[0]);
    const fixes: Fix[] = [];
    if (a.pin) {
      const newText = pinText(doc, exact[0], a.pin);
      if (newText) fixes.push({ title: `Cite ${newText}`, edits: [{ start: a.pin.start, end: a.pin.end, newText }], preferred: true });
    }
    const cited = `at ${a.pin ? pinAsWritten(q, a) : locationsText(a.locations)}`;
    return {
      code: 'quote-pin-mismatch',
      severity: 'warning',
      ...span,
      message: `This quotation is in ${name} at ${where}, not ${cited}.`,
      fixes,
      related: [{ start: q.cite.start, end: q.cite.end, message: 'the cite' }],
      citations: ids,
    };
  }
  // Too common words to have looked everywhere: only an exact quotation is told.
  if (uncertain) return undefined;
  if (closest) {
    const shown = closest.differences.slice(0, 3).map(differenceText);
    const more = closest.differences.length - shown.length;
    return {
      code: 'quote-altered',
      severity: 'warning',
      ...span,
      message: `This quotation differs from ${name} at ${placeText(doc, closest)} beyond what brackets and ellipses mark: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
      fixes: [],
      citations: ids,
    };
  }
  return {
    code: 'quote-not-found',
    severity: 'error',
    ...span,
    message: `${name} does not contain this quotation ("${excerpt(tokens)}").`,
    fixes: [],
    citations: ids,
  };
}

/** The pin as written in the draft. */
function pinAsWritten(q: DraftQuotation, a: Attribution): string {
  return q.cite.text.slice(a.pin!.start - q.cite.start, a.pin!.end - q.cite.start);
}

/** Cited locations as the message names them: `10:5–6`, `11:20–12:3`, `page 10`, `¶ 4`, `¶¶ 3–4`. */
function locationsText(locations: readonly RecordLocation[]): string {
  const one = (l: RecordLocation): string => {
    if (l.paragraph !== undefined) return l.endParagraph !== undefined && l.endParagraph !== l.paragraph ? `¶¶ ${l.paragraph}–${l.endParagraph}` : `¶ ${l.paragraph}`;
    const endPage = l.endPage ?? l.page;
    if (l.line === undefined) return endPage !== l.page ? `pages ${l.page}–${endPage}` : `page ${l.page}`;
    if (endPage !== l.page) return `${l.page}:${l.line}–${endPage}:${l.endLine ?? ''}`.replace(/:$/, '');
    return l.endLine !== undefined && l.endLine !== l.line ? `${l.page}:${l.line}–${l.endLine}` : `${l.page}:${l.line}`;
  };
  return locations.map(one).join(', ');
}

function differenceText(d: QuoteDifference): string {
  const draft = d.draft.join(' ');
  const record = d.record.join(' ');
  if (!record) return `"${draft}" in the draft, not in the record`;
  if (!draft) return `"${record}" in the record, left out without an ellipsis`;
  return `"${draft}" in the draft, "${record}" in the record`;
}

function excerpt(tokens: readonly QuoteToken[]): string {
  const words = tokens.map((t) => (t.kind === 'word' ? t.word : t.kind === 'any' ? '[…]' : '…'));
  return words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : words.join(' ');
}

/** Whether the cite's pins say where in this document to look. */
function pinCheckable(a: Attribution, content: RecordText): boolean {
  if (!a.locations.length) return false;
  if (a.detail.type === 'transcript' && content.kind === 'transcript') return a.locations.some((l) => l.page !== undefined);
  if (a.detail.type === 'paragraphs' && content.kind === 'paragraphs') return a.locations.some((l) => l.paragraph !== undefined);
  return false;
}

/** The words of the document at each pinned location (ranges of positions). */
function pinWords(doc: DocumentWords, locations: readonly RecordLocation[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const l of locations) {
    const range = locationRange(l);
    if (!range) continue;
    const [from, to] = range;
    const a = lowerBound(doc.keys, from);
    const b = lowerBound(doc.keys, to + 0.5);
    if (a < b) out.push([a, b]);
  }
  return out;
}

function lowerBound(keys: Float64Array, value: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function withinPin(doc: DocumentWords, m: QuoteMatch, locations: readonly RecordLocation[]): boolean {
  const inside = (p: WordPlace) => locations.some((l) => placeIn(p, l));
  return inside(doc.places[m.first]) && inside(doc.places[m.last]);
}

/** A cited location as a range of `placeKey`s: `45:3–5`, `45` (the whole page), `¶¶ 4–6`. */
function locationRange(l: RecordLocation): [number, number] | undefined {
  if (l.paragraph !== undefined) return [l.paragraph, l.endParagraph ?? l.paragraph];
  if (l.page === undefined) return undefined;
  const endPage = l.endPage ?? l.page;
  return [l.page * 10000 + (l.line ?? 0), endPage * 10000 + (l.endLine ?? (l.line !== undefined && endPage === l.page ? l.line : 9999))];
}

function placeIn(p: WordPlace, l: RecordLocation): boolean {
  const range = locationRange(l);
  if (!range || (l.paragraph !== undefined) !== (p.paragraph !== undefined)) return false;
  const key = placeKey(p);
  return range[0] <= key && key <= range[1];
}

/** Where a match is, as a pin: `47:2–4`, `47:24–48:2`, `¶ 6`, `¶¶ 6–7`, `page 3`. */
export function placeText(doc: DocumentWords, m: QuoteMatch, dash = '–'): string {
  const a = doc.places[m.first];
  const b = doc.places[m.last];
  if (a.paragraph !== undefined) return a.paragraph === b.paragraph ? `¶ ${a.paragraph}` : `¶¶ ${a.paragraph}${dash}${b.paragraph}`;
  if (a.line !== undefined) {
    if (a.page === b.page) return a.line === b.line ? `${a.page}:${a.line}` : `${a.page}:${a.line}${dash}${b.line}`;
    return `${a.page}:${a.line}${dash}${b.page}:${b.line}`;
  }
  return a.page === b.page ? `page ${a.page}` : `pages ${a.page}${dash}${b.page}`;
}

/** The pin rewritten to where the match is, in the form written (the `¶` kept or left out as it was). */
function pinText(doc: DocumentWords, m: QuoteMatch, pin: NonNullable<Attribution['pin']>): string | undefined {
  const a = doc.places[m.first];
  const b = doc.places[m.last];
  if (a.paragraph !== undefined && b.paragraph !== undefined) {
    const range = a.paragraph === b.paragraph ? `${a.paragraph}` : `${a.paragraph}${pin.dash}${b.paragraph}`;
    if (!pin.paragraphSign) return a.paragraph === b.paragraph ? range : undefined;
    return a.paragraph === b.paragraph ? `¶ ${range}` : `¶¶ ${range}`;
  }
  if (a.line === undefined) return undefined;
  return placeText(doc, m, pin.dash);
}
