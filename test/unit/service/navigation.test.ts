import * as assert from 'assert';
import type { Location, LocationLink } from 'vscode-languageserver-types';
import { definition } from '../../../server/src/service/definition';
import { references } from '../../../server/src/service/references';
import { draft } from '../helpers';
import { annotatedLocations, docketList, exhibitSources, filesOf, openDraft, OpenDraft, otherLocations } from './fixture';

const asLocations = (links: LocationLink[]): Location[] => links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));

function goToDefinition(d: OpenDraft, files = filesOf()): Location[] {
  return asLocations(definition(d.result, d.sources, d.document, d.offset, files));
}

function findReferences(d: OpenDraft, includeDeclaration = true, files = filesOf()): Location[] {
  return references(d.result, d.sources, d.document, d.offset, includeDeclaration, files);
}

const CASES = draft`
  *See Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994). *Id.* at 921.
  Plaintiffs also rely on *Roe v. Wade*, 410 U.S. 113, 93 S. Ct. 705 (1973).
  *Texaco*, 60 F.3d at 922; *Roe*, 93 S. Ct. at 710.
`;

/** The draft above with the cursor put just inside `needle` (its `nth` occurrence). */
function cursorIn(text: string, needle: string, nth = 0): string {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the draft`);
  return text.slice(0, at + 1) + '‸' + text.slice(at + 1);
}

describe('go to definition', () => {
  it('goes from Id. to the full citation it refers to', () => {
    const d = openDraft(cursorIn(CASES, 'Id.'));
    assert.strictEqual(
      annotatedLocations(d, goToDefinition(d)),
      draft`
        *See Am. Geophysical Union v. Texaco Inc.*, <0>60 F.3d 913, 920 (2d Cir. 1994)</0>. *Id.* at 921.
        Plaintiffs also rely on *Roe v. Wade*, 410 U.S. 113, 93 S. Ct. 705 (1973).
        *Texaco*, 60 F.3d at 922; *Roe*, 93 S. Ct. at 710.
      `,
    );
  });

  it('goes from a short cite to the full citation in the same reporter, a parallel one included', () => {
    const texaco = openDraft(cursorIn(CASES, '60 F.3d at'));
    assert.match(annotatedLocations(texaco, goToDefinition(texaco)), /<0>60 F\.3d 913, 920 \(2d Cir\. 1994\)<\/0>\. \*Id\.\*/);
    const roe = openDraft(cursorIn(CASES, '93 S. Ct. at'));
    assert.match(annotatedLocations(roe, goToDefinition(roe)), /410 U\.S\. 113, <0>93 S\. Ct\. 705 \(1973\)<\/0>/);
  });

  it('goes from a full citation to the first full citation of the same case', () => {
    const text = 'Roe v. Wade, 410 U.S. 113 (1973), held … As Roe v. Wade, 410 U.S. 113 (1973), explained …\n';
    const repeated = openDraft(cursorIn(text, '410', 1));
    assert.strictEqual(
      annotatedLocations(repeated, goToDefinition(repeated)),
      'Roe v. Wade, <0>410 U.S. 113 (1973)</0>, held … As Roe v. Wade, 410 U.S. 113 (1973), explained …\n',
    );
    // On the first one, the definition is the citation itself: the editor then offers its references.
    const first = openDraft(cursorIn(text, '410'));
    assert.strictEqual(annotatedLocations(first, goToDefinition(first)), annotatedLocations(repeated, goToDefinition(repeated)));
  });

  it('has nothing to go to from a short cite with no full citation before it', () => {
    const d = openDraft('*Texaco*, 60 F.3‸d at 922.\n');
    assert.deepStrictEqual(goToDefinition(d), []);
  });

  it('goes from an exhibit cite to its row in the exhibit list and to its file', () => {
    const d = openDraft('See Ex.‸ 1, MSFT_AICPY_000591635, and Ex. 2.\n', {
      sources: {
        exhibits: exhibitSources([
          { label: '1', description: 'Email of Oct. 1, 2023', file: 'files/Ex 01.pdf', origin: { kind: 'manifest', path: '/case/exhibits.csv', line: 2 } },
          { label: '2', origin: { kind: 'manifest', path: '/case/exhibits.csv', line: 3 } },
        ]),
      },
    });
    const manifest = 'exhibit,description,file\n# note\n1,"Email of Oct. 1, 2023",files/Ex 01.pdf\n2,Letter,\n';
    assert.deepStrictEqual(otherLocations(d, goToDefinition(d, filesOf({ '/case/exhibits.csv': manifest }))), [
      'file:///case/exhibits.csv 2:0-2:41',
      'file:///case/files/Ex 01.pdf 0:0-0:0',
    ]);
  });

  it('goes from an exhibit cite to the exhibit index in the draft itself', () => {
    const d = openDraft(draft`
      Microsoft downloaded the data. Ex.‸ 2.

      | Exhibit | Description |
      | --- | --- |
      | 1 | Email of Oct. 1, 2023 |
      | 2 | Letter of Mar. 5, 2025 |
    `);
    assert.match(annotatedLocations(d, goToDefinition(d)), /\| 1 \| Email of Oct\. 1, 2023 \|\n<0>\| 2 \| Letter of Mar\. 5, 2025 \|<\/0>\n/);
  });

  it('gives no definition for an exhibit of another document', () => {
    const d = openDraft('See Ex.‸ B to Dkt. No. 12.\n', {
      sources: { exhibits: exhibitSources([{ label: 'B', origin: { kind: 'manifest', path: '/case/exhibits.csv', line: 1 } }]) },
    });
    assert.deepStrictEqual(goToDefinition(d), []);
  });

  it('goes from a docket cite to its row in the docket list', () => {
    const d = openDraft('The Court so ordered. Dkt. No. 2‸93 at 4.\n', { sources: { docketList: docketList([{ entry: '293', line: 4 }]) } });
    const list = 'entry,date,description\n1,2023-09-19,Complaint\n2,,\n3,,\n293,2024-11-01,Order\n';
    assert.deepStrictEqual(otherLocations(d, goToDefinition(d, filesOf({ '/case/docket.csv': list }))), ['file:///case/docket.csv 4:0-4:20']);
  });
});

describe('find all references', () => {
  it('finds every citation of a case: full, parallel, short and Id.', () => {
    const d = openDraft(cursorIn(CASES, 'Roe v.'));
    // The cursor is on the case name, outside the citation: nothing.
    assert.deepStrictEqual(findReferences(d), []);
    const onCite = openDraft(cursorIn(CASES, '410'));
    assert.strictEqual(
      annotatedLocations(onCite, findReferences(onCite)),
      draft`
        *See Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994). *Id.* at 921.
        Plaintiffs also rely on *Roe v. Wade*, <0>410 U.S. 113</0>, <1>93 S. Ct. 705 (1973)</1>.
        *Texaco*, 60 F.3d at 922; *Roe*, <2>93 S. Ct. at 710</2>.
      `,
    );
  });

  it('leaves out the first full citation when the editor asks without the declaration', () => {
    const d = openDraft(cursorIn(CASES, 'Id.'));
    assert.strictEqual(
      annotatedLocations(d, findReferences(d, false)),
      draft`
        *See Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994). *<0>Id.* at 921</0>.
        Plaintiffs also rely on *Roe v. Wade*, 410 U.S. 113, 93 S. Ct. 705 (1973).
        *Texaco*, <1>60 F.3d at 922</1>; *Roe*, 93 S. Ct. at 710.
      `,
    );
  });

  it('finds every cite of one exhibit, in ranges and lists too, and its row in the exhibit list', () => {
    const text = 'See Ex. 4, ABC000100; Exs. 3–5; Exs. 1, 4 & 6; Ex. 04 at 2; Ex. 14; Ex. 4 to Dkt. No. 12.\n';
    const d = openDraft(cursorIn(text, 'Ex. 4'), {
      sources: { exhibits: exhibitSources([{ label: '4', origin: { kind: 'manifest', path: '/case/exhibits.csv', line: 4 } }]) },
    });
    assert.strictEqual(
      annotatedLocations(d, findReferences(d)),
      'See <0>Ex. 4, ABC000100</0>; <1>Exs. 3–5</1>; <2>Exs. 1, 4 & 6</2>; <3>Ex. 04 at 2</3>; Ex. 14; Ex. 4 to Dkt. No. 12.\n',
    );
    assert.deepStrictEqual(otherLocations(d, findReferences(d)), ['file:///case/exhibits.csv 4:0-4:0']);
  });

  it('finds one exhibit of a list when the cursor is on its label', () => {
    const text = 'Ex. 1 and Ex. 6 and Exs. 1, 4 & 6.\n';
    const d = openDraft(text.replace('& 6', '& ‸6'));
    assert.strictEqual(annotatedLocations(d, findReferences(d)), 'Ex. 1 and <0>Ex. 6</0> and <1>Exs. 1, 4 & 6</1>.\n');
  });

  it('finds every cite of one docket entry, ranges included', () => {
    const text = 'See Dkt. No. 13 at 2; ECF Nos. 12–14; Dkt. No. 131; Dkt. No. 13-1.\n';
    const d = openDraft(cursorIn(text, 'Dkt. No. 13'));
    assert.strictEqual(
      annotatedLocations(d, findReferences(d)),
      'See <0>Dkt. No. 13 at 2</0>; <1>ECF Nos. 12–14</1>; Dkt. No. 131; <2>Dkt. No. 13-1</2>.\n',
    );
  });

  it('finds the entries of the part of a docket cite under the cursor', () => {
    const text = 'ECF Nos. 12–14, 20; Dkt. No. 13; Dkt. No. 20.\n';
    const onTwenty = openDraft(text.replace('20;', '2‸0;'));
    assert.strictEqual(annotatedLocations(onTwenty, findReferences(onTwenty)), '<0>ECF Nos. 12–14, 20</0>; Dkt. No. 13; <1>Dkt. No. 20</1>.\n');
    const onRange = openDraft(text.replace('12–14', '1‸2–14'));
    assert.strictEqual(annotatedLocations(onRange, findReferences(onRange)), '<0>ECF Nos. 12–14, 20</0>; <1>Dkt. No. 13</1>; Dkt. No. 20.\n');
  });

  it('follows Id. to an exhibit or a docket entry, as a lawyer uses it', () => {
    const d = openDraft('See Ex. 5 (email). *See i‸d.* (quoting it). Ex. 5 at 3.\n');
    assert.strictEqual(annotatedLocations(d, findReferences(d)), 'See <0>Ex. 5</0> (email). *See <1>id.</1>* (quoting it). <2>Ex. 5 at 3</2>.\n');
  });
});
