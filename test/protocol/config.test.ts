import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DidChangeWatchedFilesNotification, DocumentDiagnosticRequest, FileChangeType, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/**
 * `.brieflint.json` in the editor: found as the command line finds it (the nearest in the draft's
 * folder or above), and its problems shown in the file itself, at their line.
 */
const DRAFT = 'See Ex. 2 and Ex. 1.\n';

describe('.brieflint.json in the editor (language server over stdio)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;

  before(async () => {
    workspace = makeWorkspace({
      // The root's file turns exhibit-order off; the subfolder's turns it up to an error.
      '.brieflint.json': '{ "rules": { "exhibit-order": "off" } }\n',
      'motions/.brieflint.json': '{\n  "rules": {\n    "exhibit-order": "error",\n    "exhibit-ordr": "off"\n  }\n}\n',
      'motions/brief.md': DRAFT,
      'brief.md': DRAFT,
    });
    server = new ServerUnderTest(workspace);
    await server.initialize(PULL_CLIENT);
  });

  after(() => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  const codesOf = async (relative: string, text: string) => {
    const uri = await server.open(relative, 'markdown', text);
    const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    return report.items.map((d) => `${d.code}:${d.severity}`);
  };

  it('configures a draft in a subfolder from the nearest .brieflint.json, as the command line does', async () => {
    assert.ok((await codesOf('motions/brief.md', DRAFT)).includes('exhibit-order:1'), 'the subfolder file makes exhibit-order an error');
    assert.ok(!(await codesOf('brief.md', DRAFT)).some((c) => c.startsWith('exhibit-order')), 'the root file turns it off');
  });

  it('shows a problem of .brieflint.json in that file, at its line', async () => {
    const uri = server.uri('motions/.brieflint.json');
    await server.waitFor('the problem on motions/.brieflint.json', () => (server.diagnostics.get(uri)?.at(-1)?.diagnostics.length ?? 0) > 0);
    const [problem, ...rest] = server.diagnostics.get(uri)!.at(-1)!.diagnostics;
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(problem.range.start.line, 3);
    assert.match(String(problem.message), /unknown rule code "exhibit-ordr".*did you mean "exhibit-order"/);
  });

  it('clears the problem once the file is fixed', async () => {
    const file = path.join(workspace, 'motions/.brieflint.json');
    fs.writeFileSync(file, '{ "rules": { "exhibit-order": "error" } }\n');
    const uri = server.uri('motions/.brieflint.json');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    await server.waitFor('the problem cleared', () => server.diagnostics.get(uri)?.at(-1)?.diagnostics.length === 0);
  });
});
