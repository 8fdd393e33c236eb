import * as path from 'node:path';
import type { Location, LocationLink, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import type { ExhibitDefinition } from '../core/families/exhibits/types';
import { exhibitCatalog } from '../core/families/exhibits/catalog';
import { exhibitOfKey, isShortForm, kindOfKey } from '../core/toa';
import type { Citation } from '../core/types';
import { authorityIndex, citationAtCursor, keysAtCursor, rangeOf } from './authorityIndex';
import type { FileAccess } from './codeActions';

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
    const kind = kindOfKey(key);
    if (kind === 'exhibit') {
      for (const target of exhibitLocations(key, result, sources, files, document)) {
        links.push({ originSelectionRange: origin, targetUri: target.uri, targetRange: target.range, targetSelectionRange: target.range });
      }
    } else if (kind === 'docket') {
      const row = docketLocation(key.slice('docket '.length), sources, files);
      if (row) links.push({ originSelectionRange: origin, targetUri: row.uri, targetRange: row.range, targetSelectionRange: row.range });
    } else if (kind !== 'case-number') {
      const first = index.byKey.get(key)?.first;
      if (first && !isShortForm(first)) links.push(inDraft(first));
    }
  }
  return links;
}

/**
 * Where an exhibit is defined, as the exhibit checks merge its sources: its row in the exhibit
 * list, its row in the draft's own exhibit index or the declaration sentence that attaches it
 * ("Attached hereto as Exhibit 1 is …"), then the exhibit file. An exhibit of another document
 * (`Ex. B to Dkt. No. 12`) is defined there, not in this draft's sources: it has none.
 */
export function exhibitLocations(key: string, result: CheckResult, sources: CheckSources, files: FileAccess, document: TextDocument): Location[] {
  const { label, of } = exhibitOfKey(key);
  if (of !== undefined) return [];
  const entry = exhibitCatalog(result, sources).entries.get(label);
  if (!entry) return [];
  const rows: Location[] = [];
  const exhibitFiles: Location[] = [];
  const seenFiles = new Set<string>();
  for (const d of entry.definitions) {
    const origin = d.origin;
    if (origin.kind === 'manifest' && origin.path !== undefined) {
      const uri = files.uriOf(origin.path);
      if (uri) rows.push({ uri, range: lineRange(files.textOf(origin.path), origin.line ?? 0) });
    } else if (origin.kind === 'draft' && origin.span) {
      rows.push({ uri: document.uri, range: rangeOf(document, origin.span) });
    }
    const file = exhibitFile(d);
    if (file !== undefined && !seenFiles.has(file)) {
      seenFiles.add(file);
      const uri = files.uriOf(file);
      if (uri) exhibitFiles.push({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    }
  }
  return [...rows, ...exhibitFiles];
}

/** The exhibit file of a definition, as an absolute path: a file found in the exhibit folder, or the list's `file` column. */
export function exhibitFile(d: ExhibitDefinition): string | undefined {
  if (d.origin.kind === 'folder' && d.origin.path) return d.origin.path;
  if (!d.file) return undefined;
  if (path.isAbsolute(d.file)) return d.file;
  // A relative `file` in an exhibit list is relative to the list.
  return d.origin.path ? path.resolve(path.dirname(d.origin.path), d.file) : undefined;
}

/** The row of a docket entry in the docket list. */
export function docketLocation(entry: string, sources: CheckSources, files: FileAccess): Location | undefined {
  const row = sources.docketList?.entries.get(entry);
  if (!row) return undefined;
  const uri = files.uriOf(row.path);
  return uri ? { uri, range: lineRange(files.textOf(row.path), row.line) } : undefined;
}

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
