#!/usr/bin/env node
// Compiles Brieflint's reporter and court tables from the vendored open data and Brieflint's own
// facts, and writes them as data files of the core:
//
//   data/vendor/reporters-db/reporters.json   Free Law Project reporters-db (see data/vendor/README.md)
//   data/vendor/courts-db/courts.json         Free Law Project courts-db
//   data/brieflint/reporters/*.mjs            Brieflint's curated reporters (court scopes, implied
//                                             courts, forms, volumes, the variants people type)
//   data/brieflint/additions.mjs              Brieflint's facts about reporters-db's entries
//   → server/src/core/reporters/generated.ts  every reporter and edition
//   → server/src/core/courts/generated.ts     every court of courts-db
//
//   node scripts/data-reporters.mjs            write the files (npm run data:reporters)
//   node scripts/data-reporters.mjs --check    exit 1 when the files are not what the inputs give
//
// Deterministic: the same inputs give the same bytes. Only facts are read from the vendored files
// (names, abbreviations, variants, dates, jurisdictions); their regular expressions are not used.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_REPORTERS } from '../data/brieflint/reporters/databases.mjs';
import { FEDERAL_REPORTERS } from '../data/brieflint/reporters/federal.mjs';
import { FOREIGN_REPORTERS } from '../data/brieflint/reporters/foreign.mjs';
import { NEUTRAL_REPORTERS } from '../data/brieflint/reporters/neutral.mjs';
import { REGIONAL_REPORTERS } from '../data/brieflint/reporters/regional.mjs';
import { STATE_REPORTERS } from '../data/brieflint/reporters/states.mjs';
import { NOT_ON_COURTLISTENER, PUBLISHER_CODES, PUBLISHERS } from '../data/brieflint/courtlistener.mjs';
import { ALLOWED_PLAIN_SPELLINGS, COURT_LEVELS, DROPPED_VARIANTS, EXTRA_VARIANTS, GUARDED_SHORT_SPELLINGS, YEAR_CORRECTIONS } from '../data/brieflint/additions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTERS_OUT = path.join(root, 'server/src/core/reporters/generated.ts');
const COURTS_OUT = path.join(root, 'server/src/core/courts/generated.ts');

const rdb = JSON.parse(readFileSync(path.join(root, 'data/vendor/reporters-db/reporters.json'), 'utf8'));
const cdb = JSON.parse(readFileSync(path.join(root, 'data/vendor/courts-db/courts.json'), 'utf8'));

// ---- Spellings -----------------------------------------------------------------------------

/** The key two spellings share: no white space, straight apostrophes (as the matcher reads them). */
function spellingKey(s) {
  return s.replace(/[\s\u00a0\u2009\u202f\u2007]+/g, '').replace(/[\u2018\u2019]/g, "'");
}

function collapse(s) {
  return s.replace(/[\s\u00a0\u2009\u202f\u2007]+/g, ' ').trim().replace(/[\u2018\u2019]/g, "'");
}

