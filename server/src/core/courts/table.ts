/**
 * Compiles the court data (`data.ts`) once, at module load, into the lookup maps used by
 * `index.ts`. Nothing here reads user text.
 */
import { FEDERAL_COURTS, GENERIC_TRIAL_SUFFIXES, STATES } from './data';
import type { Court, CourtLevel, DistrictData, StateData } from './types';

/**
 * The key two spellings of a court share: whitespace removed, curly apostrophes straightened,
 * `2nd`/`3rd` written `2d`/`3d` (Bluebook ordinals).
 */
export function courtKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') continue;
    out += ch === '\u2019' || ch === '\u2018' ? "'" : ch;
  }
  return out.replace(/([23])(nd|rd)(?![a-z])/g, '$1d');
}

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

function makeCourt(c: Partial<Mutable> & Pick<Court, 'id' | 'abbreviation' | 'name' | 'system' | 'level'>): Court {
  return Object.freeze({ variants: [], shortForms: [], ...c }) as Court;
}

/** Every court in the table, in data order. */
export const COURTS: readonly Court[] = buildCourts();
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
/** Full spellings without periods → courts (ambiguous keys hold several). */
export const DOTLESS_INDEX: ReadonlyMap<string, readonly Court[]> = buildIndex((c) => [c.abbreviation, ...c.variants], dotlessKey);
/** Keys of the generic trial-court words. */
export const GENERIC_SUFFIX_KEYS: ReadonlyMap<string, string> = new Map(GENERIC_TRIAL_SUFFIXES.map((s) => [courtKey(s), s]));

function buildIndex(forms: (c: Court) => readonly string[], key: (s: string) => string): Map<string, readonly Court[]> {
  const index = new Map<string, Court[]>();
  for (const court of COURTS) {
    for (const form of forms(court)) {
      const k = key(form);
      const list = index.get(k) ?? [];
      if (!list.includes(court)) list.push(court);
      index.set(k, list);
    }
  }
  return index;
}

function buildCourts(): Court[] {
  const courts: Court[] = [];
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

const genericCache = new Map<string, Court>();

/** A trial court of `state` named by a generic word (`Pa. Ct. Com. Pl.`), made once and cached. */
export function genericTrialCourt(state: StateData, suffix: string): Court {
  const id = `${state.code.toLowerCase()}~${slug(suffix)}`;
  let court = genericCache.get(id);
  if (!court) {
    court = makeCourt({
      id, abbreviation: `${state.abbreviation} ${suffix}`, name: `${state.name} trial court (${suffix})`,
      system: 'state', level: 'trial', state: state.code, generic: true, shortForms: [suffix],
    });
    genericCache.set(id, court);
  }
  return court;
}
