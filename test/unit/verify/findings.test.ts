import * as assert from 'node:assert/strict';
import type { CheckResult } from '../../../server/src/core/check';
import { sanitizeSettings } from '../../../server/src/core/settings';
import { verificationFindings } from '../../../server/src/core/verification';
import { describeVerification, formatDate } from '../../../server/src/core/families/cases/verify/hover';
import type { LookupAnswer, Opinion } from '../../../server/src/core/verify/types';
import { annotate, applyFix, checkDraft, draft, DraftOptions } from '../helpers';

/** An opinion as CourtListener would describe it. */
function opinion(caseName: string, dateFiled: string, id = 1): Opinion {
  return { caseName, dateFiled, url: `/opinion/${id}/${caseName.toLowerCase().replace(/[^a-z]+/g, '-')}/`, citations: [] };
}

const found = (...opinions: Opinion[]): LookupAnswer => ({ status: opinions.length > 1 ? 'ambiguous' : 'found', opinions });
const notFound: LookupAnswer = { status: 'not-found', opinions: [], serviceMessage: 'Citation not found' };

/** The draft checked offline, then verified against `answers` (by `volume reporter page`). */
function verify(text: string, answers: Record<string, LookupAnswer>, options: DraftOptions = {}): { result: CheckResult; v: ReturnType<typeof verificationFindings> } {
  const result = checkDraft(text, options);
  const settings = sanitizeSettings(options.settings).settings;
  const v = verificationFindings(result, (lookup) => answers[lookup], { existing: result.findings, settings });
  return { result, v };
}

