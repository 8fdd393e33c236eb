/**
 * Issue 14: forms of case citations found in real opinions and briefs that the extractor missed
 * or misread. Each block is one defect; every draft here is written for the test.
 */
import * as assert from 'node:assert/strict';
import { caseDetail } from '../../../server/src/core/families/cases/types';
import { caseFamily, caseFindings, check, links, run } from './support';

describe('issue 14: short forms with a comma or a page word', () => {
  const FORMS: Array<[string, string, Record<string, unknown>]> = [
    ['Smith, 343 U. S., at 650.', 'Smith, <0>343 U. S., at 650</0>.', { kind: 'case-short', caseName: 'Smith', volume: '343', reporter: 'U.S.', pinCite: '650' }],
    ['See 1 U.S., at 2.', 'See <0>1 U.S., at 2</0>.', { kind: 'case-short', volume: '1', reporter: 'U.S.', pinCite: '2' }],
    ['Ibid.; 174 Cal.App.2d at p. 651.', '<0>Ibid.</0>; <1>174 Cal.App.2d at p. 651</1>.', { kind: 'id' }],
    ['Jones, 799 N. Y. S. 2d, at 797.', 'Jones, <0>799 N. Y. S. 2d, at 797</0>.', { kind: 'case-short', reporter: 'N.Y.S.2d', pinCite: '797' }],
  ];
  for (const [text, golden, expected] of FORMS) it(text, () => check(text, golden, [expected]));

  it('resolves them to the full citation', () => {
    const text = 'Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579, 585 (1952). Later, Youngstown, 343 U. S., at 650.';
    assert.deepEqual(links(text), ['343 U. S., at 650 → 343 U.S. 579, 585 (1952)']);
  });

  it('reads no short form where the comma ends a list or a sentence', () => {
    check('He owned 343 U.S., at least.', 'He owned 343 U.S., at least.');
    check('See 5 U.S., at p. x.', 'See 5 U.S., at p. x.');
  });
});

describe('issue 14: a comma between reporter and page', () => {
  it('reads the page after the comma', () => {
    check('Smith v. Jones, 60 F.3d, 913 (2d Cir. 1995).', 'Smith v. Jones, <0>60 F.3d, 913 (2d Cir. 1995)</0>.', [{ kind: 'case', reporter: 'F.3d', page: '913', year: 1995 }]);
  });

  it('reads no page from a list of volumes, and none after a plain-word reporter without a year', () => {
    check('Volumes 5 U.S., 10 F.3d 1 (2d Cir. 1993).', 'Volumes 5 U.S., <0>10 F.3d 1 (2d Cir. 1993)</0>.');
    check('He cited 1 Holmes, 299 times.', 'He cited 1 Holmes, 299 times.');
  });
});

describe('issue 14: a citation wrapped across an indented line, and pleading-paper line numbers', () => {
  it('reads a citation whose parts stand on indented lines', () => {
    const text = 'See Smith v. Jones, 311 F.3d\n        1198, 1200\n        (9th Cir. 2002).';
    check(text, 'See Smith v. Jones, <0>311 F.3d\n        1198, 1200\n        (9th Cir. 2002)</0>.', [
      { caseName: 'Smith v. Jones', page: '1198', pinCite: '1200', court: '9th Cir.', year: 2002 },
    ]);
  });

  it('reads no line number as a volume, and none into a name', () => {
    check('16      See Smith v. Jones,\n17      311 F.3d 1198 (9th Cir. 2002).', '16      See Smith v. Jones,\n17      <0>311 F.3d 1198 (9th Cir. 2002)</0>.', [
      { caseName: 'Smith v. Jones', volume: '311' },
    ]);
    check('16      See Smith v.\n17      Jones, 311 F.3d 1198 (9th Cir. 2002).', '16      See Smith v.\n17      Jones, <0>311 F.3d 1198 (9th Cir. 2002)</0>.', [
      { caseName: 'Smith v. Jones' },
    ]);
    check('16      See Smith v. Jones, 311\n17      F.3d 1198 (9th Cir. 2002).', '16      See Smith v. Jones, <0>311\n17      F.3d 1198 (9th Cir. 2002)</0>.', [
      { caseName: 'Smith v. Jones', volume: '311', reporter: 'F.3d', page: '1198' },
    ]);
    check('The motion.\n17   F.3d 1198 (9th Cir. 2002).', 'The motion.\n17   F.3d 1198 (9th Cir. 2002).');
  });

  it('keeps a blank line a paragraph break everywhere else in a citation', () => {
    check('See Smith v. Jones, 311\n\nF.3d 1198 (9th Cir. 2002).', 'See Smith v. Jones, 311\n\nF.3d 1198 (9th Cir. 2002).');
    check('See Smith v. Jones, 311 F.3d 1198,\n\n1200 (9th Cir. 2002).', 'See Smith v. Jones, <0>311 F.3d 1198</0>,\n\n1200 (9th Cir. 2002).');
  });
});

