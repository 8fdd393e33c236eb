import type { Analysis } from '../../analysis';
import type { CheckSources } from '../../types';
import type { Citation, Edit, Span } from '../../types';
import {
  citedLabels,
  exhibitCatalog,
  ExhibitCatalog,
  exhibitDetail,
  ownExhibitCites,
  rangeContains,
  rangeKeys,
} from './catalog';
import { compareLabels, exhibitKey, isDigit, isExhibitLabel, isUpper, labelAtOrdinal, labelPlace } from './labels';
import { baseName, labelReplacement, manifestCsv } from './manifest';
import { BatesRange, compareBates } from './bates';
import type { ExhibitDefinition, ManifestField } from './types';

/**
 * The exhibit commands another layer wires to the editor and the command line, as pure
 * functions of an analysis and its sources: renumber every exhibit in order of first citation,
 * rename one exhibit everywhere, the exhibit index, and a new exhibit list made from the draft.
 * Edits to the draft carry no `path`; edits to the exhibit list carry its path.
 */

/** Edits that change labels, or why they cannot be made. */
export interface LabelEdits {
  edits: Edit[];
  /** Old label → new label, in order. */
  changes: Array<{ from: string; to: string }>;
  /** Set when nothing is edited, saying why (a range that would break, a label that cannot be edited). */
  problem?: string;
}

// ---------------------------------------------------------------------------------------------
// Renumbering

/**
 * Renumbers the draft's own exhibits in the order they are first cited: the first exhibit cited
 * becomes 1 (or A), the next 2 (or B), and so on; listed exhibits never cited follow in their
 * order. Numbered and lettered exhibits are renumbered separately; `12-B` follows `12`.
 * Edits every cite, the draft's exhibit index and the exhibit list; nothing when any of them
 * cannot be edited safely, so draft and list never disagree.
 */
export function renumberExhibits(analysis: Analysis, sources: CheckSources): LabelEdits {
  const blocked = listProblems(sources);
  if (blocked) return { edits: [], changes: [], problem: blocked };
  const catalog = exhibitCatalog(analysis, sources);
  const cites = ownExhibitCites(analysis);
  const mapping = new Map<string, string>(); // base key → new base label
  const changes: Array<{ from: string; to: string }> = [];
  for (const kind of ['number', 'letters'] as const) {
    const order: string[] = [];
    const seen = new Set<string>();
    const add = (base: string | undefined) => {
      if (base === undefined || seen.has(base)) return;
      seen.add(base);
      order.push(base);
    };
    for (const { labels } of cites) {
      for (const item of labels) {
        if (!item.through) {
          add(baseOf(item.label, kind));
          continue;
        }
        const members = rangeKeys(item.label, item.through.label);
        if (!members) {
          if (baseOf(item.label, kind) !== undefined) return refuse(`${rangeName(item)} is too large a range to renumber.`);
          continue;
        }
        for (const m of members) add(baseOf(m, kind));
      }
    }
    const listed = [...catalog.entries.values()].map((e) => baseOf(e.label, kind)).filter((b): b is string => b !== undefined);
    listed.sort(compareLabels);
    for (const b of listed) add(b);
    order.forEach((base, k) => {
      const next = labelAtOrdinal(kind, k + 1);
      if (base !== exhibitKey(next)) {
        mapping.set(base, next);
        changes.push({ from: base, to: next });
      }
    });
  }
  if (mapping.size === 0) return { edits: [], changes: [] };
  const relabel = (label: string): string => {
    const base = baseOf(label, 'number') ?? baseOf(label, 'letters');
    if (base === undefined) return label;
    const next = mapping.get(base);
    if (next === undefined) return label;
    const width = baseText(label).length;
    const padded = /^0\d/.test(label) && /^\d+$/.test(next) ? next.padStart(width, '0') : next;
    return padded + label.slice(baseText(label).length);
  };
  const edits: Edit[] = [];
  for (const { cite: c, labels } of cites) {
    for (const item of labels) {
      const span = c.parts?.[item.part];
      if (!span) return refuse(`The label of ${exhibitName(c)} cannot be edited.`);
      if (!item.through) {
        pushLabelEdit(edits, span, item.label, relabel(item.label));
        continue;
      }
      const members = rangeKeys(item.label, item.through.label) ?? [];
      const renamed = members.map((m) => exhibitKey(relabel(m)));
      const ordinals = renamed.map((k) => labelPlace(k)?.ordinal ?? NaN).sort((a, b) => a - b);
      const contiguous = ordinals.every((o, k) => k === 0 || o === ordinals[k - 1] + 1);
      if (!contiguous) return refuse(`${rangeName(item)} at line ${lineOf(analysis, c.start)} would no longer be a run of exhibits after renumbering; renumber by hand.`);
      const first = renamed.find((k) => labelPlace(k)?.ordinal === ordinals[0])!;
      const last = renamed.find((k) => labelPlace(k)?.ordinal === ordinals[ordinals.length - 1])!;
      const endSpan = c.parts?.[item.through.part];
      if (!endSpan) return refuse(`The range ${rangeName(item)} cannot be edited.`);
      pushLabelEdit(edits, span, item.label, first);
      pushLabelEdit(edits, endSpan, item.through.label, last);
    }
  }
  const listEdits = definitionEdits(catalog, (d) => relabel(d.label));
  if ('problem' in listEdits) return refuse(listEdits.problem);
  for (const e of listEdits.edits) edits.push(e);
  return { edits, changes };

  function refuse(problem: string): LabelEdits {
    return { edits: [], changes: [], problem };
  }
}

