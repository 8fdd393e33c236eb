import type { Analysis } from '../../analysis';
import type { CheckSources } from '../../types';
import type { Citation, Span } from '../../types';
import { exhibitIndexOf } from './definitions';
import { exhibitKey, labelAtOrdinal, labelPlace } from './labels';
import type { ExhibitCiteDetail, ExhibitDefinition } from './types';

/**
 * Every exhibit a draft can resolve against, merged from its sources in the order DESIGN.md
 * gives: the exhibit list (manifest), then definitions inside the draft, then the exhibit folder.
 * The first source to define a label wins; later ones fill in what it leaves out (a folder gives
 * the file of an exhibit the list describes).
 */
export interface ExhibitEntry {
  label: string;
  key: string;
  description?: string;
  batesBegin?: string;
  batesEnd?: string;
  file?: string;
  date?: string;
  /** Every definition of this label, the winning one first. */
  definitions: ExhibitDefinition[];
}

export interface ExhibitCatalog {
  entries: Map<string, ExhibitEntry>;
  /** Definitions found in the draft itself (index rows, declaration sentences), in document order. */
  draftDefinitions: ExhibitDefinition[];
  /** Whether any source defines exhibits (a list, the draft, a folder). */
  hasSource: boolean;
  /** Names of the sources, for messages: `exhibits.csv`, `the exhibits defined in this draft`. */
  sourceNames: string[];
}

/** The exhibit detail of an exhibit citation. */
export function exhibitDetail(c: Citation): ExhibitCiteDetail | undefined {
  return c.kind === 'exhibit' && c.detail ? (c.detail as unknown as ExhibitCiteDetail) : undefined;
}

/** An exhibit cite with what the checks read from it, computed once. */
export interface ExhibitCite {
  cite: Citation;
  detail: ExhibitCiteDetail;
  labels: readonly CitedLabel[];
}

const citesCache = new WeakMap<Analysis, { all: ExhibitCite[]; own: ExhibitCite[] }>();

/**
 * The exhibit cites of a draft, in document order, with their labels read once per analysis: the
 * checks and commands go over them several times, and a draft may hold a hundred thousand.
 */
function exhibitCitesOf(analysis: Analysis): { all: ExhibitCite[]; own: ExhibitCite[] } {
  let cached = citesCache.get(analysis);
  if (!cached) {
    const all: ExhibitCite[] = [];
    const own: ExhibitCite[] = [];
    for (const c of analysis.citations) {
      const detail = exhibitDetail(c);
      if (!detail) continue;
      const record: ExhibitCite = { cite: c, detail, labels: readCitedLabels(detail) };
      all.push(record);
      if (!detail.of) own.push(record);
    }
    cached = { all, own };
    citesCache.set(analysis, cached);
  }
  return cached;
}

/** Every exhibit cite of a draft, in document order. */
export function allExhibitCites(analysis: Analysis): readonly ExhibitCite[] {
  return exhibitCitesOf(analysis).all;
}

/** Exhibit cites of the draft's own exhibits (not `Ex. B to Dkt. No. 12`), in document order. */
export function ownExhibitCites(analysis: Analysis): readonly ExhibitCite[] {
  return exhibitCitesOf(analysis).own;
}

/** One label a cite names, with the name of its part; a range keeps its last label too. */
export interface CitedLabel {
  label: string;
  key: string;
  part: string;
  through?: { label: string; key: string; part: string };
}

/** The labels of an exhibit cite, in order, with their part names (`label0`, `label1`, …). */
export function citedLabels(c: Citation): readonly CitedLabel[] {
  const detail = exhibitDetail(c);
  return detail ? readCitedLabels(detail) : [];
}

function readCitedLabels(detail: ExhibitCiteDetail): CitedLabel[] {
  const out: CitedLabel[] = [];
  let n = 0;
  for (const item of detail.items) {
    const cited: CitedLabel = { label: item.label, key: exhibitKey(item.label), part: `label${n++}` };
    if (item.through !== undefined) cited.through = { label: item.through, key: exhibitKey(item.through), part: `label${n++}` };
    out.push(cited);
  }
  return out;
}

/** Most members a range is expanded to; larger ranges are checked by their ends only. */
export const RANGE_EXPANSION_LIMIT = 500;

/**
 * The keys of the labels in a range (`3`–`5` → `3`, `4`, `5`), or undefined when the range is
 * larger than `limit` or its ends do not make a sequence.
 */