describe('issue 14: pins with no space after the comma', () => {
  it('reads `56,65` as a page and a pin', () => {
    check('Smith v. Jones, 60 F.3d 56,65 (2d Cir. 1995).', 'Smith v. Jones, <0>60 F.3d 56,65 (2d Cir. 1995)</0>.', [{ page: '56', pinCite: '65' }]);
    check('Smith v. Jones, 60 F.3d 913, 920,925 (2d Cir. 1995).', 'Smith v. Jones, <0>60 F.3d 913, 920,925 (2d Cir. 1995)</0>.', [{ page: '913', pinCite: '920,925' }]);
    check('Smith, 60 F.3d at 56,65.', 'Smith, <0>60 F.3d at 56,65</0>.', [{ pinCite: '56,65' }]);
  });

  it('reads a number written with a thousands comma as no page and pin', () => {
    check('In 5 F.3d 1,000 cases were cited.', 'In 5 F.3d 1,000 cases were cited.');
    check('Smith v. Jones, 5 F.3d 1,200 (2d Cir. 1993).', 'Smith v. Jones, 5 F.3d 1,200 (2d Cir. 1993).');
  });
});

describe('issue 14: a parallel citation after a paragraph pin', () => {
  it('ends the pin where the parallel citation starts', () => {
    check('People v. Smith, 2019 IL 123456, ¶¶ 15-17, 260 N.E.3d 1.', 'People v. Smith, <0>2019 IL 123456, ¶¶ 15-17</0>, <1>260 N.E.3d 1</1>.', [
      { reporter: 'IL', page: '123456', pinCite: '¶¶ 15-17' },
      { volume: '260', reporter: 'N.E.3d', page: '1', caseName: 'People v. Smith' },
    ]);
    check('State v. Gomez, 2010-NMSC-007, ¶¶ 12, 14, 147 N.M. 302.', 'State v. Gomez, <0>2010-NMSC-007, ¶¶ 12, 14</0>, <1>147 N.M. 302</1>.', [{ pinCite: '¶¶ 12, 14' }, { reporter: 'N.M.' }]);
  });

  it('still reads paragraphs listed after the first', () => {
    check('Id. ¶¶ 5, 7.', '<0>Id. ¶¶ 5, 7</0>.', [{ pinCite: '¶¶ 5, 7' }]);
  });
});

describe('issue 14: eight-digit Westlaw numbers, Ohio public-domain cites, Connecticut supra, known spellings', () => {
  it('reads an eight-digit Westlaw number', () => {
    check('Smith v. Jones, No. 1:23-cv-1, 2023 WL 12345678, at *2 (S.D.N.Y. Mar. 3, 2023).',
      'Smith v. Jones, No. 1:23-cv-1, <0>2023 WL 12345678, at *2 (S.D.N.Y. Mar. 3, 2023)</0>.', [{ page: '12345678', pinCite: '*2' }]);
  });

  it('reads an Ohio public-domain cite after a page as a parallel citation, not its year as a pin', () => {
    check('State v. Smith, 150 Ohio St.3d 1, 5, 2017-Ohio-2951, ¶ 12, 80 N.E.3d 1.', 'State v. Smith, <0>150 Ohio St.3d 1, 5</0>, <1>2017-Ohio-2951, ¶ 12</1>, <2>80 N.E.3d 1</2>.', [
      { reporter: 'Ohio St. 3d', pinCite: '5' },
      { volume: '2017', reporter: 'Ohio', page: '2951', pinCite: '¶ 12', caseName: 'State v. Smith' },
      { reporter: 'N.E.3d', caseName: 'State v. Smith' },
    ]);
  });

  it('reads `Smith v. Jones, supra, 250 Conn. 12` as a short form of the full citation', () => {
    const text = 'Smith v. Jones, 250 Conn. 10, 15 (1999). Later: Smith v. Jones, supra, 250 Conn. 12. And *Smith*, *supra*, 250 Conn. 13.';
    check(text, 'Smith v. Jones, <0>250 Conn. 10, 15 (1999)</0>. Later: Smith v. Jones, supra, <1>250 Conn. 12</1>. And *Smith*, *supra*, <2>250 Conn. 13</2>.', [
      {}, { kind: 'case-short', caseName: 'Smith v. Jones', pinCite: '12' }, { kind: 'case-short', caseName: 'Smith', pinCite: '13' },
    ]);
    assert.deepEqual(links(text), ['250 Conn. 12 → 250 Conn. 10, 15 (1999)', '250 Conn. 13 → 250 Conn. 10, 15 (1999)']);
    assert.deepEqual(caseFindings(text), []);
  });

  it('knows M.S.P.R., Wend. and Ore. (no reporter-unknown)', () => {
    const text = "Doe v. Dep't of the Army, 100 M.S.P.R. 5 (2005); Roe v. Poe, 10 Wend. 5 (N.Y. Sup. Ct. 1833); Moe v. Zoe, 100 Ore. 5 (1921).";
    assert.deepEqual(caseFindings(text).filter((f) => f.startsWith('reporter-unknown')), []);
  });
});

