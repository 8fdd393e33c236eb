/**
 * Helpers for the exhibit tests: a case folder held in memory (the draft and its exhibit lists),
 * checked the way the editor and the command line check it, and fixes applied to every file
 * they touch.
 */
import { check, CheckResult, CheckSources } from '../../../server/src/core/check';
import { BrieflintSettings, DEFAULT_SETTINGS, sanitizeSettings } from '../../../server/src/core/settings';
import type { DocumentFormat } from '../../../server/src/core/text/markdown';
import type { Finding, Fix } from '../../../server/src/core/types';
import { loadExhibitSources } from '../../../server/src/service/exhibitSources';
import type { FileHost } from '../../../server/src/service/sources';
import { annotate } from '../helpers';

export const CASE = '/case';
export const DRAFT_PATH = '/case/brief.md';

/** A file system of a few files and folders, as the service reaches it. */
export function fakeHost(files: Record<string, string>, folders: Record<string, string[]> = {}): FileHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readText(path) {
      reads.push(path);
      if (path in files) return { text: files[path] };
      if (path in folders) return { error: 'is a folder, not a file' };
      return { error: 'no such file' };
    },
    listDir(path) {
      return folders[path];
    },
    exists(path) {
      return path in files || path in folders;
    },
  };
}

export interface CaseFolder {
  /** The draft's text. */
  draft: string;
  /** Other files by absolute path (`/case/exhibits.csv`). */
  files?: Record<string, string>;
  folders?: Record<string, string[]>;
  /** Raw settings as in `.brieflint.json`. */
  settings?: unknown;
  format?: DocumentFormat;
  draftPath?: string;
}

export interface Checked {
  result: CheckResult;
  sources: CheckSources;
  watched: string[];
  settings: BrieflintSettings;
}

/** Loads the exhibit sources of the draft at `/case/brief.md` from the files given, and checks it. */
export function checkCase(folder: CaseFolder): Checked {
  const settings = folder.settings === undefined ? DEFAULT_SETTINGS : sanitizeSettings(folder.settings).settings;
  const draftPath = folder.draftPath ?? (folder.format === 'plaintext' ? '/case/letter.txt' : DRAFT_PATH);
  const host = fakeHost(folder.files ?? {}, folder.folders ?? {});
  const loaded = loadExhibitSources(draftPath, CASE, settings, host);
  const sources: CheckSources = loaded.exhibits ? { exhibits: loaded.exhibits } : {};
  const result = check({ text: folder.draft, format: folder.format ?? 'markdown', path: draftPath }, settings, sources);
  return { result, sources, watched: loaded.watched, settings };
}

/** The findings of some codes (all exhibit codes when none are given). */
export function findingsOf(result: CheckResult, ...codes: string[]): Finding[] {
  const wanted = codes.length ? codes : EXHIBIT_CODES;
  return result.findings.filter((f) => wanted.includes(f.code));
}

export const EXHIBIT_CODES = [
  'exhibit-unresolved',
  'exhibit-bates-conflict',
  'bates-malformed',
  'exhibit-order',
  'exhibit-unused',
  'exhibit-source-missing',
  'exhibit-defined-twice',
];

/** The draft with the findings of `codes` tagged, for golden comparisons. */
export function tagged(checked: Checked, ...codes: string[]): string {
  return annotate(checked.result.draft.text, findingsOf(checked.result, ...codes));
}

/** `code: message` of each finding, in order, for comparisons a person can read. */
export function messages(checked: Checked, ...codes: string[]): string[] {
  return findingsOf(checked.result, ...codes).map((f) => `${f.code}: ${f.message}`);
}

/** Applies a fix to the case folder: edits without a path to the draft, others to their file. */
export function applyToCase(folder: CaseFolder, fix: Fix): CaseFolder {
  const files = { ...(folder.files ?? {}) };
  let draft = folder.draft;
  const byPath = new Map<string | undefined, Fix['edits']>();
  for (const e of fix.edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  for (const [path, edits] of byPath) {
    const sorted = [...edits].sort((a, b) => b.start - a.start);
    let text = path === undefined ? draft : edits.some((e) => e.create) ? files[path] ?? '' : files[path];
    if (text === undefined) throw new Error(`the fix edits ${path}, which does not exist`);
    for (let k = 1; k < sorted.length; k++) if (sorted[k].end > sorted[k - 1].start) throw new Error('overlapping edits');
    for (const e of sorted) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    if (path === undefined) draft = text;
    else files[path] = text;
  }
  return { ...folder, draft, files };
}

/** Each exhibit finding as `line: code "text" — message`, for the letter-motion tests. */
export function lineReport(checked: Checked): string[] {
  const { result } = checked;
  return findingsOf(result).map((f) => `${result.lines.positionAt(f.start).line + 1}: ${f.code} ${JSON.stringify(result.draft.text.slice(f.start, f.end))} — ${f.message}`);
}

/** The folder with the preferred fix of every exhibit finding applied (they must touch different characters). */
export function applyPreferred(folder: CaseFolder): CaseFolder {
  const fixes = findingsOf(checkCase(folder).result).flatMap((f) => f.fixes.filter((x) => x.preferred));
  return applyToCase(folder, { title: 'all', edits: fixes.flatMap((x) => x.edits) });
}
