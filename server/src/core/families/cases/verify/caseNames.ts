import type { Opinion } from '../../../verify/types';

/**
 * Does the case name in the draft name the opinion CourtListener found at that citation?
 *
 * CourtListener checks only volume, reporter and page; a citation invented by a drafting tool
 * often points at a real page of a real reporter, where a different case sits. So Brieflint
 * compares the names itself — tolerantly, because the same case is written many ways, and a
 * false alarm on a correct citation teaches lawyers to ignore the tool:
 *
 * - abbreviations of the Bluebook's tables match the words they stand for (`Am.` American,
 *   `Ass'n` Association, `Int'l`, `Dep't`, `Mfg.`, and the common ones typed bare: `Intl`),
 *   and dotted or capital initials match the words they abbreviate (`U.S.` United States,
 *   `N.L.R.B.`);
 * - business designations, `The`, `et al.`, `In re`, `ex rel.`, procedural labels, punctuation,
 *   accents and letter case do not count; `v.` and `vs.` are the same;
 * - a party matches when the words of one side's name are all found in the other's (first names,
 *   middle initials and extra words are tolerated);
 * - the first party that is not a government (`United States`, `State`, `People`, `Comm'r`, a
 *   state's name) decides — it may stand on either side of the `v.`, since names are reversed on
 *   appeal. Only when every party is a government must all of them match.
 *
 * When either name has nothing to compare (no words left), the names are taken to match.
 */

/** A word of a party's name. */
interface Word {
  /** Lower case, letters and digits only. */
  text: string;
  /** Written as an abbreviation: followed by a period (`Am.`) or contracted (`Ass'n`). */
  abbreviated: boolean;
  /** Initials (`U.S.` → `us`, `NLRB` → `nlrb`) that may stand for several words. */
  acronym: boolean;
  /** A word that does not distinguish one party from another (`The`, `Inc.`, `of`). */
  stop: boolean;
}

interface Party {
  words: Word[];
  /** The words that count. */
  significant: Word[];
}

/** Longest name read, and most words per party: names are short; anything longer is not a name. */
const MAX_NAME = 1000;
const MAX_WORDS = 60;

const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'for', 'in', 're', 'on', 'ex', 'rel', 'parte', 'et', 'al', 'ux', 'vir', 'to', 'by',
  'at', 'matter', 'behalf', 'application', 'petition', 'inc', 'incorporated', 'co', 'corp', 'corporation',
  'company', 'cos', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'na', 'pc', 'pllc', 'lc', 'sa', 'ag', 'gmbh',
  'nv', 'bv', 'dba', 'aka', 'fka', 'petitioner', 'petitioners', 'respondent', 'respondents', 'appellant',
  'appellants', 'appellee', 'appellees', 'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'intervenor',
  'intervenors', 'claimant', 'claimants', 'debtor', 'debtors',
]);

/** Words that, all together, name a government or an officer rather than a party of its own. */
const GOVERNMENT_WORDS = new Set([
  'united', 'states', 'state', 'us', 'usa', 'america', 'people', 'commonwealth', 'government', 'city', 'county',
  'town', 'township', 'village', 'borough', 'parish', 'district', 'territory', 'department', 'commissioner',
  'secretary', 'attorney', 'general', 'director', 'administrator', 'internal', 'revenue', 'service', 'irs', 'board',
  'social', 'security', 'administration', 'health', 'human', 'services', 'homeland', 'labor', 'justice',
  'treasury', 'federal', 'trade', 'commission', 'national', 'relations', 'nlrb', 'ftc', 'sec', 'eeoc', 'fcc',
  'equal', 'employment', 'opportunity', 'communications', 'exchange', 'securities', 'warden', 'sheriff',
  // States, and the words of their names.
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new', 'hampshire', 'jersey', 'mexico', 'york', 'north', 'south', 'carolina', 'dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode', 'island', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west', 'wisconsin', 'wyoming', 'columbia', 'puerto', 'rico', 'guam',
]);