describe('verify: what the answers mean for the draft', () => {
  const brief = draft`
    Plaintiffs rely on *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994),
    and on *Smith v. Jones*, 999 F.3d 999 (2d Cir. 2021). *Varghese v. China S. Airlines Co.*,
    925 F.3d 1339 (11th Cir. 2019), is not the case at that page, and *Doe v. Roe*,
    1 F. Supp. 3d 1 (S.D.N.Y. 2013), shares its page with another opinion naming Doe.
  `;
  const answers = {
    '60 F.3d 913': found(opinion('American Geophysical Union v. Texaco Inc.', '1994-10-28', 1)),
    '999 F.3d 999': notFound,
    '925 F.3d 1339': found(opinion('Rivera v. Acme Insurance Co.', '2019-05-02', 2)),
    '1 F. Supp. 3d 1': found(opinion('Doe v. Roe', '2013-02-01', 3), opinion('Doe v. City of New York', '2013-02-04', 4)),
  };

  it('flags the citation not found, the wrong case name and the ambiguous page; the real case passes', () => {
    const { v } = verify(brief, answers);
    assert.equal(
      annotate(brief, v.findings),
      draft`
        Plaintiffs rely on *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994),
        and on *Smith v. Jones*, <0>999 F.3d 999 (2d Cir. 2021)</0>. *<1>Varghese v. China S. Airlines Co.</1>*,
        925 F.3d 1339 (11th Cir. 2019), is not the case at that page, and *Doe v. Roe*,
        <2>1 F. Supp. 3d 1 (S.D.N.Y. 2013)</2>, shares its page with another opinion naming Doe.
      `,
    );
    assert.deepEqual(
      v.findings.map((f) => [f.code, f.severity, f.message]),
      [
        ['citation-not-found', 'error', 'CourtListener has no opinion at 999 F.3d 999: check the volume, reporter and page. A citation that cannot be found may be mistyped, or the case may not exist (very recent or unpublished decisions can also be missing).'],
        ['case-name-mismatch', 'warning', 'The opinion at 925 F.3d 1339 is "Rivera v. Acme Insurance Co." (CourtListener), not "Varghese v. China S. Airlines Co.": check the case name and the citation.'],
        ['citation-ambiguous', 'warning', 'Several opinions in CourtListener are at 1 F. Supp. 3d 1: Doe v. Roe (2013); Doe v. City of New York (2013). The case name "Doe v. Roe" fits 2 of them.'],
      ],
    );
  });

  it('offers CourtListener\'s name as a fix, and the fixed draft verifies', () => {
    const { v } = verify(brief, answers);
    const mismatch = v.findings.find((f) => f.code === 'case-name-mismatch')!;
    assert.deepEqual(mismatch.fixes.map((f) => f.title), ['Replace the case name with "Rivera v. Acme Insurance Co."']);
    const fixed = applyFix(brief, mismatch.fixes[0]);
    assert.match(fixed, /\*Rivera v\. Acme Insurance Co\.\*,\n925 F\.3d 1339/);
    assert.deepEqual(verify(fixed, answers).v.findings.map((f) => f.code), ['citation-not-found', 'citation-ambiguous']);
  });

  it('takes the one opinion the case name picks out when several share the page', () => {
    const text = 'See *Doe v. Roe*, 1 F. Supp. 3d 1 (S.D.N.Y. 2013).\n';
    const { v } = verify(text, { '1 F. Supp. 3d 1': found(opinion('Doe v. Roe', '2013-02-01', 3), opinion('Alpha Corp. v. Beta LLC', '2013-02-04', 4)) });
    assert.deepEqual(v.findings, []);
    assert.equal(v.verifications.get('c1')?.status, 'verified');
    assert.equal(v.verifications.get('c1')?.opinion?.caseName, 'Doe v. Roe');
  });

  it('does not call one decision held twice by CourtListener ambiguous', () => {
    const text = 'See *Roe v. Wade*, 410 U.S. 113 (1973); 60 F.3d 913 (2d Cir. 1994).\n';
    const { v } = verify(text, {
      '410 U.S. 113': found(opinion('Roe v. Wade', '1973-01-22', 1), opinion('Roe v. Wade', '1973-01-22', 2)),
      '60 F.3d 913': found(opinion('American Geophysical Union v. Texaco Inc.', '1994-10-28', 3), opinion('American Geophysical Union v. Texaco, Inc.', '1994-10-28', 4)),
    });
    assert.deepEqual(v.findings, []);
    assert.deepEqual([...v.verifications.values()].map((x) => x.status), ['verified', 'verified']);
  });

  it('lists every candidate as a fix when the name fits none of the opinions at the page', () => {
    const text = 'See *Shaboon v. Egyptair*, 1 F. Supp. 3d 1 (S.D.N.Y. 2013).\n';
    const { v } = verify(text, { '1 F. Supp. 3d 1': found(opinion('Doe v. Roe', '2013-02-01', 3), opinion('Alpha Corp. v. Beta LLC', '2013-02-04', 4)) });
    assert.deepEqual(v.findings.map((f) => [f.code, f.message]), [
      ['case-name-mismatch', 'None of the opinions at 1 F. Supp. 3d 1 is "Shaboon v. Egyptair": CourtListener has Doe v. Roe (2013); Alpha Corp. v. Beta LLC (2013). Check the case name and the citation.'],
    ]);
    assert.deepEqual(v.findings[0].fixes.map((f) => applyFix(text, f)), [
      'See *Doe v. Roe*, 1 F. Supp. 3d 1 (S.D.N.Y. 2013).\n',
      'See *Alpha Corp. v. Beta LLC*, 1 F. Supp. 3d 1 (S.D.N.Y. 2013).\n',
    ]);
  });

  it('writes the fix in the draft\'s own escaping', () => {
    const text = 'See *AT\\&T Corp. v. Jones*, 60 F.3d 913 (2d Cir. 1994).\n';
    const { v } = verify(text, { '60 F.3d 913': found(opinion('Barnes & Noble, Inc. v. Smith', '1994-10-28')) });
    assert.equal(applyFix(text, v.findings[0].fixes[0]), 'See *Barnes \\& Noble, Inc. v. Smith*, 60 F.3d 913 (2d Cir. 1994).\n');
  });

  it('folds the service\'s "unknown reporter" into reporter-unknown, once', () => {
    const text = draft`
      *Doe v. Roe*, 1 Cal. Rptr. 3d 1 (Cal. Ct. App. 2003), and *Foo v. Bar*, 60 F.4d 913 (2d Cir. 1994).
    `;
    const unknown: LookupAnswer = { status: 'unknown-reporter', opinions: [], serviceMessage: "Unable to find reporter with abbreviation of 'Cal. Rptr. 3d'" };
    const { result, v } = verify(text, { '1 Cal. Rptr. 3d 1': unknown, '60 F.4d 913': { ...unknown, serviceMessage: "Unable to find reporter with abbreviation of 'F.4d'" } });
    // The offline check already reported F.4d; the service's answer about it adds nothing.
    assert.deepEqual(result.findings.map((f) => f.code), ['reporter-unknown']);
    assert.equal(annotate(text, v.findings), '*Doe v. Roe*, 1 <0>Cal. Rptr. 3d</0> 1 (Cal. Ct. App. 2003), and *Foo v. Bar*, 60 F.4d 913 (2d Cir. 1994).\n');
    assert.equal(
      v.findings[0].message,
      'CourtListener does not know the reporter "Cal. Rptr. 3d", so 1 Cal. Rptr. 3d 1 cannot be verified (CourtListener: "Unable to find reporter with abbreviation of \'Cal. Rptr. 3d\'").',
    );
  });

  it('obeys rule settings and disable comments like every other rule', () => {
    const text = draft`
      <!-- brieflint-disable-next-line citation-not-found -->
      *Smith v. Jones*, 999 F.3d 999 (2d Cir. 2021).

      *Brown v. Green*, 998 F.3d 998 (2d Cir. 2021).
    `;
    const both = { '999 F.3d 999': notFound, '998 F.3d 998': notFound };
    assert.deepEqual(verify(text, both).v.findings.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]), [
      ['citation-not-found', 'error', '998 F.3d 998 (2d Cir. 2021)'],
    ]);
    assert.deepEqual(verify(text, both, { settings: { rules: { 'citation-not-found': 'warning' } } }).v.findings.map((f) => f.severity), ['warning']);
    assert.deepEqual(verify(text, both, { settings: { rules: { 'citation-not-found': 'off' } } }).v.findings, []);
  });

  it('gives short cites, Id. and parallel cites the result of their full citation', () => {
    const text = draft`
      *Roe v. Wade*, 410 U.S. 113, 93 S. Ct. 705 (1973). *Roe*, 410 U.S. at 153. *Id.* at 154.
    `;
    const { result, v } = verify(text, { '410 U.S. 113': found(opinion('Roe v. Wade', '1973-01-22')) });
    assert.deepEqual(
      result.citations.map((c) => [c.text, v.verifications.get(c.id)?.status, v.verifications.get(c.id)?.via]),
      [
        ['410 U.S. 113', 'verified', undefined],
        ['93 S. Ct. 705 (1973)', 'verified', 'c1'],
        ['410 U.S. at 153', 'verified', 'c1'],
        ['Id. at 154', 'verified', 'c1'],
      ],
    );
  });

  it('verifies a citation without a case name on volume, reporter and page alone', () => {
    const { v } = verify('See 60 F.3d 913, 920 (2d Cir. 1994).\n', { '60 F.3d 913': found(opinion('American Geophysical Union v. Texaco Inc.', '1994-10-28')) });
    assert.deepEqual(v.findings, []);
    assert.equal(v.verifications.get('c1')?.status, 'verified');
  });

  it('says nothing about citations the service was not asked about', () => {
    const { v } = verify(brief, {});
    assert.deepEqual(v.findings, []);
    assert.equal(v.verifications.size, 0);
  });
});

