import assert from 'node:assert/strict';
import { matchReporterAt } from '../../../server/src/core/reporters/index';

/** [text, where the reporter starts (the first occurrence of this string), expected match text or null, canonical, expected canonical abbreviations] */
type Row = [string, string, string | null, boolean?, string[]?];

const ROWS: Row[] = [
  // From the sample letter motion.
  ['282 F. Supp. 3d 618, 627 (S.D.N.Y. 2017)', 'F.', 'F. Supp. 3d', true, ['F. Supp. 3d']],
  ['66 F. Supp. 3d 413, 419 (S.D.N.Y. 2014)', 'F.', 'F. Supp. 3d', true, ['F. Supp. 3d']],
  ['60 F.3d 913, 920 (2d Cir. 1994)', 'F.', 'F.3d', true, ['F.3d']],
  ['60 F.3d at 920', 'F.', 'F.3d', true, ['F.3d']],
  // Variant spellings people type.
  ['123 F.Supp.2d 45', 'F.', 'F.Supp.2d', false, ['F. Supp. 2d']],
  ['123 F. Supp.2d 45', 'F.', 'F. Supp.2d', false, ['F. Supp. 2d']],
  ['123 F.Supp. 2d 45', 'F.', 'F.Supp. 2d', false, ['F. Supp. 2d']],
  ['12 F. 3d 45', 'F.', 'F. 3d', false, ['F.3d']],
  ['12 F.3rd 45', 'F.', 'F.3rd', false, ['F.3d']],
  ['12 F.2nd 45', 'F.', 'F.2nd', false, ['F.2d']],
  ['410 US 113', 'US', 'US', false, ['U.S.']],
  ['410 U. S. 113', 'U.', 'U. S.', false, ['U.S.']],
  ['410 U.S. 113', 'U.', 'U.S.', true, ['U.S.']],
  ['93 S.Ct. 705', 'S.', 'S.Ct.', false, ['S. Ct.']],
  ['93 S. Ct. 705', 'S.', 'S. Ct.', true, ['S. Ct.']],
  ['35 L.Ed.2d 147', 'L.', 'L.Ed.2d', false, ['L. Ed. 2d']],
  ['35 L. Ed.2d 147', 'L.', 'L. Ed.2d', false, ['L. Ed. 2d']],
  ['35 L. Ed. 2d 147', 'L.', 'L. Ed. 2d', true, ['L. Ed. 2d']],
  ['12 L. Ed. 147', 'L.', 'L. Ed.', true, ['L. Ed.']],
  ['5 Fed. Appx. 12', 'Fed', 'Fed. Appx.', false, ["F. App'x"]],
  ['5 Fed.Appx. 12', 'Fed', 'Fed.Appx.', false, ["F. App'x"]],
  ["5 F.App'x 12", 'F.', "F.App'x", false, ["F. App'x"]],
  ["5 F. App'x 12", 'F.', "F. App'x", true, ["F. App'x"]],
  ['5 F. App\u2019x 12', 'F.', 'F. App\u2019x', true, ["F. App'x"]],
  ['5 NE2d 12', 'NE', 'NE2d', false, ['N.E.2d']],
  ['5 NE 2d 12', 'NE', 'NE 2d', false, ['N.E.2d']],
  ['5 N.E.2d 12', 'N.', 'N.E.2d', true, ['N.E.2d']],
  ['5 N.Y.S.2d 12', 'N.', 'N.Y.S.2d', true, ['N.Y.S.2d']],
  ['5 NYS2d 12', 'NYS', 'NYS2d', false, ['N.Y.S.2d']],
  ['5 Cal.Rptr.3d 12', 'Cal', 'Cal.Rptr.3d', false, ['Cal. Rptr. 3d']],
  ['5 Cal. App. 4th 12', 'Cal', 'Cal. App. 4th', true, ['Cal. App. 4th']],
  ['5 Cal.App.4th 12', 'Cal', 'Cal.App.4th', false, ['Cal. App. 4th']],
  ['5 Cal. App. 4th Supp. 12', 'Cal', 'Cal. App. 4th Supp.', true, ['Cal. App. 4th Supp.']],
  ['5 A.D.3d 12', 'A.', 'A.D.3d', true, ['A.D.3d']],
  ['5 AD3d 12', 'AD', 'AD3d', false, ['A.D.3d']],
  ['5 N.Y.3d 12', 'N.', 'N.Y.3d', true, ['N.Y.3d']],
  ['5 So. 3d 12', 'So', 'So. 3d', true, ['So. 3d']],
  ['5 So.3d 12', 'So', 'So.3d', false, ['So. 3d']],
  ['5 Ill. App. 3d 12', 'Ill', 'Ill. App. 3d', true, ['Ill. App. 3d']],
  ['5 Ohio St. 3d 12', 'Ohio', 'Ohio St. 3d', true, ['Ohio St. 3d']],
  ['5 Wn.2d 12', 'Wn', 'Wn.2d', false, ['Wash. 2d']],
  ["5 Ct. Int'l Trade 12", 'Ct.', "Ct. Int'l Trade", true, ["Ct. Int'l Trade"]],
  ['5 T.C.M. (CCH) 12', 'T.', 'T.C.M. (CCH)', true, ['T.C.M. (CCH)']],
  ['5 U.S.P.Q.2d (BNA) 12', 'U.', 'U.S.P.Q.2d (BNA)', true, ['U.S.P.Q.2d (BNA)']],
  // Line breaks and no-break spaces inside an abbreviation.
  ['282 F. Supp.\n3d 618', 'F.', 'F. Supp.\n3d', true, ['F. Supp. 3d']],
  ['282 F. Supp.\u00a03d 618', 'F.', 'F. Supp.\u00a03d', true, ['F. Supp. 3d']],
  ['282 F. Supp.\n\n3d 618', 'F.', 'F. Supp.', true, ['F. Supp.']],
  // Longest match, not the first.
  ['5 F. Supp. 2d 12', 'F.', 'F. Supp. 2d', true, ['F. Supp. 2d']],
  ['5 F. 12', 'F.', 'F.', true, ['F.']],
  ['5 F. 2 (1880)', 'F.', 'F.', true, ['F.']],
  ['5 Mass. App. Ct. 12', 'Mass', 'Mass. App. Ct.', true, ['Mass. App. Ct.']],
  ['5 Mass. 12', 'Mass', 'Mass.', true, ['Mass.']],
  ['5 T.C. Memo. 2019-12', 'T.', 'T.C. Memo.', true, ['T.C. Memo.']],
  // Neutral and database forms.
  ['2009 Ark. 190', 'Ark', 'Ark.', true, ['Ark.', 'Ark.']],
  ['350 Ark. 12', 'Ark', 'Ark.', true, ['Ark.', 'Ark.']],
  ['2009 Ark. App. 12', 'Ark', 'Ark. App.', true, ['Ark. App.', 'Ark. App.']],
  ['2010-NMSC-007', 'NMSC', 'NMSC', true, ['NMSC']],
  ['2010-NMCA-012', 'NMCA', 'NMCA', true, ['NMCA']],
  ['2019-Ohio-1234', 'Ohio', 'Ohio', true, ['Ohio', 'Ohio']],
  ['2014 IL App (2d) 120583', 'IL', 'IL App (2d)', true, ['IL App']],
  ['2014 IL App (1st) 120583-U', 'IL', 'IL App (1st)', true, ['IL App']],
  ['2014 IL 115811', 'IL', 'IL', true, ['IL']],
  ['2019 ND 12', 'ND', 'ND', true, ['ND']],
  ['2020 WI App 3', 'WI', 'WI App', true, ['WI App']],
  ['2019 OK CIV APP 7', 'OK', 'OK CIV APP', true, ['OK CIV APP']],
  ['2013 COA 1', 'COA', 'COA', true, ['COA']],
  ['2013 CO 5', 'CO', 'CO', true, ['CO']],
  ['2020 WL 1234567', 'WL', 'WL', true, ['WL']],
  ['2019 U.S. Dist. LEXIS 12345', 'U.', 'U.S. Dist. LEXIS', true, ['U.S. Dist. LEXIS']],
  ['2019 U.S. Dist. Lexis 12345', 'U.', 'U.S. Dist. Lexis', false, ['U.S. Dist. LEXIS']],
  ['2019 U.S. App. LEXIS 1234', 'U.', 'U.S. App. LEXIS', true, ['U.S. App. LEXIS']],
  ['2019 Cal. App. LEXIS 12', 'Cal', 'Cal. App. LEXIS', true, ['Cal. App. LEXIS']],
  ['2020 Bankr. LEXIS 5', 'Bankr', 'Bankr. LEXIS', true, ['Bankr. LEXIS']],
  ['2018 N.Y. Slip Op. 01234', 'N.', 'N.Y. Slip Op.', true, ['N.Y. Slip Op.']],
  ['2018 NY Slip Op 01234', 'NY', 'NY Slip Op', false, ['N.Y. Slip Op.']],
  ['5 U.S. (1 Cranch) 137', 'Cranch', 'Cranch', true, ['Cranch']],
  // No match inside words, at the start of unrelated words, or where a longer token continues.
  ['Fraud on the court', 'Fraud', null],
  ['the Fed said', 'Fed', null],
  ['17 U.S.C. § 106', 'U.', null],
  ['Fed. R. Civ. P. 34', 'Fed', null],
  ['the F.B.I. agent', 'F.', null],
  ['USA Today', 'USA', null],
  ['F.3dx', 'F.', null],
  ['F.3d5', 'F.', null],
  ['WLAN', 'WL', null],
];

