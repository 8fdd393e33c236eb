import * as assert from 'node:assert/strict';
import { courtListenerLink, describeCase } from '../../../server/src/core/families/cases/hover';
import { HOST_FILE_NAMES } from '../../../server/src/service/files';
import { draft } from '../helpers';
import { run } from './support';

/** The hover of the citation whose text is `text` (the first one). */
function hoverOf(source: string, text: string): string {
  const result = run(source);
  const c = result.citations.find((x) => x.text === text);
  assert.ok(c, `no citation "${text}"`);
  return describeCase(c, { result, sources: {}, files: HOST_FILE_NAMES });
}

describe('hover on case citations', () => {
  const BRIEF = draft`
    See *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994). Id. at 921.
    Under *Texaco*, copying is infringement. 60 F.3d at 925.
  `;

  it('describes a full citation: name, reporter and its years, court, year, pin cite, later references, link', () => {
    assert.equal(hoverOf(BRIEF, '60 F.3d 913, 920 (2d Cir. 1994)'), [
      '**Am. Geophysical Union v. Texaco Inc.**',
      '`60 F.3d 913, 920`',
      'Reporter: Federal Reporter, Third Series (1993–2021)',
      'Court: United States Court of Appeals for the Second Circuit (2d Cir.) · Decided: 1994',
      'Pin cite: 920',
      'Cited again 2 times later in this draft.',
      '[Open on CourtListener](https://www.courtlistener.com/c/F.3d/60/913/)',
    ].join('\n\n'));
  });

  it('shows the full citation a short form and Id. refer to', () => {
    assert.equal(hoverOf(BRIEF, '60 F.3d at 925'), [
      'Short form `60 F.3d at 925` refers to:',
      '*Am. Geophysical Union v. Texaco Inc.*, `60 F.3d 913, 920` (2d Cir. 1994)',
      'Pin cite: 925',
      '[Open on CourtListener](https://www.courtlistener.com/c/F.3d/60/913/)',
    ].join('\n\n'));
    assert.match(hoverOf(BRIEF, 'Id. at 921'), /^`Id\. at 921` refers to:\n\n\*Am\. Geophysical Union v\. Texaco Inc\.\*/);
  });

  it('names the court a reporter implies, and the parallel citations', () => {
    const hover = hoverOf('Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705 (1973).', '410 U.S. 113');
    assert.match(hover, /Court: Supreme Court of the United States \(implied by the reporter\) · Decided: 1973/);
    assert.match(hover, /Parallel citation: `93 S\. Ct\. 705`/);
    assert.match(hover, /https:\/\/www\.courtlistener\.com\/c\/U\.S\.\/410\/113\//);
  });

  it('says when a short form or Id. refers to nothing, or to one of several', () => {
    assert.equal(hoverOf('60 F.3d at 925.', '60 F.3d at 925'), 'Short form `60 F.3d at 925`: no earlier citation in this draft to refer to.');
    const ambiguous = hoverOf('See Foo v. Bar, 60 F.3d 913 (2d Cir. 1994); Baz v. Qux, 50 F.3d 1 (2d Cir. 1993). Id. at 5.', 'Id. at 5');
    assert.equal(ambiguous, [
      '`Id. at 5` follows a string of several authorities; it may mean any of:',
      '- *Foo v. Bar*, `60 F.3d 913` (2d Cir. 1994)\n- *Baz v. Qux*, `50 F.3d 1` (2d Cir. 1993)',
    ].join('\n\n'));
  });

  it('names a specialty or administrative reporter and its publisher, with no CourtListener link', () => {
    assert.equal(hoverOf("Doe v. Dep't of the Army, 100 M.S.P.R. 5, 7 (2005).", '100 M.S.P.R. 5, 7 (2005)'), [
      "**Doe v. Dep't of the Army**",
      '`100 M.S.P.R. 5, 7`',
      'Reporter: United States Merit Systems Protection Board Reporter, published by the U.S. Merit Systems Protection Board',
      'Decided: 2005',
      'Pin cite: 7',
      'Not cited again later in this draft.',
    ].join('\n\n'));
    const uspq = hoverOf('Foo Corp. v. Bar Inc., 90 U.S.P.Q.2d (BNA) 1000 (Fed. Cir. 2009).', '90 U.S.P.Q.2d (BNA) 1000 (Fed. Cir. 2009)');
    assert.match(uspq, /Reporter: United States Patents Quarterly, Second Series \(about 1986–present\), published by Bloomberg BNA/);
    assert.doesNotMatch(uspq, /CourtListener/);
  });

  it('says what it knows of an unknown reporter', () => {
    assert.match(hoverOf('Foo v. Bar, 60 F.4d 913 (2d Cir. 1994).', '60 F.4d 913 (2d Cir. 1994)'), /Reporter: "F\.4d" is not a reporter Brieflint knows\./);
  });
});

describe('CourtListener links', () => {
  const LINKS: Array<[string, string | undefined]> = [
    ['Foo v. Bar, 282 F. Supp. 3d 618 (S.D.N.Y. 2017).', 'https://www.courtlistener.com/c/F.%20Supp.%203d/282/618/'],
    ['Foo v. Bar, 130 S. Ct. 876 (2010).', 'https://www.courtlistener.com/c/S.%20Ct./130/876/'],
    ['Foo v. Bar, 175 L. Ed. 2d 753 (2010).', 'https://www.courtlistener.com/c/L.%20Ed.%202d/175/753/'],
    ["Foo v. Bar, 5 F. App'x 10 (2d Cir. 2001).", "https://www.courtlistener.com/c/F.%20App'x/5/10/"],
    ['Foo v. Bar, 60 F.3rd 913 (2d Cir. 1994).', 'https://www.courtlistener.com/c/F.3d/60/913/'],
    ['Foo v. Bar, 2020 WL 1234567 (S.D.N.Y. Mar. 3, 2020).', undefined],
    ['Foo v. Bar, 560 U.S. ___ (2010).', undefined],
    ['Foo v. Bar, 25 I. & N. Dec. 10 (B.I.A. 2009).', undefined],
    ['Foo v. Bar, 90 U.S.P.Q.2d (BNA) 1000 (Fed. Cir. 2009).', undefined],
    ['Foo v. Bar, 150 T.C. 1 (2018).', 'https://www.courtlistener.com/c/T.C./150/1/'],
  ];
  for (const [text, link] of LINKS) {
    it(`${text} → ${link ?? 'no link'}`, () => {
      const c = run(text).citations.find((x) => x.kind === 'case')!;
      assert.equal(courtListenerLink(c), link);
    });
  }
});
