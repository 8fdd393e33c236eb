/**
 * The authorities family's rule, short forms, table of authorities, hover and links, on drafts
 * written here (federal, California, New York, Texas, Washington and bankruptcy flavours).
 */
import * as assert from 'node:assert/strict';
import { tableOfAuthoritiesText } from '../../../server/src/core/toa/table';
import { authorities } from '../../../server/src/core/families/authorities';
import { annotatedFindings, applyFix, checkDraft, draft } from '../helpers';

const files = { resolve: () => undefined, url: (p: string) => p };

describe('section-form', () => {
  const CASES: ReadonlyArray<readonly [string, string, string]> = [
    ['See 17 USC 106.', 'See <0>17 USC 106</0>.', 'See 17 U.S.C. § 106.'],
    ['See 17 U.S.C. §106.', 'See <0>17 U.S.C. §106</0>.', 'See 17 U.S.C. § 106.'],
    ['See 17 U.S.C. § 101-103.', 'See <0>17 U.S.C. § 101-103</0>.', 'See 17 U.S.C. §§ 101–103.'],
    ['See 42 U.S.C. Section 1983.', 'See <0>42 U.S.C. Section 1983</0>.', 'See 42 U.S.C. § 1983.'],
    ['See Cal. Civ. Code Section 1714.', 'See <0>Cal. Civ. Code Section 1714</0>.', 'See Cal. Civ. Code § 1714.'],
  ];
  for (const [text, golden, fixed] of CASES) {
    it(text, () => {
      assert.equal(annotatedFindings(text, 'section-form'), golden);
      const finding = checkDraft(text).findings.find((f) => f.code === 'section-form')!;
      const after = applyFix(text, finding.fixes[0]);
      assert.equal(after, fixed);
      assert.deepEqual(checkDraft(after).findings.filter((f) => f.code === 'section-form'), []);
    });
  }
  it('says a U.S. Code title that does not exist', () => {
    const f = checkDraft('See 99 U.S.C. § 1.').findings.filter((x) => x.code === 'section-form');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /no title 99/);
  });
  it('leaves cites in form alone (state sections with hyphens included)', () => {
    assert.equal(annotatedFindings('See 17 U.S.C. §§ 101–122; W. Va. Code § 23-4-2; 42 U.S.C. § 2000e-2.', 'section-form'), 'See 17 U.S.C. §§ 101–122; W. Va. Code § 23-4-2; 42 U.S.C. § 2000e-2.');
  });
});

describe('authorities: short forms', () => {
  function links(text: string): string[] {
    const r = checkDraft(text);
    const byId = new Map(r.citations.map((c) => [c.id, c]));
    return r.citations.map((c) => `${c.kind} ${c.text}${c.authority ? ` [${c.authority}]` : ''}${c.antecedent ? ` → ${byId.get(c.antecedent)!.text}` : ''}`);
  }
  it('§ 106(2) after 17 U.S.C. § 106; § 107 is its own section of the code; Id. § 108 binds to the statute', () => {
    assert.deepEqual(links('See 17 U.S.C. § 106. Under § 106(2) and § 107 the owner may act. Id. § 108.\n'), [
      'statute 17 U.S.C. § 106 [17 U.S.C. § 106]',
      'statute § 106(2) [17 U.S.C. § 106] → 17 U.S.C. § 106',
      'statute § 107 [17 U.S.C. § 107]',
      'id Id. § 108 → § 107',
    ]);
  });
  it('Id. § 1396a(a)(30)(B) keeps its whole pin', () => {
    const r = checkDraft('See 42 U.S.C. § 1396a. Id. § 1396a(a)(30)(B).\n');
    assert.equal(r.citations[1].pinCite, '§ 1396a(a)(30)(B)');
    assert.equal(r.citations[1].antecedent, r.citations[0].id);
  });
  it('supra of a law review binds to it, and supra-case does not fire', () => {
    const text = 'Samuel D. Warren & Louis D. Brandeis, The Right to Privacy, 4 Harv. L. Rev. 193 (1890). Warren & Brandeis, supra, at 195.\n';
    assert.deepEqual(links(text), ['secondary 4 Harv. L. Rev. 193 (1890) [4 Harv. L. Rev. 193]', 'supra Warren & Brandeis, supra, at 195 → 4 Harv. L. Rev. 193 (1890)']);
    assert.deepEqual(checkDraft(text).findings.map((f) => f.code), []);
  });
  it('Restatement § 402A cmt. c after the Restatement', () => {
    assert.deepEqual(links('Restatement (Second) of Torts § 402A (Am. L. Inst. 1965). Restatement § 402A cmt. c.\n'), [
      'secondary Restatement (Second) of Torts § 402A (Am. L. Inst. 1965) [Restatement (Second) of Torts § 402A]',
      'secondary Restatement § 402A cmt. c [Restatement (Second) of Torts § 402A] → Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)',
    ]);
  });
});

