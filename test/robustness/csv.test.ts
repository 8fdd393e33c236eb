/**
 * The CSV reader (`core/text/csv.ts`) reads exhibit and docket lists that spreadsheets and
 * people write; one bad file must not hang every check of every draft beside it.
 */
import * as assert from 'node:assert/strict';
import { parseCsv } from '../../server/src/core/text/csv';
import { expectLinearTime, repeatTo } from './timing';

const HOSTILE_CSV: ReadonlyArray<{ name: string; make: (size: number) => string }> = [
  { name: 'a million stray quotes', make: (n) => '"'.repeat(n) },
  { name: 'quotes inside an unquoted cell (`a"a"a"`)', make: (n) => repeatTo('a"', n) },
  { name: 'a quote opening every line, never closed', make: (n) => repeatTo('"Ex. 1,Email\n', n) },
  { name: 'a quote after a space in every cell', make: (n) => repeatTo(' "x, ', n) },
  { name: 'text after each closing quote', make: (n) => repeatTo('"a"b', n) },
  { name: 'one quoted cell of a million doubled quotes', make: (n) => `"${'""'.repeat(n / 2)}"` },
  { name: 'one quoted cell with a million line breaks', make: (n) => `exhibit,description\n1,"${'\n'.repeat(n)}"` },
  { name: 'a million commas', make: (n) => ','.repeat(n) },
  { name: 'a million CRs', make: (n) => '\r'.repeat(n) },
  { name: 'mixed line endings', make: (n) => repeatTo('1,a\r\n2,b\r3,c\n', n) },
  { name: 'one huge cell', make: (n) => `exhibit,description\n1,${'x'.repeat(n)}` },
  { name: '100,000 rows', make: (n) => { const rows = ['exhibit,description,bates_begin']; let len = 0; for (let i = 1; len < n; i++) { const r = `${i},Email ${i},ABC${String(i).padStart(6, '0')}`; rows.push(r); len += r.length + 1; } return rows.join('\n'); } },
  { name: 'NUL and control characters', make: (n) => repeatTo('\0,\u0001"\u001b\n', n) },
];

describe('robustness: the CSV reader on hostile exhibit lists', function () {
  this.timeout(60_000);
  for (const hostile of HOSTILE_CSV) {
    it(`${hostile.name}: linear time, rows and problems inside the file`, () => {
      const { result, input } = expectLinearTime(hostile.name, hostile.make, parseCsv);
      const lines = input.split(/\r\n|\r|\n/).length;
      for (const row of result.rows) {
        assert.ok(row.line >= 0 && row.line < lines, `${hostile.name}: row at line ${row.line} of ${lines}`);
        assert.ok(row.start >= 0 && row.start <= input.length, `${hostile.name}: row at offset ${row.start}`);
      }
      for (const p of result.problems) assert.ok(p.line >= 0 && p.line < lines && p.message.length > 0, `${hostile.name}: problem ${JSON.stringify(p)}`);
    });
  }
});