/**
 * Abbreviations of the Bluebook's table T6 that drafts often type without their period or
 * apostrophe (`Intl`, `Natl`, `Assn`): read as abbreviations all the same.
 */
const BARE_ABBREVIATIONS = new Set([
  'am', 'assn', 'assns', 'intl', 'natl', 'dept', 'govt', 'mfg', 'mfrs', 'bros', 'ctr', 'univ', 'sys', 'servs', 'svcs',
  'techs', 'tech', 'envtl', 'commn', 'commr', 'secy', 'hosp', 'ins', 'mgmt', 'fed', 'dist', 'cnty', 'twp', 'educ',
  'bd', 'elec', 'indus', 'invs', 'mut', 'prods', 'pub', 'publg', 'publns', 'rr', 'ry', 'sav', 'sch', 'transp',
  'cmty', 'dev', 'fin', 'grp', 'hous', 'info', 'med', 'mktg', 'prof', 'corr', 'comms', 'tel', 'tr', 'admr', 'enters',
]);

/** Signals that may precede a name when an extractor takes one in (`See, e.g.,`). */
const SIGNALS = [/^see also,?\s+/i, /^see,? e\.g\.,?\s+/i, /^see\s+/i, /^but see\s+/i, /^but cf\.,?\s+/i, /^cf\.,?\s+/i, /^accord,?\s+/i, /^compare\s+/i, /^contra,?\s+/i, /^e\.g\.,?\s+/i];

/** Whether the draft's case name names the opinion (any of CourtListener's names for it). */
export function caseNameMatches(draftName: string, opinion: Opinion): boolean {
  const draft = parties(draftName);
  if (!hasWords(draft)) return true;
  const names = [opinion.caseName, opinion.caseNameShort, opinion.caseNameFull].filter((n): n is string => !!n);
  let compared = false;
  for (const name of names) {
    const other = parties(name);
    if (!hasWords(other)) continue;
    compared = true;
    if (partiesMatch(draft, other)) return true;
  }
  return !compared;
}

/** Whether two case names name the same case, by the rules above. */
export function caseNamesMatch(a: string, b: string): boolean {
  return caseNameMatches(a, { caseName: b, citations: [] });
}

function hasWords(ps: readonly Party[]): boolean {
  return ps.some((p) => p.significant.length > 0);
}

function partiesMatch(draft: readonly Party[], other: readonly Party[]): boolean {
  const distinctive = draft.filter((p) => p.significant.length > 0 && !isGovernment(p));
  if (distinctive.length > 0) return other.some((o) => partyMatches(distinctive[0], o));
  // Every party is a government (`United States v. California`): all must match.
  return draft.filter((p) => p.significant.length > 0).every((p) => other.some((o) => partyMatches(p, o)));
}

function partyMatches(a: Party, b: Party): boolean {
  if (a.significant.length === 0 || b.significant.length === 0) return false;
  return covers(a, b) || covers(b, a);
}

/** Every significant word of `a` is found in `b`: as a word, an abbreviation of one, or initials. */
function covers(a: Party, b: Party): boolean {
  return a.significant.every((w) => b.significant.some((o) => wordsMatch(w, o)) || (w.acronym && spellsInitials(w.text, b)));
}

function wordsMatch(a: Word, b: Word): boolean {
  if (a.text === b.text) return true;
  return (a.abbreviated && abbreviates(a.text, b.text)) || (b.abbreviated && abbreviates(b.text, a.text));
}

/**
 * Whether `short` can abbreviate `long`: same first letter, and the rest of its letters found in
 * `long` in order. That covers the Bluebook's abbreviations (`am`/american, `assn`/association,
 * `intl`/international, `mfg`/manufacturing, `commr`/commissioner) without a table of them.
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length === 0 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && long[j] !== short[i]) j++;
    if (j >= long.length) return false;
    j++;
  }
  return true;
}

/** Whether consecutive words of `party` begin with the letters of `initials` (`us` → United States). */
function spellsInitials(initials: string, party: Party): boolean {
  for (const words of [party.significant, party.words]) {
    for (let start = 0; start + initials.length <= words.length; start++) {
      let k = 0;
      while (k < initials.length && words[start + k].text[0] === initials[k]) k++;
      if (k === initials.length) return true;
    }
  }
  return false;
}

