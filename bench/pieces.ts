/**
 * The raw material of the generated corpus: reporter series with the years they cover and the
 * courts that publish in them, court abbreviations, invented party names, and sentences of our
 * own. Facts (abbreviations, years, court names) follow the Bluebook; every name and sentence is
 * made up, so no real opinion or filing text is in the repository.
 */

/** How the court appears in the date parenthetical of a citation to a series. */
export type CourtStyle =
  /** Supreme Court reporters: the year alone, `(1973)`. */
  | 'none'
  /** A federal court of appeals: `(2d Cir. 1994)`. */
  | 'circuit'
  /** A federal district court: `(S.D.N.Y. 2012)`. */
  | 'district'
  /** A bankruptcy court: `(Bankr. D. Del. 2015)`. */
  | 'bankruptcy'
  /** A state court named from the series' states: `(Mass. 2010)`. */
  | 'state'
  /** An official state reporter implies the court: the year alone. */
  | 'implied';

export interface Series {
  /** Bluebook abbreviation, as the corpus writes it when it writes it right. */
  abbreviation: string;
  /** Variant spellings people type (for the occasional nonstandard cite). */
  variants: readonly string[];
  from: number;
  until: number;
  court: CourtStyle;
  /** For regional reporters: the courts of the states it covers. */
  states?: readonly string[];
  /** Highest volume a cite plausibly has. */
  maxVolume: number;
  /** Relative frequency in a federal brief. */
  weight: number;
}

const NOW = 2025;

