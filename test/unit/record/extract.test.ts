import * as assert from 'node:assert/strict';
import { annotatedCitations, checkDraft } from '../helpers';

const recordOnly = (text: string) => annotatedCitations(text, {}, ['record']);

describe('record cites: extraction', () => {
  it('reads transcripts by page and line', () => {
    assert.equal(
      recordOnly("Smith Dep. 45:3–12; Smith Dep. 45:20–46:4; Smith Tr. 12:4; Tr. 112:4-9; Hr'g Tr. 12:3; Trial Tr. vol. 2, 45:3; (Smith Dep.) at 45; Smith Dep. at 45.\n"),
      "<0>Smith Dep. 45:3–12</0>; <1>Smith Dep. 45:20–46:4</1>; <2>Smith Tr. 12:4</2>; <3>Tr. 112:4-9</3>; <4>Hr'g Tr. 12:3</4>; <5>Trial Tr. vol. 2, 45:3</5>; <6>(Smith Dep.) at 45</6>; <7>Smith Dep. at 45</7>.\n",
    );
  });

  it('reads declarations, pleadings, papers and statements of facts', () => {
    assert.equal(
      recordOnly("Jones Decl. ¶ 5; Jones Decl. ¶¶ 3–4; Aff. ¶ 2; Compl. ¶ 12; Am. Compl. ¶¶ 12–14; Answer ¶ 3; Mem. at 4; Opp'n at 7; SUF ¶ 3; Pl.'s 56.1 ¶ 7; Def.'s Resp. to SOF ¶ 4.\n"),
      "<0>Jones Decl. ¶ 5</0>; <1>Jones Decl. ¶¶ 3–4</1>; <2>Aff. ¶ 2</2>; <3>Compl. ¶ 12</3>; <4>Am. Compl. ¶¶ 12–14</4>; <5>Answer ¶ 3</5>; <6>Mem. at 4</6>; <7>Opp'n at 7</7>; <8>SUF ¶ 3</8>; <9>Pl.'s 56.1 ¶ 7</9>; <10>Def.'s Resp. to SOF ¶ 4</10>.\n",
    );
  });

  it('reads appendices, excerpts and records on appeal, and Page IDs', () => {
    assert.equal(
      recordOnly('J.A. 123; JA123; 1-ER-45; 4-ER-874–76; (SER 12); (FER 3); (App. 12); (A-12); SPA-3; ROA.123; ROA.13-12345.123; PageID #234; PageID.234-235.\n'),
      '<0>J.A. 123</0>; <1>JA123</1>; <2>1-ER-45</2>; <3>4-ER-874–76</3>; (<4>SER 12</4>); (<5>FER 3</5>); (<6>App. 12</6>); (<7>A-12</7>); <8>SPA-3</8>; <9>ROA.123</9>; <10>ROA.13-12345.123</10>; <11>PageID #234</11>; <12>PageID.234-235</12>.\n',
    );
  });

  it('reads none of the traps', () => {
    const text = 'The shift began at 10:30 a.m. in a 3:1 ratio (John 3:16; Section 3:12). See ¶ 5 of the Agreement; Rule 56.1; ¶ 7. Cal. App. 4th 12 (Tex. App. 2005); taken to the ER 3 times. Bankers Tr. Co. v. Doe. The Complaint. Compl. filed. Answers ¶ 3. JAMES 12. ROAD 4.\n';
    assert.equal(recordOnly(text), text);
  });

  it('leaves ECF No. 44-2 at 7 to the dockets family and Ex. 3 at 12 to the exhibits family', () => {
    const kinds = checkDraft('ECF No. 44-2 at 7; Ex. 3 at 12; Smith Decl. Ex. 3.\n').citations.map((c) => `${c.kind} ${c.text}`);
    assert.deepEqual(kinds, ['docket ECF No. 44-2 at 7', 'exhibit Ex. 3 at 12', 'exhibit Ex. 3']);
  });

  it('gives each cite its document, volume and locations (the JSON fields)', () => {
    const cites = checkDraft('Smith Dep. 45:20–46:4, 47:2; Trial Tr. vol. 2, 45:3; Compl. ¶¶ 12–14, 16; 4-ER-874–76; ROA.13-12345.123; PageID #234.\n').citations;
    assert.deepEqual(
      cites.map((c) => [c.document, c.volume, c.locations]),
      [
        ['Smith Dep.', undefined, [{ page: 45, line: 20, endPage: 46, endLine: 4 }, { page: 47, line: 2, endPage: 47, endLine: 2 }]],
        ['Trial Tr.', '2', [{ page: 45, line: 3, endPage: 45, endLine: 3 }]],
        ['Compl.', undefined, [{ paragraph: 12, endParagraph: 14 }, { paragraph: 16, endParagraph: 16 }]],
        ['ER', '4', [{ page: 874, endPage: 876 }]],
        ['ROA', undefined, [{ page: 123, endPage: 123 }]],
        ['PageID', undefined, [{ page: 234, endPage: 234 }]],
      ],
    );
  });

  it('binds Id. after a record cite to it, and reads its pin in the record forms', () => {
    const result = checkDraft('Smith Dep. 45:3; id. at 47:2. Jones Decl. ¶ 5; id. ¶ 6. J.A. 12. Id. at 14.\n');
    const byId = new Map(result.citations.map((c) => [c.id, c]));
    assert.deepEqual(
      result.citations.filter((c) => c.kind === 'id').map((c) => `${c.text} → ${byId.get(c.antecedent ?? '')?.text} (${c.pinCite})`),
      ['id. at 47:2 → Smith Dep. 45:3 (47:2)', 'id. ¶ 6 → Jones Decl. ¶ 5 (¶ 6)', 'Id. at 14 → J.A. 12 (14)'],
    );
  });
});
