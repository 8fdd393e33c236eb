/**
 * The authorities family on drafts written here: what is found (golden annotations), its kind,
 * `authority` and `pinCite`, and the prose that must not be read as a citation.
 */
import * as assert from 'node:assert/strict';
import { citationJson } from '../../../server/src/core/report';
import { annotate, checkDraft } from '../helpers';

const KINDS = ['statute', 'regulation', 'rule', 'constitution', 'session-law', 'secondary', 'legislative'];

function found(text: string) {
  return checkDraft(text).citations.filter((c) => KINDS.includes(c.kind));
}

/** [draft, golden, kind, authority, pinCite] for the first authority found. */
const CASES: ReadonlyArray<readonly [string, string, string, string, string?]> = [
  // Where a citation stands.
  ['(N.Y. Gen. Bus. Law § 349).', '(<0>N.Y. Gen. Bus. Law § 349</0>).', 'statute', 'N.Y. Gen. Bus. Law § 349'],
  ['[Cal. Civ. Proc. Code § 425.16]', '[<0>Cal. Civ. Proc. Code § 425.16</0>]', 'statute', 'Cal. Civ. Proc. Code § 425.16'],
  ['See W. Va. Code § 23-4-2.', 'See <0>W. Va. Code § 23-4-2</0>.', 'statute', 'W. Va. Code § 23-4-2'],
  ['See W. Va.Code § 23-4-2.', 'See <0>W. Va.Code § 23-4-2</0>.', 'statute', 'W. Va. Code § 23-4-2'],
  ['See Neb.Rev.Stat. § 25-2721.', 'See <0>Neb.Rev.Stat. § 25-2721</0>.', 'statute', 'Neb. Rev. Stat. § 25-2721'],
  ['under Tex. Civ. Prac. &\nRem. Code Ann. § 27.001', 'under <0>Tex. Civ. Prac. &\nRem. Code Ann. § 27.001</0>', 'statute', 'Tex. Civ. Prac. & Rem. Code Ann. § 27.001'],
  ['See 42 U.S.C.  § 1983.', 'See <0>42 U.S.C.  § 1983</0>.', 'statute', '42 U.S.C. § 1983'],
  ['See 42 U.S.C. Section 1983.', 'See <0>42 U.S.C. Section 1983</0>.', 'statute', '42 U.S.C. § 1983'],
  ['See 17 U.S.C. § 106(1).', 'See <0>17 U.S.C. § 106(1)</0>.', 'statute', '17 U.S.C. § 106', '(1)'],
  ['See 17 USC 106.', 'See <0>17 USC 106</0>.', 'statute', '17 U.S.C. § 106'],
  // State codes.
  ['See RCW 7.70.100.', 'See <0>RCW 7.70.100</0>.', 'statute', 'RCW 7.70.100'],
  ['See 735 ILCS 5/2-615.', 'See <0>735 ILCS 5/2-615</0>.', 'statute', '735 ILCS 5/2-615'],
  ['See Mass. Gen. Laws ch. 93A, § 2.', 'See <0>Mass. Gen. Laws ch. 93A, § 2</0>.', 'statute', 'Mass. Gen. Laws ch. 93A, § 2'],
  ['See O.C.G.A. § 33-24-41.', 'See <0>O.C.G.A. § 33-24-41</0>.', 'statute', 'O.C.G.A. § 33-24-41'],
  ['See Fla. Stat. § 768.79 (2023).', 'See <0>Fla. Stat. § 768.79 (2023)</0>.', 'statute', 'Fla. Stat. § 768.79'],
  ['(Code Civ. Proc., § 425.16.)', '(<0>Code Civ. Proc., § 425.16</0>.)', 'statute', 'Code Civ. Proc., § 425.16'],
  ['See Md. Code Ann., Cts. & Jud. Proc. § 5-101.', 'See <0>Md. Code Ann., Cts. & Jud. Proc. § 5-101</0>.', 'statute', 'Md. Code Ann., Cts. & Jud. Proc. § 5-101'],
  // Regulations and session laws.
  ['See 29 C.F.R. § 1604.11(a).', 'See <0>29 C.F.R. § 1604.11(a)</0>.', 'regulation', '29 C.F.R. § 1604.11', '(a)'],
  ['See 40 C.F.R. pt. 60.', 'See <0>40 C.F.R. pt. 60</0>.', 'regulation', '40 C.F.R. pt. 60'],
  ['See 89 Fed. Reg. 51,342, 51,345 (June 14, 2024).', 'See <0>89 Fed. Reg. 51,342, 51,345 (June 14, 2024)</0>.', 'regulation', '89 Fed. Reg. 51,342', '51,345'],
  ['Pub. L. No. 117-58, § 3, 135 Stat. 429 (2021).', '<0>Pub. L. No. 117-58, § 3, 135 Stat. 429 (2021)</0>.', 'session-law', 'Pub. L. No. 117-58', '§ 3'],
  // Rules.
  ['See Fed. R. Civ. P. 26(b)(1).', 'See <0>Fed. R. Civ. P. 26(b)(1)</0>.', 'rule', 'Fed. R. Civ. P. 26', '(b)(1)'],
  ['under Federal Rule of Evidence 702', 'under <0>Federal Rule of Evidence 702</0>', 'rule', 'Fed. R. Evid. 702'],
  ['See Fed. R. Bankr. P. 4001(a).', 'See <0>Fed. R. Bankr. P. 4001(a)</0>.', 'rule', 'Fed. R. Bankr. P. 4001', '(a)'],
  ['See Sup. Ct. R. 10.', 'See <0>Sup. Ct. R. 10</0>.', 'rule', 'Sup. Ct. R. 10'],
  ['See 9th Cir. R. 30-1.', 'See <0>9th Cir. R. 30-1</0>.', 'rule', '9th Cir. R. 30-1'],
  ['See S.D.N.Y. Local Civ. R. 56.1.', 'See <0>S.D.N.Y. Local Civ. R. 56.1</0>.', 'rule', 'S.D.N.Y. Local Civ. R. 56.1'],
  ['See L. Civ. R. 7.1.', 'See <0>L. Civ. R. 7.1</0>.', 'rule', 'L. Civ. R. 7.1'],
  ['See Tex. R. App. P. 9.4(i)(1).', 'See <0>Tex. R. App. P. 9.4(i)(1)</0>.', 'rule', 'Tex. R. App. P. 9.4', '(i)(1)'],
  ['See RAP 10.6.', 'See <0>RAP 10.6</0>.', 'rule', 'RAP 10.6'],
  ['See N.Y. C.P.L.R. 3211(a)(7).', 'See <0>N.Y. C.P.L.R. 3211(a)(7)</0>.', 'rule', 'N.Y. C.P.L.R. 3211', '(a)(7)'],
  ['(Cal. Rules of Court, rule 8.204.)', '(<0>Cal. Rules of Court, rule 8.204</0>.)', 'rule', 'Cal. Rules of Court, rule 8.204'],
  // Constitutions.
  ['U.S. Const. art. I, § 8, cl. 8.', '<0>U.S. Const. art. I, § 8, cl. 8</0>.', 'constitution', 'U.S. Const. art. I, § 8, cl. 8', 'cl. 8'],
  ['U.S. Const. amend. XIV, § 1.', '<0>U.S. Const. amend. XIV, § 1</0>.', 'constitution', 'U.S. Const. amend. XIV, § 1'],
  ['Cal. Const. art. I, § 2.', '<0>Cal. Const. art. I, § 2</0>.', 'constitution', 'Cal. Const. art. I, § 2'],
  ['U.S. Const. pmbl.', '<0>U.S. Const. pmbl.</0>', 'constitution', 'U.S. Const. pmbl.'],
  // Secondary sources and legislative materials.
  ['Samuel D. Warren & Louis D. Brandeis, The Right to Privacy, 4 Harv. L. Rev. 193, 195 (1890).', 'Samuel D. Warren & Louis D. Brandeis, The Right to Privacy, <0>4 Harv. L. Rev. 193, 195 (1890)</0>.', 'secondary', '4 Harv. L. Rev. 193', '195'],
  ['5 Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1234 (4th ed. 2024).', '<0>5 Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1234 (4th ed. 2024)</0>.', 'secondary', '5 Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1234'],
  ['Restatement (Second) of Torts § 402A (Am. L. Inst. 1965).', '<0>Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)</0>.', 'secondary', 'Restatement (Second) of Torts § 402A'],
  ['See 12 A.L.R.5th 345.', 'See <0>12 A.L.R.5th 345</0>.', 'secondary', '12 A.L.R.5th 345'],
  ['See 63C Am. Jur. 2d Products Liability § 12 (2020).', 'See <0>63C Am. Jur. 2d Products Liability § 12 (2020)</0>.', 'secondary', '63C Am. Jur. 2d Products Liability § 12'],
  ['See 88 C.J.S. Trial § 150.', 'See <0>88 C.J.S. Trial § 150</0>.', 'secondary', '88 C.J.S. Trial § 150'],
  ['H.R. Rep. No. 94-1476, at 62 (1976).', '<0>H.R. Rep. No. 94-1476, at 62 (1976)</0>.', 'legislative', 'H.R. Rep. No. 94-1476', 'at 62'],
  ['S. Rep. No. 95-989, at 5 (1978).', '<0>S. Rep. No. 95-989, at 5 (1978)</0>.', 'legislative', 'S. Rep. No. 95-989', 'at 5'],
  ['167 Cong. Rec. S1234 (daily ed. Mar. 3, 2021).', '<0>167 Cong. Rec. S1234 (daily ed. Mar. 3, 2021)</0>.', 'legislative', '167 Cong. Rec. S1234'],
];

