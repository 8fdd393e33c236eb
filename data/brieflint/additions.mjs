// Brieflint's own facts about reporters-db's entries, read by scripts/data-reporters.mjs.
// (The reporters Brieflint curates itself, with their court scopes and the variants people
// type, are in ./reporters/.) Every entry here is tested (test/unit/reporters/examples.test.ts
// and table.test.ts).

/**
 * Plain-word spellings (see the prose rule in scripts/data-reporters.mjs) that are read like any
 * other spelling, without a parenthetical: none yet. A spelling goes here only when it cannot be
 * a word of a sentence before a number.
 */
export const ALLOWED_PLAIN_SPELLINGS = [];

/**
 * Spellings of two capitals that the prose rule guards instead of dropping: the regional
 * reporters and the U.S. Reports written without periods (`100 NW 913 (Mich. 1904)`,
 * `343 US 579 (1952)`). Read only in a citation with a year in a parenthetical, so `NW` as a
 * compass direction (`100 NW 12th St.`) and `US` as a word are not.
 */
export const GUARDED_SHORT_SPELLINGS = ['NE', 'NW', 'SE', 'SW', 'US'];

/** Variants people type that reporters-db lacks, for editions Brieflint does not curate: canonical → variants. */
export const EXTRA_VARIANTS = {};

/** reporters-db variants left out on purpose: canonical → variants. */
export const DROPPED_VARIANTS = {
  // `Fed.` and `Fed. R.` begin `Fed. R. Civ. P.`, `Fed. R. Evid.`, `Fed. Reg.`, `Fed. Cl.`: read
  // as the Federal Reporter they would take the start of a rule or another reporter.
  'F.': ['Fed.', 'Fed.R.'],
};

/** Years reporters-db gives wrong or not at all, for editions Brieflint does not curate: canonical → { start, end }. */
export const YEAR_CORRECTIONS = {};

/**
 * reporters-db's jurisdiction word for each state's court of last resort where it is not
 * `supreme.court`: a state report of that court alone implies it.
 */
export const COURT_LEVELS = {
  highest: { NY: 'court.appeals', MD: 'court.appeals', DC: 'court.appeals', MA: 'supreme.judicial.court', ME: 'supreme.judicial.court' },
};
