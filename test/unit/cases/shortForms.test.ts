import * as assert from 'node:assert/strict';
import { draft } from '../helpers';
import { caseFamily, check, links, run } from './support';

describe('short forms: what is found', () => {
  const FORMS: Array<[string, string, Record<string, unknown>]> = [
    ['Texaco, 60 F.3d at 920.', 'Texaco, <0>60 F.3d at 920</0>.', { kind: 'case-short', caseName: 'Texaco', volume: '60', reporter: 'F.3d', pinCite: '920' }],
    ['60 F.3d at 920-21.', '<0>60 F.3d at 920-21</0>.', { kind: 'case-short', caseName: undefined, pinCite: '920-21' }],
    ['*Texaco*, 60 F. 3d at 920.', '*Texaco*, <0>60 F. 3d at 920</0>.', { kind: 'case-short', caseName: 'Texaco', reporter: 'F.3d', reporterAsWritten: 'F. 3d' }],
    ['Id.', '<0>Id.</0>', { kind: 'id', pinCite: undefined }],
    ['Id. at 921.', '<0>Id. at 921</0>.', { kind: 'id', pinCite: '921' }],
    ['Id. at 921 n.3.', '<0>Id. at 921 n.3</0>.', { kind: 'id', pinCite: '921 n.3' }],
    ['Id. at *4.', '<0>Id. at *4</0>.', { kind: 'id', pinCite: '*4' }],
    ['Id. ¶ 12.', '<0>Id. ¶ 12</0>.', { kind: 'id', pinCite: '¶ 12' }],
    ['Id. at 45:3-9.', '<0>Id. at 45:3-9</0>.', { kind: 'id', pinCite: '45:3-9' }],
    ['See id. at 5.', 'See <0>id. at 5</0>.', { kind: 'id', pinCite: '5' }],
    ['*See id.* at 5.', '*See <0>id.* at 5</0>.', { kind: 'id', pinCite: '5' }],
    ['(quoting id. at 7).', '(quoting <0>id. at 7</0>).', { kind: 'id', pinCite: '7' }],
    ['Ibid.', '<0>Ibid.</0>', { kind: 'id' }],
    ['Texaco, supra, at 920.', '<0>Texaco, supra, at 920</0>.', { kind: 'supra', caseName: 'Texaco', pinCite: '920' }],
    ['*Texaco*, *supra*, at 920.', '*<0>Texaco*, *supra*, at 920</0>.', { kind: 'supra', caseName: 'Texaco', pinCite: '920' }],
    ['Nimmer, supra note 3, at 12.', '<0>Nimmer, supra note 3, at 12</0>.', { kind: 'supra', caseName: 'Nimmer', pinCite: '12' }],
  ];
  for (const [text, golden, expected] of FORMS) {
    it(text, () => check(text, golden, [expected]));
  }

  const NOT_SHORT_FORMS = [
    'See supra Part II.',
    'As discussed supra, the claim fails.',
    'The id. of the user was logged.',
    'Maid. Said.',
    'The ID. card.',
    '300 U.S. at risk.',
  ];
  for (const text of NOT_SHORT_FORMS) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => check(text, text));
  }

  it('reads a paragraph that opens with Id. as it reads a draft that does, whatever came before', () => {
    // A heading without a period, indentation, CRLF: `Id.` opens a citation sentence.
    check('## ARGUMENT\n\n Id. at 5.', '## ARGUMENT\n\n <0>Id. at 5</0>.');
    check('Text.\r\n\r\n    Id. at 5.', 'Text.\r\n\r\n    <0>Id. at 5</0>.');
    // A lower-case `id.` does not take its signal from the paragraph before.
    check('The court agreed. See\n\nid. at 5.', 'The court agreed. See\n\nid. at 5.');
    check('The court agreed. See\nid. at 5.', 'The court agreed. See\n<0>id. at 5</0>.');
  });
});

