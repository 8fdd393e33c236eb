import { CodeAction, CodeActionKind, Diagnostic, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument, TextDocument as TextDocumentImpl } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { resolveFixAll } from '../core/fixAll';
import type { CheckSources, Fix } from '../core/types';
import type { DiagnosticData } from './diagnostics';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/**
 * Quick fixes for Brieflint's diagnostics, rebuilt from each diagnostic's `data`. A fix whose
 * offsets were computed for another version of the document is not offered: a stale edit could
 * land on the wrong characters.
 */
export function codeActions(
  document: TextDocument,
  diagnostics: Diagnostic[],
  files: FileAccess = { uriOf: () => undefined, textOf: () => undefined },
  checked?: CheckedDocument,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixAllOffered = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const data = d.data as DiagnosticData | undefined;
    if (!data || data.version !== document.version || !Array.isArray(data.fixes)) continue;
    for (const marked of data.fixes) {
      // A fix of the whole draft is made now, from the check of this very version, once per request.
      let fix: Fix | undefined = marked;
      if (marked.all) {
        if (!checked || checked.version !== document.version || fixAllOffered.has(marked.all.code)) continue;
        fixAllOffered.add(marked.all.code);
        fix = resolveFixAll(checked.result, checked.sources, marked);
        if (!fix) continue;
      }
      const edit = workspaceEdit(document, fix, files);
      if (!edit) continue;
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred === true, edit });
    }
  }
  return actions;
}

/** The check a document's fixes of the whole draft (`Fix.all`) are made from, and the version it checked. */
export interface CheckedDocument {
  version: number;
  result: CheckResult;
  sources: CheckSources;
}

/** How the service reaches files other than the draft (exhibit lists): their URIs and current text. */
export interface FileAccess {
  uriOf(path: string): string | undefined;
  textOf(path: string): string | undefined;
}

/** A fix as a workspace edit; undefined when it touches a file that cannot be reached. */
export function workspaceEdit(document: TextDocument, fix: Fix, files: FileAccess): WorkspaceEdit | undefined {
  const byUri = new Map<string, { edits: TextEdit[]; create: boolean }>();
  for (const e of fix.edits) {
    let uri = document.uri;
    let position = (offset: number) => document.positionAt(offset);
    if (e.path !== undefined) {
      const target = files.uriOf(e.path);
      if (!target) return undefined;
      uri = target;
      const other = TextDocumentImpl.create(uri, 'plaintext', 0, e.create ? '' : files.textOf(e.path) ?? '');
      position = (offset) => other.positionAt(offset);
    }
    const entry = byUri.get(uri) ?? { edits: [], create: false };
    entry.edits.push({ range: { start: position(e.start), end: position(e.end) }, newText: e.newText });
    entry.create ||= e.create === true;
    byUri.set(uri, entry);
  }
  if ([...byUri.values()].every((v) => !v.create)) {
    return { changes: Object.fromEntries([...byUri].map(([uri, v]) => [uri, v.edits])) };
  }
  return {
    documentChanges: [...byUri].flatMap(([uri, v]) => [
      ...(v.create ? [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }] : []),
      { textDocument: { uri, version: null }, edits: v.edits },
    ]),
  };
}

/**
 * The diagnostics a code action request is about: those the cursor or selection touches (a
 * client may send every diagnostic of the line, and a fix 115 characters away is no help).
 */
export function diagnosticsTouching(diagnostics: Diagnostic[], range: Range): Diagnostic[] {
  return diagnostics.filter((d) => !before(d.range.end, range.start) && !before(range.end, d.range.start));
}

function before(p: Position, q: Position): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}