describe('verify: hover', () => {
  it('shows the opinion\'s name, court, date and link', () => {
    const o: Opinion = { ...opinion('American Geophysical Union v. Texaco Inc.', '1994-10-28', 7), court: '2d Cir.' };
    assert.equal(
      describeVerification({ citationId: 'c1', lookup: '60 F.3d 913', status: 'verified', opinion: o, candidates: [o] }, 'https://www.courtlistener.com'),
      '**Verified on CourtListener**: [American Geophysical Union v. Texaco Inc.](https://www.courtlistener.com/opinion/7/american-geophysical-union-v-texaco-inc-/) — 2d Cir., filed Oct. 28, 1994',
    );
  });

  it('lists the real opinion on a name mismatch, and says when a short cite repeats its full citation', () => {
    const o = opinion('Rivera v. Acme Insurance Co.', '2019-05-02', 2);
    assert.equal(
      describeVerification({ citationId: 'c2', lookup: '925 F.3d 1339', status: 'name-mismatch', candidates: [o], via: 'c1' }, 'http://127.0.0.1:8000/'),
      '**CourtListener** (as for the full citation): the opinion at 925 F.3d 1339 has another name —\n- [Rivera v. Acme Insurance Co.](http://127.0.0.1:8000/opinion/2/rivera-v-acme-insurance-co-/) — filed May 2, 2019',
    );
  });

  it('never links anywhere but http(s), and escapes Markdown in names', () => {
    const o: Opinion = { caseName: 'In re *Star* [Case]', url: 'javascript:alert(1)', citations: [] };
    assert.equal(describeVerification({ citationId: 'c1', lookup: '1 F.3d 1', status: 'verified', opinion: o, candidates: [o] }), '**Verified on CourtListener**: In re \\*Star\\* \\[Case\\]');
  });

  it('writes dates the Bluebook way', () => {
    assert.deepEqual(['2020-03-03', '2019-09-30', '1973-01-22', 'soon'].map(formatDate), ['Mar. 3, 2020', 'Sept. 30, 2019', 'Jan. 22, 1973', 'soon']);
  });
});
