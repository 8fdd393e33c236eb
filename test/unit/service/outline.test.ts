import * as assert from 'assert';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { codeLenses, resolveCodeLens, SHOW_REFERENCES_COMMAND } from '../../../server/src/service/codeLens';
import { documentLinks } from '../../../server/src/service/links';
import { documentSymbols } from '../../../server/src/service/symbols';
import { draft } from '../helpers';
import { docketList, exhibitSources, filesOf, openDraft, spanOf } from './fixture';

/** The outline as indented lines: `name — detail`. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...outline(s.children ?? [], depth + 1)]);
}

const BRIEF = draft`
  ## I. Background

  *See Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994). 17 U.S.C. § 106. Ex. 1, ABC000100.

  ## II. Argument

  *Texaco*, 60 F.3d at 921. *Id.* at 922. Dkt. No. 293 at 4; Exs. 1–2. Ex. B to Dkt. No. 12.
`;

describe('outline', () => {
  it('lists authorities, exhibits and docket entries, each with its citations and where they are', () => {
    const d = openDraft(BRIEF, {
      sources: {
        exhibits: exhibitSources([{ label: '1', description: 'Email of Oct. 1, 2023', origin: { kind: 'manifest', path: '/case/exhibits.csv', line: 1 } }]),
        docketList: docketList([{ entry: '293', line: 3, description: 'Order on motion to compel' }]),
      },
    });
    assert.deepStrictEqual(outline(documentSymbols(d.result, d.sources, d.document)), [
      'Authorities — 2',
      '  Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994) — cited 3 times',
      '    60 F.3d 913, 920 (2d Cir. 1994) — full citation · I',
      '    60 F.3d at 921 — short cite · II',
      '    Id. at 922 — Id. · II',
      '  17 U.S.C. § 106 — cited 1 time',
      '    17 U.S.C. § 106 — statute · I',
      'Exhibits — 3',
      '  Ex. 1 — Email of Oct. 1, 2023 · cited 2 times',
      '    Ex. 1, ABC000100 — exhibit cite · I',
      '    Exs. 1–2 — exhibit cite · II',
      '  Ex. 2 — cited 1 time',
      '    Exs. 1–2 — exhibit cite · II',
      '  Ex. B to Dkt. No. 12 — cited 1 time',
      '    Ex. B to Dkt. No. 12 — exhibit cite · II',
      'Docket entries — 1',
      '  Dkt. No. 293 — Order on motion to compel · cited 1 time',
      '    Dkt. No. 293 at 4 — docket cite · II',
    ]);
  });

  it('gives each symbol its first citation as its range, so breadcrumbs do not span the brief', () => {
    const d = openDraft(BRIEF);
    const [authorities] = documentSymbols(d.result, d.sources, d.document);
    const texaco = authorities.children![0];
    assert.strictEqual(texaco.kind, SymbolKind.Class);
    assert.strictEqual(d.text.slice(spanOf(d.document, texaco.range).start, spanOf(d.document, texaco.range).end), '60 F.3d 913, 920 (2d Cir. 1994)');
    assert.deepStrictEqual(authorities.range, texaco.range);
  });

  it('is empty for a draft that cites nothing', () => {
    const d = openDraft('Dear Judge Wang:\n');
    assert.deepStrictEqual(documentSymbols(d.result, d.sources, d.document), []);
  });
});

describe('document links', () => {
  it('links each case citation to CourtListener, and each exhibit cite to its file', () => {
    const d = openDraft(
      draft`
        *Texaco*, 60 F.3d 913, 920 (2d Cir. 1994); *FameFlynet*, 282 F. Supp. 3d 618 (S.D.N.Y. 2017).
        *Texaco*, 60 F.3d at 921. *Id.* *Smith v. Jones*, 2021 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2021).
        Ex. 2; Exs. 1 & 2; Ex. 3.
      `,
      {
        sources: {
          exhibits: exhibitSources([
            { label: '2', origin: { kind: 'folder', path: '/case/exhibits/Ex. 02 - Letter.pdf' } },
            { label: '3', origin: { kind: 'manifest', path: '/case/exhibits.csv', line: 3 } },
          ]),
        },
      },
    );
    const links = documentLinks(d.result, d.sources, d.document, filesOf());
    assert.deepStrictEqual(
      links.map((l) => [d.text.slice(spanOf(d.document, l.range).start, spanOf(d.document, l.range).end), l.target]),
      [
        ['60 F.3d 913', 'https://www.courtlistener.com/c/F.3d/60/913/'],
        ['282 F. Supp. 3d 618', 'https://www.courtlistener.com/c/F.%20Supp.%203d/282/618/'],
        ['60 F.3d at 921', 'https://www.courtlistener.com/c/F.3d/60/913/'],
        // No link for a Westlaw cite: CourtListener does not hold it.
        // On the label: `Ex. 2`, and the `2` of `Exs. 1 & 2` (Ex. 1 has no file; Ex. 3's list row names none).
        ['2', 'file:///case/exhibits/Ex. 02 - Letter.pdf'],
        ['2', 'file:///case/exhibits/Ex. 02 - Letter.pdf'],
      ],
    );
  });
});

describe('code lens', () => {
  it('is listed without its words, which come when the editor shows it', () => {
    const d = openDraft('*Texaco*, 60 F.3d 913 (2d Cir. 1994). *Texaco*, 60 F.3d at 920.\n');
    const [lens] = codeLenses(d.result, d.document);
    assert.strictEqual(lens.command, undefined);
    assert.deepStrictEqual(lens.data, { uri: d.document.uri, version: 1, citation: 'c1' });
    // A lens of an older version of the draft resolves to nothing rather than to wrong citations.
    const edited = openDraft('*Texaco*, 60 F.3d 913 (2d Cir. 1994).\n');
    assert.strictEqual(resolveCodeLens(edited.result, edited.document, { ...lens, data: { ...(lens.data as object), version: 0 } }).command?.title, '');
  });

  it('says above each full citation how many times it is cited later', () => {
    const d = openDraft(draft`
      *Texaco*, 60 F.3d 913 (2d Cir. 1994); *Roe v. Wade*, 410 U.S. 113 (1973).
      *Texaco*, 60 F.3d at 920. *Texaco*, 60 F.3d at 921. 17 U.S.C. § 106.
    `);
    const lenses = codeLenses(d.result, d.document).map((lens) => resolveCodeLens(d.result, d.document, lens));
    assert.deepStrictEqual(
      lenses.map((l) => [d.document.offsetAt(l.range.start), l.command?.title, l.command?.command]),
      [
        [d.text.indexOf('60 F.3d 913'), 'cited 2 more times', SHOW_REFERENCES_COMMAND],
        [d.text.indexOf('410 U.S.'), 'not cited again', ''],
        [d.text.indexOf('17 U.S.C.'), 'not cited again', ''],
      ],
    );
    const [uri, position, locations] = lenses[0].command!.arguments as [string, unknown, Array<{ range: { start: unknown } }>];
    assert.strictEqual(uri, d.document.uri);
    assert.deepStrictEqual(position, d.document.positionAt(d.text.indexOf('60 F.3d 913')));
    assert.deepStrictEqual(
      locations.map((l) => l.range.start),
      [d.document.positionAt(d.text.indexOf('60 F.3d at 920')), d.document.positionAt(d.text.indexOf('60 F.3d at 921'))],
    );
  });
});