const GOVERNMENT_LIST = [...GOVERNMENT_WORDS];

function isGovernment(p: Party): boolean {
  return p.significant.every((w) => GOVERNMENT_WORDS.has(w.text) || (w.abbreviated && GOVERNMENT_LIST.some((g) => abbreviates(w.text, g))));
}

/** The parties of a case name, split at `v.` / `vs.`. */
function parties(name: string): Party[] {
  let text = name.slice(0, MAX_NAME).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc`]/g, "'").trim();
  text = withoutSignal(text);
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const lower = new Set(['v.', 'v', 'vs.', 'vs']);
  const upper = new Set(['V.', 'V', 'VS.', 'VS']);
  let versus = lower;
  if (!tokens.some((t) => lower.has(t)) && !/[a-z]/.test(text)) versus = upper;
  const out: Party[] = [];
  let current: string[] = [];
  for (const t of tokens) {
    if (versus.has(t)) {
      out.push(party(current.join(' ')));
      current = [];
    } else current.push(t);
  }
  out.push(party(current.join(' ')));
  return out.filter((p) => p.words.length > 0);
}

/**
 * The name without a leading signal (`See, e.g.,`), in case an extractor took one in — unless
 * the word is the party's name itself (`See v. City of Seattle`).
 */
function withoutSignal(text: string): string {
  for (let round = 0; round < 3; round++) {
    const m = SIGNALS.map((s) => s.exec(text)).find((x) => x !== null);
    if (!m) break;
    const rest = text.slice(m[0].length);
    if (/^(?:v|vs)\.?(?:\s|$)/i.test(rest)) break;
    text = rest;
  }
  return text;
}

/** The words of one party's name. */
function party(text: string): Party {
  const words: Word[] = [];
  const allCaps = !/[a-z]/.test(text);
  let i = 0;
  while (i < text.length && words.length < MAX_WORDS) {
    const c = text[i];
    if (c === '&') {
      words.push({ text: 'and', abbreviated: false, acronym: false, stop: true });
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i;
    let raw = '';
    let contracted = false;
    while (j < text.length && (isWordChar(text[j]) || (text[j] === "'" && j + 1 < text.length && isWordChar(text[j + 1]) && raw.length > 0))) {
      if (text[j] === "'") contracted = true;
      else raw += text[j];
      j++;
    }
    const period = text[j] === '.';
    const lowered = raw.toLowerCase();
    // Possessives (`Macy's`) are not contractions.
    const possessive = contracted && lowered.endsWith('s') && text.slice(i, j).toLowerCase().endsWith("'s");
    words.push({
      text: lowered,
      abbreviated: period || (contracted && !possessive) || BARE_ABBREVIATIONS.has(lowered),
      acronym: !allCaps && raw.length >= 2 && raw.length <= 6 && raw === raw.toUpperCase() && /[A-Z]/.test(raw),
      stop: STOP_WORDS.has(lowered),
    });
    i = j;
  }
  const merged = mergeInitials(words);
  return { words: merged, significant: merged.filter((w) => !w.stop) };
}

/** Dotted initials (`U.S.`, `N.L.R.B.`, `L.L.C.`) become one word: `us`, `nlrb`, `llc`. */
function mergeInitials(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && words[j].text.length === 1 && words[j].abbreviated && /[a-z]/.test(words[j].text)) j++;
    if (j - i >= 2) {
      const text = words.slice(i, j).map((w) => w.text).join('');
      out.push({ text, abbreviated: false, acronym: true, stop: STOP_WORDS.has(text) });
      i = j;
    } else {
      out.push(words[i]);
      i++;
    }
  }
  return out;
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}
