import assert from 'node:assert/strict';
import { allCourts, courtById, lookupCourt, splitCourtAndDate, stateByCode } from '../../../server/src/core/reporters/index';

/** [court text, options, expected court id (undefined: no match), expected rest] */
type Row = [string, { state?: string } | undefined, string | undefined, string?];

const ROWS: Row[] = [
  ['2d Cir.', undefined, 'ca2'],
  ['2nd Cir.', undefined, 'ca2'],
  ['11th Cir.', undefined, 'ca11'],
  ['D.C. Cir.', undefined, 'cadc'],
  ['Fed. Cir.', undefined, 'cafc'],
  ['5th Cir. Unit A', undefined, 'ca5', 'Unit A'],
  ['S.D.N.Y.', undefined, 'nysd'],
  ['S.D. N.Y.', undefined, 'nysd'],
  ['SDNY', undefined, 'nysd'],
  ['E.D. Pa.', undefined, 'paed'],
  ['N.D. Cal.', undefined, 'cand'],
  ['N.D.Cal.', undefined, 'cand'],
  ['D. Mass.', undefined, 'mad'],
  ['D.D.C.', undefined, 'dcd'],
  ['D.N.J.', undefined, 'njd'],
  ['W.D. Tex.', undefined, 'txwd'],
  ['N.D. W. Va.', undefined, 'wvnd'],
  ['D.N. Mar. I.', undefined, 'mpd'],
  ['Bankr. S.D.N.Y.', undefined, 'bankr-nysd'],
  ['Bankr. D. Del.', undefined, 'bankr-ded'],
  ['B.A.P. 9th Cir.', undefined, 'bap9'],
  ['C.C.S.D.N.Y.', undefined, 'cc-nysd'],
  ['Fed. Cl.', undefined, 'fed-cl'],
  ["Ct. Int'l Trade", undefined, 'cit'],
  ['Ct. Int\u2019l Trade', undefined, 'cit'],
  ['J.P.M.L.', undefined, 'jpml'],
  ['T.C.', undefined, 'tax-ct'],
  ['C.A.A.F.', undefined, 'caaf'],
  ['U.S.', undefined, 'scotus'],
  // State courts: a bare state abbreviation is its court of last resort.
  ['Mass.', undefined, 'ma'],
  ['N.Y.', undefined, 'ny'],
  ['Cal.', undefined, 'ca'],
  ['D.C.', undefined, 'dc'],
  ['W. Va.', undefined, 'wv'],
  ['N.Y. App. Div.', undefined, 'ny-app-div'],
  ["N.Y. App. Div. 2d Dep't", undefined, 'ny-app-div', "2d Dep't"],
  ['N.Y. Sup. Ct.', undefined, 'ny-sup-ct'],
  ['N.Y. Sup. Ct. N.Y. Cnty.', undefined, 'ny-sup-ct', 'N.Y. Cnty.'],
  ['Cal. Ct. App.', undefined, 'ca-ct-app'],
  ['Cal. App.', undefined, 'ca-ct-app'],
  ['Tex. App.', undefined, 'tx-app'],
  ['Tex. App.\u2014Houston [14th Dist.]', undefined, 'tx-app', '\u2014Houston [14th Dist.]'],
  ['Tex. Crim. App.', undefined, 'tx-crim-app'],
  ['Ill. App. Ct.', undefined, 'il-app-ct'],
  ['Ill. App. Ct. 1st Dist.', undefined, 'il-app-ct', '1st Dist.'],
  ['Mass. App. Ct.', undefined, 'ma-app-ct'],
  ['Pa. Super. Ct.', undefined, 'pa-super-ct'],
  ['Pa. Commw. Ct.', undefined, 'pa-commw-ct'],
  ['Del. Ch.', undefined, 'de-ch'],
  ['Fla. Dist. Ct. App.', undefined, 'fl-dist-ct-app'],
  ['Fla. 3d DCA', undefined, 'fl-dist-ct-app'],
  ['La. Ct. App. 4th Cir.', undefined, 'la-ct-app', '4th Cir.'],
  ['Md. Ct. Spec. App.', undefined, 'md-app-ct'],
  ['N.J. Super. Ct. App. Div.', undefined, 'nj-app-div'],
  // Stateless forms, read with the state the reporter names.
  ['Ct. App.', { state: 'CA' }, 'ca-ct-app'],
  ['App. Div.', { state: 'NY' }, 'ny-app-div'],
  ['App. Div.', { state: 'NJ' }, 'nj-app-div'],
  ['Sup. Ct.', { state: 'NY' }, 'ny-sup-ct'],
  ['T.C.', { state: 'OR' }, 'or-t-c'],
  ['2d Cir.', { state: 'NY' }, 'ca2'],
  // Generic trial-court words.
  ['Pa. Ct. Com. Pl.', undefined, 'pa-ct-com-pl'],
  ['Ga. Super. Ct.', undefined, 'ga~super-ct'],
  ['Super. Ct.', { state: 'GA' }, 'ga~super-ct'],
  // Nothing known.
  ['Foo Bar', undefined, undefined],
  ['Cal. Foo', undefined, undefined],
  ['', undefined, undefined],
];

