import * as assert from 'assert';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeLensRequest,
  CodeLensResolveRequest,
  DefinitionRequest,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  DocumentLinkRequest,
  DocumentSymbol,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  LocationLink,
  PrepareRenameRequest,
  RenameRequest,
  MarkupContent,
  ReferencesRequest,
  SemanticTokensRequest,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { makeWorkspace, PULL_CLIENT, PUSH_CLIENT, removeWorkspace, ServerUnderTest } from './client';

/**
 * The real server, started as `brieflint lsp --stdio` and spoken to over LSP, as an editor does.
 */
const BRIEF = [
  '# Letter Motion',
  '',
  'Plaintiffs rely on *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994). *Id.* at 921.',
  '*See also FameFlynet, Inc. v. Shoshanna Collection, LLC*, 282 F.Supp.3d 618, 627 (S.D.N.Y. 2017).',
  '',
  'The Court ordered production. Dkt. No. 293 at 4; *see also* Dkt. 69 at ¶¶ 76, 430.',
  '*Texaco*, 60 F.3d at 925.',
  '',
].join('\n');

const DOCKET = 'entry,date,description\n69,2024-02-01,Amended Complaint\n293,2024-11-01,Opinion and Order\n';
const MOTION = 'Microsoft refused. Ex. 2. It had the data. Ex. 1 at 3.\n';
const EXHIBITS = 'exhibit,description\n1,Email\n2,Letter\n';

