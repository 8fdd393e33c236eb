import { Analysis, CheckResult, Draft, ruleContext } from './analysis';
import { directiveLines, readDirectives, type Suppressions } from './directives';
import type { FoundCitation } from './extract/types';
import { FAMILIES } from './families/registry';
import { ruleInfo } from './rules/catalogue';
import { BrieflintSettings, DEFAULT_SETTINGS, effectiveSeverity } from './settings';
import { LineIndex } from './text/lines';
import { chunkStarts, JoinedReaderText } from './text/chunks';
import { detached } from './text/strings';
import { DocumentFormat, readDocument } from './text/markdown';
import { ReaderText, sourceEndOf } from './text/readerText';
import { reviewFindings, styleOf } from './styles/index';
import { findToaRegion } from './toa/region';
import type { CheckSources, Citation, Finding, Span } from './types';

/** The families whose extractors run, in order, with their index in `FAMILIES`. */
const EXTRACTING = FAMILIES.flatMap((family, index) => (family.extract ? [{ family, index, extract: family.extract }] : []));
/** The families that number keys across the draft, with their index in `FAMILIES`. */
const NUMBERING = FAMILIES.flatMap((family, index) => (family.numbering ? [{ index, numbering: family.numbering }] : []));

export type { Analysis, CheckResult, Draft, RuleContext } from './analysis';
export type { CheckSources } from './types';

/**
 * What a check keeps for the next check of the same draft: the draft's chunks (see
 * `text/chunks.ts`), each read and extracted. A check after an edit finds each chunk of the new
 * text among the old ones by position — the same start, or the same distance from the end — and
 * reuses it when its text is the same; only the chunks an edit touched are read again. It holds
 * the chunks of the last check only. Pass the same memo to every check of one draft.
 */
export interface CheckMemo {
  format?: DocumentFormat;
  /** Length of the text last checked, and its chunks with where each started. */
  length: number;
  starts: number[];
  chunks: ChunkAnalysis[];
}

export function newCheckMemo(): CheckMemo {
  return { length: 0, starts: [], chunks: [] };
}

/** A chunk read and extracted on its own. */
interface ChunkAnalysis {
  /** The chunk's text; the reader's source. */
  text: string;
  reader: ReaderText;
  /**
   * Its citations, sorted as the check merges them, as last placed in a draft: source offsets of
   * the chunk starting at `placedAt`. They are objects of that check's result, so they may carry
   * what resolution set there (kind, antecedent, detail); `kinds` and `details` keep what
   * extraction gave. Until `fresh` is false they are still the extractors' own objects.
   */
  placed: Citation[];
  placedAt: number;
  fresh: boolean;
  kinds: Citation['kind'][];
  /** Details as extraction gave them, draft-wide keys numbered within the chunk (see `DetailNumbering`). */
  details: Array<Record<string, unknown> | undefined>;
  /** The index in `FAMILIES` of the family whose extractor found each citation. */
  producers: Uint8Array;
  /** The details renumbered for the last place the chunk had, and the offsets they were shifted by. */
  shifted?: { by: string; details: Array<Record<string, unknown> | undefined> };
  /** Reader ranges of the citations, two numbers each (overlaps are decided on reader offsets). */
  readerRanges: Int32Array;
  /** Per numbering family (`NUMBERING`), the highest number of each counter the chunk used (`a7`, `s2`). */
  numbered: number[][];
}

/**
 * Reads a draft and finds and resolves its citations. Never throws on user text.
 *
 * With a `memo` (the server keeps one per open draft) the draft is read and extracted chunk by
 * chunk, each chunk on its own, which gives what reading the whole draft gives (see
 * `text/chunks.ts`), and a later check with the same memo reads again only the chunks whose text
 * changed. Without one (the command line, a draft checked once) it is read whole, which is a
 * little faster than reading it in chunks. Resolution of short forms runs over the whole draft.
 */
export function analyze(draft: Draft, memo?: CheckMemo): Analysis {
  return memo ? analyzeChunks(draft, chunkStarts(draft.text, draft.format), memo) : analyzeWhole(draft);
}

