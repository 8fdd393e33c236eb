import * as assert from 'node:assert/strict';
import { caseDetail } from '../../../server/src/core/families/cases/types';
import { LETTER_MOTION } from '../../fixtures';
import { annotate, draft } from '../helpers';
import { caseFamily, caseFindings, check, links, run } from './support';

describe('precision: prose numbers are not citations', () => {
  const TRAPS = [
    'About 300 U.S. residents were affected.',
    'The debtor filed under Chapter 11 in 2019.',
    'Section 230 protects platforms.',
    'The email was sent October 1, 2023, 2:40 pm, to the team.',
    'RFP No. 41 seeks documents; see also RFP No. 17&18.',
    'Interrogatory No. 11 asks for models.',
    'The GPT-4 Turbo model, GPT-4o and GPT-4o Mini were released in 2024.',
    'March 31, 2025\n\nPage 2\n\nThe letter continues.',
    'Damages exceed $5 million in 2023.',
    'Ex. 5 at 3 and Exhibit 12.',
    'We met 3 times in 2019, 4 times in 2020 (twice in March).',
    'New York, NY 10007',
    '500 Pearl St. is the courthouse.',
    'RE: Authors Guild v. OpenAI Inc., 23-cv-8292 (S.D.N.Y.)',
    'Rule II(b) of Your Honor’s Individual Practices applies.',
    'In 2019 F.3d citations dropped.',
    'Smith Decl. ¶ 5; Tr. 45:3-9; 5 Tr. 33 (Jan. 5, 2020).',
    'The vote was 5 to 4 (1990).',
    'We shipped 3 Cal. 4th 5 days ago.',
  ];
  for (const text of TRAPS) {
    it(`finds no case citation and reports nothing in ${JSON.stringify(text)}`, () => {
      for (const format of ['markdown', 'plaintext'] as const) {
        const found = caseFamily(run(text, format)).filter((c) => c.kind !== 'statute' && c.kind !== 'rule');
        assert.deepEqual(found.map((c) => c.text), [], format);
        assert.deepEqual(caseFindings(text, format), [], format);
      }
    });
  }
});

describe('the fixture letter motion (test/fixtures/letter-motion.txt)', () => {
  const LETTER = LETTER_MOTION;

  for (const format of ['plaintext', 'markdown'] as const) {
    describe(`read as ${format}`, () => {
      const result = run(LETTER, format);
      const cases = caseFamily(result).filter((c) => c.kind === 'case' || c.kind === 'case-short');

      it('gives exactly its case citations, with their pins', () => {
        assert.deepEqual(
          cases.map((c) => [c.kind, c.caseName, c.volume, c.reporter, c.page, c.pinCite, c.court, c.year, c.text]),
          [
            ['case', 'Halvorsen Marine, Inc. v. Tidewater Logistics, LLC', '318', 'F. Supp. 3d', '402', '411', 'S.D.N.Y.', 2018, '318 F. Supp. 3d 402, 411 (S.D.N.Y. 2018)'],
            ['case', 'Corvallis Press, Inc. v. Brightline Media Corp.', '71', 'F. Supp. 3d', '228', '235', 'S.D.N.Y.', 2015, 'F. Supp. 3d 228, 235 (S.D.N.Y. 2015)'],
            ['case', 'Ridgeway Atlas Co. v. Feldspar Instruments, Inc.', '52', 'F.3d', '1042', '1049', '2d Cir.', 1995, '52 F.3d 1042, 1049 (2d Cir. 1995)'],
            ['case-short', undefined, '52', 'F.3d', undefined, '1049', undefined, undefined, '52 F.3d at 1049'],
          ],
        );
      });

      it('reads the Corvallis citation across the footnote, date line and page header of the page break', () => {
        const corvallis = cases[1];
        assert.equal(caseDetail(corvallis).splitAcrossPageBreak, true);
        const volume = corvallis.parts!.volume;
        assert.equal(LETTER.slice(volume.start, volume.end), '71');
        const between = LETTER.slice(volume.end, corvallis.start);
        assert.match(between, /^\n\n---\n\n<sup>1<\/sup> Other requests .*\n\nJune 12, 2026\n\nPage 3\n\n$/s);
      });

      it('tags the case citations of the argument and nothing in its prose', () => {
        const argument = LETTER.indexOf('*Second*, Delmont says');
        const end = LETTER.indexOf('\n', argument);
        const inside = caseFamily(result).filter((c) => c.start >= argument && c.end <= end);
        assert.equal(
          annotate(LETTER, inside).slice(argument, end + inside.length * 7),
          "*Second*, Delmont says [REDACTED]. That is beside the point: making the copy was itself an infringing act. " +
            '*See, e.g., Ridgeway Atlas Co. v. Feldspar Instruments, Inc.*, <0>52 F.3d 1042, 1049 (2d Cir. 1995)</0>; ' +
            '*see also* Ex. 6, DLMT QRX 00377104 [REDACTED]. Under *Ridgeway*, Plaintiffs may prove direct infringement by showing ' +
            'that Delmont copied the archive in early 2024. <1>52 F.3d at 1049</1>. Delmont must therefore make the copy available for inspection.',
        );
      });

      it('resolves the short cite to Ridgeway, not to the earlier S.D.N.Y. cites', () => {
        const ridgeway = cases.find((c) => c.caseName === 'Ridgeway Atlas Co. v. Feldspar Instruments, Inc.')!;
        const short = cases.find((c) => c.kind === 'case-short')!;
        assert.equal(short.antecedent, ridgeway.id);
      });

      it('reads "See id." as Id. of the exhibit cite just before it', () => {
        const id = result.citations.find((c) => c.kind === 'id')!;
        assert.equal(id.text, 'id.');
        const before = result.citations[result.citations.indexOf(id) - 1];
        assert.deepEqual([before.kind, before.text], ['exhibit', 'Ex. 5']);
        assert.equal(id.antecedent, before.id);
      });

      it('reports nothing against its case citations', () => {
        assert.deepEqual(caseFindings(LETTER, format), []);
      });
    });
  }

  it('lists every short form and what it refers to', () => {
    assert.deepEqual(links(LETTER, 'plaintext'), ['id. → Ex. 5', '52 F.3d at 1049 → 52 F.3d 1042, 1049 (2d Cir. 1995)']);
  });
});

