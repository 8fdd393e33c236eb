/**
 * What examples.test.ts expects of the reporters-db examples the checker does not find as
 * their entry says, each with the reason. Generated once from the checker's output, then kept
 * by hand: the test fails when an example listed here is found, or one not listed is not.
 */

/**
 * Examples found as another edition that reporters-db itself names by that spelling
 * (`Ill. (Breese)` is a variant of Breese's reports): example → edition key.
 */
export const ALIASES: ReadonlyMap<string, string> = new Map([
  ['21 D.C. (Tuck. & Cl.) 456', 'tuck-cl'],
  ['1 Hay. & Haz. 176', 'hay-haz'],
  ['1 Ill. (Breese) 456', 'breese'],
  ['17 S.C. Eq. (Speers Eq.) 456', 'speers-eq'],
  ['24 S.C.L. (Rice) 456', 'rice'],
  ['19 Tenn. (Meigs) 456', 'meigs'],
  ['21 Va. (Gilmer) 456', 'gilmer'],
]);

const NO = (reason: string, examples: readonly string[]) => examples.map((e) => [e, reason] as const);

const LETTERED_VOLUME = 'A volume with a letter (`17A N.Y.2d 7`, `402A Mich 117`): not read as a volume';
const NO_VOLUME = 'No volume before the reporter (single-volume reports, services cited by paragraph alone): the extractor starts a citation at its volume';
const PROSE_RULE = 'A plain-word reporter (`Abbotts`, `Hughes`) with no parenthetical year: the prose rule (docs/reporters.md)';
const PAGE_WORD = '`p.` or `Page` before the page: not read';
const LETTER_BEFORE_PAGE = 'A page with a letter before it (`Fla. L. Weekly D2629`): not read';
const HALF_YEAR_VOLUME = 'A volume of a year and its half (`93-1 BCA`, `1982-1 Trade Cas.`): not read as a volume';
const COMMA_BEFORE_PAGE = 'A comma between a plain-word reporter and the page (`1 Holmes, 299`), or before a service\'s paragraph: read as prose';
const NO_SPACES = 'A public-domain citation written with no spaces (`2021COA112`, `22CO7`): not read';
const VOLUME_NOT_A_YEAR = 'A volume that is no year, for a form reporters-db numbers by year (`437 COA 3`, `108 MT 1`)';
const YEAR_AS_VOLUME = 'A year as the volume of a reporter numbered by volume elsewhere in its examples: the table has one form per edition';
const SIXTH_CIRCUIT_FED_APP = 'The Sixth Circuit\'s year-numbered `Fed. App.` form, which reporters-db files under F. App\'x (a volume-numbered series)';
const SUPPLEMENT_VOLUMES = 'Supplement volumes (`33 Ga. Supp. 9`): no spelling in reporters-db';
const PROSE_RULE_YEAR_BEFORE_PAGE = 'A plain-word reporter whose year stands before the page: the prose rule wants it after the page';
const LOUISIANA_DOCKET = 'The Louisiana form built on a docket number (`2009 1359R (La.App. 1 Cir. 05/10/10)`): no reporter to read';
const VOLUME_OUTSIDE_SERIES = 'A volume the series never reached (`487 Wall. 141`: Wallace has 23): a slip in reporters-db\'s example';
const ROMAN_PAGE = 'A front-matter page in roman numerals (`7 S.W. 3d LII`): not read';
const PUBLISHER_FIRST = 'The publisher before the title and the state after it (`8 CCH, Unemployment Ins. Rep. W. Va. par. 8090`): not read';
const NOMINATIVE_PAGE = 'A nominative report with its own page inside the parentheses (`2 Ware (Dav. 172) 176`): not read';

