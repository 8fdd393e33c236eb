import * as path from 'node:path';
import type { Range, TextDocumentEdit, WorkspaceEdit, CreateFile } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import { createManifestCsv, exhibitIndex, exhibitIndexMarkdown, exhibitLabelAt, renameExhibit, renumberExhibits } from '../core/families/exhibits';
import type { Edit } from '../core/types';
import type { FileAccess } from './codeActions';
import type { CommandOutcome } from './commands';

/**
 * The exhibit commands and rename, wired to the pure functions of `core/families/exhibits/commands.ts`:
 * what they edit and why they refuse is decided there; this turns their edits (of the draft, and
 * of the exhibit list through `Edit.path`) into one workspace edit and their outcome into a
 * sentence for the lawyer.
 */

/** The exhibit index as a Markdown table: label, description, Bates, date, where first cited. */
export function exhibitIndexCommand(result: CheckResult, sources: CheckSources): CommandOutcome {
  const rows = exhibitIndex(result, sources);
  if (rows.length === 0) return { ok: false, message: 'The draft cites no exhibits and no exhibit list defines any.' };
  return { ok: true, message: `${rows.length} exhibit${rows.length === 1 ? '' : 's'}.`, text: exhibitIndexMarkdown(rows) };
}

/** Renumbers the exhibits in order of first citation, in the draft and its exhibit list together. */
export function renumberExhibitsCommand(result: CheckResult, sources: CheckSources, document: TextDocument, files: FileAccess): CommandOutcome {
  const made = renumberExhibits(result, sources);
  if (made.problem !== undefined) return { ok: false, message: `Nothing was renumbered: ${made.problem}` };
  if (made.changes.length === 0 || made.edits.length === 0) return { ok: true, message: 'The exhibits are already numbered in the order they are first cited.' };
  const edit = labelEdit(document, made.edits, files);
  if (!edit) return { ok: false, message: 'Nothing was renumbered: the exhibit list cannot be opened for editing.' };
  const shown = made.changes.slice(0, 8).map((c) => `Ex. ${c.from} → Ex. ${c.to}`);
  const more = made.changes.length > 8 ? ` and ${made.changes.length - 8} more` : '';
  return { ok: true, message: `Renumbered ${made.changes.length} exhibit${made.changes.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}.`, edit };
}

/** Where a new exhibit list goes: `exhibits.csv` beside the draft. */
export function newManifestPath(draftPath: string): string {
  return path.join(path.dirname(draftPath), 'exhibits.csv');
}

/**
 * Creates `exhibits.csv` beside the draft, listing every exhibit it cites or defines with what is
 * known of each. Never overwrites: a draft that already has an exhibit list keeps it.
 */
export function createExhibitManifestCommand(
  result: CheckResult,
  sources: CheckSources,
  draftPath: string | undefined,
  files: FileAccess,
): CommandOutcome {
  if (!draftPath) return { ok: false, message: 'Save the draft first: the exhibit list is created beside it.' };
  const existing = sources.exhibits?.manifest?.path;
  if (existing) return { ok: false, message: `The draft already has an exhibit list, ${existing}; Brieflint does not replace it.` };
  const target = newManifestPath(draftPath);
  if (files.textOf(target) !== undefined) return { ok: false, message: `${target} already exists; Brieflint does not overwrite it.` };
  const uri = files.uriOf(target);
  if (!uri) return { ok: false, message: `Brieflint cannot create ${target}.` };
  const count = exhibitIndex(result, sources).length;
  if (count === 0) return { ok: false, message: 'The draft cites no exhibits, so there is nothing to list.' };
  const create: CreateFile = { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } };
  const fill: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [{ range: at0, newText: createManifestCsv(result, sources) }] };
  return {
    ok: true,
    message: `Created ${path.basename(target)} with ${count} exhibit${count === 1 ? '' : 's'} from the draft; check the descriptions and Bates numbers.`,
    edit: { documentChanges: [create, fill] },
  };
}

const at0: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The exhibit label under the cursor that rename can change, and its range. */
export function prepareExhibitRename(result: CheckResult, sources: CheckSources, document: TextDocument, offset: number): { range: Range; placeholder: string } | undefined {
  const found = exhibitLabelAt(result, sources, offset);
  if (!found) return undefined;
  return { range: { start: document.positionAt(found.span.start), end: document.positionAt(found.span.end) }, placeholder: found.label };
}

/** Renames the exhibit under the cursor everywhere (cites, the draft's index, the exhibit list); a problem says why not. */
export function renameExhibitEdit(
  result: CheckResult,
  sources: CheckSources,
  document: TextDocument,
  offset: number,
  newName: string,
  files: FileAccess,
): { edit: WorkspaceEdit } | { problem: string } {
  const found = exhibitLabelAt(result, sources, offset);
  if (!found) return { problem: 'Put the cursor on an exhibit label (the 4 of "Ex. 4") to rename that exhibit.' };
  const made = renameExhibit(result, sources, found.label, newName);
  if (made.problem !== undefined) return { problem: made.problem };
  const edit = labelEdit(document, made.edits, files);
  return edit ? { edit } : { problem: 'The exhibit list cannot be opened for editing.' };
}

/**
 * Label edits as one workspace edit: the draft's at the version they were computed for (a stale
 * edit is refused by the editor), the exhibit list's in the text the editor or the disk has.
 */
export function labelEdit(document: TextDocument, edits: readonly Edit[], files: FileAccess): WorkspaceEdit | undefined {
  const byPath = new Map<string | undefined, Edit[]>();
  for (const e of edits) {
    const list = byPath.get(e.path);
    if (list) list.push(e);
    else byPath.set(e.path, [e]);
  }
  const changes: TextDocumentEdit[] = [];
  for (const [file, list] of byPath) {
    if (file === undefined) {
      changes.push({ textDocument: { uri: document.uri, version: document.version }, edits: list.map((e) => textEdit(document, e)) });
      continue;
    }
    const uri = files.uriOf(file);
    const text = files.textOf(file);
    if (!uri || text === undefined) return undefined;
    const other = TextDocument.create(uri, 'plaintext', 0, text);
    changes.push({ textDocument: { uri, version: null }, edits: list.map((e) => textEdit(other, e)) });
  }
  return { documentChanges: changes };
}

function textEdit(document: TextDocument, e: Edit): { range: Range; newText: string } {
  return { range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText };
}