export const SERIES: readonly Series[] = [
  { abbreviation: 'U.S.', variants: ['US', 'U. S.'], from: 1875, until: NOW, court: 'none', maxVolume: 600, weight: 8 },
  { abbreviation: 'S. Ct.', variants: ['S.Ct.', 'S Ct'], from: 1882, until: NOW, court: 'none', maxVolume: 145, weight: 4 },
  { abbreviation: 'L. Ed.', variants: ['L.Ed.'], from: 1882, until: 1956, court: 'none', maxVolume: 100, weight: 0.5 },
  { abbreviation: 'L. Ed. 2d', variants: ['L.Ed.2d', 'L. Ed.2d'], from: 1956, until: NOW, court: 'none', maxVolume: 220, weight: 2 },
  { abbreviation: 'F.', variants: ['Fed.'], from: 1880, until: 1924, court: 'circuit', maxVolume: 300, weight: 0.5 },
  { abbreviation: 'F.2d', variants: ['F. 2d', 'F.2nd'], from: 1924, until: 1993, court: 'circuit', maxVolume: 999, weight: 6 },
  { abbreviation: 'F.3d', variants: ['F. 3d', 'F.3rd'], from: 1993, until: 2021, court: 'circuit', maxVolume: 999, weight: 12 },
  { abbreviation: 'F.4th', variants: ['F. 4th', 'F.4d'], from: 2021, until: NOW, court: 'circuit', maxVolume: 130, weight: 5 },
  { abbreviation: 'F. Supp.', variants: ['F.Supp.', 'F Supp'], from: 1932, until: 1998, court: 'district', maxVolume: 999, weight: 3 },
  { abbreviation: 'F. Supp. 2d', variants: ['F.Supp.2d', 'F. Supp.2d', 'F.Supp. 2d'], from: 1998, until: 2014, court: 'district', maxVolume: 999, weight: 8 },
  { abbreviation: 'F. Supp. 3d', variants: ['F.Supp.3d', 'F. Supp.3d', 'F.Supp.3rd'], from: 2014, until: NOW, court: 'district', maxVolume: 760, weight: 8 },
  { abbreviation: "F. App'x", variants: ['F. App’x', "F.App'x", 'Fed. Appx.'], from: 2001, until: 2021, court: 'circuit', maxVolume: 860, weight: 3 },
  { abbreviation: 'F.R.D.', variants: ['FRD'], from: 1938, until: NOW, court: 'district', maxVolume: 345, weight: 1.5 },
  { abbreviation: 'B.R.', variants: ['BR'], from: 1979, until: NOW, court: 'bankruptcy', maxVolume: 660, weight: 1 },
  { abbreviation: 'A.', variants: [], from: 1885, until: 1938, court: 'state', states: ['Pa.', 'N.J.', 'Conn.', 'Md.', 'Me.', 'Vt.'], maxVolume: 200, weight: 0.2 },
  { abbreviation: 'A.2d', variants: ['A. 2d'], from: 1938, until: 2010, court: 'state', states: ['Pa.', 'N.J.', 'Conn.', 'Md.', 'Del. Ch.', 'R.I.', 'N.H.'], maxVolume: 999, weight: 2 },
  { abbreviation: 'A.3d', variants: ['A. 3d'], from: 2010, until: NOW, court: 'state', states: ['Pa.', 'N.J.', 'Del.', 'Md.', 'Conn.', 'Vt.', 'D.C.'], maxVolume: 320, weight: 2 },
  { abbreviation: 'N.E.', variants: [], from: 1885, until: 1936, court: 'state', states: ['Mass.', 'N.Y.', 'Ill.', 'Ohio'], maxVolume: 200, weight: 0.2 },
  { abbreviation: 'N.E.2d', variants: ['N.E. 2d'], from: 1936, until: 2014, court: 'state', states: ['Mass.', 'N.Y.', 'Ill.', 'Ind.', 'Ohio'], maxVolume: 999, weight: 2 },
  { abbreviation: 'N.E.3d', variants: ['N.E. 3d'], from: 2014, until: NOW, court: 'state', states: ['Mass.', 'N.Y.', 'Ill.', 'Ind.', 'Ohio'], maxVolume: 250, weight: 1.5 },
  { abbreviation: 'N.W.', variants: [], from: 1879, until: 1941, court: 'state', states: ['Minn.', 'Mich.', 'Wis.', 'Iowa'], maxVolume: 300, weight: 0.2 },
  { abbreviation: 'N.W.2d', variants: ['N.W. 2d'], from: 1941, until: NOW, court: 'state', states: ['Minn.', 'Mich.', 'Wis.', 'Iowa', 'Neb.', 'N.D.', 'S.D.'], maxVolume: 999, weight: 1.5 },
  { abbreviation: 'P.', variants: [], from: 1883, until: 1931, court: 'state', states: ['Cal.', 'Colo.', 'Or.', 'Wash.'], maxVolume: 300, weight: 0.2 },
  { abbreviation: 'P.2d', variants: ['P. 2d'], from: 1931, until: 2000, court: 'state', states: ['Cal.', 'Colo.', 'Ariz.', 'Wash.', 'Or.', 'Utah', 'Kan.'], maxVolume: 999, weight: 1.5 },
  { abbreviation: 'P.3d', variants: ['P. 3d'], from: 2000, until: NOW, court: 'state', states: ['Cal.', 'Colo.', 'Ariz.', 'Wash.', 'Or.', 'Utah', 'Nev.', 'Haw.'], maxVolume: 560, weight: 2 },
  { abbreviation: 'S.E.', variants: [], from: 1887, until: 1939, court: 'state', states: ['Ga.', 'N.C.', 'Va.'], maxVolume: 200, weight: 0.2 },
  { abbreviation: 'S.E.2d', variants: ['S.E. 2d'], from: 1939, until: NOW, court: 'state', states: ['Ga.', 'N.C.', 'S.C.', 'Va.', 'W. Va.'], maxVolume: 910, weight: 1.5 },
  { abbreviation: 'S.W.', variants: [], from: 1886, until: 1928, court: 'state', states: ['Tex.', 'Mo.', 'Ky.'], maxVolume: 300, weight: 0.2 },
  { abbreviation: 'S.W.2d', variants: ['S.W. 2d'], from: 1928, until: 1999, court: 'state', states: ['Tex.', 'Mo.', 'Ky.', 'Tenn.', 'Ark.'], maxVolume: 999, weight: 1 },
  { abbreviation: 'S.W.3d', variants: ['S.W. 3d'], from: 1999, until: NOW, court: 'state', states: ['Tex.', 'Mo.', 'Ky.', 'Tenn.', 'Ark.'], maxVolume: 700, weight: 1.5 },
  { abbreviation: 'So.', variants: [], from: 1887, until: 1941, court: 'state', states: ['Fla.', 'Ala.', 'La.', 'Miss.'], maxVolume: 200, weight: 0.2 },
  { abbreviation: 'So. 2d', variants: ['So.2d'], from: 1941, until: 2008, court: 'state', states: ['Fla.', 'Ala.', 'La.', 'Miss.'], maxVolume: 999, weight: 1 },
  { abbreviation: 'So. 3d', variants: ['So.3d'], from: 2008, until: NOW, court: 'state', states: ['Fla.', 'Ala.', 'La.', 'Miss.'], maxVolume: 400, weight: 1 },
  { abbreviation: 'N.Y.2d', variants: ['N.Y. 2d'], from: 1956, until: 2003, court: 'implied', maxVolume: 100, weight: 0.8 },
  { abbreviation: 'N.Y.3d', variants: ['N.Y. 3d'], from: 2003, until: NOW, court: 'implied', maxVolume: 42, weight: 0.8 },
  { abbreviation: 'A.D.3d', variants: ['A.D. 3d', 'AD3d'], from: 2003, until: NOW, court: 'implied', maxVolume: 230, weight: 0.6 },
  { abbreviation: 'Cal. 4th', variants: ['Cal.4th'], from: 1991, until: 2016, court: 'implied', maxVolume: 63, weight: 0.6 },
  { abbreviation: 'Cal. 5th', variants: ['Cal.5th'], from: 2016, until: NOW, court: 'implied', maxVolume: 17, weight: 0.4 },
  { abbreviation: 'Cal. App. 4th', variants: ['Cal.App.4th'], from: 1991, until: 2016, court: 'implied', maxVolume: 247, weight: 0.4 },
  { abbreviation: 'Ill. 2d', variants: ['Ill.2d'], from: 1953, until: 2011, court: 'implied', maxVolume: 243, weight: 0.3 },
  { abbreviation: 'Mass.', variants: [], from: 1867, until: NOW, court: 'implied', maxVolume: 495, weight: 0.3 },
  { abbreviation: 'N.J.', variants: [], from: 1948, until: NOW, court: 'implied', maxVolume: 258, weight: 0.3 },
  { abbreviation: 'Wis. 2d', variants: ['Wis.2d'], from: 1957, until: NOW, court: 'implied', maxVolume: 410, weight: 0.2 },
  { abbreviation: 'Ohio St. 3d', variants: ['Ohio St.3d'], from: 1982, until: NOW, court: 'implied', maxVolume: 170, weight: 0.2 },
  { abbreviation: 'Wash. 2d', variants: ['Wash.2d'], from: 1939, until: NOW, court: 'implied', maxVolume: 200, weight: 0.2 },
];

