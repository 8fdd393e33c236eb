import { RuleContext, sharedKey } from '../../analysis';
import { findingsOf } from '../../rules/rule';
import type { Citation, Finding, Fix, RelatedLocation, Span } from '../../types';
import { nameHolds, shortName } from './names';
import { CaseTables, Edition, TABLES } from './tables';
import { caseDetail } from './types';

/**
 * Rules on case citations:
 *
 * - `reporter-unknown` — a volume–abbreviation–page citation whose reporter is no known reporter;
 *   fixes: the nearest real reporters.
 * - `reporter-nonstandard` — a known reporter in a variant spelling; fix: the Bluebook form.
 * - `reporter-date-mismatch` — the year lies outside the years of the reporter's series (a year
 *   of tolerance at each end, more where the table knows the years only roughly).
 * - `court-reporter-mismatch` — the court in the parenthetical does not publish in the reporter.
 * - `pin-before-page` — a pin cite before the first page.
 * - `citation-incomplete` — a full citation without its year, or without the court where the
 *   reporter does not imply one.
 * - `short-cite-unresolved` — a short cite or `Id.` with nothing before it to refer to.
 * - `id-ambiguous` — `Id.` right after a string of several authorities.
 * - `supra-case` — `supra` for a case.
 *
 * Where the evidence is thin the rules stay silent: a false alarm in a filing teaches a lawyer to
 * ignore the tool.
 */
export function caseRules(ctx: RuleContext): Finding[] {
  const rules = new CaseRules(ctx, TABLES);
  return rules.run();
}

class CaseRules {
  private readonly citations: Citation[];
  private readonly source: string;
  /**
   * Whether the ids are `c1`, `c2`, … in order (as `analyze` numbers them): then an id names its
   * index and no map is needed. Otherwise (citations built by hand) the maps below are built.
   */
  private readonly sequentialIds: boolean;
  private byIdMap?: Map<string, Citation>;
  private indexMap?: Map<Citation, number>;
  /** Full case citations by reporter and volume, in document order (built when first asked for). */
  private fullByReporterMap?: Map<string | undefined, Map<string | undefined, Citation[]>>;

  constructor(private readonly ctx: RuleContext, private readonly tables: CaseTables) {
    this.citations = ctx.analysis.citations;
    this.source = ctx.analysis.draft.text;
    let sequential = true;
    for (let i = 0; i < this.citations.length && sequential; i++) sequential = idNumber(this.citations[i].id) === i + 1;
    this.sequentialIds = sequential;
  }

  run(): Finding[] {
    const findings: Finding[] = [];
    for (const c of this.citations) {
      // Each citation's rules in a fixed order (findings of equal position keep it).
      switch (c.kind) {
        case 'case': {
          const edition = this.edition(c);
          add(findings, this.reporterUnknown(c));
          add(findings, this.reporterNonstandard(c, edition));
          add(findings, this.dateMismatch(c, edition));
          add(findings, this.courtMismatch(c, edition));
          add(findings, this.pinBeforePage(c));
          add(findings, this.incomplete(c));
          break;
        }
        case 'case-short':
          add(findings, this.reporterUnknown(c));
          add(findings, this.reporterNonstandard(c, this.edition(c)));
          add(findings, this.pinBeforePage(c));
          add(findings, this.unresolved(c));
          break;
        case 'id':
          add(findings, this.unresolved(c));
          add(findings, this.idAmbiguous(c));
          break;
        case 'supra':
          add(findings, this.supraCase(c));
          add(findings, this.pinBeforePage(c));
          break;
      }
    }
    return findings;
  }

  /** The citation with this id (the last one, were ids repeated). */
  private byId(id: string): Citation | undefined {
    if (this.sequentialIds) {
      const n = idNumber(id);
      return n > 0 ? this.citations[n - 1] : undefined;
    }
    this.byIdMap ??= new Map(this.citations.map((c) => [c.id, c]));
    return this.byIdMap.get(id);
  }

  /** The index of a citation in document order. */
  private indexOf(c: Citation): number | undefined {
    if (this.sequentialIds) {
      const i = idNumber(c.id) - 1;
      return this.citations[i] === c ? i : undefined;
    }
    this.indexMap ??= new Map(this.citations.map((o, i) => [o, i]));
    return this.indexMap.get(c);
  }

