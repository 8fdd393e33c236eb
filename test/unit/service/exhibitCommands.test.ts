import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { check, CheckResult, CheckSources } from '../../../server/src/core/check';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import {
  createExhibitManifestCommand,
  exhibitIndexCommand,
  prepareExhibitRename,
  renameExhibitEdit,
  renumberExhibitsCommand,
} from '../../../server/src/service/exhibitCommands';
import { loadExhibitSources } from '../../../server/src/service/exhibitSources';
import type { FileHost } from '../../../server/src/service/sources';
import { draft } from '../helpers';
import { filesOf } from './fixture';

const DRAFT_PATH = '/case/brief.md';
const DRAFT_URI = 'file:///case/brief.md';

/** A case folder in memory: the draft at /case/brief.md and other files by path. */
function openCase(text: string, files: Record<string, string> = {}): { result: CheckResult; sources: CheckSources; document: TextDocument } {
  const host: FileHost = {
    readText: (p) => (p in files ? { text: files[p] } : { error: 'no such file' }),
    listDir: () => undefined,
    exists: (p) => p in files,
  };
  const loaded = loadExhibitSources(DRAFT_PATH, '/case', DEFAULT_SETTINGS, host);
  const sources: CheckSources = loaded.exhibits ? { exhibits: loaded.exhibits } : {};
  const result = check({ text, format: 'markdown', path: DRAFT_PATH }, DEFAULT_SETTINGS, sources);
  return { result, sources, document: TextDocument.create(DRAFT_URI, 'markdown', 7, text) };
}

/** Every file after a workspace edit, the draft and the others given. */
function applied(edit: WorkspaceEdit, files: Record<string, string>): Record<string, string> {
  const out = { ...files };
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      const path = (change as CreateFile).uri.replace('file://', '');
      out[path] = '';
      continue;
    }
    const c = change as TextDocumentEdit;
    const path = c.textDocument.uri.replace('file://', '');
    out[path] = TextDocument.applyEdits(TextDocument.create(c.textDocument.uri, 'plaintext', 0, out[path] ?? ''), c.edits as TextEdit[]);
  }
  return out;
}

const LIST = 'exhibit,description\n1,"Email of Oct. 1, 2023"\n2,"Letter of Mar. 5, 2025"\n';
const OUT_OF_ORDER = draft`
  Microsoft refused. Ex. 2. It had the data. Ex. 1 at 3; *see also* Ex. 2.
`;

describe('command: renumber exhibits', () => {
  it('renumbers in order of first citation, in the draft and its exhibit list together', () => {
    const { result, sources, document } = openCase(OUT_OF_ORDER, { '/case/exhibits.csv': LIST });
    const outcome = renumberExhibitsCommand(result, sources, document, filesOf({ '/case/exhibits.csv': LIST }));
    assert.strictEqual(outcome.message, 'Renumbered 2 exhibits: Ex. 2 → Ex. 1, Ex. 1 → Ex. 2.');
    const draftChange = outcome.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepStrictEqual(draftChange.textDocument, { uri: DRAFT_URI, version: 7 }, 'the draft edit is for the version it was computed on');
    const after = applied(outcome.edit!, { '/case/brief.md': OUT_OF_ORDER, '/case/exhibits.csv': LIST });
    assert.strictEqual(after['/case/brief.md'], 'Microsoft refused. Ex. 1. It had the data. Ex. 2 at 3; *see also* Ex. 1.\n');
    assert.strictEqual(after['/case/exhibits.csv'], 'exhibit,description\n2,"Email of Oct. 1, 2023"\n1,"Letter of Mar. 5, 2025"\n');
  });

  it('says so when the exhibits are already in order', () => {
    const { result, sources, document } = openCase('Ex. 1; Ex. 2.\n');
    assert.deepStrictEqual(renumberExhibitsCommand(result, sources, document, filesOf()), {
      ok: true,
      message: 'The exhibits are already numbered in the order they are first cited.',
    });
  });
});