describe('authorities: table of authorities', () => {
  it('has every section in order, statutes by jurisdiction then code, title and section', () => {
    const text = draft`
      # Argument

      See Roe v. Wade, 410 U.S. 113 (1973); U.S. Const. amend. XIV, § 1; 28 U.S.C. § 1331; 17 U.S.C. § 1201;
      17 U.S.C. § 106; Cal. Civ. Proc. Code § 425.16; Tex. Civ. Prac. & Rem. Code Ann. § 27.001; RCW 7.70.100;
      11 U.S.C. § 362(a); Fed. R. Bankr. P. 4001; Fed. R. Civ. P. 12(b)(6); 29 C.F.R. § 1604.11;
      H.R. Rep. No. 94-1476, at 62 (1976); Jane Doe, Privacy, 128 Harv. L. Rev. 540, 545 (2015);
      N.Y. C.P.L.R. 3211(a)(7); Pub. L. No. 117-58, 135 Stat. 429 (2021).
    `;
    const toa = tableOfAuthoritiesText(checkDraft(text));
    const headings = toa.split('\n').filter((l) => l.startsWith('### ')).map((l) => l.slice(4));
    assert.deepEqual(headings, ['Constitutional Provisions', 'Cases', 'Statutes', 'Rules', 'Regulations', 'Legislative Materials', 'Other Authorities']);
    const statutes = toa.split('### Statutes')[1].split('###')[0].split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Authority') && !l.startsWith('| :--')).map((l) => l.split(' | ')[0].slice(2));
    assert.deepEqual(statutes, [
      '11 U.S.C. § 362',
      '17 U.S.C. § 106',
      '17 U.S.C. § 1201',
      '28 U.S.C. § 1331',
      'Pub. L. No. 117-58',
      'Cal. Civ. Proc. Code § 425.16',
      'Tex. Civ. Prac. & Rem. Code Ann. § 27.001',
      'RCW 7.70.100',
    ]);
    assert.match(toa, /\| Jane Doe, Privacy, 128 Harv\. L\. Rev\. 540 \|/);
    assert.match(toa, /\| Fed\. R\. Civ\. P\. 12 \|/);
  });
});

describe('authorities: hover and links', () => {
  const text = 'See 17 U.S.C. § 106(1); 29 C.F.R. § 1604.11; 89 Fed. Reg. 51,342; Fed. R. Civ. P. 26(b)(1); Pub. L. No. 117-58; Cal. Civ. Code § 1714.\n';
  const result = checkDraft(text);
  const ctx = { result, sources: {}, files, resolve: (c: (typeof result.citations)[number]) => c };
  const url = (i: number) => authorities.links!(result.citations[i], ctx)[0]?.url;
  it('links to free official texts where the address is stable', () => {
    assert.equal(url(0), 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title17-section106&num=0&edition=prelim');
    assert.equal(url(1), 'https://www.ecfr.gov/current/title-29/section-1604.11');
    assert.equal(url(2), 'https://www.federalregister.gov/citation/89-FR-51342');
    assert.equal(url(3), 'https://www.law.cornell.edu/rules/frcp/rule_26');
    assert.equal(url(4), 'https://www.congress.gov/public-laws/117th-congress');
    assert.equal(url(5), undefined);
  });
  it('hovers with the code, the section and the link', () => {
    const hover = authorities.hover!(result.citations[0], ctx);
    assert.match(hover, /\*\*Statute\*\* `17 U\.S\.C\. § 106`/);
    assert.match(hover, /United States Code/);
    assert.match(hover, /Section 106, \(1\)/);
    assert.match(hover, /\[Official text\]\(https:\/\/uscode\.house\.gov/);
  });
});