  /** Full case citations of this volume and reporter, in document order. */
  private fullByReporter(volume: string | undefined, reporter: string | undefined): Citation[] | undefined {
    let byReporter = this.fullByReporterMap;
    if (!byReporter) {
      byReporter = new Map();
      for (const c of this.citations) {
        if (c.kind !== 'case') continue;
        let byVolume = byReporter.get(c.reporter);
        if (!byVolume) byReporter.set(c.reporter, (byVolume = new Map()));
        const list = byVolume.get(c.volume);
        if (list) list.push(c);
        else byVolume.set(c.volume, [c]);
      }
      this.fullByReporterMap = byReporter;
    }
    return byReporter.get(reporter)?.get(volume);
  }

  private written(span: Span): string {
    return this.source.slice(span.start, span.end);
  }

  private edition(c: Citation): Edition | undefined {
    const key = caseDetail(c).edition;
    return key ? this.tables.editionByKey(key) : undefined;
  }

  private readonly nearestCache = new Map<string, string[]>();

  /** The real reporters nearest to an unknown spelling (each spelling looked up once per check). */
  private nearest(written: string): string[] {
    let found = this.nearestCache.get(written);
    if (!found) this.nearestCache.set(written, (found = this.tables.nearestReporters(written, 3)));
    return found;
  }

  private line(offset: number): number {
    return this.ctx.analysis.lines.positionAt(offset).line + 1;
  }

  // ---- the reporter ---------------------------------------------------------------------------

  private reporterUnknown(c: Citation): Finding | undefined {
    const span = c.parts?.reporter;
    if (caseDetail(c).reporterKnown !== false || !span) return undefined;
    const written = c.reporterAsWritten ?? this.written(span);
    const nearest = this.nearest(written);
    const fixes: Fix[] = nearest.map((r) => ({
      title: `Change "${written}" to "${r}"`,
      edits: [{ start: span.start, end: span.end, newText: this.ctx.analysis.reader.escapeLike(span.start, span.end, r) }],
    }));
    const hint = nearest.length === 0 ? '' : nearest.length === 1 ? ` Did you mean "${nearest[0]}"?` : ` Did you mean ${orList(nearest.map((r) => `"${r}"`))}?`;
    return {
      code: 'reporter-unknown',
      severity: 'error',
      start: span.start,
      end: span.end,
      citations: [c.id],
      message: `"${written}" is not a reporter Brieflint knows.${hint}`,
      fixes,
    };
  }

  private reporterNonstandard(c: Citation, edition: Edition | undefined): Finding | undefined {
    const d = caseDetail(c);
    const span = c.parts?.reporter;
    if (!span || d.reporterKnown !== true || d.reporterCanonical !== false || !edition) return undefined;
    const written = c.reporterAsWritten ?? this.written(span);
    const canonical = canonicalSpelling(edition, written);
    const fixes: Fix[] = canonical
      ? [{
          title: `Change "${written}" to "${canonical}"`,
          edits: [{ start: span.start, end: span.end, newText: this.ctx.analysis.reader.escapeLike(span.start, span.end, canonical) }],
          preferred: true,
        }]
      : [];
    return {
      code: 'reporter-nonstandard',
      severity: 'warning',
      start: span.start,
      end: span.end,
      citations: [c.id],
      message: `The Bluebook abbreviates the ${edition.name} "${canonical ?? edition.abbreviation}", not "${written}".`,
      fixes,
    };
  }

  /** The year lies outside the series' years. */
  private dateMismatch(c: Citation, edition: Edition | undefined): Finding | undefined {
    const yearSpan = c.parts?.year;
    if (!edition || c.year === undefined || !yearSpan) return undefined;
    if (this.tables.yearsFit(edition, c.year) !== 'no') return undefined;
    const years = edition.end === null ? `${edition.start} on` : `${edition.start} to ${edition.end}`;
    // Another series of the same reporter that covers the year is the likely intent.
    const fitting = this.tables.otherSeries(edition).filter((e) => this.tables.yearsFit(e, c.year!) === 'yes' && !e.volumeIsYear);
    const reporterSpan = c.parts?.reporter;
    const fixes: Fix[] = reporterSpan && fitting.length === 1
      ? [{
          title: `Change "${c.reporterAsWritten}" to "${fitting[0].abbreviation}"`,
          edits: [{ start: reporterSpan.start, end: reporterSpan.end, newText: this.ctx.analysis.reader.escapeLike(reporterSpan.start, reporterSpan.end, fitting[0].abbreviation) }],
        }]
      : [];
    const related: RelatedLocation[] = reporterSpan ? [{ ...reporterSpan, message: `${edition.abbreviation}: decisions from ${years}` }] : [];
    return {
      code: 'reporter-date-mismatch',
      severity: 'warning',
      start: yearSpan.start,
      end: yearSpan.end,
      citations: [c.id],
      message: `${edition.abbreviation} reports decisions from ${years}; this citation gives ${c.year}.${fitting.length === 1 ? ` ${fitting[0].abbreviation} covers ${c.year}.` : ''}`,
      fixes,
      related,
    };
  }