export const CIRCUITS = [
  '1st Cir.', '2d Cir.', '3d Cir.', '4th Cir.', '5th Cir.', '6th Cir.', '7th Cir.', '8th Cir.', '9th Cir.',
  '10th Cir.', '11th Cir.', 'D.C. Cir.', 'Fed. Cir.',
] as const;

export const DISTRICTS = [
  'S.D.N.Y.', 'E.D.N.Y.', 'N.D.N.Y.', 'W.D.N.Y.', 'D.N.J.', 'E.D. Pa.', 'D. Del.', 'D. Mass.', 'D. Conn.',
  'N.D. Cal.', 'C.D. Cal.', 'S.D. Cal.', 'E.D. Va.', 'D. Md.', 'N.D. Ill.', 'E.D. Tex.', 'S.D. Tex.',
  'N.D. Tex.', 'W.D. Wash.', 'D. Colo.', 'S.D. Fla.', 'M.D. Fla.', 'N.D. Ga.', 'D.D.C.', 'E.D. Mich.',
] as const;

/** Public-domain citations: the state's code between year and number, and its regional reporter. */
export const NEUTRAL = [
  { state: 'ND', regional: 'N.W.2d' }, { state: 'WI', regional: 'N.W.2d' }, { state: 'SD', regional: 'N.W.2d' },
  { state: 'IL', regional: 'N.E.3d' }, { state: 'UT', regional: 'P.3d' }, { state: 'OK', regional: 'P.3d' },
  { state: 'MT', regional: 'P.3d' }, { state: 'WY', regional: 'P.3d' }, { state: 'VT', regional: 'A.3d' },
  { state: 'ME', regional: 'A.3d' },
] as const;

