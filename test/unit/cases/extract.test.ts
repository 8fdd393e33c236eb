import * as assert from 'node:assert/strict';
import { caseDetail } from '../../../server/src/core/families/cases/types';
import { draft } from '../helpers';
import { caseFamily, check, cites, run } from './support';

describe('case citations: every reporter family', () => {
  // [draft, tagged, fields of the first citation]
  const FAMILIES: Array<[string, string, string, Record<string, unknown>]> = [
    ['Supreme Court: U.S.', 'See Roe v. Wade, 410 U.S. 113, 153 (1973).', 'See Roe v. Wade, <0>410 U.S. 113, 153 (1973)</0>.',
      { caseName: 'Roe v. Wade', volume: '410', reporter: 'U.S.', page: '113', pinCite: '153', year: 1973 }],
    ['Supreme Court: S. Ct.', 'Foo v. Bar, 100 S. Ct. 1 (1979).', 'Foo v. Bar, <0>100 S. Ct. 1 (1979)</0>.', { reporter: 'S. Ct.', year: 1979 }],
    ["Supreme Court: Lawyers' Edition", 'Foo v. Bar, 100 L. Ed. 1 (1955).', 'Foo v. Bar, <0>100 L. Ed. 1 (1955)</0>.', { reporter: 'L. Ed.' }],
    ['nominative reports', 'Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803).', 'Marbury v. Madison, <0>5 U.S. (1 Cranch) 137, 177 (1803)</0>.',
      { volume: '5', reporter: 'U.S.', page: '137', pinCite: '177', year: 1803 }],
    ['federal appellate: F.', 'Foo v. Bar, 100 F. 1 (2d Cir. 1900).', 'Foo v. Bar, <0>100 F. 1 (2d Cir. 1900)</0>.', { reporter: 'F.', court: '2d Cir.' }],
    ['federal appellate: F.2d', 'Foo v. Bar, 100 F.2d 1 (2d Cir. 1938).', 'Foo v. Bar, <0>100 F.2d 1 (2d Cir. 1938)</0>.', { reporter: 'F.2d' }],
    ['federal appellate: F.3d', 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994).',
      'Am. Geophysical Union v. Texaco Inc., <0>60 F.3d 913, 920 (2d Cir. 1994)</0>.',
      { text: '60 F.3d 913, 920 (2d Cir. 1994)', caseName: 'Am. Geophysical Union v. Texaco Inc.', volume: '60', reporter: 'F.3d', reporterAsWritten: 'F.3d', page: '913', pinCite: '920', court: '2d Cir.', year: 1994 }],
    ['federal appellate: F.4th', 'Foo v. Bar, 1 F.4th 1, 5 (2d Cir. 2021).', 'Foo v. Bar, <0>1 F.4th 1, 5 (2d Cir. 2021)</0>.', { reporter: 'F.4th', pinCite: '5' }],
    ["federal appellate: F. App'x", "Foo v. Bar, 5 F. App'x 10, 12 (2d Cir. 2001).", "Foo v. Bar, <0>5 F. App'x 10, 12 (2d Cir. 2001)</0>.", { reporter: "F. App'x" }],
    ['federal district: F. Supp.', 'Foo v. Bar, 100 F. Supp. 1 (S.D.N.Y. 1951).', 'Foo v. Bar, <0>100 F. Supp. 1 (S.D.N.Y. 1951)</0>.', { reporter: 'F. Supp.', court: 'S.D.N.Y.' }],
    ['federal district: F. Supp. 2d', 'Foo v. Bar, 500 F. Supp. 2d 1 (D. Mass. 2007).', 'Foo v. Bar, <0>500 F. Supp. 2d 1 (D. Mass. 2007)</0>.', { reporter: 'F. Supp. 2d', court: 'D. Mass.' }],
    ['federal district: F. Supp. 3d', 'FameFlynet, Inc. v. Shoshanna Collection, LLC, 282 F. Supp. 3d 618, 627 (S.D.N.Y. 2017).',
      'FameFlynet, Inc. v. Shoshanna Collection, LLC, <0>282 F. Supp. 3d 618, 627 (S.D.N.Y. 2017)</0>.',
      { caseName: 'FameFlynet, Inc. v. Shoshanna Collection, LLC', reporter: 'F. Supp. 3d', page: '618', pinCite: '627' }],
    ['federal district: F.R.D.', 'Foo v. Bar, 300 F.R.D. 1 (S.D.N.Y. 2014).', 'Foo v. Bar, <0>300 F.R.D. 1 (S.D.N.Y. 2014)</0>.', { reporter: 'F.R.D.' }],
    ['bankruptcy: B.R.', 'In re Foo Corp., 500 B.R. 100, 101 (Bankr. S.D.N.Y. 2013).', 'In re Foo Corp., <0>500 B.R. 100, 101 (Bankr. S.D.N.Y. 2013)</0>.',
      { caseName: 'In re Foo Corp.', reporter: 'B.R.', court: 'Bankr. S.D.N.Y.' }],
    ['specialty: Fed. Cl.', 'Foo v. United States, 100 Fed. Cl. 5 (2011).', 'Foo v. United States, <0>100 Fed. Cl. 5 (2011)</0>.', { reporter: 'Fed. Cl.' }],
    ['specialty: T.C.', "Foo v. Comm'r, 150 T.C. 1 (2018).", "Foo v. Comm'r, <0>150 T.C. 1 (2018)</0>.", { caseName: "Foo v. Comm'r", reporter: 'T.C.' }],
    ['specialty: T.C. Memo.', "Foo v. Comm'r, T.C. Memo. 2019-12, at *3.", "Foo v. Comm'r, <0>T.C. Memo. 2019-12, at *3</0>.",
      { volume: '2019', reporter: 'T.C. Memo.', page: '12', pinCite: '*3' }],
    ['specialty: Vet. App.', 'Foo v. Bar, 10 Vet. App. 1 (1997).', 'Foo v. Bar, <0>10 Vet. App. 1 (1997)</0>.', { reporter: 'Vet. App.' }],
    ['specialty: M.J.', 'United States v. Foo, 1 M.J. 1 (C.M.A. 1975).', 'United States v. Foo, <0>1 M.J. 1 (C.M.A. 1975)</0>.', { caseName: 'United States v. Foo', reporter: 'M.J.' }],
    ['state official: N.Y.3d', 'People v. Foo, 20 N.Y.3d 1, 5 (2012).', 'People v. Foo, <0>20 N.Y.3d 1, 5 (2012)</0>.', { reporter: 'N.Y.3d' }],
    ['state official: A.D.3d', "Matter of Foo, 100 A.D.3d 1 (1st Dep't 2012).", "Matter of Foo, <0>100 A.D.3d 1 (1st Dep't 2012)</0>.", { caseName: 'Matter of Foo', reporter: 'A.D.3d', court: "1st Dep't" }],
    ['state official: Cal. 4th', 'People v. Foo, 50 Cal. 4th 1 (2010).', 'People v. Foo, <0>50 Cal. 4th 1 (2010)</0>.', { reporter: 'Cal. 4th' }],
    ['state official: Ill. 2d', 'People v. Foo, 100 Ill. 2d 1 (1984).', 'People v. Foo, <0>100 Ill. 2d 1 (1984)</0>.', { reporter: 'Ill. 2d' }],
    ['state official: Mass.', 'Foo v. Bar, 400 Mass. 1 (1987).', 'Foo v. Bar, <0>400 Mass. 1 (1987)</0>.', { reporter: 'Mass.' }],
    ['West state units: Cal. Rptr. 3d', 'People v. Foo, 180 Cal. Rptr. 3d 1 (Ct. App. 2014).', 'People v. Foo, <0>180 Cal. Rptr. 3d 1 (Ct. App. 2014)</0>.', { reporter: 'Cal. Rptr. 3d', court: 'Ct. App.' }],
    ['West state units: N.Y.S.3d', 'Foo v. Bar, 100 N.Y.S.3d 1 (App. Div. 2019).', 'Foo v. Bar, <0>100 N.Y.S.3d 1 (App. Div. 2019)</0>.', { reporter: 'N.Y.S.3d' }],
    ['regional: N.E.2d', 'Foo v. Bar, 100 N.E.2d 1 (Mass. 1951).', 'Foo v. Bar, <0>100 N.E.2d 1 (Mass. 1951)</0>.', { reporter: 'N.E.2d', court: 'Mass.' }],
    ['regional: P.3d', 'Foo v. Bar, 100 P.3d 1 (Cal. 2004).', 'Foo v. Bar, <0>100 P.3d 1 (Cal. 2004)</0>.', { reporter: 'P.3d' }],
    ['regional: A.3d', 'Foo v. Bar, 100 A.3d 1 (Pa. 2014).', 'Foo v. Bar, <0>100 A.3d 1 (Pa. 2014)</0>.', { reporter: 'A.3d' }],
    ['regional: So. 3d', 'Foo v. Bar, 100 So. 3d 1 (Fla. 2012).', 'Foo v. Bar, <0>100 So. 3d 1 (Fla. 2012)</0>.', { reporter: 'So. 3d' }],
    ['regional: S.W.3d', 'Foo v. Bar, 100 S.W.3d 1 (Tex. 2003).', 'Foo v. Bar, <0>100 S.W.3d 1 (Tex. 2003)</0>.', { reporter: 'S.W.3d' }],
    ['regional: N.W.2d', 'Foo v. Bar, 100 N.W.2d 1 (Mich. 1960).', 'Foo v. Bar, <0>100 N.W.2d 1 (Mich. 1960)</0>.', { reporter: 'N.W.2d' }],
    ['regional: S.E.2d', 'Foo v. Bar, 100 S.E.2d 1 (Ga. 1957).', 'Foo v. Bar, <0>100 S.E.2d 1 (Ga. 1957)</0>.', { reporter: 'S.E.2d' }],
    ['public domain: New Mexico', 'State v. Gomez, 2010-NMSC-007, ¶ 12.', 'State v. Gomez, <0>2010-NMSC-007, ¶ 12</0>.',
      { volume: '2010', reporter: 'NMSC', page: '007', pinCite: '¶ 12' }],
    ['public domain: Illinois', 'People v. Doe, 2014 IL App (2d) 120583, ¶ 5.', 'People v. Doe, <0>2014 IL App (2d) 120583, ¶ 5</0>.',
      { volume: '2014', reporter: 'IL App', reporterAsWritten: 'IL App (2d)', page: '120583', pinCite: '¶ 5' }],
    ['public domain: Arkansas', 'Foo v. Bar, 2009 Ark. 190.', 'Foo v. Bar, <0>2009 Ark. 190</0>.', { volume: '2009', reporter: 'Ark.', page: '190' }],
    ['public domain: North Dakota', 'Doe v. Roe, 2019 ND 12.', 'Doe v. Roe, <0>2019 ND 12</0>.', { reporter: 'ND' }],
    ['public domain: Wisconsin', 'State v. Foo, 2020 WI 5.', 'State v. Foo, <0>2020 WI 5</0>.', { reporter: 'WI' }],
    ['public domain: Utah', 'State v. Foo, 2018 UT 33.', 'State v. Foo, <0>2018 UT 33</0>.', { reporter: 'UT' }],
    ['database: Westlaw', 'Smith v. Jones, No. 19-cv-1234, 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020).',
      'Smith v. Jones, No. 19-cv-1234, <0>2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020)</0>.',
      { caseName: 'Smith v. Jones', volume: '2020', reporter: 'WL', page: '1234567', pinCite: '*3', court: 'S.D.N.Y.', year: 2020 }],
    ['database: Lexis (district)', 'Foo v. Bar, 2019 U.S. Dist. LEXIS 12345, at *2 (S.D.N.Y. Jan. 5, 2019).',
      'Foo v. Bar, <0>2019 U.S. Dist. LEXIS 12345, at *2 (S.D.N.Y. Jan. 5, 2019)</0>.', { reporter: 'U.S. Dist. LEXIS', page: '12345', pinCite: '*2' }],
    ['database: Lexis (appeals)', 'Foo v. Bar, 2019 U.S. App. LEXIS 12345 (2d Cir. Jan. 5, 2019).',
      'Foo v. Bar, <0>2019 U.S. App. LEXIS 12345 (2d Cir. Jan. 5, 2019)</0>.', { reporter: 'U.S. App. LEXIS' }],
  ];
  for (const [family, text, golden, expected] of FAMILIES) {
    it(`${family}: ${text}`, () => check(text, golden, [expected]));
  }
});

