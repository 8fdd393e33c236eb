import * as assert from 'assert';
import { analyze } from '../../../server/src/core/check';
import {
  findPageMarkers,
  findSectionHeadings,
  findToaRegion,
  tableOfAuthorities,
  tableOfAuthoritiesEdit,
  tableOfAuthoritiesText,
  TOA_END,
  TOA_START,
} from '../../../server/src/core/toa';
import { LETTER_MOTION } from '../../fixtures';
import { TOA_HOSTILE } from './toaHostile';
import { applyFix, checkDraft, draft } from '../helpers';

/** The table of authorities as `brieflint toa FILE` prints it. */
function toaOf(text: string, format: 'markdown' | 'plaintext' = 'markdown'): string {
  return tableOfAuthoritiesText(analyze({ text, format }));
}

/** The draft after "Insert or Update Table of Authorities" with the cursor at `insertAt`. */
function withToa(text: string, insertAt?: number): string {
  const made = tableOfAuthoritiesEdit(checkDraft(text), insertAt);
  if (made.problem !== undefined) throw new Error(made.problem);
  return applyFix(text, { title: 'toa', edits: [made.edit] });
}

const BRIEF = draft`
  # Preliminary Statement

  Plaintiffs rely on *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994).

  ## I. Background

  *See Roe v. Wade*, 410 U.S. 113, 93 S. Ct. 705 (1973); 17 U.S.C. § 106.

  ## II. Argument

  ### A. The Data Is Relevant

  *Texaco*, 60 F.3d at 921. *See also* Fed. R. Civ. P. 34(b).

  ### B. Microsoft Must Produce It

  *Smith v. Jones*, 1 F. Supp. 2d 1 (S.D.N.Y. 1999), aff'd, 200 F.3d 1 (2d Cir. 2000). *Id.* at 3.
`;