function slug(s) {
  return s.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The prose rule. A spelling from reporters-db that could be an ordinary word of a sentence is
 * *guarded*: the extractor reads it only in a citation that ends in a parenthetical with a year
 * (`14 Gray 23 (Mass. 1859)`), never in running text (`5 Miles 10`, `3 Day 2`). Plain is: letters
 * and spaces only (no period, apostrophe, digit, ampersand, bracket), unless it is an acronym of
 * three or more capitals (`NLRB`, `BCA`, `USPQ`), or its edition's volume is a year (`2019 OK 12`).
 * Spellings of one or two letters, or with no capital, are too close to prose to be read at all
 * (but the few of two capitals in GUARDED_SHORT_SPELLINGS, which are guarded).
 * Brieflint's curated spellings (`Black`, `Ohio`) are kept as they are; additions may allow more.
 */
function spellingClass(s, volumeIsYear) {
  if (ALLOWED_PLAIN_SPELLINGS.includes(s)) return 'plain';
  if (PROSE_ABBREVIATIONS.has(s)) return 'prose';
  const letters = s.replace(/[^A-Za-z]/g, '');
  if (!/[A-Z]/.test(s) || letters.length < 2) return 'drop';
  if (/[.'\u2019\d&()[\]]/.test(s)) return 'plain';
  if (volumeIsYear) return 'plain';
  if (/\b[A-Z]{3,}\b/.test(s)) return 'plain'; // an acronym: `NLRB`, `FCC Rcd`, `USPQ (BNA)`
  if (/^[A-Z]{1,2}$/.test(s)) return GUARDED_SHORT_SPELLINGS.includes(s) ? 'guarded' : 'drop';
  return 'guarded';
}

/**
 * Abbreviations of ordinary prose that stand between two numbers (`5 Mar. 2021`, `Vol. 3 Col. 2`,
 * `art. 5 Const. 10`): reporters-db has them as variants of rare reports (`Mar.` for A.K. Marshall),
 * but read as reporters they would make dates and references case citations.
 */
const PROSE_ABBREVIATIONS = new Set(['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Col.', 'Const.', 'Div.', 'Just.', 'Mt.', 'Ter.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Sec.', 'Art.', 'Ch.', 'Vol.', 'No.', 'St.']);

// ---- Curated reporters, and how reporters-db's editions map onto them ------------------------

const CURATED = [...FEDERAL_REPORTERS, ...REGIONAL_REPORTERS, ...STATE_REPORTERS, ...NEUTRAL_REPORTERS, ...DATABASE_REPORTERS, ...FOREIGN_REPORTERS];
const YEAR_FORMS = new Set(['year-reporter-number', 'year-dash-reporter-dash-number']);

/** Curated editions by the collapsed form of each of their spellings. */
const curatedBySpelling = new Map();
for (const r of CURATED) {
  for (const e of r.editions) {
    for (const s of [...(e.spellings ?? [e.abbreviation]), ...(e.variants ?? [])]) {
      const k = collapse(s);
      if (!curatedBySpelling.has(k)) curatedBySpelling.set(k, []);
      curatedBySpelling.get(k).push({ r, e });
    }
  }
}

function yearOf(iso) {
  return iso ? Number(iso.slice(0, 4)) : null;
}

/** reporters-db writes 1750-01-01 where the first year is not known. */
const UNKNOWN_START_DATE = '1750-01-01T00:00:00';
const UNKNOWN_START = 1750;
/** The table's first year (the earliest colonial reports begin in the 1650s). */
const FIRST_YEAR = 1600;

/** The form of a reporters-db edition, from its type, its cite format and its examples. */
function formOf(entry, abbreviation) {
  if (/\bLEXIS$/.test(abbreviation)) return 'year-reporter-number';
  if (entry.cite_format === '{volume}-{reporter}-{page}') return 'year-dash-reporter-dash-number';
  if (entry.cite_format === '{reporter} {page}') return 'reporter-year-dash-number';
  if (entry.cite_type === 'specialty_lexis' || entry.cite_type === 'specialty_west') return 'year-reporter-number';
  // Reporters numbered by year though not public-domain forms (`2001 DJCAR 4557`, `1977 Mass. App.
  // Div. Adv. Sh. 805`, `2021 DNH 138P`): every example's volume is a year.
  const examples = entry.examples ?? [];
  if (examples.length > 0 && examples.every((x) => /^(?:1[6-9]|20)\d\d /.test(x))) return 'year-reporter-number';
  if (entry.cite_type === 'neutral') {
    if (examples.some((x) => /^(?:1[6-9]|20)\d\d\b/.test(x))) return 'year-reporter-number';
    if (examples.length === 0) return 'year-reporter-number';
  }
  return 'volume-reporter-page';
}

/** Whether reporters-db's examples cite the entry by paragraph (`¶ 61,049`, `P 61,049`, `par. 61,049`). */
function citedByParagraph(entry) {
  return (entry.examples ?? []).some((x) => /¶|\bP ?\d|\bpar\. ?\d/.test(x));
}

const TYPE_OF = {
  federal: 'federal-specialty', scotus_early: 'supreme-court', state: 'state-official', state_regional: 'regional',
  neutral: 'neutral', specialty: 'federal-specialty', specialty_west: 'database', specialty_lexis: 'database',
};

const STATE_CODES = new Set(['al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md', 'ma',
  'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt',
  'va', 'wa', 'wv', 'wi', 'wy', 'pr', 'vi', 'gu', 'mp']);

/**
 * Court scopes of a new edition from reporters-db's jurisdictions (`us:ny;court.appeals`,
 * `us:c2;court.appeals`, `us;federal`): the states whose courts appear, `federal` when federal
 * courts do. Topical services and databases publish `any` court, and so does an entry with no
 * jurisdiction: a generous scope never flags a court wrongly.
 */
function scopesOf(entry) {
  if (!['state', 'state_regional', 'federal', 'scotus_early', 'neutral'].includes(entry.cite_type)) return ['any'];
  if (entry.cite_type === 'scotus_early') return ['federal:supreme'];
  const states = new Set();
  let federal = false;
  let other = false;
  for (const j of entry.mlz_jurisdiction ?? []) {
    const place = j.split(';')[0].split(':');
    if (place[0] !== 'us') other = true;
    else if (place.length === 1 || /^c\d*$/.test(place[1]) || place[1] === 'fed' || place[1] === 'federal') federal = true;
    else if (place[1].includes('.')) federal = true; // `us:ma.d;circuit.court`: a federal court of a district
    else if (STATE_CODES.has(place[1])) states.add(place[1].toUpperCase());
    else other = true;
  }
  if (other || (states.size === 0 && !federal)) return ['any'];
  return [...(federal ? ['federal'] : []), ...[...states].sort().map((s) => `state:${s}`)];
}

/** The court a new state edition implies: the one court of last resort it reports, if only that. */
function impliesOf(entry) {
  if (entry.cite_type === 'scotus_early') return 'scotus';
  if (entry.cite_type !== 'state') return undefined;
  const js = [...new Set(entry.mlz_jurisdiction ?? [])];
  if (js.length !== 1) return undefined;
  const m = /^us:([a-z]{2});(.*)$/.exec(js[0]);
  if (!m || !STATE_CODES.has(m[1])) return undefined;
  const highest = COURT_LEVELS.highest[m[1].toUpperCase()] ?? 'supreme.court';
  return m[2] === highest ? m[1] : undefined;
}

// ---- Merge ---------------------------------------------------------------------------------

/** Working copies of the curated reporters, with their editions' variants extendable. */
const out = CURATED.map((r) => ({ ...r, editions: r.editions.map((e) => ({ ...e, variants: [...(e.variants ?? [])], curated: true })) }));
const outEdition = new Map();
CURATED.forEach((r, i) => r.editions.forEach((e, j) => outEdition.set(e, out[i].editions[j])));

/** Spelling key → editions (working copies) already holding it. */
const taken = new Map();
function take(key, ed) {
  if (!taken.has(key)) taken.set(key, []);
  if (!taken.get(key).includes(ed)) taken.get(key).push(ed);
}
/** The reporter (working copy) of each edition, and each edition's scopes for the disjointness test. */
const reporterOf = new Map();
for (const r of out) {
  for (const e of r.editions) {
    reporterOf.set(e, r);
    for (const s of [...(e.spellings ?? [e.abbreviation]), ...e.variants]) take(spellingKey(s), e);
  }
}

function volumeIsYear(e) {
  return YEAR_FORMS.has(e.form ?? 'volume-reporter-page');
}
function scopesOfEdition(e) {
  return (e.publishes ?? reporterOf.get(e).publishes).map((s) => (typeof s === 'string' ? s : s.courts));
}
/** The state a scope is limited to, or `*` (federal, any, a court id: could meet anything). */
function stateOfScope(s) {
  const m = /^state:([A-Z]{2})/.exec(s);
  if (m) return m[1];
  if (s.startsWith('federal')) return 'federal';
  return '*';
}

/**
 * How two editions sharing a spelling are told apart, or undefined: `volume-is-year` (one's
 * volume is a year: `2009 Ark. 190`), `years` (their years do not meet), `courts` (their courts
 * are of different states, or federal and state). The script's test is conservative; the table's
 * own `validateTable` checks the same on the compiled courts.
 */
function tellApart(a, b) {
  if (volumeIsYear(a) !== volumeIsYear(b)) return 'volume-is-year';
  if (!a.undated && !b.undated && ((a.end !== null && a.end < b.start) || (b.end !== null && b.end < a.start))) return 'years';
  const sa = new Set(scopesOfEdition(a).map(stateOfScope));
  const sb = new Set(scopesOfEdition(b).map(stateOfScope));
  if (sa.has('*') || sb.has('*')) return undefined;
  for (const s of sa) if (sb.has(s)) return undefined;
  return 'courts';
}

/** Shared spellings, for the generated file: [spelling, edition keys, how they are told apart]. */
const ambiguities = [];
/** Spellings left out, with the reason, for the documentation and the examples test. */
const dropped = [];
/** Guarded spellings (see `spellingClass`). */
const guarded = new Set();

/**
 * Adds `spelling` to `ed` unless another edition holds it and nothing tells them apart (then it
 * is dropped and listed). Canonical spellings of new editions come through here too.
 */
function addSpelling(ed, spelling, isVariant) {
  const cls = spellingClass(spelling, volumeIsYear(ed));
  if (/ at$/.test(spelling)) {
    dropped.push([spelling, ed.abbreviation, 'ends in the short-form word "at"']);
    return false;
  }
  if (cls === 'prose') {
    dropped.push([spelling, ed.abbreviation, 'an abbreviation of ordinary prose (a month, Col., Const., …)']);
    return false;
  }
  if (cls === 'drop') {
    dropped.push([spelling, ed.abbreviation, 'too short or no capital: reads as prose']);
    return false;
  }
  const key = spellingKey(spelling);
  // A spelling the matcher already reads as one of the edition's (`F. App’x`, `F.Supp.2d`) adds nothing.
  if (isVariant && [...(ed.spellings ?? [ed.abbreviation]), ...ed.variants].some((s) => spellingKey(s) === key && collapse(s) === collapse(spelling))) return true;
  const holders = (taken.get(key) ?? []).filter((h) => h !== ed);
  for (const h of holders) {
    if (!tellApart(h, ed)) {
      dropped.push([spelling, ed.abbreviation, `also ${h.abbreviation}, with nothing to tell them apart`]);
      return false;
    }
  }
  if (cls === 'guarded') guarded.add(key);
  if (isVariant && !ed.variants.includes(spelling) && !(ed.moreVariants ?? []).includes(spelling) && !(ed.spellings ?? [ed.abbreviation]).includes(spelling)) {
    // Curated editions keep Brieflint's own variants apart from reporters-db's (`moreVariants`):
    // all are matched, only Brieflint's are offered as near spellings of an unknown one.
    if (ed.curated) (ed.moreVariants ??= []).push(spelling);
    else ed.variants.push(spelling);
  }
  take(key, ed);
  return true;
}

/** An edition's key as the table compiles it: its own, the reporter's when it is the only one, or a slug. */
function editionKey(e) {
  const r = reporterOf.get(e);
  return e.key ?? (r && r.editions.length === 1 ? r.key : slug(e.abbreviation));
}
const usedKeys = new Set(out.flatMap((r) => [r.key, ...r.editions.map(editionKey)]));
function freshKey(base) {
  let k = base || 'reporter';
  for (let n = 2; usedKeys.has(k); n++) k = `${base}-${n}`;
  usedKeys.add(k);
  return k;
}

/** reporters-db's entries, in its key order (sorted), each with the editions it adds. */
const rdbKeys = Object.keys(rdb).sort();
const added = [];
/** For the examples test: which edition each reporters-db edition became. */
const sourceOf = [];
for (const rkey of rdbKeys) {
  rdb[rkey].forEach((entry, index) => {
    const editions = [];
    for (const abbreviation of Object.keys(entry.editions).sort()) {
      const form = formOf(entry, abbreviation);
      const data = entry.editions[abbreviation];
      const variants = Object.keys(entry.variations ?? {}).filter((v) => entry.variations[v] === abbreviation).sort();
      const yearForm = YEAR_FORMS.has(form);
      // The curated edition of that spelling; where two share it (`Ark.`: the reports and the
      // public-domain form), the one whose volume is a year when reporters-db's is.
      const named = curatedBySpelling.get(collapse(abbreviation)) ?? [];
      // A reporters-db entry that says it is a public-domain form is never merged into a curated
      // print edition of the same spelling (`Pa. Super.`: the reports, and `1999 Pa. Super. 1`).
      const sameForm = named.filter(({ e }) => YEAR_FORMS.has(e.form ?? 'volume-reporter-page') === yearForm);
      const curated = named.length === 1 && entry.cite_type !== 'neutral' ? named : sameForm;
      if (curated.length > 0) {
        // Known to Brieflint: keep its facts, add the spellings reporters-db knows.
        const ed = outEdition.get(curated[0].e);
        for (const v of variants) {
          if ((DROPPED_VARIANTS[abbreviation] ?? []).includes(v)) dropped.push([v, abbreviation, 'left out by data/brieflint/additions.mjs']);
          else addSpelling(ed, v, true);
        }
        sourceOf.push([rkey, index, abbreviation, editionKey(ed)]);
        continue;
      }
      const fix = YEAR_CORRECTIONS[abbreviation];
      const undated = !fix && data.start === UNKNOWN_START_DATE;
      const start = Math.max(FIRST_YEAR, fix?.start ?? yearOf(data.start) ?? UNKNOWN_START);
      const end = fix && 'end' in fix ? fix.end : yearOf(data.end);
      const ed = {
        abbreviation,
        key: undefined,
        name: entry.name,
        start: undated ? Math.min(UNKNOWN_START, end ?? UNKNOWN_START) : start,
        end: end !== null && end < start && !undated ? start : end,
        undated: undated || undefined,
        variants: [],
        form: form === 'volume-reporter-page' ? undefined : form,
        paragraphs: citedByParagraph(entry) || undefined,
        publishes: scopesOf(entry),
        implies: impliesOf(entry),
      };
      editions.push({ ed, variants });
    }
    if (editions.length === 0) return;
    const reporter = {
      key: freshKey(slug(rkey)),
      name: entry.name,
      type: TYPE_OF[entry.cite_type] ?? 'federal-specialty',
      publishes: editions[0].ed.publishes,
      source: `reporters-db:${rkey}${rdb[rkey].length > 1 ? `#${index}` : ''}`,
      editions: [],
    };
    for (const { ed, variants } of editions) {
      reporterOf.set(ed, reporter);
      // What the edition would inherit from the reporter is left out of the data (the table fills it in).
      if (ed.name === reporter.name) ed.name = undefined;
      const cls = spellingClass(ed.abbreviation, volumeIsYear(ed));
      if (cls === 'drop' || cls === 'prose') {
        // Its own abbreviation reads as prose (`Div.`, `ML`): in the table, never matched.
        ed.unread = true;
        ed.key = editions.length === 1 ? reporter.key : freshKey(slug(ed.abbreviation));
        reporter.editions.push(ed);
        sourceOf.push([rkey, index, ed.abbreviation, ed.key]);
        continue;
      }
      if (!addSpelling(ed, abbreviation(ed), false)) {
        // The canonical spelling is another edition's, indistinguishably: the entry is that edition.
        const other = (taken.get(spellingKey(ed.abbreviation)) ?? [])[0];
        if (other) sourceOf.push([rkey, index, ed.abbreviation, editionKey(other)]);
        continue;
      }
      for (const v of [...variants, ...(EXTRA_VARIANTS[ed.abbreviation] ?? [])]) addSpelling(ed, v, true);
      ed.key = editions.length === 1 ? reporter.key : freshKey(slug(ed.abbreviation));
      reporter.editions.push(ed);
      sourceOf.push([rkey, index, ed.abbreviation, ed.key]);
    }
    if (reporter.editions.length > 0) added.push(reporter);
  });
}
function abbreviation(ed) {
  return ed.abbreviation;
}
// Extra variants of curated editions (Brieflint's additions keyed by canonical abbreviation).
for (const r of out) for (const e of r.editions) for (const v of EXTRA_VARIANTS[e.abbreviation] ?? []) addSpelling(e, v, true);

// A variant that is another edition's canonical spelling (met before that edition was made) goes.
const allEditions = [...out, ...added].flatMap((r) => r.editions);
const canonicalKeys = new Map();
for (const e of allEditions) for (const c of e.spellings ?? [e.abbreviation]) canonicalKeys.set(spellingKey(c), [...(canonicalKeys.get(spellingKey(c)) ?? []), e]);
for (const e of allEditions) {
  for (const field of ['variants', 'moreVariants']) {
    if (!e[field]) continue;
    e[field] = e[field].filter((v) => {
      if ((e.spellings ?? [e.abbreviation]).some((c) => spellingKey(c) === spellingKey(v))) return true; // its own, spaced otherwise
      const others = (canonicalKeys.get(spellingKey(v)) ?? []).filter((o) => o !== e);
      // A curated edition's canonical spelling is its own (`B.R.` is the Bankruptcy Reporter, not
      // also the Baltimore City Reports): a reporters-db variant never takes it.
      const curatedOther = !(e.curated && field === 'variants') && others.some((o) => o.curated && tellApart(o, e) !== 'volume-is-year');
      if ((!curatedOther && others.every((o) => tellApart(o, e))) || (e.curated && field === 'variants')) return true;
      dropped.push([v, e.abbreviation, 'the canonical spelling of another edition']);
      taken.set(spellingKey(v), (taken.get(spellingKey(v)) ?? []).filter((h) => h !== e));
      return false;
    });
  }
}

// Shared spellings that remain, and how each pair is told apart.
for (const [key, holders] of [...taken].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const live = holders.filter((h) => allEditions.includes(h));
  if (live.length < 2) continue;
  const how = new Set();
  for (let i = 0; i < live.length; i++) for (let j = i + 1; j < live.length; j++) how.add(tellApart(live[i], live[j]) ?? 'unknown');
  ambiguities.push([key, live.map(editionKey), [...how].sort().join('+')]);
}

// ---- Courts --------------------------------------------------------------------------------

/** courts-db level codes → Brieflint's words. */
const LEVEL = { colr: 'supreme', iac: 'intermediate', gjc: 'trial', ljc: 'trial', trial: 'trial' };
function courtLevel(c) {
  if (c.system === 'federal') {
    if (c.type === 'bankruptcy') return 'bankruptcy';
    if (c.id === 'scotus') return 'supreme';
    if (c.type === 'appellate' && /^ca(\d+|dc|fc)$/.test(c.id)) return 'appellate';
    if (c.type === 'trial' && c.level !== 'ljc') return 'trial';
    return 'specialty';
  }
  return LEVEL[c.level] ?? (c.type === 'appellate' ? 'intermediate' : 'trial');
}
const courts = [];
for (const c of [...cdb].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
  const years = (c.dates ?? []).flatMap((d) => [yearOf(d.start), yearOf(d.end)]);
  const starts = (c.dates ?? []).map((d) => yearOf(d.start)).filter((y) => y !== null);
  const ends = (c.dates ?? []).map((d) => yearOf(d.end));
  const system = ['federal', 'state', 'tribal', 'international'].includes(c.system) ? c.system : 'other';
  courts.push([
    c.id,
    collapse(c.citation_string ?? ''),
    c.name,
    system,
    courtLevel(c),
    c.jurisdiction ?? '',
    c.parent ?? '',
    starts.length ? Math.min(...starts) : null,
    years.length && !ends.includes(null) ? Math.max(...ends) : null,
    c.location ?? '',
  ]);
}

// ---- Output --------------------------------------------------------------------------------

/** JSON for one value, object keys in a fixed order, undefined fields left out. */
function json(v) {
  return JSON.stringify(v, (k, x) => k === 'curated' ? undefined : (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).filter(([, y]) => y !== undefined && !(Array.isArray(y) && y.length === 0))) : x));
}

/**
 * A JSON array as a sum of string literals, one element a line: parsed with \`JSON.parse\` at
 * load (faster than an object literal of the same size), and diffs stay one entry a line.
 */
function lines(items) {
  const quote = (x) => `'${x.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
  return "'[' +\n" + items.map((x, i) => `  ${quote(x + (i < items.length - 1 ? ',' : ''))} +\n`).join('') + "  ']'";
}

const all = [...out, ...added];

// ---- Publishers and CourtListener (data/brieflint/courtlistener.mjs) ------------------------------

/** `BNA` of `U.S.P.Q.2d (BNA)`: the publisher code in parentheses at the end of an abbreviation. */
function publisherCode(abbreviation) {
  const m = /\(([^()]{1,12})\)$/.exec(abbreviation);
  return m && PUBLISHER_CODES[m[1]] ? m[1] : undefined;
}
/** [edition key, publisher], and the keys of the editions CourtListener does not hold, in table order. */
const publishers = [];
const notOnCourtListener = [];
for (const r of all) {
  for (const e of r.editions) {
    if (e.unread) continue;
    const code = publisherCode(e.abbreviation);
    const publisher = code ? PUBLISHER_CODES[code] : PUBLISHERS[e.abbreviation];
    if (publisher) publishers.push([editionKey(e), publisher]);
    const absent = NOT_ON_COURTLISTENER.types.includes(r.type)
      || (NOT_ON_COURTLISTENER.publisherCode && code !== undefined)
      || NOT_ON_COURTLISTENER.abbreviations.includes(e.abbreviation);
    if (absent) notOnCourtListener.push(editionKey(e));
  }
}
for (const r of added) {
  for (const e of r.editions) if (JSON.stringify(e.publishes) === JSON.stringify(r.publishes)) e.publishes = undefined;
}
const reportersFile = `// Generated by scripts/data-reporters.mjs from data/vendor/reporters-db (Free Law Project
// reporters-db 3.2.62, BSD-2-Clause: data/vendor/reporters-db/LICENSE) and data/brieflint/.
// Do not edit: change the inputs and run \`npm run data:reporters\`.
//
// ${all.length} reporters, ${all.reduce((n, r) => n + r.editions.length, 0)} editions (${CURATED.length} reporters curated by Brieflint, ${added.length} added from reporters-db).
import type { ReporterData } from './types';

/** Every reporter, curated first (federal, regional, state, neutral, database, foreign), then reporters-db's others in its key order. */
export const REPORTER_DATA: readonly ReporterData[] = JSON.parse(${lines(all.map(json))});

/**
 * Spellings (white space removed) that read as plain words: the extractor reads them only in a
 * citation with a year in a parenthetical (the prose rule, docs/reporters.md).
 */
export const GUARDED_SPELLINGS: readonly string[] = ${json([...guarded].sort())};

/** Spellings several editions share: [spelling without white space, edition keys, how the table tells them apart]. */
export const SHARED_SPELLINGS: readonly (readonly [string, readonly string[], string])[] = ${json(ambiguities)};

/** reporters-db spellings left out: [spelling, its edition, why]. */
export const DROPPED_SPELLINGS: readonly (readonly [string, string, string])[] = ${json(dropped.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1)))};

