import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileHost } from '../nodeHost';
import type { CommandOutcome } from '../service/commands';
import { diagnosticsFor } from '../service/diagnostics';
import { DRAFT_LANGUAGES } from '../service/drafts';
import { findDrafts, workspaceSummary } from '../service/workspaceCheck';
import type { ServerContext } from './context';
import type { ResultCache } from './results';
import type { SettingsStore } from './settings';

/**
 * Check Whole Workspace: every draft under the workspace folders into the Problems panel (open
 * drafts keep their live diagnostics), with progress and cancellation between files.
 */
export class WorkspaceCheck {
  /** Files whose diagnostics the workspace check pushed; cleared when the file is opened and pulled. */
  private readonly pushed = new Set<string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly settings: SettingsStore,
    private readonly results: ResultCache,
  ) {}

  /** An open draft's diagnostics are pulled: whether the workspace check had pushed some for it (they must be dropped). */
  takePushed(uri: string): boolean {
    return this.pushed.delete(uri);
  }

  async run(token: CancellationToken, progress: WorkDoneProgressReporter): Promise<CommandOutcome> {
    const { workspaceFolders, documents } = this.ctx;
    if (workspaceFolders.length === 0) return { ok: false, message: 'Open a folder or workspace first: there is no workspace to check.' };
    const rootSettings = await this.settings.for(pathToFileURL(workspaceFolders[0]).href);
    const { files: drafts, truncated } = findDrafts(workspaceFolders, nodeFileHost, { languages: rootSettings.languages });
    progress.begin('Brieflint: checking drafts', 0, `${drafts.length} drafts`, true);
    let checked = 0;
    let problems = 0;
    let withProblems = 0;
    let cancelled = false;
    try {
      for (const file of drafts) {
        // Let a cancellation (or an edit) arrive between files.
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) {
          cancelled = true;
          break;
        }
        const uri = pathToFileURL(file).href;
        progress.report(Math.round((checked / Math.max(1, drafts.length)) * 100), path.relative(workspaceFolders[0], file) || file);
        const open = documents.get(uri);
        const count = open ? ((await this.results.current(open))?.result.findings.length ?? 0) : await this.checkClosed(uri, file);
        checked++;
        problems += count;
        if (count > 0) withProblems++;
      }
    } finally {
      progress.done();
    }
    return { ok: true, message: workspaceSummary(checked, drafts.length, problems, withProblems, cancelled, truncated) };
  }

  private async checkClosed(uri: string, file: string): Promise<number> {
    const settings = await this.settings.for(uri);
    this.settings.forget(uri); // closed files do not keep settings around
    const languageId = DRAFT_LANGUAGES[path.extname(file).toLowerCase()];
    if (!settings.enable || !languageId || !settings.languages.includes(languageId)) return 0;
    const read = nodeFileHost.readText(file);
    if ('error' in read) {
      this.ctx.connection.console.warn(`Brieflint skipped ${file}: it ${read.error}`);
      return 0;
    }
    try {
      const { result } = this.results.checkText(uri, read.text, languageId, settings, false);
      const diagnostics = diagnosticsFor(result, TextDocument.create(uri, languageId, 0, read.text));
      this.pushed.add(uri);
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics });
      return result.findings.length;
    } catch (e) {
      this.ctx.reportError('check the draft', undefined, e);
      return 0;
    }
  }
}