  /** The court in the parenthetical does not publish in the reporter. */
  private courtMismatch(c: Citation, edition: Edition | undefined): Finding | undefined {
    const courtSpan = c.parts?.court;
    if (!edition || !c.court || !courtSpan) return undefined;
    const court = this.tables.lookupCourt(c.court, edition.state);
    if (!court || this.tables.courtFitsReporter(court, edition, c.year) !== 'no') return undefined;
    const name = court.court?.name ?? c.court;
    const reporterSpan = c.parts?.reporter;
    return {
      code: 'court-reporter-mismatch',
      severity: 'warning',
      start: courtSpan.start,
      end: courtSpan.end,
      citations: [c.id],
      message: `The ${edition.name} (${edition.abbreviation}) does not report decisions of the ${name} ("${c.court}"). Check the reporter and the court.`,
      fixes: [],
      related: reporterSpan ? [{ ...reporterSpan, message: `${edition.abbreviation}: ${edition.name}` }] : [],
    };
  }

  // ---- pin cites --------------------------------------------------------------------------------

  private pinBeforePage(c: Citation): Finding | undefined {
    const pinSpan = c.parts?.pinCite;
    if (!pinSpan || !c.pinCite) return undefined;
    const d = caseDetail(c);
    if (d.form !== undefined && d.form !== 'print') return undefined; // database and neutral cites pin to stars and paragraphs
    const pin = firstPinPage(c.pinCite);
    let page: number | undefined;
    let pageAt: Span | undefined;
    if (c.kind === 'case') {
      page = c.page && allDigits(c.page) ? Number(c.page) : undefined;
      pageAt = c.parts?.page;
    } else {
      const target = c.antecedent ? this.byId(c.antecedent) : undefined;
      page = target?.page && allDigits(target.page) ? Number(target.page) : undefined;
      pageAt = target?.parts?.page;
    }
    if (pin === undefined || page === undefined || pin >= page) return undefined;
    return {
      code: 'pin-before-page',
      severity: 'error',
      start: pinSpan.start,
      end: pinSpan.end,
      citations: [c.id],
      message: `Pin cite ${pin} comes before the opinion's first page, ${page}: a pin cite names a page of the opinion, at or after its first page.`,
      fixes: [],
      related: pageAt && c.kind !== 'case' ? [{ ...pageAt, message: `first page ${page}` }] : [],
    };
  }

  // ---- completeness -----------------------------------------------------------------------------

