/**
 * The bigger table must not make prose into case citations: reporters-db spells many reports
 * with plain words (`Gray`, `Hill`, `Day`, `Texas`) and with abbreviations prose uses (`Mar.` for
 * A.K. Marshall). The prose rule (docs/reporters.md) reads plain words only in a citation with a
 * year in a parenthetical, and leaves the prose abbreviations out.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../../server/src/core/check';
import { caseDetail } from '../../../server/src/core/families/cases/types';
import { SOURCE_EDITIONS } from '../../../server/src/core/reporters/generated';
import { editionByKey, matchReporterAt } from '../../../server/src/core/reporters/index';

function cases(text: string) {
  return check({ text, format: 'plaintext' }).citations.filter((c) => c.kind === 'case');
}

describe('the bigger table and prose', () => {
  const PROSE = [
    'We walked 5 Miles 10 times that week.',
    'On 3 Day 2 of trial, she testified.',
    'In 2019 Texas 12 counties voted.',
    'The parties met on 5 Mar. 2021 at noon.',
    'See Vol. 3 Col. 2 of the ledger.',
    'Under art. 5 Const. 10 applies.',
    'The 3 Hill 100 acres were sold.',
    'Mr. 5 Smith 12 said so.',
    'Only 14 Gray 23 remained.',
    'At 10 Jones 5 officers came.',
    'The 108 MT 1 engine failed.',
    'A 2 Div. 3 team.',
    '300 U.S. residents and Chapter 11 debtors met at 10:30 in 2021.',
  ];
  for (const text of PROSE) {
    it(`finds no case citation in "${text}"`, () => assert.deepEqual(cases(text).map((c) => `${c.volume} ${c.reporter} ${c.page}`), []));
  }

  it('reads a plain-word reporter in a citation with a year in a parenthetical', () => {
    for (const [text, reporter] of [
      ['Commonwealth v. Hunt, 45 Mass. (4 Met.) 111 (1842).', 'Mass.'],
      ['Brown v. Kendall, 60 Mass. (6 Cush.) 292 (1850).', 'Mass.'],
      ['Smith v. Jones, 14 Gray 23 (Mass. 1859).', 'Gray'],
      ['Doe v. Roe, 3 Hill 100, 102 (N.Y. Sup. Ct. 1842).', 'Hill'],
    ] as const) {
      const found = cases(text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0].reporter, reporter, text);
    }
    // Not in a short form, where no parenthetical shows it.
    assert.deepEqual(cases('Id.; 14 Gray at 25.').map((c) => c.reporter), []);
  });

  it('leaves out abbreviations of prose, from reporters-db variants', () => {
    for (const s of ['Mar.', 'Col.', 'Const.', 'Div.', 'Mt.']) {
      const m = matchReporterAt(`${s} 10`, 0);
      assert.ok(!m || m.text !== s, s);
    }
  });

  it('has every reporters-db edition in the table', () => {
    const rdb = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../data/vendor/reporters-db/reporters.json'), 'utf8')) as Record<string, { editions: Record<string, unknown> }[]>;
    const mapped = new Set(SOURCE_EDITIONS.map(([k, i, a]) => `${k}#${i}#${a}`));
    let n = 0;
    for (const [key, entries] of Object.entries(rdb)) {
      entries.forEach((entry, i) => {
        for (const abbreviation of Object.keys(entry.editions)) {
          n++;
          assert.ok(mapped.has(`${key}#${i}#${abbreviation}`), `${key} ${abbreviation}`);
        }
      });
    }
    assert.equal(n, 1367);
    for (const [, , , edition] of SOURCE_EDITIONS) assert.ok(editionByKey(edition), edition);
  });

  it('keeps the edition of a curated reporter when a reporters-db variant could name another', () => {
    // `B.R.` is the Bankruptcy Reporter, also for a year before it began (reporter-date-mismatch, not another reporter).
    const [c] = cases('In re X, 50 B.R. 10 (Bankr. E.D.N.Y. 1963).');
    assert.equal(caseDetail(c).edition, 'br');
  });
});
