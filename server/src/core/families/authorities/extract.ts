/**
 * Statutes, regulations and court rules, recognised as authorities: `17 U.S.C. § 106`,
 * `28 U.S.C. §§ 1331, 1367`, `17 C.F.R. § 240.10b-5`, `132 Stat. 3676`, `Cal. Civ. Proc. Code
 * § 425.16`, `Fed. R. Civ. P. 26(b)(1)`, `Fed. R. Evid. 401`, `N.Y. C.P.L.R. 3211(a)(7)`,
 * `Local Civil Rule 37.2`.
 *
 * They matter first for what comes after them: an `Id.` after a statute refers to the statute,
 * never to an earlier case. Bare words (`Section 230`, `Chapter 11`, `Rule II(b)`) are prose and
 * are not read as citations.
 *
 * Three scanners, each linear: numbered codes at a title number (`17 U.S.C.`), named codes at a
 * section sign (`… Code §`, looked back from the `§` a bounded distance), rules at their words.
 */
import type { FoundCitation } from '../../extract/types';
import type { ReaderText } from '../../text/readerText';
import type { Span } from '../../types';

/** Codes cited with a title number before them, as written → Bluebook form. */
const NUMBERED_CODES: ReadonlyArray<readonly [RegExp, string, 'sections' | 'page']> = [
  [/U\. ?S\. ?C\. ?A\./y, 'U.S.C.A.', 'sections'],
  [/U\. ?S\. ?C\. ?S\./y, 'U.S.C.S.', 'sections'],
  [/U\. ?S\. ?C\./y, 'U.S.C.', 'sections'],
  [/USC\b/y, 'U.S.C.', 'sections'],
  [/C\. ?F\. ?R\./y, 'C.F.R.', 'sections'],
  [/CFR\b/y, 'C.F.R.', 'sections'],
  [/Ill\. Comp\. Stat\. (?:Ann\. )?/y, 'Ill. Comp. Stat.', 'sections'],
  [/ILCS\b/y, 'Ill. Comp. Stat.', 'sections'],
  [/Pa\. (?:Cons\. )?Stat\. (?:Ann\. )?/y, 'Pa. Cons. Stat.', 'sections'],
  [/Stat\./y, 'Stat.', 'page'],
  [/Fed\. ?Reg\./y, 'Fed. Reg.', 'page'],
];

/** The numbered codes by their first letter, so a number before any other word costs one look-up. */
const CODES_BY_INITIAL = new Map<number, Array<(typeof NUMBERED_CODES)[number]>>();
for (const code of NUMBERED_CODES) {
  const initial = code[0].source.charCodeAt(0);
  const list = CODES_BY_INITIAL.get(initial) ?? [];
  list.push(code);
  CODES_BY_INITIAL.set(initial, list);
}

/** Bluebook T10 state abbreviations that start a state code's name. */
const STATES = [
  'Ala.', 'Alaska', 'Ariz.', 'Ark.', 'Cal.', 'Colo.', 'Conn.', 'Del.', 'D.C.', 'Fla.', 'Ga.', 'Haw.', 'Idaho', 'Ill.', 'Ind.',
  'Iowa', 'Kan.', 'Ky.', 'La.', 'Me.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.',
  'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Ohio', 'Okla.', 'Or.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Utah', 'Vt.', 'Va.',
  'Wash.', 'W. Va.', 'Wis.', 'Wyo.', 'P.R.', 'Guam', 'V.I.',
];

/** Words one of which a state code's name holds (`Code`, `Law`, `Stat.`). */
const CODE_WORDS = /(?:^|\s)(?:Code|Codes|Law|Laws|Stat\.|Stats\.|Ann\.|Rev\.|Acts?|Regs?\.|Admin\.)(?:\s|,|$)/;

const SECTION = /(\d[0-9A-Za-z]{0,12}(?:[.:\-–/][0-9A-Za-z]{1,12}){0,5}(?:\([A-Za-z0-9]{1,6}\)){0,6})/y;
const SECTION_GLUE = /(?:,? ?(?:and|&|to|through) |, ?| ?[–-] ?)/y;
const ET_SEQ = / et seq\./y;
const SUBDIVISION = /, (subds?\. ?\([A-Za-z0-9]{1,6}\)(?:\([A-Za-z0-9]{1,6}\)){0,5})/y;
const RULE_NUMBER = /(\d{1,4}(?:\.\d{1,4}){0,3}[a-z]?(?:\([A-Za-z0-9]{1,6}\)){0,6})/y;
const FEDERAL_RULES = /Fed\. ?R\. ?(Civ\.|Crim\.|App\.|Bankr\.|Evid\.) ?(?:P\. ?)?/y;
const LOCAL_RULES = /(?:Local (?:Civil |Civ\. |Criminal |Crim\. |Bankruptcy |Bankr\. |Admiralty )?(?:Rules?|R\.)|L\. ?(?:Civ|Cr|Crim|Bankr)\. ?R\.) /y;
const CPLR = /(?:N\.Y\. ?)?(?:C\.P\.L\.R\.|CPLR)(?: §)? /y;
const SUPREME_COURT_RULES = /Sup\. Ct\. R\. /y;
const YEAR_PARENTHETICAL = /\s?\((?:[A-Z][A-Za-z.]{0,12} )?(?:Supp\. [IVX]{1,5} )?\d{4}\)/y;