describe('rename an exhibit', () => {
  it('renames every cite and the list row, from the label under the cursor', () => {
    const text = 'See Ex. 2; Exs. 1 & 2; Ex. 2 at 4.\n';
    const { result, sources, document } = openCase(text, { '/case/exhibits.csv': LIST });
    const cursor = text.indexOf('2');
    assert.deepStrictEqual(prepareExhibitRename(result, sources, document, cursor), {
      range: { start: document.positionAt(cursor), end: document.positionAt(cursor + 1) },
      placeholder: '2',
    });
    const renamed = renameExhibitEdit(result, sources, document, cursor, '5', filesOf({ '/case/exhibits.csv': LIST }));
    assert.ok('edit' in renamed, JSON.stringify(renamed));
    const after = applied(renamed.edit, { '/case/brief.md': text, '/case/exhibits.csv': LIST });
    assert.strictEqual(after['/case/brief.md'], 'See Ex. 5; Exs. 1 & 5; Ex. 5 at 4.\n');
    assert.strictEqual(after['/case/exhibits.csv'], 'exhibit,description\n1,"Email of Oct. 1, 2023"\n5,"Letter of Mar. 5, 2025"\n');
  });

  it('refuses a label already in use, and is not offered off a label', () => {
    const text = 'See Ex. 2 and Ex. 1.\n';
    const { result, sources, document } = openCase(text);
    assert.deepStrictEqual(renameExhibitEdit(result, sources, document, text.indexOf('2'), '1', filesOf()), {
      problem: 'Ex. 1 already exists; pick a label no exhibit uses, or renumber all exhibits.',
    });
    assert.strictEqual(prepareExhibitRename(result, sources, document, text.indexOf('See')), undefined);
  });
});

describe('command: exhibit index', () => {
  it('lists each exhibit with its description, Bates number and first cite, as a Markdown table', () => {
    const { result, sources } = openCase('See Ex. 2, ABC000200 (letter).\n\nEx. 1 at 3.\n', { '/case/exhibits.csv': LIST });
    assert.deepStrictEqual(exhibitIndexCommand(result, sources), {
      ok: true,
      message: '2 exhibits.',
      text: [
        '| Exhibit | Description | Bates | Date | First cited |',
        '| --- | --- | --- | --- | --- |',
        '| Ex. 1 | Email of Oct. 1, 2023 |  |  | line 3 |',
        '| Ex. 2 | Letter of Mar. 5, 2025 | ABC000200 |  | line 1 |',
        '',
      ].join('\n'),
    });
  });
});

describe('command: create exhibit list', () => {
  it('creates exhibits.csv beside the draft from what the draft says', () => {
    const text = 'See Ex. 1, ABC000100 (email from Microsoft). Ex. 2.\n';
    const { result, sources } = openCase(text);
    const outcome = createExhibitManifestCommand(result, sources, DRAFT_PATH, filesOf());
    assert.strictEqual(outcome.message, 'Created exhibits.csv with 2 exhibits from the draft; check the descriptions and Bates numbers.');
    const [create] = outcome.edit!.documentChanges!;
    assert.deepStrictEqual(create, { kind: 'create', uri: 'file:///case/exhibits.csv', options: { overwrite: false, ignoreIfExists: false } });
    const after = applied(outcome.edit!, {});
    assert.match(after['/case/exhibits.csv'], /^exhibit,description,bates_begin/);
    assert.match(after['/case/exhibits.csv'], /\n1,email from Microsoft,ABC000100/);
  });

  it('never replaces an exhibit list the draft already has', () => {
    const { result, sources } = openCase('See Ex. 1.\n', { '/case/exhibits.csv': LIST });
    const outcome = createExhibitManifestCommand(result, sources, DRAFT_PATH, filesOf({ '/case/exhibits.csv': LIST }));
    assert.deepStrictEqual(outcome, { ok: false, message: 'The draft already has an exhibit list, /case/exhibits.csv; Brieflint does not replace it.' });
  });

  it('needs a saved draft', () => {
    const { result, sources } = openCase('See Ex. 1.\n');
    assert.strictEqual(createExhibitManifestCommand(result, sources, undefined, filesOf()).message, 'Save the draft first: the exhibit list is created beside it.');
  });
});
