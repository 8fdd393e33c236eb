import * as assert from 'assert';
import { DocumentDiagnosticRequest, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/**
 * The language ids other editors send: Emacs's eglot says `text` for a plain-text buffer and
 * `gfm` for GitHub-flavoured Markdown; by default both are checked, `gfm` read as Markdown.
 */
describe('language ids of other editors (language server over stdio)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;

  before(async () => {
    workspace = makeWorkspace({});
    server = new ServerUnderTest(workspace);
    await server.initialize(PULL_CLIENT);
  });

  after(() => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  const diagnose = async (name: string, languageId: string, text: string) => {
    const uri = await server.open(name, languageId, text);
    return ((await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
  };

  it('checks a plain-text buffer eglot sends as `text`', async () => {
    const items = await diagnose('letter.txt', 'text', 'See Smith v. Jones, 60 F.4d 913 (2d Cir. 1994).\n');
    assert.deepStrictEqual(items.map((d) => d.code), ['reporter-unknown']);
  });

  it('reads a `gfm` buffer as Markdown (fenced code is not read), a `text` buffer as plain text', async () => {
    const text = 'See Dkt. No. 12.\n\n```\nDkt. 14\n```\n';
    assert.deepStrictEqual((await diagnose('brief.md', 'gfm', text)).map((d) => d.code), []);
    assert.deepStrictEqual((await diagnose('brief.txt', 'text', text)).map((d) => d.code), ['docket-style-inconsistent']);
  });
});
