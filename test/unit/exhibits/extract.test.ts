import * as assert from 'node:assert/strict';
import type { ExhibitCiteDetail } from '../../../server/src/core/families/exhibits/types';
import type { Citation } from '../../../server/src/core/types';
import { LETTER_MOTION } from '../../fixtures';
import { annotatedCitations, checkDraft, draft } from '../helpers';

/** Exhibit cites found in a draft, tagged: `See <0>Ex. 1, ABC000100</0>.` */
function exhibits(text: string, format: 'markdown' | 'plaintext' = 'markdown'): string {
  return annotatedCitations(text, { format }, ['exhibit']);
}

function exhibitCites(text: string, format: 'markdown' | 'plaintext' = 'markdown'): Citation[] {
  return checkDraft(text, { format }).citations.filter((c) => c.kind === 'exhibit');
}

function detail(c: Citation): ExhibitCiteDetail {
  return c.detail as unknown as ExhibitCiteDetail;
}

describe('exhibit cites: a parenthetical ends with its paragraph', () => {
  it('reads a parenthetical on the same or the next line, not one across a blank line of any kind', () => {
    assert.equal(detail(exhibitCites('See Ex. 1 (email\nfrom counsel).')[0]).parenthetical, 'email from counsel');
    for (const blank of ['\n\n', '\r\n\r\n', '\n \t\n', '\r\r']) {
      const cites = exhibitCites(`See Ex. 1 (email${blank}New paragraph).`);
      assert.equal(detail(cites[0]).parenthetical, undefined, JSON.stringify(blank));
    }
  });
});