  /** No year; or no court where the reporter implies none. Checked once per authority. */
  private incomplete(c: Citation): Finding | undefined {
    const d = caseDetail(c);
    if ((d.members ?? 1) - 1 !== (d.member ?? 0)) return undefined; // the parenthetical follows the last parallel citation
    if (d.reporterKnown === false || d.form === 'neutral') return undefined;
    const principal = this.principal(c);
    const edition = this.edition(principal);
    if (!edition) return undefined;
    // `T.C. Memo. 2019-12`, `2020 WI 5`: the year is the volume and the reporter names the court.
    const yearInCitation = edition.volumeIsYear || edition.form === 'reporter-year-dash-number';
    if (yearInCitation && this.tables.impliedCourt(edition)) return undefined;
    const span = { start: principal.start, end: c.end };
    if (d.parenthetical === 'none') {
      const model = this.sameCaseWithParenthetical(principal);
      const insertAt = c.parts?.pinCite?.end ?? c.parts?.page?.end ?? c.end;
      const fixes: Fix[] = model
        ? [{ title: `Add "${model.text}" (as cited at line ${this.line(model.span.start)})`, edits: [{ start: insertAt, end: insertAt, newText: ` ${model.text}` }] }]
        : [];
      return {
        code: 'citation-incomplete',
        severity: 'warning',
        start: span.start,
        end: span.end,
        citations: [c.id],
        message: edition.volumeIsYear
          ? `This citation to ${edition.abbreviation} has no parenthetical with the court and the date of decision ("(S.D.N.Y. Mar. 3, 2020)").`
          : `This full citation has no year${this.tables.impliedCourt(edition) ? '' : ' and no court'}: add a parenthetical such as "(${this.tables.impliedCourt(edition) ? '' : 'court '}year)".`,
        fixes,
      };
    }
    if (d.parenthetical !== 'court-year' || c.court || this.tables.impliedCourt(edition)) return undefined;
    const model = this.sameCaseWithParenthetical(principal);
    const parenSpan = c.parts?.parenthetical;
    const fixes: Fix[] = model && model.court && parenSpan
      ? [{
          title: `Add the court "${model.court}" (as cited at line ${this.line(model.span.start)})`,
          edits: [{ start: parenSpan.start + 1, end: parenSpan.start + 1, newText: `${model.court} ` }],
        }]
      : [];
    return {
      code: 'citation-incomplete',
      severity: 'warning',
      start: span.start,
      end: span.end,
      citations: [c.id],
      message: `The parenthetical names no court, and ${edition.abbreviation} does not imply one: put the court before the year${model?.court ? ` ("${model.court}")` : ''}.`,
      fixes,
    };
  }

  private principal(c: Citation): Citation {
    const d = caseDetail(c);
    if (!d.member) return c;
    const index = this.indexOf(c) ?? 0;
    for (let k = index - 1; k >= 0 && index - k <= (d.member ?? 0); k--) {
      const p = this.citations[k];
      if (caseDetail(p).authority === d.authority && !caseDetail(p).member) return p;
    }
    return c;
  }

  /** Another full citation of the same case (volume, reporter, page) with a court-and-year parenthetical. */
  private sameCaseWithParenthetical(c: Citation): { text: string; court?: string; span: Span } | undefined {
    const sameReporter = this.fullByReporter(c.volume, c.reporter) ?? [];
    for (const o of sameReporter.slice(0, 64)) {
      if (o === c || o.page !== c.page) continue;
      if (c.caseName && o.caseName && !nameHolds(o.caseName, c.caseName) && !nameHolds(c.caseName, o.caseName)) continue;
      const last = this.lastMember(o);
      const paren = last.parts?.parenthetical;
      if (caseDetail(last).parenthetical !== 'court-year' || !paren) continue;
      return { text: this.written(paren), court: last.court, span: paren };
    }
    return undefined;
  }

  private lastMember(c: Citation): Citation {
    const d = caseDetail(c);
    const index = this.indexOf(c) ?? 0;
    const last = index + ((d.members ?? 1) - 1 - (d.member ?? 0));
    const candidate = this.citations[last];
    return candidate && caseDetail(candidate).authority === d.authority ? candidate : c;
  }

  // ---- short forms --------------------------------------------------------------------------------

  private unresolved(c: Citation): Finding | undefined {
    if (c.antecedent) return undefined;
    const d = caseDetail(c);
    if (c.kind === 'id') {
      if (d.ambiguous || d.ambiguousChain || !this.idHasNothingBefore(c)) return undefined;
      return {
        code: 'short-cite-unresolved',
        severity: 'error',
        start: c.start,
        end: c.end,
        citations: [c.id],
        message: `"${c.text}" refers to the authority cited just before it, but nothing is cited before it in this draft.`,
        fixes: [],
      };
    }
    if (d.reporterKnown === false) return undefined;
    const later = (this.fullByReporter(c.volume, c.reporter) ?? []).find((o) => o.start > c.start);
    return {
      code: 'short-cite-unresolved',
      severity: 'error',
      start: c.start,
      end: c.end,
      citations: [c.id],
      message: later
        ? `The short cite "${c.text}" comes before the full citation of ${c.volume} ${c.reporter} (line ${this.line(later.start)}): cite the case in full the first time.`
        : `The short cite "${c.text}" has no full citation of ${c.volume} ${c.reporter} before it in this draft.`,
      fixes: [],
      related: later ? [{ start: later.start, end: later.end, message: 'the full citation' }] : [],
    };
  }

