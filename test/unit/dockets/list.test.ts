import * as assert from 'node:assert/strict';
import { readJson } from '../../../server/src/core/text/json';
import { parseDocketList, readDate } from '../../../server/src/core/families/dockets/list';
import type { DocketList } from '../../../server/src/core/families/dockets/types';

/** The list's entries as `entry | date | description`, one a line, for comparison. */
function entries(list: DocketList): string[] {
  return [...list.entries.values()].map((e) => [e.entry, e.date ?? '', e.description ?? ''].join(' | '));
}

/** The list's problems as `line:column message` (1-based, as an editor shows them). */
function problems(list: DocketList): string[] {
  return list.problems.map((p) => `${p.line + 1}:${p.column + 1} ${p.message}`);
}

describe('docket list: CSV', () => {
  it('reads entry, date and description under headers in any case, with quoted fields, a BOM and CRLF', () => {
    const csv = '\ufeffEntry,Date Filed,Docket Text\r\n1,09/19/2023,"COMPLAINT against OpenAI, Inc."\r\n12,2023-10-02,"MOTION to Dismiss, ""Partial"""\r\n69,"Jan. 5, 2024",AMENDED COMPLAINT\r\n';
    const list = parseDocketList(csv, '/case/docket.csv');
    assert.deepEqual(problems(list), []);
    assert.deepEqual(entries(list), [
      '1 | 2023-09-19 | COMPLAINT against OpenAI, Inc.',
      '12 | 2023-10-02 | MOTION to Dismiss, "Partial"',
      '69 | 2024-01-05 | AMENDED COMPLAINT',
    ]);
    assert.equal(list.entries.get('12')?.line, 2);
    assert.equal(list.format, 'csv');
  });

  it('accepts other common header names and column orders', () => {
    const list = parseDocketList('Filed,Description,ECF No.\n2023-09-19,Complaint,1\n2023-09-20,Summons,#2\n', 'd.csv');
    assert.deepEqual(entries(list), ['1 | 2023-09-19 | Complaint', '2 | 2023-09-20 | Summons']);
  });

  it('reads a list without a header row as entry, date, description', () => {
    const list = parseDocketList('1,2023-09-19,Complaint\n2,2023-09-20,Summons\n', 'd.csv');
    assert.deepEqual(entries(list), ['1 | 2023-09-19 | Complaint', '2 | 2023-09-20 | Summons']);
  });

  it('records attachment rows with their entry, and skips unnumbered docket text', () => {
    const list = parseDocketList('entry,date,description\n12,2023-10-02,Motion\n12-1,,Declaration of A. Smith\n,2023-10-03,Minute entry for a status conference\n13-2,,Exhibit B\n', 'd.csv');
    assert.deepEqual(problems(list), []);
    assert.deepEqual([...list.entries.keys()], ['12', '13']);
    assert.equal(list.entries.get('12')?.attachments?.get('1'), 'Declaration of A. Smith');
    assert.equal(list.entries.get('13')?.attachments?.get('2'), 'Exhibit B');
  });

  it('reports each broken row at its line and keeps the good ones', () => {
    const csv = [
      'entry,date,description',
      '1,2023-09-19,Complaint',
      'abc,2023-09-20,Summons',
      '1,2023-09-21,Complaint again',
      '2,2023-02-30,Order',
      '3,"unclosed,Letter',
      '4,2023-09-25,Notice',
    ].join('\n');
    const list = parseDocketList(csv, '/case/docket.csv');
    assert.deepEqual(problems(list), [
      '6:3 docket list: a quoted field is never closed (unbalanced ")',
      '3:1 docket list: "abc" is not a docket entry number (write 12, or 12-1 for an attachment)',
      '4:1 docket list: entry 1 is listed twice (first on line 2)',
      '5:1 docket list: "2023-02-30" (entry 2) is not a date Brieflint can read; write 2024-03-05, 3/5/2024 or Mar. 5, 2024',
    ]);
    assert.deepEqual([...list.entries.keys()], ['1', '2', '4']);
    assert.ok(list.problems.every((p) => p.code === 'docket-list-invalid' && p.path === '/case/docket.csv'));
  });

  it('reports a list with no entry column at its first line, and reads nothing from it', () => {
    const list = parseDocketList('exhibit,description\n1,Email\n', 'd.csv');
    assert.deepEqual(problems(list), ['1:1 docket list: no entry column; the first row should name the columns, e.g. "entry,date,description" (found "exhibit,description")']);
    assert.equal(list.entries.size, 0);
  });

  it('reads an empty file as an empty list without complaint', () => {
    const list = parseDocketList('', 'd.csv');
    assert.deepEqual([list.entries.size, list.problems.length], [0, 0]);
  });
});

