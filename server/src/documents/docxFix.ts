import type { Edit } from '../core/types';
import { escapeXml } from './xml';
import { DocxRead, DocxRun } from './docx';
import { rewriteZip } from './zip';

/**
 * Writes edits of the read text of a `.docx` back into the package as Word tracked changes: the
 * old text of each run an edit touches goes into a `w:del` (as `w:delText`), the new text into a
 * `w:ins` by "Brieflint" with the current date, and the run's untouched text stays in runs with
 * the same properties. Only document.xml, footnotes.xml and endnotes.xml are rewritten, and only
 * when an edit lands in them; every other entry of the package is copied byte for byte.
 *
 * An edit is written only when every character it replaces came from plain runs (one `w:t`
 * each, outside other tracked changes and fields) of one part; other edits are left, and counted.
 */

export const AUTHOR = 'Brieflint';

export interface DocxFixResult {
  bytes: Uint8Array;
  applied: number;
  skipped: number;
}

interface RunEdit {
  /** Offsets within the run's text. */
  start: number;
  end: number;
  insert: string;
}

export function applyDocxEdits(doc: DocxRead, edits: Edit[], now = new Date()): DocxFixResult {
  const byRun = new Map<DocxRun, RunEdit[]>();
  let applied = 0;
  let skipped = 0;
  let lastEnd = -1;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const planned = edit.start >= lastEnd ? plan(doc.runs, edit) : undefined;
    if (!planned) {
      skipped++;
      continue;
    }
    for (const [run, runEdit] of planned) {
      const list = byRun.get(run) ?? [];
      list.push(runEdit);
      byRun.set(run, list);
    }
    lastEnd = Math.max(edit.end, edit.start + 1);
    applied++;
  }
  const date = now.toISOString().replace(/\.\d+Z$/, 'Z');
  const replace = new Map<string, Uint8Array>();
  const parts = new Map<string, Array<[DocxRun, RunEdit[]]>>();
  for (const entry of byRun) {
    const list = parts.get(entry[0].part) ?? [];
    list.push(entry);
    parts.set(entry[0].part, list);
  }
  for (const [part, runs] of parts) {
    let xml = doc.xml.get(part)!;
    let id = nextId(xml);
    runs.sort((a, b) => b[0].xml.start - a[0].xml.start);
    for (const [run, runEdits] of runs) {
      const pieces: string[] = [];
      const plain = (text: string) => (text ? `<w:r>${run.xml.rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '');
      let at = 0;
      for (const e of runEdits.sort((a, b) => a.start - b.start)) {
        pieces.push(plain(run.text.slice(at, e.start)));
        const stamp = `w:author="${AUTHOR}" w:date="${date}"`;
        if (e.end > e.start) pieces.push(`<w:del w:id="${id++}" ${stamp}><w:r>${run.xml.rPr}<w:delText xml:space="preserve">${escapeXml(run.text.slice(e.start, e.end))}</w:delText></w:r></w:del>`);
        if (e.insert) pieces.push(`<w:ins w:id="${id++}" ${stamp}>${plain(e.insert)}</w:ins>`);
        at = e.end;
      }
      pieces.push(plain(run.text.slice(at)));
      xml = xml.slice(0, run.xml.start) + pieces.join('') + xml.slice(run.xml.end);
    }
    replace.set(part, new TextEncoder().encode(xml));
  }
  return { bytes: applied > 0 ? rewriteZip(doc.zip, replace) : doc.zip.bytes, applied, skipped };
}

/** Where one edit lands: the runs it touches and what it does in each; undefined when it cannot be written. */
function plan(runs: DocxRun[], edit: Edit): Array<[DocxRun, RunEdit]> | undefined {
  const i = firstRunAtOrAfter(runs, edit.start);
  if (edit.start === edit.end) {
    // An insertion goes into the run that holds the character before it, else the one after.
    const run = [runs[i - 1], runs[i]].find((r) => r && r.start <= edit.start && edit.start <= r.end && r.xml.simple);
    return run ? [[run, { start: edit.start - run.start, end: edit.start - run.start, insert: edit.newText }]] : undefined;
  }
  const out: Array<[DocxRun, RunEdit]> = [];
  let covered = edit.start;
  for (let k = i; k < runs.length && runs[k].start < edit.end; k++) {
    const run = runs[k];
    if (run.end <= edit.start) continue;
    if (run.start > covered || !run.xml.simple || run.part !== runs[i].part) return undefined;
    const start = Math.max(edit.start, run.start) - run.start;
    const end = Math.min(edit.end, run.end) - run.start;
    out.push([run, { start, end, insert: out.length === 0 ? edit.newText : '' }]);
    covered = run.start + end;
  }
  return covered >= edit.end && out.length > 0 ? out : undefined;
}

/** Index of the first run that ends after `offset` (runs are in text order). */
function firstRunAtOrAfter(runs: DocxRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An id above every `w:id` in the part, for the new tracked changes. */
function nextId(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/\bw:id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}
