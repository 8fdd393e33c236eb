/**
 * Compiles the court data (`data.ts`) once, at module load, into the lookup maps used by
 * `index.ts`. Nothing here reads user text.
 */
import { FEDERAL_COURTS, GENERIC_TRIAL_SUFFIXES, STATES } from './data';
import { COURTS_DB } from './generated';
import type { Court, CourtLevel, CourtSystem, DistrictData, StateData } from './types';

/**
 * The key two spellings of a court share: whitespace removed, curly apostrophes straightened,
 * `2nd`/`3rd` written `2d`/`3d` (Bluebook ordinals).
 */
export function courtKey(s: string): string {
  // Most spellings have no white space and no curly apostrophe to drop: no copy for them.
  let out = NEEDS_KEY.test(s) ? '' : s;
  if (out !== s) {
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') continue;
      out += ch === '\u2019' || ch === '\u2018' ? "'" : ch;
    }
  }
  return out.includes('nd') || out.includes('rd') ? out.replace(/([23])(nd|rd)(?![a-z])/g, '$1d') : out;
}

const NEEDS_KEY = /[ \t\n\r\u00a0\u2018\u2019]/;

/** The key without periods, for the last-resort match of `SDNY`, `NDCal`. */
export function dotlessKey(s: string): string {
  return courtKey(s).replace(/\./g, '');
}

const PART_NAMES: Record<DistrictData['part'], string> = {
  d: '', nd: 'Northern ', ed: 'Eastern ', sd: 'Southern ', wd: 'Western ', md: 'Middle ', cd: 'Central ',
};

