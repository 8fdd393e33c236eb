import * as path from 'path';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  Location as LspLocation,
  Position as LspPosition,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
  WorkDoneProgress,
} from 'vscode-languageclient/node';
import { CommandOutcome, DraftStatus, SERVER_COMMANDS, SERVER_EXEC_ARGV, SHOW_REFERENCES_COMMAND, STATUS_NOTIFICATION } from './protocol';
import { StatusBar } from './status';

/**
 * VS Code glue only: start the language server, hand it the drafts, show its status, and turn
 * palette commands into server commands. Every decision is the server's.
 */
let client: LanguageClient | undefined;

/** Restarts allowed within `RESTART_WINDOW_MS` before Brieflint gives up and says so in the status bar. */
const MAX_RESTARTS = 4;

/** The key of the CourtListener API token in VS Code's secret storage (never in settings). */
const TOKEN_SECRET = 'brieflint.courtListener.token';
/** How the token reaches the server: its environment, so it never travels in (or is traced with) an LSP message. */
const TOKEN_VARIABLE = 'BRIEFLINT_COURTLISTENER_TOKEN';
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Brieflint', { log: true });
  // Read without a resource (the window's value): `languages` is resource-scoped, and the selector and status bar are not per folder.
  const languages = () => vscode.workspace.getConfiguration('brieflint', null).get<string[]>('languages') ?? ['markdown', 'plaintext'];
  const status = new StatusBar(languages);
  context.subscriptions.push(output, status);

  // The packaged extension ships one bundled server file; a development checkout runs the compiled one.
  const bundled = context.asAbsolutePath(path.join('dist', 'server.js'));
  const module = fs.existsSync(bundled) ? bundled : context.asAbsolutePath(path.join('out', 'server', 'src', 'server.js'));
  // The server's environment, read at each (re)start: the token from secret storage, or none.
  const serverEnv: NodeJS.ProcessEnv = { ...process.env };
  delete serverEnv[TOKEN_VARIABLE];
  const token = await context.secrets.get(TOKEN_SECRET);
  if (token) serverEnv[TOKEN_VARIABLE] = token;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: serverEnv, execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'], env: serverEnv } },
  };

  const restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'brieflint' },
    // The workspace's own storage folder keeps CourtListener's answers (the cache).
    initializationOptions: { storagePath: context.storageUri?.fsPath },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Failures go to the output channel and the status bar, never to a pop-up.
    initializationFailedHandler: (error) => {
      output.error(`Brieflint's server failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      status.serverDown('the server failed to start');
      return false;
    },
    errorHandler: {
      error: (error, _message, count) => {
        output.error(`Connection to the Brieflint server: ${error.message}`);
        return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
      },
      closed: () => {
        const now = Date.now();
        restarts.push(now);
        while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length > MAX_RESTARTS) {
          status.serverDown(`the server stopped ${restarts.length} times in 3 minutes and was not restarted; run "Brieflint: Restart Server"`);
          return { action: CloseAction.DoNotRestart, handled: true, message: 'The Brieflint server stopped too often and will not be restarted.' };
        }
        output.warn('The Brieflint server stopped; restarting it.');
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('brieflint', 'Brieflint', serverOptions, clientOptions);
  const lc = client;
  context.subscriptions.push(
    lc.onDidChangeState((e) => {
      if (e.newState === State.Running) status.serverUp();
    }),
    lc.onNotification(STATUS_NOTIFICATION, (s: DraftStatus) => status.update(s)),
  );

  registerCommands(context, lc, output, serverEnv);

  try {
    await lc.start();
  } catch (e) {
    output.error(`Brieflint's server could not start: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    status.serverDown('the server could not start');
  }
}

