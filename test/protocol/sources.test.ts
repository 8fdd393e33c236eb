import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  ClientCapabilities,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  FileChangeType,
  FileSystemWatcher,
} from 'vscode-languageserver-protocol/node';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/**
 * Exhibit and docket lists in the editor: their own problems are pushed on the list file's URI
 * (the list need not be open), and only a change to a file an open draft's sources were looked
 * for in re-checks the drafts.
 */
const DRAFT = 'The email says so. Ex. 1. The letter agrees. Ex. 2.\n';
const GOOD_LIST = 'exhibit,description\n1,Email\n2,Letter\n';
/** Ex. 01 is Ex. 1 again: a problem at line 4, column 1. */
const BROKEN_LIST = 'exhibit,description\n1,Email\n2,Letter\n01,Memo\n';

/** A client with pull diagnostics whose file watchers can take patterns relative to a folder. */
const CLIENT: ClientCapabilities = {
  ...PULL_CLIENT,
  workspace: { ...PULL_CLIENT.workspace, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
};

describe('exhibit and docket lists in the editor (language server over stdio)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;
  let draft: string;

  before(async () => {
    workspace = makeWorkspace({
      'brief.md': DRAFT,
      'exhibits.csv': BROKEN_LIST,
      'lists/my-exhibits.csv': BROKEN_LIST,
      'notes/unrelated.csv': 'a,b\n1,2\n',
      'exhibit-files/Ex. 1 - Email.pdf': '%PDF-1.4\n',
    });
    server = new ServerUnderTest(workspace);
    await server.initialize(CLIENT);
    draft = await server.open('brief.md', 'markdown', DRAFT);
  });

  after(() => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  const pull = async (): Promise<DocumentDiagnosticReport> => server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: draft } });
  /** The diagnostics last pushed for a file (undefined when none were pushed). */
  const pushed = (relative: string) => {
    const list = server.diagnostics.get(server.uri(relative));
    return list?.[list.length - 1].diagnostics;
  };
  const changed = (relative: string) =>
    server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(relative), type: FileChangeType.Changed }] });

  it('watches every list-shaped file, whatever its name', async () => {
    await server.waitFor('the file watchers', () => server.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const globs = server.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) => (r.registerOptions as { watchers: FileSystemWatcher[] }).watchers.map((w) => w.globPattern));
    assert.ok(globs.includes('**/*.{csv,json,yaml,yml}'), JSON.stringify(globs));
    assert.ok(globs.includes('**/.brieflint.json'), JSON.stringify(globs));
  });

  it('pushes a broken exhibits.csv problem on exhibits.csv itself, not on the draft', async () => {
    await pull();
    await server.waitFor('the problem on exhibits.csv', () => (pushed('exhibits.csv')?.length ?? 0) > 0);
    const [problem, ...rest] = pushed('exhibits.csv')!;
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual(problem.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } });
    assert.strictEqual(problem.severity, DiagnosticSeverity.Error);
    assert.strictEqual(problem.source, 'Brieflint');
    assert.strictEqual(typeof problem.code, 'string');
    assert.match(String(problem.message), /Ex\. 01 is listed twice/);
    assert.strictEqual(server.diagnostics.get(draft), undefined, 'the draft\'s own diagnostics are pulled, never pushed');
  });

  it('clears the problem once exhibits.csv is fixed and the change is reported', async () => {
    fs.writeFileSync(path.join(workspace, 'exhibits.csv'), GOOD_LIST);
    await changed('exhibits.csv');
    await server.waitFor('exhibits.csv cleared', () => pushed('exhibits.csv')?.length === 0);
  });

  it('does not re-check the drafts for a file their sources do not use', async () => {
    const before = server.diagnosticRefreshes;
    await changed('notes/unrelated.csv');
    await pull(); // answered after the notification was handled
    assert.strictEqual(server.diagnosticRefreshes, before);
    await changed('exhibits.csv');
    await server.waitFor('a refresh for exhibits.csv', () => server.diagnosticRefreshes === before + 1);
  });

  it('follows a list named by brieflint.exhibits.manifest', async () => {
    server.settings = { exhibits: { manifest: 'lists/my-exhibits.csv' } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await server.waitFor('the problem on my-exhibits.csv', () => (pushed('lists/my-exhibits.csv')?.length ?? 0) === 1);
    assert.deepStrictEqual(pushed('exhibits.csv'), []);

    fs.writeFileSync(path.join(workspace, 'lists/my-exhibits.csv'), GOOD_LIST);
    const before = server.diagnosticRefreshes;
    await changed('lists/my-exhibits.csv');
    await server.waitFor('my-exhibits.csv cleared', () => pushed('lists/my-exhibits.csv')?.length === 0);
    assert.ok(server.diagnosticRefreshes > before);
  });

  it('watches the exhibit folder and re-checks when a file in it changes, whatever its type', async () => {
    server.settings = { exhibits: { folder: 'exhibit-files' } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const folder = server.uri('exhibit-files');
    await server.waitFor('a watcher on the exhibit folder', () =>
      server.registrations.some((r) =>
        ((r.registerOptions as { watchers?: FileSystemWatcher[] }).watchers ?? []).some(
          (w) => typeof w.globPattern === 'object' && 'baseUri' in w.globPattern && w.globPattern.baseUri === folder,
        ),
      ),
    );
    await pull();
    const before = server.diagnosticRefreshes;
    fs.writeFileSync(path.join(workspace, 'exhibit-files/Ex. 2 - Letter.docx'), 'x');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: server.uri('exhibit-files/Ex. 2 - Letter.docx'), type: FileChangeType.Created }],
    });
    await server.waitFor('a refresh for the exhibit folder', () => server.diagnosticRefreshes > before);
  });
});
