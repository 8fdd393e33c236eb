/**
 * Case citations as a lawyer writes them, and the statutes and rules beside them:
 *
 * - full citations: `Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994)`, with
 *   parallel citations (`410 U.S. 113, 93 S. Ct. 705 (1973)`: one `case` citation per reporter,
 *   sharing an authority in `detail`), nominative reports, neutral and database citations, a
 *   docket number before a database cite, explanatory parentheticals and subsequent history;
 * - short forms: `Texaco, 60 F.3d at 920`, `60 F.3d at 920` (`case-short`), `Id.`, `id. at 921`,
 *   `Ibid.` (`id`), `Texaco, supra, at 920` (`supra`);
 * - volume–abbreviation–page shapes that are no known reporter (`60 F.4d 913`), only where the
 *   context shows a citation (a case name before it, a court-and-year parenthetical after it);
 * - statutes and rules (`core/authorities`).
 *
 * The scan goes once from left to right; at each candidate (a digit at a word start, `Id.`,
 * `supra`) it reads a bounded amount of text, so the whole is linear in the draft.
 */
import { extractStatutesAndRules, readSectionPin } from '../authorities';
import type { FoundCitation } from '../../extract/types';
import { isDateLine, isPageBreakLine, PAGE_BREAK_LOOKAHEAD } from '../../text/pageFurniture';
import type { ReaderText } from '../../text/readerText';
import type { CitationKind, Span } from '../../types';
import { caseNameBefore, caseNameEndingAt, CaseNameFound } from './caseName';
import {
  isYear, mayStartVolume, PinCite, readParagraphPin, readPins, readReporterCite, readReporterCiteAfterVolume, readYearNumberCite, ReporterCite, span,
  startsParallel, TextSpan,
} from './reporterCite';
import {
  atWordStart, EmphasisIndex, isBlank, isDigit, isJsSpace, isLetter, isLineBreak, isLineNumberAt, isSpace, isUpper, isWordChar, ParenIndex, skipInlineSpace, squeezeSpace,
} from './scan';
import { CaseTables, formOf, TABLES } from './tables';
import type { CaseDetail, ParentheticalState } from './types';

export function extractCaseCitations(reader: ReaderText): FoundCitation[] {
  return new CaseScanner(reader, TABLES).run();
}

/** A court-and-year parenthetical: `(2d Cir. 1994)`, `(S.D.N.Y. Mar. 3, 2020)`, `(1973)`. */
interface CourtParenthetical extends Span {
  court?: TextSpan;
  date?: TextSpan;
  /** Absent for a court with no year (`(2d Cir.)`): the citation still has no court-and-year parenthetical. */
  year?: TextSpan & { value: number };
}

/** One authority as the scanner groups it: its reporter citations, name and parentheticals. */
interface AuthorityRecord {
  key: string;
  kind: CitationKind;
  /** Where the authority starts for a reader: its name, or its first citation. */
  lead: number;
  start: number;
  /** End of the citations and the court parenthetical. */
  citeEnd: number;
  /** End of the explanatory parentheticals after it. */
  end: number;
  citations: FoundCitation[];
  historyOf?: string;
  nestedIn?: string;
  /** Its citations' details were made with `string` and `stringSize` (see `addAuthority`). */
  stringFields?: boolean;
}

/** Where a citation may start: a digit at a word start (a volume), `Id.`, `Ibid.`, `supra`, `T.` (`T.C. Memo.`). */
const CANDIDATE = /\d+|[Ii]d\.|[Ii]bid\.|supra|T\./g;

