import type { Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import { isShortForm } from '../core/families/common';
import { groupPresentation } from '../core/families/registry';
import type { Citation } from '../core/types';
import { authorityIndex, citationAtCursor, keysAtCursor, rangeOf } from './authorityIndex';
import type { FileAccess } from './codeActions';
import { declarationLocations } from './definition';

/**
 * Find all references: every citation in the draft of the authority, exhibit or docket entry
 * under the cursor — full citations, short cites, `Id.` and `supra` that resolve to it — in
 * document order. With `includeDeclaration`, also where it is declared: the exhibit-list or
 * docket-list row and the exhibit file; without, the first full citation of a case is left out
 * (it is the declaration).
 */
export function references(
  result: CheckResult,
  sources: CheckSources,
  document: TextDocument,
  offset: number,
  includeDeclaration: boolean,
  files: FileAccess,
): Location[] {
  const citation = citationAtCursor(result, offset);
  if (!citation) return [];
  const index = authorityIndex(result);
  const keys = keysAtCursor(index, citation, offset);
  const cited = new Set<Citation>();
  const declarations: Location[] = [];
  for (const key of keys) {
    const group = index.byKey.get(key);
    for (const c of group?.citations ?? []) {
      if (!includeDeclaration && c === group?.first && !isShortForm(c) && isAuthority(key)) continue;
      cited.add(c);
    }
    if (includeDeclaration) declarations.push(...declarationLocations(key, result, sources, files, document));
  }
  const inDraft = [...cited]
    .sort((a, b) => a.start - b.start)
    .map((c): Location => ({ uri: document.uri, range: rangeOf(document, c) }));
  return [...inDraft, ...declarations];
}

function isAuthority(key: string): boolean {
  return groupPresentation(key)?.authority === true;
}

/** How many citations of the same authority follow `citation` in the draft (for the code lens). */
export function laterCitations(result: CheckResult, citation: Citation): Citation[] {
  const index = authorityIndex(result);
  const later = new Set<Citation>();
  for (const key of index.keysOf(citation)) {
    for (const c of index.byKey.get(key)?.citations ?? []) if (c.start > citation.start) later.add(c);
  }
  return [...later].sort((a, b) => a.start - b.start);
}
