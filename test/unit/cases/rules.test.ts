import * as assert from 'node:assert/strict';
import { draft } from '../helpers';
import { caseFindings, findingsOf, fixes, flagged } from './support';

describe('rule reporter-unknown', () => {
  it('flags a volume–abbreviation–page shape that is no reporter, and offers the nearest real ones', () => {
    const text = 'Foo v. Bar, 60 F.4d 913, 920 (2d Cir. 1994).';
    assert.equal(flagged(text, 'reporter-unknown'), 'Foo v. Bar, 60 <0>F.4d</0> 913, 920 (2d Cir. 1994).');
    const [f] = findingsOf(text, 'reporter-unknown');
    assert.equal(f.message, '"F.4d" is not a reporter Brieflint knows. Did you mean "F.4th", "F.3d" or "F.2d"?');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Change "F.4d" to "F.4th"', 'Change "F.4d" to "F.3d"', 'Change "F.4d" to "F.2d"']);
    fixes(text, 'reporter-unknown', 'Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994).', 1);
  });

  it('fixes a misspelt series word', () => {
    fixes('Foo v. Bar, 282 F. Sup. 3d 618, 627 (S.D.N.Y. 2017).', 'reporter-unknown', 'Foo v. Bar, 282 F. Supp. 3d 618, 627 (S.D.N.Y. 2017).');
  });

  it('needs a citation around it: a case name, a court and year, or a series and a pin cite', () => {
    assert.equal(flagged('60 F.4d 913 (2d Cir. 1994).', 'reporter-unknown'), '60 <0>F.4d</0> 913 (2d Cir. 1994).');
    assert.equal(flagged('See 60 F.4d 913, 920.', 'reporter-unknown'), 'See 60 <0>F.4d</0> 913, 920.');
    const prose = ['We shipped 60 Acme. Widgets 913 times.', 'Exhibit 5 Tr. 33 (2020).', 'In 2019 Foo. Bar 12 was used.'];
    for (const text of prose) assert.deepEqual(findingsOf(text, 'reporter-unknown'), [], text);
  });
});

describe('rule reporter-nonstandard', () => {
  const VARIANTS: Array<[string, string]> = [
    ['Foo v. Bar, 5 F.Supp.2d 10, 12 (S.D.N.Y. 1999).', 'Foo v. Bar, 5 F. Supp. 2d 10, 12 (S.D.N.Y. 1999).'],
    ['Foo v. Bar, 60 F.3rd 913 (2d Cir. 1994).', 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994).'],
    ['Foo v. Bar, 60 F. 3d 913 (2d Cir. 1994).', 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994).'],
    ['Roe v. Wade, 410 US 113 (1973).', 'Roe v. Wade, 410 U.S. 113 (1973).'],
    ['Foo v. Bar, 5 Fed. Appx. 10 (2d Cir. 2001).', "Foo v. Bar, 5 F. App'x 10 (2d Cir. 2001)."],
    ['Foo v. Bar, 100 NE2d 1 (Mass. 1951).', 'Foo v. Bar, 100 N.E.2d 1 (Mass. 1951).'],
    ['Foo, 60 F. 3d at 920.', 'Foo, 60 F.3d at 920.'],
  ];
  for (const [text, fixed] of VARIANTS) {
    it(`fixes ${JSON.stringify(text)}`, () => fixes(text, 'reporter-nonstandard', fixed));
  }

  it('says what the Bluebook writes', () => {
    const [f] = findingsOf('Foo v. Bar, 5 F.Supp.2d 10 (S.D.N.Y. 1999).', 'reporter-nonstandard');
    assert.equal(f.message, 'The Bluebook abbreviates the Federal Supplement, Second Series "F. Supp. 2d", not "F.Supp.2d".');
    assert.equal(f.fixes[0].preferred, true);
  });

  it('accepts a reporter broken over two lines and a curly apostrophe', () => {
    const text = "Foo v. Bar, 5 F. Supp.\n2d 10 (S.D.N.Y. 1999); Baz v. Qux, 5 F. App’x 10 (2d Cir. 2001).";
    assert.deepEqual(findingsOf(text, 'reporter-nonstandard'), []);
  });

  it('keeps the Markdown escaping of the text it replaces', () => {
    // A reporter written with escaped periods keeps them escaped in the fix.
    fixes('Foo v. Bar, 5 F\\.Supp\\.2d 10 (S.D.N.Y. 1999).', 'reporter-nonstandard', 'Foo v. Bar, 5 F\\. Supp\\. 2d 10 (S.D.N.Y. 1999).');
  });
});

