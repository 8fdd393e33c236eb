/**
 * Compiles the reporter data (`generated.ts`, written by `scripts/data-reporters.mjs` from
 * reporters-db and Brieflint's curated data) once, at module load: editions with their defaults
 * filled in, derived variant spellings, and the character trie `match.ts` walks.
 * Nothing here reads user text; nothing here throws (`validateTable` reports problems instead).
 */
import { COURT_BY_ID } from '../courts/table';
import { GUARDED_SPELLINGS, REPORTER_DATA } from './generated';
import type { CitationForm, Edition, EditionData, ReporterData, Scope } from './types';

/** Every reporter, in data order (Brieflint's curated ones: federal, regional, state, neutral, database, foreign; then reporters-db's others). */
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
  // Most spellings have neither (and this runs once per spelling at load): no pattern for them.
  if (!spelling.includes('2d') && !spelling.includes('3d') && !spelling.includes('LEXIS')) return NONE;
  const out: string[] = [];
  const ordinal = spelling.replace(/(^|[^0-9])([23])d(?=$|[\s)])/g, (_m, pre: string, n: string) => `${pre}${n}${n === '2' ? 'nd' : 'rd'}`);
  if (ordinal !== spelling) out.push(ordinal);
  for (const s of [spelling, ...out]) if (s.includes('LEXIS')) out.push(s.replace('LEXIS', 'Lexis'));
  return out;
}

const NONE: string[] = [];

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
  if (isCollapsed(s)) return s;
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

/** Whether `collapseSpaces` would leave `s` as it is: single spaces only, none at the ends, no other white space or curly apostrophe. */
function isCollapsed(s: string): boolean {
  const n = s.length;
  if (n > 0 && (s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20)) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (s.charCodeAt(i + 1) === 0x20) return false;
    } else if (isSpace(c) || straightApostrophe(c) !== c) return false;
  }
  return true;
}

/** Whitespace inside an abbreviation: spaces, tabs, line breaks, no-break and thin spaces. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007;
}

// ---- The trie ------------------------------------------------------------------------------

/**
 * The spelling trie, flat: node `n` is an index; its character is `TRIE_CODE[n]`, its first
 * child `TRIE_CHILD[n]` and its next sibling `TRIE_NEXT[n]` (0: none; node 0 is the root, whose
 * ASCII children are also in `ROOT_ASCII`). Keys are UTF-16 codes of a spelling without
 * whitespace. `TRIE_FLAGS[n]` has `ENDS` when a spelling ends there, `SPACE_OK` when some spelling has whitespace right after the
 * node's character and `GUARDED` when every spelling ending there is a plain word (the prose
 * rule: `GUARDED_SPELLINGS`); `TRIE_EDITIONS` holds, for nodes where spellings end, the editions
 * they name (in data order). Built once at module load in typed arrays sized to the data, so the
 * thousands of nodes cost no objects of their own.
 */
export const SPACE_OK = 1;
export const GUARDED_NODE = 2;
/** Some spelling ends at the node (its editions are in `TRIE_EDITIONS`). */
export const ENDS = 4;

const GUARDED: ReadonlySet<string> = new Set(GUARDED_SPELLINGS);

/** Every spelling to put in the trie, with its edition. */
const SPELLINGS: [string, Edition][] = [];
let capacity = 1;
for (const e of EDITIONS) {
  if (e.unread) continue;
  for (const s of e.spellings) {
    SPELLINGS.push([s, e]);
    capacity += s.length;
  }
  for (const s of e.variants) {
    SPELLINGS.push([s, e]);
    capacity += s.length;
  }
}

export const TRIE_CODE = new Uint16Array(capacity);
export const TRIE_CHILD = new Int32Array(capacity);
export const TRIE_NEXT = new Int32Array(capacity);
export const TRIE_FLAGS = new Uint8Array(capacity);
export const TRIE_EDITIONS = new Map<number, Edition[]>();
/** The root's children by ASCII code (0: none). */
export const ROOT_ASCII = new Int32Array(128);
let nodes = 1;
/** Longest spelling, in non-whitespace characters. */
export let MAX_SPELLING = 0;
/** Number of distinct spellings (after whitespace normalization) in the trie. */
export let SPELLING_COUNT = 0;

/** The child of node `n` for code `c`, or 0. */
export function trieChild(n: number, c: number): number {
  if (n === 0 && c < 128) return ROOT_ASCII[c];
  for (let k = TRIE_CHILD[n]; k !== 0; k = TRIE_NEXT[k]) if (TRIE_CODE[k] === c) return k;
  return 0;
}

function insert(spelling: string, edition: Edition): void {
  let node = 0;
  let length = 0;
  for (let i = 0; i < spelling.length; i++) {
    const c = straightApostrophe(spelling.charCodeAt(i));
    if (isSpace(c)) {
      TRIE_FLAGS[node] |= SPACE_OK;
      continue;
    }
    let child = trieChild(node, c);
    if (child === 0) {
      child = nodes++;
      TRIE_CODE[child] = c;
      TRIE_NEXT[child] = TRIE_CHILD[node];
      TRIE_CHILD[node] = child;
      if (node === 0 && c < 128) ROOT_ASCII[c] = child;
    }
    node = child;
    length++;
  }
  // Guarded spellings are plain words: no period (most spellings have one, and need no key).
  const guarded = GUARDED.size > 0 && spelling.indexOf('.') < 0 && GUARDED.has(collapseSpaces(spelling).replace(/ /g, ''));
  let editions = TRIE_EDITIONS.get(node);
  if (!editions) {
    TRIE_EDITIONS.set(node, (editions = []));
    TRIE_FLAGS[node] |= ENDS;
    if (guarded) TRIE_FLAGS[node] |= GUARDED_NODE;
    SPELLING_COUNT++;
  } else if (!guarded) TRIE_FLAGS[node] &= ~GUARDED_NODE;
  if (!editions.includes(edition)) editions.push(edition);
  if (length > MAX_SPELLING) MAX_SPELLING = length;
}

for (const [s, e] of SPELLINGS) insert(s, e);
