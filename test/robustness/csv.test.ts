/**
 * The CSV reader (`core/text/csv.ts`) reads exhibit and docket lists that spreadsheets and
 * people write; one bad file must not hang every check of every draft beside it. Here: it reads
 * each hostile list and keeps rows and problems inside it (how its time grows: npm run test:perf).
 */
import * as assert from 'node:assert/strict';
import { parseCsv } from '../../server/src/core/text/csv';
import { HOSTILE_CSV, QUICK_SIZE } from './hostile';

describe('robustness: the CSV reader on hostile exhibit lists', function () {
  this.timeout(60_000);
  for (const hostile of HOSTILE_CSV) {
    it(`${hostile.name}: rows and problems inside the file`, () => {
      const input = hostile.make(QUICK_SIZE);
      const result = parseCsv(input);
      const lines = input.split(/\r\n|\r|\n/).length;
      for (const row of result.rows) {
        assert.ok(row.line >= 0 && row.line < lines, `${hostile.name}: row at line ${row.line} of ${lines}`);
        assert.ok(row.start >= 0 && row.start <= input.length, `${hostile.name}: row at offset ${row.start}`);
      }
      for (const p of result.problems) assert.ok(p.line >= 0 && p.line < lines && p.message.length > 0, `${hostile.name}: problem ${JSON.stringify(p)}`);
    });
  }
});