describe('exhibit cites: forms', () => {
  // [draft, what is found, exhibits, bates, pin cite]
  const FORMS: Array<[string, string, string[], string[] | undefined, string | undefined]> = [
    ['See Ex. 1.', 'See <0>Ex. 1</0>.', ['1'], undefined, undefined],
    ['See Exh. 2.', 'See <0>Exh. 2</0>.', ['2'], undefined, undefined],
    ['See Exhibit A.', 'See <0>Exhibit A</0>.', ['A'], undefined, undefined],
    ['See Ex. AA at 3.', 'See <0>Ex. AA at 3</0>.', ['AA'], undefined, '3'],
    ['See EXHIBIT 4.', 'See <0>EXHIBIT 4</0>.', ['4'], undefined, undefined],
    ['See Ex. 12-B.', 'See <0>Ex. 12-B</0>.', ['12-B'], undefined, undefined],
    ['See Ex. 1-A and the rest.', 'See <0>Ex. 1-A</0> and the rest.', ['1-A'], undefined, undefined],
    ['See Ex. 3A.', 'See <0>Ex. 3A</0>.', ['3A'], undefined, undefined],
    ['See Exhibit No. 5.', 'See <0>Exhibit No. 5</0>.', ['5'], undefined, undefined],
    ['See Grp. Ex. A.', 'See <0>Grp. Ex. A</0>.', ['A'], undefined, undefined],
    ['See Group Exhibit 7.', 'See <0>Group Exhibit 7</0>.', ['7'], undefined, undefined],
    ['See Exs. 3–5.', 'See <0>Exs. 3–5</0>.', ['3', '5'], undefined, undefined],
    ['See Exs. 3-5.', 'See <0>Exs. 3-5</0>.', ['3', '5'], undefined, undefined],
    ['See Exs. 3 to 5.', 'See <0>Exs. 3 to 5</0>.', ['3', '5'], undefined, undefined],
    ['See Exs. 3 through 5.', 'See <0>Exs. 3 through 5</0>.', ['3', '5'], undefined, undefined],
    ['See Exhibits A–C.', 'See <0>Exhibits A–C</0>.', ['A', 'C'], undefined, undefined],
    ['See Exs. 1, 4 & 6.', 'See <0>Exs. 1, 4 & 6</0>.', ['1', '4', '6'], undefined, undefined],
    ['See Exs. 1 and 4.', 'See <0>Exs. 1 and 4</0>.', ['1', '4'], undefined, undefined],
    ['See Exs. 1, 3–5, and 7.', 'See <0>Exs. 1, 3–5, and 7</0>.', ['1', '3', '5', '7'], undefined, undefined],
    ['See Exs. 1-A, 1-B.', 'See <0>Exs. 1-A, 1-B</0>.', ['1-A', '1-B'], undefined, undefined],
    ['See Ex. 4 at 2.', 'See <0>Ex. 4 at 2</0>.', ['4'], undefined, '2'],
    ['See Ex. 4 at 2–3.', 'See <0>Ex. 4 at 2–3</0>.', ['4'], undefined, '2–3'],
    ['See Ex. 4, at 5 n.2.', 'See <0>Ex. 4, at 5 n.2</0>.', ['4'], undefined, '5 n.2'],
    ['See Ex. 5 at 45:3–12.', 'See <0>Ex. 5 at 45:3–12</0>.', ['5'], undefined, '45:3–12'],
    ['See Ex. 7 ¶ 3.', 'See <0>Ex. 7 ¶ 3</0>.', ['7'], undefined, '¶ 3'],
    ['See Ex. 7, ¶¶ 3–5.', 'See <0>Ex. 7, ¶¶ 3–5</0>.', ['7'], undefined, '¶¶ 3–5'],
    ['See Ex. 3 at MSFT_AICPY_000100.', 'See <0>Ex. 3 at MSFT_AICPY_000100</0>.', ['3'], ['MSFT_AICPY_000100'], 'MSFT_AICPY_000100'],
    ['See Ex. 1, MSFT_AICPY_000591635.', 'See <0>Ex. 1, MSFT_AICPY_000591635</0>.', ['1'], ['MSFT_AICPY_000591635'], undefined],
    ['See Ex. 2, ABC000100–ABC000115.', 'See <0>Ex. 2, ABC000100–ABC000115</0>.', ['2'], ['ABC000100', 'ABC000115'], undefined],
    ['See Ex. 2, ABC000100 - ABC000115.', 'See <0>Ex. 2, ABC000100 - ABC000115</0>.', ['2'], ['ABC000100', 'ABC000115'], undefined],
    ['See Ex. 2, ABC000100–15.', 'See <0>Ex. 2, ABC000100–15</0>.', ['2'], ['ABC000100', 'ABC000115'], undefined],
    ['See Ex. 2, DEF-0012345.', 'See <0>Ex. 2, DEF-0012345</0>.', ['2'], ['DEF-0012345'], undefined],
    ['See Ex. 7, MSFT AICPY 000225215 (email).', 'See <0>Ex. 7, MSFT AICPY 000225215</0> (email).', ['7'], ['MSFT AICPY 000225215'], undefined],
    ['See Ex. 4 (MSFT_AICPY_000212393).', 'See <0>Ex. 4 (MSFT_AICPY_000212393)</0>.', ['4'], ['MSFT_AICPY_000212393'], undefined],
    ['See Ex. 1, ABC000100, at ABC000104.', 'See <0>Ex. 1, ABC000100, at ABC000104</0>.', ['1'], ['ABC000100', 'ABC000104'], 'ABC000104'],
    ['See Ex.1.', 'See <0>Ex.1</0>.', ['1'], undefined, undefined],
  ];
  for (const [text, expected, labels, bates, pinCite] of FORMS) {
    it(`finds ${JSON.stringify(text)}`, () => {
      assert.equal(exhibits(text), expected);
      const [c] = exhibitCites(text);
      assert.deepEqual(c.exhibits, labels);
      assert.deepEqual(c.bates, bates);
      assert.equal(c.pinCite, pinCite);
    });
  }

  it('records a range as its two ends, and a list item by item', () => {
    const [range] = exhibitCites('See Exs. 3–5.');
    assert.deepEqual(detail(range).items, [{ label: '3', through: '5' }]);
    const [list] = exhibitCites('See Exs. 1, 3–5, and 7.');
    assert.deepEqual(detail(list).items, [{ label: '1' }, { label: '3', through: '5' }, { label: '7' }]);
  });

  it('tells the number that identifies an exhibit from a pin cite to a page of it', () => {
    const [c] = exhibitCites('See Ex. 1, ABC000100, at ABC000104.');
    assert.deepEqual(detail(c).bates.map((b) => [b.role, b.begin.text]), [['cited', 'ABC000100'], ['pin', 'ABC000104']]);
  });

  it('reads at most a thousand exhibits into one cite', () => {
    const list = Array.from({ length: 3000 }, (_, k) => String(k + 1)).join(', ');
    const [first] = exhibitCites(`See Exs. ${list}.`);
    assert.equal(first.exhibits!.length, 1000);
    assert.equal(first.exhibits![999], '1000');
  });

  it('marks a group exhibit', () => {
    assert.equal(detail(exhibitCites('See Grp. Ex. A.')[0]).group, true);
  });

  it('keeps the parenthetical after a cite, as a reader reads it', () => {
    const [c] = exhibitCites('See Ex. 10 (March 14 email from *Microsoft*).');
    assert.equal(detail(c).parenthetical, 'March 14 email from Microsoft');
  });

  it('keeps the parts a fix needs: keyword, each label, each Bates number, the pin cite', () => {
    const text = 'See Ex. 2, ABC000100–ABC000115.';
    const [c] = exhibitCites(text);
    const parts = Object.fromEntries(Object.entries(c.parts ?? {}).map(([k, s]) => [k, text.slice(s.start, s.end)]));
    assert.deepEqual(parts, { keyword: 'Ex.', label0: '2', bates0: 'ABC000100', bates1: 'ABC000115' });
  });
});

