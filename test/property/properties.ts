/**
 * Helpers for the property tests: what a reader sees of a source range, applying a fix (to the
 * draft and to its exhibit list), following an offset through a fix's edits, and checking a draft
 * with its lists as the editor would.
 */
import { check, CheckResult, CheckSources } from '../../server/src/core/check';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import type { ReaderText } from '../../server/src/core/text/readerText';
import type { Edit, Fix } from '../../server/src/core/types';
import { FileHost, loadSources } from '../../server/src/service/sources';
import type { RandomDraft } from './drafts';

/** Runs and seed of every property, fixed so CI is repeatable; set BRIEFLINT_FC_RUNS / BRIEFLINT_FC_SEED to explore. */
export function propertyParameters(runs: number): { numRuns: number; seed: number } {
  const seed = process.env.BRIEFLINT_FC_SEED;
  return {
    numRuns: Number(process.env.BRIEFLINT_FC_RUNS) || runs,
    seed: seed === 'random' ? Date.now() % 2147483647 : Number(seed) || 8_2025,
  };
}

/**
 * The reader text of the source range `[start, end)`: the characters of `reader.text` that come
 * wholly from inside the range, in order.
 */
export function readerViewOf(reader: ReaderText, start: number, end: number): string {
  let out = '';
  for (let r = 0; r < reader.text.length; r++) {
    const s = reader.toSourceStart(r);
    if (s >= end) break;
    if (s >= start && reader.toSourceEnd(r + 1) <= end) out += reader.text[r];
  }
  return out;
}

/** The fix's edits of the draft itself, or undefined when it also edits another file. */
export function draftEdits(fix: Fix): Edit[] | undefined {
  return fix.edits.some((e) => e.path !== undefined) ? undefined : fix.edits;
}

/** `text` with `edits` made (they must not overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Whether any two edits overlap (an insertion at the edge of a replacement counts as touching, not overlapping). */
export function editsOverlap(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.start < a.end || (b.start === a.start && a.start === a.end && b.start === b.end)) return true;
  }
  return false;
}

/**
 * Where an offset of the old text lies after `edits`. A range that contains an edit grows with
 * it: `side` 'start' stays before text inserted at the offset, 'end' goes after it.
 */
export function mapOffset(offset: number, edits: readonly Edit[], side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const delta = e.newText.length - (e.end - e.start);
    if (e.end < offset || (e.end === offset && (e.start < offset || side === 'end'))) {
      shift += delta;
    } else if (e.start < offset && offset < e.end) {
      return side === 'start' ? e.start + shift : e.start + e.newText.length + shift;
    }
  }
  return offset + shift;
}

/** Whether the ranges `[a, b)` and `[c, d)` share a character or touch at an edge. */
export function touches(a: number, b: number, c: number, d: number): boolean {
  return a <= d && c <= b;
}

/** Where the random draft and its lists live, for the service's source loader. */
const FOLDER = '/case';
const EXHIBIT_LIST = `${FOLDER}/exhibits.csv`;
const DOCKET_LIST = `${FOLDER}/docket.csv`;

/** The draft's path and the files beside it, as an in-memory file system. */
export function worldOf(d: RandomDraft): { draftPath: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  if (d.exhibitList !== undefined) files.set(EXHIBIT_LIST, d.exhibitList);
  if (d.docketList !== undefined) files.set(DOCKET_LIST, d.docketList);
  return { draftPath: `${FOLDER}/brief.${d.format === 'markdown' ? 'md' : 'txt'}`, files };
}

function memoryHost(files: Map<string, string>): FileHost {
  return {
    readText: (path) => (files.has(path) ? { text: files.get(path)! } : { error: 'does not exist' }),
    listDir: (path) => (path === FOLDER ? [...files.keys()].map((f) => f.slice(FOLDER.length + 1)) : undefined),
    exists: (path) => files.has(path) || path === FOLDER,
  };
}

/** The draft's exhibit and docket lists, loaded by the service as the editor loads them. */
export function sourcesOf(d: RandomDraft): CheckSources {
  const { draftPath, files } = worldOf(d);
  return loadSources(draftPath, FOLDER, DEFAULT_SETTINGS, memoryHost(files)).sources;
}

/** The check the editor would show: the draft with its exhibit and docket lists. */
export function checkWorld(d: RandomDraft): CheckResult {
  return check({ text: d.text, format: d.format, path: worldOf(d).draftPath }, DEFAULT_SETTINGS, sourcesOf(d));
}

/** The draft (and its lists) with a fix applied; undefined when the fix edits a file that is not there. */
export function applyFixToWorld(d: RandomDraft, fix: Fix): RandomDraft | undefined {
  const out: RandomDraft = { ...d };
  const byPath = new Map<string | undefined, Edit[]>();
  for (const e of fix.edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  for (const [path, edits] of byPath) {
    if (path === undefined || path === worldOf(d).draftPath) {
      out.text = applyEdits(out.text, edits);
    } else if (path === EXHIBIT_LIST || path === DOCKET_LIST) {
      const key = path === EXHIBIT_LIST ? 'exhibitList' : 'docketList';
      const current = out[key] ?? (edits.some((e) => e.create) ? '' : undefined);
      if (current === undefined) return undefined;
      out[key] = applyEdits(current, edits);
    } else {
      return undefined;
    }
  }
  return out;
}