/** Reads the whole draft as one chunk: what reading it chunk by chunk must give (tests compare the two). */
export function analyzeWhole(draft: Draft): Analysis {
  return analyzeChunks(draft, [0]);
}

/** Reads the draft in the chunks that start at `starts` (the first 0; tests cut at every place allowed). */
export function analyzeChunks(draft: Draft, starts: number[], memo?: CheckMemo): Analysis {
  const source = draft.text;
  const reuse = memo && memo.format === draft.format && memo.chunks.length > 0 ? memo : undefined;
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  if (reuse) {
    for (let j = 0; j < reuse.starts.length; j++) {
      byStart.set(reuse.starts[j], j);
      byEnd.set(reuse.length - reuse.starts[j], j);
    }
  }
  const chunks: ChunkAnalysis[] = new Array<ChunkAnalysis>(starts.length);
  const missing: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : source.length;
    const old = reuse && (sameChunk(reuse, byStart.get(starts[k]), source, starts[k], end) ?? sameChunk(reuse, byEnd.get(source.length - starts[k]), source, starts[k], end));
    if (old) chunks[k] = old;
    else missing.push(k);
  }
  if (missing.length > 0) {
    // A chunk read again after an edit gets a copy of its text: a slice would keep this whole
    // version of the draft alive in the memo for as long as the chunk lives there.
    const texts = missing.map((k) => {
      const text = source.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : source.length);
      return reuse ? detached(text) : text;
    });
    const fresh = analyzeNewChunks(texts, missing.map((k) => starts[k]), draft.format);
    for (let i = 0; i < missing.length; i++) chunks[missing[i]] = fresh[i];
  }
  if (memo) {
    memo.format = draft.format;
    memo.length = source.length;
    memo.starts = starts;
    memo.chunks = chunks;
  }
  const reader = chunks.length === 1 ? chunks[0].reader : new JoinedReaderText(source, chunks.map((c) => c.reader), starts);
  const lines = new LineIndex(source);
  const citations = assemble(draft, starts, chunks, lines);
  for (const family of FAMILIES) family.resolve?.(citations, draft);
  return { draft, reader, lines, citations };
}

/** The memo's chunk `j`, if its text is the text at `[start, end)`. */
function sameChunk(memo: CheckMemo, j: number | undefined, source: string, start: number, end: number): ChunkAnalysis | undefined {
  if (j === undefined) return undefined;
  const chunk = memo.chunks[j];
  return chunk.text.length === end - start && chunk.text === source.slice(start, end) ? chunk : undefined;
}

/**
 * Reads chunks each on its own and runs every extractor on them: all chunks are read, then each
 * extractor runs over all of them (one piece of code at a time runs faster than switching between
 * the reader and three extractors for every paragraph). `bases`: where each chunk starts.
 */
function analyzeNewChunks(texts: string[], bases: number[], format: DocumentFormat): ChunkAnalysis[] {
  const readers = texts.map((text) => readDocument(text, format));
  const found: FoundCitation[][] = readers.map(() => []);
  const producers: number[][] = readers.map(() => []);
  // Appended one by one: spreading a list that grows with the text into a call overflows the stack.
  for (const { index, extract } of EXTRACTING) {
    for (let i = 0; i < readers.length; i++) {
      for (const f of extract(readers[i])) {
        found[i].push(f);
        producers[i].push(index);
      }
    }
  }
  return readers.map((reader, i) => chunkAnalysis(texts[i], reader, found[i], producers[i], bases[i]));
}

