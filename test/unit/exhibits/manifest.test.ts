import * as assert from 'node:assert/strict';
import { exhibitFromFileName, folderDefinitions, readCsvManifest } from '../../../server/src/core/families/exhibits/manifest';
import type { ExhibitDefinition, SourceProblem } from '../../../server/src/core/families/exhibits/types';
import { readManifestFile } from '../../../server/src/service/exhibitSources';
import { fakeHost } from './fixture';

const CSV = '/case/exhibits.csv';
const JSON_LIST = '/case/exhibits.json';
const YAML_LIST = '/case/exhibits.yaml';

/** The rows of a list as a person reads them: label and the fields it has. */
function rows(definitions: ExhibitDefinition[]): Array<Record<string, string>> {
  return definitions.map(({ origin, ...fields }) => ({ ...fields, line: String((origin.line ?? -1) + 1) }) as Record<string, string>);
}

/** Problems as `line:column message` (1-based, as an editor shows them). */
function problems(list: SourceProblem[]): string[] {
  return list.map((p) => `${p.line + 1}:${p.column + 1} ${p.message}`);
}

function read(path: string, text: string) {
  return readManifestFile(path, fakeHost({ [path]: text }));
}

describe('exhibit lists: CSV', () => {
  it('reads the columns by name, in any order and case, and gives each row its line', () => {
    const reading = readCsvManifest('Description,EXHIBIT,Bates_Begin,bates_end,Date,File\nEmail,1,ABC000100,ABC000104,2023-10-01,ex1.pdf\nLetter,2,ABC000105,,,\n', CSV);
    assert.deepEqual(problems(reading.problems), []);
    assert.deepEqual(rows(reading.definitions), [
      { label: '1', description: 'Email', batesBegin: 'ABC000100', batesEnd: 'ABC000104', date: '2023-10-01', file: 'ex1.pdf', line: '2' },
      { label: '2', description: 'Letter', batesBegin: 'ABC000105', line: '3' },
    ]);
  });

  it('reads an Excel export: a byte-order mark, CRLF, commas, quotes and line breaks inside quotes', () => {
    const text = '\ufeffEx,Description,Bates\r\n1,"Email, Oct. 1, 2023",ABC000100\r\n2,"The ""final"" draft\r\nsecond page",ABC000200–ABC000210\r\n3,Memo,\r\n';
    const reading = readCsvManifest(text, CSV);
    assert.deepEqual(problems(reading.problems), []);
    assert.deepEqual(rows(reading.definitions), [
      { label: '1', description: 'Email, Oct. 1, 2023', batesBegin: 'ABC000100', line: '2' },
      { label: '2', description: 'The "final" draft\r\nsecond page', batesBegin: 'ABC000200', batesEnd: 'ABC000210', line: '3' },
      { label: '3', description: 'Memo', line: '5' },
    ]);
  });

  it('takes labels as people write them: 01, Ex. 1, Exhibit A, 12-B', () => {
    const reading = readCsvManifest('label\n01\nEx. 2\nExhibit A\n12-B\n', CSV);
    assert.deepEqual(reading.definitions.map((d) => d.label), ['01', '2', 'A', '12-B']);
  });

  it('points at the label of each row, for renaming', () => {
    const text = 'exhibit,description\n1,Email\n"Ex. 2",Letter\n';
    const spans = readCsvManifest(text, CSV).definitions.map((d) => text.slice(d.origin.labelSpan!.start, d.origin.labelSpan!.end));
    assert.deepEqual(spans, ['1', '2']);
  });

  it('reports an unbalanced quote at its line and uses the other rows', () => {
    const reading = readCsvManifest('exhibit,description\n1,Email\n2,"Letter\n3,Memo\n', CSV);
    assert.deepEqual(problems(reading.problems), ['3:3 Exhibit list: a quoted field is never closed (unbalanced "); that row is skipped.']);
    assert.deepEqual(reading.definitions.map((d) => d.label), ['1', '3']);
  });

  it('reports a row with too many fields and keeps only its label when the label comes first', () => {
    const reading = readCsvManifest('exhibit,description,bates_begin\n1,Email, from Bob,ABC000100\n2,Letter,ABC000200\n', CSV);
    assert.deepEqual(problems(reading.problems), ['2:1 This row has 4 fields but the header has 3; a comma inside a field needs quotes ("…"). Only its exhibit label is used.']);
    assert.deepEqual(rows(reading.definitions), [
      { label: '1', line: '2' },
      { label: '2', description: 'Letter', batesBegin: 'ABC000200', line: '3' },
    ]);
  });

  it('skips a row with too many fields when its label is not in the first column', () => {
    const reading = readCsvManifest('description,exhibit\nEmail, from Bob,1\nLetter,2\n', CSV);
    assert.equal(reading.problems.length, 1);
    assert.deepEqual(reading.definitions.map((d) => d.label), ['2']);
  });

  it('reports a duplicate label at the second row and uses the first', () => {
    const reading = readCsvManifest('exhibit,description\n1,Email\n2,Letter\n01,Memo\n', CSV);
    assert.deepEqual(problems(reading.problems), ['4:1 Ex. 01 is listed twice; the row at line 2 is used and this one is skipped.']);
    assert.deepEqual(rows(reading.definitions).map((r) => r.description), ['Email', 'Letter']);
  });

  it('reports a missing label and a cell that is no label', () => {
    const reading = readCsvManifest('exhibit,description\n,Email\nEmail,Letter\n3,Memo\n', CSV);
    assert.deepEqual(problems(reading.problems), [
      '2:1 This row has no exhibit label; it is skipped.',
      '3:1 "Email" is not an exhibit label (like 1, A, 12-B or Ex. 1); the row is skipped.',
    ]);
    assert.deepEqual(reading.definitions.map((d) => d.label), ['3']);
  });

  it('reports a list without an exhibit column, and uses none of it', () => {
    const reading = readCsvManifest('number,description\n1,Email\n', CSV);
    assert.deepEqual(problems(reading.problems), ['1:1 exhibits.csv has no exhibit column: name one column "exhibit" (or "ex", "label"). The header has "number", "description".']);
    assert.equal(reading.unusable, 'exhibits.csv has no exhibit column');
    assert.deepEqual(reading.definitions, []);
  });

  it('reports an empty list', () => {
    const reading = readCsvManifest('', CSV);
    assert.equal(reading.unusable, 'exhibits.csv has no header row');
    assert.equal(reading.problems.length, 1);
  });

  it('knows where a new row goes', () => {
    assert.deepEqual(readCsvManifest('exhibit\n1\n', CSV).info.append, { offset: 10, before: '', after: '\n', indent: '' });
    assert.deepEqual(readCsvManifest('exhibit\r\n1', CSV).info.append, { offset: 10, before: '\r\n', after: '\r\n', indent: '' });
  });
});

