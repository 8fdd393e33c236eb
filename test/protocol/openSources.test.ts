import * as assert from 'assert';
import { DidChangeTextDocumentNotification, DocumentDiagnosticRequest, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/**
 * An exhibit list open in the editor is read from its buffer, saved or not: a fix that adds a
 * row to exhibits.csv (and leaves it unsaved) clears the draft's exhibit-unresolved at once.
 */
describe('an exhibit list open and unsaved in the editor (language server over stdio)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;
  const DRAFT = 'The email says so. Ex. 1. The memo agrees. Ex. 2.\n';
  const ON_DISK = 'exhibit,description\n1,Email\n';

  before(async () => {
    workspace = makeWorkspace({ 'brief.md': DRAFT, 'exhibits.csv': ON_DISK });
    server = new ServerUnderTest(workspace);
    await server.initialize(PULL_CLIENT);
  });

  after(() => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  const codes = async (uri: string) =>
    ((await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items.map((d) => d.code);

  it('reads the buffer, not the file on disk, and re-checks the draft when the buffer changes', async () => {
    const draft = await server.open('brief.md', 'markdown', DRAFT);
    assert.ok((await codes(draft)).includes('exhibit-unresolved'), 'Ex. 2 is not on the list on disk');
    const list = await server.open('exhibits.csv', 'plaintext', ON_DISK);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: list, version: 2 },
      contentChanges: [{ text: ON_DISK + '2,Memo\n' }],
    });
    // The server re-checks a moment after the buffer stops changing: ask again until it has.
    let after: unknown[] = [];
    for (let tries = 0; tries < 100; tries++) {
      after = await codes(draft);
      if (!after.includes('exhibit-unresolved')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(!after.includes('exhibit-unresolved'), `still unresolved after the buffer changed: ${JSON.stringify(after)}`);
  });

  it('does not check the exhibit list itself as a draft', async () => {
    assert.deepStrictEqual(await codes(server.uri('exhibits.csv')), []);
  });
});