  /**
   * Whether nothing an `Id.` could refer to comes before it: no citation at all, and no record
   * cite Brieflint does not read (a declaration's paragraph, a transcript page) in the text before.
   */
  private idHasNothingBefore(c: Citation): boolean {
    if (this.citations.some((o) => o.start < c.start)) return false;
    return !RECORD_CITE.test(this.source.slice(0, c.start));
  }

  private idAmbiguous(c: Citation): Finding | undefined {
    const d = caseDetail(c);
    if (!d.ambiguous || !d.candidates) return undefined;
    const candidates = d.candidates.map((id) => this.byId(id)).filter((x): x is Citation => x !== undefined);
    const names = candidates.map((x) => x.caseName ?? x.text);
    const fixes: Fix[] = [];
    for (const target of candidates) {
      const fix = this.replaceId(c, target);
      if (fix) fixes.push(fix);
    }
    return {
      code: 'id-ambiguous',
      severity: 'warning',
      start: c.start,
      end: c.end,
      citations: [c.id, ...candidates.map((x) => x.id)],
      message: `"${c.text}" follows a string of ${candidates.length} authorities (${names.join('; ')}); a reader cannot tell which one it means. Use a short form of the one meant.`,
      fixes,
      related: candidates.map((x) => ({ start: x.start, end: x.end, message: x.caseName ?? x.text })),
    };
  }

  /**
   * A fix that writes a short form of `target` in place of `Id.`: the word `Id.` (with emphasis
   * markers that wrap just it) becomes `Roe, 410 U.S.`; the pin cite after it (` at 178`) stays.
   */
  private replaceId(c: Citation, target: Citation): Fix | undefined {
    if (c.pinCite && !/^\*?\d/.test(c.pinCite)) return undefined; // `Id. ¶ 5` has no short form of a case
    let lead: string;
    if (target.kind === 'statute' || target.kind === 'rule') {
      if (c.pinCite) return undefined;
      lead = target.text;
    } else if (target.kind === 'case' && target.volume && target.reporter && caseDetail(target).reporterKnown !== false) {
      const word = this.idWord(c);
      const name = this.shortNameUsed(target) ?? (target.caseName ? shortName(target.caseName) : undefined);
      const styled = name ? (word.insideEmphasis ? name : this.emphasised(target, name)) : undefined;
      lead = `${styled ? `${styled}, ` : ''}${target.volume} ${target.reporter}${c.pinCite ? '' : ` ${target.page ?? ''}`}`.trimEnd();
    } else {
      return undefined;
    }
    const word = this.idWord(c);
    const shortForm = `${lead.replace(/[*_]/g, '')}${c.pinCite ? ` at ${c.pinCite}` : ''}`;
    return { title: `Replace "${c.text}" with "${shortForm}"`, edits: [{ start: word.start, end: word.end, newText: lead }] };
  }

  /**
   * The source span of the word `Id.` of an `Id.` citation, widened over emphasis markers that
   * wrap just the word (`*Id.*`); and whether the word sits inside a longer emphasis (`*See id.*`).
   */
  private idWord(c: Citation): Span & { insideEmphasis: boolean } {
    const source = this.source;
    const length = /^(?:Ibid|ibid)\./.test(c.text) ? 5 : 3;
    let start = c.start;
    let end = c.start + length;
    const before = source[start - 1];
    if ((before === '*' || before === '_') && source[end] === before) {
      start--;
      end++;
      return { start, end, insideEmphasis: false };
    }
    // Inside a longer emphasis: a marker closes after the word before the line ends.
    const rest = source.slice(end, Math.min(source.length, end + 40));
    const closes = /^[^\n*_]*[*_]/.test(rest) && (source.lastIndexOf('*', start) > source.lastIndexOf('\n', start) || source.lastIndexOf('_', start) > source.lastIndexOf('\n', start));
    return { start, end, insideEmphasis: closes };
  }

  /** The name the draft itself gives `target` in a short form (`Iqbal, 556 U.S. at 678`), if it does. */
  private shortNameUsed(target: Citation): string | undefined {
    return this.shortNames().get(caseKey(target));
  }

  private shortNamesByCase?: Map<string, string>;

  /** The first name each case (volume, reporter, page) is given in a short form or supra. */
  private shortNames(): Map<string, string> {
    if (!this.shortNamesByCase) {
      const names = new Map<string, string>();
      for (const c of this.citations) {
        if ((c.kind !== 'case-short' && c.kind !== 'supra') || !c.antecedent || !c.caseName) continue;
        const target = this.byId(c.antecedent);
        if (target && !names.has(caseKey(target))) names.set(caseKey(target), c.caseName);
      }
      this.shortNamesByCase = names;
    }
    return this.shortNamesByCase;
  }