/**
 * Why the exhibit list cannot be edited safely, if it cannot: rows it skips (a duplicate label,
 * a broken quote) would keep their old labels and come back as other exhibits.
 */
export function listProblems(sources: CheckSources): string | undefined {
  const problems = sources.exhibits?.problems ?? [];
  if (problems.length === 0) return undefined;
  const first = problems[0];
  return `${baseName(first.path)} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (line ${first.line + 1}: ${first.message}); fix ${problems.length === 1 ? 'it' : 'them'} first.`;
}

/** The key of the part of `label` that renumbering changes: `12` of `12-B`, `A` of `A-1`; undefined if of another kind. */
function baseOf(label: string, kind: 'number' | 'letters'): string | undefined {
  const base = baseText(label);
  if (!base) return undefined;
  const digits = isDigit(base.charCodeAt(0));
  if (digits !== (kind === 'number')) return undefined;
  if (!digits && base.length !== 1) return undefined;
  return exhibitKey(base);
}

/** The leading part of a label as written (`12` of `12-B`, `A` of `A-1`). */
function baseText(label: string): string {
  const digits = isDigit(label.charCodeAt(0));
  if (!digits && !isUpper(label.charCodeAt(0))) return '';
  let k = 1;
  while (k < label.length && (digits ? isDigit(label.charCodeAt(k)) : isUpper(label.charCodeAt(k)))) k++;
  return label.slice(0, k);
}

function pushLabelEdit(edits: Edit[], span: Span, old: string, next: string): void {
  if (old !== next) edits.push({ start: span.start, end: span.end, newText: next });
}

/** Edits of the labels in the draft's exhibit index and in the exhibit list. */
function definitionEdits(catalog: ExhibitCatalog, relabel: (d: ExhibitDefinition) => string): { edits: Edit[] } | { problem: string } {
  const edits: Edit[] = [];
  for (const entry of catalog.entries.values()) {
    for (const d of entry.definitions) {
      const next = relabel(d);
      if (exhibitKey(next) === exhibitKey(d.label) && next === d.label) continue;
      if (d.origin.kind === 'draft') {
        if (d.origin.form === 'declaration') continue; // the cite itself, edited with the cites
        if (!d.origin.labelSpan) return { problem: `The label of Ex. ${d.label} in the draft's exhibit index cannot be edited.` };
        edits.push({ start: d.origin.labelSpan.start, end: d.origin.labelSpan.end, newText: next });
      } else if (d.origin.kind === 'manifest') {
        const name = baseName(d.origin.path ?? 'the exhibit list');
        if (!d.origin.labelSpan || !d.origin.path) {
          return { problem: `Brieflint cannot find the label of Ex. ${d.label} in ${name} to change it; make the exhibit column the first column, or edit the list by hand.` };
        }
        edits.push({ path: d.origin.path, start: d.origin.labelSpan.start, end: d.origin.labelSpan.end, newText: labelReplacement(d, next) });
      } else {
        return { problem: `Ex. ${d.label} is the file ${baseName(d.origin.path ?? '')} in the exhibit folder; rename the files by hand (Brieflint does not rename files).` };
      }
    }
  }
  return { edits };
}

// ---------------------------------------------------------------------------------------------
// Renaming one exhibit

