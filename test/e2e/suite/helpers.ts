// Helpers for the real-editor suite: fixture paths, waiting on editor events with a timeout and a
// message that says what was expected and what the editor showed, diagnostics written as annotated
// lines a person can review, document edits that are undone afterwards, and screenshots taken by
// the runner outside the editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'brieflint.brieflint';

/** Brieflint labels its diagnostics with this source. */
export const DIAGNOSTIC_SOURCE = 'Brieflint';

/**
 * How long to wait for the editor. The editor, the extension and its language server start cold
 * on a 2-core machine that other builds share; waits are event-driven, so a generous limit costs
 * nothing when things work.
 */
export const WAIT_MS = 45_000;

/** The workspace the runner opened (a fresh copy of test/e2e/fixtures/workspace). */
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

// -------------------------------------------------------------------------------------------------
// Diagnostics

const SEVERITY = ['error', 'warning', 'information', 'hint'];

export function severityName(severity: vscode.DiagnosticSeverity): string {
  return SEVERITY[severity] ?? String(severity);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function formatDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  const where = `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
  const code = codeOf(d) ? ` [${codeOf(d)}]` : '';
  const source = d.source ? ` (${d.source})` : '';
  return `${where} ${severityName(d.severity)}${code}${source} ${d.message}`;
}

export function formatDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  return diags.length === 0 ? '    (none)' : diags.map((d) => `    ${formatDiagnostic(d)}`).join('\n');
}

/** Brieflint's own diagnostics of a file (the built-in Markdown checks report there too). */
export function brieflintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/**
 * One diagnostic as a person reads it in the editor: the line number, severity and code, then the
 * source line with the squiggled text between ⟦ and ⟧:
 *
 *   `22 warning reporter-nonstandard: *See Marlowe Press, Inc. v. Quillfeather Corp.*, 512 ⟦F.Supp.2d⟧ 301, …`
 *
 * A range over several lines shows them joined with ⏎. The text comes from the document as it is
 * now, so a golden list pins codes, severities and exact ranges.
 */
export function annotateDiagnostic(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  const { start, end } = d.range;
  const first = doc.lineAt(Math.min(start.line, doc.lineCount - 1)).text;
  const last = doc.lineAt(Math.min(end.line, doc.lineCount - 1)).text;
  const inside = doc.getText(d.range).split(/\r?\n/).join('⏎');
  const marked = `${first.slice(0, start.character)}⟦${inside}⟧${last.slice(end.character)}`;
  return `${start.line + 1} ${severityName(d.severity)} ${codeOf(d) ?? '(no code)'}: ${marked}`;
}

/** Brieflint's diagnostics of a document, annotated, in document order. */
export function annotatedDiagnostics(doc: vscode.TextDocument): string[] {
  return brieflintDiagnostics(doc.uri)
    .slice()
    .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end) || (codeOf(a) ?? '').localeCompare(codeOf(b) ?? ''))
    .map((d) => annotateDiagnostic(doc, d));
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
  const timeoutMs = options.timeoutMs ?? WAIT_MS;
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
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${options.expected}\n` +
            `  file: ${vscode.workspace.asRelativePath(uri)} (${changes} diagnostics change event(s) for it)\n` +
            `  ${extensionState()}\n` +
            `  the editor showed for this file:\n${formatDiagnostics(vscode.languages.getDiagnostics(uri))}\n` +
            `  all diagnostics in the editor:\n${allDiagnosticsReport()}`,
        ),
      );
    }, timeoutMs);
    check();
  });
}

/**
 * Waits until Brieflint's diagnostics of `doc`, annotated (see `annotateDiagnostic`), are exactly
 * `expected`, in document order. On timeout it fails saying which lines are missing, which the
 * editor showed that were not expected, and both lists in full.
 */
export async function expectDiagnostics(doc: vscode.TextDocument, expected: readonly string[], what: string, timeoutMs = WAIT_MS): Promise<void> {
  const want = expected.join('\n');
  try {
    await waitForDiagnostics(doc.uri, () => annotatedDiagnostics(doc).join('\n') === want, { expected: what, timeoutMs });
  } catch (err) {
    const shown = annotatedDiagnostics(doc);
    const list = (lines: readonly string[]): string => (lines.length ? lines.map((l) => `    ${l}`).join('\n') : '    (none)');
    const missing = expected.filter((l) => !shown.includes(l));
    const unexpected = shown.filter((l) => !expected.includes(l));
    const cause = err instanceof Error ? err.message.split('\n').slice(1, 3).join('\n') : '';
    throw new Error(
      `${vscode.workspace.asRelativePath(doc.uri)}: the editor did not show ${what} within ${timeoutMs} ms.\n` +
        (missing.length ? `  missing (expected, not shown):\n${list(missing)}\n` : '') +
        (unexpected.length ? `  unexpected (shown, not expected):\n${list(unexpected)}\n` : '') +
        (!missing.length && !unexpected.length ? '  the same lines, in another order\n' : '') +
        `  expected:\n${list(expected)}\n  shown:\n${list(shown)}\n${cause}`,
    );
  }
}