const HISTORY = /(?:^|[\s,;])((?:aff['’]d|rev['’]d|vacated|cert\.\s(?:denied|granted|dismissed)|reh['’]g(?:\sen\sbanc)?\sdenied|modified|overruled|abrogated|appeal\s(?:dismissed|denied)|superseded|withdrawn|amended|remanded)(?:\s(?:in\spart|on\sother\sgrounds|as\smoot|mem\.|per\scuriam|by|sub\snom\.))?(?:\s[^,;()\s]{1,20}){0,4}?)\s*,?\s*$/;
const ANY_YEAR = /\b\d{4}\b/;
const TRANSCRIPT_PIN = /\d{1,4}:\d{1,3}(?:[-–]\d{1,4}(?::\d{1,3})?)?/y;

/** A transcript pin: page and line, `46:1`, `45:3-9`, `45:3–46:2`. */
function readTranscriptPin(text: string, pos: number): TextSpan | undefined {
  TRANSCRIPT_PIN.lastIndex = pos;
  if (!TRANSCRIPT_PIN.exec(text) || isWordChar(text.charCodeAt(TRANSCRIPT_PIN.lastIndex))) return undefined;
  return span(text, pos, TRANSCRIPT_PIN.lastIndex);
}

/** A record cite ending a clause: `Smith Decl. ¶ 12`, `Hr'g Tr. 45:3-9`, `Compl. ¶¶ 4-5`, `Pl.'s Br. at 5`. */
const RECORD_CITE_AT_END = /(?:Decl|Dep|Tr|Aff|Compl|Ans|Br|Mem|Mot|Opp['’]n|Reply|Hr['’]g|Stip|Resp)\.?(?: Tr\.)? ?(?:at )?(?:¶¶? ?)?[0-9][0-9:,–\- ]{0,30}$/;

/** The record by its short names: `J.A. 45`, `R. 45`, `ER 45`, `3 SER 612`, `AR 45`, `Pet. App. 12a`, `Tr. 45`. */
const RECORD_SHORT_AT_END = /(?:^|[\s(])(?:\d{1,2} )?(?:J\.A\.|R\.|E\.?R\.?|S\.?E\.?R\.?|A\.?R\.?|C\.?P\.?|R\.?P\.?|(?:Pet\. |Supp\. )?App\.|Tr\.) ?(?:at )?[0-9][0-9a-z:,–\- ]{0,20}$/;
/** A constitutional provision ending a clause: `U.S. Const. art. I, § 8, cl. 3`, `Cal. Const. art. I, § 7`, `U.S. Const. amend. XIV, § 1`. */
const CONSTITUTION_AT_END = /Const\.,? (?:art\.|amend\.|pmbl\.)[ A-Za-z0-9.,§()\-–]{0,40}$/;

/** Abbreviations that make a volume–word–page shape a record cite, not a reporter (`5 Tr. 33`). */
const RECORD_WORDS = new Set(['Tr.', 'Dep.', 'Decl.', 'Aff.', 'Compl.', 'Br.', 'Mem.', 'Op.', "Hr'g", 'Ans.', 'Resp.', 'Mot.', 'R.', 'J.A.', 'Pet.', 'Ex.', 'Exs.', 'Dkt.', 'ECF', 'Doc.', 'No.', 'Nos.', 'Stat.', 'Reg.', 'Cong.', 'Rec.', 'Pub.', 'L.', 'Supp.', 'App.', 'Order', 'Add.', 'S.A.', 'SPA', 'ER', 'A.']);

/**
 * Words of a journal's abbreviation (`128 Harv. L. Rev. 540`, `100 Yale L.J. 1`, `7 Sup. Ct. Rev. 1`,
 * `20 J. Legal Stud. 3`): a law review is a secondary authority, never a case.
 */
const JOURNAL_WORDS = new Set(['Rev.', 'L.J.', 'J.', 'J.L.', 'B.J.', 'L.Q.', 'Q.', 'Q.J.', 'L.F.', 'Stud.', 'Law.', 'Bull.', 'Comment.', 'Symp.', 'Proc.', 'Probs.']);

class CaseScanner {
  private readonly text: string;
  private readonly parens: ParenIndex;
  private readonly emphasis: EmphasisIndex;
  private readonly out: FoundCitation[] = [];
  private readonly records: AuthorityRecord[] = [];
  /** Text already read as part of a citation split by a page break, to be skipped when reached. */
  private readonly claimed: Span[] = [];
  /**
   * Authorities whose explanatory parentheticals may still hold the next one, as `groupStrings`
   * finds them (kept here to tell ahead which authorities will be in a string citation).
   */
  private readonly openRecords: AuthorityRecord[] = [];

  constructor(private readonly reader: ReaderText, private readonly tables: CaseTables) {
    this.text = reader.text;
    this.parens = new ParenIndex(this.text);
    this.emphasis = new EmphasisIndex(reader.emphasis);
  }

  run(): FoundCitation[] {
    const text = this.text;
    const statutes = extractStatutesAndRules(this.reader);
    let nextStatute = 0;
    let i = 0; // everything before `i` has been read
    for (;;) {
      CANDIDATE.lastIndex = i;
      const found = CANDIDATE.test(text);
      const end = found ? CANDIDATE.lastIndex : text.length;
      const p = found ? candidateStart(text, i, end) : text.length;
      // Statutes and rules that start before the candidate (or at it) come first.
      while (nextStatute < statutes.length && statutes[nextStatute].start <= p) {
        const s = statutes[nextStatute++];
        if (s.start < i) continue; // inside a citation already read
        this.addStatute(s);
        i = s.end;
      }
      if (!found) break;
      if (p < i) continue;
      if (!atWordStart(text, p)) {
        i = end;
        continue;
      }
      if (this.claimed.length > 0 && p >= this.claimed[0].start) {
        i = Math.max(p + 1, this.claimed.shift()!.end);
        continue;
      }
      i = this.readCandidate(p, text.charCodeAt(p), end);
    }
    this.groupStrings();
    return this.out;
  }

  /**
   * Reads what may start at candidate `p` (first character `c`; the candidate's match ends at
   * `end`); returns where the scan goes on.
   */
  private readCandidate(p: number, c: number, end: number): number {
    const text = this.text;
    if (isDigit(c)) {
      // `[p, end)` is the whole digit run. Most runs can start no citation: a volume has at most
      // four digits and is followed by white space (the reporter, or a page break before it), or
      // a four-digit year by a hyphen (`2010-NMSC-007`). Those are passed over without a look.
      if (!mayFollowVolume(text, p, end)) return end;
      // `17      311 F.3d 1198`: the line number of pleading paper, not a volume.
      if (end - p <= 2 && isLineNumberAt(text, p)) return end;
      const resume = mayStartVolume(text, p) ? this.readCitationAt(p) : -1;
      return resume > p ? resume : end;
    }
    let read = -1;
    if (c === 84 /* T */) read = this.readYearNumberCitation(p);
    else if (c === 115 /* s */) read = this.readSupra(p);
    else read = this.readId(p);
    return read > p ? read : p + 1;
  }

  // ---- full citations and short cites at a volume -------------------------------------------

  /** Reads a citation whose volume starts at `pos`; returns where the scan goes on, or -1. */
  private readCitationAt(pos: number): number {
    const text = this.text;
    const first = readReporterCite(text, pos, this.tables, true);
    if (!first) return this.readSplitCitation(pos);
    if (first.short) {
      if (!first.reporter.known) return -1;
      this.addShortCite(first);
      return first.end;
    }
    // `Smith v. Jones, supra, 250 Conn. 12`: the short form some state courts use, its page the pin.
    const supra = first.reporter.known && first.page ? supraBefore(text, pos) : -1;
    if (supra >= 0) {
      const through = first.pin ? first.pin.end : first.page!.end;
      const pin: PinCite = { start: first.page!.start, end: through, text: text.slice(first.page!.start, through), star: false, firstPage: Number(first.page!.text) };
      this.addShortCite({ ...first, page: undefined, pin, short: true }, supra);
      return first.end;
    }
    const members: ReporterCite[] = [first];
    let end = first.end;
    for (let n = 0; n < 6 && first.reporter.known; n++) {
      if (text.charCodeAt(end) !== 44) break;
      const next = skipInlineSpace(text, end + 1, 3);
      if (next === end + 1 || !startsParallel(text, next, this.tables)) break;
      const member = readReporterCite(text, next, this.tables, false, true);
      if (!member || member.short) break;
      // `1, 10 Gray 5 people`: a plain-word spelling running on into prose is no parallel citation.
      if (member.reporter.guarded && runsIntoProse(text, member.end)) break;
      members.push(member);
      end = member.end;
    }
    // The California Style Manual puts the court and year after the name, before the reporter:
    // `(Baral v. Schnitt (2016) 1 Cal.5th 376, 384.)`, `(Smith v. Jones (9th Cir. 2010) 600 F.3d 1, 5.)`.
    const before = first.reporter.known ? this.yearParenthesisBefore(pos) : undefined;
    const name = before ? caseNameEndingAt(text, this.emphasis, before.nameEnd, false) : caseNameBefore(text, this.emphasis, pos, false);
    const after = this.readCourtParenthetical(end);
    const { paren, state, end: citeEnd } = before && after.state !== 'court-year' ? { paren: before.paren, state: 'court-year' as const, end } : after;
    if (!first.reporter.known && !this.looksLikeCitation(first, name, paren)) return -1;
    // `sold 3 Cal. 4th 5 days ago`: a bare number–abbreviation–number running on into prose.
    if (!name && state === 'none' && members.length === 1 && !first.pin && runsIntoProse(text, end)) return -1;
    this.addAuthority(members, name, paren, state, citeEnd);
    return citeEnd;
  }

  /**
   * A court-and-year parenthetical ending right before the volume at `pos` (California form:
   * `(2016) 1 Cal.5th`, `(9th Cir. 2010) 600 F.3d`), and where the case name before it ends.
   */
  private yearParenthesisBefore(pos: number): { paren: CourtParenthetical; nameEnd: number } | undefined {
    const text = this.text;
    let j = pos;
    while (j > 0 && pos - j < 2 && isBlank(text.charCodeAt(j - 1))) j--;
    if (j === pos || text.charCodeAt(j - 1) !== 41) return undefined;
    const close = j - 1;
    let open = close - 1;
    while (open >= 0 && close - open <= 40 && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 41 && !isLineBreak(text.charCodeAt(open))) open--;
    if (open < 0 || text.charCodeAt(open) !== 40) return undefined;
    const inner = text.slice(open + 1, close);
    const m = /^(?:([A-Z0-9][^()]{0,30}?) )?(\d{4})$/.exec(inner);
    if (!m || !isYear(m[2])) return undefined;
    if (m[1] && !courtLike(m[1])) return undefined;
    const yearStart = close - 4;
    const paren: CourtParenthetical = { start: open, end: close + 1, year: { start: yearStart, end: close, text: m[2], value: Number(m[2]) } };
    if (m[1]) paren.court = span(text, open + 1, open + 1 + m[1].length);
    let nameEnd = open;
    while (nameEnd > 0 && open - nameEnd < 2 && isBlank(text.charCodeAt(nameEnd - 1))) nameEnd--;
    return { paren, nameEnd };
  }

  /** `T.C. Memo. 2019-12 (2019)`, read at its reporter. */
  private readYearNumberCitation(pos: number): number {
    const cite = readYearNumberCite(this.text, pos, this.tables);
    if (!cite) return -1;
    const name = caseNameBefore(this.text, this.emphasis, pos, false);
    const { paren, state, end } = this.readCourtParenthetical(cite.end);
    this.addAuthority([cite], name, paren, state, end);
    return end;
  }

  /**
   * Whether a volume–abbreviation–page shape with no known reporter is a citation: a case name
   * before it, a court-and-year parenthetical after it, or a series (`4d`) and a pin cite.
   */
  private looksLikeCitation(cite: ReporterCite, name: CaseNameFound | undefined, paren: CourtParenthetical | undefined): boolean {
    const words = cite.reporter.text.split(/\s+/);
    if (words.some((w) => RECORD_WORDS.has(w) || JOURNAL_WORDS.has(w))) return false;
    if (name || paren) return true;
    return cite.pin !== undefined && /\d(?:d|st|nd|rd|th)$/.test(cite.reporter.text);
  }

  /**
   * The court-and-year parenthetical after `pos`, if any, and what else follows: returns where the
   * citation ends (after the parenthetical when there is one).
   */
  private readCourtParenthetical(pos: number): { paren?: CourtParenthetical; state: ParentheticalState; end: number } {
    const text = this.text;
    const open = skipInlineSpace(text, pos, 3);
    if (text.charCodeAt(open) !== 40) return { state: 'none', end: pos };
    const close = this.parens.closeOf(open);
    if (close < 0) return { state: 'unclosed', end: pos };
    if (close - open > 160) return { state: 'other', end: pos };
    const yearStart = parenYearStart(text, open + 1, close);
    const yearText = yearStart >= 0 ? text.slice(yearStart, yearStart + 4) : '';
    if (yearStart < 0 || !isYear(yearText)) {
      if (ANY_YEAR.test(text.slice(open + 1, close))) return { state: 'other', end: pos };
      // `(2d Cir.)`: a court the table knows and no year. The citation still lacks its year.
      const court = this.courtWithoutYear(open, close);
      return court ? { paren: { start: open, end: close + 1, court }, state: 'none', end: close + 1 } : { state: 'none', end: pos };
    }
    let before = text.slice(open + 1, yearStart);
    let date: TextSpan | undefined;
    // A date before the year (`Mar. 3, `, `Sept 3 `, `3 Mar. `) is no part of the court.
    const dateAt = dateStartIn(before);
    if (dateAt >= 0) {
      date = span(text, open + 1 + dateAt, yearStart + 4);
      before = before.slice(0, dateAt);
    }
    const courtText = before.trim();
    if (courtText && !courtLike(courtText)) return { state: 'other', end: pos };
    const courtStart = open + 1 + (before.length - before.trimStart().length);
    const paren: CourtParenthetical = {
      start: open,
      end: close + 1,
      year: { start: yearStart, end: yearStart + 4, text: yearText, value: Number(yearText) },
    };
    if (courtText) paren.court = span(text, courtStart, courtStart + courtText.length);
    if (date) paren.date = date;
    return { paren, state: 'court-year', end: close + 1 };
  }

  /** The court a parenthetical `text[open, close]` names with no year, if the court table knows it. */
  private courtWithoutYear(open: number, close: number): TextSpan | undefined {
    const text = this.text;
    let start = open + 1;
    let end = close;
    while (start < end && isJsSpace(text.charCodeAt(start))) start++;
    while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
    if (end - start < 2 || end - start > 40) return undefined;
    const inside = text.slice(start, end);
    if (!courtLike(inside) || !this.tables.lookupCourt(squeezeSpace(inside))) return undefined;
    return span(text, start, end);
  }

  /** End of the explanatory parentheticals (and a `[hereinafter …]`) after `pos`, and the first parenthetical. */
  private explanationsEnd(pos: number): { end: number; first?: Span } {
    const text = this.text;
    let end = pos;
    let first: Span | undefined;
    for (let n = 0; n < 4; n++) {
      const open = skipInlineSpace(text, end, 3);
      const c = text.charCodeAt(open);
      if (c === 40) {
        const close = this.parens.closeOf(open);
        if (close < 0) break;
        first ??= { start: open, end: close + 1 };
        end = close + 1;
      } else if (c === 91 && text.startsWith('[hereinafter', open)) {
        // The first `]` within 120 characters.
        const limit = Math.min(text.length, open + 120);
        let close = open;
        while (close < limit && text.charCodeAt(close) !== 93) close++;
        if (close >= limit) break;
        end = close + 1;
      } else break;
    }
    return { end, first };
  }

  private addAuthority(
    members: ReporterCite[],
    name: CaseNameFound | undefined,
    paren: CourtParenthetical | undefined,
    state: ParentheticalState,
    citeEnd: number,
    split = false,
  ): void {
    const key = `a${this.records.length + 1}`;
    const explanations = this.explanationsEnd(citeEnd);
    const lead = name?.start ?? members[0].start;
    const history = this.historyBefore(lead);
    const marker = name ? this.nameMarker(name) : undefined;
    const courtText = paren?.court ? squeezeSpace(paren.court.text) : undefined;
    // An authority neither subsequent history nor nested in another's parenthetical will be in a
    // string citation: its details are made with the string fields, which `markString` fills in,
    // so that they keep their shape (adding properties later to objects of many shapes is slow).
    // Told as `groupStrings` will tell it when records come in document order; where that fails
    // (a citation split by a page break), `groupStrings` corrects the fields.
    const stringFields = !history && !this.nestedAt(members[0].start);
    const citations: FoundCitation[] = [];
    for (let index = 0; index < members.length; index++) {
      const m = members[index];
      // The court decides only between several editions that fit the volume.
      const court = courtText && m.reporter.editions.length > 1 ? this.tables.lookupCourt(courtText, m.reporter.edition?.state) : undefined;
      const edition = m.reporter.known
        ? this.tables.chooseEdition(m.reporter.editions, { volume: Number(m.volume.text), year: paren?.year?.value, court }) ?? m.reporter.edition
        : undefined;
      const parts: Record<string, Span> = reporterParts(m);
      const detail: CaseDetail = stringFields
        ? { authority: key, member: index, members: members.length, reporterKnown: m.reporter.known, parenthetical: state, string: '', stringSize: 0 }
        : { authority: key, member: index, members: members.length, reporterKnown: m.reporter.known, parenthetical: state };
      const c: FoundCitation = {
        kind: 'case',
        start: m.start,
        end: index === members.length - 1 ? Math.max(m.end, citeEnd) : m.end,
        volume: m.volume.text,
        reporter: edition?.abbreviation ?? m.reporter.canonical,
        reporterAsWritten: squeezeSpace(m.reporter.text),
        parts,
        detail: detail as Record<string, unknown>,
      };
      if (m.reporter.known) detail.reporterCanonical = m.reporter.isCanonical;
      if (edition) {
        detail.edition = edition.key;
        detail.form = formOf(edition);
      }
      if (m.page) c.page = m.page.text;
      if (m.pin) c.pinCite = m.pin.text;
      if (m.nominative) detail.nominative = m.nominative.text.slice(1, -1);
      if (name) {
        c.caseName = name.name;
        parts.caseName = { start: name.start, end: name.end };
        if (name.signal) detail.signal = name.signal;
        if (marker) detail.nameMarker = marker;
        if (name.docketNumber) {
          parts.docketNumber = { start: name.docketNumber.start, end: name.docketNumber.end };
          detail.docketNumber = name.docketNumber.text;
        }
      }
      if (paren) {
        if (paren.end <= m.start) detail.yearBeforeReporter = true;
        parts.parenthetical = { start: paren.start, end: paren.end };
        if (paren.year) {
          c.year = paren.year.value;
          parts.year = { start: paren.year.start, end: paren.year.end };
        }
        if (paren.court) {
          c.court = courtText;
          parts.court = { start: paren.court.start, end: paren.court.end };
        }
        if (paren.date) {
          parts.date = { start: paren.date.start, end: paren.date.end };
          detail.date = paren.date.text;
        }
      }
      // `2019 ND 12`: a public-domain citation's volume is the year of decision.
      if (c.year === undefined && edition?.volumeIsYear && edition.type === 'neutral') c.year = Number(m.volume.text);
      if (explanations.first) parts.explanation = { start: explanations.first.start, end: explanations.first.end };
      if (history) {
        detail.historyOf = history.of;
        detail.history = history.words;
      }
      if (split) detail.splitAcrossPageBreak = true;
      citations.push(c);
      this.out.push(c);
    }
    const record: AuthorityRecord = { key, kind: 'case', lead, start: members[0].start, citeEnd, end: explanations.end, citations };
    if (history) record.historyOf = history.of;
    if (stringFields) record.stringFields = true;
    this.records.push(record);
    if (record.end > record.citeEnd) this.openRecords.push(record);
  }

  /**
   * Whether an authority starting at `start` (after every record so far) lies in the explanatory
   * parentheticals of an earlier one, as `groupStrings` finds nesting.
   */
  private nestedAt(start: number): boolean {
    const open = this.openRecords;
    while (open.length > 0 && open[open.length - 1].end <= start) open.pop();
    return open.length > 0 && start >= open[open.length - 1].citeEnd;
  }

  /** The emphasis marker (`*`, `_`) the source puts before an italicised name. */
  private nameMarker(name: CaseNameFound): string | undefined {
    if (name.emphasisStart === undefined) return undefined;
    const at = this.reader.toSourceStart(name.emphasisStart);
    const marker = this.reader.source.charCodeAt(at - 1);
    return marker === 42 ? '*' : marker === 95 ? '_' : undefined;
  }

  /**
   * Subsequent history before `lead` (`…, aff'd, `): the authority it follows, when that one ends
   * right before the words.
   */
  private historyBefore(lead: number): { of: string; words: string } | undefined {
    const previous = this.records[this.records.length - 1];
    if (!previous || previous.kind !== 'case' || lead - previous.end > 80 || lead < previous.end) return undefined;
    // The gap opens with a comma after white space (LEADING_COMMA): tested before it is sliced.
    let k = previous.end;
    while (k < lead && isJsSpace(this.text.charCodeAt(k))) k++;
    if (k >= lead || this.text.charCodeAt(k) !== 44) return undefined;
    const gap = this.text.slice(previous.end, lead);
    const m = HISTORY.exec(gap);
    if (!m) return undefined;
    return { of: previous.historyOf ?? previous.key, words: squeezeSpace(m[1]) };
  }

  /** A short cite; its name ends before `nameAt` (the volume, or the `supra` before it). */
  private addShortCite(cite: ReporterCite, nameAt = cite.start): void {
    const name = caseNameBefore(this.text, this.emphasis, nameAt, true);
    const parts = reporterParts(cite);
    if (name) parts.caseName = { start: name.start, end: name.end };
    // Built field by field, in the order of the other citations' fields.
    const found: FoundCitation = { kind: 'case-short', start: cite.start, end: cite.end };
    if (name) found.caseName = name.name;
    found.volume = cite.volume.text;
    found.reporter = cite.reporter.edition?.abbreviation ?? cite.reporter.canonical;
    found.reporterAsWritten = squeezeSpace(cite.reporter.text);
    if (cite.pin) found.pinCite = cite.pin.text;
    found.parts = parts;
    const detail: CaseDetail = { reporterKnown: true, reporterCanonical: cite.reporter.isCanonical };
    if (cite.reporter.edition) {
      detail.edition = cite.reporter.edition.key;
      detail.form = formOf(cite.reporter.edition);
    }
    if (name?.signal) detail.signal = name.signal;
    if (this.joinsString(name?.start ?? cite.start)) detail.joinsString = true;
    found.detail = detail as Record<string, unknown>;
    this.out.push(found);
  }

  /** Whether a short form whose lead is at `lead` follows the last authority after a semicolon (`…; Cohen, supra, at 14`). */
  private joinsString(lead: number): boolean {
    const previous = this.records[this.records.length - 1];
    const last = this.out[this.out.length - 1];
    // Only when nothing (an `Id.`, another short form) stands between them.
    if (!previous || !last || last.end > previous.end || previous.nestedIn) return false;
    return this.joinedBySemicolon(previous.end, lead);
  }

  private addStatute(s: FoundCitation): void {
    const key = `a${this.records.length + 1}`;
    const detail = (s.detail ??= {});
    detail.authority = key;
    detail.member = 0;
    detail.members = 1;
    this.out.push(s);
    this.records.push({ key, kind: s.kind, lead: s.start, start: s.start, citeEnd: s.end, end: s.end, citations: [s] });
  }

  // ---- a citation split by a page break -------------------------------------------------------

  /**
   * `… *Abbey House Media, Inc. v. Apple Inc.*, 66` at the end of a page, then page furniture (a
   * rule `---`, footnotes, a date line, `Page 3`), then `F. Supp. 3d 413, 419 (S.D.N.Y. 2014)`.
   * Read as one citation only when all of it is there: a case name before the volume, nothing after
   * it on its line, evidence of a page break, and a known reporter and page opening the next text.
   * The citation's span is the part after the break (its volume is a `part` before it), so the
   * footnote in between stays outside it.
   */
  private readSplitCitation(pos: number): number {
    const text = this.text;
    const volumeEnd = pos + digitCount(text, pos);
    if (volumeEnd - pos > 4) return -1;
    let i = volumeEnd;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (i < text.length && !isLineBreak(text.charCodeAt(i))) return -1;
    const continuation = this.afterPageFurniture(i);
    if (continuation < 0) return -1;
    const name = caseNameBefore(text, this.emphasis, pos, false);
    if (!name) return -1;
    const volume = span(text, pos, volumeEnd);
    const cite = readReporterCiteAfterVolume(text, volume, continuation, this.tables, false);
    if (!cite || cite.short || !cite.page) return -1;
    const moved: ReporterCite = { ...cite, start: continuation };
    const { paren, state, end } = this.readCourtParenthetical(cite.end);
    this.addAuthority([moved], name, paren, state, end, true);
    this.claimed.push({ start: continuation, end });
    return volumeEnd;
  }

  /**
   * Start of the text after the page furniture that follows the line break at `pos`, or -1 when
   * something else follows or nothing shows a page break. Looks at most 40 lines / 6000 characters.
   */
  private afterPageFurniture(pos: number): number {
    const text = this.text;
    let i = pos;
    let pageBreak = false;
    let inFootnote = false;
    for (let lines = 0; lines < PAGE_BREAK_LOOKAHEAD.lines && i - pos < PAGE_BREAK_LOOKAHEAD.chars && i < text.length; lines++) {
      // Move to the next line.
      while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
      while (i < text.length && isLineBreak(text.charCodeAt(i))) {
        if (text.charCodeAt(i) === 10 && inFootnote && this.blankLineAhead(i)) inFootnote = false;
        i++;
      }
      let lineEnd = i;
      while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
      const line = text.slice(i, lineEnd).trim();
      if (line === '') {
        inFootnote = false;
        continue;
      }
      if (inFootnote) continue;
      if (isPageBreakLine(line)) {
        pageBreak = true;
        continue;
      }
      if (isDateLine(line)) {
        continue;
      }
      if (this.isFootnoteStart(i) || (pageBreak && /^\d{1,3}\s+[A-Z]/.test(line))) {
        inFootnote = true;
        continue;
      }
      if (!pageBreak) return -1;
      let start = i;
      while (start < lineEnd && isBlank(text.charCodeAt(start))) start++;
      return start;
    }
    return -1;
  }

  private blankLineAhead(i: number): boolean {
    let j = i + 1;
    while (j < this.text.length && isBlank(this.text.charCodeAt(j))) j++;
    return j >= this.text.length || isLineBreak(this.text.charCodeAt(j));
  }

  /** Whether the line at reader offset `pos` opens a footnote in the source (`<sup>1</sup>`, `[^1]:`). */
  private isFootnoteStart(pos: number): boolean {
    const source = this.reader.source;
    const at = this.reader.toSourceStart(pos);
    let lineStart = at;
    while (lineStart > 0 && at - lineStart < 40 && !isLineBreak(source.charCodeAt(lineStart - 1))) lineStart--;
    return /^\s*(?:<sup>[^<]{1,8}<\/sup>|\[\^[^\]\s]{1,20}\]:)/i.test(source.slice(lineStart, lineStart + 60));
  }

  // ---- Id. and supra -----------------------------------------------------------------------------

  /** `Id.`, `id.`, `Id. at 921`, `Id. ¶ 5`, `Ibid.` at `pos`; returns its end, or -1. */
  private readId(pos: number): number {
    const text = this.text;
    if (!atWordStart(text, pos)) return -1;
    let word: string | undefined;
    for (const w of ['Id.', 'id.', 'Ibid.', 'ibid.']) if (text.startsWith(w, pos)) word = w;
    if (!word) return -1;
    const after = pos + word.length;
    if (isLetter(text.charCodeAt(after)) || text.charCodeAt(pos - 1) === 46) return -1;
    if (!this.idContext(pos, word.charCodeAt(0) === 105)) return -1;
    let end = after;
    let pin: TextSpan | undefined;
    const k = skipInlineSpace(text, after, 2);
    if (k > after) {
      if (text.startsWith('at', k) && !isWordChar(text.charCodeAt(k + 2))) {
        const p = skipInlineSpace(text, k + 2, 2);
        const pins = p > k + 2 ? readPins(text, p, this.tables, false) ?? readTranscriptPin(text, p) ?? readParagraphPin(text, p, this.tables) : undefined;
        if (pins) {
          pin = pins;
          end = pins.end;
        }
      } else {
        const p = readSectionPin(text, k) ?? readParagraphPin(text, k, this.tables);
        if (p) {
          pin = p;
          end = p.end;
        }
      }
    }
    const id: FoundCitation = { kind: 'id', start: pos, end };
    if (pin) {
      id.pinCite = pin.text;
      id.parts = { pinCite: { start: pin.start, end: pin.end } };
    }
    if (this.afterRecordCite(pos)) id.detail = { afterRecordCite: true };
    this.out.push(id);
    return end;
  }

  /**
   * Whether the clause just before an `Id.` at `pos` ends with a record cite that no extractor
   * reads (`Smith Decl. ¶ 12; id.`, `Hr'g Tr. 45:3-9. Id.`): then `Id.` refers to it.
   */
  private afterRecordCite(pos: number): boolean {
    const text = this.text;
    let i = pos;
    // Back over white space and a signal (`see`, `see also`, `cf.`) to the delimiter.
    for (let n = 0; n < 3; n++) {
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
      const m = /(?:^|\s)(?:[Ss]ee(?: also)?|[Cc]f\.|[Aa]ccord|e\.g\.,)$/.exec(text.slice(Math.max(0, i - 12), i));
      if (!m) break;
      i -= m[0].trimStart().length;
    }
    // `(ER 45.) Id.`: a citation sentence in parentheses.
    if (text.charCodeAt(i - 1) === 41 && text.charCodeAt(i - 2) === 46) i--;
    const d = text.charCodeAt(i - 1);
    if (d !== 59 && d !== 46 && d !== 44 && d !== 40) return false;
    let clauseEnd = i - 1;
    while (clauseEnd > 0 && isSpace(text.charCodeAt(clauseEnd - 1))) clauseEnd--;
    // A clause that ends with a citation read here (`5 Cal. App. 45. Id.`) is that citation.
    const last = this.out[this.out.length - 1];
    if (last && last.end >= clauseEnd) return false;
    const clause = text.slice(Math.max(0, clauseEnd - 80), clauseEnd);
    return RECORD_CITE_AT_END.test(clause) || RECORD_SHORT_AT_END.test(clause) || CONSTITUTION_AT_END.test(clause);
  }

  /**
   * Whether `Id.` at `pos` stands where a citation can: after a sentence's end, an opening
   * parenthesis, a semicolon or a signal. Lower-case `id.` needs a signal, `(`, `;` or `,`.
   */
  private idContext(pos: number, lower: boolean): boolean {
    const text = this.text;
    // At the start of the draft or of a paragraph (after a blank line), as if nothing came before.
    let j = pos;
    let breaks = 0;
    while (j > 0 && isSpace(text.charCodeAt(j - 1))) {
      const b = text.charCodeAt(j - 1);
      if (b === 10 || (b === 13 && text.charCodeAt(j) !== 10)) breaks++;
      j--;
    }
    if (j === 0 || breaks >= 2) return !lower;
    let i = pos;
    let lineStart = false;
    while (i > 0 && isSpace(text.charCodeAt(i - 1)) && pos - i < 4) {
      if (isLineBreak(text.charCodeAt(i - 1))) lineStart = true;
      i--;
    }
    if (i === 0) return !lower;
    // `Id.` opening a line or a paragraph (after indentation, too) is a citation sentence.
    if (lineStart && !lower) return true;
    const c = text.charCodeAt(i - 1);
    // `| Id. at 5 |`: a Markdown table cell opens a citation as a parenthesis does.
    if (c === 40 || c === 91 || c === 59 || c === 0x201c || c === 0x2014 || c === 124) return true;
    if (!lower && (c === 46 || c === 63 || c === 33 || c === 0x201d || c === 34 || c === 41 || c === 58 || isLineBreak(text.charCodeAt(pos - 1)))) return true;
    if (lower && c === 44) return true;
    const window = text.slice(Math.max(0, i - 16), i);
    return /(?:^|[\s(;])(?:[Ss]ee(?: also| generally)?|[Cc]f\.|[Aa]ccord|e\.g\.,|[Cc]iting|[Qq]uoting|[Cc]ompare|with|[Cc]ontra|[Bb]ut see)$/.test(window);
  }

  /** `Texaco, supra, at 920` (the name is needed: `supra Part II` is a cross-reference). */
  private readSupra(pos: number): number {
    const text = this.text;
    if (!text.startsWith('supra', pos) || !atWordStart(text, pos) || isLetter(text.charCodeAt(pos + 5))) return -1;
    const name = caseNameBefore(text, this.emphasis, pos, true);
    if (!name) return -1;
    // `Smith v. Jones, supra, 250 Conn. 12`: read with the reporter citation, as its short form.
    if (text.charCodeAt(pos + 5) === 44) {
      const next = skipInlineSpace(text, pos + 6, 3);
      if (next > pos + 6 && startsParallel(text, next, this.tables)) return -1;
    }
    let end = pos + 5;
    const note = /,? note \d{1,4}/y;
    note.lastIndex = end;
    if (note.exec(text)) end = note.lastIndex;
    let pin: PinCite | TextSpan | undefined;
    const at = /,? at /y;
    at.lastIndex = end;
    if (at.exec(text)) {
      pin = readPins(text, at.lastIndex, this.tables, false) ?? readParagraphPin(text, at.lastIndex, this.tables);
      if (pin) end = pin.end;
    } else if (text.startsWith(', ', end) && isDigit(text.charCodeAt(end + 2))) {
      // The California form names the reporter: `Baral, supra, 1 Cal.5th at p. 386`.
      const cite = readReporterCite(text, end + 2, this.tables, false);
      if (cite?.short && cite.pin) {
        pin = cite.pin;
        end = cite.end;
      }
    }
    const parts: Record<string, Span> = { caseName: { start: name.start, end: name.end }, supra: { start: pos, end: pos + 5 } };
    if (pin) parts.pinCite = { start: pin.start, end: pin.end };
    this.out.push({
      kind: 'supra',
      start: name.start,
      end,
      caseName: name.name,
      ...(pin ? { pinCite: pin.text } : {}),
      parts,
      ...(this.joinsString(name.start) ? { detail: { joinsString: true } } : {}),
    });
    return end;
  }

  // ---- grouping ----------------------------------------------------------------------------------

  /**
   * Marks nesting (an authority cited inside another's explanatory parenthetical) and string
   * citations (authorities joined by semicolons in one citation sentence).
   */
  private groupStrings(): void {
    // Records come in document order but for a citation split by a page break: sort only then.
    let sorted = true;
    for (let k = 1; k < this.records.length && sorted; k++) sorted = this.records[k - 1].start <= this.records[k].start;
    const records = sorted ? this.records : [...this.records].sort((a, b) => a.start - b.start);
    const open: AuthorityRecord[] = [];
    for (const r of records) {
      while (open.length > 0 && open[open.length - 1].end <= r.start) open.pop();
      if (open.length > 0 && r.start >= open[open.length - 1].citeEnd) r.nestedIn = open[open.length - 1].key;
      if (r.end > r.citeEnd) open.push(r);
    }
    const historyEnd = new Map<string, number>();
    for (const r of records) if (r.historyOf) historyEnd.set(r.historyOf, Math.max(historyEnd.get(r.historyOf) ?? 0, r.end));
    // Strings of top-level authorities: `first` is the index in `records` of the current string's
    // first authority, `size` how many it has so far.
    let first = -1;
    let size = 0;
    let count = 0;
    let lastEnd = -1;
    for (let k = 0; k < records.length; k++) {
      const r = records[k];
      if (r.nestedIn || r.historyOf) continue;
      if (size > 0 && !this.joinedBySemicolon(lastEnd, r.lead)) {
        this.markString(records, first, k, size, ++count);
        size = 0;
      }
      if (size === 0) first = k;
      size++;
      lastEnd = historyEnd.size > 0 ? Math.max(r.end, historyEnd.get(r.key) ?? 0) : r.end;
    }
    if (size > 0) this.markString(records, first, records.length, size, ++count);
    for (const r of records) {
      if (r.stringFields && (r.nestedIn || r.historyOf)) {
        // Told wrongly ahead (see `addAuthority`): the authority is in no string.
        for (const c of r.citations) {
          delete c.detail!.string;
          delete c.detail!.stringSize;
        }
      }
      if (!r.nestedIn) continue;
      for (const c of r.citations) (c.detail ??= {}).nestedIn = r.nestedIn;
    }
  }

  /** Marks the top-level authorities among `records[from..to)` as string `s<n>` of `size` authorities. */
  private markString(records: AuthorityRecord[], from: number, to: number, size: number, n: number): void {
    const key = `s${n}`;
    for (let k = from; k < to; k++) {
      const r = records[k];
      if (r.nestedIn || r.historyOf) continue;
      for (const c of r.citations) {
        const d = (c.detail ??= {});
        d.string = key;
        d.stringSize = size;
      }
    }
  }

  /**
   * Whether only a semicolon, signals and a name the scanner did not take as a case name
   * (`; B, 2 F.3d 2`) lie between `end` and `lead`.
   */
  private joinedBySemicolon(end: number, lead: number): boolean {
    if (lead < end || lead - end > 160) return false;
    // Cheap test first: the first character after white space must be the semicolon.
    let k = end;
    while (k < lead && isJsSpace(this.text.charCodeAt(k))) k++;
    if (k >= lead || this.text.charCodeAt(k) !== 59) return false;
    const gap = this.text.slice(end, lead);
    // A string citation is one sentence: it does not run on into the next paragraph.
    if (/[\n\r][ \t]*[\n\r]/.test(gap.replace(/\r\n/g, '\n'))) return false;
    return /^\s*;\s*(?:(?:[Ss]ee|[Aa]lso|[Cc]f\.|[Bb]ut|e\.g\.|[Aa]ccord|[Cc]ompare|[Cc]ontra|generally|with|and),?\s+)*(?:[A-Z][^;()\n]{0,120},\s+)?$/.test(gap);
  }
}

/**
 * Where the match of CANDIDATE that ends at `end` starts, for a search begun at `from` (the
 * pattern is only tested, which spares a match object per candidate): a run of digits, or the
 * word its last characters spell. Where two words fit (`Ibid.` ends in `id.`), the one starting
 * first is the match.
 */
function candidateStart(text: string, from: number, end: number): number {
  if (isDigit(text.charCodeAt(end - 1))) {
    let p = end - 1;
    while (p > from && isDigit(text.charCodeAt(p - 1))) p--;
    return p;
  }
  if (end - 5 >= from && (text.startsWith('supra', end - 5) || text.startsWith('Ibid.', end - 5) || text.startsWith('ibid.', end - 5))) return end - 5;
  if (end - 3 >= from && (text.startsWith('Id.', end - 3) || text.startsWith('id.', end - 3))) return end - 3;
  return end - 2; // `T.`
}

/**
 * Where the year of a court-and-year parenthetical starts in its inside `text[from, to)`, or -1:
 * the first four digits, at the start or after white space, that end the inside or are followed
 * by a comma and what may follow the year (`, pet. denied`): one to forty characters (and one
 * white space before them) without a parenthesis. As `/(?:^|\s)(\d{4})((?:,\s?[^()]{1,40})?)$/`
 * reads the inside, without a slice and a match object.
 */
function parenYearStart(text: string, from: number, to: number): number {
  for (let y = from; y + 4 <= to; y++) {
    if (y > from && !isJsSpace(text.charCodeAt(y - 1))) continue;
    if (!isDigit(text.charCodeAt(y)) || !isDigit(text.charCodeAt(y + 1)) || !isDigit(text.charCodeAt(y + 2)) || !isDigit(text.charCodeAt(y + 3))) continue;
    const after = y + 4;
    if (after === to) return y;
    if (text.charCodeAt(after) !== 44) continue;
    const tail = to - after - 1;
    if (tail < 1 || tail > 41 || (tail === 41 && !isJsSpace(text.charCodeAt(after + 1)))) continue;
    let k = after + 1;
    while (k < to && text.charCodeAt(k) !== 40 && text.charCodeAt(k) !== 41) k++;
    if (k === to) return y;
  }
  return -1;
}

/**
 * Whether the digit run `[start, end)` may be the volume of a citation, by what follows it: at
 * most four digits and a blank or a line break after them (`readReporterCite` and
 * `readSplitCitation` read nothing else), or four digits and a hyphen.
 */
function mayFollowVolume(text: string, start: number, end: number): boolean {
  const digits = end - start;
  if (digits > 4 || end >= text.length) return false;
  const c = text.charCodeAt(end);
  return isBlank(c) || isLineBreak(c) || (c === 45 && digits === 4);
}

/** Start of the `supra` that a comma and white space put right before `pos` (`supra, 250 Conn. 12`), or -1. */
function supraBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < 3 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === pos || text.charCodeAt(i - 1) !== 44) return -1;
  const start = i - 6;
  return start >= 0 && text.startsWith('supra', start) && atWordStart(text, start) ? start : -1;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Whether `w` names a month: its full name or its first three letters or more (`Mar`, `Sept`), capitalised, perhaps with a period. */
function isMonthWord(w: string): boolean {
  const word = w.endsWith('.') ? w.slice(0, -1) : w;
  if (word.length < 3 || !isUpper(word.charCodeAt(0))) return false;
  const lower = word.toLowerCase();
  return MONTHS.some((m) => m.startsWith(lower) && (lower.length === m.length || w.endsWith('.') || lower.length <= 4));
}

/**
 * Where a date that runs up to the year starts in `before` (a parenthetical's text before its
 * year), or -1: `Mar. 3, `, `Mar 3, `, `Mar. 3 `, `March 3, `, `3 Mar. `. Reads backwards over at
 * most a month word, a day and white space.
 */
function dateStartIn(before: string): number {
  let i = before.length;
  const back = (test: (c: number) => boolean, max: number) => {
    const from = i;
    while (i > 0 && from - i < max && test(before.charCodeAt(i - 1))) i--;
    return from - i;
  };
  if (back(isJsSpace, 3) === 0) return -1;
  const comma = before.charCodeAt(i - 1) === 44;
  if (comma) i--;
  const afterDay = i;
  back(isJsSpace, 3);
  const dayEnd = i;
  if (back(isDigit, 2) > 0 && (i === 0 || !isDigit(before.charCodeAt(i - 1)))) {
    // `Mar. 3, `: a month word before the day.
    const dayStart = i;
    back(isJsSpace, 3);
    const wordEnd = i;
    if (wordEnd === dayStart && before.charCodeAt(wordEnd - 1) !== 46) return -1;
    back((c) => isLetter(c) || c === 46, 10);
    if (isMonthWord(before.slice(i, wordEnd)) && (i === 0 || isJsSpace(before.charCodeAt(i - 1)))) return i;
    return -1;
  }
  // `3 Mar. `: the day before the month word (no comma).
  if (comma || dayEnd !== afterDay) return -1;
  i = afterDay;
  const wordEnd = i;
  back((c) => isLetter(c) || c === 46, 10);
  if (!isMonthWord(before.slice(i, wordEnd)) || back(isJsSpace, 3) === 0 || back(isDigit, 2) === 0) return -1;
  return i === 0 || isJsSpace(before.charCodeAt(i - 1)) ? i : -1;
}

/** Whether a lower-case word (other than `at`) follows `pos` after one space. */
function runsIntoProse(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 32) return false;
  const c = text.charCodeAt(pos + 1);
  return c >= 97 && c <= 122 && !(text.startsWith('at ', pos + 1));
}

function digitCount(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i - pos;
}

/** The named parts of a reporter citation. */
function reporterParts(m: ReporterCite): Record<string, Span> {
  const parts: Record<string, Span> = {
    volume: { start: m.volume.start, end: m.volume.end },
    reporter: { start: m.reporter.start, end: m.reporter.end },
  };
  if (m.page) parts.page = { start: m.page.start, end: m.page.end };
  if (m.pin) parts.pinCite = { start: m.pin.start, end: m.pin.end };
  if (m.nominative) parts.nominative = { start: m.nominative.start, end: m.nominative.end };
  return parts;
}

/** Whether a parenthetical's text before the year can be a court (`2d Cir.`, `S.D.N.Y.`, `Tex. App.—Houston [1st Dist.]`). */
function courtLike(s: string): boolean {
  if (s.length > 70) return false;
  // The words between runs of white space (`s` is trimmed): at most ten, each opening with a
  // capital, a digit or a mark, or one of a few lower-case words.
  let words = 0;
  let i = 0;
  while (i < s.length) {
    let e = i;
    while (e < s.length && !isJsSpace(s.charCodeAt(e))) e++;
    if (++words > 10) return false;
    const c = s.charCodeAt(i);
    const opens = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013 || c === 39 || c === 0x2019 || c === 46;
    if (!opens) {
      const w = s.slice(i, e);
      if (w !== 'of' && w !== 'ex' && w !== 'rel.') return false;
    }
    i = e;
    while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
  }
  return true;
}