describe('exhibit cites: exhibits of other documents', () => {
  const OTHER: Array<[string, string, string]> = [
    ['See Ex. B to Dkt. No. 12.', 'See <0>Ex. B to Dkt. No. 12</0>.', 'Dkt. No. 12'],
    ['See Exhibit 10 to the Declaration of Jane Doe.', 'See <0>Exhibit 10 to the Declaration of Jane Doe</0>.', 'the Declaration of Jane Doe'],
    ['See Ex. 3 to the Smith Decl. ¶ 4.', 'See <0>Ex. 3 to the Smith Decl. ¶ 4</0>.', 'the Smith Decl.'],
    ["See Ex. 2 to Plaintiffs' Motion to Compel, at 4.", "See <0>Ex. 2 to Plaintiffs' Motion to Compel, at 4</0>.", "Plaintiffs' Motion to Compel"],
    ['See Ex. A of the Complaint.', 'See <0>Ex. A of the Complaint</0>.', 'the Complaint'],
    ['See Doe Decl. Ex. 3.', 'See Doe Decl. <0>Ex. 3</0>.', 'Doe Decl.'],
    ['See Rachel Geman Decl., Ex. 3.', 'See Rachel Geman Decl., <0>Ex. 3</0>.', 'Rachel Geman Decl.'],
    ['See Dkt. 45-3, Ex. C.', 'See Dkt. 45-3, <0>Ex. C</0>.', 'Dkt. 45-3'],
  ];
  for (const [text, expected, of] of OTHER) {
    it(`records ${JSON.stringify(text)} as an exhibit of ${of}`, () => {
      assert.equal(exhibits(text), expected);
      const [c] = exhibitCites(text);
      assert.equal(detail(c).of, of);
    });
  }

  it('reads "to this Declaration" and "to show" as the draft\'s own exhibit', () => {
    for (const text of ['Attached to this Declaration as Exhibit 1 is a letter.', 'Exhibit 1 to this Declaration is a letter.', 'We cite Ex. 3 to show intent.']) {
      const [c] = exhibitCites(text);
      assert.equal(detail(c).of, undefined, text);
    }
  });

  it('takes the docket cite after "to" into the exhibit cite, with the pin cite after it', () => {
    const text = 'See Ex. B to Dkt. No. 12 at 3.';
    assert.equal(annotatedCitations(text), 'See <0>Ex. B to Dkt. No. 12 at 3</0>.');
    assert.deepEqual(checkDraft(text).citations.map((c) => [c.kind, c.pinCite]), [['exhibit', '3']]);
  });
});

describe('exhibit cites: what is not one', () => {
  const NOT = [
    'The Exec. Order governs.',
    'Exxon Mobil Corp. argues otherwise.',
    'For example 3 cases hold so.',
    'United States ex rel. Smith v. Jones.',
    'Ex parte Young, 209 U.S. 123 (1908).',
    'An ex post rationale fails.',
    'The exhibit 3 in the binder.',
    'Exhibits to the declaration follow.',
    'The models Exhibit Attached behaviour.',
    'EXHIBIT TO DECLARATION',
    'See Ex. 1.5 million rows.',
    'See Ex. 123456789.',
  ];
  for (const text of NOT) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      assert.equal(exhibits(text), text);
    });
  }

  it('does not read a year or a request number as a Bates number', () => {
    assert.equal(exhibits('See Ex. 8, RFP No. 41.'), 'See <0>Ex. 8</0>, RFP No. 41.');
    assert.equal(exhibits('See Ex. 3, FY 2023 budget.'), 'See <0>Ex. 3</0>, FY 2023 budget.');
    assert.equal(exhibits('See Ex. 3, ECF 12345.'), 'See <0>Ex. 3</0>, ECF 12345.');
  });

  it('does not read a list after a singular "Ex."', () => {
    assert.equal(exhibits('See Ex. 1, 4 and 6.'), 'See <0>Ex. 1</0>, 4 and 6.');
  });
});

