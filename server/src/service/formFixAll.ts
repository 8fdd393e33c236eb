import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { FORM_CODES, formFixAll } from '../core/styles/fixAll';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export const FORM_FIX_ALL_TITLE = 'Fix all citation form problems in this draft';

/**
 * The one code action that fixes every citation form problem of the draft, computed when the
 * editor asks for actions at a form diagnostic (`result` must be the check of `document` as it is).
 */
export function formFixAllActions(document: TextDocument, result: CheckResult, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const asked = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string' && FORM_CODES.includes(d.code));
  if (asked.length === 0) return [];
  const edits = formFixAll(result);
  if (edits.length < 2) return [];
  return [{
    title: FORM_FIX_ALL_TITLE,
    kind: CodeActionKind.QuickFix,
    diagnostics: asked,
    edit: { changes: { [document.uri]: edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })) } },
  }];
}
