import * as assert from 'node:assert/strict';
import { extractDocketCites } from '../../../server/src/core/families/dockets/extract';
import type { DocketCiteDetail } from '../../../server/src/core/families/dockets/types';
import { plainReaderText } from '../../../server/src/core/text/readerText';
import type { Citation } from '../../../server/src/core/types';
import { annotatedCitations, checkDraft, draft } from '../helpers';
import { LETTER_MOTION } from '../../fixtures';

/** Docket cites found in a draft, tagged: `See <0>Dkt. No. 293</0>.` */
function dockets(text: string, format: 'markdown' | 'plaintext' = 'markdown'): string {
  return annotatedCitations(text, { format }, ['docket']);
}

function docketCites(text: string, format: 'markdown' | 'plaintext' = 'markdown'): Citation[] {
  return checkDraft(text, { format }).citations.filter((c) => c.kind === 'docket');
}

function style(c: Citation): string {
  return (c.detail as unknown as DocketCiteDetail).style;
}

describe('docket cites: forms', () => {
  // [draft, what is found, entry, pin cite, style]
  const FORMS: Array<[string, string, string, string | undefined, string]> = [
    ['See Dkt. No. 293.', 'See <0>Dkt. No. 293</0>.', '293', undefined, 'Dkt. No.'],
    ['See Dkt. Nos. 45, 46.', 'See <0>Dkt. Nos. 45, 46</0>.', '45, 46', undefined, 'Dkt. No.'],
    ['See Dkt. 69.', 'See <0>Dkt. 69</0>.', '69', undefined, 'Dkt.'],
    ['See Docket No. 12.', 'See <0>Docket No. 12</0>.', '12', undefined, 'Docket No.'],
    ['See Docket Entry No. 7.', 'See <0>Docket Entry No. 7</0>.', '7', undefined, 'Docket Entry No.'],
    ['See Docket Entry 7.', 'See <0>Docket Entry 7</0>.', '7', undefined, 'Docket Entry'],
    ['See ECF No. 45 at 3.', 'See <0>ECF No. 45 at 3</0>.', '45', '3', 'ECF No.'],
    ['See ECF Nos. 45, 46.', 'See <0>ECF Nos. 45, 46</0>.', '45, 46', undefined, 'ECF No.'],
    ['See ECF 12.', 'See <0>ECF 12</0>.', '12', undefined, 'ECF'],
    ['See Doc. 12-1 at 3.', 'See <0>Doc. 12-1 at 3</0>.', '12-1', '3', 'Doc.'],
    ['See Doc. No. 5.', 'See <0>Doc. No. 5</0>.', '5', undefined, 'Doc. No.'],
    ['See D.E. 45.', 'See <0>D.E. 45</0>.', '45', undefined, 'D.E.'],
    ['The order [DE 45] says so.', 'The order [<0>DE 45</0>] says so.', '45', undefined, 'DE'],
    ['The order (DE #12) says so.', 'The order (<0>DE #12</0>) says so.', '12', undefined, 'DE #'],
    ['See DktEntry 12.', 'See <0>DktEntry 12</0>.', '12', undefined, 'DktEntry'],
    ['See DktEntry: 14.', 'See <0>DktEntry: 14</0>.', '14', undefined, 'DktEntry'],
    ['See Dkt. #45.', 'See <0>Dkt. #45</0>.', '45', undefined, 'Dkt. #'],
    // Delaware's docket items.
    ['See D.I. 41.', 'See <0>D.I. 41</0>.', '41', undefined, 'D.I.'],
    ['The opening brief (D.I. 57 at 12) says so.', 'The opening brief (<0>D.I. 57 at 12</0>) says so.', '57', '12', 'D.I.'],
    ['See D.I. 41-2.', 'See <0>D.I. 41-2</0>.', '41-2', undefined, 'D.I.'],
    // The Sixth Circuit's record cites, with their PageID pin.
    ['See R. 45, PageID #234.', 'See <0>R. 45, PageID #234</0>.', '45', 'PageID #234', 'R.'],
    ['The order (R. 112, PageID #1530–31) says so.', 'The order (<0>R. 112, PageID #1530–31</0>) says so.', '112', 'PageID #1530–31', 'R.'],
  ];
  for (const [text, expected, entry, pinCite, written] of FORMS) {
    it(`finds ${JSON.stringify(text)}`, () => {
      assert.equal(dockets(text), expected);
      const [c] = docketCites(text);
      assert.equal(c.entry, entry);
      assert.equal(c.pinCite, pinCite);
      assert.equal(style(c), written);
    });
  }
});