describe('issue 14: a court with no year, and the year of a public-domain cite', () => {
  it('reads the court of `(2d Cir.)` and still finds the year missing', () => {
    check('Smith v. Jones, 60 F.3d 913, 920 (2d Cir.).', 'Smith v. Jones, <0>60 F.3d 913, 920 (2d Cir.)</0>.', [{ court: '2d Cir.', year: undefined, pinCite: '920' }]);
    assert.deepEqual(caseFindings('Smith v. Jones, 60 F.3d 913, 920 (2d Cir.).'), ['citation-incomplete: 60 F.3d 913, 920 (2d Cir.)']);
  });

  it('reads no court from a parenthetical that names none', () => {
    check('Smith v. Jones, 60 F.3d 913 (en banc).', 'Smith v. Jones, <0>60 F.3d 913</0> (en banc).', [{ court: undefined }]);
    check('Smith v. Jones, 60 F.3d 913 (Smith, J.).', 'Smith v. Jones, <0>60 F.3d 913</0> (Smith, J.).', [{ court: undefined }]);
  });

  it('gives a public-domain cite the year its volume is', () => {
    check('State v. Smith, 2019 ND 12, ¶ 5, 921 N.W.2d 1.', 'State v. Smith, <0>2019 ND 12, ¶ 5</0>, <1>921 N.W.2d 1</1>.', [{ year: 2019 }, { year: undefined }]);
    check('State v. Gomez, 2010-NMSC-007.', 'State v. Gomez, <0>2010-NMSC-007</0>.', [{ year: 2010 }]);
  });
});

describe('issue 14: short cites and Id. in a Markdown table', () => {
  it('reads a short cite and Id. that end a table cell', () => {
    const text = [
      '| Case | Cite |',
      '| --- | --- |',
      '| Smith v. Jones, 60 F.3d 913, 915 | (2d Cir. 1994) |',
      '| Smith | 60 F.3d at 920 |',
      '| again | Id. at 921 |',
      '| again | Id. |',
      '',
    ].join('\n');
    assert.deepEqual(links(text), ['60 F.3d at 920 → 60 F.3d 913, 915', 'Id. at 921 → 60 F.3d 913, 915', 'Id. → 60 F.3d 913, 915']);
  });
});

describe('issue 14: law reviews and the D.C. Register are no cases', () => {
  const SECONDARY = [
    'See Jane Doe, Essay, 128 Harv. L. Rev. 540, 545 (2015).',
    'Smith v. Jones, 100 U. Chi. L. Rev. 1 (2020).',
    'Doe, 100 Yale L.J. 1 (1990); 20 J. Legal Stud. 3 (1991); 7 Sup. Ct. Rev. 1 (1990).',
    "Roe, 5 Harv. J.L. & Pub. Pol'y 1 (1982); 90 Fla. B.J. 12 (2016); 44 Colo. Law. 30 (2015).",
    'See 70 D.C. Reg. 1234 (Mar. 3, 2023); Smith v. Jones, 70 D.C. Reg. 1234 (2023).',
  ];
  // Read by the authorities family (`secondary`, `regulation`), never as a case.
  for (const text of SECONDARY) {
    it(text, () => {
      const kinds = run(text, 'markdown').citations.map((c) => c.kind);
      assert.deepEqual(kinds.filter((k) => k === 'case' || k === 'case-short'), []);
      assert.ok(kinds.length > 0 && kinds.every((k) => k !== 'case' && k !== 'case-short'), JSON.stringify(kinds));
    });
  }

  it('still reads an unknown reporter with a case name', () => {
    check('Smith v. Jones, 60 F.4d 913 (2d Cir. 2030).', 'Smith v. Jones, <0>60 F.4d 913 (2d Cir. 2030)</0>.');
  });
});

