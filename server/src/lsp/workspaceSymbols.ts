import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, SymbolInformation } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileHost } from '../nodeHost';
import { DRAFT_LANGUAGES } from '../service/drafts';
import { draftSymbols } from '../service/symbols';
import { findDrafts } from '../service/workspaceCheck';
import type { ServerContext } from './context';
import type { ResultCache } from './results';
import type { SettingsStore } from './settings';

/** Drafts searched at the most, and results kept for closed drafts (by path and modification time). */
const MOST_DRAFTS = 500;

/**
 * Workspace symbols: an authority, exhibit or record document by name across every draft of the
 * matter. Open drafts answer from their current check; closed ones are checked once and kept
 * until they change on disk.
 */
export class WorkspaceSymbols {
  private readonly closed = new Map<string, { mtime: number; symbols: SymbolInformation[] }>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly settings: SettingsStore,
    private readonly results: ResultCache,
  ) {}

  async find(query: string, token: CancellationToken): Promise<SymbolInformation[]> {
    const { workspaceFolders, documents } = this.ctx;
    const out: SymbolInformation[] = [];
    const done = new Set<string>();
    for (const document of documents.all()) {
      const entry = await this.results.current(document);
      if (token.isCancellationRequested) return [];
      if (!entry) continue;
      done.add(document.uri);
      out.push(...draftSymbols(entry.result, entry.sources, document, query));
    }
    if (workspaceFolders.length === 0) return out;
    const rootSettings = await this.settings.for(pathToFileURL(workspaceFolders[0]).href);
    const { files } = findDrafts(workspaceFolders, nodeFileHost, { languages: rootSettings.languages, maxFiles: MOST_DRAFTS });
    for (const file of files) {
      if (token.isCancellationRequested) return [];
      const uri = pathToFileURL(file).href;
      if (done.has(uri)) continue;
      out.push(...(await this.closedDraft(uri, file)).filter((s) => !query.trim() || s.name.toLowerCase().includes(query.trim().toLowerCase())));
    }
    return out;
  }

  private async closedDraft(uri: string, file: string): Promise<SymbolInformation[]> {
    let mtime: number;
    try {
      mtime = fs.statSync(file).mtimeMs;
    } catch {
      return [];
    }
    const kept = this.closed.get(file);
    if (kept && kept.mtime === mtime) return kept.symbols;
    const read = nodeFileHost.readText(file);
    if ('error' in read) return [];
    const settings = await this.settings.for(uri);
    this.settings.forget(uri);
    const languageId = DRAFT_LANGUAGES[path.extname(file).toLowerCase()] ?? 'plaintext';
    const { result, sources } = this.results.checkText(uri, read.text, languageId, settings, false);
    const symbols = draftSymbols(result, sources, TextDocument.create(uri, languageId, 0, read.text), '');
    this.closed.set(file, { mtime, symbols });
    return symbols;
  }
}
