import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult, Draft } from '../core/check';
import type { Edit, Finding } from '../core/types';
import { DocumentError, readDocx, readDraftDocument } from '../documents';
import { applyDocxEdits } from '../documents/docxFix';
import { describeFsError } from '../nodeHost';

/**
 * `brieflint fix FILE [--out FILE | --in-place]`: applies every safe fix — each finding's
 * preferred fix, or its only fix — to the draft. Markdown and plain text get the fixed text
 * (on standard output without --out or --in-place); a `.docx` gets the fixes as Word tracked
 * changes by "Brieflint" (it needs --out or --in-place). A PDF cannot be fixed. The file is
 * written to a temporary file beside the target and renamed over it, so the user's text is never
 * lost half-written.
 */

export const FIX_USAGE = `Usage: brieflint fix FILE [--out FILE | --in-place]

Applies every safe fix (each finding's preferred fix, or its only fix). Markdown and plain text:
the fixed text goes to --out, replaces the draft with --in-place, or is printed without either.
A .docx needs --out or --in-place and gets the fixes as Word tracked changes by "Brieflint";
nothing else in the package changes. A PDF cannot be fixed.
`;

export interface FixIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/** Checks a draft as `check` would for that file (its .brieflint.json, its exhibit and docket lists). */
export type CheckDraft = (file: string, draft: Draft) => CheckResult;

export async function runFix(args: string[], io: FixIo, checkDraft: CheckDraft): Promise<number> {
  let out: string | undefined;
  let inPlace = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--out' || a.startsWith('--out=')) {
      out = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!out) return usage(io, '--out needs a file');
    } else if (a === '--in-place') inPlace = true;
    else if (a.startsWith('-') && a !== '-') return usage(io, `unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) return usage(io, 'fix takes exactly one file');
  if (out && inPlace) return usage(io, 'give --out or --in-place, not both');
  const shown = files[0];
  const file = path.resolve(io.cwd, shown);
  const target = out ? path.resolve(io.cwd, out) : inPlace ? file : undefined;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return fail(io, `cannot fix ${shown}: a PDF cannot be edited; fix the document it was made from`);

  if (ext === '.docx') {
    if (!target) return usage(io, 'fix of a .docx needs --out FILE (or --in-place)');
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      return fail(io, `cannot read ${shown}: ${describeFsError(e)}`);
    }
    let doc;
    try {
      doc = readDocx(bytes);
    } catch (e) {
      if (e instanceof DocumentError) return fail(io, `cannot read ${shown}: it ${e.message}`);
      throw e;
    }
    const result = checkDraft(file, { text: doc.text, format: 'plaintext', path: file });
    const fixed = applyDocxEdits(doc, nonOverlapping(safeEdits(result.findings)));
    const written = writeSafely(target, fixed.bytes);
    if (written) return fail(io, `cannot write ${out ?? shown}: ${written}`);
    io.stderr(`brieflint: ${shown}: ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'} written as tracked changes` + (fixed.skipped ? `; ${fixed.skipped} left (they cross Word formatting, fields or other tracked changes)` : '') + '\n');
    return 0;
  }

  const read = await readDraftDocument(file);
  if (read.error !== undefined) return fail(io, `cannot read ${shown}: it ${read.error}`);
  const result = checkDraft(file, { text: read.text, format: read.format, path: file });
  const edits = nonOverlapping(safeEdits(result.findings));
  const text = applyEdits(read.text, edits);
  if (!target) {
    io.stdout(text);
  } else {
    const written = writeSafely(target, text);
    if (written) return fail(io, `cannot write ${out ?? shown}: ${written}`);
  }
  io.stderr(`brieflint: ${shown}: ${edits.length} fix${edits.length === 1 ? '' : 'es'} applied\n`);
  return 0;
}

/** Each finding's preferred fix, or its only fix; its edits of the draft (not of other files). */
export function safeEdits(findings: Finding[]): Edit[] {
  const edits: Edit[] = [];
  for (const f of findings) {
    // A fix of every finding of a code (`all`) is the sum of the findings' own fixes: not counted again.
    const own = f.fixes.filter((x) => !x.all);
    const fix = own.find((x) => x.preferred) ?? (own.length === 1 ? own[0] : undefined);
    if (!fix || fix.edits.some((e) => e.path !== undefined)) continue;
    edits.push(...fix.edits);
  }
  return edits;
}

/** The edits in order, leaving out any that overlaps one before it. */
export function nonOverlapping(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  let end = -1;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < end || (e.start === end && e.start === e.end && out.length && out[out.length - 1].start === e.start)) continue;
    out.push(e);
    end = Math.max(end, e.end);
  }
  return out;
}

export function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Writes to a temporary file beside `target` and renames it over; the error's description, or undefined. */
function writeSafely(target: string, data: string | Uint8Array): string | undefined {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.brieflint-${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
    return undefined;
  } catch (e) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing to clean up
    }
    return describeFsError(e);
  }
}

function usage(io: FixIo, message: string): number {
  io.stderr(`brieflint: ${message}\n\n${FIX_USAGE}`);
  return 2;
}

function fail(io: FixIo, message: string): number {
  io.stderr(`brieflint: ${message}\n`);
  return 2;
}
