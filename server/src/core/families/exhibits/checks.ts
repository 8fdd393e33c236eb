import { Analysis, RuleContext, sharedKey } from '../../analysis';
import { findingsOf } from '../../rules/rule';
import type { Citation, Finding, Fix, Span } from '../../types';
import { BatesNumber, batesKey, batesWithin, compareBates, parseBatesNumber, parseBatesRange, rewriteBates, sameBatesNumber } from './bates';
import {
  allExhibitCites,
  CitedLabel,
  ExhibitCatalog,
  exhibitCatalog,
  ExhibitCite,
  ExhibitEntry,
  ownExhibitCites,
  rangeContains,
  rangeKeys,
} from './catalog';
import { createManifestCsv, describesExhibit, renumberExhibits, wellFormedRange } from './commands';
import { compareLabels, exhibitKey, isDigit, labelAtOrdinal, labelOrdinal } from './labels';
import { baseName, folderOf, manifestRowText } from './manifest';
import type { CitedBates, ManifestField } from './types';

/**
 * Exhibit and Bates rules:
 *
 * - `exhibit-source-missing`: exhibits cited, no exhibit source at all (one finding);
 * - `exhibit-unresolved`: an exhibit cited that no source defines;
 * - `exhibit-unused`: a listed exhibit the draft never cites;
 * - `exhibit-defined-twice`: two definitions of one label inside the draft;
 * - `exhibit-order`: exhibits not numbered in order of first citation, or a gap;
 * - `bates-malformed`: a Bates number written unlike the rest of its party's, or a bad range;
 * - `exhibit-bates-conflict`: one exhibit given different Bates numbers, or numbers unlike its list row.
 *
 * Precision first: a check speaks only when the draft or the list says enough to be sure (a
 * dominant form, a majority of widths), and fixes are offered only when what to write is known.
 */
