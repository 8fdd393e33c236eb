/**
 * The JSON-contract validator itself: it accepts DESIGN.md's own example and rejects each way a
 * report can break the contract — so that the property built on it cannot pass vacuously.
 */
import * as assert from 'node:assert/strict';
import { contractProblems } from './contract';

const DRAFT = 'See Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994).\nTexaco, 60 F.3d at 920. Dkt. 69 at ¶¶76, 430.\n';

/** A report of DRAFT in the form of DESIGN.md's example. */
function report(): { version: number; files: Array<Record<string, unknown>> } {
  const cite = DRAFT.indexOf('60 F.3d 913');
  const short = DRAFT.indexOf('60 F.3d at 920');
  const docket = DRAFT.indexOf('Dkt. 69');
  const line2 = DRAFT.indexOf('\n') + 1;
  return {
    version: 1,
    files: [{
      path: 'brief.md',
      citations: [
        { id: 'c1', kind: 'case', start: cite, end: cite + 31, line: 1, column: cite + 1, text: '60 F.3d 913, 920 (2d Cir. 1994)', caseName: 'Am. Geophysical Union v. Texaco Inc.', volume: '60', reporter: 'F.3d', reporterAsWritten: 'F.3d', page: '913', pinCite: '920', court: '2d Cir.', year: 1994 },
        { id: 'c2', kind: 'case-short', start: short, end: short + 14, line: 2, column: short - line2 + 1, text: '60 F.3d at 920', volume: '60', reporter: 'F.3d', pinCite: '920', antecedent: 'c1' },
        { id: 'c3', kind: 'docket', start: docket, end: docket + 20, line: 2, column: docket - line2 + 1, text: 'Dkt. 69 at ¶¶76, 430', entry: '69', pinCite: '¶¶76, 430' },
      ],
      diagnostics: [
        { code: 'docket-pin-format', severity: 'hint', start: docket + 11, end: docket + 20, line: 2, column: docket - line2 + 12, message: 'Put a space after "¶¶".', fixes: [{ title: 'Insert a space after "¶¶"', edits: [{ start: docket + 13, end: docket + 13, newText: ' ' }] }] },
      ],
    }],
  };
}

describe('the JSON contract validator', () => {
  it('accepts a report in the form of DESIGN.md', () => {
    assert.deepEqual(contractProblems(report(), { 'brief.md': DRAFT }), []);
  });

  const broken: Array<[string, (r: ReturnType<typeof report>) => void, RegExp]> = [
    ['a wrong version', (r) => (r.version = 2), /version is 2/],
    ['an unknown field', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[0].parts = {}), /unexpected field "parts"/],
    ['a field left empty instead of out', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[0].court = ''), /court is ""/],
    ['a field set to null', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[0].pinCite = null), /pinCite is null/],
    ['an unknown kind', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[0].kind = 'caselaw'), /kind "caselaw"/],
    ['ids out of order', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[1].id = 'c7'), /id is "c7"/],
    ['an antecedent that comes later', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[0].antecedent = 'c2'), /antecedent c2 is not an earlier citation/],
    ['a line and column that do not name the start', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[1].column = 1), /line:column is 2:1/],
    ['a range past the end', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[2].end = 10_000), /not inside the draft/],
    ['a year that is no year', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[0].year = 19940), /year 19940/],
    ['an empty exhibit list', (r) => ((r.files[0].citations as Array<Record<string, unknown>>)[2].exhibits = []), /exhibits is \[\]/],
    ['a code not in the catalogue', (r) => ((r.files[0].diagnostics as Array<Record<string, unknown>>)[0].code = 'docket-pin'), /not in the rule catalogue/],
    ['a severity that is none', (r) => ((r.files[0].diagnostics as Array<Record<string, unknown>>)[0].severity = 'info'), /severity "info"/],
    ['an empty message', (r) => ((r.files[0].diagnostics as Array<Record<string, unknown>>)[0].message = ' '), /message is empty/],
    ['a fix without edits', (r) => ((r.files[0].diagnostics as Array<{ fixes: Array<{ edits: unknown[] }> }>)[0].fixes[0].edits = []), /edits is not a non-empty array/],
    ['an edit outside the draft', (r) => ((r.files[0].diagnostics as Array<{ fixes: Array<{ edits: Array<{ end: number }> }> }>)[0].fixes[0].edits[0].end = 10_000), /not inside the draft/],
    ['an edit that creates a file it does not name', (r) => ((r.files[0].diagnostics as Array<{ fixes: Array<{ edits: Array<Record<string, unknown>> }> }>)[0].fixes[0].edits[0].create = true), /must name it/],
    ['diagnostics out of order', (r) => (r.files[0].diagnostics as unknown[]).push({ ...(r.files[0].diagnostics as Array<Record<string, unknown>>)[0], start: 0, end: 1, line: 1, column: 1 }), /not in document order/],
    ['a checked file without citations', (r) => delete r.files[0].citations, /needs citations and diagnostics/],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`rejects ${what}`, () => {
      const r = report();
      breakIt(r);
      const problems = contractProblems(JSON.parse(JSON.stringify(r)), { 'brief.md': DRAFT });
      assert.ok(problems.some((p) => message.test(p)), `expected a problem matching ${message}, got:\n  ${problems.join('\n  ')}`);
    });
  }
});