export const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

export const SIGNALS = ['See', 'See also', 'Cf.', 'But see', 'See generally', 'E.g.,', 'See, e.g.,', 'Accord', 'But cf.'] as const;

/** Explanatory parentheticals (our own words). */
export const PARENTHETICALS = [
  '(holding that a party must produce documents within its control)',
  '(affirming dismissal where the complaint pleaded only conclusions)',
  '(internal quotation marks omitted)',
  '(citation omitted)',
  '(en banc)',
  '(per curiam)',
  '(quoting the district court)',
  '(alteration in original)',
  '(emphasis added)',
  '(finding waiver where the objection came months after the deadline)',
  '(explaining that the burden rests on the party resisting discovery)',
  '(declining to reach the question)',
  '(collecting cases)',
  '(unpublished)',
] as const;

export const SURNAMES = [
  'Harmon', 'Lindqvist', 'Okafor', 'Brennan', 'Castellanos', 'Whitcombe', 'Adeyemi', 'Marchetti', 'Ferreira',
  'Holloway', 'Takahashi', 'Delacroix', 'Pemberton', 'Novak', 'Quintero', 'Abernathy', 'Sorensen', 'Vasquez',
  'Kowalski', 'Ashworth', 'Mbeki', 'Rutherford', 'Castillo', 'Gallagher', 'Iverson', 'Nakamura', 'Oduya',
  'Prescott', 'Whitfield', 'Zeller', 'Hargrove', 'Lindgren', 'Montague', 'Carrington', 'Esposito',
] as const;

export const COMPANY_WORDS = [
  'Northwind', 'Bluestem', 'Quarry Hill', 'Harborview', 'Ironbridge', 'Cobalt Ridge', 'Silverlake', 'Meridian',
  'Redwater', 'Stonefield', 'Granite Peak', 'Lakeshore', 'Kestrel', 'Foxglove', 'Tidewater', 'Ashgrove',
] as const;

export const COMPANY_KINDS = [
  'Inc.', 'Corp.', 'Co.', 'LLC', 'L.P.', 'Holdings, Inc.', 'Freight Co.', 'Mut. Ins. Co.', 'Bank, N.A.',
  'Techs., Inc.', 'Pharms., Inc.', 'Sys. Corp.', 'Cap. Mgmt. LLC',
] as const;

export const GOVERNMENT = [
  'United States', 'City of Lakeshore', 'Commonwealth', 'State', 'Sec. & Exch. Comm’n', 'Fed. Trade Comm’n',
  'Bd. of Educ. of Ashgrove', 'County of Redwater',
] as const;

