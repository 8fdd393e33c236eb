import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  DidChangeConfigurationNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FullDocumentDiagnosticReport,
  HoverRequest,
  MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FakeCourtListener, opinion } from '../unit/verify/fakeCourtListener';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/**
 * CourtListener verification through the language server, against a stand-in service on
 * 127.0.0.1: nothing is sent unless the settings or the command call for it; what it answers
 * becomes diagnostics and hovers.
 */
const DRAFT = [
  '# Motion',
  '',
  'Plaintiffs rely on *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994).',
  'Defendants cite *Smith v. Jones*, 999 F.3d 999 (2d Cir. 2021).',
  '',
].join('\n');

describe('CourtListener verification (language server over stdio)', function () {
  this.timeout(60_000);
  let fake: FakeCourtListener;
  let workspace: string;
  let storage: string;
  let server: ServerUnderTest;
  let uri: string;
  let version = 1;

  before(async () => {
    fake = await new FakeCourtListener({
      opinions: { '60 F.3d 913': [opinion('American Geophysical Union v. Texaco Inc.', '60 F.3d 913', '1994-10-28', 7)] },
    }).start();
    workspace = makeWorkspace({ 'brief.md': DRAFT });
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-storage-'));
    server = new ServerUnderTest(workspace, { ...process.env, BRIEFLINT_COURTLISTENER_TOKEN: fake.token });
    server.settings = { courtListener: { verify: 'off', baseUrl: fake.url } };
    const init = await server.initialize(PULL_CLIENT, { storagePath: storage });
    assert.ok(init.capabilities.executeCommandProvider?.commands.includes('brieflint.server.verifyCitations'));
    const sync = init.capabilities.textDocumentSync;
    assert.ok(typeof sync === 'object' && sync.save, 'the server asks for didSave');
    uri = await server.open('brief.md', 'markdown', DRAFT, version);
  });

  after(async () => {
    server?.kill();
    await fake?.close();
    if (workspace) removeWorkspace(workspace);
    if (storage) fs.rmSync(storage, { recursive: true, force: true });
  });

  const codes = async (): Promise<string[]> => {
    const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    return (report as FullDocumentDiagnosticReport).items.map((d) => String(d.code));
  };
  const save = () => server.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  const position = (needle: string) => TextDocument.create(uri, 'markdown', 0, DRAFT).positionAt(DRAFT.indexOf(needle) + 1);

  it('sends nothing on open, change or save while brieflint.courtListener.verify is off', async () => {
    assert.ok(!(await codes()).includes('citation-not-found'));
    await server.replaceAll(uri, DRAFT, ++version);
    assert.ok(!(await codes()).includes('citation-not-found'));
    await save();
    await codes(); // answered after the save was handled
    await save();
    assert.ok(!(await codes()).includes('citation-not-found'));
    assert.strictEqual(fake.requests.length, 0);
  });

  it('verifies on the command, whatever the setting: a citation-not-found diagnostic and a verified hover', async () => {
    server.trackProgress('verify-1');
    const outcome = (await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'brieflint.server.verifyCitations',
      arguments: [{ uri }],
      workDoneToken: 'verify-1',
    })) as { ok: boolean; message: string };
    assert.strictEqual(outcome.ok, true, outcome.message);
    assert.ok(fake.requests.length > 0);
    for (const r of fake.requests) assert.strictEqual(r.authorization, `Token ${fake.token}`);
    // Only volume, reporter and page leave the machine: never the draft, never a case name.
    assert.ok(!JSON.stringify(fake.requests.map((r) => r.body)).includes('Smith'));

    const found = await codes();
    assert.deepStrictEqual(found.filter((c) => c === 'citation-not-found'), ['citation-not-found']);
    const requests = fake.requests.length;
    await codes();
    assert.strictEqual(fake.requests.length, requests, 'a re-check reuses the answers, sending nothing');

    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: position('60 F.3d 913') });
    assert.match((hover?.contents as MarkupContent).value, /Verified on CourtListener/);
    const progress = server.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { value: { kind: string } }).value.kind);
    assert.deepStrictEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
    assert.ok(fs.existsSync(path.join(storage, 'courtlistener')), 'the answers are cached in the storage folder the client gave');
  });

  it('forgets the answers when the settings change, and verifies on save when set to onSave', async () => {
    server.settings = { courtListener: { verify: 'onSave', baseUrl: fake.url } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.ok(!(await codes()).includes('citation-not-found'), 'the answers were forgotten');
    const refreshes = server.diagnosticRefreshes;
    await save();
    // Once the answers are in (from the cache the command filled), the server asks the client to pull again.
    await server.waitFor('the refresh after verifying on save', () => server.diagnosticRefreshes > refreshes);
    assert.ok((await codes()).includes('citation-not-found'));
  });
});