describe('case citations: variant spellings keep their canonical form', () => {
  const VARIANTS: Array<[string, string, string]> = [
    ['60 F.3rd 913 (2d Cir. 1994)', 'F.3d', 'F.3rd'],
    ['60 F. 3d 913 (2d Cir. 1994)', 'F.3d', 'F. 3d'],
    ['5 F.Supp.2d 10 (S.D.N.Y. 1998)', 'F. Supp. 2d', 'F.Supp.2d'],
    ['410 US 113 (1973)', 'U.S.', 'US'],
    ['93 S.Ct. 705 (1973)', 'S. Ct.', 'S.Ct.'],
    ['35 L.Ed.2d 147 (1973)', 'L. Ed. 2d', 'L.Ed.2d'],
    ['5 Fed. Appx. 10 (2d Cir. 2001)', "F. App'x", 'Fed. Appx.'],
    ['100 NE2d 1 (Mass. 1951)', 'N.E.2d', 'NE2d'],
  ];
  for (const [text, reporter, written] of VARIANTS) {
    it(`${written} → ${reporter}`, () => check(text, `<0>${text}</0>`, [{ reporter, reporterAsWritten: written }]));
  }
});

describe('case citations: case names', () => {
  const NAMES: Array<[string, string]> = [
    ['In re Foo Corp., 500 B.R. 100 (Bankr. S.D.N.Y. 2013).', 'In re Foo Corp.'],
    ['Ex parte Young, 209 U.S. 123 (1908).', 'Ex parte Young'],
    ['United States ex rel. Smith v. Acme Publ\'ns, Inc., 900 F.2d 1 (2d Cir. 1990).', "United States ex rel. Smith v. Acme Publ'ns, Inc."],
    ['United States v. Microsoft Corp., 253 F.3d 34 (D.C. Cir. 2001).', 'United States v. Microsoft Corp.'],
    ['Procter & Gamble Co. v. Bankers Tr. Co., 78 F.3d 219 (6th Cir. 1996).', 'Procter & Gamble Co. v. Bankers Tr. Co.'],
    ["O'Brien v. Ass'n of Am. Publishers, 100 F.3d 1 (2d Cir. 1996).", "O'Brien v. Ass'n of Am. Publishers"],
    ['The court agreed. Smith v. Jones, 100 F.3d 1 (2d Cir. 1996).', 'Smith v. Jones'],
    ['As the court held in Smith v. Jones, 100 F.3d 1 (2d Cir. 1996), the rule applies.', 'Smith v. Jones'],
    ['See, e.g., Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994).', 'Am. Geophysical Union v. Texaco Inc.'],
    ['Under Smith v. Jones, 100 F.3d 1 (2d Cir. 1996), the rule applies.', 'Smith v. Jones'],
    ['In the Matter of Doe, 100 A.D.3d 1 (2012).', 'In the Matter of Doe'],
  ];
  for (const [text, name] of NAMES) {
    it(`${name}`, () => {
      const [c] = caseFamily(run(text));
      assert.equal(c.caseName, name);
    });
  }

  it('takes an italic name and leaves the signal out of it', () => {
    const text = '*See, e.g., FameFlynet, Inc. v. Shoshanna Collection, LLC*, 282 F. Supp. 3d 618, 627 (S.D.N.Y. 2017).';
    const [c] = caseFamily(run(text));
    assert.equal(c.caseName, 'FameFlynet, Inc. v. Shoshanna Collection, LLC');
    assert.equal(caseDetail(c).signal, 'See, e.g.');
    assert.equal(text.slice(c.parts!.caseName.start, c.parts!.caseName.end), 'FameFlynet, Inc. v. Shoshanna Collection, LLC');
  });

  it('takes an italic name that has no "v." (The Paquete Habana)', () => {
    const [c] = caseFamily(run('*The Paquete Habana*, 175 U.S. 677, 700 (1900).'));
    assert.equal(c.caseName, 'The Paquete Habana');
  });

  it('gives no name where none is written', () => {
    const [c] = caseFamily(run('The court relied on 60 F.3d 913 (2d Cir. 1994).'));
    assert.equal(c.caseName, undefined);
  });

  it('reads a name wrapped over two lines', () => {
    const [c] = caseFamily(run('See Am. Geophysical Union v.\nTexaco Inc., 60 F.3d 913 (2d Cir. 1994).'));
    assert.equal(c.caseName, 'Am. Geophysical Union v. Texaco Inc.');
  });
});