describe('exhibit lists: JSON', () => {
  it('reads an array of rows, with each row\'s line', () => {
    const text = '[\n  { "exhibit": 1, "description": "Email", "bates_begin": "ABC000100" },\n  { "Exhibit": "2", "Bates": "ABC000200–ABC000210" }\n]\n';
    const reading = read(JSON_LIST, text);
    assert.deepEqual(problems(reading.problems), []);
    assert.deepEqual(rows(reading.definitions), [
      { label: '1', description: 'Email', batesBegin: 'ABC000100', line: '2' },
      { label: '2', batesBegin: 'ABC000200', batesEnd: 'ABC000210', line: '3' },
    ]);
    assert.deepEqual(reading.definitions.map((d) => text.slice(d.origin.labelSpan!.start, d.origin.labelSpan!.end)), ['1', '2']);
    assert.equal(reading.definitions[0].origin.labelQuote, '"');
  });

  it('reads { "exhibits": [...] }', () => {
    const reading = read(JSON_LIST, '{ "case": "23-cv-8292", "exhibits": [ { "ex": "A" } ] }');
    assert.deepEqual(reading.definitions.map((d) => d.label), ['A']);
  });

  it('reports a file that does not parse, at the place it breaks', () => {
    const reading = read(JSON_LIST, '[\n  { "exhibit": "1" },\n  { "exhibit": "2" \n]\n');
    assert.equal(reading.problems.length, 1);
    assert.match(problems(reading.problems)[0], /^4:1 exhibits\.json is not valid JSON \(.*\); no exhibit in it is used\.$/);
    assert.equal(reading.unusable, 'exhibits.json is not valid JSON');
  });

  it('reports a row that is not an object, and a field that is not text', () => {
    const reading = read(JSON_LIST, '[\n  "1",\n  { "exhibit": "2", "description": ["a", "b"] }\n]\n');
    assert.deepEqual(problems(reading.problems), [
      '2:3 Each exhibit should be an object with at least an "exhibit" field; this one is skipped.',
      '3:3 The description of this exhibit should be text, not a list; it is ignored.',
    ]);
    assert.deepEqual(reading.definitions.map((d) => d.label), ['2']);
  });

  it('reports a file that holds no list', () => {
    const reading = read(JSON_LIST, '{ "exhibit": "1" }');
    assert.match(reading.problems[0].message, /should hold a list of exhibits/);
  });

  it('knows where a new row goes: after the last row, indented like it', () => {
    const text = '[\n  { "exhibit": "1" }\n]\n';
    assert.deepEqual(read(JSON_LIST, text).info.append, { offset: text.indexOf('}') + 1, before: ',\n  ', after: '', indent: '' });
  });
});

