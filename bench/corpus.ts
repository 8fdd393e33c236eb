/**
 * A generator of realistic legal drafts for the benchmark and for manual profiling: briefs,
 * opinions, declarations and letter motions, in Markdown or in plain text converted from PDF,
 * with every reporter family, short forms, `Id.`, string cites with signals, docket and exhibit
 * cites with Bates numbers, footnotes, headings, emphasis and escapes, and long paragraphs.
 *
 * Deterministic: the same seed gives the same text, so figures can be compared between commits.
 * Generated at run time, never committed: `node out/bench/corpus.js --pages 300 > brief.md`
 * writes one to look at.
 *
 * A few citations carry the mistakes Brieflint exists to find (a variant reporter spelling, a
 * year outside the series, a pin cite before the first page, an exhibit missing from the list, a
 * Bates number one digit short, a second docket style), at the rate `mistakes`, so that the rules
 * have findings to build and fixes to offer, as in a real draft.
 */
import type { DocumentFormat } from '../server/src/core/text/markdown';
import {
  BATES_STYLES, CIRCUITS, COMPANY_KINDS, COMPANY_WORDS, DISTRICTS, EXHIBIT_DESCRIPTIONS, GOVERNMENT, MONTHS,
  NEUTRAL, PARENTHETICALS, PROSE, SERIES, Series, SIGNALS, STATUTES, SURNAMES,
} from './pieces';
import { Random } from './random';

export type DocumentKind = 'brief' | 'opinion' | 'declaration' | 'letter';

export interface GeneratedDraft {
  kind: DocumentKind;
  format: DocumentFormat;
  text: string;
  /** `exhibits.csv` and `docket.csv` matching what the draft cites (but for the mistakes). */
  exhibitList: string;
  docketList: string;
}

export interface DraftOptions {
  seed: number;
  /** Length in pages of `CHARS_PER_PAGE` characters. */
  pages: number;
  format?: DocumentFormat;
  kind?: DocumentKind;
  /** Share of citations written with a mistake; default 0.03. */
  mistakes?: number;
}

/** Characters per page: a 300-page brief is about a megabyte, as the benchmark targets assume. */
export const CHARS_PER_PAGE = 3500;

/** One draft of about `pages` pages. */
export function generateDraft(options: DraftOptions): GeneratedDraft {
  const random = new Random(options.seed);
  const kind = options.kind ?? 'brief';
  const format = options.format ?? 'markdown';
  const writer = new DraftWriter(random, format, options.mistakes ?? 0.03);
  const target = Math.max(1, options.pages) * CHARS_PER_PAGE;
  switch (kind) {
    case 'brief':
      writer.brief(target);
      break;
    case 'opinion':
      writer.opinion(target);
      break;
    case 'declaration':
      writer.declaration(target);
      break;
    case 'letter':
      writer.letter(target);
      break;
  }
  return { kind, format, text: writer.text(), exhibitList: writer.exhibitList(), docketList: writer.docketList() };
}

/**
 * A body of drafts totalling about `megabytes` MB: a mix of kinds, lengths (5 to 150 pages) and
 * both formats, as a firm's folder of filings would hold.
 */
export function generateCorpus(options: { seed: number; megabytes: number }): GeneratedDraft[] {
  const random = new Random(options.seed);
  const drafts: GeneratedDraft[] = [];
  const target = options.megabytes * 1024 * 1024;
  let total = 0;
  while (total < target) {
    const kind = random.weighted<DocumentKind>(['brief', 'opinion', 'declaration', 'letter'], [5, 3, 1, 1]);
    const pages = kind === 'letter' ? random.int(3, 6) : kind === 'declaration' ? random.int(5, 30) : random.int(15, 150);
    const format: DocumentFormat = random.chance(0.6) ? 'markdown' : 'plaintext';
    const d = generateDraft({ seed: random.int(1, 2 ** 31), pages, kind, format });
    drafts.push(d);
    total += d.text.length;
  }
  return drafts;
}

/** A case cited in full, remembered for the short forms that follow it. */
interface CitedCase {
  /** The name as in the full cite, and the word a short cite uses. */
  name: string;
  shortName: string;
  volume: number;
  reporter: string;
  page: number;
  /** The database or neutral form, whose short cite keeps the whole citation. */
  database?: string;
  /** How a pin cite into the database or neutral form is written: `at *3`, or `¶ 12`. */
  pinStyle?: 'star' | 'paragraph';
}

