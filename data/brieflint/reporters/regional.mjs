/**
 * West's National Reporter System for the states: the seven regional reporters, and the three
 * single-state units (Cal. Rptr., N.Y.S., Ill. Dec.). Data only.
 */
// The shapes are `ReporterData` and `EditionData` of server/src/core/reporters/types.ts.

export const REGIONAL_REPORTERS = [
  {
    key: 'a', name: 'Atlantic Reporter', type: 'regional',
    publishes: ['state:CT', 'state:DE', 'state:DC', 'state:ME', 'state:MD', 'state:NH', 'state:NJ', 'state:PA', 'state:RI', 'state:VT'],
    editions: [
      { abbreviation: 'A.', start: 1885, end: 1938, variants: ['Atl.'] },
      { abbreviation: 'A.2d', name: 'Atlantic Reporter, Second Series', start: 1938, end: 2010 },
      { abbreviation: 'A.3d', name: 'Atlantic Reporter, Third Series', start: 2010, end: null },
    ],
  },
  {
    key: 'ne', name: 'North Eastern Reporter', type: 'regional',
    // New York appears only with its Court of Appeals; the other New York courts are in N.Y.S.
    publishes: ['state:IL', 'state:IN', 'state:MA', 'state:OH', 'state:NY:supreme'],
    editions: [
      { abbreviation: 'N.E.', start: 1885, end: 1936 },
      { abbreviation: 'N.E.2d', name: 'North Eastern Reporter, Second Series', start: 1936, end: 2013, variants: ['NE2d'] },
      { abbreviation: 'N.E.3d', name: 'North Eastern Reporter, Third Series', start: 2013, end: null, variants: ['NE3d'] },
    ],
  },
  {
    key: 'nw', name: 'North Western Reporter', type: 'regional',
    publishes: ['state:IA', 'state:MI', 'state:MN', 'state:NE', 'state:ND', 'state:SD', 'state:WI'],
    editions: [
      { abbreviation: 'N.W.', start: 1879, end: 1941 },
      { abbreviation: 'N.W.2d', name: 'North Western Reporter, Second Series', start: 1941, end: 2025, approximateYears: true, variants: ['NW2d'] },
      { abbreviation: 'N.W.3d', name: 'North Western Reporter, Third Series', start: 2024, end: null, approximateYears: true, variants: ['NW3d'],
        note: 'Began when the second series reached volume 999 (2024–2025).' },
    ],
  },
  {
    key: 'p', name: 'Pacific Reporter', type: 'regional',
    // The California Court of Appeal left the Pacific Reporter when the California Reporter began (1959).
    publishes: ['state:AK', 'state:AZ', 'state:CO', 'state:HI', 'state:ID', 'state:KS', 'state:MT', 'state:NV', 'state:NM', 'state:OK',
      'state:OR', 'state:UT', 'state:WA', 'state:WY', 'state:CA:supreme', { courts: 'state:CA', until: 1959 }],
    editions: [
      { abbreviation: 'P.', start: 1883, end: 1931, variants: ['Pac.'] },
      { abbreviation: 'P.2d', name: 'Pacific Reporter, Second Series', start: 1931, end: 2000 },
      { abbreviation: 'P.3d', name: 'Pacific Reporter, Third Series', start: 2000, end: null },
    ],
  },
  {
    key: 'se', name: 'South Eastern Reporter', type: 'regional',
    publishes: ['state:GA', 'state:NC', 'state:SC', 'state:VA', 'state:WV'],
    editions: [
      { abbreviation: 'S.E.', start: 1887, end: 1939 },
      { abbreviation: 'S.E.2d', name: 'South Eastern Reporter, Second Series', start: 1939, end: null, variants: ['SE2d'] },
    ],
  },
  {
    key: 'sw', name: 'South Western Reporter', type: 'regional',
    publishes: ['state:AR', 'state:KY', 'state:MO', 'state:TN', 'state:TX'],
    editions: [
      { abbreviation: 'S.W.', start: 1886, end: 1928 },
      { abbreviation: 'S.W.2d', name: 'South Western Reporter, Second Series', start: 1928, end: 1999, variants: ['SW2d'] },
      { abbreviation: 'S.W.3d', name: 'South Western Reporter, Third Series', start: 1999, end: null, variants: ['SW3d'] },
    ],
  },
  {
    key: 'so', name: 'Southern Reporter', type: 'regional',
    publishes: ['state:AL', 'state:FL', 'state:LA', 'state:MS'],
    editions: [
      { abbreviation: 'So.', start: 1886, end: 1941 },
      { abbreviation: 'So. 2d', name: 'Southern Reporter, Second Series', start: 1941, end: 2008, variants: ['So 2d'] },
      { abbreviation: 'So. 3d', name: 'Southern Reporter, Third Series', start: 2008, end: null, variants: ['So 3d'] },
    ],
  },
  {
    key: 'cal-rptr', name: "West's California Reporter", type: 'regional', publishes: ['state:CA'],
    editions: [
      { abbreviation: 'Cal. Rptr.', start: 1959, end: 1991 },
      { abbreviation: 'Cal. Rptr. 2d', name: "West's California Reporter, Second Series", start: 1991, end: 2003 },
      { abbreviation: 'Cal. Rptr. 3d', name: "West's California Reporter, Third Series", start: 2003, end: null },
    ],
  },
  {
    key: 'nys', name: 'New York Supplement', type: 'regional', publishes: ['state:NY'],
    editions: [
      { abbreviation: 'N.Y.S.', start: 1888, end: 1938, variants: ['N.Y. Supp.'] },
      { abbreviation: 'N.Y.S.2d', name: 'New York Supplement, Second Series', start: 1938, end: 2015, variants: ['NYS2d'] },
      { abbreviation: 'N.Y.S.3d', name: 'New York Supplement, Third Series', start: 2014, end: null, variants: ['NYS3d'] },
    ],
  },
  {
    key: 'ill-dec', name: "West's Illinois Decisions", type: 'regional', publishes: ['state:IL'],
    editions: [{ abbreviation: 'Ill. Dec.', start: 1976, end: null }],
  },
];