describe('rule reporter-date-mismatch', () => {
  it('flags a year outside the series, and offers the series that covers it', () => {
    const text = 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1985).';
    assert.equal(flagged(text, 'reporter-date-mismatch'), 'Foo v. Bar, 60 F.3d 913 (2d Cir. <0>1985</0>).');
    const [f] = findingsOf(text, 'reporter-date-mismatch');
    assert.equal(f.message, 'F.3d reports decisions from 1993 to 2021; this citation gives 1985. F.2d covers 1985.');
    fixes(text, 'reporter-date-mismatch', 'Foo v. Bar, 60 F.2d 913 (2d Cir. 1985).');
  });

  it('tolerates a year at the boundary between two series', () => {
    for (const text of ['Foo v. Bar, 1 F.3d 1 (2d Cir. 1992).', 'Foo v. Bar, 999 F.2d 1 (2d Cir. 1994).', 'Foo v. Bar, 1 F.4th 1 (2d Cir. 2020).']) {
      assert.deepEqual(findingsOf(text, 'reporter-date-mismatch'), [], text);
    }
  });

  it('flags a series that did not exist yet', () => {
    assert.equal(flagged('Foo v. Bar, 282 F. Supp. 3d 618 (S.D.N.Y. 2005).', 'reporter-date-mismatch'), 'Foo v. Bar, 282 F. Supp. 3d 618 (S.D.N.Y. <0>2005</0>).');
  });
});

describe('rule court-reporter-mismatch', () => {
  const MISMATCHES: Array<[string, string]> = [
    ['Roe v. Wade, 410 U.S. 113 (2d Cir. 1973).', 'Roe v. Wade, 410 U.S. 113 (<0>2d Cir.</0> 1973).'],
    ['Foo v. Bar, 100 F. Supp. 3d 1 (2d Cir. 2015).', 'Foo v. Bar, 100 F. Supp. 3d 1 (<0>2d Cir.</0> 2015).'],
    ['Foo v. Bar, 100 N.E.2d 1 (Cal. 1951).', 'Foo v. Bar, 100 N.E.2d 1 (<0>Cal.</0> 1951).'],
  ];
  for (const [text, golden] of MISMATCHES) {
    it(`flags ${JSON.stringify(text)}`, () => assert.equal(flagged(text, 'court-reporter-mismatch'), golden));
  }

  it('says which reporter and which court', () => {
    const [f] = findingsOf('Roe v. Wade, 410 U.S. 113 (2d Cir. 1973).', 'court-reporter-mismatch');
    assert.equal(f.message, 'The United States Reports (U.S.) does not report decisions of the United States Court of Appeals for the Second Circuit ("2d Cir."). Check the reporter and the court.');
  });

  it('accepts courts that publish in the reporter, and stays silent on courts it cannot place', () => {
    const fine = [
      'Foo v. Bar, 100 F.2d 1 (S.D.N.Y. 1925).',
      'Foo v. Bar, 100 N.E.2d 1 (Mass. 1951).',
      'People v. Foo, 180 Cal. Rptr. 3d 1 (Ct. App. 2014).',
      'Foo v. Bar, 100 F.3d 1 (Nowhere Ct. 1996).',
      'Foo v. Bar, 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020).',
    ];
    for (const text of fine) assert.deepEqual(findingsOf(text, 'court-reporter-mismatch'), [], text);
  });
});

describe('rule pin-before-page', () => {
  it('flags a pin cite before the first page', () => {
    assert.equal(flagged('Foo v. Bar, 60 F.3d 913, 900 (2d Cir. 1994).', 'pin-before-page'), 'Foo v. Bar, 60 F.3d 913, <0>900</0> (2d Cir. 1994).');
  });

  it('flags a short cite whose pin comes before the page of its full citation', () => {
    const text = 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). Foo, 60 F.3d at 90.';
    assert.equal(flagged(text, 'pin-before-page'), 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). Foo, 60 F.3d at <0>90</0>.');
  });

  it('accepts pins at or after the page, star pages and paragraph pins', () => {
    const fine = [
      'Foo v. Bar, 60 F.3d 913, 913 (2d Cir. 1994).',
      'Foo v. Bar, 60 F.3d 913, 920-21 (2d Cir. 1994).',
      'Foo v. Bar, 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020).',
      'State v. Gomez, 2010-NMSC-007, ¶ 12.',
      'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). Id. at 5.',
    ];
    for (const text of fine) assert.deepEqual(findingsOf(text, 'pin-before-page'), [], text);
  });
});

