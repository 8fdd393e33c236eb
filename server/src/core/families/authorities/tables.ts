/**
 * The names the authorities scanner knows, compiled once into one trie: codes, administrative
 * codes, registers and session laws (from reporters-db's `laws.json`), law reviews (its
 * `journals.json`), and Brieflint's own lists of constitutions, court rules, legislative
 * materials, treatises and other secondary sources.
 *
 * A name is matched the way people type it: the spaces after a period are optional
 * (`Neb.Rev.Stat.`, `Fed.R.Civ.P.`), other spaces are required, and any space may be several
 * blanks or one line break (`W. Va.\nCode`). Curly apostrophes read as straight ones.
 */
import type { CitationKind } from '../../types';
import { JOURNALS } from './data/journals';
import { JURISDICTION_ABBREVIATIONS, LAWS } from './data/laws';

/** How the text after a name is read. */
export type Shape =
  /** Sections: `§ 106(b)`, `§§ 1331, 1367`, `ch. 93A, § 2`, a bare `7.70.100`; a title number may come before. */
  | 'sections'
  /** A volume before and a page after: `89 Fed. Reg. 51,342`, `1999 Cal. Stat. 2`, `128 Harv. L. Rev. 540`. */
  | 'page'
  /** A state's abbreviation: a code named by subject follows (`Cal. Civ. Proc. Code §`), or its rules (`Tex. R. App. P.`). */
  | 'jurisdiction'
  /** `U.S. Const.`, `Cal. Const.`: articles, amendments, sections, clauses. */
  | 'constitution'
  /** A set of court rules, then a rule number: `Fed. R. Civ. P. 26(b)(1)`. */
  | 'rules'
  /** `H.R. Rep. No. 94-1476`. */
  | 'report'
  /** `Pub. L. No. 117-58`. */
  | 'public-law'
  /** `Restatement (Second) of Torts § 402A`, and the short `Restatement § 402A`. */
  | 'restatement'
  /** A treatise's title, then `§` or `¶`: `Federal Practice and Procedure § 1234`. */
  | 'treatise'
  /** A volume, the encyclopedia, a topic, a section: `88 C.J.S. Trial § 150`. */
  | 'encyclopedia'
  /** California Style Manual code names: `Code Civ. Proc., § 425.16`. */
  | 'california';

export interface NameEntry {
  shape: Shape;
  kind: CitationKind;
  /** The name as Brieflint writes it in `authority`. */
  canonical: string;
  /** Full name, for the hover. */
  name: string;
  jurisdiction: string;
  /** A volume or title number may (`sections`) or must (`page`, `encyclopedia`) come before it. */
  titled?: boolean;
  /** `sections`: a section may follow without `§` (`RCW 7.70.100`, `42 U.S.C. 1983`). */
  bare?: boolean;
  /** `rules`: the URL of a rule, `{n}` the rule's number. */
  url?: string;
}

interface Node {
  next: Map<number, Node>;
  /** Whitespace is required here (the name had a space after a letter). */
  space?: Node;
  entries?: NameEntry[];
}

function newNode(): Node {
  return { next: new Map() };
}

const ROOT = newNode();

/** Adds a name to the trie (spaces after a period optional, others required). */
function add(written: string, entry: NameEntry): void {
  let node = ROOT;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c === 32) {
      if (written.charCodeAt(i - 1) === 46) continue;
      node = node.space ??= newNode();
      continue;
    }
    const code = c === 0x2019 ? 39 : c;
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = newNode()));
    node = child;
  }
  const list = (node.entries ??= []);
  if (!list.some((e) => e.canonical === entry.canonical && e.shape === entry.shape)) list.push(entry);
}

export function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Past the blanks at `i`: at most four characters and one line break; `i` itself when there are none. */
export function skipBlanks(text: string, i: number): number {
  let j = i;
  let breaks = 0;
  while (j < text.length && j - i < 4 && isBlankChar(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 10 && ++breaks > 1) return i;
    j++;
  }
  return j;
}

export interface NameMatch {
  entry: NameEntry;
  /** End of the name in the text. */
  end: number;
}

/**
 * Every name that starts at `i`, longest first. A name ends at a word boundary: one ending in a
 * letter or digit is not followed by another (`Ala. Code` is no name in `Ala. Codes`).
 */