/** Position of the first occurrence of `needle` (plus `shift` characters) in `text`. */
function at(text: string, needle: string, shift = 1): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in the draft`);
  return TextDocument.create('x', 'markdown', 0, text).positionAt(offset + shift);
}

function textOf(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const doc = TextDocument.create('x', 'markdown', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

describe('language server over stdio (a client with pull diagnostics)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;
  let uri: string;

  before(async () => {
    workspace = makeWorkspace({
      'brief.md': BRIEF,
      'docket.csv': DOCKET,
      'other/reply.md': 'See Dkt. No. 12; Dkt. 13.\n',
      'motion/declaration.md': MOTION,
      'motion/exhibits.csv': EXHIBITS,
    });
    server = new ServerUnderTest(workspace);
    server.settings = { codeLens: true };
    const init = await server.initialize(PULL_CLIENT);
    const caps = init.capabilities;
    assert.strictEqual(caps.definitionProvider, true);
    assert.strictEqual(caps.referencesProvider, true);
    assert.ok(caps.documentSymbolProvider && caps.documentLinkProvider && caps.codeLensProvider && caps.semanticTokensProvider);
    assert.ok(caps.diagnosticProvider, 'pull diagnostics are offered to a client that can pull');
    assert.ok(caps.executeCommandProvider?.commands.includes('brieflint.server.insertTableOfAuthorities'));
    uri = await server.open('brief.md', 'markdown', BRIEF);
  });

  after(async () => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  async function pull(): Promise<Diagnostic[]> {
    const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    assert.strictEqual(report.kind, 'full');
    return (report as { items: Diagnostic[] }).items;
  }

  it('gives diagnostics when the client pulls them, and the status with its counts', async () => {
    const items = await pull();
    assert.deepStrictEqual(
      items.map((d) => [d.code, textOf(BRIEF, d.range)]),
      [
        ['reporter-nonstandard', 'F.Supp.3d'],
        ['docket-style-inconsistent', 'Dkt. 69 at ¶¶ 76, 430'],
      ],
    );
    await server.waitFor('a ready status', () => server.status(uri)?.state === 'ready');
    assert.strictEqual(server.status(uri)?.text, '6 citations · 0 exhibits · 2 problems · Bluebook (22d ed.) (auto)');
  });

  it('re-checks after an edit', async () => {
    const fixed = BRIEF.replace('F.Supp.3d', 'F. Supp. 3d');
    await server.replaceAll(uri, fixed, 2);
    const items = await pull();
    assert.deepStrictEqual(items.map((d) => d.code), ['docket-style-inconsistent']);
    await server.replaceAll(uri, BRIEF, 3);
    assert.strictEqual((await pull()).length, 2);
  });

  it('answers hovers', async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(BRIEF, 'Dkt. No. 293') });
    assert.match((hover?.contents as MarkupContent).value, /293/);
  });

  it('offers the fix of a diagnostic as a code action', async () => {
    const diagnostic = (await pull()).find((d) => d.code === 'reporter-nonstandard')!;
    const actions = await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const action = actions?.find((a) => 'title' in a && a.title === 'Change "F.Supp.3d" to "F. Supp. 3d"') as { edit?: { changes?: Record<string, TextEdit[]> } } | undefined;
    assert.ok(action, JSON.stringify(actions));
    assert.deepStrictEqual(action.edit?.changes?.[uri]?.map((e) => e.newText), ['F. Supp. 3d']);
  });

  it('offers code actions only for the findings the cursor is on, though the client sends the whole line', async () => {
    const all = await pull();
    const diagnostic = all.find((d) => d.code === 'reporter-nonstandard')!;
    const elsewhere = all.filter((d) => d !== diagnostic);
    assert.ok(elsewhere.length > 0);
    const cursor = { start: diagnostic.range.start, end: diagnostic.range.start };
    const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: cursor, context: { diagnostics: all } });
    const titles = (actions ?? []).map((a) => a.title);
    assert.ok(titles.includes('Change "F.Supp.3d" to "F. Supp. 3d"'), JSON.stringify(titles));
    const others = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: cursor, context: { diagnostics: elsewhere } });
    assert.deepStrictEqual(others, []);
  });

  it('offers the fix of the whole draft once, made from the last check, and it leaves the draft consistent', async () => {
    const lines: string[] = [];
    for (let k = 0; k < 400; k++) lines.push(`The parties conferred. ${k % 2 === 0 ? 'Dkt. No.' : 'ECF No.'} ${k + 1} at 2.`);
    const text = lines.join('\n') + '\n';
    const other = await server.open('alternating.md', 'markdown', text);
    const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: other } })) as { items: Diagnostic[] };
    const style = report.items.filter((d) => d.code === 'docket-style-inconsistent');
    assert.strictEqual(style.length, 200);
    // No diagnostic carries the 200-edit list.
    assert.ok(style.every((d) => JSON.stringify(d.data).length < 600), JSON.stringify(style[0].data));
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: other },
      range: style[0].range,
      context: { diagnostics: style.slice(0, 2) },
    })) as Array<{ title: string; edit?: { changes?: Record<string, TextEdit[]> } }>;
    const all = actions.filter((a) => a.title === 'Change the 200 docket cites in other styles to "Dkt. No."');
    assert.strictEqual(all.length, 1, JSON.stringify(actions.map((a) => a.title)));
    const edits = all[0].edit?.changes?.[other] ?? [];
    assert.strictEqual(edits.length, 200);
    const fixed = TextDocument.applyEdits(TextDocument.create(other, 'markdown', 1, text), edits);
    assert.strictEqual((fixed.match(/Dkt\. No\. \d+ at 2\./g) ?? []).length, 400);
  });

  it('goes from Id. to its full citation, and from a docket cite to the docket list', async () => {
    const links = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at(BRIEF, 'Id.', 0) })) as LocationLink[];
    assert.deepStrictEqual(links.map((l) => [l.targetUri, textOf(BRIEF, l.targetSelectionRange)]), [[uri, '60 F.3d 913, 920 (2d Cir. 1994)']]);
    const docket = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at(BRIEF, '293') })) as LocationLink[];
    assert.deepStrictEqual(docket.map((l) => [l.targetUri, l.targetRange.start.line]), [[server.uri('docket.csv'), 2]]);
  });

  it('finds every citation of a case', async () => {
    const refs = await server.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: at(BRIEF, '60 F.3d 913'),
      context: { includeDeclaration: true },
    });
    assert.deepStrictEqual(refs?.map((l) => textOf(BRIEF, l.range)), ['60 F.3d 913, 920 (2d Cir. 1994)', 'Id.* at 921', '60 F.3d at 925']);
  });

  it('lists authorities and docket entries in the outline', async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]),
      [
        ['Authorities', ['Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994)', 'FameFlynet, Inc. v. Shoshanna Collection, LLC, 282 F. Supp. 3d 618 (S.D.N.Y. 2017)']],
        ['Docket entries', ['Dkt. No. 293', 'Dkt. 69']],
      ],
    );
  });

  it('links case citations to CourtListener', async () => {
    const links = await server.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    assert.deepStrictEqual(links?.map((l) => l.target), [
      'https://www.courtlistener.com/c/F.3d/60/913/',
      'https://www.courtlistener.com/c/F.%20Supp.%203d/282/618/',
      'https://www.courtlistener.com/c/F.3d/60/913/',
    ]);
  });

  it('shows code lenses when the setting is on', async () => {
    const lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    const resolved = await Promise.all(lenses.map((l) => server.connection.sendRequest(CodeLensResolveRequest.type, l)));
    assert.deepStrictEqual(resolved.map((l) => l.command?.title), ['cited 2 more times', 'not cited again']);
  });

  it('colours citations in a plain-text draft with semantic tokens, not in Markdown', async () => {
    const txt = await server.open('letter.txt', 'plaintext', 'See Dkt. No. 12.\n');
    const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: txt } });
    assert.deepStrictEqual(tokens?.data, [0, 4, 8, 3, 0, 0, 9, 2, 2, 0]);
    const markdown = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepStrictEqual(markdown?.data, []);
  });

  it('inserts the table of authorities through the editor, as one edit', async () => {
    const outcome = (await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'brieflint.server.insertTableOfAuthorities',
      arguments: [{ uri, position: { line: 2, character: 0 } }],
    })) as { ok: boolean; message: string };
    assert.deepStrictEqual(outcome, { ok: true, message: 'Inserted the table of authorities (2 cases).' });
    assert.strictEqual(server.appliedEdits.length, 1);
    const change = server.appliedEdits[0].edit.documentChanges![0] as TextDocumentEdit;
    assert.deepStrictEqual(change.textDocument, { uri, version: 3 });
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 3, BRIEF), change.edits as TextEdit[]);
    assert.ok(after.startsWith('# Letter Motion\n\n<!-- brieflint-toa-start -->\n## Table of Authorities\n'), after);
    assert.ok(after.includes('| *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913 (2d Cir. 1994) | Letter Motion |'), after);
  });

  it('gives the table of authorities as text, for clients that show it themselves', async () => {
    const outcome = (await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'brieflint.server.tableOfAuthorities',
      arguments: [{ uri }],
    })) as { ok: boolean; text: string };
    assert.ok(outcome.ok);
    assert.match(outcome.text, /^<!-- brieflint-toa-start -->\n## Table of Authorities\n[^]*\| \*FameFlynet, Inc\. v\. Shoshanna Collection, LLC\*, 282 F\. Supp\. 3d 618 \(S\.D\.N\.Y\. 2017\) \| Letter Motion \|\n[^]*<!-- brieflint-toa-end -->$/);
  });

  it('renames an exhibit in the draft and its exhibit list, and renumbers exhibits through the editor', async () => {
    const motion = await server.open('motion/declaration.md', 'markdown', MOTION);
    const position = at(MOTION, 'Ex. 2', 4);
    const prepared = await server.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: motion }, position });
    assert.deepStrictEqual(prepared && 'placeholder' in prepared ? prepared.placeholder : prepared, '2');
    const rename = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: motion }, position, newName: '7' });
    assert.deepStrictEqual(
      rename?.documentChanges?.map((c) => [(c as TextDocumentEdit).textDocument.uri, (c as TextDocumentEdit).edits.map((e) => (e as TextEdit).newText)]),
      [
        [motion, ['7']],
        [server.uri('motion/exhibits.csv'), ['7']],
      ],
    );
    const taken = server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: motion }, position, newName: '1' });
    await assert.rejects(taken, /Ex\. 1 already exists/);

    const outcome = (await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'brieflint.server.renumberExhibits',
      arguments: [{ uri: motion }],
    })) as { ok: boolean; message: string };
    assert.deepStrictEqual(outcome, { ok: true, message: 'Renumbered 2 exhibits: Ex. 2 → Ex. 1, Ex. 1 → Ex. 2.' });
    const edit = server.appliedEdits[server.appliedEdits.length - 1].edit;
    assert.deepStrictEqual(edit.documentChanges?.map((c) => (c as TextDocumentEdit).textDocument.uri), [motion, server.uri('motion/exhibits.csv')]);
  });

  it('checks the whole workspace into the Problems panel, reporting progress', async () => {
    server.trackProgress('check-1');
    const outcome = (await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'brieflint.server.checkWorkspace',
      arguments: [{}],
      workDoneToken: 'check-1',
    })) as { ok: boolean; message: string };
    // brief.md (open): its 2 problems; motion/declaration.md (open): exhibits out of order;
    // other/reply.md (closed): two styles, and entries 12 and 13 not on the docket list.
    assert.deepStrictEqual(outcome, { ok: true, message: 'Checked 3 drafts: 6 problems in 3 of them.' });
    // The closed draft's problems are pushed; the open one keeps its pulled diagnostics.
    const reply = server.diagnostics.get(server.uri('other/reply.md'));
    assert.deepStrictEqual(reply?.[reply.length - 1].diagnostics.map((d) => d.code).sort(), ['docket-style-inconsistent', 'docket-unresolved', 'docket-unresolved']);
    assert.strictEqual(server.diagnostics.get(uri), undefined);
    const progress = server.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { value: { kind: string } }).value.kind);
    assert.deepStrictEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
  });

  it('drops pushed workspace problems when that draft is opened and pulled', async () => {
    const reply = server.uri('other/reply.md');
    await server.open('other/reply.md', 'markdown', 'See Dkt. No. 12; Dkt. 13.\n');
    await server.waitFor('the pushed diagnostics of reply.md cleared', () => {
      const list = server.diagnostics.get(reply) ?? [];
      return list.length > 0 && list[list.length - 1].diagnostics.length === 0;
    });
  });

  it('shuts down and exits cleanly', async () => {
    assert.strictEqual(await server.shutdown(), 0);
  });
});

describe('language server over stdio (a client without pull diagnostics)', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;

  before(async () => {
    workspace = makeWorkspace({});
    server = new ServerUnderTest(workspace);
    const init = await server.initialize(PUSH_CLIENT);
    assert.strictEqual(init.capabilities.diagnosticProvider, undefined);
  });

  after(() => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  it('pushes diagnostics on open and after each change, for that version', async () => {
    const uri = await server.open('brief.md', 'markdown', 'See Dkt. No. 12; Dkt. 13.\n');
    const latest = () => {
      const list = server.diagnostics.get(uri) ?? [];
      return list[list.length - 1];
    };
    await server.waitFor('diagnostics of version 1', () => latest()?.version === 1);
    assert.deepStrictEqual(latest().diagnostics.map((d) => d.code), ['docket-style-inconsistent']);
    await server.replaceAll(uri, 'See Dkt. No. 12; Dkt. No. 13.\n', 2);
    await server.waitFor('diagnostics of version 2', () => latest()?.version === 2);
    assert.deepStrictEqual(latest().diagnostics, []);
  });

  it('shuts down and exits cleanly', async () => {
    assert.strictEqual(await server.shutdown(), 0);
  });
});

describe('language server over stdio: cancelling "Check Whole Workspace"', function () {
  this.timeout(60_000);
  let workspace: string;
  let server: ServerUnderTest;

  before(async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 400; n++) files[`drafts/letter-${String(n).padStart(3, '0')}.md`] = 'See Dkt. No. 12; Dkt. 13.\n';
    workspace = makeWorkspace(files);
    server = new ServerUnderTest(workspace);
    await server.initialize(PULL_CLIENT);
  });

  after(() => {
    server?.kill();
    if (workspace) removeWorkspace(workspace);
  });

  it('stops between drafts when the request is cancelled, and says how far it got', async () => {
    server.trackProgress('check-2');
    const source = new CancellationTokenSource();
    const request = server.connection.sendRequest(
      ExecuteCommandRequest.type,
      { command: 'brieflint.server.checkWorkspace', arguments: [{}], workDoneToken: 'check-2' },
      source.token,
    );
    await server.waitFor('the first progress report', () =>
      server.notifications.some((n) => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === 'report'),
    );
    source.cancel();
    const outcome = (await request) as { ok: boolean; message: string };
    assert.match(outcome.message, /^Stopped after \d+ of 400 drafts: /);
    const checked = Number(/after (\d+)/.exec(outcome.message)![1]);
    assert.ok(checked < 400, outcome.message);
    assert.strictEqual(server.diagnostics.size, checked, 'only the drafts checked before the cancellation were published');
  });
});
