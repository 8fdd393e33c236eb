import type { CodeLens, Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { isShortForm } from '../core/families/common';
import { groupPresentation } from '../core/families/registry';
import { authorityIndex, rangeOf } from './authorityIndex';
import { laterCitations } from './references';

/** The client command a code lens runs: show these locations in a peek view. Arguments: uri, position, locations. */
export const SHOW_REFERENCES_COMMAND = 'brieflint.showReferences';

/** What a code lens carries until the editor resolves it (when it scrolls into view). */
export interface LensData {
  uri: string;
  version: number;
  /** Id of the full citation the lens is above. */
  citation: string;
}

/**
 * Code lenses (off by default; setting `brieflint.codeLens`): above each full citation of a case,
 * statute or rule, how many times the draft cites it later — full, short or `Id.` — and a click
 * shows those citations. The lenses are listed cheaply and filled in only when the editor shows
 * them (`codeLens/resolve`), so a brief that cites one case a thousand times stays fast.
 */
export function codeLenses(result: CheckResult, document: TextDocument): CodeLens[] {
  const index = authorityIndex(result);
  const lenses: CodeLens[] = [];
  for (const c of index.body) {
    if (isShortForm(c)) continue;
    const keys = index.keysOf(c);
    if (keys.length === 0 || !keys.every((k) => groupPresentation(k)?.authority === true)) continue;
    const start = document.positionAt(c.start);
    const data: LensData = { uri: document.uri, version: document.version, citation: c.id };
    lenses.push({ range: { start, end: start }, data });
  }
  return lenses;
}

/** Fills in a lens: how many later citations, and the command that shows them. */
export function resolveCodeLens(result: CheckResult, document: TextDocument, lens: CodeLens): CodeLens {
  const data = lens.data as LensData | undefined;
  const citation = data && data.version === document.version ? authorityIndex(result).byId.get(data.citation) : undefined;
  if (!citation) return { ...lens, command: { title: '', command: '' } };
  const later = laterCitations(result, citation);
  const position = document.positionAt(citation.start);
  const locations: Location[] = later.map((l) => ({ uri: document.uri, range: rangeOf(document, l) }));
  return {
    range: lens.range,
    command:
      later.length > 0
        ? { title: laterTitle(later.length), command: SHOW_REFERENCES_COMMAND, arguments: [document.uri, position, locations] }
        : { title: laterTitle(0), command: '' },
  };
}

export function laterTitle(n: number): string {
  if (n === 0) return 'not cited again';
  if (n === 1) return 'cited once more';
  return `cited ${n} more times`;
}
