import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { tableOfAuthoritiesEdit, TableOfAuthorities } from '../core/toa';
import type { Edit } from '../core/types';
import { courtListenerUrlAt } from './links';

/**
 * The commands Brieflint's server carries out (`workspace/executeCommand`). Each takes one
 * object argument; what it does is decided here, and the server only looks up the document and
 * applies the edit. The VS Code client's palette commands (`brieflint.*`) call these.
 */
export const SERVER_COMMANDS = {
  insertTableOfAuthorities: 'brieflint.server.insertTableOfAuthorities',
  tableOfAuthorities: 'brieflint.server.tableOfAuthorities',
  exhibitIndex: 'brieflint.server.exhibitIndex',
  renumberExhibits: 'brieflint.server.renumberExhibits',
  createExhibitManifest: 'brieflint.server.createExhibitManifest',
  courtListenerUrl: 'brieflint.server.courtListenerUrl',
  checkWorkspace: 'brieflint.server.checkWorkspace',
  verifyCitations: 'brieflint.server.verifyCitations',
} as const;

/** The argument of the document commands: the draft, and the cursor where it matters. */
export interface DocumentCommandArgs {
  uri: string;
  position?: Position;
}

/** What a command reports back: a sentence for the user, and the edit it made (if any). */
export interface CommandOutcome {
  /** False when nothing was done (the message says why). */
  ok: boolean;
  message: string;
  edit?: WorkspaceEdit;
  /** Text the command produced (a table of authorities, an exhibit index), for clients that show or copy it. */
  text?: string;
  /** A web page to open (CourtListener). */
  url?: string;
}

/** The draft edits of a command as a workspace edit on that version of the document, so a stale edit is refused. */
export function draftEdit(document: TextDocument, edits: Edit[]): WorkspaceEdit {
  return {
    documentChanges: [
      {
        textDocument: { uri: document.uri, version: document.version },
        edits: edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })),
      },
    ],
  };
}

/**
 * Insert or update the table of authorities: between its markers when the draft has them, else
 * at the start of the cursor's line.
 */
export function insertTableOfAuthorities(result: CheckResult, document: TextDocument, position?: Position): CommandOutcome {
  if (result.declined) return { ok: false, message: result.declined };
  const made = tableOfAuthoritiesEdit(result, position ? document.offsetAt(position) : undefined);
  if (made.problem !== undefined) return { ok: false, message: made.problem };
  const counts = describeCounts(made.toa);
  return {
    ok: true,
    message: `${made.replaced ? 'Updated' : 'Inserted'} the table of authorities (${counts}).`,
    edit: draftEdit(document, [made.edit]),
  };
}

/** `3 cases, 1 statute` */
export function describeCounts(toa: TableOfAuthorities): string {
  const words: Record<string, [string, string]> = {
    Cases: ['case', 'cases'],
    Statutes: ['statute', 'statutes'],
    Rules: ['rule', 'rules'],
    'Other Authorities': ['other authority', 'other authorities'],
  };
  const parts = toa.sections.map((s) => `${s.entries.length} ${words[s.title][s.entries.length === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'no authorities';
}

/** The CourtListener page of the case citation at the cursor. */
export function courtListenerCommand(result: CheckResult, document: TextDocument, position: Position | undefined): CommandOutcome {
  if (!position) return { ok: false, message: 'Put the cursor on a case citation first.' };
  const url = courtListenerUrlAt(result, document.offsetAt(position));
  if (!url) return { ok: false, message: 'The cursor is not on a case citation with a volume, reporter and first page.' };
  return { ok: true, message: url, url };
}
