import { CompletionItem, CompletionItemKind, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import type { HoverContext } from '../core/families/family';
import { FAMILIES } from '../core/families/registry';
import { HOST_FILE_NAMES } from './files';

/**
 * Completion where a citation is being typed, from every family that offers it: exhibit labels
 * from the exhibit list after `Ex. `, docket entries after `Dkt. No. `, the short cite of a case
 * already cited after its name and a comma (`Texaco, ` → `60 F.3d at `).
 */
export function completions(result: CheckResult, sources: CheckSources, document: TextDocument, position: Position): CompletionItem[] {
  const offset = document.offsetAt(position);
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const ctx: HoverContext = { result, sources, files: HOST_FILE_NAMES };
  const items: CompletionItem[] = [];
  for (const family of FAMILIES) {
    for (const offer of family.complete?.(before, offset, ctx) ?? []) {
      items.push({ label: offer.label, insertText: offer.insert, detail: offer.detail, kind: CompletionItemKind.Reference, sortText: String(items.length).padStart(5, '0') });
    }
  }
  return items;
}
