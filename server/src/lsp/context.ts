import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileHost } from '../nodeHost';
import type { FileAccess } from '../service/codeActions';
import type { FileHost } from '../service/fileHost';
import { DraftStatus, STATUS_NOTIFICATION, withText } from '../service/status';

/** What the client can do, read from its capabilities at `initialize`. */
export interface ClientFlags {
  configuration: boolean;
  pullDiagnostics: boolean;
  watchRegistration: boolean;
  definitionLinks: boolean;
  applyEdit: boolean;
  codeLensRefresh: boolean;
  relativePatterns: boolean;
}

/**
 * What every part of the server shares: the connection, the open documents, the client's
 * capabilities and workspace folders (set at `initialize`), and the few helpers all of them use.
 */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  client: ClientFlags;
  workspaceFolders: string[];
  /** The settings the client sent with `initialize` (for clients without `workspace/configuration`). */
  initialSettings: unknown;
  /** The workspace's storage folder (VS Code's `context.storageUri`), for the CourtListener cache. */
  storagePath: string | undefined;
  /** Files other than the drafts (exhibit lists, docket lists): their URIs, and their text as open in the editor or on disk. */
  readonly files: FileAccess;
  /**
   * The file system as the sources see it: a file open in the editor is read from its buffer,
   * saved or not (a fix that adds a row to exhibits.csv counts at once), else from disk.
   */
  readonly host: FileHost;
  /** The workspace folder holding `file` (the innermost), else the file's own folder. */
  rootFor(file: string | undefined): string | undefined;
  /** Logs a failure to the client's output channel and shows it in the status; never a pop-up. */
  reportError(what: string, uri: string | undefined, e: unknown): void;
  /** Sends a draft's status to the client, when it changed. */
  sendStatus(status: DraftStatus): void;
  /** Forgets the last status sent for a closed draft. */
  forgetStatus(uri: string): void;
}

export function serverContext(connection: Connection, documents: TextDocuments<TextDocument>): ServerContext {
  const lastStatus = new Map<string, string>();
  const ctx: ServerContext = {
    connection,
    documents,
    client: { configuration: false, pullDiagnostics: false, watchRegistration: false, definitionLinks: false, applyEdit: false, codeLensRefresh: false, relativePatterns: false },
    workspaceFolders: [],
    initialSettings: undefined,
    storagePath: undefined,
    files: {
      uriOf: (file) => pathToFileURL(file).href,
      textOf: (file) => {
        const open = documents.get(pathToFileURL(file).href);
        if (open) return open.getText();
        const read = nodeFileHost.readText(file);
        return 'text' in read ? read.text : undefined;
      },
    },
    host: {
      readText: (file) => {
        const open = documents.get(pathToFileURL(file).href);
        return open ? { text: open.getText() } : nodeFileHost.readText(file);
      },
      listDir: (dir) => nodeFileHost.listDir(dir),
      exists: (file) => documents.get(pathToFileURL(file).href) !== undefined || nodeFileHost.exists(file),
    },
    rootFor(file) {
      if (!file) return ctx.workspaceFolders[0];
      const containing = ctx.workspaceFolders.filter((f) => file === f || file.startsWith(f + path.sep));
      return containing.sort((a, b) => b.length - a.length)[0] ?? path.dirname(file);
    },
    reportError(what, uri, e) {
      connection.console.error(`Brieflint could not ${what}${uri ? ` for ${uri}` : ''}: ${(e as Error)?.stack ?? String(e)}`);
      if (uri) ctx.sendStatus(withText({ uri, state: 'error', message: `Could not ${what}: ${(e as Error)?.message ?? String(e)}` }));
    },
    sendStatus(status) {
      const key = JSON.stringify(status);
      if (lastStatus.get(status.uri) === key) return;
      lastStatus.set(status.uri, key);
      void connection.sendNotification(STATUS_NOTIFICATION, status);
    },
    forgetStatus: (uri) => void lastStatus.delete(uri),
  };
  return ctx;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