interface CitedExhibit {
  label: string;
  batesBegin: string;
  batesEnd: string;
  description: string;
  /** Left out of the exhibit list (a mistake the draft should be told about). */
  unlisted: boolean;
}

/** Writes one draft, keeping what it has cited so that short forms and `Id.` point somewhere. */
class DraftWriter {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly cases: CitedCase[] = [];
  /** The case the last citation sentence cited alone (for `Id.`), if any. */
  private idTarget: CitedCase | undefined;
  private readonly exhibits: CitedExhibit[] = [];
  private readonly exhibitLetters: boolean;
  private readonly docketEntries = new Set<number>();
  private readonly docketStyle: string;
  private readonly bates: { prefix: string; width: number };
  private nextBates: number;
  private footnoteCount = 0;
  private readonly pendingFootnotes: string[] = [];
  private readonly moving: string;
  private readonly opposing: string;

  constructor(
    private readonly random: Random,
    private readonly format: DocumentFormat,
    private readonly mistakes: number,
  ) {
    this.exhibitLetters = random.chance(0.2);
    this.docketStyle = random.weighted(['Dkt. No.', 'Dkt.', 'ECF No.', 'Doc.'], [4, 3, 3, 1]);
    this.bates = random.pick(BATES_STYLES);
    this.nextBates = random.int(100, 500000);
    this.moving = random.chance(0.5) ? 'Plaintiffs' : random.pick(COMPANY_WORDS);
    this.opposing = random.chance(0.5) ? 'Defendant' : random.pick(COMPANY_WORDS);
  }

  text(): string {
    return this.parts.join('');
  }

  /** The exhibit list a paralegal keeps beside the draft: every exhibit cited but the planted omissions. */
  exhibitList(): string {
    const rows = ['exhibit,description,bates_begin,bates_end'];
    for (const e of this.exhibits) if (!e.unlisted) rows.push([e.label, e.description, e.batesBegin, e.batesEnd].map(csvCell).join(','));
    return rows.join('\n') + '\n';
  }

  /** The docket as exported: the entries cited, but the planted omissions. */
  docketList(): string {
    const rows = ['entry,date,description'];
    for (const entry of [...this.docketEntries].sort((a, b) => a - b)) rows.push(`${entry},2024-05-01,Motion`);
    return rows.join('\n') + '\n';
  }

  // ——— Documents ———

  brief(target: number): void {
    if (this.markdown && this.random.chance(0.3)) this.write('---\ntitle: Memorandum of Law\ncourt: S.D.N.Y.\n---\n\n');
    this.caption();
    this.heading(1, 'MEMORANDUM OF LAW IN SUPPORT OF MOTION TO COMPEL');
    this.heading(2, 'PRELIMINARY STATEMENT');
    this.paragraphs(2, 3);
    this.heading(2, 'BACKGROUND');
    this.paragraphs(3, 5);
    this.heading(2, 'ARGUMENT');
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
    for (let section = 0; this.length < target - 2000; section++) {
      this.heading(3, `${roman[section % roman.length]}. ${this.random.pick(PROSE).replace(/\{[PD]\}/g, this.opposing).toUpperCase()}`);
      for (let sub = 0; sub < 4 && this.length < target - 2000; sub++) {
        this.heading(4, `${String.fromCharCode(65 + sub)}. ${this.sentence().replace(/\.$/, '')}`);
        this.paragraphs(2, 6);
        this.flushFootnotes();
      }
    }
    this.heading(2, 'CONCLUSION');
    this.paragraph(2);
    this.signature();
    this.flushFootnotes();
  }