/** A chunk's citations sorted as the check merges them, mapped to source offsets for a chunk at `base`. */
function chunkAnalysis(text: string, reader: ReaderText, unsorted: FoundCitation[], producedBy: number[], base: number): ChunkAnalysis {
  const order = unsorted.map((_, i) => i);
  order.sort((a, b) => unsorted[a].start - unsorted[b].start || unsorted[b].end - unsorted[a].end || a - b);
  const readerRanges = new Int32Array(order.length * 2);
  const numbered = NUMBERING.map(({ numbering }) => new Array<number>(numbering.counters).fill(0));
  const placed: Citation[] = new Array<Citation>(order.length);
  const kinds: Citation['kind'][] = new Array<Citation['kind']>(order.length);
  const details: Array<Record<string, unknown> | undefined> = new Array<Record<string, unknown> | undefined>(order.length);
  const producers = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const f = unsorted[order[i]];
    const producer = producedBy[order[i]];
    readerRanges[2 * i] = f.start;
    readerRanges[2 * i + 1] = f.end;
    kinds[i] = f.kind;
    details[i] = f.detail;
    producers[i] = producer;
    if (f.detail) {
      for (let n = 0; n < NUMBERING.length; n++) if (NUMBERING[n].index === producer) NUMBERING[n].numbering.measure(f.detail, numbered[n]);
    }
    placed[i] = toSource(f, reader, base);
  }
  return { text, reader, placed, placedAt: base, fresh: true, kinds, details, producers, readerRanges, numbered };
}

/** `c1`, `c2`, …: made once and kept (a check of a long draft would make thousands again each time). */
const CITATION_IDS: string[] = [];

function citationId(n: number): string {
  if (n < 100_000) return (CITATION_IDS[n] ??= `c${n}`);
  return `c${n}`;
}

/**
 * A found citation in source offsets (the chunk starting at `base`), with its text. Changes `f`
 * and its parts in place: they are the extractor's own, fresh objects (an extractor never gives
 * two citations, or two parts, one span object).
 */
function toSource(f: FoundCitation, reader: ReaderText, base: number): Citation {
  const c = f as Citation;
  c.id = '';
  c.text = reader.text.slice(f.start, f.end);
  if (f.parts) for (const name in f.parts) toSourceSpan(f.parts[name], reader, base);
  toSourceSpan(c, reader, base);
  return c;
}

/** Maps a reader span to source offsets in place, as `ReaderText.toSourceRange` maps it. */
function toSourceSpan(span: Span, reader: ReaderText, base: number): void {
  const start = reader.toSourceStart(span.start);
  span.end = sourceEndOf(reader, span.start, span.end, start) + base;
  span.start = start + base;
}

/**
 * The draft's citations from its chunks', in document order, with ids: where two overlap the
 * first, longest wins; none is taken from a plain-text disable comment or a generated table of
 * authorities. A chunk read in this check gives its own objects; a reused chunk gives copies of
 * its last ones, as extraction gave them (resolution changes them). Authority and string keys
 * are numbered across the draft.
 */
function assemble(draft: Draft, starts: number[], chunks: ChunkAnalysis[], lines: LineIndex): Citation[] {
  const source = draft.text;
  const commentLines = draft.format === 'plaintext' ? directiveLines(source, lines) : undefined;
  const toa = source.includes('brieflint-toa-start') ? findToaRegion(source).region : undefined;
  const citations: Citation[] = [];
  let lastEnd = -1;
  let readerBase = 0;
  const offsets = NUMBERING.map(({ numbering }) => new Array<number>(numbering.counters).fill(0));
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k];
    const base = starts[k];
    const delta = base - chunk.placedAt;
    const placed = chunk.fresh ? chunk.placed : new Array<Citation>(chunk.placed.length);
    const details = detailsAfter(chunk, offsets);
    for (let i = 0; i < chunk.placed.length; i++) {
      const detail = details[i];
      const c = chunk.fresh ? chunk.placed[i] : copyCitation(chunk.placed[i], chunk.kinds[i], detail, delta);
      if (chunk.fresh && detail !== c.detail) c.detail = detail;
      placed[i] = c;
      if (chunk.readerRanges[2 * i] + readerBase < lastEnd) continue; // inside another's match
      // In plain text a disable comment is a line of its own: what it says is not a citation.
      if (commentLines?.has(lines.positionAt(c.start).line)) continue;
      // A generated table of authorities repeats the draft's citations: they are not cited there.
      if (toa && c.start >= toa.start && c.start < toa.end) continue;
      lastEnd = chunk.readerRanges[2 * i + 1] + readerBase;
      c.id = citationId(citations.length + 1);
      citations.push(c);
    }
    chunk.placed = placed;
    chunk.placedAt = base;
    chunk.fresh = false;
    readerBase += chunk.reader.text.length;
    for (let n = 0; n < offsets.length; n++) for (let j = 0; j < offsets[n].length; j++) offsets[n][j] += chunk.numbered[n][j];
  }
  return citations;
}