describe('table of authorities', () => {
  it('lists cases alphabetised, then statutes and rules, each with the sections citing it', () => {
    assert.strictEqual(
      toaOf(BRIEF),
      [
        TOA_START,
        '## Table of Authorities',
        '',
        '### Cases',
        '',
        '| Authority | Cited in |',
        '| :-- | --: |',
        '| *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913 (2d Cir. 1994) | Preliminary Statement, II.A |',
        '| *Roe v. Wade*, 410 U.S. 113, 93 S. Ct. 705 (1973) | I |',
        "| *Smith v. Jones*, 1 F. Supp. 2d 1 (S.D.N.Y. 1999), aff'd, 200 F.3d 1 (2d Cir. 2000) | II.B |",
        '',
        '### Statutes',
        '',
        '| Authority | Cited in |',
        '| :-- | --: |',
        '| 17 U.S.C. § 106 | I |',
        '',
        '### Rules',
        '',
        '| Authority | Cited in |',
        '| :-- | --: |',
        '| Fed. R. Civ. P. 34(b) | II.A |',
        '',
        TOA_END,
      ].join('\n'),
    );
  });

  it('gives page numbers when the draft marks its pages, and counts short cites and Id. on their pages', () => {
    const text = draft`
      *Texaco*, 60 F.3d 913 (2d Cir. 1994), is the leading case.

      March 31, 2025

      Page 2

      *Texaco*, 60 F.3d at 920.

      <!-- page 3 -->

      *Id.* at 921. *Roe v. Wade*, 410 U.S. 113 (1973).

      Page 5 of 9

      *Roe*, 410 U.S. at 120.
    `;
    const toa = tableOfAuthorities(analyze({ text, format: 'markdown' }));
    assert.strictEqual(toa.by, 'page');
    assert.deepStrictEqual(
      toa.sections.map((s) => s.entries.map((e) => [e.authority, e.citedAt.join(', ')])),
      [[['Roe v. Wade, 410 U.S. 113 (1973)', '3, 5'], ['Texaco, 60 F.3d 913 (2d Cir. 1994)', '1, 2, 3']]],
    );
  });

  it('says passim for an authority cited on five pages or more', () => {
    const pages = [2, 3, 4, 5].map((n) => `Page ${n}\n\n*Texaco*, 60 F.3d at ${900 + n * 5}.\n`).join('\n');
    const text = `*Texaco*, 60 F.3d 913 (2d Cir. 1994).\n\n${pages}\nPage 6\n\n*Roe v. Wade*, 410 U.S. 113 (1973).\n`;
    const toa = tableOfAuthorities(analyze({ text, format: 'markdown' }));
    assert.deepStrictEqual(
      toa.sections[0].entries.map((e) => [e.caseName, e.passim, e.citedAt]),
      [
        ['Roe v. Wade', false, ['6']],
        ['Texaco', true, []],
      ],
    );
    assert.match(toaOf(text), /\| \*Texaco\*, 60 F\.3d 913 \(2d Cir\. 1994\) \| \*passim\* \|/);
  });

  it('writes dot leaders in a plain-text draft, with its numbered headings as sections', () => {
    const text = 'I. BACKGROUND\n\nSee Roe v. Wade, 410 U.S. 113 (1973); 17 U.S.C. § 106.\n\nII. ARGUMENT\n\nA. Yes.\n\nRoe, 410 U.S. at 115.\n';
    const lines = toaOf(text, 'plaintext').split('\n');
    assert.deepStrictEqual(
      lines.map((l) => l.replace(/ \.{3,} /, ' … ')),
      [
        TOA_START,
        'TABLE OF AUTHORITIES',
        '',
        'Cases … Cited in',
        '',
        'Roe v. Wade, 410 U.S. 113 (1973) … I, II',
        '',
        'Statutes … Cited in',
        '',
        '17 U.S.C. § 106 … I',
        '',
        TOA_END,
      ],
    );
    // Dot leaders fill each line to 78 columns.
    assert.deepStrictEqual(
      lines.filter((l) => l.includes('...')).map((l) => l.length),
      [78, 78, 78, 78],
    );
  });

  it('is inserted at the cursor line with blank lines around it, and regenerating it changes nothing', () => {
    const cursor = BRIEF.indexOf('## I. Background') + 3;
    const once = withToa(BRIEF, cursor);
    assert.ok(once.includes(`Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994).\n\n${TOA_START}\n## Table of Authorities\n`));
    assert.ok(once.includes(`${TOA_END}\n\n## I. Background`));
    // The table's own citations and heading are not counted when it is regenerated.
    assert.strictEqual(withToa(once), once);
    assert.strictEqual(withToa(once, 0), once, 'an existing table is updated in place, wherever the cursor is');
  });

  it('updates a stale table between the markers and leaves the rest of the draft alone', () => {
    const stale = `Intro.\n\n${TOA_START}\nold table\n${TOA_END}\n\nSee Roe v. Wade, 410 U.S. 113 (1973).\n`;
    const updated = withToa(stale);
    assert.ok(updated.startsWith('Intro.\n\n<!-- brieflint-toa-start -->\n## Table of Authorities\n'));
    assert.ok(updated.endsWith(`${TOA_END}\n\nSee Roe v. Wade, 410 U.S. 113 (1973).\n`));
    assert.ok(!updated.includes('old table'));
  });

  it('refuses markers that do not pair up rather than guess what to replace', () => {
    const text = `${TOA_START}\nSee Roe v. Wade, 410 U.S. 113 (1973).\n\nThe lawyer's own text.\n`;
    const made = tableOfAuthoritiesEdit(checkDraft(text));
    assert.strictEqual(made.edit, undefined);
    assert.match(made.problem ?? '', /markers do not pair up \(1 "<!-- brieflint-toa-start -->", 0 "<!-- brieflint-toa-end -->"\)/);
    assert.match(findToaRegion(`${TOA_END}\n${TOA_START}`).problem ?? '', /the end before the start/);
  });

  it('inserts nothing into a draft that cites no authority', () => {
    const made = tableOfAuthoritiesEdit(checkDraft('See Dkt. No. 12.\n'));
    assert.match(made.problem ?? '', /cites no cases, statutes or rules/);
  });

  it('lists the authorities of the fixture letter motion, by the page each is cited on', () => {
    const toa = tableOfAuthorities(analyze({ text: LETTER_MOTION, format: 'plaintext' }));
    assert.strictEqual(toa.by, 'page', 'the converted PDF has "Page 2" lines');
    assert.deepStrictEqual(
      toa.sections.map((s) => [s.title, s.entries.map((e) => [e.authority, e.citedAt.join(', ')])]),
      [
        ['Cases', [
          ['Corvallis Press, Inc. v. Brightline Media Corp., 71 F. Supp. 3d 228 (S.D.N.Y. 2015)', '2'],
          ['Halvorsen Marine, Inc. v. Tidewater Logistics, LLC, 318 F. Supp. 3d 402 (S.D.N.Y. 2018)', '2'],
          ['Ridgeway Atlas Co. v. Feldspar Instruments, Inc., 52 F.3d 1042 (2d Cir. 1995)', '3'],
        ]],
      ],
    );
  });
});

describe('where a citation is', () => {
  it('finds page lines and page comments, not "Page" in prose or in code', () => {
    const text = 'Intro\nPage 2\nSee page 3 of the brief.\n**Page 4 of 10**\nText <!-- page 5 --> more\n```\nPage 6\n```\n';
    assert.deepStrictEqual(
      findPageMarkers(text).map((m) => m.page),
      [2, 4, 5],
    );
  });

  it('labels sections by their enumerators, nested as a lawyer refers to them', () => {
    const text = draft`
      **I. BACKGROUND**

      ## II. ARGUMENT

      ### A. Relevance

      ### B. Burden

      #### 1. Cost

      ### H. Eighth

      ### I. Ninth, a letter after H

      ## III. CONCLUSION

      Statement of Facts
      ==================
    `;
    assert.deepStrictEqual(
      findSectionHeadings(text, 'markdown').map((h) => h.label),
      ['I', 'II', 'II.A', 'II.B', 'II.B.1', 'II.H', 'II.I', 'III', 'Statement of Facts'],
    );
  });

  it('reads hostile text, finding no heading, no page and no table region in it (how its time grows: npm run test:perf)', () => {
    const hostile = TOA_HOSTILE(200_000);
    assert.deepStrictEqual(findSectionHeadings(hostile, 'markdown'), [], 'a line of 400 KB is no heading');
    assert.deepStrictEqual(findPageMarkers(hostile).map((m) => m.page), []);
    assert.deepStrictEqual(findToaRegion(hostile + 'brieflint-toa-start'.repeat(50)), {}, 'marker words outside a comment are no markers');
  });
});
