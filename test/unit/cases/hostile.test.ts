import * as assert from 'node:assert/strict';
import { extractCaseCitations } from '../../../server/src/core/families/cases/extract';
import { readDocument } from '../../../server/src/core/text/markdown';
import { checkDraft } from '../helpers';

/**
 * The extractor on hostile input: a megabyte of text built to make a scanner backtrack or
 * rescan. Each must be read in well under two seconds (the bound is generous; typical runs take
 * a tenth of it), and checked whole without throwing.
 */
const MB = 1 << 20;
const BUDGET_MS = 2000;

function megabyteOf(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
}

const HOSTILE: Array<[string, string]> = [
  ['volume–reporter pairs (`1 F. 1 F. `)', megabyteOf('1 F. 1 F. ')],
  ['one huge word', 'a'.repeat(MB)],
  ['a million `(`', '('.repeat(MB)],
  ['a million digits', '1'.repeat(MB)],
  ['digits and spaces', megabyteOf('1 ')],
  ['full citations with nested parentheticals', megabyteOf('Smith v. Jones, 60 F.3d 913, 920 (2d Cir. 1994) (quoting A v. B, 1 F.3d 1 (1990)); ')],
  ['short forms, Id. and supra', megabyteOf('60 F.3d at 920. Id. at 5. Texaco, supra, at 3. ')],
  ['a million `Id. `', megabyteOf('Id. ')],
  ['section signs', megabyteOf('§ ')],
  ['name-like words', megabyteOf('Aa Bb Cc v. Dd, ')],
  ['unknown reporters', megabyteOf('Smith v. Jones, 60 Xx. Yy. 913 (2d Cir. 1994). ')],
  ['dangling volumes before page breaks', megabyteOf('A v. B, 66\n\n---\n\nPage 3\n\n')],
  ['italic names', megabyteOf('*A v. B*, 1 ')],
  ['statutes', megabyteOf('17 U.S.C. § 106; ')],
  ['docket numbers before citations', megabyteOf('A v. B, No. 1, No. 2, No. 3, ')],
  ['pin cite lists', megabyteOf('1 F.3d 1, 2, 3, 4, 5, 6, 7, 8, 9, ')],
  ['footnotes ending in volumes', megabyteOf('<sup>1</sup> A v. B, 66\n')],
  ['unclosed [hereinafter', megabyteOf('A v. B, 1 F.3d 1 (1990) [hereinafter ')],
];

describe('case extractor on hostile input', () => {
  for (const [name, text] of HOSTILE) {
    it(`reads 1 MB of ${name} in under 2 s`, () => {
      // Growing slices first: time that grows faster than the text fails on a small slice at once,
      // instead of hanging the suite on the whole megabyte. Each slice may take four times its
      // share of the budget; the better of two runs counts (a busy machine can stall one).
      let found: ReturnType<typeof extractCaseCitations> = [];
      let length = 0;
      for (const share of [1 / 64, 1 / 16, 1 / 4, 1]) {
        const reader = readDocument(text.slice(0, Math.floor(text.length * share)), 'markdown');
        const budget = share === 1 ? BUDGET_MS : Math.max(50, BUDGET_MS * share * 4);
        let ms = Infinity;
        for (let run = 0; run < 2 && ms >= budget; run++) {
          const started = process.hrtime.bigint();
          found = extractCaseCitations(reader);
          ms = Math.min(ms, Number(process.hrtime.bigint() - started) / 1e6);
        }
        assert.ok(ms < budget, `${name}: ${(share * 1024).toFixed(0)} KB took ${ms.toFixed(0)} ms (budget ${budget.toFixed(0)} ms)`);
        length = reader.text.length;
      }
      for (const c of found.slice(0, 1000)) assert.ok(c.start >= 0 && c.end <= length && c.start < c.end);
    });
  }

  it('checks a draft with a thousand citations of every form quickly and without throwing', () => {
    const unit = 'See Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994); 17 U.S.C. § 106. Id. at 921. Foo, 60 F.3d at 925. Foo, supra, at 3. Baz v. Qux, 60 F.4d 1, 900. ';
    const text = unit.repeat(1000);
    const started = process.hrtime.bigint();
    const result = checkDraft(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
    assert.ok(result.citations.length >= 6000);
  });
});