/** Example → why it is not found. */
export const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ...NO(LETTERED_VOLUME, [
    '71A A.F.T.R.2d (RIA) 3011',
    '402A Mich 117',
    '17A N.Y.2d 7',
    '1A CCH, Unemployment Ins. Rep. (Ala.) par. 1950.74',
  ]),
  ...NO(NO_VOLUME, [
    'Abb. Adm. 418',
    'Add. 55',
    'Am.Ann.Cas. 1916C, 1093',
    'Am.Ann.Cas. 1916E,157',
    'Baldw. 196',
    'Bankr. L. Rep. P12,345',
    'Bankr. L. Rep. P 80679',
    'Bankr. L. Rep. (CCH) ¶ 67,488',
    'Bankr. L. Rep. (C.C.H.) ¶67,049',
    'Bankr. L. Rep. P68,209',
    'Bayard\'s Notebook, 235',
    'Bayard’s Notebook, 235',
    'Bee, 120',
    'Bee 196',
    'Betts\' Scr. Bk. 139',
    'Betts, Scr. Bk. 268',
    'Blatchf. & H. 114',
    'Blatchf. Pr. Cas. 132',
    'Blatchf. Pr. Cas. 40',
    'Blue Sky L. Rep. P 71,399',
    'Brown, Adm. 124',
    'Brunner, Col. Cas. 190',
    'CCH OSHD ¶ 33123',
    'Cal. Law J. & Lit. Rev. 137',
    'Car. Law Repos. 204',
    'Chase, 267',
    'Chase\'s Trial. Append. 65',
    'Clayton\'s Notebook, 235',
    'Clayton’s Notebook, 235',
    'Codd. Dig. 341',
    'Coddington\'s Digest 312',
    'Comm. Fut. L. Rep. P 33,470',
    'Comm. Fut. L. Rep. (CCH) 26,653',
    'Cooke, 130',
    'Cooke (Tenn.), 298',
    'Coombs’ Trial of Aaron Burr. 1',
    'Cox. Manual Trade-Mark Cas. 241',
    'Crabbe, 138',
    'Crabbe, 66',
    'Crabbe, 2',
    'Crabbe 525',
    'Cranch, Pat. Dec. 125',
    'Dallam 504',
    'Dallam, 597',
    'Deady, 264',
    'Energy Mgt. P 26,605',
    'Fed. Sec. L. Rep. (CCH) par. 78,056',
    'Fed. Sec. L. Rep. (CCH) ¶ 77,526',
    'Fed Sec L Rep (CCH) ¶ 80,715',
    'Fed. Sec. L. Rep. (CCH) P97,410',
    'Fish. Pr. Cas. 32',
    'Gilmer 414',
    'Gilp. 106',
    'Hask. 236',
    'Hempst. 286',
    'Hoff. Dec. 10',
    'Hoff. Land Cas. 101',
    'Hoff. Op. 433',
    'Holmes, 272',
    'L.R.A. 1915A, 601',
    'L.R.A. 1918F,891',
    'Litt. Sel. Cas. 119',
    'Litt. Sel. Cas. (Ky.) 505',
    'McA. Pat. Cas. 510',
    'Mass. App. Div. Adv. Sh. (1979) 219',
    'McCahon, 206',
    'McCahon 166',
    'Med & Med GD (CCH) P 301,883',
    'Med & Med GD (CCH) P 121929',
    'Miller\'s Notebook, 179',
    'Miller’s Notebook, 179',
    'Bankr. Reg. Supp. 46',
    'Bankr. Reg. Supp. 14',
    'Bankr. Reg. Supp. 19',
    'Newb. 101',
    'Nuclear Reg. Rep. P 20,683',
    'Nuclear Reg. Rep. P 23998U',
    'O.S.U. 844',
    'Olc. 12',
    'Oliver\'s Forms (Ed. 1842) 489',
    'Pens. Plan Guide (CCH) P 24002Z',
    'Prod.Liab.Rep. (CCH) P 16,708',
    'RICO Bus.Disp.Guide 11,151',
    'R.I.C.O. Bus. Disp. Guide (CCH) P 9217',
    'Read’s Notebook, 235',
    'Ridgely\'s Notebook IV, 33',
    'Ridgely\'s Notebook IV, 5',
    'Ridgely\'s Notebook V, 362',
    'Ridgely\'s Notebook III, 5',
    'Ridgely\'s Notebook II, 180',
    'Ridgely’s Notebook I, 244',
    'Ridgely\'s Notebook I, 244',
    'Ridgely’s Notebook IV, 33',
    'Ridgely’s Notebook III, 33',
    'Ridgely’s Notebook V, 362',
    'Robards 123',
    'Rodney\'s Notes, 235',
    'SCDB 1846-016',
    'SCDB 1799-006',
    'Smith (N. H.) 123',
    'Syllabi, 182',
    'T.C.M. (RIA) ¶ 95,342',
    'T.C.M. (RIA) 92736',
    'T.C.M. (RIA) 2004-279',
    'Taney, 400',
    'Taney, 11',
    'Tapp. Rep. 61',
    'Thomp. Cas., 21',
    'CCH Unemployment Ins. Rep. ¶ 15,419',
    'Unemployment Ins. Rep. P9025',
    'Util. L. Rep. P 14,520',
    'Wallace R., p. 573',
    'Wells’ Notebook, 365',
    'Wells\' Notebook, 356a',
    'Whart. Hom. 483',
    'Whart. St. Tr. 688',
    'Wilson\'s Red Book, 179',
    'Wilson’s Red Book, 179',
    'Woolw. 217',
  ]),
  ...NO(PROSE_RULE, [
    '1 Abbotts 112',
    '9 Abbotts 618',
    '12 Abbotts 34',
    '2 Hughes 447',
    '1 Kelly 355',
    '81 Misc 1211(A)',
    '862 Ware 63',
  ]),
  ...NO(PAGE_WORD, [
    '40 Amer. Jur., p. 764',
    '14 F. Cas. Page 1048',
    '10 F. Cas. page 164',
    '33 Miss. R., p. 363',
    '8 Wallace R., p. 269',
  ]),
  ...NO(LETTER_BEFORE_PAGE, [
    '1972 Auto. Cas. (CCH) P7530',
    '20 Fla. L. Weekly D2629',
    '42 Fla. L. Weekly S827',
  ]),
  ...NO(HALF_YEAR_VOLUME, [
    '93-1 BCA ¶ 25,508',
    '1984-1 Fed. Carr. Cas. (CCH) P83,138',
    '102-56 Fulton County D. Rep. 16B',
    '1982-1 Trade Cas. (CCH) par. 64,689',
    '1940-1943 Trade Cas. (CCH) ¶ 56,104',
    '1974-2 Trade Cas. (CCH) ¶ 75,282',
    '1986-1 Trade Cas. (CCH) P66,984',
    '2016-1 Trade Reg. Rep. (CCH) P79,503',
    '57-2 U.S. Tax Cas. (CCH) P9816',
    '2001-1 U.S. Tax Cas. (CCH) P54,209',
    '2010-1 USTC P 50,213',
  ]),
  ...NO(COMMA_BEFORE_PAGE, [
    '1 BLUE SKY L. REP. (CCH) 14,505',
    '1 Holmes, 299',
    '1 McCrary, 480',
    '1 Taney, 440',
    '1975 Trade Cas. (CCH) ¶ 60,219',
    '1 Ware (Dav. 146), 123',
    '43 Ware, (332,) 232',
  ]),
  ...NO(NO_SPACES, [
    '22CO7',
    '2021COA112',
    '21COA112',
  ]),
  ...NO(VOLUME_NOT_A_YEAR, [
    '437 COA 3',
    '108 MT 1',
    '108 MT 23N',
  ]),
  ...NO(YEAR_AS_VOLUME, [
    '1999 Conn. Super. Ct. 13301-M',
    '1977 Mass. App. Div. Adv. Sh. 805',
  ]),
  ...NO(SIXTH_CIRCUIT_FED_APP, [
    '2004 Fed.App. 0437P',
    '2014 FED App. 0840N (6th Cir.)',
  ]),
  ...NO(SUPPLEMENT_VOLUMES, [
    '33 Ga. Supp. 9',
    '25 Tex. Supp. 9',
  ]),
  ...NO(PROSE_RULE_YEAR_BEFORE_PAGE, [
    '3 Hughes (1880) 464',
    '1 McCrary (1881) 213',
  ]),
  ...NO(LOUISIANA_DOCKET, [
    '2009 1359R (La.App. 1 Cir. 05/10/10)',
    '2009 1359R (La.App. 2 Cir. 05/10/10)',
    '2009 1359R (La.App. 3 Cir. 05/10/10)',
    '2009 1359R (La.App. 4 Cir. 05/10/10)',
    '2009 1359R (La.App. 5 Cir. 05/10/10)',
    '2009 1359R (La.App. 6 Cir. 05/10/10)',
  ]),
  ...NO(VOLUME_OUTSIDE_SERIES, [
    '822 Ohio 993',
    '487 Wall. 141',
  ]),
  ...NO(ROMAN_PAGE, [
    '47 S. W. 2d XI',
    '7 S.W. 3d LII',
    '7 S.W. 3d iv',
    '90 So.3d LII',
    '1 Wall. Jr. Append. ix',
  ]),
  ...NO(PUBLISHER_FIRST, [
    '8 CCH, Unemployment Ins. Rep. W. Va. par. 8090',
    '4 CCH Unemployment Ins. Rep., Me. ¶ 1995.05',
  ]),
  ...NO(NOMINATIVE_PAGE, [
    '2 Ware (Dav. 172) 176',
  ]),
]);