function registerCommands(context: vscode.ExtensionContext, lc: LanguageClient, output: vscode.LogOutputChannel, serverEnv: NodeJS.ProcessEnv): void {
  const register = (id: string, run: (...args: unknown[]) => unknown) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (e) {
          output.error(`${id}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
          void vscode.window.showWarningMessage(`Brieflint could not run the command: ${e instanceof Error ? e.message : String(e)}`);
          return undefined;
        }
      }),
    );

  /** Runs a server command on the active draft, with the cursor position. */
  const onDraft = async (command: string): Promise<CommandOutcome | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Brieflint: open a draft in the editor first.');
      return undefined;
    }
    const args = {
      uri: lc.code2ProtocolConverter.asUri(editor.document.uri),
      position: lc.code2ProtocolConverter.asPosition(editor.selection.active),
    };
    return (await lc.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })) as CommandOutcome | undefined;
  };

  const tell = (outcome: CommandOutcome | undefined): void => {
    if (!outcome) return;
    if (outcome.ok) void vscode.window.showInformationMessage(`Brieflint: ${outcome.message}`);
    else void vscode.window.showWarningMessage(`Brieflint: ${outcome.message}`);
  };

  register('brieflint.insertTableOfAuthorities', async () => tell(await onDraft(SERVER_COMMANDS.insertTableOfAuthorities)));
  register('brieflint.renumberExhibits', async () => tell(await onDraft(SERVER_COMMANDS.renumberExhibits)));
  register('brieflint.createExhibitManifest', async () => tell(await onDraft(SERVER_COMMANDS.createExhibitManifest)));

  register('brieflint.showExhibitIndex', async () => {
    const outcome = await onDraft(SERVER_COMMANDS.exhibitIndex);
    if (!outcome?.ok || outcome.text === undefined) return tell(outcome);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: outcome.text });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  });

  register('brieflint.copyExhibitIndex', async () => {
    const outcome = await onDraft(SERVER_COMMANDS.exhibitIndex);
    if (!outcome?.ok || outcome.text === undefined) return tell(outcome);
    await vscode.env.clipboard.writeText(outcome.text);
    void vscode.window.showInformationMessage('Brieflint: the exhibit index is on the clipboard as a Markdown table.');
  });

  register('brieflint.openOnCourtListener', async () => {
    const outcome = await onDraft(SERVER_COMMANDS.courtListenerUrl);
    if (!outcome?.ok || !outcome.url) return tell(outcome);
    await vscode.env.openExternal(vscode.Uri.parse(outcome.url, true));
  });

  register('brieflint.checkWorkspace', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Brieflint', cancellable: true },
      async (progress, cancel) => {
        // The server reports progress on a token the client makes; cancelling cancels the request.
        const token = `brieflint-check-workspace-${Date.now()}`;
        let reported = 0;
        const listening = lc.onProgress(WorkDoneProgress.type, token, (value) => {
          if (value.kind === 'end') return;
          const percentage = value.percentage ?? reported;
          progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
          reported = Math.max(reported, percentage);
        });
        try {
          const outcome = (await lc.sendRequest(
            ExecuteCommandRequest.type,
            { command: SERVER_COMMANDS.checkWorkspace, arguments: [{}], workDoneToken: token },
            cancel,
          )) as CommandOutcome | undefined;
          tell(outcome);
        } finally {
          listening.dispose();
        }
      },
    ),
  );

  register(SHOW_REFERENCES_COMMAND, async (uri: unknown, position: unknown, locations: unknown) => {
    const p2c = lc.protocol2CodeConverter;
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      p2c.asUri(uri as string),
      p2c.asPosition(position as LspPosition),
      (locations as LspLocation[]).map((l) => p2c.asLocation(l)),
    );
  });

  // CourtListener: the token lives in secret storage and reaches the server through its environment.
  const useToken = async (token: string | undefined): Promise<void> => {
    if (token) serverEnv[TOKEN_VARIABLE] = token;
    else delete serverEnv[TOKEN_VARIABLE];
    if (lc.isRunning()) await lc.restart();
  };
  context.subscriptions.push(
    context.secrets.onDidChange(async (e) => {
      // Set or cleared in another window.
      if (e.key !== TOKEN_SECRET) return;
      const token = await context.secrets.get(TOKEN_SECRET);
      if (token !== serverEnv[TOKEN_VARIABLE]) await useToken(token);
    }),
  );

  register('brieflint.setCourtListenerToken', async () => {
    const value = await vscode.window.showInputBox({
      title: 'CourtListener API token',
      prompt: 'Paste the token from https://www.courtlistener.com/profile/api/. VS Code keeps it in its secret storage, never in a settings file.',
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => (/^[A-Za-z0-9]{20,100}$/.test(v.trim()) ? undefined : 'A CourtListener token is a string of letters and digits (40 of them).'),
    });
    if (value === undefined) return;
    await context.secrets.store(TOKEN_SECRET, value.trim());
    await useToken(value.trim());
    output.info('CourtListener token set.');
    void vscode.window.showInformationMessage('Brieflint: the CourtListener token is set.');
  });

  register('brieflint.clearCourtListenerToken', async () => {
    await context.secrets.delete(TOKEN_SECRET);
    await useToken(undefined);
    output.info('CourtListener token cleared.');
    void vscode.window.showInformationMessage('Brieflint: the CourtListener token is cleared.');
  });

  register('brieflint.verifyCitations', async () => {
    if (!vscode.window.activeTextEditor) return void vscode.window.showInformationMessage('Brieflint: open a draft in the editor first.');
    if (!serverEnv[TOKEN_VARIABLE]) {
      const choice = await vscode.window.showWarningMessage('Brieflint: verifying citations needs a CourtListener API token. Nothing was sent.', 'Set Token');
      if (choice) await vscode.commands.executeCommand('brieflint.setCourtListenerToken');
      return;
    }
    const uri = lc.code2ProtocolConverter.asUri(vscode.window.activeTextEditor.document.uri);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Brieflint', cancellable: true }, async (progress, cancel) => {
      // The server reports progress on a token the client makes; cancelling cancels the request.
      const workDoneToken = `brieflint-verify-${Date.now()}`;
      let reported = 0;
      const listening = lc.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
        reported = Math.max(reported, percentage);
      });
      try {
        tell((await lc.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.verifyCitations, arguments: [{ uri }], workDoneToken }, cancel)) as CommandOutcome | undefined);
      } finally {
        listening.dispose();
      }
    });
  });

  register('brieflint.showOutput', () => output.show(true));
  register('brieflint.restartServer', async () => {
    output.info('Restarting the Brieflint server.');
    await lc.restart();
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