interface Claimed extends Span {
  found: FoundCitation;
}

/** Statutes and rules in the reader text, in document order. */
export function extractStatutesAndRules(reader: ReaderText): FoundCitation[] {
  const text = reader.text;
  const claims: Claimed[] = [];
  const leads = leadOffsets(text);
  scanNumberedCodes(text, leads, claims);
  scanSectionSigns(text, claims);
  scanRules(text, leads, claims);
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundCitation[] = [];
  let lastEnd = -1;
  for (const c of claims) {
    if (c.start < lastEnd) continue;
    out.push(c.found);
    lastEnd = c.end;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `17 U.S.C. § 106`, `28 U.S.C. §§ 1331, 1367`, `42 U.S.C. 1983`, `132 Stat. 3676`, `85 Fed. Reg. 1234`. */
function scanNumberedCodes(text: string, leads: readonly number[], claims: Claimed[]): void {
  // A title number (one to four digits, at a word start) and a space before a code's name. The
  // names are found first, at the words they start with (`leads`), then the number before each.
  let lastEnd = 0; // a title number starts at or after the end of the last statute found
  for (const codeStart of leads) {
    // One space, and one to four digits before it that are not part of a longer word or number.
    const j = codeStart - 1;
    if (text.charCodeAt(j) !== 32) continue;
    let i = j;
    while (i > 0 && j - i < 5 && isDigit(text.charCodeAt(i - 1))) i--;
    if (i === j || j - i > 4 || i < lastEnd) continue;
    if (i > 0 && (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) continue;
    for (const [pattern, canonical, shape] of CODES_BY_INITIAL.get(text.charCodeAt(codeStart)) ?? []) {
      pattern.lastIndex = codeStart;
      if (!pattern.exec(text)) continue;
      const codeEnd = trimRight(text, codeStart, pattern.lastIndex);
      const found = shape === 'page'
        ? readPageCite(text, i, j, codeStart, codeEnd, canonical)
        : readSections(text, i, codeStart, codeEnd, canonical, text.slice(i, j));
      if (found) {
        claims.push({ start: found.start, end: found.end, found });
        lastEnd = found.end;
      }
      break;
    }
  }
}

/**
 * The literal words every numbered code's name (`NUMBERED_CODES`) and every rule's name
 * (`RULE_START`) starts with. Both scanners try their patterns only where one of these is written.
 */
const LEAD_WORDS = ['U.', 'USC', 'C.', 'CFR', 'Ill.', 'ILCS', 'Pa.', 'Stat.', 'Fed.', 'Local ', 'L.', 'N.Y.', 'C.P.L.R.', 'CPLR', 'Sup.'];

/** A pattern matching any of `LEAD_WORDS` (all literal). */
const LEAD_PATTERN = new RegExp(LEAD_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/**
 * The offsets where any of `LEAD_WORDS` is written, in text order, each once. One pattern of
 * literal alternatives finds them faster than an `indexOf` per first character (a capital like
 * `C` opens many other words). After each match the search goes on one character later, since a
 * lead word may start inside another (`C.` in `USC.`).
 */
function leadOffsets(text: string): number[] {
  const found: number[] = [];
  LEAD_PATTERN.lastIndex = 0;
  for (let m = LEAD_PATTERN.exec(text); m; m = LEAD_PATTERN.exec(text)) {
    found.push(m.index);
    LEAD_PATTERN.lastIndex = m.index + 1;
  }
  return found;
}

function trimRight(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return end;
}

/** Sections after a code's name: `§ 106`, `§§ 1331, 1367`, `§§ 101–122`, `1983(a)`, `§ 1961 et seq.` */
function readSections(text: string, start: number, codeStart: number, codeEnd: number, code: string, title?: string): FoundCitation | undefined {
  let k = codeEnd;
  if (text.charCodeAt(k) === 32) k++;
  let signs = 0;
  while (text.charCodeAt(k) === 0xa7 /* § */ && signs < 2) {
    k++;
    signs++;
  }
  if (signs > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  // Without a section sign only a numbered federal code is a citation (`42 U.S.C. 1983`).
  if (signs === 0 && !title) return undefined;
  SECTION.lastIndex = k;
  const first = SECTION.exec(text);
  if (!first) return undefined;
  const sections = [first[1]];
  let end = SECTION.lastIndex;
  for (let n = 0; n < 12; n++) {
    SECTION_GLUE.lastIndex = end;
    const glue = SECTION_GLUE.exec(text);
    if (!glue) break;
    SECTION.lastIndex = SECTION_GLUE.lastIndex;
    const more = SECTION.exec(text);
    // A list goes on only where a section sign promised several (`§§`), or for a range.
    if (!more || (signs < 2 && !/[–-]/.test(glue[0]))) break;
    sections.push(more[1]);
    end = SECTION.lastIndex;
  }
  if (isWordChar(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1)))) return undefined;
  ET_SEQ.lastIndex = end;
  if (ET_SEQ.exec(text)) end = ET_SEQ.lastIndex;
  // The California form names a subdivision after a comma: `§ 425.16, subd. (b)(1)`.
  SUBDIVISION.lastIndex = end;
  const subdivision = SUBDIVISION.exec(text);
  if (subdivision) end = SUBDIVISION.lastIndex;
  YEAR_PARENTHETICAL.lastIndex = end;
  if (YEAR_PARENTHETICAL.exec(text)) end = YEAR_PARENTHETICAL.lastIndex;
  const found: FoundCitation = {
    kind: 'statute',
    start,
    end,
    parts: { code: { start: codeStart, end: codeEnd }, section: { start: k, end: k + first[1].length } },
    detail: { code, ...(title ? { title } : {}), sections },
  };
  if (subdivision) {
    found.pinCite = subdivision[1];
    found.parts!.pinCite = { start: end - subdivision[1].length, end };
  }
  return found;
}

/** `132 Stat. 3676`, `85 Fed. Reg. 12345`: a volume, the code and a page. */
function readPageCite(text: string, start: number, volumeEnd: number, codeStart: number, codeEnd: number, code: string): FoundCitation | undefined {
  let k = codeEnd;
  if (text.charCodeAt(k) !== 32) return undefined;
  k++;
  let e = k;
  while (e < text.length && isDigit(text.charCodeAt(e)) && e - k < 7) e++;
  if (e === k || isWordChar(text.charCodeAt(e))) return undefined;
  let end = e;
  YEAR_PARENTHETICAL.lastIndex = end;
  if (YEAR_PARENTHETICAL.exec(text)) end = YEAR_PARENTHETICAL.lastIndex;
  return {
    kind: 'statute',
    start,
    end,
    parts: { code: { start: codeStart, end: codeEnd }, section: { start: k, end: e } },
    detail: { code, title: text.slice(start, volumeEnd), sections: [text.slice(k, e)] },
  };
}

/**
 * State and other named codes, found at their section sign: the words before the `§` are read
 * backwards (at most ten, within 90 characters) and must start with a state's abbreviation and
 * name a code (`Cal. Civ. Proc. Code §`, `N.Y. Gen. Bus. Law §`, `Mass. Gen. Laws ch. 93A, §`).
 */
function scanSectionSigns(text: string, claims: Claimed[]): void {
  const numbered = claims.length; // claims so far are numbered codes, in document order
  let next = 0;
  for (let i = text.indexOf('§'); i >= 0; i = text.indexOf('§', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 0xa7) continue; // the second sign of `§§`
    while (next < numbered && claims[next].end <= i) next++;
    if (next < numbered && claims[next].start <= i) continue; // inside `17 U.S.C. § 106`
    let b = i;
    while (b > 0 && text.charCodeAt(b - 1) === 32 && i - b < 2) b--;
    // A code's name ends in a word (`Code`, `Law`, `Ann.`) or a chapter (`ch. 93A,`).
    const last = text.charCodeAt(b - 1);
    if (!(isWordChar(last) || last === 46 || last === 44)) continue;
    const from = Math.max(0, b - 90);
    const window = text.slice(from, b);
    let start = codeNameStart(window);
    if (start < 0) start = californiaCodeStart(window);
    if (start < 0) continue;
    const codeStart = from + start;
    if (codeStart > 0 && isWordChar(text.charCodeAt(codeStart - 1))) continue;
    const found = readSections(text, codeStart, codeStart, b, squeeze(window.slice(start)));
    if (found) claims.push({ start: found.start, end: found.end, found });
  }
}

/**
 * California codes as the California Style Manual names them, without the state and with a comma
 * before the section: `Code Civ. Proc., § 425.16`, `Civ. Code, § 47`, `Bus. & Prof. Code, § 17200`.
 */
const CALIFORNIA_CODE = /(?:^|[\s(\[;])((?:Code Civ\. Proc\.|Civ\. Code|Pen\. Code|Gov\. Code|Evid\. Code|Bus\. & Prof\. Code|Lab\. Code|Fam\. Code|Prob\. Code|Veh\. Code|Welf\. & Inst\. Code|Health & Saf\. Code|Ins\. Code|Corp\. Code|Com\. Code|Elec\. Code|Ed\. Code|Fin\. Code|Pub\. Resources Code|Rev\. & Tax\. Code|Pub\. Util\. Code|Water Code|Code Civ\. Proc)\.?,?)$/;

/** Start, within `window`, of a California code's name ending the window; -1 if none. */
function californiaCodeStart(window: string): number {
  const m = CALIFORNIA_CODE.exec(window.slice(-40));
  return m ? window.length - m[1].length : -1;
}

/** Start, within `window`, of a state code's name ending the window; -1 if it does not end with one. */
function codeNameStart(window: string): number {
  const words = window.split(' ');
  let pos = window.length;
  let best = -1;
  for (let k = words.length - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    const w = words[k];
    pos -= w.length + (k < words.length - 1 ? 1 : 0);
    if (w.length === 0) break;
    const codeish = /^(?:[A-Z][A-Za-z.'’&]*,?|&|ch\.|tit\.|art\.|[0-9][0-9A-Za-z.-]*,?)$/.test(w);
    if (!codeish) break;
    // `W. Va.` is two words.
    const candidate = STATES.includes(w) ? pos : STATES.includes(`${words[k - 1]} ${w}`) ? pos - words[k - 1].length - 1 : -1;
    if (candidate >= 0 && CODE_WORDS.test(window.slice(candidate))) best = candidate;
  }
  return best;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Where a court rule's name may start, tried at the offsets of `LEAD_WORDS`. */
const RULE_START = /Fed\.|Local |L\. ?(?:Civ|Cr|Crim|Bankr)\.|N\.Y\. ?(?:C\.P\.L\.R\.|CPLR)|C\.P\.L\.R\.|CPLR|Sup\. Ct\. R\./y;

/** Court rules: the federal rules, local rules, the C.P.L.R., the Supreme Court's rules. */
function scanRules(text: string, leads: readonly number[], claims: Claimed[]): void {
  // Tried where a lead word is written, in text order; text before `from` has been read.
  let from = 0;
  for (const i of leads) {
    if (i < from) continue;
    RULE_START.lastIndex = i;
    const m = RULE_START.exec(text);
    if (!m) continue;
    from = i + m[0].length;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    const rule = ruleAt(text, i, m[0]);
    if (!rule) continue;
    claims.push({ start: rule.start, end: rule.end, found: rule });
    from = Math.max(from, rule.end);
  }
}

/** The rule citation starting at `i` (whose first words are `lead`), if there is one. */
function ruleAt(text: string, i: number, lead: string): FoundCitation | undefined {
  const [pattern, name]: [RegExp, (m: RegExpExecArray) => string] = lead.startsWith('Fed.')
    ? [FEDERAL_RULES, (m) => `Fed. R. ${m[1]}${m[1] === 'Evid.' ? '' : ' P.'}`]
    : lead.startsWith('Local') || lead.startsWith('L.')
      ? [LOCAL_RULES, () => 'Local Rule']
      : lead.startsWith('Sup.')
        ? [SUPREME_COURT_RULES, () => 'Sup. Ct. R.']
        : [CPLR, () => 'N.Y. C.P.L.R.'];
  pattern.lastIndex = i;
  const m = pattern.exec(text);
  if (!m) return undefined;
  let k = pattern.lastIndex;
  if (text.charCodeAt(k) === 32) k++;
  RULE_NUMBER.lastIndex = k;
  const num = RULE_NUMBER.exec(text);
  if (!num) return undefined;
  const end = RULE_NUMBER.lastIndex;
  if (isWordChar(text.charCodeAt(end))) return undefined;
  return {
    kind: 'rule',
    start: i,
    end,
    parts: { code: { start: i, end: trimRight(text, i, pattern.lastIndex) }, section: { start: k, end } },
    detail: { code: name(m), sections: [num[1]] },
  };
}
