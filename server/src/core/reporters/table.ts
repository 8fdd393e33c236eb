/**
 * Compiles the reporter data (`generated.ts`, written by `scripts/data-reporters.mjs` from
 * reporters-db and Brieflint's curated data) once, at module load: editions with their defaults
 * filled in, derived variant spellings, and the character trie `match.ts` walks.
 * Nothing here reads user text; nothing here throws (`validateTable` reports problems instead).
 */
import { COURT_BY_ID } from '../courts/table';
import { GUARDED_SPELLINGS, REPORTER_DATA } from './generated';
import type { CitationForm, Edition, EditionData, ReporterData, Scope } from './types';

/** Every reporter, in data order (Brieflint's curated ones: federal, regional, state, neutral, database; then reporters-db's others). */
export const REPORTERS: readonly ReporterData[] = REPORTER_DATA;

export function slug(s: string): string {
  return s.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Curly apostrophes are the same character as the straight one everywhere in the table. */
export function straightApostrophe(code: number): number {
  return code === 0x2019 || code === 0x2018 ? 0x27 : code;
}

/**
 * Spellings derived by rule from a listed one: `2nd`/`3rd` for the Bluebook's `2d`/`3d`
 * (`F.3rd`, `So. 2nd`), and `Lexis` for `LEXIS`.
 */
export function derivedSpellings(spelling: string): string[] {
  const out: string[] = [];
  const ordinal = spelling.replace(/(^|[^0-9])([23])d(?=$|[\s)])/g, (_m, pre: string, n: string) => `${pre}${n}${n === '2' ? 'nd' : 'rd'}`);
  if (ordinal !== spelling) out.push(ordinal);
  for (const s of [spelling, ...out]) if (s.includes('LEXIS')) out.push(s.replace('LEXIS', 'Lexis'));
  return out;
}

function uniq(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** The one state whose courts a scope covers, if there is exactly one and nothing federal. */
function singleState(scopes: readonly Scope[]): string | undefined {
  const states = new Set<string>();
  for (const scope of scopes) {
    const sel = typeof scope === 'string' ? scope : scope.courts;
    if (sel === 'any' || sel === 'state' || sel.startsWith('federal') || sel.startsWith('group:')) return undefined;
    if (sel.startsWith('state:')) {
      states.add(sel.split(':')[1]);
    } else {
      const court = COURT_BY_ID.get(sel);
      if (!court || court.system !== 'state' || !court.state) return undefined;
      states.add(court.state);
    }
  }
  return states.size === 1 ? [...states][0] : undefined;
}

function compileEdition(r: ReporterData, e: EditionData): Edition {
  const form: CitationForm = e.form ?? 'volume-reporter-page';
  const spellings = e.spellings ?? [e.abbreviation];
  const listed = uniq([...spellings, ...(e.variants ?? [])]);
  const own = uniq([...(e.variants ?? []), ...listed.flatMap(derivedSpellings)]).filter((v) => !spellings.includes(v));
  const more = e.moreVariants ?? [];
  const variants = more.length === 0 ? own : uniq([...own, ...more, ...more.flatMap(derivedSpellings)]).filter((v) => !spellings.includes(v));
  const publishes = e.publishes ?? r.publishes;
  const edition: Edition = {
    key: e.key ?? (r.editions.length === 1 ? r.key : slug(e.abbreviation)),
    reporterKey: r.key,
    reporterName: r.name,
    abbreviation: e.abbreviation,
    name: e.name ?? r.name,
    type: r.type,
    start: e.start,
    end: e.end,
    approximateYears: e.approximateYears ?? false,
    undated: e.undated ?? false,
    form,
    paragraphs: e.paragraphs ?? false,
    unread: e.unread ?? false,
    volumeIsYear: form === 'year-reporter-number' || form === 'year-dash-reporter-dash-number',
    volumes: e.volumes,
    usVolumes: e.usVolumes,
    spellings,
    variants,
    nearSpellings: more.length === 0 ? [...spellings, ...variants] : [...spellings, ...own],
    publishes,
    sometimes: e.sometimes ?? r.sometimes ?? [],
    implies: e.implies ?? r.implies,
    state: singleState(publishes),
    note: e.note ?? r.note,
  };
  return Object.freeze(edition);
}

/** Every edition, in data order. */
export const EDITIONS: readonly Edition[] = REPORTERS.flatMap((r) => r.editions.map((e) => compileEdition(r, e)));

/** Editions by key. */
export const EDITION_BY_KEY: ReadonlyMap<string, Edition> = new Map(EDITIONS.map((e) => [e.key, e]));

/** Editions by canonical spelling, whitespace-normalized (several for `Ark.`, `Ark. App.`, `Ohio`). */
export const EDITIONS_BY_CANONICAL: ReadonlyMap<string, readonly Edition[]> = (() => {
  const map = new Map<string, Edition[]>();
  for (const e of EDITIONS) {
    for (const s of uniq([e.abbreviation, ...e.spellings])) {
      const k = collapseSpaces(s);
      const list = map.get(k) ?? [];
      list.push(e);
      map.set(k, list);
    }
  }
  return map;
})();

/** Whitespace runs to one space, curly apostrophes straightened, trimmed. */
export function collapseSpaces(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += String.fromCharCode(straightApostrophe(c));
  }
  return out;
}

