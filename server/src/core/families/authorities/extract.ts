/**
 * Statutes, regulations, court rules, constitutions, session laws, legislative materials and
 * secondary sources, wherever they stand in a sentence: after `(` or `[`, at a line start, split
 * by a line break, with doubled spaces or none after a period (`W. Va.Code`, `Neb.Rev.Stat.`).
 *
 * `17 U.S.C. § 106(1)`, `Cal. Civ. Proc. Code § 425.16`, `Code Civ. Proc., § 425.16`,
 * `Mass. Gen. Laws ch. 93A, § 2`, `735 ILCS 5/2-615`, `RCW 7.70.100`, `29 C.F.R. § 1604.11`,
 * `89 Fed. Reg. 51,342`, `Pub. L. No. 117-58, § 3, 135 Stat. 429`, `Fed. R. Civ. P. 26(b)(1)`,
 * `Tex. R. App. P. 9.4(i)(1)`, `9th Cir. R. 30-1`, `S.D.N.Y. Local Civ. R. 56.1`,
 * `U.S. Const. art. I, § 8, cl. 8`, `H.R. Rep. No. 94-1476, at 62`, `167 Cong. Rec. S1234`,
 * `128 Harv. L. Rev. 540, 545`, `Restatement (Second) of Torts § 402A cmt. c`, and short forms
 * of a statute read in the same paragraph (`§ 106(2)`).
 *
 * Bare words are prose and never read: `a Section 1983 claim`, `Chapter 11`, `Rule II(b)`,
 * `Title VII`, `Article III standing`.
 *
 * One pass: at each word start that may open a name (a capital, a digit, `§`) the name trie is
 * walked (bounded by the longest name) and, where a name ends, a bounded reader for its shape
 * runs. The whole is linear in the text.
 */
import type { FoundCitation } from '../../extract/types';
import type { ReaderText } from '../../text/readerText';
import type { CitationKind, Span } from '../../types';
import { isBlankChar, JURISDICTION_OF, LOCAL_RULE_WORDS, NameEntry, namesAt, skipBlanks, TEMPLATE_NAMES } from './tables';
import type { AuthorityDetail } from './types';
import { isAsciiUpper as isUpper, isAsciiWordChar as isWordChar, isDigit } from '../../text/chars';

