import type { Location, LocationLink, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import { isShortForm } from '../core/families/common';
import { groupPresentation } from '../core/families/registry';
import type { Citation } from '../core/types';
import { authorityIndex, citationAtCursor, keysAtCursor, rangeOf } from './authorityIndex';
import type { FileAccess } from './codeActions';
import { HOST_FILE_NAMES } from './files';

/**
 * Go to definition:
 * - from a short cite, `Id.` or `supra` to the full citation it resolves to;
 * - from a full citation to the first full citation of that authority (itself, when it is the
 *   first: the editor then offers the references instead);
 * - from an exhibit cite to where the exhibit is defined: its row in the exhibit list, its
 *   definition in the draft, and the exhibit file itself;
 * - from a docket cite to the entry's row in the docket list.
 * Nothing is returned where nothing is known: an unresolved cite has no definition to go to.
 */
export function definition(
  result: CheckResult,
  sources: CheckSources,
  document: TextDocument,
  offset: number,
  files: FileAccess,
): LocationLink[] {
  const citation = citationAtCursor(result, offset);
  if (!citation) return [];
  const index = authorityIndex(result);
  const origin = rangeOf(document, citation);
  const inDraft = (target: Citation): LocationLink => ({
    originSelectionRange: origin,
    targetUri: document.uri,
    targetRange: rangeOf(document, target),
    targetSelectionRange: rangeOf(document, target),
  });

  if (isShortForm(citation)) {
    const root = index.resolve(citation);
    if (!root) return [];
    // A short form that resolved into a generated table of authorities goes to the body's full citation.
    const target = index.body.includes(root) ? root : index.byKey.get(index.keysOf(root)[0] ?? '')?.first;
    return target ? [inDraft(target)] : [];
  }

  const links: LocationLink[] = [];
  for (const key of keysAtCursor(index, citation, offset)) {
    const presentation = groupPresentation(key);
    if (presentation?.declarations) {
      for (const target of declarationLocations(key, result, sources, files, document, citation)) {
        links.push({ originSelectionRange: origin, targetUri: target.uri, targetRange: target.range, targetSelectionRange: target.range });
      }
    } else if (presentation?.authority) {
      const first = index.byKey.get(key)?.first;
      if (first && !isShortForm(first)) links.push(inDraft(first));
    }
  }
  return links;
}

/**
 * Where what `key` names is declared outside its citations, as its family says: an exhibit's row
 * in the exhibit list, its definition in the draft and its file; a docket entry's row.
 */
export function declarationLocations(key: string, result: CheckResult, sources: CheckSources, files: FileAccess, document: TextDocument, cited?: Citation): Location[] {
  const places = groupPresentation(key)?.declarations?.(key, result, sources, HOST_FILE_NAMES, cited) ?? [];
  const out: Location[] = [];
  for (const place of places) {
    if (place.path === undefined) {
      out.push({ uri: document.uri, range: rangeOf(document, place.span) });
      continue;
    }
    const uri = files.uriOf(place.path);
    if (uri) out.push({ uri, range: place.line === undefined ? AT_START : lineRange(files.textOf(place.path), place.line) });
  }
  return out;
}

const AT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The whole of 0-based `line` in `text` (column 0 when the text cannot be read). */
export function lineRange(text: string | undefined, line: number): Range {
  let length = 0;
  if (text !== undefined) {
    let start = 0;
    for (let l = 0; l < line && start >= 0; l++) {
      const lf = text.indexOf('\n', start);
      start = lf < 0 ? -1 : lf + 1;
    }
    if (start >= 0) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      length = end - start;
    }
  }
  return { start: { line, character: 0 }, end: { line, character: length } };
}