/** Whitespace inside an abbreviation: spaces, tabs, line breaks, no-break and thin spaces. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007;
}

// ---- The trie ------------------------------------------------------------------------------

/**
 * One node of the spelling trie; keys are UTF-16 codes of the spelling without whitespace. The
 * children are parallel arrays of codes and nodes, scanned in order (most nodes have one to three
 * children); the root's, which are many, are also indexed by code for ASCII (`ROOT_ASCII`).
 * Built once at module load, in this shape, so the matcher walks it as it is.
 */
export interface TrieNode {
  readonly codes: number[];
  readonly children: TrieNode[];
  /** Some spelling has whitespace right after this node's character. */
  spaceOk: boolean;
  /** Editions a spelling ending here names (in data order). */
  editions?: Edition[];
  /** Every spelling ending here is a plain word (the prose rule: `GUARDED_SPELLINGS`). */
  guarded?: boolean;
}

function newNode(): TrieNode {
  return { codes: [], children: [], spaceOk: false };
}

const GUARDED: ReadonlySet<string> = new Set(GUARDED_SPELLINGS);

/** The root of the trie of every spelling (canonical and variant). */
export const TRIE: TrieNode = newNode();
/** The root's children by ASCII code. */
export const ROOT_ASCII: Array<TrieNode | undefined> = new Array(128).fill(undefined);
/** Longest spelling, in non-whitespace characters. */
export let MAX_SPELLING = 0;
/** Number of distinct spellings (after whitespace normalization) in the trie. */
export let SPELLING_COUNT = 0;

function insert(spelling: string, edition: Edition): void {
  let node = TRIE;
  let length = 0;
  let key = '';
  for (let i = 0; i < spelling.length; i++) {
    const c = straightApostrophe(spelling.charCodeAt(i));
    if (isSpace(c)) {
      node.spaceOk = true;
      continue;
    }
    key += String.fromCharCode(c);
    let child: TrieNode | undefined;
    if (node === TRIE && c < 128) child = ROOT_ASCII[c];
    else {
      const codes = node.codes;
      for (let k = 0; k < codes.length; k++) {
        if (codes[k] === c) {
          child = node.children[k];
          break;
        }
      }
    }
    if (!child) {
      child = newNode();
      node.codes.push(c);
      node.children.push(child);
      if (node === TRIE && c < 128) ROOT_ASCII[c] = child;
    }
    node = child;
    length++;
  }
  const guarded = GUARDED.has(key);
  if (!node.editions) {
    node.editions = [];
    node.guarded = guarded;
    SPELLING_COUNT++;
  } else if (!guarded) node.guarded = false;
  if (!node.editions.includes(edition)) node.editions.push(edition);
  if (length > MAX_SPELLING) MAX_SPELLING = length;
}

for (const e of EDITIONS) {
  if (e.unread) continue;
  for (const s of [...e.spellings, ...e.variants]) insert(s, e);
}