describe('lookupCourt', () => {
  for (const [text, options, id, rest] of ROWS) {
    it(`${JSON.stringify(text)}${options ? ` in ${options.state}` : ''} → ${id ?? 'nothing'}`, () => {
      const m = lookupCourt(text, options);
      if (id === undefined) {
        assert.equal(m, undefined);
        return;
      }
      assert.ok(m, 'no match');
      assert.equal(m.court?.id, id);
      assert.equal(m.rest, rest ?? '');
    });
  }

  it('leaves a stateless form ambiguous without a state', () => {
    const m = lookupCourt('App. Div.');
    assert.ok(m);
    assert.equal(m.court, undefined);
    assert.ok(m.candidates.some((c) => c.id === 'ny-app-div'));
    assert.ok(m.candidates.some((c) => c.id === 'nj-app-div'));
    const ct = lookupCourt('Ct. App.');
    assert.ok(ct && ct.court === undefined && ct.candidates.length > 10);
  });

  it('says when the state came from the context', () => {
    assert.equal(lookupCourt('Ct. App.', { state: 'CA' })?.stateFromContext, true);
    assert.equal(lookupCourt('Cal. Ct. App.', { state: 'CA' })?.stateFromContext, false);
  });

  it('describes each court by system, level, state or circuit', () => {
    const sdny = courtById('nysd');
    assert.ok(sdny);
    assert.equal(sdny.system, 'federal');
    assert.equal(sdny.level, 'trial');
    assert.equal(sdny.state, 'NY');
    assert.equal(sdny.circuit, '2');
    assert.equal(courtById('ca9')?.level, 'appellate');
    assert.equal(courtById('ca9')?.circuit, '9');
    assert.equal(courtById('ny')?.level, 'supreme');
    assert.equal(courtById('ny')?.name, 'New York Court of Appeals');
    assert.equal(courtById('ny-sup-ct')?.level, 'trial');
    assert.equal(courtById('bankr-nysd')?.level, 'bankruptcy');
    assert.equal(courtById('fed-cl')?.level, 'specialty');
    assert.equal(stateByCode('WV')?.abbreviation, 'W. Va.');
  });

  it('has all 94 federal district courts and all 13 courts of appeals', () => {
    const districts = allCourts().filter((c) => c.source === 'brieflint' && c.system === 'federal' && c.level === 'trial' && !c.id.startsWith('cc-')
      && !c.name.includes('no longer exists') && c.id !== 'czd');
    assert.equal(districts.length, 94);
    assert.equal(allCourts().filter((c) => c.level === 'appellate').length, 13);
  });

  it('has a court of last resort for every state and D.C.', () => {
    const codes = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
    assert.equal(codes.length, 51);
    for (const code of codes) {
      const state = stateByCode(code);
      assert.ok(state, code);
      assert.equal(lookupCourt(state.abbreviation)?.court?.id, code.toLowerCase(), code);
    }
  });

  it('gives every court a unique id and a spelling that finds it', () => {
    const ids = allCourts().map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const c of allCourts()) {
      // courts-db has courts with no citation string (`admiraltyctsc`): listed, found by id only.
      if (c.abbreviation === '') {
        assert.equal(c.source, 'courts-db', c.id);
        continue;
      }
      const m = lookupCourt(c.abbreviation);
      assert.ok(m && m.candidates.includes(c), `${c.abbreviation} does not find ${c.id}`);
    }
  });

  it('gives the same answer on long or hostile text each time, and does not throw (how its time grows: npm run test:perf)', () => {
    const long = 'Cal. '.repeat(10000);
    const first = JSON.stringify(lookupCourt(long));
    for (let i = 0; i < 5; i++) assert.equal(JSON.stringify(lookupCourt(long)), first);
  });
});

describe('splitCourtAndDate', () => {
  it('cuts court and date', () => {
    assert.deepEqual(splitCourtAndDate('2d Cir. 1994'), { courtText: '2d Cir.', dateText: '1994', year: 1994, after: '' });
    assert.deepEqual(splitCourtAndDate('S.D.N.Y. Mar. 3, 2021'), { courtText: 'S.D.N.Y.', dateText: 'Mar. 3, 2021', year: 2021, after: '' });
    assert.deepEqual(splitCourtAndDate('Tex. App.\u2014Houston [14th Dist.] 2010, pet. denied'),
      { courtText: 'Tex. App.\u2014Houston [14th Dist.]', dateText: '2010', year: 2010, after: 'pet. denied' });
    assert.deepEqual(splitCourtAndDate('1973'), { courtText: '', dateText: '1973', year: 1973, after: '' });
    assert.deepEqual(splitCourtAndDate('S.D.N.Y.'), { courtText: 'S.D.N.Y.', after: '' });
  });
});
