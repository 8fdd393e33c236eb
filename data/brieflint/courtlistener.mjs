// Who publishes a specialty or administrative reporter, and which reporters CourtListener does
// not hold, read by scripts/data-reporters.mjs (tested in test/unit/reporters/courtlistener.test.ts).
// The hover names the publisher; a citation to a reporter CourtListener does not hold gets no
// "Open on CourtListener" link (its citation look-up would find nothing).

/** Publishers by the code a reporter's abbreviation ends with, in parentheses: `U.S.P.Q.2d (BNA)`. */
export const PUBLISHER_CODES = {
  BNA: 'Bloomberg BNA',
  CCH: 'Commerce Clearing House (CCH, Wolters Kluwer)',
  'C.C.H.': 'Commerce Clearing House (CCH, Wolters Kluwer)',
  RIA: 'Research Institute of America (RIA, Thomson Reuters)',
  'P-H': 'Prentice-Hall',
  West: 'West (Thomson Reuters)',
  Callaghan: 'Callaghan & Company',
  LRP: 'LRP Publications',
  'P & F': 'Pike & Fischer',
  'P&F': 'Pike & Fischer',
  MB: 'Matthew Bender (LexisNexis)',
  CRR: 'CRR Publishing',
};

/** Publishers of reporters whose abbreviation names none: canonical abbreviation → publisher. */
export const PUBLISHERS = {
  'M.S.P.R.': 'the U.S. Merit Systems Protection Board',
  'Comp. Gen.': 'the U.S. Government Accountability Office (Comptroller General)',
  'I. & N. Dec.': 'the U.S. Department of Justice (Board of Immigration Appeals)',
  'Agric. Dec.': 'the U.S. Department of Agriculture',
  'B.T.A.': 'the U.S. Government Printing Office (Board of Tax Appeals)',
  'U.S.L.W.': 'Bloomberg BNA',
  WL: 'Thomson Reuters (Westlaw)',
};

/**
 * What CourtListener does not hold: every database citation (Westlaw, Lexis, slip opinions), the
 * topical services whose abbreviation names a publisher (`U.S.P.Q.2d (BNA)`, `Fed. R. Serv. 3d
 * (West)`, CCH reporters), and these administrative reports, services and secondary sources.
 */
export const NOT_ON_COURTLISTENER = {
  types: ['database'],
  publisherCode: true,
  abbreviations: [
    // Agencies' decisions.
    'A.E.C.', 'Agric. Dec.', 'BCA', 'C.B.', 'Comp. Gen.', 'Cust. B. & Dec.', "Dec. Comm'r Pat.", 'E.A.D.', 'F.C.C.', 'FCC Rcd', 'F.L.R.A.',
    'F.T.C.', 'FERC', 'FMSHRC', 'I. & N. Dec.', 'I.C.C.', 'I.R.B.', 'Interior Dec.', 'M.S.P.B.', 'M.S.P.R.', 'N.L.R.B.', 'N.M.B.', 'N.R.C.',
    'N.T.S.B.', "Op. Att'y Gen.", 'Op. O.L.C.', 'Pub. Lands Dec.', 'S.T.B.', 'Treas. Dec. Int. Rev.',
    // Services and secondary sources.
    'U.S.L.W.', 'Am. Jur.', 'A.L.R. Fed.',
  ],
};
