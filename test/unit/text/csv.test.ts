import * as assert from 'node:assert/strict';
import { csvField, parseCsv } from '../../../server/src/core/text/csv';

describe('CSV reader', () => {
  it('reads an Excel export: BOM, CRLF, quoted commas, doubled quotes, line breaks in quotes', () => {
    const text = '\ufeffExhibit,Description,Bates\r\n1,"Email, Oct. 1, 2023",ABC000100\r\n2,"The ""final"" draft\r\nsecond line",ABC000200\r\n';
    const { rows, problems } = parseCsv(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows.map((r) => r.cells), [
      ['Exhibit', 'Description', 'Bates'],
      ['1', 'Email, Oct. 1, 2023', 'ABC000100'],
      ['2', 'The "final" draft\r\nsecond line', 'ABC000200'],
    ]);
    assert.deepEqual(rows.map((r) => r.line), [0, 1, 2]);
  });

  it('reports an unbalanced quote at its line and keeps reading the rows after it', () => {
    const { rows, problems } = parseCsv('exhibit,description\n1,ok\n2,"broken\n3,fine\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 2);
    assert.match(problems[0].message, /never closed/);
    assert.deepEqual(rows.map((r) => r.cells[0]), ['exhibit', '1', '3']);
    assert.equal(rows[2].line, 3);
  });

  it('gives each cell its raw span in the file, quotes included', () => {
    const text = 'exhibit,description\n12, "Email, Oct. 1" ,ABC1\n';
    const row = parseCsv(text).rows[1];
    assert.deepEqual(row.cellSpans.map((s) => text.slice(s.start, s.end)), ['12', ' "Email, Oct. 1" ', 'ABC1']);
    assert.deepEqual(row.cells, ['12', 'Email, Oct. 1', 'ABC1']);
  });

  it('skips blank lines', () => {
    assert.deepEqual(parseCsv('a,b\n\n\n1,2\n').rows.map((r) => r.line), [0, 3]);
  });

  it('quotes fields only when needed', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "x"'), '"say ""x"""');
  });
});