describe('rule citation-incomplete', () => {
  it('flags a full citation without its year', () => {
    const text = 'Foo v. Bar, 60 F.3d 913, 920.';
    assert.equal(flagged(text, 'citation-incomplete'), 'Foo v. Bar, <0>60 F.3d 913, 920</0>.');
    assert.equal(findingsOf(text, 'citation-incomplete')[0].message, 'This full citation has no year and no court: add a parenthetical such as "(court year)".');
  });

  it('flags a parenthetical without the court where the reporter implies none', () => {
    const text = 'Foo v. Bar, 60 F.3d 913, 920 (1994).';
    assert.equal(flagged(text, 'citation-incomplete'), 'Foo v. Bar, <0>60 F.3d 913, 920 (1994)</0>.');
  });

  it('fills in the parenthetical from another citation of the same case', () => {
    fixes(
      'Foo v. Bar, 60 F.3d 913, 920 (1994). Later: Foo v. Bar, 60 F.3d 913, 925 (2d Cir. 1994).',
      'citation-incomplete',
      'Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994). Later: Foo v. Bar, 60 F.3d 913, 925 (2d Cir. 1994).',
    );
    fixes(
      'In Foo v. Bar, 60 F.3d 913, the court held so. Foo v. Bar, 60 F.3d 913, 925 (2d Cir. 1994).',
      'citation-incomplete',
      'In Foo v. Bar, 60 F.3d 913 (2d Cir. 1994), the court held so. Foo v. Bar, 60 F.3d 913, 925 (2d Cir. 1994).',
    );
  });

  it('accepts citations whose reporter implies the court, and public-domain citations', () => {
    const fine = [
      'Roe v. Wade, 410 U.S. 113 (1973).',
      'Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973).',
      'People v. Foo, 20 N.Y.3d 1 (2012).',
      'State v. Gomez, 2010-NMSC-007, ¶ 12.',
      "Foo v. Comm'r, T.C. Memo. 2019-12.",
      'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994) (en banc).',
      'Foo v. Bar, 60 F.3d 913 (decided with Baz, 1994).',
      'Foo v. Bar, 60 F.3d 913 (2d Cir.',
    ];
    for (const text of fine) assert.deepEqual(findingsOf(text, 'citation-incomplete'), [], text);
  });

  it('asks a database citation for its court and date', () => {
    const [f] = findingsOf('Smith v. Jones, 2020 WL 1234567.', 'citation-incomplete');
    assert.equal(f.message, 'This citation to WL has no parenthetical with the court and the date of decision ("(S.D.N.Y. Mar. 3, 2020)").');
  });
});

describe('rule short-cite-unresolved', () => {
  it('flags a short cite with no full citation before it', () => {
    const text = 'See Foo, 61 F.3d at 5.';
    assert.equal(flagged(text, 'short-cite-unresolved'), 'See Foo, <0>61 F.3d at 5</0>.');
  });

  it('says where the full citation is when it comes later', () => {
    const text = 'Foo, 60 F.3d at 920.\n\nFoo v. Bar, 60 F.3d 913 (2d Cir. 1994).';
    const [f] = findingsOf(text, 'short-cite-unresolved');
    assert.equal(f.message, 'The short cite "60 F.3d at 920" comes before the full citation of 60 F.3d (line 3): cite the case in full the first time.');
    assert.equal(f.related?.length, 1);
  });

  it('flags Id. with nothing before it', () => {
    assert.equal(flagged('Id. at 5.', 'short-cite-unresolved'), '<0>Id. at 5</0>.');
  });

  it('stays silent on Id. after a record cite it does not read', () => {
    for (const text of ['Smith Decl. ¶ 4. Id. ¶ 5.', 'Hr\'g Tr. at 12. Id. at 13.', 'See Compl. at 4. Id.']) {
      assert.deepEqual(findingsOf(text, 'short-cite-unresolved'), [], text);
    }
  });

  it('does not flag supra it cannot resolve (it may name a book or an article)', () => {
    assert.deepEqual(findingsOf('Nimmer, supra, at 12.', 'short-cite-unresolved'), []);
  });
});