/**
 * A new citation with `e`'s fields as extraction gave them (`kind`, `detail`; no antecedent), its
 * offsets moved by `delta`. Written field by field, in one order: copying with a spread is several
 * times slower on objects of so many shapes.
 */
function copyCitation(e: Citation, kind: Citation['kind'], detail: Record<string, unknown> | undefined, delta: number): Citation {
  const c: Citation = { id: '', kind, start: e.start + delta, end: e.end + delta, text: e.text };
  if (e.caseName !== undefined) c.caseName = e.caseName;
  if (e.volume !== undefined) c.volume = e.volume;
  if (e.reporter !== undefined) c.reporter = e.reporter;
  if (e.reporterAsWritten !== undefined) c.reporterAsWritten = e.reporterAsWritten;
  if (e.page !== undefined) c.page = e.page;
  if (e.pinCite !== undefined) c.pinCite = e.pinCite;
  if (e.authority !== undefined) c.authority = e.authority;
  if (e.court !== undefined) c.court = e.court;
  if (e.year !== undefined) c.year = e.year;
  if (e.entry !== undefined) c.entry = e.entry;
  if (e.exhibits !== undefined) c.exhibits = e.exhibits;
  if (e.bates !== undefined) c.bates = e.bates;
  if (e.document !== undefined) c.document = e.document;
  if (e.locations !== undefined) c.locations = e.locations;
  if (e.parts !== undefined) {
    // Parts are never changed once made: where the chunk has not moved they are shared.
    if (delta === 0) c.parts = e.parts;
    else {
      const parts: Record<string, Span> = {};
      for (const name in e.parts) parts[name] = { start: e.parts[name].start + delta, end: e.parts[name].end + delta };
      c.parts = parts;
    }
  }
  if (detail !== undefined) c.detail = detail;
  return c;
}

/** Fails to compile when `Citation` gains a field that `copyCitation` does not copy. */
// `antecedent` is set by resolution only, and left out on purpose; so is a record cite's `source`,
// which is computed for the JSON from the sources (`CitationFamily.json`), never stored.
type Copied = 'id' | 'kind' | 'start' | 'end' | 'text' | 'caseName' | 'volume' | 'reporter' | 'reporterAsWritten' | 'page' | 'pinCite' | 'authority' | 'court' | 'year' | 'antecedent' | 'entry' | 'exhibits' | 'bates' | 'document' | 'locations' | 'source' | 'parts' | 'detail';
const everyFieldCopied: Exclude<keyof Citation, Copied> extends never ? true : never = true;
void everyFieldCopied;

/** The chunk's details with draft-wide keys numbered after `offsets` of earlier chunks (kept for the next check). */
function detailsAfter(chunk: ChunkAnalysis, offsets: number[][]): Array<Record<string, unknown> | undefined> {
  if (offsets.every((o) => o.every((x) => x === 0)) || chunk.numbered.every((o) => o.every((x) => x === 0))) return chunk.details;
  const by = offsets.map((o) => o.join(',')).join(';');
  if (chunk.shifted && chunk.shifted.by === by) return chunk.shifted.details;
  const details = chunk.details.map((d, i) => {
    if (!d) return d;
    const n = NUMBERING.findIndex((x) => x.index === chunk.producers[i]);
    return n < 0 ? d : (NUMBERING[n].numbering.shift(d, offsets[n]) as Record<string, unknown>);
  });
  chunk.shifted = { by, details };
  return details;
}

/**
 * The whole check of one draft: analysis, every rule, disable comments and severities applied.
 * `memo`: what the last check of this draft kept (see `analyze`); it is updated.
 */