  /** `name` wrapped in the emphasis marker the draft puts around `target`'s case name, if any. */
  private emphasised(target: Citation, name: string): string {
    const marker = caseDetail(target).nameMarker;
    return marker ? `${marker}${name}${marker}` : name;
  }

  private supraCase(c: Citation): Finding | undefined {
    const target = c.antecedent ? this.byId(c.antecedent) : undefined;
    const supra = c.parts?.supra;
    if (!target || target.kind !== 'case' || !supra || !target.volume || !target.reporter) return undefined;
    const pin = c.parts?.pinCite;
    // No fix that would copy an unknown reporter into new text, or write a pin cite before the
    // first page (a separate finding says so): a quick fix must not bring a new error with it.
    const safe = caseDetail(target).reporterKnown !== false && !this.pinBeforePage(c);
    const start = widenOverMarkers(this.source, supra);
    const replacement = pin ? `${target.volume} ${target.reporter} at ` : `${target.volume} ${target.reporter} ${target.page ?? ''}`.trimEnd();
    const editEnd = pin ? pin.start : start.end;
    const shortForm = pin ? `${replacement}${this.written(pin)}` : replacement;
    return {
      code: 'supra-case',
      severity: 'warning',
      start: c.start,
      end: c.end,
      citations: [c.id, target.id],
      message: `"supra" is not used for cases (Bluebook rule 10.9); write the short form "${c.caseName}, ${shortForm}".`,
      fixes: safe ? [{ title: `Write "${shortForm}" instead of "supra"`, edits: [{ start: start.start, end: editEnd, newText: replacement }], preferred: true }] : [],
      related: [{ start: target.start, end: target.end, message: 'the full citation' }],
    };
  }
}

/** Text that shows a record cite Brieflint does not read: a paragraph or section mark, a declaration, a transcript. */
const RECORD_CITE = /¶|§|\b(?:Decl|Dep|Tr|Aff|Compl|Br|Mem|Op|Ex|Exs|R|J\.A|App|Supp|Hr'g|Ans|Mot|Opp)\.|\bat \d/;

/** The span widened over emphasis markers that wrap exactly it (`*supra*`), so an edit removes them too. */
function widenOverMarkers(source: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start > 0 && end < source.length && (source[start - 1] === '*' || source[start - 1] === '_') && source[end] === source[start - 1]) {
    start--;
    end++;
  }
  return { start, end };
}

/** One case, however often cited in full: its volume, reporter and first page. */
function caseKey(c: Citation): string {
  return `${c.volume}|${c.reporter}|${c.page}`;
}

/** The first page a pin cite names (`920` in `920-21`, `920 n.5`); undefined for star pages and paragraphs. */
export function firstPinPage(pin: string): number | undefined {
  let n = 0;
  let i = 0;
  for (; i < pin.length && i < 6; i++) {
    const c = pin.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return i > 0 ? n : undefined;
}

/** Whether a string is one or more ASCII digits. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The number of an id `c12` (12); 0 for any other shape. */
function idNumber(id: string | undefined): number {
  if (typeof id !== 'string' || id.length < 2 || id.length > 10 || id.charCodeAt(0) !== 99 /* c */ || id.charCodeAt(1) === 48) return 0;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
    n = n * 10 + (c - 48);
  }
  return n;
}

function add(findings: Finding[], f: Finding | undefined): void {
  if (f) findings.push(f);
}

/** The Bluebook spelling of `edition` that `written` stands for (`IL App (2d)` for `IL App(2d)`). */
function canonicalSpelling(edition: Edition, written: string): string | undefined {
  if (edition.spellings.length === 1) return edition.spellings[0];
  const bare = (s: string) => s.replace(/\s+/g, '').replace(/[’]/g, "'");
  return edition.spellings.find((s) => bare(s) === bare(written));
}

function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const PASS = sharedKey<Map<string, Finding[]>>('cases pass');

/** The findings of one rule of code `code`, from the one pass that finds them all. */
export function caseFindings(ctx: RuleContext, code: string): Finding[] {
  return findingsOf(ctx, PASS, caseRules, code);
}