describe('short forms: resolution', () => {
  it('resolves a short cite to the full citation of the same volume and reporter', () => {
    const text = 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994). Later: Texaco, 60 F.3d at 921; 60 F.3d at 925.';
    assert.deepEqual(links(text), ['60 F.3d at 921 → 60 F.3d 913, 920 (2d Cir. 1994)', '60 F.3d at 925 → 60 F.3d 913, 920 (2d Cir. 1994)']);
  });

  it('lets the name choose between two cases in one volume', () => {
    const text = draft`
      Foo v. Bar, 60 F.3d 100 (2d Cir. 1994); Baz v. Qux, 60 F.3d 900 (2d Cir. 1995).
      Foo, 60 F.3d at 950. Baz, 60 F.3d at 950. 60 F.3d at 120.
    `;
    assert.deepEqual(links(text), [
      '60 F.3d at 950 → 60 F.3d 100 (2d Cir. 1994)',
      '60 F.3d at 950 → 60 F.3d 900 (2d Cir. 1995)',
      '60 F.3d at 120 → 60 F.3d 100 (2d Cir. 1994)',
    ]);
  });

  it('resolves a short cite to a parallel citation of the same reporter', () => {
    const text = 'Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705 (1973). Roe, 93 S. Ct. at 710.';
    assert.deepEqual(links(text), ['93 S. Ct. at 710 → 93 S. Ct. 705 (1973)']);
  });

  it('reads a repeated database citation as a short form', () => {
    const text = 'Smith v. Jones, No. 19-cv-1234, 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020). Smith, 2020 WL 1234567, at *4.';
    const found = caseFamily(run(text));
    assert.deepEqual(found.map((c) => c.kind), ['case', 'case-short']);
    assert.deepEqual(links(text), ['2020 WL 1234567, at *4 → 2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020)']);
  });

  it('keeps a repeated citation under another name a full citation', () => {
    const text = 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). Baz v. Qux, 60 F.3d 913, 920.';
    assert.deepEqual(caseFamily(run(text)).map((c) => c.kind), ['case', 'case']);
  });

  it('resolves Id. to the authority just before it, whatever its kind', () => {
    const text = draft`
      Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994). Id. at 921.
      See 17 U.S.C. § 106. Id. § 107.
      See Fed. R. Civ. P. 26(b)(1). Id.
      See Dkt. No. 293 at 4. Id. at 5.
      See Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). Id. Id. at 930.
    `;
    assert.deepEqual(links(text), [
      'Id. at 921 → 60 F.3d 913, 920 (2d Cir. 1994)',
      'Id. § 107 → 17 U.S.C. § 106',
      'Id. → Fed. R. Civ. P. 26(b)(1)',
      'Id. at 5 → Dkt. No. 293 at 4',
      'Id. → 60 F.3d 913 (2d Cir. 1994)',
      'Id. at 930 → 60 F.3d 913 (2d Cir. 1994)',
    ]);
  });

  it('never attaches Id. after a statute to an earlier case', () => {
    const text = 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). 28 U.S.C. §§ 1331, 1367. Id.';
    assert.deepEqual(links(text), ['Id. → 28 U.S.C. §§ 1331, 1367']);
  });

  it('lets the pin cite of Id. choose within a string of a case and a statute', () => {
    const text = 'See Foo v. Bar, 60 F.3d 913 (2d Cir. 1994); 28 U.S.C. §§ 1331, 1367. Id. § 1332. See Foo v. Bar, 60 F.3d 913 (2d Cir. 1994); 28 U.S.C. § 1331. Id. at 915.';
    assert.deepEqual(links(text), ['Id. § 1332 → 28 U.S.C. §§ 1331, 1367', 'Id. at 915 → 60 F.3d 913 (2d Cir. 1994)']);
  });

  it('resolves Id. after parallel citations, history or a nested citation to the principal one', () => {
    const text = draft`
      Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973). Id. at 120.
      Foo v. Bar, 900 F.2d 1 (2d Cir. 1990), aff'd, 500 U.S. 1 (1991). Id. at 3.
      Baz v. Qux, 50 F.3d 1 (2d Cir. 1995) (quoting Zed v. Why, 40 F.3d 1 (2d Cir. 1994)). Id. at 2.
    `;
    assert.deepEqual(links(text), [
      'Id. at 120 → 410 U.S. 113',
      'Id. at 3 → 900 F.2d 1 (2d Cir. 1990)',
      'Id. at 2 → 50 F.3d 1 (2d Cir. 1995)',
    ]);
  });

  it('resolves Id. after a short form to the same authority', () => {
    const text = 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). Foo, 60 F.3d at 920. Id. at 921.';
    assert.deepEqual(links(text), ['60 F.3d at 920 → 60 F.3d 913 (2d Cir. 1994)', 'Id. at 921 → 60 F.3d 913 (2d Cir. 1994)']);
  });

  it('marks Id. after a string of several authorities as ambiguous', () => {
    const text = 'See Foo v. Bar, 60 F.3d 913 (2d Cir. 1994); Baz v. Qux, 50 F.3d 1 (2d Cir. 1993). Id. at 5. Id. at 6.';
    assert.deepEqual(links(text), [
      'Id. at 5 → ambiguous: 60 F.3d 913 (2d Cir. 1994) | 50 F.3d 1 (2d Cir. 1993)',
      'Id. at 6 → nothing',
    ]);
  });

  it('marks Id. ambiguous after a string of citations whose names it does not read', () => {
    assert.deepEqual(links('See A, 1 F.3d 1; B, 2 F.3d 2. Id. at 3.'), ['Id. at 3 → ambiguous: 1 F.3d 1 | 2 F.3d 2']);
  });

  it('does not call Id. ambiguous when a short form stands between it and the string', () => {
    const text = 'Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007); see also Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). Iqbal, 556 U.S. at 678. Id. at 679.';
    assert.deepEqual(links(text), ['556 U.S. at 678 → 556 U.S. 662, 678 (2009)', 'Id. at 679 → 556 U.S. 662, 678 (2009)']);
  });

  it('binds Id. after a record cite to that record cite', () => {
    const text = 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). See Dkt. No. 45 at 3; Smith Decl. ¶ 12; id. ¶ 14. Hr\'g Tr. 45:3-9. Id. at 46:1.';
    assert.deepEqual(links(text), ['id. ¶ 14 → Smith Decl. ¶ 12', "Id. at 46:1 → Hr'g Tr. 45:3-9"]);
  });

  it('gives Id. after a record cite no extractor reads no antecedent (not the case before it)', () => {
    const text = 'Foo v. Bar, 60 F.3d 913 (2d Cir. 1994). See Smith Stip. 12; id. at 14.';
    assert.deepEqual(links(text), ['id. at 14 → nothing']);
  });

  it('resolves supra to the case of that name', () => {
    const text = 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994). Texaco, supra, at 920. Nimmer, supra, at 4.';
    assert.deepEqual(links(text), ['Texaco, supra, at 920 → 60 F.3d 913 (2d Cir. 1994)', 'Nimmer, supra, at 4 → nothing']);
  });

  it('leaves a short cite with no full citation before it unresolved', () => {
    const text = '60 F.3d at 920. Foo v. Bar, 60 F.3d 913 (2d Cir. 1994).';
    assert.deepEqual(links(text), ['60 F.3d at 920 → nothing']);
  });
});
