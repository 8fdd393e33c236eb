/**
 * Case citations in the real sample letter motion (../shared/samples/; npm run test:samples).
 */
import * as assert from 'node:assert/strict';
import { caseDetail } from '../../server/src/core/families/cases/types';
import { caseFamily, caseFindings, links, run } from '../unit/cases/support';
import { sharedSample } from './shared';

describe('the sample letter motion (S.D.N.Y. 2025)', () => {
  const SAMPLE = sharedSample();

  for (const format of ['plaintext', 'markdown'] as const) {
    describe(`read as ${format}`, () => {
      const result = run(SAMPLE, format);
      const cases = caseFamily(result).filter((c) => c.kind === 'case' || c.kind === 'case-short');

      it('gives exactly its real case citations', () => {
        assert.deepEqual(
          cases.map((c) => [c.kind, c.caseName, c.volume, c.reporter, c.page, c.pinCite, c.court, c.year, c.text]),
          [
            ['case', 'FameFlynet, Inc. v. Shoshanna Collection, LLC', '282', 'F. Supp. 3d', '618', '627', 'S.D.N.Y.', 2017, '282 F. Supp. 3d 618, 627 (S.D.N.Y. 2017)'],
            ['case', 'Abbey House Media, Inc. v. Apple Inc.', '66', 'F. Supp. 3d', '413', '419', 'S.D.N.Y.', 2014, 'F. Supp. 3d 413, 419 (S.D.N.Y. 2014)'],
            ['case', 'Am. Geophysical Union v. Texaco Inc.', '60', 'F.3d', '913', '920', '2d Cir.', 1994, '60 F.3d 913, 920 (2d Cir. 1994)'],
            ['case-short', undefined, '60', 'F.3d', undefined, '920', undefined, undefined, '60 F.3d at 920'],
          ],
        );
      });

      it('reads the Abbey House citation across the page break', () => {
        const abbey = cases[1];
        assert.equal(caseDetail(abbey).splitAcrossPageBreak, true);
        assert.equal(SAMPLE.slice(abbey.parts!.volume.start, abbey.parts!.volume.end), '66');
      });

      it('resolves the short cite to Texaco', () => {
        const texaco = cases.find((c) => c.caseName === 'Am. Geophysical Union v. Texaco Inc.')!;
        const short = cases.find((c) => c.kind === 'case-short')!;
        assert.equal(short.antecedent, texaco.id);
      });

      it('reads "See id." as Id. of the citation just before it', () => {
        const id = result.citations.find((c) => c.kind === 'id')!;
        assert.equal(id.text, 'id.');
        const before = result.citations[result.citations.indexOf(id) - 1];
        assert.equal(id.antecedent, before.id);
      });

      it('reports nothing against its case citations', () => {
        assert.deepEqual(caseFindings(SAMPLE, format), []);
      });
    });
  }
});

describe('links in the sample', () => {
  it('lists every short form and what it refers to', () => {
    const SAMPLE = sharedSample();
    assert.deepEqual(links(SAMPLE, 'plaintext'), ['id. → Ex. 5', '60 F.3d at 920 → 60 F.3d 913, 920 (2d Cir. 1994)']);
  });
});