  opinion(target: number): void {
    this.caption();
    this.heading(1, 'OPINION AND ORDER');
    this.write(`${this.random.pick(SURNAMES).toUpperCase()}, United States District Judge:\n\n`);
    this.paragraphs(2, 3);
    const sections = ['BACKGROUND', 'LEGAL STANDARD', 'DISCUSSION'];
    for (let s = 0; this.length < target - 1500; s++) {
      this.heading(2, s < sections.length ? sections[s] : `DISCUSSION, PART ${s - 1}`);
      for (let k = 0; k < 5 && this.length < target - 1500; k++) {
        if (this.random.chance(0.15)) this.blockQuote();
        this.paragraphs(1, 4);
        this.flushFootnotes();
      }
    }
    this.heading(2, 'CONCLUSION');
    this.write(`For the foregoing reasons, the motion is GRANTED in part and DENIED in part. The Clerk of Court is respectfully directed to terminate the motion at ${this.docketCite()}.\n\nSO ORDERED.\n`);
  }

  declaration(target: number): void {
    this.caption();
    this.heading(1, `DECLARATION OF ${this.random.pick(SURNAMES).toUpperCase()} IN SUPPORT OF MOTION`);
    this.write('I, the undersigned, declare as follows:\n\n');
    for (let n = 1; this.length < target - 500; n++) {
      const e = this.newExhibit();
      const range = `${e.batesBegin}–${e.batesEnd}`;
      const listMarker = `${n}. `;
      if (this.random.chance(0.7)) {
        this.write(`${listMarker}Attached as Exhibit ${e.label} is a true and correct copy of a ${e.description}, produced as ${this.escapeBates(range)}.`);
      } else {
        this.write(`${listMarker}${this.sentence()} ${this.sentence()}`);
      }
      this.write('\n\n');
    }
    this.write('I declare under penalty of perjury that the foregoing is true and correct.\n');
  }

  letter(target: number): void {
    this.write(`${this.random.pick(MONTHS)} ${this.random.int(1, 28)}, 2025\n\n${this.bold('VIA ECF')}\n\nHon. ${this.random.pick(SURNAMES)}\nUnited States District Court\n\n`);
    this.write(`Re: ${this.italic(`${this.random.pick(SURNAMES)} v. ${this.company()}`)}, ${this.caseNumber()}\n\n`);
    this.write('Dear Judge:\n\n');
    while (this.length < target - 600) {
      this.paragraph(this.random.int(4, 10));
      if (!this.markdown && this.random.chance(0.3)) this.pageHeader();
    }
    this.write('Respectfully submitted,\n\n/s/ Counsel of Record\n');
    this.flushFootnotes();
  }

  // ——— Blocks ———

  private caption(): void {
    const court = this.random.pick(['UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK', 'UNITED STATES DISTRICT COURT\nDISTRICT OF DELAWARE', 'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA']);
    const lines = court.split('\n').map((l) => this.bold(l));
    this.write(`${lines.join(this.markdown ? '  \n' : '\n')}\n\n`);
    this.write(`${this.random.pick(SURNAMES).toUpperCase()}, et al., Plaintiffs,\n\nv.\n\n${this.company().toUpperCase()}, Defendant.\n\n${this.caseNumber()}\n\n`);
  }

  private heading(level: number, title: string): void {
    if (this.markdown) this.write(`${'#'.repeat(level)} ${title}\n\n`);
    else this.write(`${this.random.chance(0.5) ? this.bold(title) : title}\n\n`);
  }

  private paragraphs(min: number, max: number): void {
    const n = this.random.int(min, max);
    for (let i = 0; i < n; i++) this.paragraph(this.random.int(3, 14));
  }

  /** A paragraph of `sentences` sentences: prose, and citation sentences after many of them. */
  private paragraph(sentences: number): void {
    const out: string[] = [];
    this.idTarget = undefined;
    for (let i = 0; i < sentences; i++) {
      out.push(this.sentence());
      const r = this.random.next();
      if (r < 0.3) out.push(this.citationSentence());
      else if (r < 0.4) out.push(this.exhibitSentence());
      else if (r < 0.47) out.push(`(${this.docketCite()}.)`);
      else if (r < 0.55 && this.idTarget) out.push(this.idSentence());
      else if (r < 0.62 && this.cases.length > 0) out.push(this.shortCiteSentence());
      else if (r < 0.65) out.push(`${this.italic('See')} ${this.random.pick(STATUTES)}.`);
      if (this.random.chance(0.04)) out[out.length - 1] += this.footnoteMarker();
    }
    let text = out.join(' ');
    if (!this.markdown && this.random.chance(0.25)) text = this.wrapLines(text); // converted from PDF: hard line breaks
    this.write(`${text}\n\n`);
  }

