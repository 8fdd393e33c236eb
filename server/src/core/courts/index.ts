/**
 * The court table and its lookups.
 *
 * `lookupCourt` reads the court part of a citation parenthetical (`2d Cir.`, `S.D.N.Y.`,
 * `N.Y. App. Div. 2d Dep't`, `Tex. App.—Houston [14th Dist.]`, `Mass.`); `splitCourtAndDate`
 * cuts a whole parenthetical (`S.D.N.Y. Mar. 3, 2021`) into court text and date.
 *
 * Pure functions over a table compiled once at module load; they never throw on user text and
 * do work bounded by the (capped) length of their input.
 */
import { detached } from '../text/strings';
import type { Court, StateData } from './types';
import {
  COURTS, COURT_BY_ID, dotlessIndex, FULL_INDEX, GENERIC_SUFFIX_KEYS, SHORT_INDEX, STATE_BY_CODE, STATE_BY_KEY,
  courtKey, dotlessKey, genericTrialCourt,
} from './table';

export type { Court, CourtLevel, CourtSystem, StateData } from './types';

/** What `lookupCourt` found. */
export interface CourtMatch {
  /** The court, when the text names exactly one (after using the state context, if any). */
  readonly court?: Court;
  /** Every court the text may name; one when `court` is set, several when the text is ambiguous. */
  readonly candidates: readonly Court[];
  /** The part of the input that named the court, trimmed. */
  readonly text: string;
  /** What followed it: a district, department, division or county (`2d Dep't`, `—Houston [14th Dist.]`). */
  readonly rest: string;
  /** True when the court's state came from `options.state` rather than from the text (`Ct. App.`). */
  readonly stateFromContext: boolean;
}

export interface LookupCourtOptions {
  /**
   * The state the reporter already names (USPS code), used to read stateless forms such as
   * `Ct. App.`, `App. Div.`, `Sup. Ct.`. Pass `edition.state` from the reporter table.
   */
  readonly state?: string;
}

/** Longest court text considered; longer input is cut (bounded work). */
const MAX_INPUT = 160;

/** Every court in the table (not the generic trial courts made up on lookup). */
export function allCourts(): readonly Court[] {
  return COURTS;
}

/** A court by its id (`ca2`, `nysd`, `ny-app-div`), or undefined. */
export function courtById(id: string): Court | undefined {
  return COURT_BY_ID.get(id);
}

/** A state (or D.C., or a territory) by USPS code, with its Bluebook abbreviation and courts. */
export function stateByCode(code: string): StateData | undefined {
  return STATE_BY_CODE.get(code);
}

/**
 * Reads the court part of a citation parenthetical.
 *
 * Accepts the Bluebook abbreviation and the common variants (`2nd Cir.`, `S.D. N.Y.`, `SDNY`,
 * `Cal. App.`, `Fla. 3d DCA`), whitespace-insensitive. A court followed by a division,
 * district, department or county is found with that tail in `rest`
 * (`Tex. App.—Houston [14th Dist.]`, `Ill. App. Ct. 1st Dist.`, `N.Y. Sup. Ct. N.Y. Cnty.`).
 * Stateless forms (`Ct. App.`, `App. Div.`, `Sup. Ct.`) are resolved with `options.state`;
 * without it they come back with several candidates and no `court`.
 *
 * Returns undefined when nothing in the table matches. Never throws.
 */
export function lookupCourt(text: string, options: LookupCourtOptions = {}): CourtMatch | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.length > MAX_INPUT) return readCourt(text, options);
  // A draft names the same few courts again and again: each court text is read once per state
  // context. The memo is bounded (cleared when full), so hostile text cannot grow it.
  const stateKey = options && typeof options.state === 'string' ? options.state : '';
  let memo = LOOKUP_MEMO.get(stateKey);
  if (!memo) {
    if (LOOKUP_MEMO.size >= MEMO_STATES) LOOKUP_MEMO.clear();
    LOOKUP_MEMO.set(stateKey, (memo = new Map()));
  }
  const known = memo.get(text);
  if (known !== undefined || memo.has(text)) return known ?? undefined;
  const read = readCourt(text, options);
  // Kept as copies: the text (and the parts of it in the match) may be slices of a whole draft,
  // which the memo would keep alive after the check.
  const found = read && { ...read, text: detached(read.text), rest: detached(read.rest) };
  if (memo.size >= MEMO_TEXTS) memo.clear();
  memo.set(detached(text), found);
  return found;
}

/** Court texts read, by the state context (`''` for none) and the text as passed. */
const LOOKUP_MEMO = new Map<string, Map<string, CourtMatch | undefined>>();
const MEMO_STATES = 64;
const MEMO_TEXTS = 1024;

/** `lookupCourt` without the memo. */
function readCourt(text: string, options: LookupCourtOptions): CourtMatch | undefined {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const s = input.trim().replace(/[,;]+$/, '').trim();
  if (s === '') return undefined;
  const state = options && options.state ? STATE_BY_CODE.get(options.state) : undefined;

  for (const cut of cutPoints(s)) {
    const head = s.slice(0, cut).trim();
    const rest = cleanRest(s.slice(cut));
    if (rest !== '' && !isDivisionTail(rest)) continue;
    const found = matchHead(head, state);
    if (found) return { ...found, text: head, rest };
  }
  const dotless = dotlessIndex().get(dotlessKey(s));
  if (dotless) return { ...choose(dotless, state), text: s, rest: '' };
  return undefined;
}

