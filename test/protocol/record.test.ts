import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DefinitionRequest, HoverRequest, LocationLink, MarkupContent } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/** A record cite in the editor: the real server shows the cited transcript lines and goes to them. */
const FIXTURE = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'record');
const DRAFT = 'The guard was off, and the crew was told. Smith Dep. 45:3–4.\n';

describe('record cites in the editor (language server over stdio)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;
  let uri: string;

  before(async () => {
    workspace = makeWorkspace({
      'brief.md': DRAFT,
      'record/record.csv': fs.readFileSync(path.join(FIXTURE, 'record', 'record.csv'), 'utf8'),
      'record/Smith Deposition 2024-03-12.txt': fs.readFileSync(path.join(FIXTURE, 'record', 'Smith Deposition 2024-03-12.txt'), 'utf8'),
      'record/Jones Declaration.md': fs.readFileSync(path.join(FIXTURE, 'record', 'Jones Declaration.md'), 'utf8'),
    });
    server = new ServerUnderTest(workspace);
    await server.initialize(PULL_CLIENT);
    uri = await server.open('brief.md', 'markdown', DRAFT);
  });

  after(async () => {
    await server.shutdown();
    removeWorkspace(workspace);
  });

  it('hovers with the cited lines, verbatim, with their page and line numbers', async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: DRAFT.indexOf('Smith Dep.') + 3 } });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /\*\*Smith Dep\.\*\* — record cite/);
    assert.match(value, / 45:03 {2}Q\. {3}Did anyone warn the crew about the missing guard\?/);
    assert.match(value, / 45:04 {2}A\. {3}I did\. I told them at the line meeting\./);
    assert.doesNotMatch(value, /45:05/);
  });

  it('goes to the transcript at the cited page and line', async () => {
    const links = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 0, character: DRAFT.indexOf('45:3') + 1 } })) as LocationLink[];
    assert.ok(links[0].targetUri.endsWith('Smith%20Deposition%202024-03-12.txt'));
    const text = fs.readFileSync(path.join(workspace, 'record', 'Smith Deposition 2024-03-12.txt'), 'utf8');
    assert.match(text.split('\n')[links[0].targetRange.start.line], /^ 3 {3}Q\. {3}Did anyone warn/);
  });
});
