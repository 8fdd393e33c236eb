import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './diagnostics';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/**
 * Quick fixes for Brieflint's diagnostics, rebuilt from each diagnostic's `data`. A fix whose
 * offsets were computed for another version of the document is not offered: a stale edit could
 * land on the wrong characters.
 */
export function codeActions(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const data = d.data as DiagnosticData | undefined;
    if (!data || data.version !== document.version || !Array.isArray(data.fixes)) continue;
    for (const fix of data.fixes) {
      const edits: TextEdit[] = fix.edits.map((e) => ({
        range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
        newText: e.newText,
      }));
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: fix.preferred === true,
        edit: { changes: { [document.uri]: edits } },
      });
    }
  }
  return actions;
}