  private blockQuote(): void {
    const quoted = `${this.sentence()} ${this.sentence()}`;
    this.write(this.markdown ? `> ${quoted}\n\n` : `        ${quoted}\n\n`);
    this.write(`${this.fullCase()}.\n\n`);
  }

  private signature(): void {
    this.write(`Dated: New York, New York\n${this.random.pick(MONTHS)} ${this.random.int(1, 28)}, 2025\n\nRespectfully submitted,\n\n/s/ ${this.random.pick(SURNAMES)}\n\n`);
  }

  /** A running header left inside the text by PDF conversion. */
  private pageHeader(): void {
    this.write(`Hon. ${this.random.pick(SURNAMES)}\n${this.random.pick(MONTHS)} ${this.random.int(1, 28)}, 2025\nPage ${this.random.int(2, 40)}\n\n`);
  }

  private footnoteMarker(): string {
    const n = ++this.footnoteCount;
    this.pendingFootnotes.push(`${this.sentence()} ${this.random.chance(0.5) ? this.citationSentence() : this.exhibitSentence()}`);
    return this.markdown ? `[^${n}]` : `<sup>${n}</sup>`;
  }

  private flushFootnotes(): void {
    if (this.pendingFootnotes.length === 0) return;
    const first = this.footnoteCount - this.pendingFootnotes.length + 1;
    this.pendingFootnotes.forEach((text, i) => {
      this.write(this.markdown ? `[^${first + i}]: ${text}\n\n` : `${first + i} ${text}\n\n`);
    });
    this.pendingFootnotes.length = 0;
  }

  // ——— Sentences ———

  private sentence(): string {
    return this.random
      .pick(PROSE)
      .replace(/\{P\}/g, this.moving)
      .replace(/\{D\}/g, this.opposing);
  }

  /** `See Harmon v. Lindqvist Freight Co., 60 F.3d 913, 920 (2d Cir. 1994) (holding …).` or a string of them. */
  private citationSentence(): string {
    const signal = this.random.chance(0.7) ? `${this.italic(this.random.pick(SIGNALS))} ` : '';
    const count = this.random.chance(0.25) ? this.random.int(2, 4) : 1;
    const cites: string[] = [];
    for (let i = 0; i < count; i++) {
      const kind = this.random.next();
      let cite: string;
      if (kind < 0.72) cite = this.fullCase();
      else if (kind < 0.9) cite = this.databaseCase();
      else cite = this.neutralCase();
      if (this.random.chance(0.3)) cite += ` ${this.random.pick(PARENTHETICALS)}`;
      cites.push(cite);
    }
    // `Id.` may follow only a sentence citing one authority.
    this.idTarget = count === 1 ? this.cases[this.cases.length - 1] : undefined;
    return `${signal}${cites.join('; ')}.`;
  }

  private idSentence(): string {
    const target = this.idTarget!;
    const form = this.random.int(0, 3);
    const at = this.pinInto(target);
    if (form === 0) return 'Id.';
    if (form === 1) return `Id.${at}.`;
    if (form === 2) return `${this.italic('See id.')}${at}.`;
    return `${this.italic('Id.')} (${this.random.pick(PARENTHETICALS).slice(1, -1)}).`;
  }

  private shortCiteSentence(): string {
    const c = this.random.pick(this.cases);
    this.idTarget = c;
    if (this.random.chance(this.mistakes)) return `${this.italic(c.shortName)}, ${this.italic('supra')}, at ${c.page + 2}.`;
    if (c.database) return `${this.italic(c.shortName)}, ${c.database}${c.pinStyle === 'star' ? ',' : ''}${this.pinInto(c)}.`;
    const pin = c.page + this.random.int(0, 40);
    return this.random.chance(0.7)
      ? `${this.italic(c.shortName)}, ${c.volume} ${c.reporter} at ${pin}.`
      : `${this.italic('See')} ${c.volume} ${c.reporter} at ${pin}.`;
  }

  /** ` at 921`, ` at *4` or `, ¶ 12`: a pin cite into a case already cited. */
  private pinInto(c: CitedCase): string {
    if (c.pinStyle === 'star') return ` at ${this.escapeStar(`*${this.random.int(2, 12)}`)}`;
    if (c.pinStyle === 'paragraph') return `, ¶ ${this.random.int(2, 60)}`;
    return ` at ${c.page + this.random.int(0, 30)}`;
  }

