import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { isShortForm } from '../core/families/common';
import { authorityIndex, citationAtCursor, keysAtCursor, rangeOf } from './authorityIndex';

/**
 * Document highlight: with the cursor on a citation, every citation in the draft of the same
 * authority, exhibit or docket entry — full citations (`Write`, as a declaration is) and short
 * forms, `Id.` and `supra` (`Read`).
 */
export function documentHighlights(result: CheckResult, document: TextDocument, offset: number): DocumentHighlight[] {
  const citation = citationAtCursor(result, offset);
  if (!citation) return [];
  const index = authorityIndex(result);
  const seen = new Set<string>();
  const out: DocumentHighlight[] = [];
  for (const key of keysAtCursor(index, citation, offset)) {
    for (const c of index.byKey.get(key)?.citations ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ range: rangeOf(document, c), kind: isShortForm(c) ? DocumentHighlightKind.Read : DocumentHighlightKind.Write });
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