describe('issue 14: case names', () => {
  const NAMES: Array<[string, string]> = [
    ['Ashcroft v. al-Kidd, 563 U.S. 731 (2011).', 'Ashcroft v. al-Kidd'],
    ['The Wanderer (Master) v. Jones, 10 F. Cas. 1 (C.C.D. Mass. 1820).', 'The Wanderer (Master) v. Jones'],
    ['Orange & Rockland Utils., Inc. v. Howard Oil Co., 416 F. Supp. 460 (S.D.N.Y. 1976).', 'Orange & Rockland Utils., Inc. v. Howard Oil Co.'],
    ['Smith v. Harbor Techs., Inc., 60 F.3d 913 (2d Cir. 1994).', 'Smith v. Harbor Techs., Inc.'],
    ['Smith v. Jones, No. 07 Civ. 1234, 2008 WL 123456, at *2 (S.D.N.Y. Jan. 2, 2008).', 'Smith v. Jones'],
    ['Smith v. Jones, C.A. No. 1234-VCL, 2008 WL 123456, at *2 (Del. Ch. Jan. 2, 2008).', 'Smith v. Jones'],
    ['Compare 5 U.S. (1 Cranch) 137 (1803), Stuart v. Laird, 5 U.S. (1 Cranch) 299 (1803).', 'Stuart v. Laird'],
    ['The text.\n\n2 Stuart v. Laird, 5 U.S. (1 Cranch) 299 (1803).', 'Stuart v. Laird'],
  ];
  for (const [text, name] of NAMES) {
    it(name, () => {
      const found = caseFamily(run(text)).filter((c) => c.kind === 'case');
      assert.equal(found[found.length - 1].caseName, name);
    });
  }

  it('takes no word in parentheses that is not part of a name, and no sentence end', () => {
    const found = caseFamily(run('He said (Smith) v. Jones, 10 F. Cas. 1 (C.C.D. Mass. 1820).'));
    assert.equal(found[0].caseName, undefined);
    assert.equal(caseFamily(run('The court agreed with Microsoft. Smith v. Jones, 60 F.3d 913 (2d Cir. 1994).'))[0].caseName, 'Smith v. Jones');
  });
});

describe('issue 14: the date in a court parenthetical is no part of the court', () => {
  const DATES: Array<[string, string]> = [
    ['S.D.N.Y. Mar. 3, 2021', 'Mar. 3, 2021'],
    ['S.D.N.Y. Mar 3, 2021', 'Mar 3, 2021'],
    ['S.D.N.Y. Sept 3, 2021', 'Sept 3, 2021'],
    ['S.D.N.Y. Jun. 3, 2021', 'Jun. 3, 2021'],
    ['S.D.N.Y. Mar. 3 2021', 'Mar. 3 2021'],
    ['S.D.N.Y. Mar.  3,  2021', 'Mar.  3,  2021'],
    ['S.D.N.Y. 3 Mar. 2021', '3 Mar. 2021'],
  ];
  for (const [paren, date] of DATES) {
    it(paren, () => {
      const c = caseFamily(run(`Smith v. Jones, 2021 WL 1234567, at *2 (${paren}).`))[0];
      assert.equal(c.court, 'S.D.N.Y.');
      assert.equal(c.year, 2021);
      assert.equal(caseDetail(c).date, date);
    });
  }
});