  /** `(Ex. 7, NWD_000123456 at 2.)`, `See Exs. 3–5.`, `(Exs. 1, 4.)` */
  private exhibitSentence(): string {
    const r = this.random.next();
    const word = this.exhibitWord();
    if (r < 0.55 || this.exhibits.length < 2) {
      const e = this.exhibits.length > 0 && this.random.chance(0.4) ? this.random.pick(this.exhibits) : this.newExhibit();
      let bates = e.batesBegin;
      if (this.random.chance(this.mistakes)) bates = bates.slice(0, -1); // a digit short
      const at = this.random.chance(0.3) ? ` at ${this.random.int(1, 40)}` : '';
      const desc = this.random.chance(0.5) ? ` (${e.description})` : '';
      return `(${word} ${e.label}, ${this.escapeBates(bates)}${at}${desc}.)`;
    }
    if (r < 0.75) {
      const a = this.random.int(0, this.exhibits.length - 2);
      const b = this.random.int(a + 1, this.exhibits.length - 1);
      return `${this.italic('See')} ${this.exhibitPlural()} ${this.exhibits[a].label}, ${this.exhibits[b].label}.`;
    }
    if (r < 0.9 && !this.exhibitLetters) {
      const first = this.exhibits.length > 3 ? this.random.int(1, this.exhibits.length - 2) : 1;
      while (this.exhibits.length < first + 2) this.newExhibit();
      return `${this.italic('See')} ${this.exhibitPlural()} ${first}–${first + 2}.`;
    }
    const e = this.random.pick(this.exhibits);
    return `${this.italic('See')} Exhibit ${e.label} at ${this.random.int(1, 30)} (${this.escapeBates(`${e.batesBegin}–${e.batesEnd}`)}).`;
  }

  // ——— Citations ———

  /** A full case citation in the Bluebook form of its series, sometimes with a planted mistake. */
  private fullCase(): string {
    const series = this.random.weighted(SERIES, SERIES.map((s) => s.weight));
    const name = this.caseName(series);
    let year = this.random.int(series.from, Math.min(series.until, 2025));
    const volume = volumeFor(series, year, this.random);
    const page = this.random.int(1, 1400);
    let pin: number | undefined = this.random.chance(0.75) ? page + this.random.int(0, 35) : undefined;
    let reporter = series.abbreviation;
    let mistake = this.random.chance(this.mistakes) ? this.random.int(0, 3) : -1;
    if (mistake === 0 && series.variants.length) reporter = this.random.pick(series.variants);
    else if (mistake === 1) year = series.from - this.random.int(1, 20);
    else if (mistake === 2 && pin !== undefined && page > 20) pin = page - this.random.int(1, 15);
    else if (mistake !== 3) mistake = -1;
    const court = this.court(series);
    const parenthetical = mistake === 3 ? '' : ` (${court ? `${court} ` : ''}${year})`;
    this.cases.push({ name: name.full, shortName: name.short, volume, reporter: series.abbreviation, page });
    let cite = `${volume} ${reporter} ${page}${pin !== undefined ? `, ${pin}` : ''}`;
    // Parallel cites for the Supreme Court, now and then.
    if (series.abbreviation === 'U.S.' && this.random.chance(0.2)) {
      cite += `, ${this.random.int(1, 140)} S. Ct. ${this.random.int(1, 3000)}, ${this.random.int(1, 210)} L. Ed. 2d ${this.random.int(1, 1000)}`;
    }
    return `${this.italic(name.full)}, ${cite}${parenthetical}`;
  }