describe('case citations: pin cites', () => {
  const PINS: Array<[string, string]> = [
    ['Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994).', '920'],
    ['Foo v. Bar, 60 F.3d 913, 920-21 (2d Cir. 1994).', '920-21'],
    ['Foo v. Bar, 60 F.3d 913, 920–21 (2d Cir. 1994).', '920–21'],
    ['Foo v. Bar, 60 F.3d 913, 920 n.5 (2d Cir. 1994).', '920 n.5'],
    ['Foo v. Bar, 60 F.3d 913, 920 & n.5 (2d Cir. 1994).', '920 & n.5'],
    ['Foo v. Bar, 60 F.3d 913, 920, 925 (2d Cir. 1994).', '920, 925'],
    ['Foo v. Bar, 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020).', '*3'],
    ['Foo v. Bar, 2020 WL 1234567, at *3-4 (S.D.N.Y. Mar. 3, 2020).', '*3-4'],
  ];
  for (const [text, pin] of PINS) {
    it(`${pin}`, () => {
      const [c] = caseFamily(run(text));
      assert.equal(c.pinCite, pin);
      assert.equal(text.slice(c.parts!.pinCite.start, c.parts!.pinCite.end), pin);
    });
  }

  it('does not read a number followed by words as a pin cite', () => {
    check('Foo v. Bar, 60 F.3d 913, 12 people were there.', 'Foo v. Bar, <0>60 F.3d 913</0>, 12 people were there.', [{ pinCite: undefined }]);
  });
});