/** Sentences of ordinary brief prose; `{P}` and `{D}` are the moving and opposing party. */
export const PROSE = [
  '{P} served its first requests for production on {D} more than eight months ago.',
  'The parties met and conferred on four occasions, and each time {D} promised a supplemental production that never arrived.',
  '{D} does not dispute that the documents are relevant to the claims and defenses in this action.',
  'Instead, {D} argues that collecting them would impose a burden out of proportion to the needs of the case.',
  'That argument fails for three independent reasons, each of which is sufficient on its own.',
  'First, {D} has not offered any evidence of the cost or time that the collection would require.',
  'Second, the information sought is uniquely within the possession of {D} and cannot be obtained elsewhere.',
  'Third, the Court has already rejected the same objection when {D} raised it at the initial conference.',
  'The record on this point is not ambiguous.',
  'Courts in this Circuit routinely compel production in these circumstances.',
  'Nothing in the protective order limits the scope of discovery that {P} may seek.',
  'The deposition testimony confirms that the relevant custodians kept their files on shared drives.',
  '{D}’s remaining objections are boilerplate and should be overruled.',
  'Rule 26(b)(1) permits discovery of any nonprivileged matter that is relevant to any party’s claim or defense and proportional to the needs of the case.',
  'The burden of showing that discovery should not be allowed rests on the party resisting it.',
  'A party that fails to object in time waives the objection absent good cause.',
  'The privilege log that {D} served lists more than two thousand entries with the same generic description.',
  'That description does not allow {P} or the Court to assess the claim of privilege.',
  'Where a log is deficient, courts may order the withheld documents produced.',
  'At a minimum, {D} should be ordered to serve a log that complies with Local Civil Rule 26.2.',
  'The complaint alleges that {D} knew of the defect at least two years before the recall.',
  'To survive a motion to dismiss, a complaint must contain sufficient factual matter, accepted as true, to state a claim that is plausible on its face.',
  'The Court must accept the well-pleaded allegations as true and draw all reasonable inferences in the plaintiff’s favor.',
  'Conclusory statements, however, are not entitled to the assumption of truth.',
  'Summary judgment is appropriate only where there is no genuine dispute as to any material fact.',
  'A fact is material if it might affect the outcome of the suit under the governing law.',
  'The moving party bears the initial burden of identifying the portions of the record that demonstrate the absence of a genuine issue.',
  'The contract’s plain language forecloses {D}’s reading.',
  'Section 4.2 requires written notice within thirty days, and it is undisputed that no notice was given.',
  'Even if the provision were ambiguous, the extrinsic evidence points the same way.',
  '{D} cannot manufacture a factual dispute by contradicting its own witness’s sworn testimony.',
  'The timeline set out in the emails leaves no room for doubt.',
  'For these reasons, the motion should be granted.',
  'In the alternative, the Court should hold an evidentiary hearing limited to the question of notice.',
  'The expert’s opinion rests on a methodology that has been tested, peer reviewed and generally accepted.',
  '{D}’s criticisms go to the weight of the testimony, not its admissibility.',
  'The statute of limitations began to run only when {P} discovered, or reasonably should have discovered, the injury.',
  'The equitable factors all favor a stay pending the decision on appeal.',
  '{P} will suffer irreparable harm absent relief, and the balance of hardships tips decidedly in its favor.',
  'The public interest is served by enforcing valid contracts and protecting confidential information.',
  'Nor does the forum-selection clause change the analysis.',
  'The Court should decline {D}’s invitation to rewrite the parties’ agreement.',
] as const;

/** Statutes and rules, for the prose (later a table of authorities will read them). */
export const STATUTES = [
  '17 U.S.C. § 106', '28 U.S.C. § 1331', '28 U.S.C. § 1332(a)', '15 U.S.C. § 78j(b)', '42 U.S.C. § 1983',
  'Fed. R. Civ. P. 26(b)(1)', 'Fed. R. Civ. P. 34(b)(2)(C)', 'Fed. R. Civ. P. 12(b)(6)', 'Fed. R. Civ. P. 56(a)',
  'Fed. R. Evid. 702', '35 U.S.C. § 101', '29 U.S.C. § 1132(a)(1)(B)',
] as const;

/** What an exhibit is, for exhibit descriptions and parentheticals. */
export const EXHIBIT_DESCRIPTIONS = [
  'email dated March 3, 2021', 'board presentation', 'excerpts of the deposition transcript', 'internal memorandum',
  'license agreement', 'letter from counsel', 'privilege log', 'text messages', 'spreadsheet of shipments',
  'engineering change notice', 'press release', 'invoice', 'meeting notes', 'draft contract',
] as const;

/** Producing parties' Bates prefixes, with the separator and width each uses. */
export const BATES_STYLES = [
  { prefix: 'NWD_', width: 9 },
  { prefix: 'BLUESTEM-', width: 7 },
  { prefix: 'QHH', width: 6 },
  { prefix: 'KESTREL_PROD_', width: 8 },
  { prefix: 'HARB', width: 10 },
] as const;