function slug(s: string): string {
  return s.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function districtName(state: StateData, d: DistrictData): string {
  return d.part === 'd' ? `the District of ${state.name}` : `the ${PART_NAMES[d.part]}District of ${state.name}`;
}

type Mutable = { -readonly [K in keyof Court]: Court[K] };

function makeCourt(c: Partial<Mutable> & Pick<Court, 'id' | 'abbreviation' | 'name' | 'system' | 'level'>): Mutable {
  return { variants: [], shortForms: [], source: 'brieflint', ...c } as Mutable;
}

/** USPS codes by the place names courts-db gives (`location`). */
const CODE_BY_PLACE: ReadonlyMap<string, string> = new Map([
  ...STATES.map((st) => [st.name, st.code] as const),
  ['Washington D.C.', 'DC'], ['D.C.', 'DC'], ['DC', 'DC'], ['Northern Mariana Islands', 'MP'], ['Virgin Islands', 'VI'],
]);

/** Every court in the table: Brieflint's curated courts in data order, then courts-db's others in id order. */
export const COURTS: readonly Court[] = withCourtsDb(buildCourts()).map((c) => Object.freeze(c));
/** Courts by id. */
export const COURT_BY_ID: ReadonlyMap<string, Court> = new Map(COURTS.map((c) => [c.id, c]));
/** States by USPS code. */
export const STATE_BY_CODE: ReadonlyMap<string, StateData> = new Map(STATES.map((s) => [s.code, s]));
/** States by the key of their Bluebook abbreviation (`N.Y.` → NY). */
export const STATE_BY_KEY: ReadonlyMap<string, StateData> = new Map(STATES.map((s) => [courtKey(s.abbreviation), s]));
/** Full spellings (abbreviation and variants) → courts. */
export const FULL_INDEX: ReadonlyMap<string, readonly Court[]> = buildIndex((c) => [c.abbreviation, ...c.variants], courtKey);
/** Stateless forms (`Ct. App.`, `App. Div.`) → state courts. */
export const SHORT_INDEX: ReadonlyMap<string, readonly Court[]> = buildIndex((c) => c.shortForms, courtKey);
/** Full spellings without periods → courts (ambiguous keys hold several); made on first use (a last resort of `lookupCourt`). */
let DOTLESS: ReadonlyMap<string, readonly Court[]> | undefined;
export function dotlessIndex(): ReadonlyMap<string, readonly Court[]> {
  return (DOTLESS ??= buildIndex((c) => [c.abbreviation, ...c.variants], dotlessKey));
}
/** Keys of the generic trial-court words. */
export const GENERIC_SUFFIX_KEYS: ReadonlyMap<string, string> = new Map(GENERIC_TRIAL_SUFFIXES.map((s) => [courtKey(s), s]));

function buildIndex(forms: (c: Court) => readonly string[], key: (s: string) => string): Map<string, readonly Court[]> {
  const index = new Map<string, Court[]>();
  for (const court of COURTS) {
    for (const form of forms(court)) {
      const k = key(form);
      if (k === '') continue;
      const list = index.get(k) ?? [];
      if (!list.includes(court)) list.push(court);
      index.set(k, list);
    }
  }
  return index;
}

function buildCourts(): Mutable[] {
  const courts: Mutable[] = [];
  for (const f of FEDERAL_COURTS) {
    courts.push(makeCourt({
      id: f.id, abbreviation: f.abbreviation, name: f.name, system: 'federal', level: f.level,
      circuit: f.circuit, group: f.group, variants: f.variants ?? [],
    }));
  }
  for (const state of STATES) {
    const code = state.code.toLowerCase();
    courts.push(makeCourt({
      id: code, abbreviation: state.abbreviation, name: state.highest, system: 'state', level: 'supreme',
      state: state.code, variants: state.highestVariants ?? [],
    }));
    for (const c of state.courts) {
      const shortForms = [c.suffix, ...(c.short ?? [])];
      courts.push(makeCourt({
        id: c.id ?? `${code}-${slug(c.suffix)}`, abbreviation: `${state.abbreviation} ${c.suffix}`, name: c.name,
        system: 'state', level: c.level as CourtLevel, state: state.code, variants: c.variants ?? [], shortForms,
      }));
    }
    for (const d of state.districts) {
      const id = `${code}${d.part}`;
      const where = districtName(state, d);
      const gone = d.historical ? ' (no longer exists)' : '';
      courts.push(makeCourt({
        id, abbreviation: d.abbreviation, name: `United States District Court for ${where}${gone}`,
        system: 'federal', level: 'trial', state: state.code, circuit: state.circuit,
      }));
      if (!d.historical) {
        courts.push(makeCourt({
          id: `bankr-${id}`, abbreviation: `Bankr. ${d.abbreviation}`, name: `United States Bankruptcy Court for ${where}`,
          system: 'federal', level: 'bankruptcy', state: state.code, circuit: state.circuit,
        }));
      }
      // The federal circuit courts were trial courts until 1912: `C.C.S.D.N.Y.`, `C.C.D. Mass.`.
      courts.push(makeCourt({
        id: `cc-${id}`, abbreviation: `C.C.${d.abbreviation}`, name: `United States Circuit Court for ${where} (until 1912)`,
        system: 'federal', level: 'trial', state: state.code, circuit: state.circuit,
      }));
    }
  }
  return courts;
}

/**
 * Adds courts-db's courts to the curated ones. A courts-db court with the id of a curated court
 * of the same system (`nysd`, `ca2`, `ny`) is that court: its citation string becomes a variant
 * and its dates, parent and id are kept. Any other courts-db court whose citation string a
 * curated court already has (`Cal. Ct. App.`) is linked to it the same way. The rest are added
 * as courts of their own, with their state from courts-db's place name. Courts with no citation
 * string are listed (for `courtById` and the hover) but no text finds them.
 */
function withCourtsDb(courts: Mutable[]): Mutable[] {
  const byId = new Map(courts.map((c) => [c.id, c]));
  const byKey = new Map<string, Mutable>();
  for (const c of courts) for (const form of [c.abbreviation, ...c.variants]) if (!byKey.has(courtKey(form))) byKey.set(courtKey(form), c);
  const fromDb = new Map<string, Mutable>();
  const added: Mutable[] = [];
  for (const [id, citation, name, system, level, , , start, end] of COURTS_DB) {
    const key = courtKey(citation);
    let court = byId.get(id);
    if (court && court.system !== system) court = undefined;
    if (!court && key) court = byKey.get(key);
    const years = { start: start ?? undefined, end: end ?? undefined };
    if (court && !court.courtsDbId) {
      court.courtsDbId = id;
      if (years.start !== undefined) court.start = years.start;
      if (years.end !== undefined) court.end = years.end;
      if (key && !byKey.has(key)) {
        court.variants = [...court.variants, citation];
        byKey.set(key, court);
      }
      fromDb.set(id, court);
      continue;
    }
    if (court) {
      fromDb.set(id, court);
      continue;
    }
    const made = makeCourt({
      id: byId.has(id) ? `courts-db-${id}` : id, abbreviation: citation, name, system: system as CourtSystem, level: level as CourtLevel,
      state: undefined, courtsDbId: id, source: 'courts-db', ...years,
    });
    byId.set(made.id, made);
    if (key && !byKey.has(key)) byKey.set(key, made);
    fromDb.set(id, made);
    added.push(made);
  }
  // States and parents, once every court is known.
  for (const [id, , , , , , parent, , , place] of COURTS_DB) {
    const court = fromDb.get(id);
    if (!court || court.source !== 'courts-db') continue;
    const code = place ? CODE_BY_PLACE.get(place) : undefined;
    if (code) court.state = code;
    const up = parent ? fromDb.get(parent) : undefined;
    if (up && up !== court) court.parent = up.id;
  }
  return [...courts, ...added];
}

const genericCache = new Map<string, Court>();

/** A trial court of `state` named by a generic word (`Pa. Ct. Com. Pl.`), made once and cached. */
export function genericTrialCourt(state: StateData, suffix: string): Court {
  const id = `${state.code.toLowerCase()}~${slug(suffix)}`;
  let court = genericCache.get(id);
  if (!court) {
    court = Object.freeze(makeCourt({
      id, abbreviation: `${state.abbreviation} ${suffix}`, name: `${state.name} trial court (${suffix})`,
      system: 'state', level: 'trial', state: state.code, generic: true, shortForms: [suffix],
    }));
    genericCache.set(id, court);
  }
  return court;
}
