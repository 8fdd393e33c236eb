import assert from 'node:assert/strict';
import {
  chooseEdition, courtFitsReporter, describeEdition, editionByCanonical, impliedCourt, lookupCourt, matchReporterAt,
  nearestReporters, usVolumeFor, yearsFit,
} from '../../../server/src/core/reporters/index';
import type { CourtFit, Edition, YearFit } from '../../../server/src/core/reporters/index';

function edition(abbreviation: string): Edition {
  const e = editionByCanonical(abbreviation);
  assert.ok(e, `no edition ${abbreviation}`);
  return e;
}

describe('yearsFit', () => {
  const ROWS: [string, number, YearFit][] = [
    ['F.3d', 1985, 'no'],
    ['F.3d', 1993, 'yes'],
    ['F.3d', 2021, 'yes'],
    ['F.3d', 1992, 'boundary'],
    ['F.3d', 2022, 'boundary'],
    ['F.3d', 2023, 'no'],
    ['F.2d', 1924, 'yes'],
    ['F.2d', 1993, 'yes'],
    ['F.2d', 1994, 'boundary'],
    ['F.2d', 2001, 'no'],
    ['F.', 1880, 'yes'],
    ['F.', 1930, 'no'],
    ['F.4th', 2021, 'yes'],
    ['F.4th', 2025, 'yes'],
    ['F.4th', 2019, 'no'],
    ['F. Supp.', 1932, 'yes'],
    ['F. Supp.', 1998, 'yes'],
    ['F. Supp.', 2005, 'no'],
    ['F. Supp. 2d', 1998, 'yes'],
    ['F. Supp. 2d', 2014, 'yes'],
    ['F. Supp. 2d', 2016, 'no'],
    ['F. Supp. 3d', 2014, 'yes'],
    ['F. Supp. 3d', 2013, 'boundary'],
    ['F. Supp. 3d', 2010, 'no'],
    ['L. Ed. 2d', 1956, 'yes'],
    ['L. Ed. 2d', 1950, 'no'],
    ['A.2d', 1938, 'yes'],
    ['A.2d', 2010, 'yes'],
    ['A.3d', 2010, 'yes'],
    ['A.3d', 2005, 'no'],
    ["F. App'x", 1999, 'no'],
    ["F. App'x", 2001, 'yes'],
  ];
  for (const [abbr, year, expected] of ROWS) {
    it(`${abbr} in ${year}: ${expected}`, () => assert.equal(yearsFit(edition(abbr), year), expected));
  }

  it('is generous where the table knows the years only roughly', () => {
    assert.equal(yearsFit(edition('N.W.2d'), 2027), 'boundary');
    assert.equal(yearsFit(edition('N.W.2d'), 2030), 'no');
  });

  it('answers boundary, not no, for a year it cannot read', () => {
    assert.equal(yearsFit(edition('F.3d'), Number.NaN), 'boundary');
  });
});