/** `expected` without the lines of the given rule codes (each line names its code after the severity). */
export function withoutCodes(expected: readonly string[], ...codes: string[]): string[] {
  return expected.filter((line) => !codes.some((code) => line.includes(` ${code}: `)));
}

/**
 * `expected` as it reads after `by` lines were inserted (or, negative, deleted) above line `from`
 * (1-based): the lines from `from` on move by `by`.
 */
export function movedLines(expected: readonly string[], from: number, by: number): string[] {
  return expected.map((line) => {
    const space = line.indexOf(' ');
    const n = Number(line.slice(0, space));
    return n >= from ? `${n + by}${line.slice(space)}` : line;
  });
}

function extensionState(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  return `extension ${EXTENSION_ID}: ${ext ? (ext.isActive ? 'active' : 'NOT active') : 'NOT installed'}`;
}

// -------------------------------------------------------------------------------------------------
// Positions in the fixture drafts, found by their text

/**
 * The range of the `occurrence`-th (1-based) appearance of `needle` in the document. Fails, naming
 * the file, when the fixture no longer contains it: tests find places by text, not by offsets, so
 * that an edit to a fixture breaks loudly and only where it matters.
 */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 1): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) {
      throw new Error(`fixture ${vscode.workspace.asRelativePath(doc.uri)} does not contain "${needle}"${occurrence > 1 ? ` ${occurrence} times` : ''}`);
    }
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** A position `into` characters inside the `occurrence`-th appearance of `needle`. */
export function positionIn(doc: vscode.TextDocument, needle: string, into = 1, occurrence = 1): vscode.Position {
  const r = rangeOf(doc, needle, occurrence);
  return doc.positionAt(doc.offsetAt(r.start) + Math.min(into, needle.length - 1));
}

/** `text` with `range` replaced by `newText`: what the document must read after a precise edit. */
export function replaced(doc: vscode.TextDocument, text: string, range: vscode.Range, newText: string): string {
  return text.slice(0, doc.offsetAt(range.start)) + newText + text.slice(doc.offsetAt(range.end));
}

// -------------------------------------------------------------------------------------------------
// Editing a fixture, and putting it back

/**
 * Runs `body` on an open draft, then throws away whatever it changed in the editor (File: Revert,
 * so the draft is not left dirty) and checks that the text is the file's again. Tests that edit a
 * draft in memory use this, so that the next test starts from the fixture as written.
 */