describe('docket list: CourtListener RECAP JSON', () => {
  const DOCKET = JSON.stringify(
    {
      id: 67810584,
      court: 'nysd',
      docket_number: '1:23-cv-08292',
      case_name: 'Authors Guild v. OpenAI Inc.',
      docket_entries: [
        { entry_number: 1, date_filed: '2023-09-19', description: 'COMPLAINT against OpenAI Inc.', recap_documents: [] },
        {
          entry_number: 12,
          date_filed: '2023-10-02',
          description: '',
          recap_documents: [
            { document_number: '12', attachment_number: null, description: 'Motion to Dismiss' },
            { document_number: '12', attachment_number: 1, description: 'Declaration of A. Smith' },
          ],
        },
        { entry_number: null, date_filed: '2023-10-03', description: 'Minute Entry' },
        { entry_number: '69', date_filed: '2024-01-05', description: 'AMENDED COMPLAINT' },
      ],
    },
    null,
    2,
  );

  it('reads a docket export: entries, dates, descriptions (from the main document when empty), attachments', () => {
    const list = parseDocketList(DOCKET, '/case/docket.json');
    assert.deepEqual(problems(list), []);
    assert.deepEqual(entries(list), [
      '1 | 2023-09-19 | COMPLAINT against OpenAI Inc.',
      '12 | 2023-10-02 | Motion to Dismiss',
      '69 | 2024-01-05 | AMENDED COMPLAINT',
    ]);
    assert.equal(list.entries.get('12')?.attachments?.get('1'), 'Declaration of A. Smith');
    assert.deepEqual([list.format, list.docketNumber, list.caseName, list.court, list.complete], ['recap', '1:23-cv-08292', 'Authors Guild v. OpenAI Inc.', 'nysd', true]);
    // Each entry knows its line in the file, for hovers and problems.
    assert.equal(DOCKET.split('\n')[list.entries.get('69')!.line].trim(), '{');
    assert.match(DOCKET.split('\n')[list.entries.get('69')!.line + 1], /"entry_number": "69"/);
  });

  it('reads a page of the docket-entries API and knows when other pages exist', () => {
    const page = JSON.stringify({ count: 3, next: 'https://www.courtlistener.com/api/rest/v4/docket-entries/?cursor=abc', previous: null, results: [{ entry_number: 5, date_filed: '2023-11-01', description: 'Letter' }] });
    const list = parseDocketList(page, 'docket.json');
    assert.deepEqual(entries(list), ['5 | 2023-11-01 | Letter']);
    assert.equal(list.complete, false);
    const last = parseDocketList(JSON.stringify({ next: null, results: [] }), 'docket.json');
    assert.equal(last.complete, true);
  });

  it('reads a bare list of entries', () => {
    assert.deepEqual(entries(parseDocketList('[{"entry_number": 3, "date_filed": "2023-10-01", "description": "Order"}]', 'entries.json')), ['3 | 2023-10-01 | Order']);
  });

  it('reports a syntax error at its line and column', () => {
    const list = parseDocketList('{\n  "docket_entries": [\n    {"entry_number": 1,}\n  ]\n}\n', '/case/docket.json');
    assert.deepEqual(problems(list), ['3:24 docket list is not valid JSON: expected a quoted key, found "}"']);
  });

  it('reports JSON that holds no docket entries, and entries that are not entries, at their lines', () => {
    assert.deepEqual(problems(parseDocketList('{"opinions": []}', 'docket.json')), [
      '1:1 docket list: no docket entries found; a RECAP docket export has a "docket_entries" list (the docket-entries API, a "results" list)',
    ]);
    const list = parseDocketList('{"docket_entries": [\n  {"entry_number": 1},\n  {"entry_number": "twelve"},\n  {"entry_number": 2.5},\n  "text"\n]}', 'docket.json');
    assert.deepEqual(problems(list), [
      '3:1 docket list: entry_number "twelve" is not a docket entry number',
      '4:1 docket list: entry_number 2.5 is not a docket entry number',
      '1:1 docket list: a docket entry is not an object with entry_number, date_filed and description',
    ]);
    assert.deepEqual([...list.entries.keys()], ['1']);
  });

  it('keeps the first of two RECAP entries with one number, as the archive sometimes has them', () => {
    const list = parseDocketList('[{"entry_number": 4, "description": "first"}, {"entry_number": 4, "description": "second"}]', 'docket.json');
    assert.deepEqual([entries(list), list.problems.length], [['4 |  | first'], 0]);
  });
});

describe('JSON reader with positions', () => {
  it('reads what JSON.parse reads', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"q\\""], "b": {}, "__proto__": {"c": []}}';
    const read = readJson(text);
    assert.equal(read.error, undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(read.value)), JSON.parse(text));
    assert.equal(Object.getPrototypeOf({}).c, undefined, 'a "__proto__" key pollutes nothing');
  });

  it('reports errors with offsets and never throws', () => {
    for (const [text, offset] of [['', 0], ['{"a": 1', 7], ['[1 2]', 3], ['"abc', 0], ['{"a": tru}', 6], ['[1] x', 4]] as const) {
      const read = readJson(text);
      assert.ok(read.error, text);
      assert.equal(read.error.offset, offset, text);
    }
    assert.match(readJson('['.repeat(10_000)).error!.message, /nested too deeply/);
  });
});

describe('docket list dates', () => {
  const DATES: Array<[string, string | undefined]> = [
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T14:02:11.123Z', '2024-03-05'],
    ['3/5/2024', '2024-03-05'],
    ['03/05/24', '2024-03-05'],
    ['Mar. 5, 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Sept. 19, 2023', '2023-09-19'],
    ['5 March 2024', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['13/01/2024', undefined],
    ['Marchh 5, 2024', undefined],
    ['soon', undefined],
  ];
  for (const [raw, iso] of DATES) {
    it(`reads ${JSON.stringify(raw)} as ${iso ?? 'no date'}`, () => assert.equal(readDate(raw), iso));
  }
});
