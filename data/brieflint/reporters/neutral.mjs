/**
 * Public-domain (vendor-neutral) citations: the volume is the year and the page is the
 * opinion's number. Data only. `start` is the first year a form is cited with (for New Mexico and
 * Oklahoma, which assigned numbers to older opinions too, the first year numbered).
 *
 * Not here: Louisiana and Mississippi, whose public-domain forms are built on docket numbers
 * (`99-KA-1234 (La. 10/11/00)`, `97-CA-12345-SCT`) rather than on a reporter abbreviation.
 */
// The shapes are `ReporterData` and `EditionData` of server/src/core/reporters/types.ts.

const Y = 'year-reporter-number';
const DASH = 'year-dash-reporter-dash-number';

export const NEUTRAL_REPORTERS = [
  { key: 'ark-neutral', name: 'Arkansas public-domain citation', type: 'neutral', publishes: [],
    note: 'Since July 1, 2009; shares its spelling with the Arkansas Reports and Arkansas Appellate Reports, told apart by the year in the volume place.',
    editions: [
      { abbreviation: 'Ark.', key: 'ark-neutral', name: 'Arkansas Supreme Court public-domain citation', start: 2009, end: null, form: Y, publishes: ['ar'], implies: 'ar' },
      { abbreviation: 'Ark. App.', key: 'ark-app-neutral', name: 'Arkansas Court of Appeals public-domain citation', start: 2009, end: null, form: Y,
        publishes: ['ar-ct-app'], implies: 'ar-ct-app' },
    ] },
  { key: 'co-neutral', name: 'Colorado public-domain citation', type: 'neutral', publishes: [],
    editions: [
      { abbreviation: 'CO', key: 'co-neutral', name: 'Colorado Supreme Court public-domain citation', start: 2012, end: null, form: Y, publishes: ['co'], implies: 'co' },
      { abbreviation: 'COA', key: 'coa-neutral', name: 'Colorado Court of Appeals public-domain citation', start: 2012, end: null, form: Y, publishes: ['co-app'], implies: 'co-app' },
    ] },
  { key: 'il-neutral', name: 'Illinois public-domain citation', type: 'neutral', publishes: [],
    note: 'Since July 1, 2011. Numbers of unpublished Rule 23 orders end in -U; Workers\' Compensation Commission Division numbers end in WC.',
    editions: [
      { abbreviation: 'IL', key: 'il-neutral', name: 'Illinois Supreme Court public-domain citation', start: 2011, end: null, form: Y, publishes: ['il'], implies: 'il' },
      { abbreviation: 'IL App', key: 'il-app-neutral', name: 'Illinois Appellate Court public-domain citation', start: 2011, end: null, form: Y,
        spellings: ['IL App (1st)', 'IL App (2d)', 'IL App (3d)', 'IL App (4th)', 'IL App (5th)'],
        publishes: ['il-app-ct'], implies: 'il-app-ct', note: 'The district in parentheses is part of the citation: 2014 IL App (2d) 120583.' },
    ] },
  { key: 'me-neutral', name: 'Maine public-domain citation', type: 'neutral', publishes: ['me'], implies: 'me',
    editions: [{ abbreviation: 'ME', start: 1997, end: null, form: Y }] },
  { key: 'mt-neutral', name: 'Montana public-domain citation', type: 'neutral', publishes: ['mt'], implies: 'mt',
    editions: [{ abbreviation: 'MT', start: 1998, end: null, form: Y }] },
  { key: 'nm-neutral', name: 'New Mexico official (public-domain) citation', type: 'neutral', publishes: [],
    note: 'Used since 1996 and assigned in 2013 to every earlier opinion; required in New Mexico filings.',
    editions: [
      { abbreviation: 'NMSC', key: 'nmsc', name: 'New Mexico Supreme Court official citation', start: 1852, end: null, form: DASH, publishes: ['nm'], implies: 'nm' },
      { abbreviation: 'NMCA', key: 'nmca', name: 'New Mexico Court of Appeals official citation', start: 1966, end: null, form: DASH, publishes: ['nm-ct-app'], implies: 'nm-ct-app' },
    ] },
  { key: 'nc-neutral', name: 'North Carolina public-domain citation', type: 'neutral', publishes: [],
    note: 'Assigned to opinions from January 1, 2021; left open-ended so that no citation is flagged for its year.',
    editions: [
      { abbreviation: 'NCSC', key: 'ncsc', name: 'North Carolina Supreme Court public-domain citation', start: 2021, end: null, form: DASH, publishes: ['nc'], implies: 'nc' },
      { abbreviation: 'NCCOA', key: 'nccoa', name: 'North Carolina Court of Appeals public-domain citation', start: 2021, end: null, form: DASH, publishes: ['nc-ct-app'], implies: 'nc-ct-app' },
    ] },
  { key: 'nd-neutral', name: 'North Dakota public-domain citation', type: 'neutral', publishes: [],
    editions: [
      { abbreviation: 'ND', key: 'nd-neutral', name: 'North Dakota Supreme Court public-domain citation', start: 1997, end: null, form: Y, publishes: ['nd'], implies: 'nd' },
      { abbreviation: 'ND App', key: 'nd-app-neutral', name: 'North Dakota Court of Appeals public-domain citation', start: 1998, end: null, form: Y, publishes: ['nd-ct-app'], implies: 'nd-ct-app' },
    ] },
  { key: 'ohio-neutral', name: 'Ohio public-domain (WebCite) citation', type: 'neutral', publishes: ['state:OH'],
    note: 'Since May 1, 2002, for opinions of every Ohio court; the court still goes in the parenthetical. Shares the spelling `Ohio` with the Ohio Reports (volumes 1–20).',
    editions: [{ abbreviation: 'Ohio', key: 'ohio-neutral', start: 2002, end: null, form: DASH }] },
  { key: 'ok-neutral', name: 'Oklahoma public-domain citation', type: 'neutral', publishes: [],
    note: 'Required since 1997; the Oklahoma Supreme Court Network assigned numbers to earlier opinions as well.',
    editions: [
      { abbreviation: 'OK', key: 'ok-neutral', name: 'Oklahoma Supreme Court public-domain citation', start: 1890, end: null, form: Y, publishes: ['ok'], implies: 'ok' },
      { abbreviation: 'OK CR', key: 'ok-cr-neutral', name: 'Oklahoma Court of Criminal Appeals public-domain citation', start: 1908, end: null, form: Y, publishes: ['ok-crim-app'], implies: 'ok-crim-app' },
      { abbreviation: 'OK CIV APP', key: 'ok-civ-app-neutral', name: 'Oklahoma Court of Civil Appeals public-domain citation', start: 1968, end: null, form: Y, publishes: ['ok-civ-app'], implies: 'ok-civ-app' },
    ] },
  { key: 'pa-super-neutral', name: 'Pennsylvania Superior Court public-domain citation', type: 'neutral', publishes: ['pa-super-ct'], implies: 'pa-super-ct',
    editions: [{ abbreviation: 'PA Super', start: 1999, end: null, form: Y, approximateYears: true }] },
  { key: 'sd-neutral', name: 'South Dakota public-domain citation', type: 'neutral', publishes: ['sd'], implies: 'sd',
    editions: [{ abbreviation: 'SD', start: 1996, end: null, form: Y }] },
  { key: 'ut-neutral', name: 'Utah public-domain citation', type: 'neutral', publishes: [],
    editions: [
      { abbreviation: 'UT', key: 'ut-neutral', name: 'Utah Supreme Court public-domain citation', start: 1999, end: null, form: Y, publishes: ['ut'], implies: 'ut' },
      { abbreviation: 'UT App', key: 'ut-app-neutral', name: 'Utah Court of Appeals public-domain citation', start: 1999, end: null, form: Y, publishes: ['ut-ct-app'], implies: 'ut-ct-app' },
    ] },
  { key: 'vt-neutral', name: 'Vermont public-domain citation', type: 'neutral', publishes: ['vt'], implies: 'vt',
    editions: [{ abbreviation: 'VT', start: 2003, end: null, form: Y }] },
  { key: 'wi-neutral', name: 'Wisconsin public-domain citation', type: 'neutral', publishes: [],
    editions: [
      { abbreviation: 'WI', key: 'wi-neutral', name: 'Wisconsin Supreme Court public-domain citation', start: 2000, end: null, form: Y, publishes: ['wi'], implies: 'wi' },
      { abbreviation: 'WI App', key: 'wi-app-neutral', name: 'Wisconsin Court of Appeals public-domain citation', start: 2000, end: null, form: Y, publishes: ['wi-ct-app'], implies: 'wi-ct-app' },
    ] },
  { key: 'wy-neutral', name: 'Wyoming public-domain citation', type: 'neutral', publishes: ['wy'], implies: 'wy',
    editions: [{ abbreviation: 'WY', start: 2001, end: null, form: Y }] },
];
