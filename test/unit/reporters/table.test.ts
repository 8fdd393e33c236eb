import assert from 'node:assert/strict';
import {
  allCourts, allEditions, courtById, editionByCanonical, editionByKey, editionsByCanonical, matchReporterAt,
  sharedSpellings, tableStats, validateTable,
} from '../../../server/src/core/reporters/index';
import { check } from '../../../server/src/core/check';

/** The edition key of the one case citation in `text`. */
function editionOf(text: string): string | undefined {
  const cites = check({ text: `See ${text}.`, format: 'plaintext' }).citations.filter((c) => c.kind === 'case');
  assert.equal(cites.length, 1, `${text}: ${cites.length} case citations`);
  return (cites[0].detail as { edition?: string } | undefined)?.edition;
}
import type { Edition } from '../../../server/src/core/reporters/index';

const TYPES = new Set(['supreme-court', 'federal-appellate', 'federal-district', 'federal-specialty', 'state-official', 'regional', 'neutral', 'database', 'foreign']);

function edition(abbreviation: string): Edition {
  const e = editionByCanonical(abbreviation);
  assert.ok(e, `no edition ${abbreviation}`);
  return e;
}

describe('reporter table: the table itself', () => {
  it('passes its own validation (keys, names, years, selectors, implied courts, shared spellings)', () => {
    assert.deepEqual(validateTable(), []);
  });

  it('gives every edition a name, a type, a form and years that start no later than they end', () => {
    for (const e of allEditions()) {
      assert.ok(e.name.length > 0 && e.reporterName.length > 0, e.key);
      assert.ok(TYPES.has(e.type), `${e.key}: type ${e.type}`);
      assert.ok(Number.isInteger(e.start) && e.start >= 1600, `${e.key}: start ${e.start}`);
      assert.ok(e.end === null || (Number.isInteger(e.end) && e.end >= e.start), `${e.key}: end ${e.end}`);
      assert.ok(e.spellings.includes(e.abbreviation) || e.spellings.length > 0, e.key);
    }
  });

  it('matches every spelling, canonical and variant, alone, to its own edition', () => {
    for (const e of allEditions()) {
      // A few reporters-db abbreviations read as prose (`Div.`, `ML`): listed, never matched.
      if (e.unread) {
        assert.equal(matchReporterAt(`${e.abbreviation} 1`, 0)?.text === e.abbreviation && matchReporterAt(`${e.abbreviation} 1`, 0)?.candidates.includes(e), false, e.key);
        continue;
      }
      for (const s of [...e.spellings, ...e.variants]) {
        const m = matchReporterAt(`${s} 1`, 0);
        assert.ok(m, `${s} (${e.key}) does not match`);
        assert.equal(m.text, s, `${s} (${e.key}) matched only ${m.text}`);
        assert.ok(m.candidates.includes(e), `${s} does not lead to ${e.key}`);
        // Canonical when the spelling is canonical for some edition it may name (`Me.`: the Maine
        // Reports, and a variant of the public-domain `2012 ME 12`, told apart by the volume).
        assert.equal(m.canonical, m.candidates.some((c) => c.spellings.includes(s)), `${s}: canonical flag`);
      }
    }
  });

  it('shares a spelling between editions only where a declared fact tells them apart', () => {
    const shared = new Map<string, Edition[]>();
    for (const e of allEditions()) {
      for (const s of e.spellings) shared.set(s, [...(shared.get(s) ?? []), e]);
    }
    const multi = [...shared].filter(([, list]) => list.length > 1).map(([s]) => s).sort();
    for (const s of ['Ark.', 'Ark. App.', 'Ohio']) {
      assert.ok(multi.includes(s), s);
      const list = editionsByCanonical(s);
      assert.equal(list.filter((e) => e.volumeIsYear).length, 1, `${s}: exactly one year-as-volume form`);
    }
    // Every shared spelling is recorded as data, with how the table tells its editions apart.
    const recorded = new Map(sharedSpellings().map((s) => [s.spelling, s]));
    for (const s of multi) {
      const entry = recorded.get(s.replace(/\s+/g, ''));
      assert.ok(entry, `${s} is shared but not recorded`);
      for (const e of editionsByCanonical(s)) assert.ok(entry.editions.includes(e.key), `${s}: ${e.key}`);
      assert.ok(!entry.how.includes('unknown'), `${s}: ${entry.how}`);
    }
  });

  it('tells shared spellings apart by year-as-volume, date or court', () => {
    // Ark.: the Arkansas Reports (volume) or the public-domain form (year).
    assert.equal(editionOf('350 Ark. 12 (2002)'), 'ark');
    assert.equal(editionOf('2009 Ark. 190'), 'ark-neutral');
    // Hill: Hill's New York reports (1841–1844) or Hill's South Carolina law reports (1833–1837), by the year.
    assert.equal(editionOf('3 Hill 100 (N.Y. Sup. Ct. 1842)'), 'hill');
    assert.equal(editionOf('1 Hill 100 (1834)'), 'hill-2');
    // Hard.: Hardin's Kentucky reports or Harrington's Delaware reports, by the court.
    assert.equal(editionOf('2 Hard. 10 (Ky. 1806)'), 'hard');
    assert.equal(editionOf('1 Hard. 10 (Del. 1850)'), 'hard-2');
    // Mart.: Martin's Louisiana reports (1809–1830) or Martin's North Carolina reports (1778–1797).
    assert.equal(editionOf('5 Mart. 10 (La. 1817)'), 'mart-2');
    assert.equal(editionOf('1 Mart. 10 (N.C. 1790)'), 'mart-3');
    for (const s of sharedSpellings()) assert.match(s.how, /^(volume-is-year|years|courts)(\+(volume-is-year|years|courts))*$/, s.spelling);
  });

  it('names only courts that are in the court table', () => {
    for (const e of allEditions()) {
      if (e.implies) assert.ok(courtById(e.implies), `${e.key} implies unknown court ${e.implies}`);
    }
  });

  it('gives every edition a unique key and finds it by key', () => {
    const keys = allEditions().map((e) => e.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(editionByKey('f-supp-2d')?.abbreviation, 'F. Supp. 2d');
    assert.equal(editionByKey('ark-neutral')?.volumeIsYear, true);
  });

  it('is the size the documentation says', () => {
    const stats = tableStats();
    assert.ok(stats.reporters >= 170, `reporters ${stats.reporters}`);
    assert.ok(stats.editions >= 400, `editions ${stats.editions}`);
    assert.ok(stats.courts >= 450, `courts ${stats.courts}`);
    assert.equal(stats.courts, allCourts().length);
  });
});

describe('reporter table: facts lawyers rely on', () => {
  // [canonical, full name, start, end]
  const SERIES: [string, string, number, number | null][] = [
    ['U.S.', 'United States Reports', 1754, null],
    ['S. Ct.', 'Supreme Court Reporter', 1882, null],
    ['L. Ed.', "United States Supreme Court Reports, Lawyers' Edition", 1790, 1956],
    ['L. Ed. 2d', "United States Supreme Court Reports, Lawyers' Edition, Second Series", 1956, null],
    ['F.', 'Federal Reporter', 1880, 1924],
    ['F.2d', 'Federal Reporter, Second Series', 1924, 1993],
    ['F.3d', 'Federal Reporter, Third Series', 1993, 2021],
    ['F.4th', 'Federal Reporter, Fourth Series', 2021, null],
    ['F. Supp.', 'Federal Supplement', 1932, 1998],
    ['F. Supp. 2d', 'Federal Supplement, Second Series', 1998, 2014],
    ['F. Supp. 3d', 'Federal Supplement, Third Series', 2014, null],
    ["F. App'x", 'Federal Appendix', 2001, null],
    ['F.R.D.', 'Federal Rules Decisions', 1939, null],
    ['B.R.', 'Bankruptcy Reporter', 1979, null],
    ['Fed. Cl.', 'Federal Claims Reporter', 1992, null],
    ['Cl. Ct.', 'United States Claims Court Reporter', 1982, 1992],
    ['A.2d', 'Atlantic Reporter, Second Series', 1938, 2010],
    ['A.3d', 'Atlantic Reporter, Third Series', 2010, null],
    ['N.E.2d', 'North Eastern Reporter, Second Series', 1936, 2013],
    ['P.2d', 'Pacific Reporter, Second Series', 1931, 2000],
    ['P.3d', 'Pacific Reporter, Third Series', 2000, null],
    ['S.W.2d', 'South Western Reporter, Second Series', 1928, 1999],
    ['S.W.3d', 'South Western Reporter, Third Series', 1999, null],
    ['So. 2d', 'Southern Reporter, Second Series', 1941, 2008],
    ['So. 3d', 'Southern Reporter, Third Series', 2008, null],
    ['S.E.2d', 'South Eastern Reporter, Second Series', 1939, null],
    ['Cal. Rptr. 3d', "West's California Reporter, Third Series", 2003, null],
    ['Cal. 4th', 'California Reports, Fourth Series', 1991, 2016],
    ['Cal. 5th', 'California Reports, Fifth Series', 2016, null],
    ['N.Y.3d', 'New York Reports, Third Series', 2003, null],
    ['Tex.', 'Texas Reports', 1846, 1962],
    ['Wash. App. 2d', 'Washington Appellate Reports, Second Series', 2017, null],
  ];
  for (const [abbr, name, start, end] of SERIES) {
    it(`${abbr}: ${name}, ${start}–${end ?? ''}`, () => {
      const e = edition(abbr);
      assert.equal(e.name, name);
      assert.equal(e.start, start);
      assert.equal(e.end, end);
    });
  }

  it('maps the early Supreme Court reporters onto U.S. volumes', () => {
    assert.deepEqual(edition('Cranch').usVolumes, [5, 13]);
    assert.deepEqual(edition('Wheat.').usVolumes, [14, 25]);
    assert.deepEqual(edition('Pet.').usVolumes, [26, 41]);
    assert.deepEqual(edition('How.').usVolumes, [42, 65]);
    assert.deepEqual(edition('Black').usVolumes, [66, 67]);
    assert.deepEqual(edition('Wall.').usVolumes, [68, 90]);
  });

  it('describes the neutral and database forms by shape', () => {
    assert.equal(editionByKey('nmsc')?.form, 'year-dash-reporter-dash-number');
    assert.equal(editionByKey('ohio-neutral')?.form, 'year-dash-reporter-dash-number');
    assert.equal(editionByKey('il-app-neutral')?.form, 'year-reporter-number');
    assert.equal(edition('WL').form, 'year-reporter-number');
    assert.equal(edition('U.S. Dist. LEXIS').form, 'year-reporter-number');
    assert.equal(edition('T.C. Memo.').form, 'reporter-year-dash-number');
    assert.equal(edition('F.3d').form, 'volume-reporter-page');
    assert.equal(edition('WL').volumeIsYear, true);
    assert.equal(edition('F.3d').volumeIsYear, false);
  });

  it('records the one state a single-state edition covers', () => {
    assert.equal(edition('Cal. Rptr. 3d').state, 'CA');
    assert.equal(edition('N.Y.S.3d').state, 'NY');
    assert.equal(edition('N.J. Super.').state, 'NJ');
    assert.equal(edition('A.3d').state, undefined);
    assert.equal(edition('F.3d').state, undefined);
  });
});