describe('issue 14: Id. after a record or constitutional cite', () => {
  const AFTER: string[] = [
    'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994). The clause governs. U.S. Const. art. I, § 8, cl. 3. Id.',
    'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994); U.S. Const. amend. XIV, § 1; id.',
    'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994). Cal. Const. art. I, § 7. Id.',
    'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994). The record shows it. J.A. 45. Id. at 46.',
    'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994). The record shows it. R. 45. Id.',
    'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994). The record shows it. (ER 45.) Id.',
  ];
  // The constitutional and record cites are read (the authorities and record families): `Id.`
  // binds to them. `R. 45` no family reads: the `Id.` after it binds to nothing, never the case.
  // (After a string of two authorities, `id.` is ambiguous between them, as any `Id.` after a string.)
  const TARGETS = ['U.S. Const. art. I, § 8, cl. 3', 'ambiguous: 60 F.3d 913 (2d Cir. 1994) | U.S. Const. amend. XIV, § 1', 'Cal. Const. art. I, § 7', 'J.A. 45', 'nothing', 'ER 45'];
  AFTER.forEach((text, n) => {
    it(text, () => {
      assert.deepEqual(links(text), [`${text.endsWith('Id. at 46.') ? 'Id. at 46' : text.endsWith('id.') ? 'id.' : 'Id.'} → ${TARGETS[n]}`]);
      assert.deepEqual(caseFindings(text).filter((f) => !f.startsWith('citation-incomplete') && !(n === 1 && f.startsWith('id-ambiguous'))), []);
    });
  });

  it('still binds Id. to a case whose citation ends the clause', () => {
    assert.deepEqual(links('Smith v. Jones, 5 Cal. App. 45 (1907). Id.'), ['Id. → 5 Cal. App. 45 (1907)']);
    assert.deepEqual(links('Smith v. Jones, 60 F.3d 913 (2d Cir. 1994). The court found 45 of them. Id.'), ['Id. → 60 F.3d 913 (2d Cir. 1994)']);
  });
});

describe('issue 14: a supra or short form inside a string citation', () => {
  it('makes the Id. after it ambiguous', () => {
    assert.deepEqual(links('Smith v. Jones, 87 N.Y.2d 384 (1995); Cohen, supra, at 14. Id. at 389.'), [
      'Cohen, supra, at 14 → nothing',
      'Id. at 389 → ambiguous: 87 N.Y.2d 384 (1995) | Cohen, supra, at 14',
    ]);
    assert.deepEqual(caseFindings('Smith v. Jones, 87 N.Y.2d 384 (1995); Cohen, supra, at 14. Id. at 389.'), ['id-ambiguous: Id. at 389']);
    // A resolved supra stands for the case it names.
    const text = 'Cohen v. Lee, 10 N.Y.2d 1 (1960). Later: Smith v. Jones, 87 N.Y.2d 384 (1995); Lee, 10 N.Y.2d at 14. Id. at 389.';
    assert.deepEqual(links(text).slice(-1), ['Id. at 389 → ambiguous: 87 N.Y.2d 384 (1995) | 10 N.Y.2d 1 (1960)']);
  });

  it('leaves a short form in its own sentence alone', () => {
    assert.deepEqual(links('Smith v. Jones, 87 N.Y.2d 384 (1995). Cohen, supra, at 14. Id. at 15.'), ['Cohen, supra, at 14 → nothing', 'Id. at 15 → Cohen, supra, at 14']);
    assert.deepEqual(links('Smith v. Jones, 87 N.Y.2d 384 (1995). Id. at 390; Cohen, supra, at 14. Id. at 15.').slice(-1), ['Id. at 15 → Cohen, supra, at 14']);
  });
});

describe('issue 14: reporters written without periods', () => {
  const FORMS: Array<[string, string, string]> = [
    ['Smith v. Jones, 100 NW 913 (Mich. 1904).', 'N.W.', 'NW'],
    ['Smith v. Jones, 100 NE 5 (Ill. 1913).', 'N.E.', 'NE'],
    ['Smith v. Jones, 343 US 579, 585 (1952).', 'U.S.', 'US'],
    ['Smith v. Jones, 60 F2d 913 (2d Cir. 1932).', 'F.2d', 'F2d'],
    ['Smith v. Jones, 60 P2d 913 (Cal. 1936).', 'P.2d', 'P2d'],
    ['Smith v. Jones, 60 A .2d 913 (Pa. 1948).', 'A.2d', 'A .2d'],
    ['Smith v. Jones, 60 FSupp 913 (S.D.N.Y. 1945).', 'F. Supp.', 'FSupp'],
    ['Smith v. Jones, 60 F Supp 2d 913 (S.D.N.Y. 1999).', 'F. Supp. 2d', 'F Supp 2d'],
    ['Smith v. Jones, 300 Mich App 913 (2013).', 'Mich. App.', 'Mich App'],
    ["Smith v. Jones, 60 Hawai'i 913 (1979).", 'Haw.', "Hawai'i"],
  ];
  for (const [text, reporter, written] of FORMS) {
    it(`${written} → ${reporter}`, () => {
      const c = caseFamily(run(text))[0];
      assert.deepEqual([c?.reporter, c?.reporterAsWritten], [reporter, written]);
    });
  }

  it('reads a plain-word spelling as a parallel citation after a full one', () => {
    check('Smith v. Jones, 446 U.S. 1, 100 SCt 913, 64 LEd2d 1 (1980).', 'Smith v. Jones, <0>446 U.S. 1</0>, <1>100 SCt 913</1>, <2>64 LEd2d 1 (1980)</2>.', [
      {}, { reporter: 'S. Ct.' }, { reporter: 'L. Ed. 2d', year: 1980 },
    ]);
    check('Smith v. Jones, 446 U.S. 1, 10 Gray 5 people (1980).', 'Smith v. Jones, <0>446 U.S. 1</0>, 10 Gray 5 people (1980).');
  });

  const PROSE = [
    'The house at 100 NW 12 Ave. was sold.',
    'Drive 100 NW 12 miles (in 2019).',
    'We sent 100 US 5-star reviews.',
    'Route 5 SE 10 closed.',
  ];
  for (const text of PROSE) it(`finds nothing in ${JSON.stringify(text)}`, () => check(text, text));
});

