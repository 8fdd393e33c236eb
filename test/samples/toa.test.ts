/**
 * The table of authorities of the real sample letter motion (../shared/samples/; npm run test:samples).
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/check';
import { tableOfAuthorities } from '../../server/src/core/toa';
import { sharedSample } from './shared';

describe('table of authorities: the sample letter motion', () => {
  it('lists the authorities of the sample letter motion', () => {
    const sample = sharedSample();
    const toa = tableOfAuthorities(analyze({ text: sample, format: 'plaintext' }));
    assert.strictEqual(toa.by, 'page', 'the converted PDF has "Page 2" lines');
    const cases = toa.sections.find((s) => s.title === 'Cases')?.entries ?? [];
    assert.ok(
      cases.some((e) => e.authority === 'FameFlynet, Inc. v. Shoshanna Collection, LLC, 282 F. Supp. 3d 618 (S.D.N.Y. 2017)' && e.citedAt.join() === '2'),
      `cases found: ${JSON.stringify(cases.map((e) => [e.authority, e.citedAt]))}`,
    );
    const texaco = cases.find((e) => e.caseName?.includes('Texaco'));
    assert.ok(texaco && texaco.authority.startsWith('Am. Geophysical Union v. Texaco Inc., 60 F.3d 913'), JSON.stringify(cases));
  });
});
