// Helpers for the real-editor suite: fixture paths, waiting on editor events with a timeout and a
// message that says what was expected and what the editor showed, and screenshots taken by the
// runner outside the editor.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'brieflint.brieflint';

/** The fixture workspace the runner opened (a fresh copy of test/e2e/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('no workspace folder is open: the runner should open a copy of test/e2e/fixtures/workspace');
  }
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(doc, { preview: false });
}

const SEVERITY = ['error', 'warning', 'information', 'hint'];

export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function formatDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  const where = `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
  const code = codeOf(d) ? ` [${codeOf(d)}]` : '';
  const source = d.source ? ` (${d.source})` : '';
  return `${where} ${SEVERITY[d.severity] ?? d.severity}${code}${source} ${d.message}`;
}

export function formatDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  return diags.length === 0 ? '    (none)' : diags.map((d) => `    ${formatDiagnostic(d)}`).join('\n');
}

/** Everything the editor holds, per file, for failure messages. */
function allDiagnosticsReport(): string {
  const all = vscode.languages.getDiagnostics().filter(([, ds]) => ds.length > 0);
  if (all.length === 0) return '  the editor holds no diagnostics for any file';
  return all.map(([uri, ds]) => `  ${vscode.workspace.asRelativePath(uri)}:\n${formatDiagnostics(ds)}`).join('\n');
}

export interface WaitOptions {
  /** How long to wait before failing. */
  timeoutMs?: number;
  /** What the test expected, in words, for the failure message. */
  expected: string;
}

/**
 * Resolves with the diagnostics of `uri` as soon as `accept` returns true for them: checked at once,
 * then on every `onDidChangeDiagnostics` event for that file. Fails after the timeout with what was
 * expected and what the editor showed.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diags: readonly vscode.Diagnostic[]) => boolean,
  options: WaitOptions,
): Promise<vscode.Diagnostic[]> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let changes = 0;
    const check = (): void => {
      if (settled) return;
      const diags = vscode.languages.getDiagnostics(uri);
      let ok = false;
      try {
        ok = accept(diags);
      } catch (err) {
        finish();
        reject(err);
        return;
      }
      if (ok) {
        finish();
        resolve(diags);
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        changes++;
        check();
      }
    });
    const finish = (): void => {
      settled = true;
      subscription.dispose();
      if (timer) clearTimeout(timer);
    };
    timer = setTimeout(() => {
      if (settled) return;
      finish();
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${options.expected}\n` +
            `  file: ${vscode.workspace.asRelativePath(uri)} (${changes} diagnostics change event(s) for it)\n` +
            `  extension ${EXTENSION_ID}: ${ext ? (ext.isActive ? 'active' : 'NOT active') : 'NOT installed'}\n` +
            `  the editor showed for this file:\n${formatDiagnostics(vscode.languages.getDiagnostics(uri))}\n` +
            `  all diagnostics in the editor:\n${allDiagnosticsReport()}`,
        ),
      );
    }, timeoutMs);
    check();
  });
}

/** Races a promise against a timeout, failing with `what` in the message. */
export async function withTimeout<T>(promise: Thenable<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(promise), timeout]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

export interface ScreenshotOptions {
  /**
   * CSS selector the runner waits for (visible) in the workbench before it takes the picture,
   * e.g. '.squiggly-warning': the extension host knows a diagnostic exists before the renderer
   * has painted it.
   */
  waitFor?: string;
  timeoutMs?: number;
}

/**
 * Asks the runner for a screenshot of the whole workbench and waits until it is written.
 * Protocol (scripts/e2e/run-code-server.mjs): the suite logs `##screenshot <name> [<selector>]`;
 * the runner, which reads the log, takes the picture into $BRIEFLINT_E2E_SCREENSHOTS and renames
 * it into place as `<name>.png`, or writes `<name>.error.txt` if it could not. The suite watches
 * that folder (same machine) for either.
 * Returns the file, or undefined when the runner takes no screenshots (@vscode/test-electron).
 */
export async function screenshot(name: string, options: ScreenshotOptions = {}): Promise<string | undefined> {
  const dir = process.env.BRIEFLINT_E2E_SCREENSHOTS;
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  if (!dir) {
    console.log(`(screenshot "${safe}" skipped: this runner takes no screenshots)`);
    return undefined;
  }
  const png = path.join(dir, `${safe}.png`);
  const error = path.join(dir, `${safe}.error.txt`);
  for (const f of [png, error]) fs.rmSync(f, { force: true });
  const timeoutMs = options.timeoutMs ?? 45_000;

  await new Promise<void>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    // Watch before asking, so that the answer cannot slip past.
    const watcher = fs.watch(dir, () => check());
    const done = (err?: Error): void => {
      watcher.close();
      if (timer) clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    };
    let finished = false;
    function check(): void {
      if (finished) return;
      if (fs.existsSync(error)) {
        finished = true;
        done(new Error(`screenshot "${safe}" failed: ${fs.readFileSync(error, 'utf8').trim()}`));
      } else if (fs.existsSync(png)) {
        finished = true;
        done();
      }
    }
    watcher.on('error', (err) => {
      finished = true;
      done(err);
    });
    timer = setTimeout(() => {
      if (finished) return;
      finished = true;
      done(new Error(`timed out after ${timeoutMs} ms waiting for the runner to write ${png}`));
    }, timeoutMs);
    console.log(`##screenshot ${safe}${options.waitFor ? ` ${options.waitFor}` : ''}`);
    check();
  });
  return png;
}