describe('issue 14: a footnote is read at its marker', () => {
  it('binds Id. in a Markdown footnote to the authority cited before its marker', () => {
    const text = [
      'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994).[^1]',
      '',
      'Doe v. Roe, 70 F.3d 1 (2d Cir. 1995), holds the rest.[^2] Id. at 4.',
      '',
      '[^1]: Id. at 915.',
      '',
      '[^2]: See Poe v. Moe, 80 F.3d 5 (2d Cir. 1996). Id. at 7.',
      '',
    ].join('\n');
    assert.deepEqual(links(text), [
      'Id. at 4 → 70 F.3d 1 (2d Cir. 1995)',
      'Id. at 915 → 60 F.3d 913 (2d Cir. 1994)',
      'Id. at 7 → 80 F.3d 5 (2d Cir. 1996)',
    ]);
  });

  it('reads a converted filing\'s <sup> footnote at its marker', () => {
    const text = 'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994).<sup>1</sup> Doe v. Roe, 70 F.3d 1 (2d Cir. 1995).\n\n<sup>1</sup> Id. at 915.\n';
    assert.deepEqual(links(text, 'plaintext'), ['Id. at 915 → 60 F.3d 913 (2d Cir. 1994)']);
  });

  it('leaves a footnote with no marker where it stands', () => {
    const text = 'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994). Doe v. Roe, 70 F.3d 1 (2d Cir. 1995).\n\n[^9]: Id. at 3.\n';
    assert.deepEqual(links(text), ['Id. at 3 → 70 F.3d 1 (2d Cir. 1995)']);
  });
});

describe('issue 14: the English Reports', () => {
  it('reads Eng. Rep. as a known reporter (no reporter-unknown)', () => {
    const text = 'Pillans v. Van Mierop, 97 Eng. Rep. 1035, 1038 (K.B. 1765).';
    check(text, 'Pillans v. Van Mierop, <0>97 Eng. Rep. 1035, 1038 (K.B. 1765)</0>.', [{ reporter: 'Eng. Rep.', court: 'K.B.', year: 1765 }]);
    assert.deepEqual(caseFindings(text), []);
  });
});

describe('issue 14: a blank line between reporter and page', () => {
  it('reads the citation when a known reporter ends the line and the page has its year parenthetical', () => {
    for (const format of ['markdown', 'plaintext'] as const) {
      check('See Smith v. Jones, 311 F.3d\n\n        1198, 1200 (9th Cir. 2002).', 'See Smith v. Jones, <0>311 F.3d\n\n        1198, 1200 (9th Cir. 2002)</0>.', [
        { caseName: 'Smith v. Jones', page: '1198', pinCite: '1200', year: 2002 },
      ], format);
    }
  });

  it('reads nothing across the blank line without the year, across two blank lines, or after a plain-word reporter', () => {
    check('See Smith v. Jones, 60 F.3d\n\n913 people came.', 'See Smith v. Jones, 60 F.3d\n\n913 people came.');
    check('Volume 60 F.3d\n\n\n913 (2d Cir. 1994).', 'Volume 60 F.3d\n\n\n913 (2d Cir. 1994).');
    check('He read 100 Gray\n\n23 (Mass. 1859).', 'He read 100 Gray\n\n23 (Mass. 1859).');
  });
});
