/**
 * Helpers for the editor-feature tests: a draft written inline with a cursor mark (`‸`), checked
 * as the server checks it, and locations shown back as annotated text a person can review.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Range } from 'vscode-languageserver-types';
import type { CheckResult, CheckSources } from '../../../server/src/core/check';
import type { DocketList } from '../../../server/src/core/families/dockets/types';
import type { ExhibitDefinition } from '../../../server/src/core/families/exhibits/types';
import type { Span } from '../../../server/src/core/types';
import type { FileAccess } from '../../../server/src/service/codeActions';
import { annotate, checkDraft, DraftOptions } from '../helpers';

export const CURSOR = '‸';
export const DRAFT_URI = 'file:///case/brief.md';

export interface OpenDraft {
  text: string;
  /** Where `‸` was (removed from `text`). */
  offset: number;
  document: TextDocument;
  result: CheckResult;
  sources: CheckSources;
}

/** Checks `withCursor` (the cursor mark removed) as a Markdown draft at `/case/brief.md`. */
export function openDraft(withCursor: string, options: DraftOptions = {}): OpenDraft {
  const offset = withCursor.indexOf(CURSOR);
  const text = offset < 0 ? withCursor : withCursor.slice(0, offset) + withCursor.slice(offset + CURSOR.length);
  const format = options.format ?? 'markdown';
  const document = TextDocument.create(format === 'markdown' ? DRAFT_URI : DRAFT_URI.replace(/\.md$/, '.txt'), format, 1, text);
  const sources = options.sources ?? {};
  return { text, offset, document, result: checkDraft(text, { ...options, sources }), sources };
}

/** Files as the service reaches them in tests: `file://` URIs and texts from a table. */
export function filesOf(texts: Record<string, string> = {}): FileAccess {
  return { uriOf: (path) => `file://${path}`, textOf: (path) => texts[path] };
}

/** Exhibit sources with the given definitions (an exhibit list at `/case/exhibits.csv`). */
export function exhibitSources(definitions: ExhibitDefinition[]): CheckSources['exhibits'] {
  return { definitions, sources: ['exhibits.csv'], problems: [] };
}

/** A docket list at `/case/docket.csv` with entries on the given 0-based lines. */
export function docketList(rows: Array<{ entry: string; line: number; description?: string }>): DocketList {
  return {
    path: '/case/docket.csv',
    entries: new Map(rows.map((r) => [r.entry, { ...r, path: '/case/docket.csv' }])),
    problems: [],
  };
}

export function spanOf(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The draft with the locations in it tagged `<0>…</0>` in order, for golden comparisons. */
export function annotatedLocations(draft: OpenDraft, locations: readonly Location[]): string {
  return annotate(
    draft.text,
    locations.filter((l) => l.uri === draft.document.uri).map((l) => spanOf(draft.document, l.range)),
  );
}

/** Locations outside the draft, as `uri line:character-line:character`. */
export function otherLocations(draft: OpenDraft, locations: readonly Location[]): string[] {
  return locations
    .filter((l) => l.uri !== draft.document.uri)
    .map((l) => `${l.uri} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`);
}