  /** `Name, No. 19-cv-1234, 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020)` or a LEXIS cite. */
  private databaseCase(): string {
    const name = this.caseName(SERIES[0]);
    const year = this.random.int(2005, 2025);
    const lexis = this.random.chance(0.2);
    const database = lexis
      ? `${year} U.S. Dist. LEXIS ${this.random.int(1000, 250000)}`
      : `${year} WL ${this.random.int(100000, 9999999)}`;
    const docket = this.random.chance(0.6) ? `No. ${this.random.int(10, 24)}-cv-${this.random.int(100, 12000)}, ` : '';
    const pin = this.random.chance(0.8) ? `, at ${this.escapeStar(`*${this.random.int(1, 15)}`)}` : '';
    const court = this.random.chance(0.7) ? this.random.pick(DISTRICTS) : this.random.pick(CIRCUITS);
    this.cases.push({ name: name.full, shortName: name.short, volume: 0, reporter: '', page: 0, database, pinStyle: 'star' });
    return `${this.italic(name.full)}, ${docket}${database}${pin} (${court} ${this.random.pick(MONTHS)} ${this.random.int(1, 28)}, ${year})`;
  }

  /** `Name, 2019 ND 12, ¶ 8, 921 N.W.2d 461` */
  private neutralCase(): string {
    const name = this.caseName(SERIES[0]);
    const year = this.random.int(2000, 2025);
    const { state, regional } = this.random.pick(NEUTRAL);
    const series = SERIES.find((s) => s.abbreviation === regional)!;
    const database = `${year} ${state} ${this.random.int(1, 400)}`;
    const paragraph = this.random.chance(0.6) ? `, ¶ ${this.random.int(1, 60)}` : '';
    this.cases.push({ name: name.full, shortName: name.short, volume: 0, reporter: '', page: 0, database, pinStyle: 'paragraph' });
    return `${this.italic(name.full)}, ${database}${paragraph}, ${volumeFor(series, year, this.random)} ${regional} ${this.random.int(1, 1200)}`;
  }

  private caseName(series: Series): { full: string; short: string } {
    const r = this.random.next();
    if (r < 0.12) {
      const gov = this.random.pick(GOVERNMENT);
      const party = this.random.pick(SURNAMES);
      return { full: `${gov} v. ${party}`, short: party };
    }
    if (r < 0.2 && series.court !== 'none') {
      const company = this.company();
      return { full: `In re ${company}`, short: `In re ${company.split(' ')[0]}` };
    }
    const first = this.random.chance(0.5) ? this.random.pick(SURNAMES) : this.company();
    let second = this.random.chance(0.6) ? this.company() : this.random.pick(SURNAMES);
    if (second.split(' ')[0] === first.split(' ')[0]) second = this.random.pick(GOVERNMENT);
    return { full: `${first} v. ${second}`, short: first.split(' ')[0].replace(/,$/, '') };
  }

  private company(): string {
    return `${this.random.pick(COMPANY_WORDS)} ${this.random.pick(COMPANY_KINDS)}`;
  }

  private court(series: Series): string {
    switch (series.court) {
      case 'none':
      case 'implied':
        return '';
      case 'circuit':
        return this.random.pick(CIRCUITS);
      case 'district':
        return this.random.pick(DISTRICTS);
      case 'bankruptcy':
        return `Bankr. ${this.random.pick(DISTRICTS)}`;
      case 'state':
        return this.random.pick(series.states ?? ['N.Y.']);
    }
  }

  /** `Dkt. No. 293`, `Dkt. 69 at ¶¶ 76, 430`, `ECF No. 45 at 3`, `Doc. 12-1`, `ECF Nos. 45, 46`. */
  private docketCite(): string {
    const style = this.random.chance(this.mistakes) ? this.random.pick(['Dkt. No.', 'Dkt.', 'ECF No.']) : this.docketStyle;
    const entry = this.random.int(1, 480);
    this.addDocketEntry(entry);
    const r = this.random.next();
    if (r < 0.35) return `${style} ${entry}`;
    if (r < 0.6) return `${style} ${entry} at ${this.random.int(1, 40)}`;
    if (r < 0.75) return `${style} ${entry} at ¶¶ ${this.random.int(1, 80)}, ${this.random.int(81, 300)}`;
    if (r < 0.85) return `${style} ${entry}-${this.random.int(1, 12)}`;
    const second = entry + 1;
    this.addDocketEntry(second);
    const plural = style === 'Dkt.' ? 'Dkts.' : style.replace('No.', 'Nos.');
    return `${plural} ${entry}, ${second}`;
  }

  private addDocketEntry(entry: number): void {
    if (!this.docketEntries.has(entry) && !this.random.chance(this.mistakes)) this.docketEntries.add(entry);
  }