export function rangeKeys(from: string, to: string, limit = RANGE_EXPANSION_LIMIT): string[] | undefined {
  const a = labelPlace(from);
  const b = labelPlace(to);
  if (!a || !b || a.family !== b.family || a.kind !== b.kind) return undefined;
  const count = b.ordinal - a.ordinal + 1;
  if (count < 1 || count > limit) return undefined;
  const keys: string[] = [];
  for (let o = a.ordinal; o <= b.ordinal; o++) {
    const last = labelAtOrdinal(a.kind, o);
    keys.push(exhibitKey(a.family ? `${a.family}-${last}` : last));
  }
  return keys;
}

/** Whether `key` lies in the range `from`–`to` (same family and kind, between the ends). */
export function rangeContains(from: string, to: string, key: string): boolean {
  const a = labelPlace(from);
  const b = labelPlace(to);
  const k = labelPlace(key);
  if (!a || !b || !k || a.family !== b.family || a.kind !== b.kind) return false;
  return k.family === a.family && k.kind === a.kind && k.ordinal >= a.ordinal && k.ordinal <= b.ordinal;
}

/** Definitions inside the draft, in source offsets: exhibit index rows and declaration sentences. */
export function draftDefinitions(analysis: Analysis): ExhibitDefinition[] {
  const { reader } = analysis;
  const out: Array<ExhibitDefinition & { at: number }> = [];
  for (const e of exhibitIndexOf(reader).entries) {
    const d: ExhibitDefinition & { at: number } = {
      label: e.label,
      origin: { kind: 'draft', form: 'index', span: reader.toSourceRange(e.start, e.end), labelSpan: reader.toSourceRange(e.labelStart, e.labelEnd) },
      at: reader.toSourceStart(e.start),
    };
    if (e.description) d.description = e.description;
    if (e.batesBegin) d.batesBegin = e.batesBegin;
    if (e.batesEnd) d.batesEnd = e.batesEnd;
    if (e.date) d.date = e.date;
    out.push(d);
  }
  for (const c of analysis.citations) {
    const defines = exhibitDetail(c)?.defines;
    if (!defines) continue;
    const labelSpan: Span | undefined = c.parts?.label0;
    const { cited, ...fields } = defines;
    void cited;
    out.push({ label: citedLabels(c)[0].label, ...fields, origin: { kind: 'draft', form: 'declaration', span: { start: c.start, end: c.end }, ...(labelSpan ? { labelSpan } : {}) }, at: c.start });
  }
  out.sort((a, b) => a.at - b.at);
  for (const d of out) delete (d as { at?: number }).at;
  return out;
}

const cache = new WeakMap<Analysis, { sources: CheckSources; catalog: ExhibitCatalog }>();

/** The merged exhibits of a draft and its sources (computed once per analysis and sources). */
export function exhibitCatalog(analysis: Analysis, sources: CheckSources): ExhibitCatalog {
  const cached = cache.get(analysis);
  if (cached && cached.sources === sources) return cached.catalog;
  const external = sources.exhibits?.definitions ?? [];
  const inDraft = draftDefinitions(analysis);
  const ordered = [
    ...external.filter((d) => d.origin.kind === 'manifest'),
    ...inDraft,
    ...external.filter((d) => d.origin.kind !== 'manifest'),
  ];
  const entries = new Map<string, ExhibitEntry>();
  for (const d of ordered) {
    const key = exhibitKey(d.label);
    const entry = entries.get(key);
    if (!entry) {
      const entry: ExhibitEntry = { label: d.label, key, definitions: [d] };
      if (d.description !== undefined) entry.description = d.description;
      if (d.batesBegin !== undefined) entry.batesBegin = d.batesBegin;
      if (d.batesEnd !== undefined) entry.batesEnd = d.batesEnd;
      if (d.file !== undefined) entry.file = d.file;
      if (d.date !== undefined) entry.date = d.date;
      entries.set(key, entry);
      continue;
    }
    entry.definitions.push(d);
    entry.description ??= d.description;
    entry.file ??= d.file;
    entry.date ??= d.date;
    if (entry.batesBegin === undefined && d.batesBegin !== undefined) {
      entry.batesBegin = d.batesBegin;
      entry.batesEnd = d.batesEnd;
    }
  }
  const sourceNames = [...(sources.exhibits?.sources ?? [])];
  if (inDraft.length > 0) sourceNames.splice(sources.exhibits?.manifest ? 1 : 0, 0, 'the exhibits defined in this draft');
  const catalog: ExhibitCatalog = { entries, draftDefinitions: inDraft, hasSource: sourceNames.length > 0, sourceNames };
  cache.set(analysis, { sources, catalog });
  return catalog;
}