export function namesAt(text: string, i: number): readonly NameMatch[] {
  let found: NameMatch[] | undefined;
  let node: Node | undefined = ROOT;
  let j = i;
  let last = 0;
  // A name is at most about sixty characters: the walk is bounded by the trie's depth.
  while (node && j <= text.length) {
    if (node.entries && j > i) {
      const after = text.charCodeAt(j);
      if (!(isAlnum(last) && isAlnum(after))) for (const entry of node.entries) (found ??= []).push({ entry, end: j });
    }
    if (j >= text.length) break;
    let c = text.charCodeAt(j);
    if (isBlankChar(c)) {
      const k = skipBlanks(text, j);
      if (k === j) break;
      if (node.space) {
        node = node.space;
        j = k;
        continue;
      }
      if (last !== 46) break;
      j = k;
      c = text.charCodeAt(j);
    }
    if (c === 0x2019) c = 39;
    node = node.next.get(c);
    last = c;
    j++;
  }
  return found ? found.reverse() : NO_MATCHES;
}

const NO_MATCHES: readonly NameMatch[] = [];

// ---- what the data gives ----------------------------------------------------------------------

/** Names the scanner reads in its own ways (`Pub. L. No.`), or not at all (agency dockets). */
const SPECIAL = new Set(['Pub. L.', 'Pvt. L.', 'FR', 'Stat.', 'U.S.C.', 'C.F.R.', 'N.Y.']);

for (const law of LAWS) {
  if (SPECIAL.has(law.abbreviation) || law.template || law.type === 'docket' || law.type === 'filing') continue;
  const constitution = /\bConst\./.test(law.abbreviation);
  const kind: CitationKind = constitution ? 'constitution' : law.type === 'code' ? 'statute' : law.type === 'session' ? 'session-law' : 'regulation';
  const shape: Shape = law.type === 'session' || law.type === 'register' ? 'page' : 'sections';
  const entry: NameEntry = { shape, kind, canonical: law.abbreviation, name: law.name, jurisdiction: law.jurisdiction, titled: true, bare: shape === 'sections' };
  add(law.abbreviation, entry);
  for (const v of law.variations) add(v, entry);
}

/** The United States Code and the Code of Federal Regulations, with their spellings. */
const USC: NameEntry = { shape: 'sections', kind: 'statute', canonical: 'U.S.C.', name: 'United States Code', jurisdiction: 'United States', titled: true, bare: true };
for (const v of ['U.S.C.', 'U. S. C.', 'USC', 'U.S. Code', 'United States Code']) add(v, USC);
for (const v of ['U.S.C.A.', 'U.S.C.S.', 'U.S.C.U.']) add(v, { ...USC, canonical: v, name: `United States Code (${v === 'U.S.C.A.' ? 'Annotated, West' : v === 'U.S.C.S.' ? 'Service, LexisNexis' : 'Unannotated'})` });
const CFR: NameEntry = { shape: 'sections', kind: 'regulation', canonical: 'C.F.R.', name: 'Code of Federal Regulations', jurisdiction: 'United States', titled: true, bare: true };
for (const v of ['C.F.R.', 'C. F. R.', 'CFR']) add(v, CFR);
const FED_REG: NameEntry = { shape: 'page', kind: 'regulation', canonical: 'Fed. Reg.', name: 'Federal Register', jurisdiction: 'United States' };
for (const v of ['Fed. Reg.', 'FR', 'F.R.']) add(v, FED_REG);
add('Stat.', { shape: 'page', kind: 'session-law', canonical: 'Stat.', name: 'United States Statutes at Large', jurisdiction: 'United States' });
for (const v of ['Pub. L. No.', 'Pub. L.', 'Public Law No.', 'Public Law Number', 'Public Law', 'Pub.L.', 'P.L.']) {
  add(v, { shape: 'public-law', kind: 'session-law', canonical: 'Pub. L. No.', name: 'Public Law', jurisdiction: 'United States' });
}
for (const v of ['Pvt. L. No.', 'Pvt. L.', 'Private Law No.', 'Private Law', 'Pvt.L.', 'Priv. L. No.']) {
  add(v, { shape: 'public-law', kind: 'session-law', canonical: 'Pvt. L. No.', name: 'Private Law', jurisdiction: 'United States' });
}

/** Each jurisdiction's abbreviation, and the jurisdiction of each. */
export const JURISDICTION_OF = new Map<string, string>();
for (const [jurisdiction, abbreviation] of Object.entries(JURISDICTION_ABBREVIATIONS)) {
  JURISDICTION_OF.set(abbreviation, jurisdiction);
  add(abbreviation, { shape: 'jurisdiction', kind: 'statute', canonical: abbreviation, name: jurisdiction, jurisdiction });
  add(`${abbreviation} Const.`, { shape: 'constitution', kind: 'constitution', canonical: `${abbreviation} Const.`, name: `Constitution of ${jurisdiction}`, jurisdiction });
}
add('U.S. Const.', { shape: 'constitution', kind: 'constitution', canonical: 'U.S. Const.', name: 'Constitution of the United States', jurisdiction: 'United States' });
add('US Const.', { shape: 'constitution', kind: 'constitution', canonical: 'U.S. Const.', name: 'Constitution of the United States', jurisdiction: 'United States' });