describe('case citations: parentheticals, history, parallels and strings', () => {
  it('reads an exact date and a docket number before a database cite', () => {
    const [c] = caseFamily(run('Smith v. Jones, No. 19-cv-1234, 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020).'));
    assert.equal(caseDetail(c).date, 'Mar. 3, 2020');
    assert.equal(caseDetail(c).docketNumber, 'No. 19-cv-1234');
  });

  it('keeps explanatory parentheticals out of the citation, and finds citations inside them', () => {
    check(
      'Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994) (quoting Baz v. Qux, 50 F.3d 1, 2 (2d Cir. 1993)).',
      'Foo v. Bar, <0>60 F.3d 913, 920 (2d Cir. 1994)</0> (quoting Baz v. Qux, <1>50 F.3d 1, 2 (2d Cir. 1993)</1>).',
      [{ caseName: 'Foo v. Bar' }, { caseName: 'Baz v. Qux' }],
    );
    const [outer, inner] = caseFamily(run('Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994) (quoting Baz v. Qux, 50 F.3d 1, 2 (2d Cir. 1993)).'));
    assert.equal(caseDetail(inner).nestedIn, caseDetail(outer).authority);
  });

  it('reads en banc and per curiam parentheticals as explanatory', () => {
    check('Foo v. Bar, 60 F.3d 913 (2d Cir. 1994) (en banc).', 'Foo v. Bar, <0>60 F.3d 913 (2d Cir. 1994)</0> (en banc).', [{ court: '2d Cir.', year: 1994 }]);
  });

  it('links subsequent history to the decision it follows', () => {
    const text = 'Foo v. Bar, 900 F.2d 1, 3 (2d Cir. 1990), aff\'d, 500 U.S. 1 (1991), cert. denied, 501 U.S. 2 (1991).';
    check(text, "Foo v. Bar, <0>900 F.2d 1, 3 (2d Cir. 1990)</0>, aff'd, <1>500 U.S. 1 (1991)</1>, cert. denied, <2>501 U.S. 2 (1991)</2>.", [
      { caseName: 'Foo v. Bar' }, { caseName: undefined, year: 1991 }, { caseName: undefined },
    ]);
    const [first, affirmed, denied] = caseFamily(run(text));
    assert.equal(caseDetail(affirmed).historyOf, caseDetail(first).authority);
    assert.equal(caseDetail(affirmed).history, "aff'd");
    assert.equal(caseDetail(denied).historyOf, caseDetail(first).authority);
    assert.equal(caseDetail(denied).history, 'cert. denied');
  });

  it('groups parallel citations as one authority, each its own citation', () => {
    const text = 'Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973).';
    check(text, 'Roe v. Wade, <0>410 U.S. 113</0>, <1>93 S. Ct. 705</1>, <2>35 L. Ed. 2d 147 (1973)</2>.', [
      { caseName: 'Roe v. Wade', reporter: 'U.S.', year: 1973 },
      { caseName: 'Roe v. Wade', reporter: 'S. Ct.', year: 1973 },
      { caseName: 'Roe v. Wade', reporter: 'L. Ed. 2d', year: 1973 },
    ]);
    const all = caseFamily(run(text));
    assert.deepEqual(all.map((c) => [caseDetail(c).authority, caseDetail(c).member, caseDetail(c).members]), [['a1', 0, 3], ['a1', 1, 3], ['a1', 2, 3]]);
  });

  it('reads parallel citations with pin cites', () => {
    check('Roe v. Wade, 410 U.S. 113, 153, 93 S. Ct. 705, 727 (1973).', 'Roe v. Wade, <0>410 U.S. 113, 153</0>, <1>93 S. Ct. 705, 727 (1973)</1>.', [
      { pinCite: '153' }, { pinCite: '727' },
    ]);
  });

  it('groups a string citation joined by semicolons and signals', () => {
    const text = 'See Foo v. Bar, 60 F.3d 913 (2d Cir. 1994); see also Baz v. Qux, 50 F.3d 1 (2d Cir. 1993); cf. 17 U.S.C. § 106. But see Zed v. Why, 40 F.3d 1 (2d Cir. 1992).';
    const all = caseFamily(run(text));
    assert.deepEqual(all.map((c) => [c.text, caseDetail(c).stringSize]), [
      ['60 F.3d 913 (2d Cir. 1994)', 3],
      ['50 F.3d 1 (2d Cir. 1993)', 3],
      ['17 U.S.C. § 106', 3],
      ['40 F.3d 1 (2d Cir. 1992)', 1],
    ]);
    assert.deepEqual(all.map((c) => caseDetail(c).signal), ['See', 'see also', undefined, 'But see']);
  });

  it('ends a string citation with its paragraph, even after a semicolon', () => {
    for (const blank of ['\n', '\n\n', '\r\n\r\n', '\n  \n']) {
      const text = `See Foo v. Bar, 60 F.3d 913 (2d Cir. 1994);${blank}See Baz v. Qux, 50 F.3d 1 (2d Cir. 1993).`;
      const sizes = caseFamily(run(text)).map((c) => caseDetail(c).stringSize);
      assert.deepEqual(sizes, blank === '\n' ? [2, 2] : [1, 1], JSON.stringify(blank));
    }
  });

  it('reads a citation wrapped over two lines', () => {
    check('Foo v. Bar, 60 F.3d\n913, 920 (2d Cir.\n1994).', 'Foo v. Bar, <0>60 F.3d\n913, 920 (2d Cir.\n1994)</0>.', [{ page: '913', year: 1994, court: '2d Cir.' }]);
  });
});