describe('docket cites: attachments, lists and ranges', () => {
  const LISTS: Array<[string, string, string]> = [
    ['See ECF No. 12-1.', 'See <0>ECF No. 12-1</0>.', '12-1'],
    ['See ECF No. 12-3, Ex. A.', 'See <0>ECF No. 12-3</0>, Ex. A.', '12-3'],
    ['See ECF Nos. 45, 46, and 47.', 'See <0>ECF Nos. 45, 46, and 47</0>.', '45, 46, 47'],
    ['See ECF Nos. 45 and 46.', 'See <0>ECF Nos. 45 and 46</0>.', '45, 46'],
    ['See ECF Nos. 45 & 46.', 'See <0>ECF Nos. 45 & 46</0>.', '45, 46'],
    ['See Dkt. 12–14.', 'See <0>Dkt. 12–14</0>.', '12–14'],
    ['See ECF Nos. 45-47.', 'See <0>ECF Nos. 45-47</0>.', '45–47'],
    ['See ECF Nos. 45-1, 45-2.', 'See <0>ECF Nos. 45-1, 45-2</0>.', '45-1, 45-2'],
    ['See Dkt. 12, 14.', 'See <0>Dkt. 12, 14</0>.', '12, 14'],
  ];
  for (const [text, expected, entry] of LISTS) {
    it(`reads ${JSON.stringify(text)} as entries ${entry}`, () => {
      assert.equal(dockets(text), expected);
      assert.equal(docketCites(text)[0].entry, entry);
    });
  }

  it('records each entry as entry, attachment or range in detail', () => {
    const [c] = docketCites('See ECF Nos. 12-1, 14–16, and 20.');
    assert.deepEqual((c.detail as unknown as DocketCiteDetail).entries, [
      { entry: '12', attachment: '1', text: '12-1' },
      { entry: '14', through: '16', text: '14–16' },
      { entry: '20', text: '20' },
    ]);
  });

  it('reads a hyphen after a single entry word as an attachment, not a range', () => {
    assert.deepEqual((docketCites('See Dkt. 12-14.')[0].detail as unknown as DocketCiteDetail).entries, [
      { entry: '12', attachment: '14', text: '12-14' },
    ]);
  });

  it('ends an entry at a dash in prose', () => {
    assert.equal(dockets('The order, Dkt. 12—which the Court later vacated—is moot.'), 'The order, <0>Dkt. 12</0>—which the Court later vacated—is moot.');
  });

  it('stops a list before a number that starts a case citation', () => {
    assert.equal(dockets('See ECF No. 12, 14 F.3d 33 (2d Cir. 1994).'), 'See <0>ECF No. 12</0>, 14 F.3d 33 (2d Cir. 1994).');
    assert.equal(dockets('See Dkt. 12 at 3, 2020 WL 1234567.'), 'See <0>Dkt. 12 at 3</0>, 2020 WL 1234567.');
  });
});

