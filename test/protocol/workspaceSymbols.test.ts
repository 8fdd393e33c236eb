import * as assert from 'assert';
import { WorkspaceSymbolRequest, type SymbolInformation } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/** Workspace symbols: find an authority or exhibit across every draft of the matter, open or not. */
describe('workspace symbols (language server over stdio)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;
  const OPEN = 'See Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994). Ex. 1.\n';
  const CLOSED = 'As Campbell v. Acuff-Rose Music, Inc., 510 U.S. 569 (1994), holds, and Ex. 4 shows.\n';

  before(async () => {
    workspace = makeWorkspace({ 'opposition.md': OPEN, 'replies/reply.md': CLOSED, 'node_modules/x/readme.md': 'Ex. 9.\n' });
    server = new ServerUnderTest(workspace);
    await server.initialize(PULL_CLIENT);
    await server.open('opposition.md', 'markdown', OPEN);
  });

  after(() => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  const find = async (query: string) => ((await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []) as SymbolInformation[];

  it('finds a case cited in a draft that is not open, at its citation', async () => {
    const found = await find('acuff');
    assert.deepStrictEqual(found.map((s) => [s.name, s.location.uri.endsWith('replies/reply.md'), s.location.range.start.line]), [['Campbell v. Acuff-Rose Music, Inc., 510 U.S. 569 (1994)', true, 0]]);
  });

  it('finds exhibits in every draft, open or not, and nothing in tool folders', async () => {
    const names = (await find('Ex.')).map((s) => `${s.name} @ ${s.location.uri.split('/').slice(-1)[0]}`).sort();
    assert.deepStrictEqual(names, ['Ex. 1 @ opposition.md', 'Ex. 4 @ reply.md']);
  });
});