describe('exhibit lists: YAML', () => {
  it('reads a list of rows', () => {
    const text = '- exhibit: 1\n  description: Email of Oct. 1, 2023\n  bates_begin: ABC000100\n- exhibit: "12-B"\n  file: exhibits/ex12b.pdf\n';
    const reading = read(YAML_LIST, text);
    assert.deepEqual(problems(reading.problems), []);
    assert.deepEqual(rows(reading.definitions), [
      { label: '1', description: 'Email of Oct. 1, 2023', batesBegin: 'ABC000100', line: '1' },
      { label: '12-B', file: 'exhibits/ex12b.pdf', line: '4' },
    ]);
    assert.deepEqual(reading.definitions.map((d) => text.slice(d.origin.labelSpan!.start, d.origin.labelSpan!.end)), ['1', '12-B']);
  });

  it('reads exhibits: with a list, and the .yml extension', () => {
    const reading = read('/case/exhibits.yml', 'exhibits:\n  - ex: A\n    description: Lease\n  - ex: B\n');
    assert.deepEqual(reading.definitions.map((d) => [d.label, d.origin.line]), [['A', 1], ['B', 3]]);
  });

  it('reports a duplicate label at its line', () => {
    const reading = read(YAML_LIST, '- exhibit: 1\n- exhibit: 2\n- exhibit: 1\n');
    assert.deepEqual(problems(reading.problems), ['3:3 Ex. 1 is listed twice; the row at line 1 is used and this one is skipped.']);
  });

  it('reports a file that does not parse, and still uses what it can', () => {
    const reading = read(YAML_LIST, '- exhibit: 1\n- exhibit: "2\n');
    assert.deepEqual(problems(reading.problems), ['3:1 exhibits.yaml does not parse here: Missing closing "quote.']);
    assert.deepEqual(reading.definitions.map((d) => d.label), ['1', '2']);
  });

  it('knows where a new row goes: after the last line of the list, indented like its dashes', () => {
    const text = 'exhibits:\n  - ex: A\n    description: Lease\n';
    assert.deepEqual(read(YAML_LIST, text).info.append, { offset: text.length, before: '', after: '\n', indent: '  ' });
  });
});

describe('exhibit lists that cannot be read', () => {
  it('reports a list that is not text', () => {
    const host = { readText: () => ({ error: 'is a binary file, not text (it contains NUL bytes)' }), listDir: () => undefined, exists: () => true };
    const reading = readManifestFile(CSV, host);
    assert.deepEqual(problems(reading.problems), ['1:1 The exhibit list exhibits.csv cannot be read: it is a binary file, not text (it contains NUL bytes).']);
    assert.match(reading.unusable!, /cannot be read/);
  });
});

describe('exhibit folders: file names that carry the label', () => {
  const NAMES: Array<[string, ReturnType<typeof exhibitFromFileName>]> = [
    ['Ex. 01 - Email.pdf', { label: '1', description: 'Email' }],
    ['Exhibit A.pdf', { label: 'A' }],
    ['Ex_1_MSFT_AICPY_000591635.pdf', { label: '1', batesBegin: 'MSFT_AICPY_000591635' }],
    ['Exhibit 12-B - Contract.pdf', { label: '12-B', description: 'Contract' }],
    ['EX 3.pdf', { label: '3' }],
    ['Ex.4.docx', { label: '4' }],
    ['Exhibit 5 - Letter (ABC000100-ABC000110).pdf', { label: '5', description: 'Letter', batesBegin: 'ABC000100', batesEnd: 'ABC000110' }],
    ['Exhibits.pdf', undefined],
    ['Example 1.pdf', undefined],
    ['Expert report.pdf', undefined],
    ['brief.md', undefined],
    ['.Ex. 1.pdf', undefined],
  ];
  for (const [name, expected] of NAMES) {
    it(`reads ${JSON.stringify(name)}`, () => {
      assert.deepEqual(exhibitFromFileName(name), expected);
    });
  }

  it('gives each exhibit one file: the PDF when there are several', () => {
    const defs = folderDefinitions(['Ex. 1 - Email.docx', 'Ex. 1 - Email.pdf', 'Exhibit 2.pdf', 'notes.txt'], '/case/Exhibits', (a, b) => `${a}/${b}`);
    assert.deepEqual(defs.map((d) => [d.label, d.file, d.origin.kind]), [
      ['1', '/case/Exhibits/Ex. 1 - Email.pdf', 'folder'],
      ['2', '/case/Exhibits/Exhibit 2.pdf', 'folder'],
    ]);
  });
});