export function exhibitRules(ctx: RuleContext): Finding[] {
  const { analysis, sources } = ctx;
  const all = allExhibitCites(analysis);
  const catalog = exhibitCatalog(analysis, sources);
  if (all.length === 0 && catalog.draftDefinitions.length === 0) return [];
  const own = ownExhibitCites(analysis);
  const findings: Finding[] = [];
  if (catalog.hasSource) {
    pushAll(findings, unresolvedFindings(ctx, catalog, own));
    pushAll(findings, unusedFindings(catalog, own));
  } else {
    pushAll(findings, sourceMissingFindings(ctx, own));
  }
  pushAll(findings, definedTwiceFindings(analysis, catalog));
  pushAll(findings, orderFindings(ctx, catalog, own));
  pushAll(findings, batesFindings(ctx, catalog, all));
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Sources

function sourceMissingFindings(ctx: RuleContext, own: readonly ExhibitCite[]): Finding[] {
  if (own.length === 0) return [];
  const first = own[0].cite;
  const unusable = ctx.sources.exhibits?.unusable ?? [];
  const why = unusable.length ? ` (${unusable.join('; ')})` : '';
  const fixes: Fix[] = [];
  const draftPath = ctx.analysis.draft.path;
  const folder = draftPath ? folderOf(draftPath) : undefined;
  if (folder && unusable.length === 0) {
    const path = `${folder.folder}${folder.separator}exhibits.csv`;
    const count = countCitedExhibits(own);
    fixes.push({
      title: `Create exhibits.csv beside the draft, listing the ${count === 1 ? 'exhibit' : `${count} exhibits`} it cites`,
      edits: [{ path, create: true, start: 0, end: 0, newText: createManifestCsv(ctx.analysis, ctx.sources) }],
    });
  }
  return [{
    code: 'exhibit-source-missing',
    severity: 'information',
    start: first.start,
    end: first.end,
    citations: [first.id],
    message:
      `This draft cites exhibits, but no exhibit list was found${why}: Brieflint cannot check that each exhibit exists. ` +
      'Add exhibits.csv (or .json, .yaml) beside the draft or at the workspace root, an index of exhibits in the draft, or set brieflint.exhibits.folder.',
    fixes,
  }];
}

function countCitedExhibits(own: readonly ExhibitCite[]): number {
  const keys = new Set<string>();
  for (const { labels } of own) {
    for (const item of labels) {
      keys.add(item.key);
      if (item.through) for (const k of rangeKeys(item.label, item.through.label) ?? [item.through.key]) keys.add(k);
    }
  }
  return keys.size;
}

function unresolvedFindings(ctx: RuleContext, catalog: ExhibitCatalog, own: readonly ExhibitCite[]): Finding[] {
  const findings: Finding[] = [];
  const where = sourceList(catalog);
  // What the sources define, for the messages: made when the first exhibit is missing, if one is.
  let summary: string | undefined;
  const defined = () => (summary ??= definedSummary(catalog));
  const rowFixes = new Map<string, Fix[]>(); // one fix per label and Bates number, shared by its findings
  for (const record of own) {
    const { cite: c, labels } = record;
    for (const item of labels) {
      const span = c.parts?.[item.part];
      if (!span) continue;
      if (!item.through) {
        if (catalog.entries.has(item.key)) continue;
        findings.push({
          code: 'exhibit-unresolved',
          severity: 'error',
          start: span.start,
          end: span.end,
          citations: [c.id],
          message: `Ex. ${item.label} is not defined in ${where}.${defined()}`,
          fixes: addRowFixes(ctx, record, item, labels.length === 1, rowFixes),
        });
        continue;
      }
      const members = rangeKeys(item.label, item.through.label) ?? [item.key, item.through.key];
      const missing = members.filter((k) => !catalog.entries.has(k));
      if (missing.length === 0) continue;
      const end = c.parts?.[item.through.part] ?? span;
      findings.push({
        code: 'exhibit-unresolved',
        severity: 'error',
        start: span.start,
        end: end.end,
        citations: [c.id],
        message: `${missing.length === 1 ? 'Ex.' : 'Exs.'} ${summarizeLabels(missing)} (in Exs. ${item.label}–${item.through.label}) ${missing.length === 1 ? 'is' : 'are'} not defined in ${where}.${defined()}`,
        fixes: [],
      });
    }
  }
  return findings;
}

/** `exhibits.csv`, `exhibits.csv or the exhibits defined in this draft`. */
function sourceList(catalog: ExhibitCatalog): string {
  const names = catalog.sourceNames;
  return names.length <= 1 ? names[0] ?? 'any exhibit source' : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function definedSummary(catalog: ExhibitCatalog): string {
  const n = catalog.entries.size;
  if (n === 0) return ' No exhibits are defined there.';
  return ` Defined: ${n === 1 ? 'Ex.' : 'Exs.'} ${summarizeLabels([...catalog.entries.values()].map((e) => e.label))}.`;
}

/** Most different rows offered for adding; a draft missing more than this needs a new list, not quick fixes. */
const MOST_NEW_ROWS = 500;

/** "Add Ex. 14 to exhibits.csv": a row with what the cite says (its Bates number, its parenthetical). */
function addRowFixes(ctx: RuleContext, record: ExhibitCite, item: CitedLabel, alone: boolean, made: Map<string, Fix[]>): Fix[] {
  const info = ctx.sources.exhibits?.manifest;
  // A list with problems may swallow a new row (after an unbalanced quote, say): fix the list first.
  if (!info?.append || (ctx.sources.exhibits?.problems.length ?? 0) > 0) return [];
  const row: Partial<Record<ManifestField, string>> = { exhibit: item.label };
  const { detail } = record;
  if (alone) {
    const cited = detail.bates.find((b) => b.role === 'cited' && wellFormedRange(b));
    if (cited) {
      row.batesBegin = cited.begin.text;
      if (cited.end) row.batesEnd = cited.end.text;
    }
    if (detail.parenthetical && describesExhibit(detail.parenthetical)) row.description = detail.parenthetical;
  }
  const key = `${row.exhibit}\u0000${row.description ?? ''}\u0000${row.batesBegin ?? ''}\u0000${row.batesEnd ?? ''}`;
  const known = made.get(key);
  if (known) return known;
  if (made.size >= MOST_NEW_ROWS) return [];
  const newText = manifestRowText(info, row);
  const fixes: Fix[] = newText === undefined ? [] : [{ title: `Add Ex. ${item.label} to ${baseName(info.path)}`, edits: [{ path: info.path, start: info.append.offset, end: info.append.offset, newText }] }];
  made.set(key, fixes);
  return fixes;
}

/** Most unused-exhibit findings reported one by one; beyond this, one finding lists them all. */
const UNUSED_ONE_BY_ONE = 20;

function unusedFindings(catalog: ExhibitCatalog, own: readonly ExhibitCite[]): Finding[] {
  if (own.length === 0) return [];
  const cited = new Set<string>();
  const largeRanges: Array<[string, string]> = [];
  const seenRanges = new Set<string>();
  for (const { labels } of own) {
    for (const item of labels) {
      cited.add(item.key);
      if (!item.through) continue;
      cited.add(item.through.key);
      const members = rangeKeys(item.label, item.through.label);
      if (members) for (const k of members) cited.add(k);
      else if (!seenRanges.has(`${item.key}–${item.through.key}`)) {
        seenRanges.add(`${item.key}–${item.through.key}`);
        largeRanges.push([item.label, item.through.label]);
      }
    }
  }
  const unused: ExhibitEntry[] = [];
  for (const entry of catalog.entries.values()) {
    const listed = entry.definitions.some((d) => d.origin.kind === 'manifest' || d.origin.form === 'index');
    if (!listed || cited.has(entry.key)) continue;
    if (largeRanges.some(([a, b]) => rangeContains(a, b, entry.key))) continue;
    unused.push(entry);
  }
  if (unused.length === 0) return [];
  const anchor: Span = own[0].cite.parts?.keyword ?? own[0].cite;
  const findings: Finding[] = [];
  if (unused.length > UNUSED_ONE_BY_ONE) {
    return [{
      code: 'exhibit-unused',
      severity: 'information',
      start: anchor.start,
      end: anchor.end,
      message: `${unused.length} listed exhibits are never cited in this draft: Exs. ${summarizeLabels(unused.map((e) => e.label))}.`,
      fixes: [],
    }];
  }
  for (const entry of unused) {
    const d = entry.definitions.find((x) => x.origin.kind === 'manifest' || x.origin.form === 'index')!;
    const inDraft = d.origin.kind === 'draft' && d.origin.labelSpan;
    const span = inDraft ? d.origin.labelSpan! : anchor;
    const where = d.origin.kind === 'manifest' ? `${baseName(d.origin.path ?? '')} (line ${(d.origin.line ?? 0) + 1})` : "this draft's exhibit index";
    const what = entry.description ? ` (${truncate(entry.description, 60)})` : '';
    findings.push({
      code: 'exhibit-unused',
      severity: 'information',
      start: span.start,
      end: span.end,
      message: `Ex. ${entry.label}${what} is listed in ${where} but never cited in this draft.`,
      fixes: [],
    });
  }
  return findings;
}

function definedTwiceFindings(analysis: Analysis, catalog: ExhibitCatalog): Finding[] {
  // The definitions that repeat a label, each with the first definition of that label.
  const first = new Map<string, Span>();
  const repeats: Array<{ label: string; span: Span; earlier: Span }> = [];
  for (const d of catalog.draftDefinitions) {
    const key = exhibitKey(d.label);
    const span = d.origin.labelSpan ?? d.origin.span;
    if (!span) continue;
    const earlier = first.get(key);
    if (earlier) repeats.push({ label: d.label, span, earlier });
    else first.set(key, span);
  }
  const findings: Finding[] = [];
  for (let k = 0; k < repeats.length && k <= MOST_DEFINED_TWICE_FINDINGS; k++) {
    const { label, span, earlier } = repeats[k];
    const finding: Finding = { code: 'exhibit-defined-twice', severity: 'warning', start: span.start, end: span.end, message: '', fixes: [] };
    if (k === MOST_DEFINED_TWICE_FINDINGS) {
      finding.message = `${repeats.length - MOST_DEFINED_TWICE_FINDINGS} more exhibit definitions from here on repeat a label defined earlier; only the first ${MOST_DEFINED_TWICE_FINDINGS} are marked.`;
    } else {
      finding.message = `Exhibit ${label} is defined twice in this draft (first at line ${analysis.lines.positionAt(earlier.start).line + 1}); each exhibit needs its own label.`;
      finding.related = [{ ...earlier, message: `Exhibit ${label} is first defined here` }];
    }
    findings.push(finding);
  }
  return findings;
}

/** Most definitions marked as repeating a label; past this, one note says how many more. */
const MOST_DEFINED_TWICE_FINDINGS = 100;

// ---------------------------------------------------------------------------------------------
// Order and gaps

/** Most exhibits marked as cited out of order; past this, one note says how many more. */
const MOST_ORDER_FINDINGS = 100;
/** Most cites and listed exhibits for which renumbering is offered as a quick fix (the command has no limit). */
const MOST_RENUMBERED = 5000;

interface FirstCite {
  ordinal: number;
  label: string;
  cite: Citation;
  span: Span;
}

function orderFindings(ctx: RuleContext, catalog: ExhibitCatalog, own: readonly ExhibitCite[]): Finding[] {
  const findings: Finding[] = [];
  let renumber: Fix[] | undefined;
  const renumberFix = (): Fix[] => {
    if (!renumber) {
      const r = catalog.entries.size + own.length <= MOST_RENUMBERED ? renumberExhibits(ctx.analysis, ctx.sources) : undefined;
      renumber = r && r.edits.length > 0 ? [{ title: 'Renumber all exhibits in order of first citation', edits: r.edits }] : [];
    }
    return renumber;
  };
  let reported = 0;
  for (const kind of ['number', 'letters'] as const) {
    const firsts = firstCitations(own, kind);
    if (firsts.length === 0) continue;
    // Exhibits in order: the longest run of first citations whose numbers rise. The rest are out of order.
    const inOrder = longestRisingRun(firsts.map((f) => f.ordinal));
    // For messages: the highest exhibit cited before each one, and the lowest cited after it.
    const highestBefore: Array<FirstCite | undefined> = [];
    let highest: FirstCite | undefined;
    for (const f of firsts) {
      highestBefore.push(highest);
      if (!highest || f.ordinal > highest.ordinal) highest = f;
    }
    const lowestAfter: Array<FirstCite | undefined> = new Array(firsts.length);
    let lowest: FirstCite | undefined;
    for (let k = firsts.length - 1; k >= 0; k--) {
      lowestAfter[k] = lowest;
      if (!lowest || firsts[k].ordinal < lowest.ordinal) lowest = firsts[k];
    }
    const outOfOrder = firsts.length - inOrder.size;
    for (let k = 0; k < firsts.length; k++) {
      if (inOrder.has(k)) continue;
      const f = firsts[k];
      if (reported++ === MOST_ORDER_FINDINGS) {
        findings.push({
          code: 'exhibit-order',
          severity: 'information',
          start: f.span.start,
          end: f.span.end,
          citations: [f.cite.id],
          message: `${outOfOrder - MOST_ORDER_FINDINGS} more exhibits from here on are first cited out of order; only the first ${MOST_ORDER_FINDINGS} are marked.`,
          fixes: renumberFix(),
        });
      }
      if (reported > MOST_ORDER_FINDINGS) continue;
      const earlier = highestBefore[k] && highestBefore[k]!.ordinal > f.ordinal ? highestBefore[k] : undefined;
      const other = earlier ?? lowestAfter[k];
      if (!other) continue;
      const line = ctx.analysis.lines.positionAt(other.cite.start).line + 1;
      const where = earlier ? `after Ex. ${other.label} (line ${line})` : `before Ex. ${other.label} (line ${line})`;
      findings.push({
        code: 'exhibit-order',
        severity: 'information',
        start: f.span.start,
        end: f.span.end,
        citations: [f.cite.id],
        message: `Ex. ${f.label} is first cited here, ${where}; exhibits are usually numbered in the order they are first cited.`,
        related: [{ ...other.span, message: `Ex. ${other.label} is first cited here` }],
        fixes: renumberFix(),
      });
    }
    pushAll(findings, gapFindings(catalog, own, kind, firsts));
  }
  return findings;
}

/** The first citation of each simple label of `kind`, in document order (ranges count for their members). */
function firstCitations(own: readonly ExhibitCite[], kind: 'number' | 'letters'): FirstCite[] {
  const seen = new Set<number>();
  const firsts: FirstCite[] = [];
  const add = (label: string, cite: Citation, span: Span) => {
    const ordinal = simpleOrdinal(label, kind);
    if (ordinal === undefined || seen.has(ordinal)) return;
    seen.add(ordinal);
    firsts.push({ ordinal, label, cite, span });
  };
  for (const { cite: c, labels } of own) {
    for (const item of labels) {
      const span = c.parts?.[item.part] ?? c;
      if (!item.through) {
        add(item.label, c, span);
        continue;
      }
      const whole = { start: span.start, end: (c.parts?.[item.through.part] ?? span).end };
      const members = rangeKeys(item.label, item.through.label);
      if (members) for (const m of members) add(m, c, whole);
      else {
        add(item.label, c, whole);
        add(item.through.label, c, whole);
      }
    }
  }
  return firsts;
}

/** The place of a one-part label of `kind` (`7`, `C`), or undefined. */
function simpleOrdinal(label: string, kind: 'number' | 'letters'): number | undefined {
  if (kind === 'letters') {
    const c = label.charCodeAt(0);
    return label.length === 1 && c >= 65 && c <= 90 ? c - 64 : undefined; // A is 1, as in labelOrdinal
  }
  if (label.length === 0) return undefined;
  for (let i = 0; i < label.length; i++) if (!isDigit(label.charCodeAt(i))) return undefined;
  return labelOrdinal(label);
}

/** The place of a compound label's first part (`4` of `4-B`, `A` of `A-1`), or undefined. */
function compoundBaseOrdinal(label: string, kind: 'number' | 'letters'): number | undefined {
  const m = kind === 'number' ? /^(\d+)(?=[-A-Z])/.exec(label) : /^([A-Z])(?=-)/.exec(label);
  return m ? labelOrdinal(m[1]) : undefined;
}

/** Indices of one longest strictly rising subsequence (patience sorting, n log n). */
function longestRisingRun(values: number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const run = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) run.add(i);
  return run;
}

/**
 * Gaps between the lowest and highest exhibit the draft cites or its sources define: `Ex. 2`
 * then `Ex. 4` with no Ex. 3 anywhere. Numbering need not start at 1 (a reply continues the
 * opening brief's exhibits), so nothing below the lowest is a gap.
 */
function gapFindings(catalog: ExhibitCatalog, own: readonly ExhibitCite[], kind: 'number' | 'letters', firsts: FirstCite[]): Finding[] {
  const intervals: Array<[number, number]> = [];
  for (const f of firsts) intervals.push([f.ordinal, f.ordinal]);
  for (const { labels } of own) {
    for (const item of labels) {
      // `Ex. 4-B` fills the place of Ex. 4 in the numbering.
      const base = compoundBaseOrdinal(item.label, kind);
      if (base !== undefined) intervals.push([base, base]);
      if (!item.through) continue;
      const a = simpleOrdinal(item.label, kind);
      const b = simpleOrdinal(item.through.label, kind);
      if (a !== undefined && b !== undefined && a <= b) intervals.push([a, b]);
    }
  }
  for (const e of catalog.entries.values()) {
    const o = simpleOrdinal(e.label, kind) ?? compoundBaseOrdinal(e.label, kind);
    if (o !== undefined) intervals.push([o, o]);
  }
  intervals.sort((x, y) => x[0] - y[0]);
  const findings: Finding[] = [];
  let covered = intervals[0][1];
  for (const [a, b] of intervals) {
    if (a > covered + 1) {
      const after = firsts.find((f) => f.ordinal === a);
      const before = labelAtOrdinal(kind, covered);
      const missing = a - covered - 1 === 1 ? `Ex. ${labelAtOrdinal(kind, covered + 1)}` : `Exs. ${labelAtOrdinal(kind, covered + 1)}–${labelAtOrdinal(kind, a - 1)}`;
      if (after) {
        findings.push({
          code: 'exhibit-order',
          severity: 'information',
          start: after.span.start,
          end: after.span.end,
          citations: [after.cite.id],
          message: `The exhibits skip from Ex. ${before} to Ex. ${after.label}: ${missing} ${missing.startsWith('Exs.') ? 'are' : 'is'} neither cited nor listed.`,
          fixes: [],
        });
      }
    }
    covered = Math.max(covered, b);
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Bates numbers

/** One Bates number written in the draft. */
interface BatesUse {
  cite: Citation;
  number: BatesNumber;
  /** Source span of the number, for fixes. */
  span: Span;
  range: CitedBates;
  isEnd: boolean;
  /** The exhibit it belongs to, when the cite names exactly one: key, with the other document for `Ex. B to Dkt. 12`. */
  exhibit?: { label: string; key: string; of?: string };
}

/** A Bates number from the exhibit list (or another source), counted with the draft's for forms. */
interface ListedBates {
  number: BatesNumber;
}

function batesFindings(ctx: RuleContext, catalog: ExhibitCatalog, cites: readonly ExhibitCite[]): Finding[] {
  const uses = batesUses(cites);
  if (uses.length === 0) return [];
  const listed: ListedBates[] = [];
  const listedByKey = new Map<string, ListedExhibit>();
  for (const entry of catalog.entries.values()) {
    const begin = entry.batesBegin !== undefined ? parseBatesNumber(entry.batesBegin) ?? parseBatesRange(entry.batesBegin)?.begin : undefined;
    if (!begin) continue;
    // A declaration's own sentence is a cite of the exhibit too: its number is checked as one.
    const origin = (entry.definitions.find((d) => d.batesBegin !== undefined) ?? entry.definitions[0]).origin;
    if (origin.kind === 'draft' && origin.form === 'declaration') continue;
    const end = entry.batesEnd !== undefined ? parseBatesNumber(entry.batesEnd) : parseBatesRange(entry.batesBegin!)?.end;
    listed.push({ number: begin });
    if (end) listed.push({ number: end });
    listedByKey.set(entry.key, { begin, ...(end ? { end } : {}), entry, authority: origin.kind !== 'draft' });
  }
  const forms = new BatesForms(uses, listed);
  const findings: Finding[] = [];
  const firstCited = new Map<string, BatesUse>(); // exhibit key → its first identifying number
  const ownerOf = new Map<string, BatesUse>(); // Bates key → first exhibit cited with it
  for (const use of uses) {
    if (!use.isEnd) pushAll(findings, rangeFindings(use));
    const list = use.exhibit && !use.exhibit.of ? listedByKey.get(use.exhibit.key) : undefined;
    if (list) {
      // The exhibit list decides both the number and how it is written; the draft's own index
      // decides the number, and the draft's other numbers how it is written.
      const f = listComparison(ctx, use, list, forms);
      if (f) findings.push(f);
      if (list.authority || f) continue;
    }
    const malformed = formFindings(ctx, use, forms);
    if (malformed) findings.push(malformed);
    if (!use.exhibit) continue;
    const key = use.exhibit.of ? `${use.exhibit.of}\u0000${use.exhibit.key}` : use.exhibit.key;
    const first = firstCited.get(key);
    if (use.range.role === 'cited' && !use.isEnd) {
      if (!first) {
        firstCited.set(key, use);
        const owner = ownerOf.get(batesKey(use.number));
        if (owner && owner.exhibit && owner.exhibit.key !== use.exhibit.key && !use.exhibit.of && !owner.exhibit.of) {
          findings.push(conflict(ctx, use, `Ex. ${use.exhibit.label} is cited with ${use.number.text}, the Bates number Ex. ${owner.exhibit.label} is cited with at line ${lineOf(ctx, owner.span.start)}.`, owner, []));
        } else if (!owner) ownerOf.set(batesKey(use.number), use);
        continue;
      }
      if (sameBatesNumber(first.number, use.number) || batesWithin(use.number, first.range.begin, first.range.end)) continue;
      const fix = replaceFix(ctx, use, first.number.text, `Write ${first.number.text} (as at line ${lineOf(ctx, first.span.start)})`, first.span);
      findings.push(conflict(ctx, use, `Ex. ${use.exhibit.label} is cited here with ${use.number.text}, but at line ${lineOf(ctx, first.span.start)} with ${first.number.text}.`, first, [fix]));
      continue;
    }
    if (use.range.role === 'pin' && first) {
      const b = first.range.begin;
      const e = first.range.end;
      if (use.number.party !== b.party) {
        findings.push(conflict(ctx, use, `Ex. ${use.exhibit.label} is pin cited at ${use.number.text}, but it is cited at line ${lineOf(ctx, first.span.start)} as ${b.text}, another party's number.`, first, []));
      } else if (compareBates(use.number, b) < 0 || (e && compareBates(use.number, e) > 0)) {
        const bounds = e ? `${b.text}–${e.text}` : `starting at ${b.text}`;
        findings.push(conflict(ctx, use, `The pin cite ${use.number.text} lies outside Ex. ${use.exhibit.label} (${bounds}, line ${lineOf(ctx, first.span.start)}).`, first, []));
      }
    }
  }
  return findings;
}

/** Every Bates number in the cites, in document order. */
function batesUses(cites: readonly ExhibitCite[]): BatesUse[] {
  const uses: BatesUse[] = [];
  for (const { cite: c, detail, labels } of cites) {
    const all = detail.defines?.cited ? [detail.defines.cited, ...detail.bates] : detail.bates;
    if (all.length === 0) continue;
    const exhibit = labels.length === 1 && !labels[0].through ? { label: labels[0].label, key: labels[0].key, ...(detail.of ? { of: detail.of } : {}) } : undefined;
    for (const range of all) {
      const beginSpan = c.parts?.[range.beginPart];
      if (beginSpan) uses.push({ cite: c, number: range.begin, span: beginSpan, range, isEnd: false, ...(exhibit ? { exhibit } : {}) });
      const endSpan = range.endPart ? c.parts?.[range.endPart] : undefined;
      if (range.end && endSpan && !range.shortEnd) uses.push({ cite: c, number: range.end, span: endSpan, range, isEnd: true, ...(exhibit ? { exhibit } : {}) });
    }
  }
  return uses;
}

/** A range that runs backwards or crosses from one party's numbers to another's. */
function rangeFindings(use: BatesUse): Finding[] {
  const { begin, end } = use.range;
  if (!end) return [];
  const endSpan = use.range.endPart ? use.cite.parts?.[use.range.endPart] : undefined;
  const span = { start: use.span.start, end: endSpan?.end ?? use.span.end };
  if (begin.party !== end.party) {
    return [malformed(use, span, `The Bates range ${begin.text}–${end.text} starts with one prefix and ends with another; a range runs within one producing party's numbers.`, [])];
  }
  if (compareBates(end, begin) < 0) {
    return [malformed(use, span, `The Bates range ${begin.text}–${end.text} runs backwards: its end comes before its start.`, [])];
  }
  return [];
}

/** The Bates numbers a source gives an exhibit. */
interface ListedExhibit {
  begin: BatesNumber;
  end?: BatesNumber;
  entry: ExhibitEntry;
  /** An exhibit list or file name (outside the draft), whose spelling of the number is the one to follow. */
  authority: boolean;
}

/** The draft's number against the exhibit list's row for the same exhibit. */
function listComparison(ctx: RuleContext, use: BatesUse, list: ListedExhibit, forms: BatesForms): Finding | undefined {
  const where = listName(list.entry);
  const listedText = list.end ? `${list.begin.text}–${list.end.text}` : list.begin.text;
  const n = use.number;
  if (batesWithin(n, list.begin, list.end)) {
    if (!list.authority) return undefined;
    // The same page: only its spelling can be wrong. Write it as the list does.
    const width = list.begin.digits.length;
    if (n.prefix === list.begin.prefix && n.digits.length === width) return undefined;
    const fixed = rewriteBates(n, list.begin.prefix, width);
    const what = n.digits.length !== width ? `has ${n.digits.length} digits where ${where} has ${width}` : `is written ${describeSeparators(n.prefix)} where ${where} writes ${describeSeparators(list.begin.prefix)}`;
    return malformed(use, use.span, `Bates number ${n.text} ${what} (${list.begin.text} for Ex. ${list.entry.label}).`, [
      replaceFix(ctx, use, fixed, `Write ${fixed} as in ${where}`, forms.exampleSpan(list.begin.prefix), true),
    ]);
  }
  if (!list.end && use.range.role === 'pin' && n.party === list.begin.party && compareBates(n, list.begin) >= 0) return undefined; // a page after the first; the list gives no end
  const fixes: Fix[] = [];
  if (use.range.role === 'cited' && !use.range.end) {
    const target = list.begin.text;
    fixes.push(replaceFix(ctx, use, target, `Write ${target}, the first Bates number of Ex. ${list.entry.label} in ${where}`, forms.exampleSpan(list.begin.prefix)));
  }
  const other = forms.width(n);
  const also = other !== undefined && other !== n.digits.length ? ` (It also has ${n.digits.length} digits where the other ${forms.name(n.party)} numbers have ${other}.)` : '';
  return conflict(ctx, use, `Ex. ${list.entry.label} is cited with ${n.text}, but ${where} gives ${listedText}.${also}`, undefined, fixes);
}

function listName(entry: ExhibitEntry): string {
  const d = entry.definitions.find((x) => x.batesBegin !== undefined) ?? entry.definitions[0];
  if (d.origin.kind === 'manifest') return baseName(d.origin.path ?? 'the exhibit list');
  if (d.origin.kind === 'folder') return `the file name ${baseName(d.origin.path ?? '')}`;
  return "this draft's exhibit index";
}

/** Width, separators and prefix against the other numbers of the same party. */
function formFindings(ctx: RuleContext, use: BatesUse, forms: BatesForms): Finding | undefined {
  const n = use.number;
  const problems: string[] = [];
  let prefix = n.prefix;
  let preferred = true;
  const typo = forms.likelyTypoOf(n);
  if (typo) {
    problems.push(`its prefix ${n.prefix.trim()} differs from ${typo.prefix.trim()}, which ${typo.count} other Bates numbers here use`);
    prefix = typo.prefix;
    preferred = false;
  }
  const party = typo ? typo.party : n.party;
  const width = forms.width(n, party);
  const widthWrong = width !== undefined && width !== n.digits.length && !use.range.shortEnd;
  if (widthWrong) problems.push(`it has ${n.digits.length} digits where the other ${forms.name(party)} numbers have ${width}; a digit may be missing or extra`);
  const dominant = typo ? undefined : forms.dominantPrefix(n);
  if (dominant !== undefined && dominant !== n.prefix) {
    problems.push(`it is written ${describeSeparators(n.prefix)} where the other ${forms.name(party)} numbers are written ${describeSeparators(dominant)}`);
    prefix = dominant;
  }
  if (problems.length === 0) return undefined;
  const fixes: Fix[] = [];
  // Separators and prefix can be fixed; a wrong digit count cannot (no digit is invented), and a
  // fix that left the number wrong would only hide that it still needs a person.
  if (prefix !== n.prefix && !widthWrong) {
    const replacement = prefix + n.digits;
    fixes.push(replaceFix(ctx, use, replacement, `Write ${replacement}`, forms.exampleSpan(prefix), preferred));
  }
  return malformed(use, use.span, `Bates number ${n.text}: ${problems.join('; ')}.`, fixes);
}

/** `with underscores`, `with spaces`, `with hyphens`, `without separators`, or a mix. */
function describeSeparators(prefix: string): string {
  const kinds = new Set<string>();
  for (const ch of prefix) {
    if (ch === '_') kinds.add('underscores');
    else if (ch === ' ') kinds.add('spaces');
    else if (ch === '-') kinds.add('hyphens');
  }
  if (kinds.size === 0) return prefix === prefix.toUpperCase() ? 'without separators' : `as ${prefix}`;
  return `with ${[...kinds].join(' and ')}`;
}

/**
 * How each producing party's Bates numbers are written in this draft and its exhibit list:
 * digit widths (counted over distinct numbers, so a number cited ten times counts once) and
 * prefixes (counted over every time a number is written). A form is dominant only when at least
 * two agree and they outnumber every other form.
 */
class BatesForms {
  private readonly widths = new Map<string, Map<number, Set<string>>>();
  private readonly prefixes = new Map<string, Map<string, number>>();
  private readonly examples = new Map<string, Span>();
  private readonly parties = new Map<string, number>();

  constructor(uses: BatesUse[], listed: ListedBates[]) {
    const add = (n: BatesNumber, span?: Span, short?: boolean) => {
      if (!short) {
        let byWidth = this.widths.get(n.party);
        if (!byWidth) this.widths.set(n.party, (byWidth = new Map()));
        let set = byWidth.get(n.digits.length);
        if (!set) byWidth.set(n.digits.length, (set = new Set()));
        set.add(batesKey(n));
      }
      let byPrefix = this.prefixes.get(n.party);
      if (!byPrefix) this.prefixes.set(n.party, (byPrefix = new Map()));
      byPrefix.set(n.prefix, (byPrefix.get(n.prefix) ?? 0) + 1);
      if (span && !this.examples.has(n.prefix)) this.examples.set(n.prefix, span);
    };
    for (const u of uses) add(u.number, u.span, u.isEnd && u.range.shortEnd);
    for (const l of listed) add(l.number);
    for (const [party, byWidth] of this.widths) {
      const all = new Set<string>();
      for (const s of byWidth.values()) for (const k of s) all.add(k);
      this.parties.set(party, all.size);
    }
  }

  /** The dominant digit width of a party's numbers, if there is one. */
  width(n: BatesNumber, party = n.party): number | undefined {
    const byWidth = this.widths.get(party);
    if (!byWidth) return undefined;
    let total = 0;
    let best: number | undefined;
    let bestCount = 0;
    for (const [w, set] of byWidth) {
      total += set.size;
      if (set.size > bestCount) [best, bestCount] = [w, set.size];
    }
    return bestCount >= 2 && bestCount * 2 > total ? best : undefined;
  }

  /** The prefix most of a party's numbers are written with, if one clearly dominates. */
  dominantPrefix(n: BatesNumber): string | undefined {
    const byPrefix = this.prefixes.get(n.party);
    if (!byPrefix || byPrefix.size < 2) return undefined;
    const sorted = [...byPrefix].sort((a, b) => b[1] - a[1]);
    const [best, count] = sorted[0];
    return count >= 2 && count > sorted[1][1] ? best : undefined;
  }

  /** A party's name for messages: its most used prefix without the trailing separator (`MSFT_AICPY`). */
  name(party: string): string {
    const byPrefix = this.prefixes.get(party);
    if (!byPrefix || byPrefix.size === 0) return party;
    const prefix = [...byPrefix].sort((a, b) => b[1] - a[1])[0][0];
    return prefix.replace(/[ _-]+$/, '');
  }

  /** Where a prefix is written in the draft, to copy its escaping. */
  exampleSpan(prefix: string): Span | undefined {
    return this.examples.get(prefix);
  }

  /**
   * A party whose prefix `n`'s differs from by one letter (or two swapped), used by at least
   * three distinct numbers while `n`'s is used by one: a likely typo (`MSFT_AICYP_`).
   */
  likelyTypoOf(n: BatesNumber): { party: string; prefix: string; count: number } | undefined {
    if ((this.parties.get(n.party) ?? 0) !== 1 || n.party.length < 4) return undefined;
    for (const [party, count] of this.parties) {
      if (party === n.party || count < 3 || party.length !== n.party.length || !oneSlip(party, n.party)) continue;
      const byPrefix = this.prefixes.get(party)!;
      const prefix = [...byPrefix].sort((a, b) => b[1] - a[1])[0][0];
      return { party, prefix, count };
    }
    return undefined;
  }
}

/** Whether two strings of one length differ by one character or by two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  const diffs: number[] = [];
  for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
  if (diffs.length === 1) return true;
  return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
}

/**
 * A fix that writes `replacement` over a Bates number, escaped as the draft escapes: like the
 * number itself when it has escapes (`MSFT\_AICPY`), else like `model` (a number written the
 * dominant way elsewhere in the draft).
 */
function replaceFix(ctx: RuleContext, use: BatesUse, replacement: string, title: string, model?: Span, preferred = false): Fix {
  const reader = ctx.analysis.reader;
  const own = ctx.analysis.draft.text.slice(use.span.start, use.span.end);
  const escaped = own.includes('\\') || !model ? reader.escapeLike(use.span.start, use.span.end, replacement) : reader.escapeLike(model.start, model.end, replacement);
  const fix: Fix = { title, edits: [{ start: use.span.start, end: use.span.end, newText: escaped }] };
  if (preferred) fix.preferred = true;
  return fix;
}

function malformed(use: BatesUse, span: Span, message: string, fixes: Fix[]): Finding {
  return { code: 'bates-malformed', severity: 'warning', start: span.start, end: span.end, citations: [use.cite.id], message, fixes };
}

function conflict(ctx: RuleContext, use: BatesUse, message: string, other: BatesUse | undefined, fixes: Fix[]): Finding {
  const f: Finding = { code: 'exhibit-bates-conflict', severity: 'error', start: use.span.start, end: use.span.end, citations: [use.cite.id], message, fixes };
  if (other) {
    f.citations!.push(other.cite.id);
    f.related = [{ ...other.span, message: `${other.number.text} at line ${lineOf(ctx, other.span.start)}` }];
  }
  return f;
}

// ---------------------------------------------------------------------------------------------

/** Appends `items` one by one (spreading a huge array into `push` overflows the stack). */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function lineOf(ctx: RuleContext, offset: number): number {
  return ctx.analysis.lines.positionAt(offset).line + 1;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Labels as a reader writes them: `1–9, 11 and A–C`; long lists cut short. */
export function summarizeLabels(labels: string[]): string {
  const unique = [...new Set(labels)].sort(compareLabels);
  const groups: string[] = [];
  let k = 0;
  while (k < unique.length) {
    let j = k;
    const o = (label: string) => (/^\d+$/.test(label) || /^[A-Z]$/.test(label) ? labelOrdinal(label) : undefined);
    while (j + 1 < unique.length && o(unique[j]) !== undefined && o(unique[j + 1]) === o(unique[j])! + 1 && /^\d/.test(unique[j]) === /^\d/.test(unique[j + 1])) j++;
    groups.push(j > k + 1 ? `${unique[k]}–${unique[j]}` : j === k + 1 ? `${unique[k]}, ${unique[j]}` : unique[k]);
    k = j + 1;
  }
  const shown = groups.length > 12 ? [...groups.slice(0, 12), '…'] : groups;
  if (shown.length === 1) return shown[0];
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const PASS = sharedKey<Map<string, Finding[]>>('exhibits pass');

/** The findings of one rule of code `code`, from the one pass that finds them all. */
export function exhibitFindings(ctx: RuleContext, code: string): Finding[] {
  return findingsOf(ctx, PASS, exhibitRules, code);
}