  private caseNumber(): string {
    return this.random.chance(0.5)
      ? `No. 1:${this.random.int(18, 24)}-cv-${String(this.random.int(100, 12000)).padStart(5, '0')}-${this.random.pick(['SHS', 'AT', 'JPO', 'LGS'])}`
      : `${this.random.int(18, 24)}-cv-${this.random.int(100, 12000)} (${this.random.pick(DISTRICTS)})`;
  }

  private newExhibit(): CitedExhibit {
    const n = this.exhibits.length + 1;
    const label = this.exhibitLetters ? letterLabel(n) : this.random.chance(0.05) ? `${n}-${this.random.pick(['A', 'B'])}` : String(n);
    const begin = this.nextBates;
    const pages = this.random.int(1, 40);
    this.nextBates += pages + this.random.int(0, 500);
    const e: CitedExhibit = {
      label,
      batesBegin: this.batesNumber(begin),
      batesEnd: this.batesNumber(begin + pages - 1),
      description: this.random.pick(EXHIBIT_DESCRIPTIONS),
      unlisted: this.random.chance(this.mistakes),
    };
    this.exhibits.push(e);
    return e;
  }

  private batesNumber(n: number): string {
    return `${this.bates.prefix}${String(n).padStart(this.bates.width, '0')}`;
  }

  private exhibitWord(): string {
    return this.random.weighted(['Ex.', 'Exhibit'], [5, 1]);
  }

  private exhibitPlural(): string {
    return this.random.weighted(['Exs.', 'Exhibits'], [5, 1]);
  }

  // ——— Markup ———

  private get markdown(): boolean {
    return this.format === 'markdown';
  }

  /** Italics as the draft writes them: Markdown emphasis, or leftover markup in converted text. */
  private italic(s: string): string {
    if (this.markdown) return this.random.chance(0.85) ? `*${s}*` : `_${s}_`;
    return this.random.chance(0.3) ? `*${s}*` : s;
  }

  private bold(s: string): string {
    return this.markdown || this.random.chance(0.5) ? `**${s}**` : s;
  }

  /** Bates numbers as PDF conversion and careful Markdown writers leave them: `NWD\_000123`. */
  private escapeBates(s: string): string {
    const escape = this.markdown ? this.random.chance(0.2) : this.random.chance(0.5);
    return escape ? s.replace(/_/g, '\\_') : s;
  }

  /** `*3` in a star-page pin: escaped in most Markdown drafts, raw in some (and in plain text). */
  private escapeStar(s: string): string {
    return this.markdown && this.random.chance(0.8) ? s.replace('*', '\\*') : s;
  }

  /** Hard line breaks every 70–95 characters, as text converted from a PDF has. */
  private wrapLines(text: string): string {
    const out: string[] = [];
    let lineStart = 0;
    let lastSpace = -1;
    const width = this.random.int(70, 95);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ') lastSpace = i;
      if (i - lineStart >= width && lastSpace > lineStart) {
        out.push(text.slice(lineStart, lastSpace));
        lineStart = lastSpace + 1;
      }
    }
    out.push(text.slice(lineStart));
    return out.join(this.random.chance(0.3) ? '  \n' : '\n');
  }

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

/** A volume of `series` published around `year`: volumes run roughly evenly over the series' years. */
function volumeFor(series: Series, year: number, random: Random): number {
  const span = Math.max(1, Math.min(series.until, 2025) - series.from);
  const share = Math.min(1, Math.max(0, (year - series.from) / span));
  return Math.max(1, Math.min(series.maxVolume, Math.round(share * series.maxVolume) + random.int(-3, 3)));
}

/** A CSV cell as a spreadsheet writes it: quoted when it holds a comma or a quote. */
function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `A`, `B`, … `Z`, `AA`, `BB`, … as exhibit letters run on. */
function letterLabel(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** `node out/bench/corpus.js [--pages N] [--seed S] [--kind brief|opinion|declaration|letter] [--plaintext]` */
if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: string): string => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const draft = generateDraft({
    seed: Number(value('--seed', '1')),
    pages: Number(value('--pages', '10')),
    kind: value('--kind', 'brief') as DocumentKind,
    format: args.includes('--plaintext') ? 'plaintext' : 'markdown',
  });
  process.stdout.write(draft.text);
}