export function check(draft: Draft, settings: BrieflintSettings = DEFAULT_SETTINGS, sources: CheckSources = {}, memo?: CheckMemo): CheckResult {
  const limit = settings.maxFileSizeMB * 1024 * 1024;
  if (draft.text.length > limit) {
    const empty = analyze({ ...draft, text: '' });
    return {
      ...empty,
      draft,
      lines: new LineIndex(draft.text),
      findings: [],
      declined: `Not checked: the draft is ${(draft.text.length / 1048576).toFixed(1)} MB, over the limit of ${settings.maxFileSizeMB} MB (setting brieflint.maxFileSizeMB).`,
    };
  }
  const analysis = analyze(draft, memo);
  const { shown, omitted } = summarizeFloods(ruleFindings(analysis, settings, sources));
  return omitted.length > 0 ? { ...analysis, findings: shown, omitted, sources } : { ...analysis, findings: shown, sources };
}

/** Runs every rule set on an analysis and applies disable comments and severity settings. */
export function runRules(analysis: Analysis, settings: BrieflintSettings, sources: CheckSources): Finding[] {
  return summarizeFloods(ruleFindings(analysis, settings, sources)).shown;
}

/** Every rule's findings, disable comments and severities applied, in order (not summed up). */
function ruleFindings(analysis: Analysis, settings: BrieflintSettings, sources: CheckSources): Finding[] {
  const ctx = ruleContext(analysis, settings, sources);
  const suppressions = readDirectives(analysis.draft.text, analysis.lines);
  const raw: Finding[] = [...suppressions.findings];
  for (const family of FAMILIES) {
    for (const rule of family.rules) {
      // A rule turned off is not run at all.
      if (rule.check && settings.rules[rule.info.code] !== 'off') for (const f of rule.check(ctx)) raw.push(f);
    }
  }
  // The citation style in force adjusts what the rules found (a California draft's `Cal.5th`).
  return finish(reviewFindings(raw, analysis, styleOf(ctx)), settings, suppressions);
}

/**
 * Severity settings and disable comments, applied to findings made outside `check` (the online
 * verification's) the same way `check` applies them to its own, so they obey `brieflint.rules`
 * and `brieflint-disable` comments like any other; sorted by position.
 */
export function finishFindings(analysis: Analysis, settings: BrieflintSettings, raw: readonly Finding[]): Finding[] {
  return finish(raw, settings, readDirectives(analysis.draft.text, analysis.lines));
}

function finish(raw: readonly Finding[], settings: BrieflintSettings, suppressions: Suppressions): Finding[] {
  const findings: Finding[] = [];
  for (const f of raw) {
    const severity = effectiveSeverity(f.code, settings, ruleInfo(f.code)?.severity ?? f.severity);
    if (!severity || (f.code !== 'directive-unknown' && suppressions.isSuppressed(f))) continue;
    findings.push({ ...f, severity });
  }
  return findings.sort(byPosition);
}

/** The order of findings: by position, then by code. */
export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.code.localeCompare(b.code);
}

/**
 * Most findings of one rule shown in one draft. A real brief has tens of any one problem; a
 * degenerate draft (a megabyte of `1 F. `) would otherwise give a hundred thousand, and a list
 * nobody reads that costs memory and time in every output format.
 */
export const MOST_FINDINGS_PER_RULE = 1000;

/**
 * Past `MOST_FINDINGS_PER_RULE` findings of one code, one finding at the first one left out
 * says how many more there are (in every output format alike, as it is a finding).
 */
function summarizeFloods(findings: Finding[]): { shown: Finding[]; omitted: Finding[] } {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= MOST_FINDINGS_PER_RULE)) return { shown: findings, omitted: [] };
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  const omitted: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= MOST_FINDINGS_PER_RULE) out.push(f);
    else omitted.push(f);
    if (n === MOST_FINDINGS_PER_RULE + 1) {
      const more = counts.get(f.code)! - MOST_FINDINGS_PER_RULE;
      out.push({
        code: f.code,
        severity: f.severity,
        start: f.start,
        end: f.end,
        message: `${more.toLocaleString('en-US')} more ${f.code} finding${more === 1 ? '' : 's'} from here on are not listed (the first ${MOST_FINDINGS_PER_RULE.toLocaleString('en-US')} are). This draft looks degenerate; fix those first, or turn the rule off for it.`,
        fixes: [],
      });
    }
  }
  return { shown: out, omitted };
}
