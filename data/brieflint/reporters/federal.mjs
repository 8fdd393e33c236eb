/**
 * Federal reporters: the Supreme Court, the courts of appeals, the district courts, the
 * specialty courts, and the topical federal services. Data only.
 *
 * Years are the years of the decisions a series reports (Bluebook T1); `end: null` means the
 * series is current. Court selectors are described in `../types.ts`.
 */
// The shapes are `ReporterData` and `EditionData` of server/src/core/reporters/types.ts.

const SCOTUS_EARLY_SOMETIMES = [{ courts: 'state:PA', until: 1806 }, { courts: 'federal:trial', until: 1806 }];

export const FEDERAL_REPORTERS = [
  // ---- Supreme Court -------------------------------------------------------------------------
  {
    key: 'us', name: 'United States Reports', type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    sometimes: SCOTUS_EARLY_SOMETIMES,
    note: 'Volumes 1–90 first appeared as nominative reports (Dall., Cranch, Wheat., Pet., How., Black, Wall.); volume 1 holds only Pennsylvania cases from 1754 on.',
    editions: [{ abbreviation: 'U.S.', start: 1754, end: null, variants: ['US'] }],
  },
  {
    key: 's-ct', name: 'Supreme Court Reporter', type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    editions: [{ abbreviation: 'S. Ct.', start: 1882, end: null, variants: ['Sup. Ct.'] }],
    note: 'Begins with volume 106 of the U.S. Reports (October Term 1882).',
  },
  {
    key: 'l-ed', name: "United States Supreme Court Reports, Lawyers' Edition", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    sometimes: SCOTUS_EARLY_SOMETIMES,
    editions: [
      { abbreviation: 'L. Ed.', start: 1790, end: 1956, variants: ['L. ed.', 'Law. Ed.'] },
      { abbreviation: 'L. Ed. 2d', name: "United States Supreme Court Reports, Lawyers' Edition, Second Series", start: 1956, end: null,
        variants: ['L. ed. 2d', 'L Ed 2d', 'Law. Ed. 2d'] },
    ],
  },
  {
    key: 'dall', name: "Dallas' Reports", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus', sometimes: SCOTUS_EARLY_SOMETIMES,
    note: 'Early Supreme Court (and Pennsylvania) reports; cited with the U.S. volume: 2 U.S. (2 Dall.) 419.',
    editions: [{ abbreviation: 'Dall.', start: 1754, end: 1800, volumes: [1, 4], usVolumes: [1, 4] }],
  },
  {
    key: 'cranch', name: "Cranch's Reports", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    note: 'Cited with the U.S. volume: 5 U.S. (1 Cranch) 137.',
    editions: [{ abbreviation: 'Cranch', start: 1801, end: 1815, volumes: [1, 9], usVolumes: [5, 13] }],
  },
  {
    key: 'wheat', name: "Wheaton's Reports", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    editions: [{ abbreviation: 'Wheat.', start: 1816, end: 1827, volumes: [1, 12], usVolumes: [14, 25] }],
  },
  {
    key: 'pet', name: "Peters' Reports", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    editions: [{ abbreviation: 'Pet.', start: 1828, end: 1842, volumes: [1, 16], usVolumes: [26, 41] }],
  },
  {
    key: 'how', name: "Howard's Reports", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    editions: [{ abbreviation: 'How.', start: 1843, end: 1860, volumes: [1, 24], usVolumes: [42, 65] }],
  },
  {
    key: 'black', name: "Black's Reports", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    editions: [{ abbreviation: 'Black', start: 1861, end: 1862, volumes: [1, 2], usVolumes: [66, 67] }],
  },
  {
    key: 'wall', name: "Wallace's Reports", type: 'supreme-court', publishes: ['federal:supreme'], implies: 'scotus',
    editions: [{ abbreviation: 'Wall.', start: 1863, end: 1874, volumes: [1, 23], usVolumes: [68, 90] }],
  },

  // ---- Courts of appeals -----------------------------------------------------------------------
  {
    key: 'f', name: 'Federal Reporter', type: 'federal-appellate', publishes: ['federal:appellate'], sometimes: ['federal:specialty'],
    editions: [
      { abbreviation: 'F.', start: 1880, end: 1924,
        publishes: ['federal:appellate', 'federal:trial'],
        note: 'Circuit courts of appeals (from 1891), circuit courts and district courts.' },
      { abbreviation: 'F.2d', name: 'Federal Reporter, Second Series', start: 1924, end: 1993,
        publishes: ['federal:appellate', { courts: 'federal:trial', until: 1932 }, { courts: 'ccpa', from: 1929, until: 1982 },
          { courts: 'ct-cl', from: 1960, until: 1982 }, { courts: 'eca', from: 1942, until: 1962 }, { courts: 'teca', from: 1971 }],
        note: 'District-court opinions until the Federal Supplement began in 1932.' },
      { abbreviation: 'F.3d', name: 'Federal Reporter, Third Series', start: 1993, end: 2021,
        publishes: ['federal:appellate', { courts: 'teca', until: 1993 }] },
      { abbreviation: 'F.4th', name: 'Federal Reporter, Fourth Series', start: 2021, end: null },
    ],
  },
  {
    key: 'f-app-x', name: 'Federal Appendix', type: 'federal-appellate', publishes: ['federal:appellate'],
    note: 'Opinions the courts of appeals did not select for publication.',
    editions: [{ abbreviation: "F. App'x", start: 2001, end: null,
      variants: ["Fed. App'x", 'Fed. Appx.', 'Fed. Appx', 'F. Appx.', 'F. Appx'] }],
  },
  {
    key: 'app-dc', name: 'Appeal Cases, District of Columbia', type: 'federal-appellate', publishes: ['cadc'], implies: 'cadc',
    editions: [{ abbreviation: 'App. D.C.', start: 1893, end: 1941 }],
  },
  {
    key: 'us-app-dc', name: 'United States Court of Appeals Reports (D.C. Circuit)', type: 'federal-appellate', publishes: ['cadc'], implies: 'cadc',
    editions: [{ abbreviation: 'U.S. App. D.C.', start: 1941, end: null }],
  },

  // ---- District courts -------------------------------------------------------------------------
  {
    key: 'f-cas', name: 'Federal Cases', type: 'federal-district', publishes: ['federal:trial'], sometimes: ['federal'],
    note: 'Circuit- and district-court cases before 1880, cited with the case number: 1 F. Cas. 1 (C.C.D. Mass. 1812) (No. 1).',
    editions: [{ abbreviation: 'F. Cas.', start: 1789, end: 1880 }],
  },
  {
    key: 'f-supp', name: 'Federal Supplement', type: 'federal-district', publishes: ['federal:trial', 'cit', 'jpml'],
    sometimes: ['federal:specialty', 'federal:bankruptcy'],
    editions: [
      { abbreviation: 'F. Supp.', start: 1932, end: 1998,
        publishes: ['federal:trial', { courts: 'ct-cl', until: 1960 }, { courts: 'cit', from: 1980 }, 'jpml', 'rail-ct'] },
      { abbreviation: 'F. Supp. 2d', name: 'Federal Supplement, Second Series', start: 1998, end: 2014 },
      { abbreviation: 'F. Supp. 3d', name: 'Federal Supplement, Third Series', start: 2014, end: null },
    ],
  },
  {
    key: 'frd', name: 'Federal Rules Decisions', type: 'federal-district', publishes: ['federal:trial'], sometimes: ['federal'],
    editions: [{ abbreviation: 'F.R.D.', start: 1939, end: null }],
    note: 'Procedural decisions under the Federal Rules (in force from September 1938), with articles on practice.',
  },
  {
    key: 'br', name: 'Bankruptcy Reporter', type: 'federal-district',
    publishes: ['federal:bankruptcy', 'federal:trial', 'federal:appellate'], sometimes: ['federal'],
    note: 'Bankruptcy courts and BAPs, and bankruptcy decisions of the district courts and courts of appeals.',
    editions: [{ abbreviation: 'B.R.', start: 1979, end: null }],
  },

  // ---- Specialty courts ------------------------------------------------------------------------
  {
    key: 'fed-cl', name: 'Federal Claims Reporter', type: 'federal-specialty', publishes: ['fed-cl'], sometimes: ['federal:appellate'], implies: 'fed-cl',
    note: 'Continues the volume numbering of the Claims Court Reporter.',
    editions: [{ abbreviation: 'Fed. Cl.', start: 1992, end: null, volumes: [27, null] }],
  },
  {
    key: 'cl-ct', name: 'United States Claims Court Reporter', type: 'federal-specialty', publishes: ['cl-ct'], sometimes: ['federal:appellate'], implies: 'cl-ct',
    editions: [{ abbreviation: 'Cl. Ct.', start: 1982, end: 1992, volumes: [1, 26] }],
  },
  {
    key: 'ct-cl', name: 'Court of Claims Reports', type: 'federal-specialty', publishes: ['ct-cl'], implies: 'ct-cl',
    editions: [{ abbreviation: 'Ct. Cl.', start: 1863, end: 1982 }],
  },
  {
    key: 'cit', name: 'Court of International Trade Reports', type: 'federal-specialty', publishes: ['cit'], implies: 'cit',
    editions: [{ abbreviation: "Ct. Int'l Trade", start: 1980, end: null }],
  },
  {
    key: 'cust-ct', name: 'Customs Court Reports', type: 'federal-specialty', publishes: ['cust-ct'], implies: 'cust-ct',
    editions: [{ abbreviation: 'Cust. Ct.', start: 1938, end: 1980 }],
  },
  {
    key: 'ccpa', name: 'Court of Customs and Patent Appeals Reports', type: 'federal-specialty', publishes: ['ccpa'], implies: 'ccpa',
    editions: [{ abbreviation: 'C.C.P.A.', start: 1929, end: 1982 }],
  },
  {
    key: 'ct-cust-app', name: 'Court of Customs Appeals Reports', type: 'federal-specialty', publishes: ['ct-cust-app'], implies: 'ct-cust-app',
    editions: [{ abbreviation: 'Ct. Cust. App.', start: 1910, end: 1929 }],
  },
  {
    key: 'tc', name: 'Reports of the United States Tax Court', type: 'federal-specialty', publishes: ['tax-ct'], implies: 'tax-ct',
    editions: [{ abbreviation: 'T.C.', start: 1942, end: null }],
  },
  {
    key: 'tcm', name: 'Tax Court Memorandum Decisions', type: 'federal-specialty', publishes: ['tax-ct'], implies: 'tax-ct',
    editions: [
      { abbreviation: 'T.C.M. (CCH)', name: 'Tax Court Memorandum Decisions (CCH)', start: 1942, end: null, variants: ['T.C.M.'] },
      { abbreviation: 'T.C.M. (P-H)', name: 'Tax Court Memorandum Decisions (Prentice-Hall)', start: 1942, end: 1991, approximateYears: true },
      { abbreviation: 'T.C.M. (RIA)', name: 'Tax Court Memorandum Decisions (RIA)', start: 1991, end: null, approximateYears: true,
        note: 'Cited by paragraph: 2019 T.C.M. (RIA) ¶ 2019,012.' },
    ],
  },
  {
    key: 'tc-memo', name: 'Tax Court memorandum opinions (numbered by the court)', type: 'federal-specialty', publishes: ['tax-ct'], implies: 'tax-ct',
    editions: [
      { abbreviation: 'T.C. Memo.', start: 1942, end: null, approximateYears: true, form: 'reporter-year-dash-number' },
      { abbreviation: 'T.C. Summ. Op.', name: 'Tax Court summary opinions', start: 2001, end: null, approximateYears: true,
        form: 'reporter-year-dash-number', variants: ['T.C. Summary Opinion'] },
    ],
  },
  {
    key: 'bta', name: 'Reports of the United States Board of Tax Appeals', type: 'federal-specialty', publishes: ['bta'], implies: 'bta',
    editions: [{ abbreviation: 'B.T.A.', start: 1924, end: 1942 }],
  },
  {
    key: 'vet-app', name: 'Veterans Appeals Reporter', type: 'federal-specialty', publishes: ['vet-app'], sometimes: ['cafc', 'scotus'], implies: 'vet-app',
    editions: [{ abbreviation: 'Vet. App.', start: 1989, end: null, approximateYears: true }],
  },
  {
    key: 'mj', name: 'Military Justice Reporter', type: 'federal-specialty', publishes: ['group:military'], sometimes: ['scotus'],
    editions: [{ abbreviation: 'M.J.', start: 1975, end: null }],
  },
  {
    key: 'cma', name: 'Decisions of the United States Court of Military Appeals', type: 'federal-specialty', publishes: ['cma'], implies: 'cma',
    editions: [{ abbreviation: 'C.M.A.', start: 1951, end: 1975, variants: ['U.S.C.M.A.'] }],
  },
  {
    key: 'cmr', name: 'Court-Martial Reports', type: 'federal-specialty', publishes: ['group:military'],
    editions: [{ abbreviation: 'C.M.R.', start: 1951, end: 1975 }],
  },

  // ---- Topical services (any court may appear; they are never used to flag a court) ----------
  {
    key: 'uspq', name: 'United States Patents Quarterly', type: 'federal-specialty', publishes: ['any'],
    editions: [
      { abbreviation: 'U.S.P.Q. (BNA)', start: 1929, end: 1987, approximateYears: true, variants: ['U.S.P.Q.', 'USPQ'] },
      { abbreviation: 'U.S.P.Q.2d (BNA)', name: 'United States Patents Quarterly, Second Series', start: 1986, end: null, approximateYears: true,
        variants: ['U.S.P.Q.2d', 'USPQ2d', 'USPQ 2d'] },
    ],
  },
  {
    key: 'fed-r-serv', name: 'Federal Rules Service', type: 'federal-specialty', publishes: ['federal'], sometimes: ['any'],
    editions: [
      { abbreviation: 'Fed. R. Serv. (Callaghan)', start: 1938, end: 1958, approximateYears: true, variants: ['Fed. R. Serv.'] },
      { abbreviation: 'Fed. R. Serv. 2d (Callaghan)', name: 'Federal Rules Service, Second Series', start: 1958, end: 1985, approximateYears: true,
        variants: ['Fed. R. Serv. 2d'] },
      { abbreviation: 'Fed. R. Serv. 3d (West)', name: 'Federal Rules Service, Third Series', start: 1985, end: null, approximateYears: true,
        variants: ['Fed. R. Serv. 3d', 'Fed. R. Serv. 3d (Callaghan)'] },
    ],
  },
  {
    key: 'fed-r-evid-serv', name: 'Federal Rules of Evidence Service', type: 'federal-specialty', publishes: ['federal'], sometimes: ['any'],
    editions: [{ abbreviation: 'Fed. R. Evid. Serv. (West)', start: 1975, end: null, approximateYears: true,
      variants: ['Fed. R. Evid. Serv.', 'Fed. R. Evid. Serv. (Callaghan)'] }],
  },
  {
    key: 'aftr', name: 'American Federal Tax Reports', type: 'federal-specialty', publishes: ['any'],
    editions: [
      { abbreviation: 'A.F.T.R. (P-H)', start: 1880, end: 1957, approximateYears: true, variants: ['A.F.T.R.', 'A.F.T.R. (RIA)'] },
      { abbreviation: 'A.F.T.R.2d (RIA)', name: 'American Federal Tax Reports, Second Series', start: 1957, end: null, approximateYears: true,
        variants: ['A.F.T.R.2d', 'A.F.T.R.2d (P-H)'] },
    ],
  },
  {
    key: 'uslw', name: 'United States Law Week', type: 'federal-specialty', publishes: ['any'],
    editions: [{ abbreviation: 'U.S.L.W.', start: 1933, end: null, variants: ['USLW'] }],
  },
  {
    key: 'fep', name: 'Fair Employment Practice Cases', type: 'federal-specialty', publishes: ['any'],
    editions: [{ abbreviation: 'Fair Empl. Prac. Cas. (BNA)', start: 1969, end: null, approximateYears: true, variants: ['Fair Empl. Prac. Cas.'] }],
  },
  {
    key: 'lrrm', name: 'Labor Relations Reference Manual', type: 'federal-specialty', publishes: ['any'],
    editions: [{ abbreviation: 'L.R.R.M. (BNA)', start: 1935, end: null, approximateYears: true, variants: ['L.R.R.M.', 'LRRM'] }],
  },
  {
    key: 'media-l-rep', name: 'Media Law Reporter', type: 'federal-specialty', publishes: ['any'],
    editions: [{ abbreviation: 'Media L. Rep. (BNA)', start: 1977, end: null, approximateYears: true, variants: ['Media L. Rep.'] }],
  },
  {
    key: 'erc', name: 'Environment Reporter Cases', type: 'federal-specialty', publishes: ['any'],
    editions: [{ abbreviation: "Env't Rep. Cas. (BNA)", start: 1970, end: null, approximateYears: true,
      variants: ["Env't Rep. Cas.", 'Envtl. Rep. Cas. (BNA)', 'Envtl. Rep. Cas.'] }],
  },
  {
    key: 'amc', name: 'American Maritime Cases', type: 'federal-specialty', publishes: ['any'],
    editions: [{ abbreviation: 'A.M.C.', start: 1923, end: null, variants: ['AMC'] }],
  },
  {
    key: 'ucc-rep-serv', name: 'Uniform Commercial Code Reporting Service', type: 'federal-specialty', publishes: ['any'],
    editions: [
      { abbreviation: 'U.C.C. Rep. Serv. (West)', start: 1965, end: 1987, approximateYears: true,
        variants: ['U.C.C. Rep. Serv.', 'U.C.C. Rep. Serv. (Callaghan)', 'UCC Rep. Serv.'] },
      { abbreviation: 'U.C.C. Rep. Serv. 2d (West)', name: 'Uniform Commercial Code Reporting Service, Second Series', start: 1986, end: null, approximateYears: true,
        variants: ['U.C.C. Rep. Serv. 2d', 'U.C.C. Rep. Serv. 2d (Callaghan)', 'UCC Rep. Serv. 2d'] },
    ],
  },
];
