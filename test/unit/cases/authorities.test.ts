import { check } from './support';

describe('statutes and rules', () => {
  const FOUND: Array<[string, string, Record<string, unknown>]> = [
    ['See 17 U.S.C. § 106.', 'See <0>17 U.S.C. § 106</0>.', { kind: 'statute', text: '17 U.S.C. § 106' }],
    ['See 28 U.S.C. §§ 1331, 1367.', 'See <0>28 U.S.C. §§ 1331, 1367</0>.', { kind: 'statute' }],
    ['See 42 U.S.C. § 1983 (2018).', 'See <0>42 U.S.C. § 1983 (2018)</0>.', { kind: 'statute' }],
    ['See 15 U.S.C. § 78j(b).', 'See <0>15 U.S.C. § 78j(b)</0>.', { kind: 'statute' }],
    ['See 18 U.S.C. § 1961 et seq.', 'See <0>18 U.S.C. § 1961 et seq.</0>', { kind: 'statute' }],
    ['See 17 U.S.C. §§ 101–122.', 'See <0>17 U.S.C. §§ 101–122</0>.', { kind: 'statute' }],
    ['See 42 U.S.C. 1983.', 'See <0>42 U.S.C. 1983</0>.', { kind: 'statute' }],
    ['See 17 C.F.R. § 240.10b-5.', 'See <0>17 C.F.R. § 240.10b-5</0>.', { kind: 'regulation' }],
    ['Pub. L. No. 115-264, 132 Stat. 3676 (2018).', '<0>Pub. L. No. 115-264, 132 Stat. 3676 (2018)</0>.', { kind: 'session-law' }],
    ['See 85 Fed. Reg. 12345 (Mar. 3, 2020).', 'See <0>85 Fed. Reg. 12345 (Mar. 3, 2020)</0>.', { kind: 'regulation' }],
    ['See Cal. Civ. Proc. Code § 425.16.', 'See <0>Cal. Civ. Proc. Code § 425.16</0>.', { kind: 'statute' }],
    ['See N.Y. Gen. Bus. Law § 349.', 'See <0>N.Y. Gen. Bus. Law § 349</0>.', { kind: 'statute' }],
    ['See Tex. Civ. Prac. & Rem. Code Ann. § 27.001.', 'See <0>Tex. Civ. Prac. & Rem. Code Ann. § 27.001</0>.', { kind: 'statute' }],
    ['See Fed. R. Civ. P. 26(b)(1).', 'See <0>Fed. R. Civ. P. 26(b)(1)</0>.', { kind: 'rule', text: 'Fed. R. Civ. P. 26(b)(1)' }],
    ['See Fed. R. Evid. 401.', 'See <0>Fed. R. Evid. 401</0>.', { kind: 'rule' }],
    ['See Fed. R. App. P. 4(a)(1)(A).', 'See <0>Fed. R. App. P. 4(a)(1)(A)</0>.', { kind: 'rule' }],
    ['See Fed.R.Civ.P. 12(b)(6).', 'See <0>Fed.R.Civ.P. 12(b)(6)</0>.', { kind: 'rule' }],
    ['See N.Y. C.P.L.R. 3211(a)(7).', 'See <0>N.Y. C.P.L.R. 3211(a)(7)</0>.', { kind: 'rule' }],
    ['See CPLR 3211.', 'See <0>CPLR 3211</0>.', { kind: 'rule' }],
    ['See Local Civil Rule 37.2.', 'See <0>Local Civil Rule 37.2</0>.', { kind: 'rule' }],
  ];
  for (const [text, golden, expected] of FOUND) {
    it(text, () => check(text, golden, [expected]));
  }

  const PROSE = [
    'Section 230 of the Act.',
    'Under Chapter 11, the debtor stays in possession.',
    'Rule 26 requires disclosure; Rule II(b) of the Individual Practices applies.',
    'The § sign alone: § 106.',
    'Title 17 protects authors.',
  ];
  for (const text of PROSE) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => check(text, text));
  }
});