/** The label under `offset` in the draft (a cite's label or an exhibit index row's), for rename. */
export function exhibitLabelAt(analysis: Analysis, sources: CheckSources, offset: number): { label: string; span: Span } | undefined {
  for (const c of analysis.citations) {
    if (c.start > offset) break;
    if (c.end < offset || c.kind !== 'exhibit' || exhibitDetail(c)?.of) continue;
    for (const item of citedLabels(c)) {
      for (const [label, part] of [[item.label, item.part], [item.through?.label, item.through?.part]] as const) {
        const span = part ? c.parts?.[part] : undefined;
        if (label !== undefined && span && span.start <= offset && offset <= span.end) return { label, span };
      }
    }
  }
  for (const d of exhibitCatalog(analysis, sources).draftDefinitions) {
    const span = d.origin.labelSpan;
    if (d.origin.form === 'index' && span && span.start <= offset && offset <= span.end) return { label: d.label, span };
  }
  return undefined;
}

/**
 * Renames one exhibit everywhere: every cite of it, the draft's exhibit index and the exhibit
 * list. Refuses a label that is not one, one already in use, and an exhibit a range names
 * (`Exs. 3–5` for Ex. 3, 4 or 5): renaming it would change which exhibits the range names.
 */
export function renameExhibit(analysis: Analysis, sources: CheckSources, from: string, to: string): LabelEdits {
  const next = to.trim().replace(/^(?:Ex(?:h|hibit)?\.?\s*)/i, '');
  if (!isExhibitLabel(next)) return { edits: [], changes: [], problem: `"${to}" is not an exhibit label (like 4, D or 12-B).` };
  const blocked = listProblems(sources);
  if (blocked) return { edits: [], changes: [], problem: blocked };
  const key = exhibitKey(from);
  const nextKey = exhibitKey(next);
  const catalog = exhibitCatalog(analysis, sources);
  const cites = ownExhibitCites(analysis);
  if (nextKey !== key) {
    const inUse = catalog.entries.has(nextKey) || cites.some(({ labels }) => labels.some((i) => i.key === nextKey || i.through?.key === nextKey || (i.through && rangeContains(i.label, i.through.label, nextKey))));
    if (inUse) return { edits: [], changes: [], problem: `Ex. ${next} already exists; pick a label no exhibit uses, or renumber all exhibits.` };
  }
  const edits: Edit[] = [];
  for (const { cite: c, labels } of cites) {
    for (const item of labels) {
      if (item.key === key && !item.through && c.parts?.[item.part]) pushLabelEdit(edits, c.parts[item.part], item.label, next);
      if (!item.through) continue;
      // A range names the exhibits between its ends too: renaming an end would change which.
      const atEnd = item.key === key || item.through.key === key;
      if (atEnd || rangeContains(item.label, item.through.label, key)) {
        return {
          edits: [],
          changes: [],
          problem: `Ex. ${from} is cited ${atEnd ? 'as an end of' : 'inside'} the range ${rangeName(item)} at line ${lineOf(analysis, c.start)}; renaming it would change which exhibits the range names. Rewrite the range first, or renumber all exhibits.`,
        };
      }
    }
  }
  const listEdits = definitionEdits(catalog, (d) => (exhibitKey(d.label) === key ? next : d.label));
  if ('problem' in listEdits) return { edits: [], changes: [], problem: listEdits.problem };
  for (const e of listEdits.edits) edits.push(e);
  return { edits, changes: edits.length ? [{ from, to: next }] : [] };
}

// ---------------------------------------------------------------------------------------------
// The exhibit index

/** One exhibit in the exhibit index. */
export interface ExhibitIndexRow {
  label: string;
  description?: string;
  batesBegin?: string;
  batesEnd?: string;
  date?: string;
  file?: string;
  /** 1-based line of the first cite; absent when the draft never cites it. */
  firstCitedLine?: number;
  citedCount: number;
  /** Where it is defined: `exhibits.csv`, `this draft`, the folder; absent when only cited. */
  definedIn?: string;
}

/**
 * Every exhibit the draft cites or its sources define, in label order, with what is known about
 * it. Ranges count for each exhibit in them (up to a sane size).
 */