/** Who publishes a specialty, administrative or database reporter: [edition key, publisher] (data/brieflint/courtlistener.mjs). */
export const EDITION_PUBLISHERS: readonly (readonly [string, string])[] = ${json(publishers)};

/** Editions CourtListener does not hold (databases, administrative decisions, topical services): no link is made for them. */
export const NOT_ON_COURTLISTENER: readonly string[] = ${json(notOnCourtListener)};

/** Which edition each reporters-db edition is: [reporters-db key, index of the entry, its abbreviation, edition key]. */
export const SOURCE_EDITIONS: readonly (readonly [string, number, string, string])[] = ${json(sourceOf)};
`;

const courtsFile = `// Generated by scripts/data-reporters.mjs from data/vendor/courts-db/courts.json (Free Law
// Project courts-db 0.10.27, BSD-2-Clause: data/vendor/courts-db/LICENSE).
// Do not edit: change the input and run \`npm run data:reporters\`.
//
// ${courts.length} courts.

/** [id, citation string, name, system, level, jurisdiction, parent id, first year, last year (null: sitting or not known), place]. */
export type CourtsDbRow = readonly [string, string, string, string, string, string, string, number | null, number | null, string];

/** Every court of courts-db, by id. */
export const COURTS_DB: readonly CourtsDbRow[] = JSON.parse(${lines(courts.map((c) => JSON.stringify(c)))});
`;

const check = process.argv.includes('--check');
let stale = false;
for (const [file, text] of [[REPORTERS_OUT, reportersFile], [COURTS_OUT, courtsFile]]) {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old === text) continue;
  if (check) {
    process.stderr.write(`${path.relative(root, file)} is stale: run npm run data:reporters\n`);
    stale = true;
  } else {
    writeFileSync(file, text);
    process.stdout.write(`wrote ${path.relative(root, file)}\n`);
  }
}
if (!check) {
  process.stdout.write(`${all.length} reporters, ${allEditions.length} editions, ${guarded.size} guarded spellings, ${ambiguities.length} shared, ${dropped.length} dropped; ${courts.length} courts\n`);
}
process.exit(stale ? 1 : 0);