/** Candidate ends of the court text, longest first: the end, and every separator. */
function cutPoints(s: string): number[] {
  const cuts = [s.length];
  for (let i = s.length - 1; i > 0; i--) {
    const ch = s[i];
    if ((ch === ' ' || ch === ',' || ch === '[' || ch === '(' || ch === '\u2014' || ch === '\u2013' || ch === '-') && s[i - 1] !== ' ') {
      cuts.push(i);
    }
  }
  return cuts;
}

function cleanRest(rest: string): string {
  return rest.trim().replace(/^,\s*/, '');
}

/** A tail that names a part of a court, not more court words. */
function isDivisionTail(rest: string): boolean {
  if (/^[-\u2013\u2014[(]/.test(rest)) return true;
  if (/^\d/.test(rest)) return true;
  if (/^(Unit|Div\.|Dist\.|Dep['\u2019]t|Dept\.|App\. Dist\.|Term)/.test(rest)) return true;
  return /(Cnty\.|County|Dist\.\]?|Dep['\u2019]t)$/.test(rest);
}

type Found = Omit<CourtMatch, 'text' | 'rest'>;

function matchHead(head: string, state: StateData | undefined): Found | undefined {
  const key = courtKey(head);
  const full = FULL_INDEX.get(key);
  const short = SHORT_INDEX.get(key);
  const shortInState = state && short ? short.filter((c) => c.state === state.code) : [];
  if (full) {
    // A stateless form of the reporter's state beats a same-spelled court elsewhere
    // (`T.C.` after `Or. Tax` is the Oregon Tax Court, not the U.S. Tax Court).
    if (state && shortInState.length === 1 && !full.some((c) => c.state === state.code)) {
      return only(shortInState[0], true);
    }
    return choose(full, state);
  }
  // `<state> <generic trial word>`: `Pa. Ct. Com. Pl.`, `Ga. Super. Ct.`.
  for (let i = head.indexOf(' '); i > 0; i = head.indexOf(' ', i + 1)) {
    const st = STATE_BY_KEY.get(courtKey(head.slice(0, i)));
    const suffix = GENERIC_SUFFIX_KEYS.get(courtKey(head.slice(i + 1)));
    if (st && suffix) return only(genericTrialCourt(st, suffix), false);
  }
  // Stateless forms: `Ct. App.`, `App. Div.`, `Sup. Ct.`.
  if (state) {
    if (shortInState.length === 1) return only(shortInState[0], true);
    const suffix = GENERIC_SUFFIX_KEYS.get(key);
    if (shortInState.length === 0 && suffix) return only(genericTrialCourt(state, suffix), true);
  }
  if (short) return choose(short, undefined);
  return undefined;
}

function only(court: Court, stateFromContext: boolean): Found {
  return { court, candidates: [court], stateFromContext };
}

/** One court when the list (narrowed to the state, if any) holds one; else all, ambiguous. */
function choose(list: readonly Court[], state: StateData | undefined): Found {
  if (list.length === 1) return only(list[0], false);
  if (state) {
    const inState = list.filter((c) => c.state === state.code);
    if (inState.length === 1) return only(inState[0], false);
  }
  return { candidates: list, stateFromContext: false };
}

/** A parenthetical cut into court and date. */
export interface CourtAndDate {
  /** The court text, trimmed (empty when the parenthetical holds only a date: `(1973)`). */
  readonly courtText: string;
  /** The date as written (`Mar. 3, 2021`, `1994`), when there is one. */
  readonly dateText?: string;
  /** The year of the date. */
  readonly year?: number;
  /** Text after the date (`pet. denied`), trimmed. */
  readonly after: string;
}

const DATE_RE = /(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},\s*)?(1[6-9]\d\d|20\d\d)(?![\d])/g;

/**
 * Cuts the inside of a citation parenthetical into court text and date: `2d Cir. 1994` →
 * `2d Cir.` + 1994; `S.D.N.Y. Mar. 3, 2021` → `S.D.N.Y.` + 2021;
 * `Tex. App.—Houston [14th Dist.] 2010, pet. denied` → court text, 2010, after `pet. denied`.
 * The last year in the text is the date. Never throws; input is capped.
 */
export function splitCourtAndDate(inner: string): CourtAndDate {
  if (typeof inner !== 'string') return { courtText: '', after: '' };
  const s = (inner.length > MAX_INPUT ? inner.slice(0, MAX_INPUT) : inner).trim();
  let last: RegExpExecArray | undefined;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(s); m; m = DATE_RE.exec(s)) {
    const before = m.index === 0 ? ' ' : s[m.index - 1];
    if (/[\s,(]/.test(before)) last = m;
  }
  if (!last) return { courtText: s.replace(/[,\s]+$/, ''), after: '' };
  return {
    courtText: s.slice(0, last.index).replace(/[,\s]+$/, ''),
    dateText: last[0],
    year: Number(last[1]),
    after: s.slice(last.index + last[0].length).replace(/^[,\s]+/, '').trim(),
  };
}