describe('docket cites: pin cites', () => {
  const PINS: Array<[string, string, string]> = [
    ['See Dkt. 12 at 3.', 'See <0>Dkt. 12 at 3</0>.', '3'],
    ['See Dkt. 12 at 3 n.2.', 'See <0>Dkt. 12 at 3 n.2</0>.', '3 n.2'],
    ['See Dkt. 12 at 3–5.', 'See <0>Dkt. 12 at 3–5</0>.', '3–5'],
    ['See Dkt. 12 at 3, 7.', 'See <0>Dkt. 12 at 3, 7</0>.', '3, 7'],
    ['See Dkt. No. 12, at 3.', 'See <0>Dkt. No. 12, at 3</0>.', '3'],
    ['See Dkt. 1 ¶ 14.', 'See <0>Dkt. 1 ¶ 14</0>.', '¶ 14'],
    ['See Dkt. 1, ¶ 14.', 'See <0>Dkt. 1, ¶ 14</0>.', '¶ 14'],
    ['See Dkt. 69 at ¶¶ 76, 430.', 'See <0>Dkt. 69 at ¶¶ 76, 430</0>.', '¶¶ 76, 430'],
    ['See Dkt. 1 ¶¶ 76–80.', 'See <0>Dkt. 1 ¶¶ 76–80</0>.', '¶¶ 76–80'],
    ['See Dkt. 69 at ¶¶76, 430.', 'See <0>Dkt. 69 at ¶¶76, 430</0>.', '¶¶76, 430'],
    ['See ECF No. 80 at 14:3–15:2.', 'See <0>ECF No. 80 at 14:3–15:2</0>.', '14:3–15:2'],
    ['See ECF No. 45, PageID #1234.', 'See <0>ECF No. 45, PageID #1234</0>.', 'PageID #1234'],
    ['See Dkt. 12 at p. 3.', 'See <0>Dkt. 12 at p. 3</0>.', 'p. 3'],
  ];
  for (const [text, expected, pin] of PINS) {
    it(`reads the pin cite of ${JSON.stringify(text)}`, () => {
      assert.equal(dockets(text), expected);
      assert.equal(docketCites(text)[0].pinCite, pin);
    });
  }

  it('takes a pin written before a parenthetical docket cite', () => {
    const text = "See Pl.'s Mot. Summ. J. at 5 (ECF No. 15).";
    assert.equal(dockets(text), "See Pl.'s Mot. Summ. J. at 5 (<0>ECF No. 15</0>).");
    const [c] = docketCites(text);
    assert.equal(c.pinCite, '5');
    assert.equal((c.detail as unknown as DocketCiteDetail).pin?.before, true);
    assert.equal(text.slice(c.parts!.pinCite.start, c.parts!.pinCite.end), '5');
  });

  it('takes a paragraph pin written before a comma docket cite', () => {
    const [c] = docketCites('Compl. ¶¶ 14–15, ECF No. 1.');
    assert.equal(c.pinCite, '¶¶ 14–15');
  });

  it('leaves out what only looks like a pin', () => {
    assert.equal(dockets('See Dkt. 12 at 3d.'), 'See <0>Dkt. 12</0> at 3d.');
    assert.equal(docketCites('Filed at 5 p.m. (ECF No. 15).')[0].pinCite, undefined);
  });
});

describe('docket cites: traps', () => {
  const NOT_DOCKETS = [
    'Wilmington, DE 19801',
    'Doc. production was slow.',
    'See H.R. Doc. No. 105-1 and S. Doc. 5.',
    'CC Docket No. 96-45 is an FCC proceeding.',
    'Tax Court Docket No. 12345-19.',
    'RFP No. 41, Interrogatory No. 11 and Request No. 23.',
    'Rule 26 and pp. 19-20.',
    'The ECF 12-month plan.',
    'Dkt. 12abc, Dkt. 5.5, Dkt. 12/3 and ECF No. 1,234.',
    'A bare DE 45 with no bracket or signal.',
    'VIA ECF',
    'Docket No. 23-cv-8292 is the case number.',
    // `R.` without its PageID pin is a rule or something else.
    'Fed. R. Civ. P. 45 and Fed. R. Evid. 801.',
    'See R. 45 at 3 and R. 45.',
    'Tex. R. App. P. 9.4(i)(1).',
    'A PageID #234 alone, and Pl.\'s Br. at 5 (R. 45).',
    // `D.I.` is Delaware's only with an entry number.
    'The D.I.Y. 5 kit and D.I. Corp.',
  ];
  for (const text of NOT_DOCKETS) {
    it(`finds no docket cite in ${JSON.stringify(text)}`, () => {
      assert.equal(dockets(text), text);
    });
  }

  it('finds a DE cite after a signal', () => {
    assert.equal(dockets('See DE 45.'), 'See <0>DE 45</0>.');
  });

  it('finds the docket entry inside an exhibit cite; the pipeline keeps the cite that starts first', () => {
    const text = 'See Ex. B to Dkt. No. 12.';
    assert.deepEqual(extractDocketCites(plainReaderText(text)).map((c) => text.slice(c.start, c.end)), ['Dkt. No. 12']);
    const claimed = checkDraft(text).citations.map((c) => [c.start, c.end]);
    for (let k = 1; k < claimed.length; k++) assert.ok(claimed[k][0] >= claimed[k - 1][1], 'citations never overlap');
  });
});