/** The codes a subject-named state code stands for (`Cal. Code` is `Cal. <subject> Code`), by jurisdiction. */
export const TEMPLATE_NAMES = new Map<string, string>();
for (const law of LAWS) if (law.template) TEMPLATE_NAMES.set(law.jurisdiction, law.name);

/** State codes cited by their local names. */
const LOCAL_CODES: ReadonlyArray<readonly [string, string, string, CitationKind, boolean]> = [
  // [as written, full name, jurisdiction, kind, titled]
  ['RCW', 'Revised Code of Washington', 'Washington', 'statute', false],
  ['WAC', 'Washington Administrative Code', 'Washington', 'regulation', false],
  ['ILCS', 'Illinois Compiled Statutes', 'Illinois', 'statute', true],
  ['O.C.G.A.', 'Official Code of Georgia Annotated', 'Georgia', 'statute', false],
  ['N.J.S.A.', 'New Jersey Statutes Annotated', 'New Jersey', 'statute', false],
  ['N.J. Stat.', 'New Jersey Statutes', 'New Jersey', 'statute', false],
  ['A.R.S.', 'Arizona Revised Statutes', 'Arizona', 'statute', false],
  ['NRS', 'Nevada Revised Statutes', 'Nevada', 'statute', false],
  ['ORS', 'Oregon Revised Statutes', 'Oregon', 'statute', false],
  ['K.S.A.', 'Kansas Statutes Annotated', 'Kansas', 'statute', false],
  ['C.R.S.', 'Colorado Revised Statutes', 'Colorado', 'statute', false],
  ['M.C.L.', 'Michigan Compiled Laws', 'Michigan', 'statute', false],
  ['MCL', 'Michigan Compiled Laws', 'Michigan', 'statute', false],
  ['La. R.S.', 'Louisiana Revised Statutes', 'Louisiana', 'statute', false],
  ['La. Rev. Stat.', 'Louisiana Revised Statutes', 'Louisiana', 'statute', false],
  ['La. Rev. Stat. Ann.', 'Louisiana Revised Statutes', 'Louisiana', 'statute', false],
  ['N.C.G.S.', 'General Statutes of North Carolina', 'North Carolina', 'statute', false],
  ['G.L. c.', 'General Laws of Massachusetts', 'Massachusetts', 'statute', false],
  ['M.G.L. c.', 'General Laws of Massachusetts', 'Massachusetts', 'statute', false],
  ['Treas. Reg.', 'Treasury Regulations', 'United States', 'regulation', false],
];
for (const [written, name, jurisdiction, kind, titled] of LOCAL_CODES) {
  add(written, { shape: 'sections', kind, canonical: written, name, jurisdiction, titled, bare: true });
}

/** Federal and state court rules, by the names they are cited by. */
const CORNELL = 'https://www.law.cornell.edu/rules';
const RULE_SETS: ReadonlyArray<readonly [readonly string[], string, string, string, string | undefined]> = [
  // [spellings, canonical, full name, jurisdiction, URL of rule {n}]
  [['Fed. R. Civ. P.', 'Federal Rule of Civil Procedure', 'FRCP'], 'Fed. R. Civ. P.', 'Federal Rules of Civil Procedure', 'United States', `${CORNELL}/frcp/rule_{n}`],
  [['Fed. R. Crim. P.', 'Federal Rule of Criminal Procedure'], 'Fed. R. Crim. P.', 'Federal Rules of Criminal Procedure', 'United States', `${CORNELL}/frcrmp/rule_{n}`],
  [['Fed. R. App. P.', 'Federal Rule of Appellate Procedure', 'FRAP'], 'Fed. R. App. P.', 'Federal Rules of Appellate Procedure', 'United States', `${CORNELL}/frap/rule_{n}`],
  [['Fed. R. Evid.', 'Federal Rule of Evidence', 'FRE'], 'Fed. R. Evid.', 'Federal Rules of Evidence', 'United States', `${CORNELL}/fre/rule_{n}`],
  [['Fed. R. Bankr. P.', 'Federal Rule of Bankruptcy Procedure', 'Bankruptcy Rule'], 'Fed. R. Bankr. P.', 'Federal Rules of Bankruptcy Procedure', 'United States', `${CORNELL}/frbp/rule_{n}`],
  [['Sup. Ct. R.', 'Supreme Court Rule'], 'Sup. Ct. R.', 'Rules of the Supreme Court of the United States', 'United States', `${CORNELL}/supct/rule_{n}`],
  [['N.Y. C.P.L.R.', 'N.Y. CPLR', 'C.P.L.R.', 'CPLR'], 'N.Y. C.P.L.R.', 'New York Civil Practice Law and Rules', 'New York', undefined],
  [['Cal. Rules of Court, rule', 'Cal. Rules of Court, Rule', 'Cal. R. Ct.', 'California Rules of Court, rule'], 'Cal. Rules of Court, rule', 'California Rules of Court', 'California', undefined],
  [['RAP'], 'RAP', 'Washington Rules of Appellate Procedure', 'Washington', undefined],
  [['GR'], 'GR', 'Washington General Rules', 'Washington', undefined],
  [['CrR'], 'CrR', 'Washington Superior Court Criminal Rules', 'Washington', undefined],
];
const RULE_URLS = new Map<string, string>();
/** The URL of a rule of the set `code` (`{n}` its number), where there is a stable one. */
export function ruleUrlTemplate(code: string): string | undefined {
  return RULE_URLS.get(code);
}
for (const [spellings, canonical, name, jurisdiction, url] of RULE_SETS) {
  if (url) RULE_URLS.set(canonical, url);
  for (const s of spellings) add(s, { shape: 'rules', kind: 'rule', canonical, name, jurisdiction, url });
}