describe('rule id-ambiguous', () => {
  const text = draft`
    See *Roe v. Wade*, 410 U.S. 113 (1973); *see also Marbury v. Madison*, 5 U.S. (1 Cranch) 137 (1803). Id. at 178.
  `;

  it('flags Id. after a string of several authorities, once', () => {
    assert.equal(flagged(text, 'id-ambiguous'), text.replace('Id. at 178', '<0>Id. at 178</0>'));
    assert.deepEqual(findingsOf(`${text}Id. at 179.`, 'id-ambiguous').length, 1);
  });

  it('offers the short form of each authority, in the draft\'s markup', () => {
    const [f] = findingsOf(text, 'id-ambiguous');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace "Id. at 178" with "Roe, 410 U.S. at 178"', 'Replace "Id. at 178" with "Marbury, 5 U.S. at 178"']);
    fixes(text, 'id-ambiguous', text.replace('Id. at 178', '*Marbury*, 5 U.S. at 178'), 1);
  });

  it('keeps the markup sound around an italic Id.', () => {
    const italic = '*Foo v. Bar*, 60 F.3d 913 (2d Cir. 1994); *Baz v. Qux*, 50 F.3d 1 (2d Cir. 1993). *Id.* at 5.';
    fixes(italic, 'id-ambiguous', '*Foo v. Bar*, 60 F.3d 913 (2d Cir. 1994); *Baz v. Qux*, 50 F.3d 1 (2d Cir. 1993). *Foo*, 60 F.3d at 5.');
    const signal = '*Foo v. Bar*, 60 F.3d 913 (2d Cir. 1994); *Baz v. Qux*, 50 F.3d 1 (2d Cir. 1993). *See id.* at 5.';
    fixes(signal, 'id-ambiguous', '*Foo v. Bar*, 60 F.3d 913 (2d Cir. 1994); *Baz v. Qux*, 50 F.3d 1 (2d Cir. 1993). *See Baz, 50 F.3d* at 5.', 1);
  });

  it('offers the short name the draft itself uses for a case', () => {
    const text = 'Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007). Twombly, 550 U.S. at 570. See Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007); Ashcroft v. Iqbal, 556 U.S. 662 (2009). Id. at 570.';
    const [f] = findingsOf(text, 'id-ambiguous');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace "Id. at 570" with "Twombly, 550 U.S. at 570"', 'Replace "Id. at 570" with "Ashcroft, 556 U.S. at 570"']);
  });

  it('does not flag Id. after one authority', () => {
    assert.deepEqual(findingsOf('See Roe v. Wade, 410 U.S. 113 (1973). Id. at 120.', 'id-ambiguous'), []);
  });
});

describe('rule supra-case', () => {
  it('flags supra for a case and writes the short form instead', () => {
    const text = 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994). Texaco, supra, at 920.';
    assert.equal(flagged(text, 'supra-case'), 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994). <0>Texaco, supra, at 920</0>.');
    assert.equal(findingsOf(text, 'supra-case')[0].message, '"supra" is not used for cases (Bluebook rule 10.9); write the short form "Texaco, 60 F.3d at 920".');
    fixes(text, 'supra-case', 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994). Texaco, 60 F.3d at 920.');
  });

  it('removes the emphasis of an italic supra with it', () => {
    const text = '*Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913 (2d Cir. 1994). *Texaco*, *supra*, at 920.';
    fixes(text, 'supra-case', '*Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913 (2d Cir. 1994). *Texaco*, 60 F.3d at 920.');
  });

  it('does not flag supra for what is not a case', () => {
    assert.deepEqual(findingsOf('Nimmer, supra note 3, at 12.', 'supra-case'), []);
  });
});

describe('case rules together', () => {
  it('report one problem once: an unknown reporter is not also called incomplete', () => {
    assert.deepEqual(caseFindings('Foo v. Bar, 60 F.4d 913, 920.'), ['reporter-unknown: F.4d']);
  });

  it('report separate problems of one citation separately', () => {
    assert.deepEqual(caseFindings('Foo v. Bar, 60 F.4d 913, 900 (2d Cir. 1994).'), ['reporter-unknown: F.4d', 'pin-before-page: 900']);
  });

  it('can be turned off by a disable comment', () => {
    const text = '<!-- brieflint-disable-next-line reporter-nonstandard -->\nFoo v. Bar, 5 F.Supp.2d 10 (S.D.N.Y. 1999).';
    assert.deepEqual(findingsOf(text, 'reporter-nonstandard'), []);
  });
});
