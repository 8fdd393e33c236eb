import type { CancellationToken, ExecuteCommandParams, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tableOfAuthoritiesText } from '../core/toa';
import { courtListenerCommand, CommandOutcome, DocumentCommandArgs, insertTableOfAuthorities, SERVER_COMMANDS } from '../service/commands';
import { createExhibitManifestCommand, exhibitIndexCommand, renumberExhibitsCommand } from '../service/exhibitCommands';
import { ServerContext, uriToPath } from './context';
import type { CheckEntry, ResultCache } from './results';

/** The commands the client may run (`workspace/executeCommand`): each looks up its draft and calls the service. */
export class Commands {
  constructor(
    private readonly ctx: ServerContext,
    private readonly results: ResultCache,
    private readonly verify: (uri: string | undefined, token: CancellationToken, progress: WorkDoneProgressReporter) => Promise<CommandOutcome>,
    private readonly checkWorkspace: (token: CancellationToken, progress: WorkDoneProgressReporter) => Promise<CommandOutcome>,
  ) {}

  async execute(params: ExecuteCommandParams, token: CancellationToken, workDone: WorkDoneProgressReporter): Promise<CommandOutcome> {
    const args = params.arguments?.[0];
    const { files } = this.ctx;
    try {
      switch (params.command) {
        case SERVER_COMMANDS.insertTableOfAuthorities:
          return await this.onDocument(args, token, ({ result }, document, a) => this.applyEdit('Insert table of authorities', insertTableOfAuthorities(result, document, a.position)));
        case SERVER_COMMANDS.tableOfAuthorities:
          return await this.onDocument(args, token, ({ result }) => ({ ok: true, message: 'Table of authorities', text: tableOfAuthoritiesText(result) }));
        case SERVER_COMMANDS.courtListenerUrl:
          return await this.onDocument(args, token, ({ result }, document, a) => courtListenerCommand(result, document, a.position));
        case SERVER_COMMANDS.verifyCitations:
          return await this.verify((args as Partial<DocumentCommandArgs> | undefined)?.uri, token, workDone);
        case SERVER_COMMANDS.checkWorkspace:
          return await this.checkWorkspace(token, workDone);
        case SERVER_COMMANDS.exhibitIndex:
          return await this.onDocument(args, token, ({ result, sources }) => exhibitIndexCommand(result, sources));
        case SERVER_COMMANDS.renumberExhibits:
          return await this.onDocument(args, token, ({ result, sources }, document) => this.applyEdit('Renumber exhibits', renumberExhibitsCommand(result, sources, document, files)));
        case SERVER_COMMANDS.createExhibitManifest:
          return await this.onDocument(args, token, ({ result, sources }, document) =>
            this.applyEdit('Create exhibit list', createExhibitManifestCommand(result, sources, uriToPath(document.uri), files)),
          );
        default:
          return { ok: false, message: `Unknown command ${params.command}.` };
      }
    } catch (e) {
      this.ctx.reportError(`run ${params.command}`, (args as { uri?: string } | undefined)?.uri, e);
      return { ok: false, message: `Brieflint could not run the command: ${(e as Error)?.message ?? e}. The Brieflint output has the details.` };
    }
  }

  /** Applies a command's edit through the client where it can (else the client applies `edit` itself). */
  private async applyEdit(label: string, outcome: CommandOutcome): Promise<CommandOutcome> {
    if (!outcome.ok || !outcome.edit) return outcome;
    if (!this.ctx.client.applyEdit) return outcome;
    const applied = await this.ctx.connection.workspace.applyEdit({ label, edit: outcome.edit });
    if (!applied.applied) {
      return { ok: false, message: `The editor did not apply the change${applied.failureReason ? `: ${applied.failureReason}` : ''}. Try again.` };
    }
    return { ok: true, message: outcome.message };
  }

  private async onDocument(
    args: unknown,
    token: CancellationToken,
    run: (entry: CheckEntry, document: TextDocument, args: DocumentCommandArgs) => CommandOutcome | Promise<CommandOutcome>,
  ): Promise<CommandOutcome> {
    const a = args as Partial<DocumentCommandArgs> | undefined;
    const document = typeof a?.uri === 'string' ? this.ctx.documents.get(a.uri) : undefined;
    if (!document) return { ok: false, message: 'Open a draft in the editor first.' };
    const entry = await this.results.current(document);
    if (!entry) return { ok: false, message: 'Brieflint does not check this document, or it changed while being checked (see the settings brieflint.enable and brieflint.languages).' };
    if (token.isCancellationRequested) return { ok: false, message: 'Cancelled.' };
    return run(entry, document, a as DocumentCommandArgs);
  }
}