/** One section as written: `106`, `1396a`, `425.16`, `23-4-2`, `2A:15-5.12`, `5/2-615`, `0 / 462.04`. */
const SECTION = /\d[0-9A-Za-z]{0,12}(?:(?:[.:\-/]| \/ )[0-9A-Za-z]{1,12}){0,6}/y;
/** Subdivisions after a section: `(b)(1)(A)`. */
const SUBDIVISIONS = /(?:\([A-Za-z0-9]{1,6}\)){1,8}/y;
/** Between sections of a list or range. */
const SECTION_GLUE = /(?:,? (?:and|&|to|through) |, ?| ?[–—] ?|-(?=\d))/y;
const ET_SEQ = /,? et seq\./y;
/** `, subd. (b)(1)` after a section, as the California Style Manual writes it. */
const CALIFORNIA_SUBDIVISION = /, ?subds?\. ((?:\([A-Za-z0-9]{1,6}\)){1,8})/y;
/** `(2018)`, `(West 2020)`, `(Supp. V 2018)`, `(McKinney 2019)`, `(Am. L. Inst. 1965)`, `(4th ed. 2024)`. */
const YEAR_PARENTHETICAL = /[ \t]?\((?:[A-Z][A-Za-z.&' ]{0,30} )?(?:Supp\. [IVX]{1,5} )?(?:\d{1,2}(?:st|nd|rd|th|d) ed\. )?\d{4}\)/y;
/** A date parenthetical after a register or the Congressional Record: `(June 14, 2024)`, `(daily ed. Mar. 3, 2021)`. */
const DATE_PARENTHETICAL = /[ \t]?\((?:daily ed\. )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}, )?\d{4}\)/y;
/** A rule's number: `26`, `9.4`, `30-1`, `56.1`, `4:6-2`, `91a`, `1.140`, `8.204`. */
const RULE_NUMBER = /\d{1,4}[a-z]?(?:[.:\-]\d{1,4}[a-z]?){0,4}/y;
/** A page: `540`, `51,342`, `S1234` (the Congressional Record's daily edition). */
const PAGE = /(?:[HSE] ?)?\d{1,3}(?:,\d{3})+(?!\d)|(?:[HSE] ?)?\d{1,6}/y;
/** A pin after a page: `, 545`, `, 545–46`, `, 51,345`. */
const PAGE_PIN = /, ?((?:[HSE] ?)?\d{1,3}(?:,\d{3})+(?!\d)|(?:[HSE] ?)?\d{1,6}(?:[–-]\d{1,6})?)(?![\d,]*\s(?:[A-Z]\.|[A-Z][a-z]+\.))/y;
/** A volume or title: `17`, `63C`, `1999-7`, `0-6-054`. */
const VOLUME = /\d{1,5}[A-Z]?(?:-\d{1,4}){0,2}(?![\w.])/y;
const ROMAN_OR_NUMBER = /(?:[IVXLC]{1,8}|\d{1,3}[A-Za-z]?)(?![\w])/y;
/** Words of a code's subject (`Civ. Proc.`, `Bus. & Prof.`, `Gov't`, `Empl.`). */
const SUBJECT_WORD = /(?:[A-Z][A-Za-z']{0,14}\.?|&|and)(?=[\s,])/y;
/** A `Restatement`'s series and subject: ` (Second) of Torts`. */
const RESTATEMENT = / ?(?:\((?:First|Second|Third|Fourth)\) )?of (?:the )?(?:Law of )?(?:[A-Z][A-Za-z]*(?: (?:of|the|and|&|[A-Z][A-Za-z]*)){0,8})/y;
/** A comment, illustration or note after a section: `cmt. c`, `illus. 3`, `reporter's note`. */
const NOTE = /,? (?:cmt\. [a-z0-9]{1,3}|illus\. \d{1,3}|reporter['’]s note|n\. ?\d{1,3}|cl\. \d{1,3})/y;

/** A federal district court as its local rules are cited: `S.D.N.Y.`, `N.D. Cal.`, `D.N.J.`, `E.D. Pa.`, `D. Mass.` */
const DISTRICT = /(?:[NSEWMC]\. ?D\.|D\.) ?(?:[A-Z]\.){1,3}(?=[ \t])|(?:[NSEWMC]\. ?D\.|D\.) ?[A-Z][a-z]{1,6}\.(?: [A-Z][a-z]{0,3}\.)?(?=[ \t])/y;

interface Claim extends Span {
  found: FoundCitation;
}

export interface SectionRead {
  /** The sections' text as `authority` writes them (`106`, `1331, 1367`, `101–122`). */
  sections: string[];
  written: string;
  /** The first section's subdivisions, and their span. */
  pin?: Span & { text: string };
  start: number;
  end: number;
  /** End of the first section (without its subdivisions). */
  firstEnd: number;
}

/** Sections from `k` (just after a sign): one, or a list or range where `several` or a dash allows it. */
export function readSectionList(text: string, k: number, several: boolean): SectionRead | undefined {
  SECTION.lastIndex = k;
  const m = SECTION.exec(text);
  if (!m) return undefined;
  let first = m[0];
  let end = SECTION.lastIndex;
  // A sentence's full stop is not part of the section (`§ 106.`); nor is a trailing separator.
  while (/[.:\-/]$/.test(first)) {
    first = first.slice(0, -1);
    end--;
  }
  const firstEnd = end;
  let pin: SectionRead['pin'];
  SUBDIVISIONS.lastIndex = end;
  if (SUBDIVISIONS.exec(text)) {
    pin = { start: end, end: SUBDIVISIONS.lastIndex, text: text.slice(end, SUBDIVISIONS.lastIndex) };
    end = SUBDIVISIONS.lastIndex;
  }
  // The California Style Manual names a subdivision after a comma: `§ 425.16, subd. (b)(1)`.
  if (!pin) {
    CALIFORNIA_SUBDIVISION.lastIndex = end;
    const subd = CALIFORNIA_SUBDIVISION.exec(text);
    if (subd) {
      const pinStart = CALIFORNIA_SUBDIVISION.lastIndex - subd[1].length;
      pin = { start: pinStart, end: CALIFORNIA_SUBDIVISION.lastIndex, text: subd[1] };
      end = CALIFORNIA_SUBDIVISION.lastIndex;
      return { sections: [first], written: first, pin, start: k, end, firstEnd };
    }
  }
  const sections = [first];
  let written = first;
  for (let n = 0; n < 12; n++) {
    SECTION_GLUE.lastIndex = end;
    const glue = SECTION_GLUE.exec(text);
    if (!glue) break;
    const dash = /[–—-]/.test(glue[0]) && !/,/.test(glue[0]);
    if (!several && !dash) break;
    SECTION.lastIndex = SECTION_GLUE.lastIndex;
    const more = SECTION.exec(text);
    if (!more) break;
    let next = more[0];
    let nextEnd = SECTION.lastIndex;
    while (/[.:\-/]$/.test(next)) {
      next = next.slice(0, -1);
      nextEnd--;
    }
    sections.push(next);
    written += dash ? `–${next}` : `, ${next}`;
    end = nextEnd;
    SUBDIVISIONS.lastIndex = end;
    if (SUBDIVISIONS.exec(text)) end = SUBDIVISIONS.lastIndex;
  }
  return { sections, written, pin, start: k, end, firstEnd };
}

/** A section sign and what it says: `§`, `§§`, `Section`, `Sections`, `sec.`; its end, or -1. */
function readSign(text: string, k: number): { sign: string; end: number; several: boolean } | undefined {
  const c = text.charCodeAt(k);
  if (c === 0xa7) {
    const two = text.charCodeAt(k + 1) === 0xa7;
    let e = k + (two ? 2 : 1);
    if (isBlankChar(text.charCodeAt(e))) e++;
    return { sign: two ? '§§' : '§', end: e, several: two };
  }
  for (const [word, several] of [['Sections ', true], ['Section ', false], ['sections ', true], ['section ', false], ['Secs. ', true], ['Sec. ', false], ['secs. ', true], ['sec. ', false]] as const) {
    if (text.startsWith(word, k)) return { sign: several ? '§§' : '§', end: k + word.length, several };
  }
  return undefined;
}

/** The reader of one kind of name: what follows the name at `end`, the name starting at `start`. */
class Scanner {
  private readonly claims: Claim[] = [];
  /** End of the last full statute or regulation read with a section sign (a later `§ 106(2)` may be its short form). */
  private fullWithSign = -1;

  constructor(private readonly text: string) {}

  run(): FoundCitation[] {
    const text = this.text;
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (!(isUpper(c) || isDigit(c) || c === 0xa7)) {
        i++;
        continue;
      }
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (isWordChar(before) || before === 46 || before === 0xa7 || (before === 45 && isDigit(c))) {
        i++;
        continue;
      }
      const found = c === 0xa7 ? this.shortSection(i) : this.at(i);
      if (found) {
        this.claims.push({ start: found.start, end: found.end, found });
        if ((found.kind === 'statute' || found.kind === 'regulation') && !(found.detail as AuthorityDetail).short) this.fullWithSign = found.end;
        i = found.end;
      } else {
        i++;
      }
    }
    return this.claims.map((x) => x.found);
  }

  /** The citation that starts at `i`, if any. */
  private at(i: number): FoundCitation | undefined {
    const text = this.text;
    const district = text.charCodeAt(i + 1) === 46 ? this.districtRule(i) : undefined;
    if (district) return district;
    for (const m of namesAt(text, i)) {
      const found = this.read(m.entry, i, m.end, undefined);
      if (found) return found;
    }
    if (!isDigit(text.charCodeAt(i))) return undefined;
    // A volume or title, then a name.
    VOLUME.lastIndex = i;
    if (!VOLUME.exec(text)) return undefined;
    const volumeEnd = VOLUME.lastIndex;
    let k = skipBlanks(text, volumeEnd);
    // `21, United States Code, Section 853`.
    if (k === volumeEnd && text.startsWith(', United States Code', volumeEnd)) k = volumeEnd + 2;
    if (k === volumeEnd) return undefined;
    for (const m of namesAt(text, k)) {
      if (!m.entry.titled && m.entry.shape !== 'page' && m.entry.shape !== 'encyclopedia' && m.entry.shape !== 'sections') continue;
      const found = this.read(m.entry, k, m.end, { start: i, end: volumeEnd });
      if (found) return found;
    }
    return undefined;
  }

  private read(entry: NameEntry, start: number, end: number, volume: Span | undefined): FoundCitation | undefined {
    switch (entry.shape) {
      case 'sections':
        if (volume && !entry.titled) return undefined;
        return this.sections(entry, volume?.start ?? start, start, end, volume, entry.canonical);
      case 'page':
        return volume ? this.page(entry, volume, start, end) : undefined;
      case 'encyclopedia':
        return volume ? this.encyclopedia(entry, volume, start, end) : undefined;
      case 'jurisdiction':
        return volume ? undefined : this.jurisdiction(entry, start, end);
      case 'california':
        return volume ? undefined : this.sections({ ...entry }, start, start, end, undefined, entry.canonical, true);
      case 'constitution':
        return volume ? undefined : this.constitution(entry, start, end);
      case 'rules':
        return volume ? undefined : this.rule(entry, start, end, entry.canonical);
      case 'report':
        return volume ? undefined : this.report(entry, start, end);
      case 'public-law':
        return volume ? undefined : this.publicLaw(entry, start, end);
      case 'restatement':
        return volume ? undefined : this.restatement(entry, start, end);
      case 'treatise':
        return volume ? undefined : this.treatise(entry, start, end);
    }
  }

  /**
   * A code's sections after its name (ending at `nameEnd`): `§ 106`, `§§ 1331, 1367`, `Section
   * 1983`, `ch. 93A, § 2`, `tit. 24, § 183`, `art. 51`, `r. 218`, `pt. 1604`, `, Empl. § 8-551`,
   * or a bare section where the code allows it.
   */
  private sections(entry: NameEntry, start: number, nameStart: number, nameEnd: number, volume: Span | undefined, code: string, signRequired = false): FoundCitation | undefined {
    const text = this.text;
    let k = nameEnd;
    let prefix = ''; // `ch. 93A, `, `tit. 24, `, `, Empl. `
    let comma = false;
    if (text.charCodeAt(k) === 44) {
      comma = true;
      k++;
    }
    k = skipBlanks(text, k);
    if (k === nameEnd) return undefined;
    // A chapter or title before the section.
    const unit = /(ch\.|c\.|tit\.|art\.?|pt\.|pts\.|part|r\.|rule) ?/y;
    unit.lastIndex = k;
    let unitWord: string | undefined;
    const u = unit.exec(text);
    if (u) {
      unitWord = u[1];
      k = unit.lastIndex;
    } else if (!text.startsWith('§', k) && !readSign(text, k)) {
      // `Md. Code Ann., Empl. § 8-551`; `Wis. Admin. Code SvTr § 4`; `N.H. Code R. Empl. 497`.
      SUBJECT_WORD.lastIndex = k;
      let w = k;
      const words: string[] = [];
      for (let n = 0; n < 5; n++) {
        SUBJECT_WORD.lastIndex = w;
        const m = SUBJECT_WORD.exec(text);
        if (!m) break;
        words.push(m[0]);
        w = SUBJECT_WORD.lastIndex;
        const next = skipBlanks(text, w);
        if (next === w) break;
        w = next;
        if (text.startsWith('§', w) || (entry.kind === 'regulation' && isDigit(text.charCodeAt(w)))) {
          prefix = `${comma ? ', ' : ' '}${words.join(' ')} `;
          k = w;
          break;
        }
      }
    }
    if (unitWord) {
      // `ch. 93A, § 2`, `tit. 24, § 183`, `art. 51`, `r. 218`, `pt. 1604`.
      const normalized = unitWord === 'art' ? 'art.' : unitWord === 'part' ? 'pt.' : unitWord;
      if (normalized === 'ch.' || normalized === 'c.' || normalized === 'tit.' || normalized === 'art.') {
        ROMAN_OR_NUMBER.lastIndex = k;
        const n = /\d{1,4}[A-Za-z]{0,3}|[IVXLC]{1,6}/y;
        n.lastIndex = k;
        const num = n.exec(text);
        if (!num) return undefined;
        let e = n.lastIndex;
        if (isWordChar(text.charCodeAt(e))) return undefined;
        const afterComma = text.charCodeAt(e) === 44 ? e + 1 : e;
        const s = skipBlanks(text, afterComma);
        const sign = s > afterComma ? readSign(text, s) : undefined;
        if (sign) {
          prefix = ` ${normalized} ${num[0]}, `;
          k = s;
        } else if (normalized === 'art.' || normalized === 'ch.' || normalized === 'c.') {
          // `La. Civ. Code Ann. art. 2315`, `Mass. Gen. Laws ch. 93A` alone.
          const read: SectionRead = { sections: [num[0]], written: num[0], start: k, end: e, firstEnd: e };
          SUBDIVISIONS.lastIndex = e;
          if (SUBDIVISIONS.exec(text)) {
            read.pin = { start: e, end: SUBDIVISIONS.lastIndex, text: text.slice(e, SUBDIVISIONS.lastIndex) };
            e = SUBDIVISIONS.lastIndex;
            read.end = e;
          }
          return this.finish(entry, start, nameStart, nameEnd, volume, code, ` ${normalized} `, read, normalized);
        } else {
          return undefined;
        }
      } else {
        prefix = ` ${normalized} `;
      }
    }
    const sign = readSign(text, k);
    if (!sign && (signRequired || comma || !entry.bare) && !unitWord) return undefined;
    const read = readSectionList(text, sign ? sign.end : k, sign?.several ?? true);
    if (!read) return undefined;
    // A section runs on into a word or a decimal: not a citation (`Fla. Stat. 2019a`).
    if (isWordChar(text.charCodeAt(read.end))) return undefined;
    if (comma && sign && prefix === '') prefix = ',';
    const joiner = prefix + (sign ? `${sign.sign} ` : unitWord ? '' : code === 'U.S.C.' || code === 'C.F.R.' || code.endsWith('U.S.C.A.') || code.endsWith('U.S.C.S.') ? '§ ' : '');
    return this.finish(entry, start, nameStart, nameEnd, volume, code, joiner.startsWith(' ') ? joiner : joiner.startsWith(',') ? `, ${joiner.slice(1).trimStart()}` : ` ${joiner}`, read, sign?.sign ?? unitWord ?? '');
  }

  private finish(entry: NameEntry, start: number, nameStart: number, nameEnd: number, volume: Span | undefined, code: string, joiner: string, read: SectionRead, sign: string): FoundCitation {
    const text = this.text;
    let end = read.end;
    ET_SEQ.lastIndex = end;
    if (ET_SEQ.exec(text)) end = ET_SEQ.lastIndex;
    YEAR_PARENTHETICAL.lastIndex = end;
    if (YEAR_PARENTHETICAL.exec(text)) end = YEAR_PARENTHETICAL.lastIndex;
    const title = volume ? text.slice(volume.start, volume.end) : undefined;
    const several = read.sections.length > 1 && joiner.includes('§') && !joiner.includes('§§') ? joiner.replace('§', '§§') : joiner;
    const authority = `${title ? `${title} ` : ''}${code}${several}${read.written}`.replace(/ {2,}/g, ' ');
    const base = `${title ? `${title} ` : ''}${code}`;
    const detail: AuthorityDetail = { code, codeName: entry.name, jurisdiction: entry.jurisdiction, sections: read.sections, sign, base, ...(title ? { title } : {}) };
    const parts: Record<string, Span> = { code: { start: nameStart, end: trimEnd(text, nameStart, nameEnd) }, section: { start: read.start, end: read.firstEnd } };
    if (volume) parts.title = volume;
    if (read.pin) parts.pinCite = { start: read.pin.start, end: read.pin.end };
    return { kind: entry.kind, start, end, authority, ...(read.pin ? { pinCite: read.pin.text } : {}), parts, detail };
  }

  /** `89 Fed. Reg. 51,342, 51,345 (June 14, 2024)`, `1999 Cal. Stat. 2`, `128 Harv. L. Rev. 540, 545 (2015)`. */
  private page(entry: NameEntry, volume: Span, nameStart: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    const k = skipBlanks(text, nameEnd);
    if (k === nameEnd) return undefined;
    PAGE.lastIndex = k;
    const page = PAGE.exec(text);
    if (!page) return undefined;
    let end = PAGE.lastIndex;
    if (isWordChar(text.charCodeAt(end))) return undefined;
    // Only the Congressional Record has lettered pages.
    if (/^[HSE]/.test(page[0]) && entry.canonical !== 'Cong. Rec.') return undefined;
    let pin: Span & { text: string } | undefined;
    PAGE_PIN.lastIndex = end;
    const p = PAGE_PIN.exec(text);
    if (p && !isWordChar(text.charCodeAt(PAGE_PIN.lastIndex))) {
      const pinStart = PAGE_PIN.lastIndex - p[1].length;
      pin = { start: pinStart, end: PAGE_PIN.lastIndex, text: p[1] };
      end = PAGE_PIN.lastIndex;
    }
    for (const paren of [YEAR_PARENTHETICAL, DATE_PARENTHETICAL]) {
      paren.lastIndex = end;
      if (paren.exec(text)) {
        end = paren.lastIndex;
        break;
      }
    }
    const title = text.slice(volume.start, volume.end);
    const pageText = page[0].replace(/ /g, '');
    const detail: AuthorityDetail = { code: entry.canonical, codeName: entry.name, jurisdiction: entry.jurisdiction, title, sections: [pageText] };
    if (entry.kind === 'secondary') detail.lead = leadBefore(text, volume.start);
    const parts: Record<string, Span> = { title: volume, code: { start: nameStart, end: trimEnd(text, nameStart, nameEnd) }, section: { start: k, end: k + page[0].length } };
    if (pin) parts.pinCite = { start: pin.start, end: pin.end };
    return {
      kind: entry.kind,
      start: volume.start,
      end,
      authority: `${title} ${entry.canonical} ${pageText}`,
      ...(pin ? { pinCite: pin.text } : {}),
      parts,
      detail,
    };
  }

  /** `63C Am. Jur. 2d Products Liability § 12`, `88 C.J.S. Trial § 150`. */
  private encyclopedia(entry: NameEntry, volume: Span, nameStart: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    const topic = /(?: (?:[A-Z][A-Za-z'.,]*|and|of|the|&|in|to|for|on)){1,8}? (?=§)/y;
    topic.lastIndex = nameEnd;
    const t = topic.exec(text);
    if (!t) return undefined;
    const sign = readSign(text, topic.lastIndex);
    if (!sign) return undefined;
    const read = readSectionList(text, sign.end, sign.several);
    if (!read || isWordChar(text.charCodeAt(read.end))) return undefined;
    const code = `${entry.canonical}${t[0].replace(/ $/, '')}`;
    const found = this.finish(entry, volume.start, nameStart, nameEnd, volume, code, ` ${sign.sign} `, read, sign.sign);
    (found.detail as AuthorityDetail).lead = leadBefore(text, volume.start);
    return found;
  }

  /**
   * After a state's abbreviation: its code named by subject (`Cal. Civ. Proc. Code §`,
   * `N.Y. Gen. Bus. Law §`, `Tex. Civ. Prac. & Rem. Code Ann. §`, `N.Y. Empl. §`), or its court
   * rules (`Tex. R. App. P. 9.4`, `Fla. R. Civ. P. 1.140`, `Ill. S. Ct. R. 191`), or a district
   * court's local rules (`S.D.N.Y. Local Civ. R. 56.1` is read at `S.D.N.Y.`, see `districtRule`).
   */
  private jurisdiction(entry: NameEntry, start: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    const rule = this.stateRule(entry, start, nameEnd);
    if (rule) return rule;
    let w = skipBlanks(text, nameEnd);
    if (w === nameEnd) return undefined;
    const words: string[] = [];
    for (let n = 0; n < 7; n++) {
      SUBJECT_WORD.lastIndex = w;
      const m = SUBJECT_WORD.exec(text);
      if (!m) return undefined;
      words.push(m[0]);
      const wordEnd = SUBJECT_WORD.lastIndex;
      const next = skipBlanks(text, wordEnd);
      const hasCodeWord = words.some((x) => /^(?:Code|Law|Laws|Stat\.|Ann\.|Act)$/.test(x));
      if (next > wordEnd && (text.charCodeAt(next) === 0xa7 || readSign(text, next)) && words.length >= 1 && (hasCodeWord || entry.jurisdiction === 'New York')) {
        if (words[0] === 'Const.' || words[0] === 'R.') return undefined;
        const name = `${entry.canonical} ${words.join(' ')}`;
        const template: NameEntry = {
          ...entry,
          shape: 'sections',
          kind: 'statute',
          canonical: name,
          name: TEMPLATE_NAMES.get(entry.jurisdiction) ?? `${entry.jurisdiction} code`,
          bare: false,
        };
        return this.sections(template, start, start, wordEnd, undefined, name, true);
      }
      if (next === wordEnd) return undefined;
      w = next;
    }
    return undefined;
  }

  /** `Tex. R. App. P. 9.4(i)(1)`, `Fla. R. Civ. P. 1.140`, `Ill. S. Ct. R. 191`, `N.J. Ct. R. 4:6-2`. */
  private stateRule(entry: NameEntry, start: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    const words = /(?: ?(?:S\. Ct\.|Sup\. Ct\.|Ct\.|Super\. Ct\.))? ?R\.(?: ?(?:Civ\.|Crim\.|App\.|Evid\.|Prof['’]l Conduct|Jud\. Admin\.|Gen\. Prac\.|Bankr\.|Juv\.|Fam\.|Prob\.|Admin\.|Prac\.|Disciplinary|Prof['’]l|P\.)){0,4}/y;
    words.lastIndex = nameEnd;
    if (!words.exec(text)) return undefined;
    const canonical = `${entry.canonical} ${text.slice(nameEnd, words.lastIndex).replace(/\s+/g, ' ').trim()}`;
    return this.rule({ ...entry, shape: 'rules', kind: 'rule', canonical, name: `${entry.jurisdiction} court rules` }, start, words.lastIndex, canonical);
  }

  /** `S.D.N.Y. Local Civ. R. 56.1`, `N.D. Cal. Civ. L.R. 7-3`, `D.N.J. L. Civ. R. 7.1`: a district court, then its local rules. */
  private districtRule(i: number): FoundCitation | undefined {
    const text = this.text;
    DISTRICT.lastIndex = i;
    if (!DISTRICT.exec(text)) return undefined;
    const k = skipBlanks(text, DISTRICT.lastIndex);
    if (k === DISTRICT.lastIndex) return undefined;
    for (const m of namesAt(text, k)) {
      if (m.entry.shape !== 'rules' || !LOCAL_RULE_WORDS.includes(m.entry.canonical)) continue;
      const court = text.slice(i, DISTRICT.lastIndex).replace(/\s+/g, ' ');
      const code = `${court} ${m.entry.canonical}`;
      return this.rule({ ...m.entry, canonical: code, name: `Local rules of the ${court}` }, i, m.end, code);
    }
    return undefined;
  }

  /** A rule number after a rule set's name: `26(b)(1)`, `rule 8.204`. */
  private rule(entry: NameEntry, start: number, nameEnd: number, code: string): FoundCitation | undefined {
    const text = this.text;
    let k = skipBlanks(text, nameEnd);
    if (k === nameEnd && !isDigit(text.charCodeAt(k))) return undefined;
    if (k === nameEnd && /[A-Za-z]$/.test(code)) return undefined;
    if (text.startsWith('No. ', k)) k += 4;
    RULE_NUMBER.lastIndex = k;
    const num = RULE_NUMBER.exec(text);
    if (!num) return undefined;
    let number = num[0];
    let e = RULE_NUMBER.lastIndex;
    while (/[.:\-]$/.test(number)) {
      number = number.slice(0, -1);
      e--;
    }
    if (isWordChar(text.charCodeAt(e)) || (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1)))) return undefined;
    const numberEnd = e;
    let pin: Span & { text: string } | undefined;
    SUBDIVISIONS.lastIndex = e;
    if (SUBDIVISIONS.exec(text)) {
      pin = { start: e, end: SUBDIVISIONS.lastIndex, text: text.slice(e, SUBDIVISIONS.lastIndex) };
      e = SUBDIVISIONS.lastIndex;
    }
    const detail: AuthorityDetail = { code, codeName: entry.name, jurisdiction: entry.jurisdiction, sections: [number] };
    const parts: Record<string, Span> = { code: { start, end: trimEnd(text, start, nameEnd) }, section: { start: k, end: numberEnd } };
    if (pin) parts.pinCite = { start: pin.start, end: pin.end };
    return { kind: 'rule', start, end: e, authority: `${code} ${number}`, ...(pin ? { pinCite: pin.text } : {}), parts, detail };
  }

  /** `U.S. Const. art. I, § 8, cl. 8`, `U.S. Const. amend. XIV, § 1`, `Cal. Const. art. I, § 2(a)`, `U.S. Const. pmbl.` */
  private constitution(entry: NameEntry, start: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    let k = skipBlanks(text, nameEnd);
    if (k === nameEnd) return undefined;
    const pieces: string[] = [];
    let end = k;
    let pin: Span & { text: string } | undefined;
    const PART = /(pmbl\.)|(art\.|amend\.|§|cl\.|para\.) ?([IVXLC]{1,8}|\d{1,3}[A-Za-z]?)(?![\w])/y;
    for (let n = 0; n < 5; n++) {
      PART.lastIndex = k;
      const m = PART.exec(text);
      if (!m) break;
      const piece = m[1] ?? `${m[2]} ${m[3]}`;
      pieces.push(piece);
      end = PART.lastIndex;
      if (m[2] === 'cl.') pin = { start: k, end, text: piece };
      SUBDIVISIONS.lastIndex = end;
      if (SUBDIVISIONS.exec(text)) {
        pin = { start: end, end: SUBDIVISIONS.lastIndex, text: text.slice(end, SUBDIVISIONS.lastIndex) };
        end = SUBDIVISIONS.lastIndex;
      }
      if (text.charCodeAt(end) !== 44) break;
      const next = skipBlanks(text, end + 1);
      if (next === end + 1) break;
      k = next;
    }
    if (pieces.length === 0) return undefined;
    const authority = `${entry.canonical} ${pieces.join(', ')}`;
    const detail: AuthorityDetail = { code: entry.canonical, codeName: entry.name, jurisdiction: entry.jurisdiction, sections: pieces };
    const parts: Record<string, Span> = { code: { start, end: trimEnd(text, start, nameEnd) } };
    if (pin) parts.pinCite = { start: pin.start, end: pin.end };
    return { kind: 'constitution', start, end, authority, ...(pin ? { pinCite: pin.text } : {}), parts, detail };
  }

  /** `H.R. Rep. No. 94-1476, pt. 1, at 62 (1976)`. */
  private report(entry: NameEntry, start: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    const k = skipBlanks(text, nameEnd);
    const num = /\d{1,3}-\d{1,5}|\d{1,5}(?![\d-])/y;
    num.lastIndex = k;
    const n = num.exec(text);
    if (!n || k === nameEnd) return undefined;
    let end = num.lastIndex;
    if (isWordChar(text.charCodeAt(end))) return undefined;
    let authority = `${entry.canonical} ${n[0]}`;
    const part = /, pt\. \d{1,2}/y;
    part.lastIndex = end;
    if (part.exec(text)) {
      authority += text.slice(end, part.lastIndex);
      end = part.lastIndex;
    }
    let pin: Span & { text: string } | undefined;
    const at = /,? at (\d{1,5}(?:[–-]\d{1,5})?)/y;
    at.lastIndex = end;
    const a = at.exec(text);
    if (a) {
      const pinStart = text.indexOf('at', end);
      pin = { start: pinStart, end: at.lastIndex, text: text.slice(pinStart, at.lastIndex) };
      end = at.lastIndex;
    }
    YEAR_PARENTHETICAL.lastIndex = end;
    if (YEAR_PARENTHETICAL.exec(text)) end = YEAR_PARENTHETICAL.lastIndex;
    const detail: AuthorityDetail = { code: entry.canonical, codeName: entry.name, jurisdiction: entry.jurisdiction, sections: [n[0]] };
    const parts: Record<string, Span> = { code: { start, end: trimEnd(text, start, nameEnd) }, section: { start: k, end: k + n[0].length } };
    if (pin) parts.pinCite = { start: pin.start, end: pin.end };
    return { kind: 'legislative', start, end, authority, ...(pin ? { pinCite: pin.text } : {}), parts, detail };
  }

  /** `Pub. L. No. 117-58, § 3, 135 Stat. 429, 431 (2021)`. */
  private publicLaw(entry: NameEntry, start: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    let k = skipBlanks(text, nameEnd);
    if (k === nameEnd) return undefined;
    if (text.startsWith('No. ', k)) k += 4;
    const num = /(\d{2,3})-(\d{1,4})(?![\w-])/y;
    num.lastIndex = k;
    const n = num.exec(text);
    if (!n) return undefined;
    let end = num.lastIndex;
    const number = `${n[1]}-${String(Number(n[2]))}`;
    let pin: Span & { text: string } | undefined;
    const section = /, (§§? ?\d[\w.]*(?:\([A-Za-z0-9]{1,6}\)){0,6}|tit\. [IVXLC\d]{1,6}(?:, §§? ?\d[\w.]*(?:\([A-Za-z0-9]{1,6}\)){0,6})?)/y;
    section.lastIndex = end;
    const s = section.exec(text);
    if (s) {
      pin = { start: end + 2, end: section.lastIndex, text: s[1] };
      end = section.lastIndex;
    }
    const stat = /, (\d{1,3}) Stat\. (\d{1,5})(?:, (\d{1,5}(?:[–-]\d{1,5})?))?(?![\w])/y;
    stat.lastIndex = end;
    const st = stat.exec(text);
    if (st) end = stat.lastIndex;
    YEAR_PARENTHETICAL.lastIndex = end;
    if (YEAR_PARENTHETICAL.exec(text)) end = YEAR_PARENTHETICAL.lastIndex;
    const detail: AuthorityDetail = { code: entry.canonical, codeName: entry.name, jurisdiction: entry.jurisdiction, sections: [number], ...(st ? { title: st[1] } : {}) };
    const parts: Record<string, Span> = { code: { start, end: trimEnd(text, start, nameEnd) }, section: { start: k, end: k + n[0].length } };
    if (pin) parts.pinCite = { start: pin.start, end: pin.end };
    return { kind: 'session-law', start, end, authority: `${entry.canonical} ${number}`, ...(pin ? { pinCite: pin.text } : {}), parts, detail };
  }

  /** `Restatement (Second) of Torts § 402A cmt. c (Am. L. Inst. 1965)`; `Restatement § 402A cmt. c` (short). */
  private restatement(entry: NameEntry, start: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    RESTATEMENT.lastIndex = nameEnd;
    const series = RESTATEMENT.exec(text);
    let k = series ? RESTATEMENT.lastIndex : nameEnd;
    const code = `Restatement${series ? series[0].replace(/^ ?/, ' ') : ''}`;
    const s = skipBlanks(text, k);
    if (s === k) return undefined;
    k = s;
    const sign = readSign(text, k);
    if (!sign) return undefined;
    const read = readSectionList(text, sign.end, sign.several);
    if (!read || isWordChar(text.charCodeAt(read.end))) return undefined;
    let end = read.end;
    let pin = read.pin;
    NOTE.lastIndex = end;
    const note = NOTE.exec(text);
    if (note) {
      const noteStart = end + (note[0].startsWith(',') ? 2 : 1);
      pin = { start: pin?.start ?? noteStart, end: NOTE.lastIndex, text: text.slice(pin?.start ?? noteStart, NOTE.lastIndex).replace(/^,? /, '') };
      end = NOTE.lastIndex;
    }
    YEAR_PARENTHETICAL.lastIndex = end;
    if (YEAR_PARENTHETICAL.exec(text)) end = YEAR_PARENTHETICAL.lastIndex;
    const detail: AuthorityDetail = { code, codeName: entry.name, jurisdiction: '', sections: read.sections, sign: sign.sign, ...(series ? {} : { short: true }) };
    const parts: Record<string, Span> = { code: { start, end: trimEnd(text, start, k) }, section: { start: read.start, end: read.firstEnd } };
    if (pin) parts.pinCite = { start: pin.start, end: pin.end };
    return { kind: 'secondary', start, end, authority: `${code} ${sign.sign} ${read.written}`, ...(pin ? { pinCite: pin.text } : {}), parts, detail };
  }

  /** `5 Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1234 (4th ed. 2024)`. */
  private treatise(entry: NameEntry, titleStart: number, nameEnd: number): FoundCitation | undefined {
    const text = this.text;
    const k = skipBlanks(text, nameEnd);
    if (k === nameEnd) return undefined;
    let signText: string;
    let after: number;
    let several = false;
    if (text.charCodeAt(k) === 0xb6 /* ¶ */) {
      const two = text.charCodeAt(k + 1) === 0xb6;
      signText = two ? '¶¶' : '¶';
      after = k + signText.length;
      if (text.charCodeAt(after) === 32) after++;
      several = two;
    } else {
      const sign = readSign(text, k);
      if (!sign) return undefined;
      signText = sign.sign;
      after = sign.end;
      several = sign.several;
    }
    const read = readSectionList(text, after, several);
    if (!read || isWordChar(text.charCodeAt(read.end))) return undefined;
    // The volume and author before the title: `5 Charles Alan Wright & Arthur R. Miller, `.
    const window = text.slice(Math.max(0, titleStart - 90), titleStart);
    const by = /(?:^|[\s(;])((\d{1,3}[A-Z]?) )?([A-Z][A-Za-z.'’ &]{1,80}?(?: et al\.)?), $/.exec(window);
    const start = by ? titleStart - by[0].length + (by[0].length - by[0].replace(/^[\s(;]/, '').length) : titleStart;
    const lead = by ? `${by[2] ? `${by[2]} ` : ''}${by[3]}, ` : '';
    let end = read.end;
    YEAR_PARENTHETICAL.lastIndex = end;
    if (YEAR_PARENTHETICAL.exec(text)) end = YEAR_PARENTHETICAL.lastIndex;
    const detail: AuthorityDetail = { code: entry.canonical, codeName: entry.name, jurisdiction: '', sections: read.sections, sign: signText, lead: by ? by[3] : undefined };
    const parts: Record<string, Span> = { code: { start: titleStart, end: nameEnd }, section: { start: read.start, end: read.firstEnd } };
    if (read.pin) parts.pinCite = { start: read.pin.start, end: read.pin.end };
    return { kind: 'secondary', start, end, authority: `${lead}${entry.canonical} ${signText} ${read.written}`, ...(read.pin ? { pinCite: read.pin.text } : {}), parts, detail };
  }

  /**
   * `§ 106(2)`, `§§ 107–108`: a section of the statute or regulation cited last in this paragraph
   * (resolution says which); elsewhere a bare `§` is prose.
   */
  private shortSection(i: number): FoundCitation | undefined {
    if (this.fullWithSign < 0) return undefined;
    const text = this.text;
    const sign = readSign(text, i);
    if (!sign) return undefined;
    const read = readSectionList(text, sign.end, sign.several);
    if (!read || isWordChar(text.charCodeAt(read.end))) return undefined;
    const detail: AuthorityDetail = { sections: read.sections, sign: sign.sign, short: true };
    const parts: Record<string, Span> = { section: { start: read.start, end: read.firstEnd } };
    if (read.pin) parts.pinCite = { start: read.pin.start, end: read.pin.end };
    return { kind: 'statute', start: i, end: read.end, ...(read.pin ? { pinCite: read.pin.text } : {}), parts, detail };
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The text before a secondary source's volume in its sentence (`Samuel D. Warren & Louis D.
 * Brandeis, The Right to Privacy, `), at most 200 characters: what `supra` names it by.
 */
function leadBefore(text: string, volumeStart: number): string | undefined {
  const from = Math.max(0, volumeStart - 200);
  const window = text.slice(from, volumeStart);
  let cut = 0;
  for (let j = window.length - 1; j >= 0; j--) {
    const c = window.charCodeAt(j);
    if (c === 59 || c === 40 || c === 41 || c === 10 || c === 58) {
      cut = j + 1;
      break;
    }
    // A sentence's end: a full stop after a word of three letters or more (not an initial).
    if (c === 46 && j + 1 < window.length && window.charCodeAt(j + 1) === 32 && /[a-z]{3}$/.test(window.slice(Math.max(0, j - 3), j))) {
      cut = j + 1;
      break;
    }
  }
  const lead = window
    .slice(cut)
    .replace(/^\s*(?:See,? e\.g\.,|See also|See generally|See|Cf\.|But see|But cf\.|Compare|Accord|E\.g\.,)\s+/i, '')
    .trim();
  return lead.length > 0 ? lead : undefined;
}

/** Every authority other than a case in the reader text, in document order. */
export function extractStatutesAndRules(reader: ReaderText): FoundCitation[] {
  return new Scanner(reader.text).run();
}

/** Whether the kind is one of this family's. */
export const AUTHORITY_KINDS: readonly CitationKind[] = ['statute', 'regulation', 'rule', 'constitution', 'session-law', 'secondary', 'legislative'];

/**
 * A section pin after `Id.` at `pos`: `§ 1396a(a)(30)(B)`, `§§ 107–108`; its span and text. The
 * case extractor's `Id.` reader asks for it, so that the pin is not cut at a letter.
 */
export function readSectionPin(text: string, pos: number): (Span & { text: string }) | undefined {
  const sign = readSign(text, pos);
  if (!sign || text.charCodeAt(pos) !== 0xa7) return undefined;
  const read = readSectionList(text, sign.end, sign.several);
  if (!read) return undefined;
  let end = read.end;
  NOTE.lastIndex = end;
  if (NOTE.exec(text)) end = NOTE.lastIndex;
  return { start: pos, end, text: text.slice(pos, end) };
}