describe('courtFitsReporter', () => {
  /** [court text, reporter, year, expected] — the court is read with the reporter's state, as a rule would. */
  const ROWS: [string, string, number | undefined, CourtFit][] = [
    ['2d Cir.', 'F. Supp.', 1990, 'no'],
    ['2d Cir.', 'F. Supp. 3d', 2017, 'no'],
    ['S.D.N.Y.', 'F. Supp. 3d', 2017, 'yes'],
    ['2d Cir.', 'U.S.', 1994, 'no'],
    ['2d Cir.', 'S. Ct.', 1994, 'no'],
    ['U.S.', 'U.S.', 1973, 'yes'],
    ['Cal.', 'N.E.2d', 1990, 'no'],
    ['Mass.', 'N.E.2d', 1990, 'yes'],
    ['N.Y.', 'N.E.2d', 1990, 'yes'],
    ['N.Y. App. Div.', 'N.E.2d', 1990, 'no'],
    ['S.D.N.Y.', 'F.2d', 1925, 'yes'],
    ['S.D.N.Y.', 'F.2d', 1950, 'no'],
    ['S.D.N.Y.', 'F.2d', 1933, 'unknown'],
    ['S.D.N.Y.', 'F.2d', undefined, 'unknown'],
    ['2d Cir.', 'F.2d', 1950, 'yes'],
    ['2d Cir.', 'F.3d', 1994, 'yes'],
    ['S.D.N.Y.', 'F.3d', 1994, 'no'],
    ['Fed. Cir.', 'F.3d', 2000, 'yes'],
    ['2d Cir.', "F. App'x", 2010, 'yes'],
    ['S.D.N.Y.', "F. App'x", 2010, 'no'],
    ["Ct. Int'l Trade", 'F. Supp. 2d', 2005, 'yes'],
    ['J.P.M.L.', 'F. Supp. 3d', 2016, 'yes'],
    ['Bankr. S.D.N.Y.', 'B.R.', 2010, 'yes'],
    ['B.A.P. 9th Cir.', 'B.R.', 2010, 'yes'],
    ['S.D.N.Y.', 'B.R.', 2010, 'yes'],
    ['Cal.', 'B.R.', 2010, 'no'],
    ['Cal.', 'Cal. 4th', 2000, 'yes'],
    ['Cal. Ct. App.', 'Cal. 4th', 2000, 'no'],
    ['Ct. App.', 'Cal. Rptr. 3d', 2010, 'yes'],
    ['Ct. App.', 'Cal. App. 4th', 2010, 'yes'],
    ['Cal. Ct. App.', 'P.2d', 1950, 'yes'],
    ['Cal. Ct. App.', 'P.2d', 1975, 'no'],
    ['App. Div.', 'N.Y.S.2d', 1990, 'yes'],
    ['App. Div.', 'A.D.3d', 2010, 'yes'],
    ['App. Div.', 'N.J. Super.', 2010, 'yes'],
    ['Tex. App.', 'S.W.3d', 2010, 'yes'],
    ['Tex. App.', 'So. 3d', 2010, 'no'],
    ['Del. Ch.', 'A.3d', 2012, 'yes'],
    ['D.C.', 'A.2d', 2000, 'yes'],
    ['D.C. Cir.', 'A.2d', 2000, 'no'],
    ['D.C. Cir.', 'F.3d', 2000, 'yes'],
    ['S.D.N.Y.', 'WL', 2020, 'yes'],
    ['Fed. Cl.', 'F.3d', 2000, 'unknown'],
    ['9th Cir.', 'U.S.P.Q.2d (BNA)', 2000, 'yes'],
  ];
  for (const [courtText, abbr, year, expected] of ROWS) {
    it(`${courtText} with ${abbr}${year ? ` (${year})` : ''}: ${expected}`, () => {
      const e = edition(abbr);
      const court = lookupCourt(courtText, { state: e.state });
      assert.ok(court, `no court ${courtText}`);
      assert.equal(courtFitsReporter(court, e, year), expected);
      if (court.court) assert.equal(courtFitsReporter(court.court, e, year), expected);
    });
  }

  it('answers unknown when the court is missing or ambiguous across the answer', () => {
    assert.equal(courtFitsReporter(undefined, edition('F.3d')), 'unknown');
    assert.equal(courtFitsReporter(lookupCourt('Ct. App.'), edition('P.3d'), 2010), 'unknown');
    assert.equal(courtFitsReporter(lookupCourt('Ct. App.'), edition('F.3d'), 2010), 'no');
  });
});

describe('chooseEdition', () => {
  it('tells the Arkansas Reports from the public-domain form by the volume', () => {
    const neutral = matchReporterAt('2009 Ark. 190', 5);
    assert.ok(neutral);
    assert.equal(chooseEdition(neutral.candidates, { volume: 2009 })?.key, 'ark-neutral');
    assert.equal(chooseEdition(neutral.candidates, { volume: '2015', year: 2015 })?.key, 'ark-neutral');
    const reports = matchReporterAt('350 Ark. 12', 4);
    assert.ok(reports);
    assert.equal(chooseEdition(reports.candidates, { volume: 350 })?.key, 'ark');
    const app = matchReporterAt('2009 Ark. App. 12', 5);
    assert.ok(app);
    assert.equal(chooseEdition(app.candidates, { volume: 2009 })?.key, 'ark-app-neutral');
    assert.equal(chooseEdition(app.candidates, { volume: 90 })?.key, 'ark-app');
  });

  it('tells the Ohio Reports from 2019-Ohio-1234', () => {
    const m = matchReporterAt('2019-Ohio-1234', 5);
    assert.ok(m);
    assert.equal(chooseEdition(m.candidates, { volume: 2019 })?.key, 'ohio-neutral');
    assert.equal(chooseEdition(m.candidates, { volume: 12 })?.key, 'ohio');
  });

  it('rules out a volume an edition never had, and a year-like volume for volume-numbered reports', () => {
    assert.equal(chooseEdition([edition('N.D.')], { volume: 250 }), undefined);
    assert.equal(chooseEdition([edition('F.3d')], { volume: 2019 }), undefined);
    assert.equal(chooseEdition([edition('F.3d')], { volume: 60 })?.abbreviation, 'F.3d');
    assert.equal(chooseEdition([edition('F.3d')])?.abbreviation, 'F.3d');
    assert.equal(chooseEdition([]), undefined);
  });
});