/** The federal circuits, as their rules are cited (`9th Cir. R. 30-1`). */
const CIRCUITS = ['1st', '2d', '3d', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', 'D.C.', 'Fed.'];
for (const circuit of CIRCUITS) {
  const canonical = `${circuit} Cir. R.`;
  add(canonical, { shape: 'rules', kind: 'rule', canonical, name: `Rules of the ${circuit === 'D.C.' ? 'D.C.' : circuit === 'Fed.' ? 'Federal' : circuit} Circuit`, jurisdiction: 'United States' });
}

/** Local rules with no court before them (`Local Civil Rule 37.2`, `L. Civ. R. 7.1`, `Civ. L.R. 7-3`). */
const LOCAL_RULES = [
  'Local Rule', 'Local Civil Rule', 'Local Criminal Rule', 'Local Bankruptcy Rule', 'Local Admiralty Rule', 'Local Patent Rule',
  'Local R.', 'Local Civ. R.', 'Local Crim. R.', 'Local Bankr. R.', 'Local Pat. R.', 'Local Civ. Rule', 'Local Rules',
  'L. Civ. R.', 'L. Cr. R.', 'L. Crim. R.', 'L. Bankr. R.', 'L.R.', 'Civ. L.R.', 'Crim. L.R.', 'L. Pat. R.', 'LBR', 'L.B.R.', 'LCvR', 'LCrR',
];
export const LOCAL_RULE_ENTRY: NameEntry = { shape: 'rules', kind: 'rule', canonical: 'Local Rule', name: 'Local rules of court', jurisdiction: 'United States' };
for (const s of LOCAL_RULES) add(s, { ...LOCAL_RULE_ENTRY, canonical: s });
/** The same words, for a local rule after a district's name (`S.D.N.Y. Local Civ. R. 56.1`). */
export const LOCAL_RULE_WORDS: readonly string[] = LOCAL_RULES;

/** Legislative reports and documents, cited by number. */
const REPORTS: ReadonlyArray<readonly [string, string]> = [
  ['H.R. Rep. No.', 'Report of the House of Representatives'],
  ['H.R. Conf. Rep. No.', 'Conference Report (House)'],
  ['S. Rep. No.', 'Report of the Senate'],
  ['S. Conf. Rep. No.', 'Conference Report (Senate)'],
  ['H.R. Doc. No.', 'Document of the House of Representatives'],
  ['S. Doc. No.', 'Document of the Senate'],
  ['S. Exec. Rep. No.', 'Senate Executive Report'],
  ['S. Treaty Doc. No.', 'Senate Treaty Document'],
];
for (const [canonical, name] of REPORTS) add(canonical, { shape: 'report', kind: 'legislative', canonical, name, jurisdiction: 'United States' });
add('Cong. Rec.', { shape: 'page', kind: 'legislative', canonical: 'Cong. Rec.', name: 'Congressional Record', jurisdiction: 'United States' });

add('Restatement', { shape: 'restatement', kind: 'secondary', canonical: 'Restatement', name: 'Restatement of the Law (American Law Institute)', jurisdiction: '' });

/** Treatises cited by title (`5 Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1234`). */
const TREATISES = [
  'Federal Practice and Procedure', "Moore's Federal Practice", 'Collier on Bankruptcy', 'Nimmer on Copyright', 'Patry on Copyright',
  'McCarthy on Trademarks and Unfair Competition', 'Chisum on Patents', 'Williston on Contracts', 'Corbin on Contracts',
  'Wigmore on Evidence', 'McCormick on Evidence', "Weinstein's Federal Evidence", 'Newberg on Class Actions',
  'Newberg and Rubenstein on Class Actions', 'Couch on Insurance', 'Prosser and Keeton on the Law of Torts',
  'Fletcher Cyclopedia of the Law of Corporations', 'Scott on Trusts', 'Powell on Real Property', 'Witkin, California Procedure',
  'Witkin, Summary of California Law', 'Weil & Brown, California Practice Guide: Civil Procedure Before Trial',
];
for (const t of TREATISES) add(t, { shape: 'treatise', kind: 'secondary', canonical: t, name: t, jurisdiction: '' });

const ENCYCLOPEDIAS: ReadonlyArray<readonly [string, string]> = [
  ['Am. Jur. 2d', 'American Jurisprudence, Second Edition'],
  ['Am. Jur.', 'American Jurisprudence'],
  ['C.J.S.', 'Corpus Juris Secundum'],
  ['Cal. Jur. 3d', 'California Jurisprudence, Third Edition'],
  ['N.Y. Jur. 2d', 'New York Jurisprudence, Second Edition'],
  ['Tex. Jur. 3d', 'Texas Jurisprudence, Third Edition'],
];
for (const [canonical, name] of ENCYCLOPEDIAS) add(canonical, { shape: 'encyclopedia', kind: 'secondary', canonical, name, jurisdiction: '' });

const ALR: ReadonlyArray<readonly [string, string]> = [
  ['A.L.R.', 'American Law Reports'], ['A.L.R.2d', 'American Law Reports, Second Series'], ['A.L.R.3d', 'American Law Reports, Third Series'],
  ['A.L.R.4th', 'American Law Reports, Fourth Series'], ['A.L.R.5th', 'American Law Reports, Fifth Series'], ['A.L.R.6th', 'American Law Reports, Sixth Series'],
  ['A.L.R.7th', 'American Law Reports, Seventh Series'], ['A.L.R. Fed.', 'American Law Reports, Federal'], ['A.L.R. Fed. 2d', 'American Law Reports, Federal, Second Series'],
  ['A.L.R. Fed. 3d', 'American Law Reports, Federal, Third Series'],
];
for (const [canonical, name] of ALR) add(canonical, { shape: 'page', kind: 'secondary', canonical, name, jurisdiction: '' });

/** Journal abbreviations that name something else first (a reporter the case tables know, a code). */
const NOT_JOURNALS = new Set(['Am. Jur.', 'Taxes', 'Digest', 'Scholar', 'Briefcase', 'Economist', 'Landslide', 'RISK', 'NEXUS', 'IDEA', 'Healthspan']);
for (const [abbreviation, name] of JOURNALS) {
  if (NOT_JOURNALS.has(abbreviation)) continue;
  add(abbreviation, { shape: 'page', kind: 'secondary', canonical: abbreviation, name, jurisdiction: '' });
}

/** California codes as the California Style Manual names them (`Code Civ. Proc., § 425.16`). */
const CALIFORNIA_CODES = [
  'Code Civ. Proc.', 'Civ. Code', 'Gov. Code', "Gov't Code", 'Evid. Code', 'Pen. Code', 'Bus. & Prof. Code', 'Lab. Code', 'Veh. Code',
  'Welf. & Inst. Code', 'Health & Saf. Code', 'Ins. Code', 'Fam. Code', 'Prob. Code', 'Corp. Code', 'Com. Code', 'Rev. & Tax. Code',
  'Pub. Resources Code', 'Pub. Util. Code', 'Elec. Code', 'Ed. Code', 'Educ. Code', 'Fin. Code', 'Unemp. Ins. Code', 'Wat. Code',
  'Harb. & Nav. Code', 'Fish & G. Code', 'Food & Agr. Code', 'Mil. & Vet. Code', 'Sts. & Hy. Code', 'Pub. Contract Code',
];
for (const c of CALIFORNIA_CODES) {
  add(c, { shape: 'california', kind: 'statute', canonical: c, name: 'California Codes (California Style Manual form)', jurisdiction: 'California' });
}

/** The United States Code's titles (54; title 53 is reserved). */
export function uscTitleExists(title: string): boolean {
  const n = Number(title);
  return Number.isInteger(n) && n >= 1 && n <= 54 && n !== 53;
}
