/**
 * The states' own (official) reports, alphabetical by state. Data only.
 *
 * A report of a court of last resort implies that court: a citation to `Cal. 4th` needs no
 * court in its parenthetical. Reports that mix courts (`N.J. Super.`, `Misc. 3d`) imply none.
 */
// The shapes are `ReporterData` and `EditionData` of server/src/core/reporters/types.ts.

export const STATE_REPORTERS = [
  // Alabama
  { key: 'ala', name: 'Alabama Reports', type: 'state-official', publishes: ['al'], implies: 'al',
    editions: [{ abbreviation: 'Ala.', start: 1840, end: 1976 }] },
  { key: 'ala-app', name: 'Alabama Appellate Courts Reports', type: 'state-official', publishes: ['state:AL:intermediate'], implies: 'al-ct-app',
    editions: [{ abbreviation: 'Ala. App.', start: 1910, end: 1976 }] },
  // Alaska (territorial; the state has no official reports)
  { key: 'alaska', name: 'Alaska Reports', type: 'state-official', publishes: ['akd'], sometimes: ['state:AK', 'federal'],
    note: 'Decisions of the territorial district court and federal courts on Alaska matters; Alaska now relies on P.2d/P.3d.',
    editions: [{ abbreviation: 'Alaska', start: 1884, end: 1959 }] },
  // Arizona
  { key: 'ariz', name: 'Arizona Reports', type: 'state-official', publishes: ['az', 'state:AZ:intermediate'], implies: 'az',
    note: 'Includes Court of Appeals opinions since Ariz. App. ended (1976).',
    editions: [{ abbreviation: 'Ariz.', start: 1866, end: null }] },
  { key: 'ariz-app', name: 'Arizona Appeals Reports', type: 'state-official', publishes: ['az-ct-app'], implies: 'az-ct-app',
    editions: [{ abbreviation: 'Ariz. App.', start: 1965, end: 1976 }] },
  // Arkansas (official reports end in 2009; public-domain citations follow, see neutral.ts)
  { key: 'ark', name: 'Arkansas Reports', type: 'state-official', publishes: ['ar'], sometimes: ['state:AR'], implies: 'ar',
    editions: [{ abbreviation: 'Ark.', start: 1837, end: 2009 }] },
  { key: 'ark-app', name: 'Arkansas Appellate Reports', type: 'state-official', publishes: ['ar-ct-app'], implies: 'ar-ct-app',
    editions: [{ abbreviation: 'Ark. App.', start: 1981, end: 2009 }] },
  // California
  { key: 'cal', name: 'California Reports', type: 'state-official', publishes: ['ca'], implies: 'ca',
    editions: [
      { abbreviation: 'Cal.', start: 1850, end: 1934 },
      { abbreviation: 'Cal. 2d', name: 'California Reports, Second Series', start: 1934, end: 1969 },
      { abbreviation: 'Cal. 3d', name: 'California Reports, Third Series', start: 1969, end: 1991 },
      { abbreviation: 'Cal. 4th', name: 'California Reports, Fourth Series', start: 1991, end: 2016 },
      { abbreviation: 'Cal. 5th', name: 'California Reports, Fifth Series', start: 2016, end: null },
    ] },
  { key: 'cal-app', name: 'California Appellate Reports', type: 'state-official', publishes: ['ca-ct-app'], implies: 'ca-ct-app',
    editions: [
      { abbreviation: 'Cal. App.', start: 1905, end: 1934 },
      { abbreviation: 'Cal. App. 2d', name: 'California Appellate Reports, Second Series', start: 1934, end: 1969 },
      { abbreviation: 'Cal. App. 3d', name: 'California Appellate Reports, Third Series', start: 1969, end: 1991 },
      { abbreviation: 'Cal. App. 4th', name: 'California Appellate Reports, Fourth Series', start: 1991, end: 2016 },
      { abbreviation: 'Cal. App. 5th', name: 'California Appellate Reports, Fifth Series', start: 2016, end: null },
    ] },
  { key: 'cal-app-supp', name: 'California Appellate Reports Supplement', type: 'state-official', publishes: ['ca-app-dept'], implies: 'ca-app-dept',
    note: 'Opinions of the appellate divisions of the superior courts, bound at the back of Cal. App. volumes.',
    editions: [
      { abbreviation: 'Cal. App. Supp.', start: 1929, end: 1934, approximateYears: true },
      { abbreviation: 'Cal. App. 2d Supp.', name: 'California Appellate Reports Supplement, Second Series', start: 1934, end: 1969, variants: ['Cal. App. Supp. 2d'] },
      { abbreviation: 'Cal. App. 3d Supp.', name: 'California Appellate Reports Supplement, Third Series', start: 1969, end: 1991, variants: ['Cal. App. Supp. 3d'] },
      { abbreviation: 'Cal. App. 4th Supp.', name: 'California Appellate Reports Supplement, Fourth Series', start: 1991, end: 2016, variants: ['Cal. App. Supp. 4th'] },
      { abbreviation: 'Cal. App. 5th Supp.', name: 'California Appellate Reports Supplement, Fifth Series', start: 2016, end: null, variants: ['Cal. App. Supp. 5th'] },
    ] },
  // Colorado
  { key: 'colo', name: 'Colorado Reports', type: 'state-official', publishes: ['co'], implies: 'co',
    editions: [{ abbreviation: 'Colo.', start: 1864, end: 1980 }] },
  { key: 'colo-app', name: 'Colorado Court of Appeals Reports', type: 'state-official', publishes: ['co-app'], implies: 'co-app',
    note: 'Published 1891–1905, 1912–1915 and 1970–1980.',
    editions: [{ abbreviation: 'Colo. App.', start: 1891, end: 1980 }] },
  // Connecticut
  { key: 'conn', name: 'Connecticut Reports', type: 'state-official', publishes: ['ct'], implies: 'ct',
    editions: [{ abbreviation: 'Conn.', start: 1814, end: null }] },
  { key: 'conn-app', name: 'Connecticut Appellate Reports', type: 'state-official', publishes: ['ct-app-ct'], implies: 'ct-app-ct',
    editions: [{ abbreviation: 'Conn. App.', start: 1983, end: null }] },
  { key: 'conn-supp', name: 'Connecticut Supplement', type: 'state-official', publishes: ['state:CT:trial'], sometimes: ['state:CT'],
    editions: [{ abbreviation: 'Conn. Supp.', start: 1935, end: null }] },
  // Delaware
  { key: 'del', name: 'Delaware Reports', type: 'state-official', publishes: ['state:DE'],
    note: 'Volumes 1–30 are also cited by reporter (Harrington, Houston, Marvel, Pennewill, Boyce).',
    editions: [{ abbreviation: 'Del.', start: 1832, end: 1966 }] },
  { key: 'del-ch', name: 'Delaware Chancery Reports', type: 'state-official', publishes: ['de-ch'], sometimes: ['state:DE'], implies: 'de-ch',
    editions: [{ abbreviation: 'Del. Ch.', start: 1814, end: 1968 }] },
  // Florida
  { key: 'fla', name: 'Florida Reports', type: 'state-official', publishes: ['fl'], implies: 'fl',
    editions: [{ abbreviation: 'Fla.', start: 1846, end: 1948 }] },
  { key: 'fla-supp', name: 'Florida Supplement', type: 'state-official', publishes: ['state:FL:trial'], sometimes: ['state:FL'],
    editions: [
      { abbreviation: 'Fla. Supp.', start: 1948, end: 1981 },
      { abbreviation: 'Fla. Supp. 2d', name: 'Florida Supplement, Second Series', start: 1983, end: 1992 },
    ] },
  { key: 'fla-l-weekly', name: 'Florida Law Weekly', type: 'state-official', publishes: ['state:FL'],
    note: 'Cited with a section letter on the page: 44 Fla. L. Weekly D1234.',
    editions: [{ abbreviation: 'Fla. L. Weekly', start: 1978, end: null }] },
  { key: 'fla-l-weekly-supp', name: 'Florida Law Weekly Supplement', type: 'state-official', publishes: ['state:FL:trial'], sometimes: ['state:FL'],
    editions: [{ abbreviation: 'Fla. L. Weekly Supp.', start: 1992, end: null }] },
  // Georgia
  { key: 'ga', name: 'Georgia Reports', type: 'state-official', publishes: ['ga'], implies: 'ga',
    editions: [{ abbreviation: 'Ga.', start: 1846, end: null }] },
  { key: 'ga-app', name: 'Georgia Appeals Reports', type: 'state-official', publishes: ['ga-ct-app'], implies: 'ga-ct-app',
    editions: [{ abbreviation: 'Ga. App.', start: 1907, end: null }] },
  // Hawaii
  { key: 'haw', name: 'Hawaii Reports', type: 'state-official', publishes: ['hi', { courts: 'state:HI:intermediate', from: 1994 }], implies: 'hi',
    note: "West's Hawai'i Reports (from volume 76, 1994) also print Intermediate Court of Appeals opinions.",
    editions: [{ abbreviation: 'Haw.', start: 1847, end: null }] },
  { key: 'haw-app', name: 'Hawaii Appellate Reports', type: 'state-official', publishes: ['hi-ct-app'], implies: 'hi-ct-app',
    editions: [{ abbreviation: 'Haw. App.', start: 1980, end: 1994 }] },
  // Idaho
  { key: 'idaho', name: 'Idaho Reports', type: 'state-official', publishes: ['id', 'state:ID:intermediate'], implies: 'id',
    editions: [{ abbreviation: 'Idaho', start: 1866, end: null }] },
  // Illinois (official reports end in 2011; public-domain citations follow)
  { key: 'ill', name: 'Illinois Reports', type: 'state-official', publishes: ['il'], implies: 'il',
    editions: [
      { abbreviation: 'Ill.', start: 1849, end: 1954 },
      { abbreviation: 'Ill. 2d', name: 'Illinois Reports, Second Series', start: 1953, end: 2011 },
    ] },
  { key: 'ill-app', name: 'Illinois Appellate Court Reports', type: 'state-official', publishes: ['il-app-ct'], implies: 'il-app-ct',
    editions: [
      { abbreviation: 'Ill. App.', start: 1877, end: 1954 },
      { abbreviation: 'Ill. App. 2d', name: 'Illinois Appellate Court Reports, Second Series', start: 1954, end: 1971 },
      { abbreviation: 'Ill. App. 3d', name: 'Illinois Appellate Court Reports, Third Series', start: 1971, end: 2011 },
    ] },
  // Indiana
  { key: 'ind', name: 'Indiana Reports', type: 'state-official', publishes: ['in'], implies: 'in',
    editions: [{ abbreviation: 'Ind.', start: 1848, end: 1981 }] },
  { key: 'ind-app', name: 'Indiana Court of Appeals Reports', type: 'state-official', publishes: ['in-ct-app'], implies: 'in-ct-app',
    editions: [{ abbreviation: 'Ind. App.', start: 1890, end: 1979 }] },
  // Iowa
  { key: 'iowa', name: 'Iowa Reports', type: 'state-official', publishes: ['ia'], implies: 'ia',
    editions: [{ abbreviation: 'Iowa', start: 1855, end: 1968 }] },
  // Kansas
  { key: 'kan', name: 'Kansas Reports', type: 'state-official', publishes: ['ks'], implies: 'ks',
    editions: [{ abbreviation: 'Kan.', start: 1862, end: null }] },
  { key: 'kan-app', name: 'Kansas Court of Appeals Reports', type: 'state-official', publishes: ['ks-ct-app'], implies: 'ks-ct-app',
    editions: [
      { abbreviation: 'Kan. App.', start: 1895, end: 1901 },
      { abbreviation: 'Kan. App. 2d', name: 'Kansas Court of Appeals Reports, Second Series', start: 1977, end: null },
    ] },
  // Kentucky (before 1976 its Court of Appeals was the court of last resort)
  { key: 'ky', name: 'Kentucky Reports', type: 'state-official', publishes: ['state:KY'], implies: 'ky',
    editions: [{ abbreviation: 'Ky.', start: 1879, end: 1951 }] },
  // Louisiana
  { key: 'la', name: 'Louisiana Reports', type: 'state-official', publishes: ['la'], implies: 'la',
    editions: [{ abbreviation: 'La.', start: 1830, end: 1972 }] },
  { key: 'la-ann', name: 'Louisiana Annual Reports', type: 'state-official', publishes: ['la'], implies: 'la',
    editions: [{ abbreviation: 'La. Ann.', start: 1846, end: 1900 }] },
  { key: 'la-app', name: 'Louisiana Court of Appeals Reports', type: 'state-official', publishes: ['la-ct-app'], implies: 'la-ct-app',
    editions: [{ abbreviation: 'La. App.', start: 1924, end: 1932 }] },
  // Maine
  { key: 'me', name: 'Maine Reports', type: 'state-official', publishes: ['me'], implies: 'me',
    editions: [{ abbreviation: 'Me.', start: 1820, end: 1965 }] },
  // Maryland
  { key: 'md', name: 'Maryland Reports', type: 'state-official', publishes: ['md'], implies: 'md',
    editions: [{ abbreviation: 'Md.', start: 1851, end: null }] },
  { key: 'md-app', name: 'Maryland Appellate Reports', type: 'state-official', publishes: ['md-app-ct'], implies: 'md-app-ct',
    editions: [{ abbreviation: 'Md. App.', start: 1967, end: null }] },
  // Massachusetts
  { key: 'mass', name: 'Massachusetts Reports', type: 'state-official', publishes: ['ma'], implies: 'ma',
    editions: [{ abbreviation: 'Mass.', start: 1804, end: null }] },
  { key: 'mass-app-ct', name: 'Massachusetts Appeals Court Reports', type: 'state-official', publishes: ['ma-app-ct'], implies: 'ma-app-ct',
    editions: [{ abbreviation: 'Mass. App. Ct.', start: 1972, end: null, variants: ['Mass. App.'] }] },
  { key: 'mass-app-div', name: 'Reports of Massachusetts Appellate Division', type: 'state-official', publishes: ['ma-app-div'], implies: 'ma-app-div',
    editions: [{ abbreviation: 'Mass. App. Div.', start: 1936, end: null }] },
  // Michigan
  { key: 'mich', name: 'Michigan Reports', type: 'state-official', publishes: ['mi'], implies: 'mi',
    editions: [{ abbreviation: 'Mich.', start: 1847, end: null }] },
  { key: 'mich-app', name: 'Michigan Appeals Reports', type: 'state-official', publishes: ['mi-ct-app'], implies: 'mi-ct-app',
    editions: [{ abbreviation: 'Mich. App.', start: 1965, end: null }] },
  // Minnesota
  { key: 'minn', name: 'Minnesota Reports', type: 'state-official', publishes: ['mn'], implies: 'mn',
    editions: [{ abbreviation: 'Minn.', start: 1851, end: 1977 }] },
  // Mississippi
  { key: 'miss', name: 'Mississippi Reports', type: 'state-official', publishes: ['ms'], implies: 'ms',
    editions: [{ abbreviation: 'Miss.', start: 1851, end: 1966 }] },
  // Missouri
  { key: 'mo', name: 'Missouri Reports', type: 'state-official', publishes: ['mo'], implies: 'mo',
    editions: [{ abbreviation: 'Mo.', start: 1821, end: 1956 }] },
  { key: 'mo-app', name: 'Missouri Appeal Reports', type: 'state-official', publishes: ['mo-ct-app'], implies: 'mo-ct-app',
    editions: [{ abbreviation: 'Mo. App.', start: 1876, end: 1954 }] },
  // Montana
  { key: 'mont', name: 'Montana Reports', type: 'state-official', publishes: ['mt'], implies: 'mt',
    editions: [{ abbreviation: 'Mont.', start: 1868, end: null }] },
  // Nebraska
  { key: 'neb', name: 'Nebraska Reports', type: 'state-official', publishes: ['ne'], implies: 'ne',
    editions: [{ abbreviation: 'Neb.', start: 1860, end: null }] },
  { key: 'neb-ct-app', name: 'Nebraska Court of Appeals Reports', type: 'state-official', publishes: ['ne-ct-app'], implies: 'ne-ct-app',
    editions: [{ abbreviation: 'Neb. Ct. App.', start: 1992, end: null, variants: ['Neb. App.'] }] },
  // Nevada
  { key: 'nev', name: 'Nevada Reports', type: 'state-official', publishes: ['nv', 'state:NV:intermediate'], implies: 'nv',
    editions: [{ abbreviation: 'Nev.', start: 1865, end: null }] },
  // New Hampshire
  { key: 'nh', name: 'New Hampshire Reports', type: 'state-official', publishes: ['nh'], implies: 'nh',
    editions: [{ abbreviation: 'N.H.', start: 1816, end: null }] },
  // New Jersey
  { key: 'nj', name: 'New Jersey Reports', type: 'state-official', publishes: ['nj'], implies: 'nj',
    editions: [{ abbreviation: 'N.J.', start: 1948, end: null }] },
  { key: 'nj-super', name: 'New Jersey Superior Court Reports', type: 'state-official',
    publishes: ['nj-app-div', 'nj-ch-div', 'nj-law-div'], sometimes: ['state:NJ'],
    editions: [{ abbreviation: 'N.J. Super.', start: 1948, end: null }] },
  { key: 'njl', name: 'New Jersey Law Reports', type: 'state-official', publishes: ['state:NJ'],
    editions: [{ abbreviation: 'N.J.L.', start: 1790, end: 1948 }] },
  { key: 'nj-eq', name: 'New Jersey Equity Reports', type: 'state-official', publishes: ['state:NJ'],
    editions: [{ abbreviation: 'N.J. Eq.', start: 1830, end: 1948 }] },
  { key: 'nj-misc', name: 'New Jersey Miscellaneous Reports', type: 'state-official', publishes: ['state:NJ'],
    editions: [{ abbreviation: 'N.J. Misc.', start: 1923, end: 1949 }] },
  { key: 'nj-tax', name: 'New Jersey Tax Court Reports', type: 'state-official', publishes: ['nj-tax-ct'], implies: 'nj-tax-ct',
    editions: [{ abbreviation: 'N.J. Tax', start: 1979, end: null }] },
  // New Mexico (print reports end with volume 150; public-domain citations since 1996, assigned back to 1852)
  { key: 'nm', name: 'New Mexico Reports', type: 'state-official', publishes: ['nm', 'state:NM:intermediate'], implies: 'nm',
    editions: [{ abbreviation: 'N.M.', start: 1852, end: 2012, volumes: [1, 150] }] },
  // New York
  { key: 'ny', name: 'New York Reports', type: 'state-official', publishes: ['ny'], implies: 'ny',
    editions: [
      { abbreviation: 'N.Y.', start: 1847, end: 1956 },
      { abbreviation: 'N.Y.2d', name: 'New York Reports, Second Series', start: 1956, end: 2004, variants: ['NY2d'] },
      { abbreviation: 'N.Y.3d', name: 'New York Reports, Third Series', start: 2003, end: null, variants: ['NY3d'] },
    ] },
  { key: 'ad', name: 'Appellate Division Reports', type: 'state-official', publishes: ['ny-app-div'], implies: 'ny-app-div',
    editions: [
      { abbreviation: 'A.D.', start: 1896, end: 1955, variants: ['App. Div.'] },
      { abbreviation: 'A.D.2d', name: 'Appellate Division Reports, Second Series', start: 1955, end: 2004, variants: ['AD2d', 'App. Div. 2d'] },
      { abbreviation: 'A.D.3d', name: 'Appellate Division Reports, Third Series', start: 2003, end: null, variants: ['AD3d', 'App. Div. 3d'] },
    ] },
  { key: 'misc', name: 'New York Miscellaneous Reports', type: 'state-official', publishes: ['state:NY:trial', 'ny-app-term'], sometimes: ['state:NY'],
    editions: [
      { abbreviation: 'Misc.', start: 1892, end: 1955 },
      { abbreviation: 'Misc. 2d', name: 'New York Miscellaneous Reports, Second Series', start: 1955, end: 2004, variants: ['Misc 2d'] },
      { abbreviation: 'Misc. 3d', name: 'New York Miscellaneous Reports, Third Series', start: 2003, end: null, variants: ['Misc 3d'] },
    ] },
  // North Carolina
  { key: 'nc', name: 'North Carolina Reports', type: 'state-official', publishes: ['nc'], implies: 'nc',
    editions: [{ abbreviation: 'N.C.', start: 1778, end: null }] },
  { key: 'nc-app', name: 'North Carolina Court of Appeals Reports', type: 'state-official', publishes: ['nc-ct-app'], implies: 'nc-ct-app',
    editions: [{ abbreviation: 'N.C. App.', start: 1968, end: null }] },
  // North Dakota
  { key: 'nd', name: 'North Dakota Reports', type: 'state-official', publishes: ['nd'], implies: 'nd',
    editions: [{ abbreviation: 'N.D.', start: 1890, end: 1953, volumes: [1, 79] }] },
  // Ohio (Ohio Reports volumes 1–20 share the spelling `Ohio` with the public-domain form 2019-Ohio-1234)
  { key: 'ohio', name: 'Ohio Reports', type: 'state-official', publishes: ['oh'], implies: 'oh',
    editions: [{ abbreviation: 'Ohio', start: 1821, end: 1851, volumes: [1, 20] }] },
  { key: 'ohio-st', name: 'Ohio State Reports', type: 'state-official', publishes: ['oh'], implies: 'oh',
    editions: [
      { abbreviation: 'Ohio St.', start: 1852, end: 1964 },
      { abbreviation: 'Ohio St. 2d', name: 'Ohio State Reports, Second Series', start: 1965, end: 1982 },
      { abbreviation: 'Ohio St. 3d', name: 'Ohio State Reports, Third Series', start: 1982, end: null },
    ] },
  { key: 'ohio-app', name: 'Ohio Appellate Reports', type: 'state-official', publishes: ['oh-ct-app'], implies: 'oh-ct-app',
    editions: [
      { abbreviation: 'Ohio App.', start: 1913, end: 1965 },
      { abbreviation: 'Ohio App. 2d', name: 'Ohio Appellate Reports, Second Series', start: 1965, end: 1982 },
      { abbreviation: 'Ohio App. 3d', name: 'Ohio Appellate Reports, Third Series', start: 1982, end: null },
    ] },
  { key: 'ohio-misc', name: 'Ohio Miscellaneous Reports', type: 'state-official', publishes: ['state:OH:trial'], sometimes: ['state:OH'],
    editions: [
      { abbreviation: 'Ohio Misc.', start: 1962, end: 1982 },
      { abbreviation: 'Ohio Misc. 2d', name: 'Ohio Miscellaneous Reports, Second Series', start: 1982, end: null },
    ] },
  { key: 'ohio-op', name: 'Ohio Opinions', type: 'state-official', publishes: ['state:OH'],
    editions: [
      { abbreviation: 'Ohio Op.', start: 1934, end: 1962, approximateYears: true, variants: ['O.O.'] },
      { abbreviation: 'Ohio Op. 2d', name: 'Ohio Opinions, Second Series', start: 1955, end: 1979, approximateYears: true, variants: ['O.O.2d'] },
      { abbreviation: 'Ohio Op. 3d', name: 'Ohio Opinions, Third Series', start: 1975, end: 1982, approximateYears: true, variants: ['O.O.3d'] },
    ] },
  { key: 'ohio-law-abs', name: 'Ohio Law Abstract', type: 'state-official', publishes: ['state:OH'],
    editions: [{ abbreviation: 'Ohio Law Abs.', start: 1922, end: 1964 }] },
  // Oklahoma
  { key: 'okla', name: 'Oklahoma Reports', type: 'state-official', publishes: ['ok'], implies: 'ok',
    editions: [{ abbreviation: 'Okla.', start: 1890, end: 1953 }] },
  { key: 'okla-crim', name: 'Oklahoma Criminal Reports', type: 'state-official', publishes: ['ok-crim-app'], implies: 'ok-crim-app',
    editions: [{ abbreviation: 'Okla. Crim.', start: 1908, end: 1953 }] },
  // Oregon
  { key: 'or', name: 'Oregon Reports', type: 'state-official', publishes: ['or'], implies: 'or',
    editions: [{ abbreviation: 'Or.', start: 1853, end: null }] },
  { key: 'or-app', name: 'Oregon Reports, Court of Appeals', type: 'state-official', publishes: ['or-ct-app'], implies: 'or-ct-app',
    editions: [{ abbreviation: 'Or. App.', start: 1969, end: null }] },
  { key: 'or-tax', name: 'Oregon Tax Reports', type: 'state-official', publishes: ['or-t-c'], implies: 'or-t-c',
    editions: [{ abbreviation: 'Or. Tax', start: 1962, end: null }] },
  // Pennsylvania
  { key: 'pa', name: 'Pennsylvania State Reports', type: 'state-official', publishes: ['pa'], implies: 'pa',
    editions: [{ abbreviation: 'Pa.', start: 1845, end: null }] },
  { key: 'pa-super', name: 'Pennsylvania Superior Court Reports', type: 'state-official', publishes: ['pa-super-ct'], implies: 'pa-super-ct',
    editions: [{ abbreviation: 'Pa. Super.', start: 1895, end: 1997, variants: ['Pa. Super. Ct.'] }] },
  { key: 'pa-commw', name: 'Pennsylvania Commonwealth Court Reports', type: 'state-official', publishes: ['pa-commw-ct'], implies: 'pa-commw-ct',
    editions: [{ abbreviation: 'Pa. Commw.', start: 1970, end: 1994, variants: ['Pa. Commw. Ct.', 'Pa. Cmwlth.'] }] },
  { key: 'pa-d-c', name: 'Pennsylvania District and County Reports', type: 'state-official', publishes: ['state:PA:trial'], sometimes: ['state:PA'],
    editions: [
      { abbreviation: 'Pa. D. & C.', start: 1921, end: 1955, approximateYears: true },
      { abbreviation: 'Pa. D. & C.2d', name: 'Pennsylvania District and County Reports, Second Series', start: 1954, end: 1977, approximateYears: true },
      { abbreviation: 'Pa. D. & C.3d', name: 'Pennsylvania District and County Reports, Third Series', start: 1977, end: 1989, approximateYears: true },
      { abbreviation: 'Pa. D. & C.4th', name: 'Pennsylvania District and County Reports, Fourth Series', start: 1989, end: 2007, approximateYears: true },
      { abbreviation: 'Pa. D. & C.5th', name: 'Pennsylvania District and County Reports, Fifth Series', start: 2007, end: null, approximateYears: true },
    ] },
  // Rhode Island
  { key: 'ri', name: 'Rhode Island Reports', type: 'state-official', publishes: ['ri'], implies: 'ri',
    editions: [{ abbreviation: 'R.I.', start: 1828, end: 1980 }] },
  // South Carolina
  { key: 'sc', name: 'South Carolina Reports', type: 'state-official', publishes: ['sc', 'state:SC:intermediate'], implies: 'sc',
    editions: [{ abbreviation: 'S.C.', start: 1868, end: null }] },
  // South Dakota
  { key: 'sd', name: 'South Dakota Reports', type: 'state-official', publishes: ['sd'], implies: 'sd',
    editions: [{ abbreviation: 'S.D.', start: 1890, end: 1976 }] },
  // Tennessee
  { key: 'tenn', name: 'Tennessee Reports', type: 'state-official', publishes: ['tn'], implies: 'tn',
    editions: [{ abbreviation: 'Tenn.', start: 1870, end: 1971 }] },
  { key: 'tenn-app', name: 'Tennessee Appeals Reports', type: 'state-official', publishes: ['tn-ct-app'], implies: 'tn-ct-app',
    editions: [{ abbreviation: 'Tenn. App.', start: 1925, end: 1971 }] },
  { key: 'tenn-crim-app', name: 'Tennessee Criminal Appeals Reports', type: 'state-official', publishes: ['tn-crim-app'], implies: 'tn-crim-app',
    editions: [{ abbreviation: 'Tenn. Crim. App.', start: 1967, end: 1971 }] },
  // Texas
  { key: 'tex', name: 'Texas Reports', type: 'state-official', publishes: ['tx'], sometimes: ['tx-commn-app'], implies: 'tx',
    editions: [{ abbreviation: 'Tex.', start: 1846, end: 1962 }] },
  { key: 'tex-crim', name: 'Texas Criminal Reports', type: 'state-official', publishes: ['tx-crim-app', 'tx-ct-app'], implies: 'tx-crim-app',
    editions: [{ abbreviation: 'Tex. Crim.', start: 1876, end: 1962, approximateYears: true }] },
  { key: 'tex-civ-app', name: 'Texas Civil Appeals Reports', type: 'state-official', publishes: ['tx-civ-app'], implies: 'tx-civ-app',
    editions: [{ abbreviation: 'Tex. Civ. App.', start: 1892, end: 1911 }] },
  { key: 'tex-sup-ct-j', name: 'Texas Supreme Court Journal', type: 'state-official', publishes: ['tx', 'tx-crim-app'], implies: 'tx',
    editions: [{ abbreviation: 'Tex. Sup. Ct. J.', start: 1957, end: null }] },
  // Utah
  { key: 'utah', name: 'Utah Reports', type: 'state-official', publishes: ['ut'], implies: 'ut',
    editions: [
      { abbreviation: 'Utah', start: 1851, end: 1974 },
      { abbreviation: 'Utah 2d', name: 'Utah Reports, Second Series', start: 1953, end: 1974 },
    ] },
  // Vermont
  { key: 'vt', name: 'Vermont Reports', type: 'state-official', publishes: ['vt'], implies: 'vt',
    editions: [{ abbreviation: 'Vt.', start: 1826, end: null }] },
  // Virginia
  { key: 'va', name: 'Virginia Reports', type: 'state-official', publishes: ['va'], implies: 'va',
    editions: [{ abbreviation: 'Va.', start: 1790, end: null }] },
  { key: 'va-app', name: 'Virginia Court of Appeals Reports', type: 'state-official', publishes: ['va-ct-app'], implies: 'va-ct-app',
    editions: [{ abbreviation: 'Va. App.', start: 1985, end: null }] },
  // Washington (Washington's own style writes `Wn.`)
  { key: 'wash', name: 'Washington Reports', type: 'state-official', publishes: ['wa'], implies: 'wa',
    editions: [
      { abbreviation: 'Wash.', start: 1889, end: 1939, variants: ['Wn.'] },
      { abbreviation: 'Wash. 2d', name: 'Washington Reports, Second Series', start: 1939, end: 2024, approximateYears: true, variants: ['Wn.2d'] },
      { abbreviation: 'Wash. 3d', name: 'Washington Reports, Third Series', start: 2023, end: null, approximateYears: true, variants: ['Wn.3d'] },
    ] },
  { key: 'wash-app', name: 'Washington Appellate Reports', type: 'state-official', publishes: ['wa-ct-app'], implies: 'wa-ct-app',
    editions: [
      { abbreviation: 'Wash. App.', start: 1969, end: 2017, variants: ['Wn. App.'] },
      { abbreviation: 'Wash. App. 2d', name: 'Washington Appellate Reports, Second Series', start: 2017, end: null, variants: ['Wn. App. 2d'] },
    ] },
  // West Virginia
  { key: 'w-va', name: 'West Virginia Reports', type: 'state-official', publishes: ['wv'], implies: 'wv',
    editions: [{ abbreviation: 'W. Va.', start: 1864, end: null }] },
  // Wisconsin (Wis. 2d also prints Court of Appeals opinions)
  { key: 'wis', name: 'Wisconsin Reports', type: 'state-official', publishes: ['wi', 'state:WI:intermediate'], implies: 'wi',
    editions: [
      { abbreviation: 'Wis.', start: 1853, end: 1957, publishes: ['wi'] },
      { abbreviation: 'Wis. 2d', name: 'Wisconsin Reports, Second Series', start: 1957, end: null },
    ] },
  // Wyoming
  { key: 'wyo', name: 'Wyoming Reports', type: 'state-official', publishes: ['wy'], implies: 'wy',
    editions: [{ abbreviation: 'Wyo.', start: 1870, end: 1959 }] },
];