export function exhibitIndex(analysis: Analysis, sources: CheckSources): ExhibitIndexRow[] {
  const catalog = exhibitCatalog(analysis, sources);
  const rows = new Map<string, ExhibitIndexRow>();
  const rowFor = (label: string): ExhibitIndexRow => {
    const key = exhibitKey(label);
    let row = rows.get(key);
    if (!row) {
      row = { label, citedCount: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const { cite: c, detail, labels } of ownExhibitCites(analysis)) {
    const line = lineOf(analysis, c.start);
    for (const item of labels) {
      const members = item.through ? rangeKeys(item.label, item.through.label) ?? [item.label, item.through.label] : [item.label];
      for (const m of members) {
        const row = rowFor(m === item.key ? item.label : m);
        row.citedCount++;
        row.firstCitedLine ??= line;
        if (labels.length === 1 && !item.through) {
          const cited = detail.bates.find((b) => b.role === 'cited' && wellFormedRange(b));
          if (cited && row.batesBegin === undefined) {
            row.batesBegin = cited.begin.text;
            if (cited.end) row.batesEnd = cited.end.text;
          }
          if (row.description === undefined && detail.parenthetical && describesExhibit(detail.parenthetical)) row.description = detail.parenthetical;
        }
      }
    }
  }
  for (const entry of catalog.entries.values()) {
    const row = rowFor(entry.label);
    row.label = entry.label;
    const origin = entry.definitions[0].origin;
    row.definedIn = origin.kind === 'draft' ? 'this draft' : baseName(origin.path ?? '');
    if (entry.description !== undefined) row.description = entry.description;
    if (entry.batesBegin !== undefined) {
      row.batesBegin = entry.batesBegin;
      if (entry.batesEnd !== undefined) row.batesEnd = entry.batesEnd;
      else delete row.batesEnd;
    }
    if (entry.date !== undefined) row.date = entry.date;
    if (entry.file !== undefined) row.file = entry.file;
  }
  return [...rows.values()].sort((a, b) => compareLabels(a.label, b.label));
}

/**
 * Whether a parenthetical after a cite reads as a description of the exhibit — not a quotation,
 * a redaction, an explanatory `citing …`, or a parenthetical that cites something itself.
 */
export function describesExhibit(parenthetical: string): boolean {
  const p = parenthetical.trim();
  if (p.length === 0 || p.length > 120 || /^["“'‘]/.test(p) || /REDACTED/i.test(p)) return false;
  if (/^(?:citing|quoting|emphasis|alteration|internal|cleaned)/i.test(p)) return false;
  return !/\bv\.\s|\bEx(?:s|h|hs)?\.|\bExhibit|\bDkt\.|\bECF\b|¶|§|\b\d+\s+[A-Z][A-Za-z.]*(?:\s?\d?[a-z]{1,2})?\s+\d+\b/.test(p);
}

/** Whether a cited Bates range can go into a list as it is: one party's numbers, not backwards. */
export function wellFormedRange(b: BatesRange): boolean {
  return !b.end || (b.end.party === b.begin.party && compareBates(b.end, b.begin) >= 0);
}

/** The exhibit index as a Markdown table, for `brieflint exhibits FILE`. */
export function exhibitIndexMarkdown(rows: ExhibitIndexRow[]): string {
  const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const lines = ['| Exhibit | Description | Bates | Date | First cited |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const bates = r.batesBegin ? (r.batesEnd ? `${r.batesBegin} – ${r.batesEnd}` : r.batesBegin) : '';
    const cited = r.firstCitedLine === undefined ? 'not cited' : `line ${r.firstCitedLine}${r.citedCount > 1 ? ` (${r.citedCount} times)` : ''}`;
    lines.push(`| Ex. ${cell(r.label)} | ${cell(r.description)} | ${cell(bates)} | ${cell(r.date)} | ${cited} |`);
  }
  return lines.join('\n') + '\n';
}

/** A new `exhibits.csv` listing every exhibit the draft cites or defines, with what is known of each. */
export function createManifestCsv(analysis: Analysis, sources: CheckSources): string {
  return manifestCsv(exhibitIndex(analysis, sources).map((r) => indexRowFields(r)));
}

/** The fields of a list row for an index row (the file is left out: it is a path on this machine). */
export function indexRowFields(r: ExhibitIndexRow): Partial<Record<ManifestField, string>> {
  const row: Partial<Record<ManifestField, string>> = { exhibit: r.label };
  if (r.description) row.description = r.description;
  if (r.batesBegin) row.batesBegin = r.batesBegin;
  if (r.batesEnd) row.batesEnd = r.batesEnd;
  if (r.date) row.date = r.date;
  return row;
}

// ---------------------------------------------------------------------------------------------

function lineOf(analysis: Analysis, offset: number): number {
  return analysis.lines.positionAt(offset).line + 1;
}

function rangeName(item: { label: string; through?: { label: string } }): string {
  return item.through ? `Exs. ${item.label}–${item.through.label}` : `Ex. ${item.label}`;
}

function exhibitName(c: Citation): string {
  return `"${c.text}"`;
}