describe('impliedCourt', () => {
  it('names the court a reporter implies, and none for mixed reporters', () => {
    assert.equal(impliedCourt(edition('U.S.'))?.id, 'scotus');
    assert.equal(impliedCourt(edition('S. Ct.'))?.id, 'scotus');
    assert.equal(impliedCourt(edition('Cal. 4th'))?.id, 'ca');
    assert.equal(impliedCourt(edition('N.Y.3d'))?.id, 'ny');
    assert.equal(impliedCourt(edition('A.D.3d'))?.id, 'ny-app-div');
    assert.equal(impliedCourt(edition('Cal. App. 5th'))?.id, 'ca-ct-app');
    assert.equal(impliedCourt(edition('Fed. Cl.'))?.id, 'fed-cl');
    assert.equal(impliedCourt(edition('T.C.'))?.id, 'tax-ct');
    assert.equal(impliedCourt(edition('F.3d')), undefined);
    assert.equal(impliedCourt(edition('F. Supp. 3d')), undefined);
    assert.equal(impliedCourt(edition('N.E.2d')), undefined);
    assert.equal(impliedCourt(edition('N.J. Super.')), undefined);
    assert.equal(impliedCourt(edition('WL')), undefined);
  });
});

describe('nearestReporters', () => {
  const ROWS: [string, string[]][] = [
    ['F.4d', ['F.4th', 'F.3d', 'F.2d']],
    ['F. Sup. 3d', ['F. Supp. 3d']],
    ['F. Supp. 4th', ['F. Supp. 3d']],
    ['S. Ct', ['S. Ct.']],
    ['Fed. Supp.', ['F. Supp.']],
    ['N.E.4d', ['N.E.3d']],
    ['Cal. App. 6th', ['Cal. App. 5th']],
    ['So.4th', ['So. 3d']],
    ['L. Ed. 3d', ['L. Ed. 2d']],
  ];
  for (const [written, firsts] of ROWS) {
    it(`${written} → ${firsts.join(', ')} first`, () => {
      const got = nearestReporters(written);
      assert.deepEqual(got.slice(0, firsts.length), firsts);
      assert.ok(got.length <= 3);
    });
  }

  it('offers nothing for text that is no reporter', () => {
    assert.deepEqual(nearestReporters('xyzzy plugh'), []);
    assert.deepEqual(nearestReporters(''), []);
  });

  it('honours the limit, and answers long input (how its time grows: npm run test:perf)', () => {
    assert.equal(nearestReporters('F.4d', 1).length, 1);
    assert.deepEqual(nearestReporters('F. Supp. '.repeat(5000)), [], 'no reporter is near 45 KB of text');
  });
});

describe('describeEdition and usVolumeFor', () => {
  it('describes a series for a hover', () => {
    assert.equal(describeEdition(edition('F.3d')), 'Federal Reporter, Third Series (1993\u20132021)');
    assert.equal(describeEdition(edition('F.4th')), 'Federal Reporter, Fourth Series (2021\u2013present)');
  });

  it('maps nominative volumes onto the U.S. Reports', () => {
    assert.equal(usVolumeFor(edition('Cranch'), 1), 5);
    assert.equal(usVolumeFor(edition('Wall.'), 23), 90);
    assert.equal(usVolumeFor(edition('Dall.'), 2), 2);
    assert.equal(usVolumeFor(edition('Cranch'), 10), undefined);
    assert.equal(usVolumeFor(edition('F.3d'), 1), undefined);
  });
});
