import type { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import { courtListenerUrl } from '../core/families/cases';
import type { LinkContext } from '../core/families/family';
import { familyOf } from '../core/families/registry';
import { authorityIndex, citationAtCursor, rangeOf } from './authorityIndex';
import type { FileAccess } from './codeActions';
import { HOST_FILE_NAMES } from './files';

export { courtListenerUrl } from '../core/families/cases';
/** The CourtListener page of the case citation at `offset`, for the "Open on CourtListener" command. */
export function courtListenerUrlAt(result: CheckResult, offset: number): string | undefined {
  const c = citationAtCursor(result, offset);
  return c ? courtListenerUrl(c, authorityIndex(result).resolve) : undefined;
}

/**
 * Document links, from each citation's family: a case citation (full, or a short cite resolved
 * to one) opens on CourtListener; an exhibit cite opens its exhibit file, where the exhibit list
 * or folder names one.
 */
export function documentLinks(result: CheckResult, sources: CheckSources, document: TextDocument, files: FileAccess): DocumentLink[] {
  const index = authorityIndex(result);
  const ctx: LinkContext = { result, sources, files: HOST_FILE_NAMES, resolve: index.resolve };
  const links: DocumentLink[] = [];
  for (const c of result.citations) {
    const make = familyOf(c)?.links;
    if (!make) continue;
    for (const link of make(c, ctx)) {
      const target = link.url ?? (link.path !== undefined ? files.uriOf(link.path) : undefined);
      if (target) links.push({ range: rangeOf(document, link.span), target, tooltip: link.tooltip });
    }
  }
  return links;
}
