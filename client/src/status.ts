import * as vscode from 'vscode';
import type { DraftStatus } from './protocol';

/**
 * The status bar item: Brieflint's state for the draft in the active editor (checking, ready
 * with its counts, error) — the server decides the words, this only shows them. A click opens
 * the Problems panel.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly byUri = new Map<string, DraftStatus>();
  /** Set when the server itself is down: shown whatever the active draft. */
  private serverProblem: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly languages: () => readonly string[]) {
    this.item = vscode.window.createStatusBarItem('brieflint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Brieflint';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
    this.render();
  }

  /** A status notification from the server. */
  update(status: DraftStatus): void {
    this.byUri.set(status.uri, status);
    this.render();
  }

  /** The server stopped, crashed or could not start: say so until it runs again. */
  serverDown(message: string): void {
    this.serverProblem = message;
    this.render();
  }

  serverUp(): void {
    this.serverProblem = undefined;
    this.render();
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    const isDraft = editor !== undefined && this.languages().includes(editor.document.languageId);
    if (this.serverProblem !== undefined) {
      this.show('$(error) Brieflint', `Brieflint: ${this.serverProblem}\n\nThe Brieflint output has the details.`, true);
      this.item.command = 'brieflint.showOutput';
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    if (!editor || !isDraft) {
      this.item.hide();
      return;
    }
    const s = this.byUri.get(editor.document.uri.toString());
    if (!s) {
      this.show('$(law) Brieflint', 'Brieflint', false);
      return;
    }
    switch (s.state) {
      case 'checking':
        this.show('$(sync~spin) Brieflint', 'Brieflint is checking this draft', false);
        break;
      case 'error':
        this.show('$(error) Brieflint', `Brieflint: ${s.message ?? 'error'}\n\nThe Brieflint output has the details.`, true);
        this.item.command = 'brieflint.showOutput';
        break;
      case 'off':
        this.show('$(circle-slash) Brieflint', s.message ?? 'Brieflint does not check this draft', false);
        break;
      default:
        this.show(`$(law) ${s.text}`, `Brieflint: ${s.text}${s.errors ? ` (${s.errors} error${s.errors === 1 ? '' : 's'})` : ''}\n\nClick to open the Problems panel.`, false);
    }
  }

  private show(text: string, tooltip: string, error: boolean): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