describe('case citations: Markdown', () => {
  it('reads through emphasis and escapes, and maps back to the characters typed', () => {
    const text = '*See* *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994); *FameFlynet, Inc. v. Shoshanna Collection, LLC*, 282 F. Supp. 3d 618 (S.D.N.Y. 2017).';
    check(text, '*See* *Am. Geophysical Union v. Texaco Inc.*, <0>60 F.3d 913, 920 (2d Cir. 1994)</0>; *FameFlynet, Inc. v. Shoshanna Collection, LLC*, <1>282 F. Supp. 3d 618 (S.D.N.Y. 2017)</1>.', [
      { caseName: 'Am. Geophysical Union v. Texaco Inc.' }, { caseName: 'FameFlynet, Inc. v. Shoshanna Collection, LLC' },
    ]);
  });

  it('ignores citations in code', () => {
    check('`60 F.3d 913 (2d Cir. 1994)` and\n\n```\nFoo v. Bar, 1 F.3d 1 (1990)\n```\n', '`60 F.3d 913 (2d Cir. 1994)` and\n\n```\nFoo v. Bar, 1 F.3d 1 (1990)\n```\n');
  });
});

describe('case citations: a citation split by a page break', () => {
  const SPLIT = draft`
    Whether it knew goes to contributory infringement. *See, e.g., Abbey House Media, Inc. v. Apple Inc.*, 66

    ---

    <sup>1</sup> Additional pertinent requests include RFP No. 17 and No. 23.

    March 31, 2025

    Page 3

    F. Supp. 3d 413, 419 (S.D.N.Y. 2014) (explaining the standard).
  `;

  it('reads the volume before the break with the rest after it', () => {
    for (const format of ['plaintext', 'markdown'] as const) {
      const [c, ...rest] = caseFamily(run(SPLIT, format));
      assert.deepEqual(rest, []);
      assert.deepEqual(
        { caseName: c.caseName, volume: c.volume, reporter: c.reporter, page: c.page, pinCite: c.pinCite, court: c.court, year: c.year, text: c.text },
        { caseName: 'Abbey House Media, Inc. v. Apple Inc.', volume: '66', reporter: 'F. Supp. 3d', page: '413', pinCite: '419', court: 'S.D.N.Y.', year: 2014, text: 'F. Supp. 3d 413, 419 (S.D.N.Y. 2014)' },
        format,
      );
      assert.equal(SPLIT.slice(c.parts!.volume.start, c.parts!.volume.end), '66');
      assert.equal(caseDetail(c).splitAcrossPageBreak, true);
    }
  });

  it('does not join a number at a paragraph end to a reporter when nothing shows a page break', () => {
    const text = draft`
      The court in Foo v. Bar, 66

      F. Supp. 3d is a reporter.
    `;
    assert.equal(cites(text), text);
  });
});