describe('precision: a memorandum of law with every kind of citation', () => {
  const MEMO = draft`
    To survive a motion under Rule 12(b)(6), a complaint must plead "enough facts to state a claim to relief that is plausible on its face." *Bell Atl. Corp. v. Twombly*, 550 U.S. 544, 570 (2007); *see also Ashcroft v. Iqbal*, 556 U.S. 662, 678 (2009). Threadbare recitals do not suffice. *Iqbal*, 556 U.S. at 678. The Court need not accept legal conclusions. *Id.* at 678–79.

    The Copyright Act grants exclusive rights, 17 U.S.C. § 106, subject to fair use, *id.* § 107. *See Campbell v. Acuff-Rose Music, Inc.*, 510 U.S. 569, 577–78 (1994); *Authors Guild v. Google, Inc.*, 804 F.3d 202, 214 (2d Cir. 2015) (holding that digitizing books for search was transformative); *cf. Andy Warhol Found. for the Visual Arts, Inc. v. Goldsmith*, 598 U.S. 508 (2023).

    In *Texaco*, the Second Circuit rejected a photocopying defense. *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994), *cert. dismissed*, 516 U.S. 1005 (1995). The court held that archival copying was not transformative. *Id.* at 923. Defendants' reliance on *Sony Corp. of Am. v. Universal City Studios, Inc.*, 464 U.S. 417 (1984), is misplaced; *Sony* involved time-shifting. 464 U.S. at 449.

    The same result followed in *Capitol Records, LLC v. ReDigi Inc.*, 934 F. Supp. 2d 640, 653 (S.D.N.Y. 2013), *aff'd*, 910 F.3d 649 (2d Cir. 2018). *See also* *Fox News Network, LLC v. TVEyes, Inc.*, 883 F.3d 169, 176–77 (2d Cir. 2018).

    *See* N.Y. Gen. Bus. Law § 349; *Briarpatch Ltd., L.P. v. Phoenix Pictures, Inc.*, 373 F.3d 296, 305 (2d Cir. 2004). *In re Estate of Smith*, 123 S.W.3d 1, 5 (Tex. App.—Houston [1st Dist.] 2003, pet. denied). *People v. Doe*, 50 Cal. 4th 1, 12 (2010); *Doe v. Roe*, 180 Cal. Rptr. 3d 1, 4 (Ct. App. 2014).

    Discovery is governed by Fed. R. Civ. P. 26(b)(1). *Id.* Plaintiff served 41 requests on March 3, 2024, and 12 interrogatories. See Dkt. No. 45 at 3; Smith Decl. ¶ 12; *id.* ¶ 14. Counsel billed 300 hours in 2023 at $500 per hour.

    *Doe v. Acme Corp.*, No. 1:20-cv-01234 (LAK), 2021 WL 1234567, at *4 (S.D.N.Y. Mar. 3, 2021). *Doe*, 2021 WL 1234567, at *5.
  `;

  it('reports nothing', () => {
    assert.deepEqual(caseFindings(MEMO), []);
  });

  it('resolves every short form as a reader would', () => {
    assert.deepEqual(links(MEMO), [
      '556 U.S. at 678 → 556 U.S. 662, 678 (2009)',
      'Id. at 678–79 → 556 U.S. 662, 678 (2009)',
      'id. § 107 → 17 U.S.C. § 106',
      'Id. at 923 → 60 F.3d 913, 920 (2d Cir. 1994)',
      '464 U.S. at 449 → 464 U.S. 417 (1984)',
      'Id. → Fed. R. Civ. P. 26(b)(1)',
      'id. ¶ 14 → nothing',
      '2021 WL 1234567, at *5 → 2021 WL 1234567, at *4 (S.D.N.Y. Mar. 3, 2021)',
    ]);
  });

  it('reads the Texas parenthetical with its writ history', () => {
    const c = caseFamily(run(MEMO)).find((x) => x.reporter === 'S.W.3d')!;
    assert.deepEqual([c.caseName, c.court, c.year], ['In re Estate of Smith', 'Tex. App.—Houston [1st Dist.]', 2003]);
  });
});

describe('precision: page furniture inside a citation', () => {
  it('reports nothing when a page break splits a citation it cannot rejoin', () => {
    const text = draft`
      See Abbey House Media, Inc. v. Apple Inc., 66 F.

      Page 3

      Supp. 3d 413, 419 (S.D.N.Y. 2014).
    `;
    assert.deepEqual(caseFindings(text, 'plaintext'), []);
  });

  it('does not take a page number for a volume', () => {
    const text = 'Page 3\nF. Supp. 3d 413, 419 (S.D.N.Y. 2014).';
    check(text, text);
  });
});