describe('matchReporterAt', () => {
  for (const [text, at, expected, canonical, abbreviations] of ROWS) {
    it(`${JSON.stringify(text)} → ${expected === null ? 'no match' : JSON.stringify(expected)}`, () => {
      const pos = text.indexOf(at);
      assert.ok(pos >= 0, 'bad fixture');
      const m = matchReporterAt(text, pos);
      if (expected === null) {
        assert.equal(m, undefined);
        return;
      }
      assert.ok(m, 'no match');
      assert.equal(m.text, expected);
      assert.equal(m.start, pos);
      assert.equal(m.end, pos + expected.length);
      assert.equal(m.length, expected.length);
      assert.equal(m.canonical, canonical);
      assert.deepEqual(m.candidates.map((e) => e.abbreviation), abbreviations);
    });
  }

  it('ends at a token boundary: the next character is no letter, digit or apostrophe', () => {
    assert.equal(matchReporterAt('60 F.3d, 913', 3)?.text, 'F.3d');
    assert.equal(matchReporterAt('60 F.3d)', 3)?.text, 'F.3d');
    assert.equal(matchReporterAt('60 F.3d', 3)?.text, 'F.3d');
    assert.equal(matchReporterAt("60 F.3d's", 3), undefined);
  });

  it('is case-sensitive', () => {
    assert.equal(matchReporterAt('60 f.3d 913', 3), undefined);
    assert.equal(matchReporterAt('60 F.3D 913', 3), undefined);
  });

  it('never starts with whitespace and never takes trailing whitespace', () => {
    assert.equal(matchReporterAt('60  F.3d 913', 3), undefined);
    assert.equal(matchReporterAt('60 F.   ', 3)?.text, 'F.');
  });

  it('accepts no more than one line break, and no endless run of spaces, inside an abbreviation', () => {
    assert.equal(matchReporterAt('5 F. Supp.\n \n2d 12', 2)?.text, 'F. Supp.');
    assert.equal(matchReporterAt(`5 F. Supp.${' '.repeat(40)}2d 12`, 2)?.text, 'F. Supp.');
    assert.equal(matchReporterAt(`5 F. Supp.${' '.repeat(8)}2d 12`, 2)?.text, `F. Supp.${' '.repeat(8)}2d`);
  });

  it('answers undefined for positions outside the text', () => {
    assert.equal(matchReporterAt('F.3d', -1), undefined);
    assert.equal(matchReporterAt('F.3d', 4), undefined);
    assert.equal(matchReporterAt('F.3d', 1.5), undefined);
    assert.equal(matchReporterAt('', 0), undefined);
  });
});
