/**
 * What the rules of the cases family compute alike, made once per check (`ctx.shared`): the
 * draft's citations looked up by id and by position, the full citations of each volume and
 * reporter, the edition each citation was read as, and the reporter and court tables.
 *
 * A rule asks `caseCitations(ctx)` for them and walks the citations of its kinds with `findEach`;
 * what only one rule needs (the nearest reporters of a spelling, the short names a draft uses)
 * stays in that rule's file.
 */
import { RuleContext, sharedKey } from '../../../analysis';
import type { ReaderText } from '../../../text/readerText';
import type { Citation, CitationKind, Finding, Span } from '../../../types';
import { CaseTables, Edition, TABLES } from '../tables';
import { caseDetail } from '../types';

export class CaseCitations {
  readonly citations: readonly Citation[];
  /** The draft's text as in the file (the offsets of citations and parts point into it). */
  readonly source: string;
  readonly reader: ReaderText;
  /**
   * Whether the ids are `c1`, `c2`, … in order (as `analyze` numbers them): then an id names its
   * index and no map is needed. Otherwise (citations built by hand) the maps below are built.
   */
  private readonly sequentialIds: boolean;
  private byIdMap?: Map<string, Citation>;
  private indexMap?: Map<Citation, number>;
  private kindBitsArray?: Uint8Array;
  /** The edition of each citation, by index (made with the kind bits). */
  private editions: Array<Edition | undefined> = [];
  /** Full case citations by reporter and volume, in document order (built when first asked for). */
  private fullByReporterMap?: Map<string | undefined, Map<string | undefined, Citation[]>>;

  constructor(private readonly ctx: RuleContext, readonly tables: CaseTables) {
    this.citations = ctx.analysis.citations;
    this.source = ctx.analysis.draft.text;
    this.reader = ctx.analysis.reader;
    let sequential = true;
    for (let i = 0; i < this.citations.length && sequential; i++) sequential = idNumber(this.citations[i].id) === i + 1;
    this.sequentialIds = sequential;
  }

  /** The citation with this id (the last one, were ids repeated). */
  byId(id: string): Citation | undefined {
    if (this.sequentialIds) {
      const n = idNumber(id);
      return n > 0 ? this.citations[n - 1] : undefined;
    }
    this.byIdMap ??= new Map(this.citations.map((c) => [c.id, c]));
    return this.byIdMap.get(id);
  }

  /** The index of a citation in document order. */
  indexOf(c: Citation): number | undefined {
    if (this.sequentialIds) {
      const i = idNumber(c.id) - 1;
      return this.citations[i] === c ? i : undefined;
    }
    this.indexMap ??= new Map(this.citations.map((o, i) => [o, i]));
    return this.indexMap.get(c);
  }

  /** A bit per citation for its kind (`KIND_BIT`), made when first asked for. */
  kindBits(): Uint8Array {
    if (!this.kindBitsArray) {
      // One pass for the kinds and the editions: four rules ask each case citation's edition.
      const bits = new Uint8Array(this.citations.length);
      const editions = new Array<Edition | undefined>(bits.length);
      for (let i = 0; i < bits.length; i++) {
        const c = this.citations[i];
        bits[i] = KIND_BIT[c.kind] ?? 0;
        editions[i] = this.edition(c);
      }
      this.kindBitsArray = bits;
      this.editions = editions;
    }
    return this.kindBitsArray;
  }

  /** Full case citations of this volume and reporter, in document order. */
  fullByReporter(volume: string | undefined, reporter: string | undefined): Citation[] | undefined {
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

  /** The text of a span of the draft, as in the file. */
  written(span: Span): string {
    return this.source.slice(span.start, span.end);
  }

  /** The edition of the citation at `index` (in a rule's walk, `findEach`). */
  editionAt(index: number): Edition | undefined {
    if (!this.kindBitsArray) this.kindBits();
    return this.editions[index];
  }

  /** The edition the extractor chose for a citation from its volume, year and court. */
  edition(c: Citation): Edition | undefined {
    const key = caseDetail(c).edition;
    return key ? this.tables.editionByKey(key) : undefined;
  }

  /** The 1-based line of an offset, for messages. */
  line(offset: number): number {
    return this.ctx.analysis.lines.positionAt(offset).line + 1;
  }
}

const CASES = sharedKey<CaseCitations>('cases: citations, lookups and tables');

/** The draft's case citations with their lookups, made once per check. */
export function caseCitations(ctx: RuleContext): CaseCitations {
  return ctx.shared(CASES, () => new CaseCitations(ctx, TABLES));
}

/** The kinds of citation the family's rules look at. */
export type CaseKind = 'case' | 'case-short' | 'id' | 'supra';

const KIND_BIT: Partial<Record<CitationKind, number>> = { case: 1, 'case-short': 2, id: 4, supra: 8 };

/**
 * The findings `find` makes of each citation of one of `kinds`, in document order. Every rule
 * walks the draft's citations: a bit per citation makes the walk cheap where a rule looks at few.
 */
export function findEach(ctx: RuleContext, kinds: readonly CaseKind[], find: (c: Citation, cases: CaseCitations, index: number) => Finding | undefined): Finding[] {
  const cases = caseCitations(ctx);
  const bits = cases.kindBits();
  let mask = 0;
  for (const kind of kinds) mask |= KIND_BIT[kind]!;
  const findings: Finding[] = [];
  for (let i = 0; i < bits.length; i++) {
    if ((bits[i] & mask) === 0) continue;
    const f = find(cases.citations[i], cases, i);
    if (f) findings.push(f);
  }
  return findings;
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
