/**
 * Which reporters CourtListener holds and who publishes the specialty ones
 * (data/brieflint/courtlistener.mjs, compiled into the reporter table).
 */
import * as assert from 'node:assert/strict';
import { allEditions, editionByCanonical, onCourtListener, publisherOf } from '../../../server/src/core/reporters/index';

describe('CourtListener and publishers in the reporter table', () => {
  it('holds the courts\' reporters', () => {
    for (const a of ['U.S.', 'S. Ct.', 'L. Ed. 2d', 'F.3d', 'F. Supp. 2d', "F. App'x", 'B.R.', 'T.C.', 'N.E.2d', 'Cal. 4th', 'Vet. App.']) {
      assert.equal(onCourtListener(editionByCanonical(a)!), true, a);
    }
  });

  it('does not hold databases, administrative decisions or topical services', () => {
    for (const e of allEditions()) if (e.type === 'database') assert.equal(onCourtListener(e), false, e.abbreviation);
    for (const a of ['M.S.P.R.', 'Comp. Gen.', 'I. & N. Dec.', 'N.L.R.B.', 'FCC Rcd', 'U.S.P.Q.2d (BNA)', 'Fed. R. Serv. 3d (West)', 'U.S.L.W.']) {
      const e = editionByCanonical(a);
      assert.ok(e, `${a} is in the table`);
      assert.equal(onCourtListener(e), false, a);
    }
  });

  it('names the publisher of a specialty, administrative or database reporter', () => {
    assert.equal(publisherOf(editionByCanonical('U.S.P.Q.2d (BNA)')!), 'Bloomberg BNA');
    assert.equal(publisherOf(editionByCanonical('Fed. R. Serv. 3d (West)')!), 'West (Thomson Reuters)');
    assert.equal(publisherOf(editionByCanonical('M.S.P.R.')!), 'the U.S. Merit Systems Protection Board');
    assert.equal(publisherOf(editionByCanonical('F.3d')!), undefined);
  });
});