export async function withDraftRestored<T>(editor: vscode.TextEditor, body: () => Promise<T>): Promise<T> {
  const doc = editor.document;
  const original = doc.getText();
  try {
    return await body();
  } finally {
    if (doc.isDirty || doc.getText() !== original) {
      await vscode.window.showTextDocument(doc, { preview: false });
      const reverted = waitForDocument(doc, (d) => !d.isDirty && d.getText() === original, `${vscode.workspace.asRelativePath(doc.uri)} reverted to the fixture text`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await reverted;
    }
  }
}

/**
 * Resolves once `accept(doc)` holds: checked at once, then on every change to the document's text
 * or dirty state (the editor's commands return before the extension host hears of their edits).
 * Fails after the timeout showing what the document reads.
 */
export function waitForDocument(doc: vscode.TextDocument, accept: (doc: vscode.TextDocument) => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const subscriptions: vscode.Disposable[] = [];
    const finish = (err?: Error): void => {
      for (const s of subscriptions) s.dispose();
      if (timer) clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    };
    const check = (): void => {
      if (accept(doc)) finish();
    };
    subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc) check();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d === doc) check();
      }),
    );
    timer = setTimeout(
      () => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the document ${doc.isDirty ? 'has unsaved changes and ' : ''}reads:\n${doc.getText()}`)),
      timeoutMs,
    );
    check();
  });
}

/**
 * Runs `body`, then writes `relativePath` back as it was (bytes), so that a test that saves a
 * fixture file leaves the workspace as it found it. A file `body` created is deleted.
 */
export async function withFileRestored<T>(relativePath: string, body: () => Promise<T>): Promise<T> {
  const uri = fixtureUri(relativePath);
  let before: Uint8Array | undefined;
  try {
    before = await vscode.workspace.fs.readFile(uri);
  } catch {
    before = undefined;
  }
  try {
    return await body();
  } finally {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) {
      await vscode.window.showTextDocument(open, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    if (before) await vscode.workspace.fs.writeFile(uri, before);
    else await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  }
}

/** Replaces the whole text of a document through the editor and saves it, as a user editing it would. */
export async function rewriteAndSave(doc: vscode.TextDocument, newText: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), newText);
  assert.ok(await vscode.workspace.applyEdit(edit), `the editor refused to edit ${vscode.workspace.asRelativePath(doc.uri)}`);
  assert.ok(await doc.save(), `the editor could not save ${vscode.workspace.asRelativePath(doc.uri)}`);
}

/** Inserts `text` at `position` of an open document, through the editor. */
export async function insertText(doc: vscode.TextDocument, position: vscode.Position, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, position, text);
  assert.ok(await vscode.workspace.applyEdit(edit), `the editor refused to edit ${vscode.workspace.asRelativePath(doc.uri)}`);
}

/** Deletes `range` of an open document, through the editor. */
export async function deleteRange(doc: vscode.TextDocument, range: vscode.Range): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.delete(doc.uri, range);
  assert.ok(await vscode.workspace.applyEdit(edit), `the editor refused to edit ${vscode.workspace.asRelativePath(doc.uri)}`);
}

// -------------------------------------------------------------------------------------------------
// Language features through the editor's commands

/** The text of a hover's contents, whichever form each part has. */
function hoverContentText(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n');
}

/**
 * The hovers every provider gives at `position` (vscode.executeHoverProvider), joined, with
 * Markdown escapes read through (`Inc\.` reads `Inc.`), as a reader sees the rendered text.
 */
export async function hoverTextAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await withTimeout(
    vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
    WAIT_MS,
    `the hover at ${position.line + 1}:${position.character + 1} of ${vscode.workspace.asRelativePath(uri)}`,
  );
  return (hovers ?? []).map(hoverContentText).join('\n\n---\n\n').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/**
 * Fails listing every phrase the hover does not contain, and the whole hover. Runs of white space
 * count as one space, as in the rendered hover (a line break inside a paragraph reads as a space).
 */
export function assertHoverSays(hover: string, phrases: readonly string[], what: string): void {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const missing = phrases.filter((p) => !flat(hover).includes(flat(p)));
  if (missing.length === 0) return;
  assert.fail(
    `the hover on ${what} does not say:\n${missing.map((p) => `    "${p}"`).join('\n')}\n  the hover was:\n${hover ? indent(hover) : '    (no hover at all)'}`,
  );
}

/** The quick fixes the editor offers for `range` (vscode.executeCodeActionProvider), with their titles. */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await withTimeout(
    vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value),
    WAIT_MS,
    `the quick fixes at ${range.start.line + 1}:${range.start.character + 1} of ${vscode.workspace.asRelativePath(uri)}`,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Applies a code action as the editor does when a user picks it: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the editor refused the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Where go-to-definition leads from `position` (vscode.executeDefinitionProvider): uri and range of each target. */
export async function definitionsAt(uri: vscode.Uri, position: vscode.Position): Promise<Array<{ uri: vscode.Uri; range: vscode.Range }>> {
  const found = await withTimeout(
    vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position),
    WAIT_MS,
    `the definition at ${position.line + 1}:${position.character + 1} of ${vscode.workspace.asRelativePath(uri)}`,
  );
  return (found ?? []).map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range }));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
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

// -------------------------------------------------------------------------------------------------
// Screenshots

export interface ScreenshotOptions {
  /**
   * CSS (or Playwright) selector the runner waits for, visible, before it takes the picture, e.g.
   * '.squiggly-warning': the extension host knows a diagnostic exists before the renderer has
   * painted it.
   */
  waitFor?: string;
  /**
   * Selector of the part of the workbench to photograph (e.g. '.part.editor'); whatever is painted
   * over that area (a hover, a menu) is in the picture. Default: the whole window.
   */
  area?: string;
  timeoutMs?: number;
}

/** The folder the runner writes screenshots into, or undefined when it takes none. */
export function screenshotsDir(): string | undefined {
  return process.env.BRIEFLINT_E2E_SCREENSHOTS || undefined;
}

/**
 * Asks the runner for a screenshot and waits until it is written.
 * Protocol (scripts/e2e/run-code-server.mjs): the suite logs `##screenshot <name> <options JSON>`;
 * the runner, which reads the log, takes the picture into $BRIEFLINT_E2E_SCREENSHOTS and renames
 * it into place as `<name>.png`, or writes `<name>.error.txt` if it could not. The suite watches
 * that folder (same machine) for either.
 * Returns the file, or undefined when the runner takes no screenshots (@vscode/test-electron).
 */
export async function screenshot(name: string, options: ScreenshotOptions = {}): Promise<string | undefined> {
  const dir = screenshotsDir();
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  if (!dir) {
    console.log(`(screenshot "${safe}" skipped: this runner takes no screenshots)`);
    return undefined;
  }
  const png = path.join(dir, `${safe}.png`);
  const error = path.join(dir, `${safe}.error.txt`);
  for (const f of [png, error]) fs.rmSync(f, { force: true });
  const timeoutMs = options.timeoutMs ?? WAIT_MS;
  const request = JSON.stringify({ ...(options.waitFor ? { waitFor: options.waitFor } : {}), ...(options.area ? { area: options.area } : {}) });

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
    console.log(`##screenshot ${safe} ${request}`);
    check();
  });
  return png;
}