describe('exhibit cites: Markdown and converted text', () => {
  it('reads escapes inside a Bates number through, and reports the number as a reader sees it', () => {
    const text = 'See Ex. 1, MSFT\\_AICPY\\_000591635 (email).';
    assert.equal(exhibits(text), 'See <0>Ex. 1, MSFT\\_AICPY\\_000591635</0> (email).');
    const [c] = exhibitCites(text);
    assert.equal(c.text, 'Ex. 1, MSFT_AICPY_000591635');
    assert.deepEqual(c.bates, ['MSFT_AICPY_000591635']);
    const part = c.parts!.bates0;
    assert.equal(text.slice(part.start, part.end), 'MSFT\\_AICPY\\_000591635');
  });

  it('reads a cite through emphasis and a footnote marker', () => {
    assert.equal(exhibits('*See* Ex. 8.<sup>1</sup>'), '*See* <0>Ex. 8</0>.<sup>1</sup>');
  });

  it('ignores exhibit words in code', () => {
    assert.equal(exhibits('Write `Ex. 1` for the first exhibit.'), 'Write `Ex. 1` for the first exhibit.');
  });

  it('finds a cite split over two lines by PDF conversion', () => {
    assert.equal(exhibits('See Ex.\n4 at 2.', 'plaintext'), 'See <0>Ex.\n4 at 2</0>.');
  });
});

describe('exhibit cites: the fixture letter motion', () => {
  it('finds its thirteen exhibit cites with their Bates numbers, read through the \\_ escapes', () => {
    const cites = exhibitCites(LETTER_MOTION, 'plaintext');
    assert.deepEqual(cites.map((c) => c.text), [
      'Ex. 1, DLMT_QRX_000412207',
      'Ex. 2, DLMT_QRX_000412388',
      'Ex. 3, DLMT_QRX_000287140',
      'Ex. 4, DLMT_QRX_000198023',
      'Ex. 5',
      'Ex. 5, DLMT_QRX_000139562',
      'Ex. 6, DLMT_QRX_00377104',
      'Ex. 7, DLMT QRX 000290113',
      'Ex. 8',
      'Ex. 9',
      'Ex. 10',
      'Ex. 11',
      'Ex. 6, DLMT QRX 00377104',
    ]);
    assert.deepEqual(cites.map((c) => c.exhibits!.join()), ['1', '2', '3', '4', '5', '5', '6', '7', '8', '9', '10', '11', '6']);
    assert.deepEqual(cites[6].bates, ['DLMT_QRX_00377104']);
    assert.deepEqual(cites[12].bates, ['DLMT QRX 00377104']);
    assert.equal(LETTER_MOTION.slice(cites[0].start, cites[0].end), 'Ex. 1, DLMT\\_QRX\\_000412207');
  });

  it('tags the exhibit cites of the paragraph cut by the page break', () => {
    const from = LETTER_MOTION.indexOf('[REDACTED] *See id.*');
    const to = LETTER_MOTION.indexOf('\n\nOnce Plaintiffs');
    assert.equal(
      exhibits(LETTER_MOTION.slice(from, to), 'plaintext'),
      draft`
        [REDACTED] *See id.* (" [REDACTED]"); <0>Ex. 5, DLMT\\_QRX\\_000139562</0> (" [REDACTED]"); <1>Ex. 6, DLMT\\_QRX\\_00377104</1> [REDACTED]

        June 12, 2026

        Page 2

        [REDACTED].”); <2>Ex. 7, DLMT QRX 000290113</2> (email from Quarrix to Delmont [REDACTED]).
      `.trimEnd(),
    );
  });
});

describe('exhibit cites: a draft written the way briefs are', () => {
  it('tags every exhibit cite and nothing else', () => {
    const text = draft`
      Plaintiffs produced the email. *See* Ex. 1, ABC000100 (email of Oct. 1, 2023); Exs. 2–4.
      The Exec. Committee met twice. *See* Ex. 5 at 3; *see also* Ex. B to Dkt. No. 12.
      Exxon, for example, did not. Ex parte Young does not apply.
    `;
    assert.equal(
      exhibits(text),
      draft`
        Plaintiffs produced the email. *See* <0>Ex. 1, ABC000100</0> (email of Oct. 1, 2023); <1>Exs. 2–4</1>.
        The Exec. Committee met twice. *See* <2>Ex. 5 at 3</2>; *see also* <3>Ex. B to Dkt. No. 12</3>.
        Exxon, for example, did not. Ex parte Young does not apply.
      `,
    );
  });
});