describe('authorities: what is found', () => {
  for (const [text, golden, kind, authority, pin] of CASES) {
    it(text, () => {
      const cites = found(text);
      assert.equal(annotate(text, cites), golden);
      assert.equal(cites[0].kind, kind);
      assert.equal(cites[0].authority, authority);
      assert.equal(cites[0].pinCite, pin);
    });
  }

  it('reads a law review as a secondary source, never as a case with an unknown reporter', () => {
    const result = checkDraft('See Jane Doe, Privacy, 128 Harv. L. Rev. 540, 545 (2015).\n');
    assert.deepEqual(result.citations.map((c) => c.kind), ['secondary']);
    assert.deepEqual(result.findings.map((f) => f.code), []);
  });
});

describe('authorities: prose is not a citation', () => {
  const PROSE = [
    'Plaintiff brings a Section 1983 claim.',
    'The debtor filed under Chapter 11 of the Code.',
    'Rule II(b) of the Individual Practices applies.',
    'Title VII forbids it; Rule 26 requires disclosure.',
    'Article III standing requires an injury.',
    'The § sign alone: § 106.',
    'In 2019 Congress acted; 5 Taxes 100 were paid.',
    'See Ohio Dep’t 39 times.',
    'Section 230 of the Act protects them.',
  ];
  for (const text of PROSE) it(JSON.stringify(text), () => assert.deepEqual(found(text).map((c) => c.text), []));
});

describe('authorities: JSON', () => {
  it('carries authority and pinCite', () => {
    const result = checkDraft('See 17 U.S.C. § 106(1).\n');
    const json = citationJson(result.citations[0], result);
    assert.equal(json.authority, '17 U.S.C. § 106');
    assert.equal(json.pinCite, '(1)');
    assert.equal(json.kind, 'statute');
  });
});