describe('docket cites in the draft as written', () => {
  it('reads through Markdown escapes and emphasis and maps back to the source', () => {
    const text = 'See **Dkt\\. 69** at ¶¶76, 430.<sup>2</sup>';
    const [c] = docketCites(text);
    assert.equal(c.text, 'Dkt. 69 at ¶¶76, 430');
    assert.equal(text.slice(c.start, c.end), 'Dkt\\. 69** at ¶¶76, 430');
    assert.equal(text.slice(c.parts!.pinCite.start, c.parts!.pinCite.end), '¶¶76, 430');
  });

  it('ignores docket cites in code', () => {
    assert.equal(dockets('Write `Dkt. 12` like this.'), 'Write `Dkt. 12` like this.');
  });

  it('accepts no-break spaces and a hard line break inside a cite, not a blank line', () => {
    assert.equal(docketCites('See Dkt.\u00a0No.\u00a0293.')[0].entry, '293');
    assert.equal(dockets('See Dkt.\nNo. 293.'), 'See <0>Dkt.\nNo. 293</0>.');
    assert.equal(dockets('See Dkt.\n\n293.'), 'See Dkt.\n\n293.');
  });

  it('puts the JSON fields kind, entry and pinCite on each cite', () => {
    const c = docketCites(draft`
      The complaint alleges ongoing infringement. *See* Dkt. 69 at ¶¶76, 430.
    `)[0];
    assert.deepEqual({ kind: c.kind, entry: c.entry, pinCite: c.pinCite, text: c.text }, {
      kind: 'docket', entry: '69', pinCite: '¶¶76, 430', text: 'Dkt. 69 at ¶¶76, 430',
    });
  });
});

describe('Id. after a docket cite', () => {
  it('refers to the docket cite before it', () => {
    const result = checkDraft('The complaint so alleges. See Dkt. 69 at 4. The answer admits it. Id. at 5.');
    const docket = result.citations.find((c) => c.kind === 'docket')!;
    const id = result.citations.find((c) => c.kind === 'id');
    assert.ok(id, 'Id. is found');
    assert.equal(id.antecedent, docket.id);
  });
});
describe('docket cites in the fixture letter', () => {
  it('finds the two docket cites and both case numbers, and nothing in the discovery requests', () => {
    const found = checkDraft(LETTER_MOTION, { format: 'plaintext' }).citations.filter((c) => c.kind === 'docket' || c.kind === 'case-number');
    assert.deepEqual(found.map((c) => [c.kind, c.text]), [
      ['case-number', '24-cv-3117 (S.D.N.Y.)'],
      ['case-number', '24-cv-5502 (S.D.N.Y.)'],
      ['docket', 'Dkt. No. 187'],
      ['docket', 'Dkt. 54 at ¶¶41, 212'],
    ]);
    assert.deepEqual(found.filter((c) => c.kind === 'docket').map((c) => [c.entry, c.pinCite]), [['187', undefined], ['54', '¶¶41, 212']]);
  });

  it('tags the docket cites of the argument', () => {
    const from = LETTER_MOTION.indexOf('*First*, the Court has already held');
    const paragraph = LETTER_MOTION.slice(from, LETTER_MOTION.indexOf('\n', from) + 1);
    assert.equal(
      dockets(paragraph, 'plaintext'),
      "*First*, the Court has already held that the engines at issue include Atlas Seven (released in March 2025) and Atlas Seven Lite (released in August 2025), not only Atlas Six. " +
        "*See* <0>Dkt. No. 187</0> (setting the scope of discovery by the engines listed in Quarrix's answer to Interrogatory No. 9); " +
        "*see also* Ex. 11 (Quarrix's Amended Answer to Interrogatory No. 9, listing [REDACTED]). " +
        'The amended complaint, moreover, alleges continuing infringement and asks for an injunction. *See* <1>Dkt. 54 at ¶¶41, 212</1>.\n',
    );
  });
});

describe('docket cites with a PageID pin: the JSON', () => {
  it('gives the entry and the PageID pin of a Sixth Circuit record cite', () => {
    const [c] = docketCites('The district court agreed. R. 45, PageID #234.');
    assert.equal(c.entry, '45');
    assert.equal(c.pinCite, 'PageID #234');
    assert.equal(c.text, 'R. 45, PageID #234');
  });

  it('keeps one style per draft: R. beside ECF No. is flagged, and ECF No. without a PageID is not rewritten to R.', () => {
    const text = 'See R. 45, PageID #234; R. 46, PageID #250. But see ECF No. 47, PageID #260; ECF No. 48.';
    const found = checkDraft(text).findings.filter((f) => f.code === 'docket-style-inconsistent');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['ECF No. 47, PageID #260', 'ECF No. 48']);
    assert.deepEqual(found.map((f) => f.fixes.filter((x) => !x.all).map((x) => x.title)), [['Change "ECF No. 47" to "R. 47"'], []]);
  });
});
