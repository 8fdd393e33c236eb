import * as assert from 'node:assert/strict';
import { readDocument } from '../../../server/src/core/text/markdown';
import type { ReaderText } from '../../../server/src/core/text/readerText';

/** Every reader character maps back to a source character that is the same character, or to markup it stands for. */
function assertMapsBack(r: ReaderText, needle: string): void {
  const at = r.text.indexOf(needle);
  assert.ok(at >= 0, `reader text should contain ${JSON.stringify(needle)}; it is ${JSON.stringify(r.text)}`);
  const { start, end } = r.toSourceRange(at, at + needle.length);
  const source = r.source.slice(start, end);
  assert.equal(source.replace(/\\(?=[!-/:-@[-`{-~])/g, ''), needle, `source ${JSON.stringify(source)} reads as the needle`);
}

describe('Markdown reader', () => {
  it('reads escapes through and maps a Bates number back to its escaped characters', () => {
    const r = readDocument('See Ex. 1, MSFT\\_AICPY\\_000591635 (email).', 'markdown');
    assert.equal(r.text, 'See Ex. 1, MSFT_AICPY_000591635 (email).');
    const at = r.text.indexOf('MSFT');
    const span = r.toSourceRange(at, at + 'MSFT_AICPY_000591635'.length);
    assert.equal(r.source.slice(span.start, span.end), 'MSFT\\_AICPY\\_000591635');
  });

  it('removes emphasis around case names and signals, and records where it was', () => {
    const r = readDocument('*See, e.g., Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913.', 'markdown');
    assert.equal(r.text, 'See, e.g., Am. Geophysical Union v. Texaco Inc., 60 F.3d 913.');
    assert.deepEqual(r.emphasis.map(([s, e]) => r.text.slice(s, e)), ['See, e.g., Am. Geophysical Union v. Texaco Inc.']);
    assertMapsBack(r, '60 F.3d 913');
    // A span across removed markup covers the markup too.
    const at = r.text.indexOf('Texaco');
    const span = r.toSourceRange(at, r.text.indexOf('913') + 3);
    assert.equal(r.source.slice(span.start, span.end), 'Texaco Inc.*, 60 F.3d 913');
  });

  it('keeps star pages and intraword underscores as text', () => {
    const r = readDocument('2021 WL 1234567, at *3 (S.D.N.Y. 2021); MSFT_AICPY_1 and *4.', 'markdown');
    assert.equal(r.text, '2021 WL 1234567, at *3 (S.D.N.Y. 2021); MSFT_AICPY_1 and *4.');
  });

  it('pairs strong and nested emphasis', () => {
    const r = readDocument('**I. BACKGROUND** and _Texaco_ and ***both***', 'markdown');
    assert.equal(r.text, 'I. BACKGROUND and Texaco and both');
  });

  it('drops footnote markers, inline HTML and Markdown footnote references', () => {
    const r = readDocument('Ex. 8.<sup>1</sup> Next[^2] and <u>Texaco</u>.\n\n[^2]: A note.', 'markdown');
    assert.equal(r.text, 'Ex. 8. Next and Texaco.\n\n A note.');
    assertMapsBack(r, 'Texaco');
  });

  it('reads links as their text', () => {
    const r = readDocument('See [Texaco](https://example.com/texaco), 60 F.3d 913, and ![a chart](c.png).', 'markdown');
    assert.equal(r.text, 'See Texaco, 60 F.3d 913, and a chart.');
    assertMapsBack(r, ', 60 F.3d 913, and ');
  });

  it('keeps bracketed text that is not a link', () => {
    const r = readDocument('[REDACTED] and [the defendant] said (Ex. 1).', 'markdown');
    assert.equal(r.text, '[REDACTED] and [the defendant] said (Ex. 1).');
  });

  it('ignores code spans, fenced code and front matter but keeps the lines', () => {
    const src = '---\ntitle: 1 F.3d 1\n---\nText `60 F.3d 913` here.\n\n```\nEx. 99\n```\nAfter.';
    const r = readDocument(src, 'markdown');
    assert.ok(!r.text.includes('F.3d'), r.text);
    assert.ok(!r.text.includes('Ex. 99'), r.text);
    assert.equal(r.text.split('\n').length, src.split('\n').length);
    assertMapsBack(r, 'After.');
  });

  it('reads entities as their characters and maps them to the whole entity', () => {
    const r = readDocument('AT&amp;T, 17 U.S.C. &sect; 106 and &#8211; &para;', 'markdown');
    assert.equal(r.text, 'AT&T, 17 U.S.C. § 106 and – ¶');
    const at = r.text.indexOf('§');
    assert.equal(r.source.slice(r.toSourceStart(at), r.toSourceEnd(at + 1)), '&sect;');
  });

  it('removes heading and block-quote markers and HTML comments', () => {
    const r = readDocument('## II. ARGUMENT\n> quoted Ex. 1\n<!-- brieflint-disable-next-line -->\nText', 'markdown');
    assert.equal(r.text, 'II. ARGUMENT\nquoted Ex. 1\n\nText');
  });

  it('ends a paragraph at a blank line after an HTML comment, not only at one inside it', () => {
    // Emphasis never pairs across paragraphs: the asterisks of the two paragraphs stay text.
    const after = readDocument('A <!-- note --> *B\n\nC* and *D\n\nE*\n', 'markdown');
    assert.equal(after.text, 'A  *B\n\nC* and *D\n\nE*\n');
    assert.deepEqual(after.emphasis, []);
    // A blank line inside the comment keeps its paragraph open; the one after it ends it.
    const inside = readDocument('A <!-- one\n\ntwo --> *B\n\nC*\n\n*D*\n', 'markdown');
    assert.equal(inside.text, 'A  *B\n\nC*\n\nD\n');
    assert.deepEqual(inside.emphasis.map(([s, e]) => inside.text.slice(s, e)), ['D']);
  });

  it('strips a BOM and handles CRLF', () => {
    const src = '\ufeffLine one\r\n\r\n*Texaco*, 60 F.3d 913\r\n';
    const r = readDocument(src, 'markdown');
    assert.equal(r.text, 'Line one\r\n\r\nTexaco, 60 F.3d 913\r\n');
    assertMapsBack(r, '60 F.3d 913');
    assert.equal(r.toSourceStart(0), 1);
  });

  it('reads plain text converted from PDF: escapes, emphasis and sup markers, but not code or links', () => {
    const src = 'Ex. 1, MSFT\\_AICPY\\_000591635; *See* Ex. 8.<sup>1</sup> `x` [a](b)';
    const r = readDocument(src, 'plaintext');
    assert.equal(r.text, 'Ex. 1, MSFT_AICPY_000591635; See Ex. 8. `x` [a](b)');
  });

  it('maps every reader offset into the source in order (monotone map)', () => {
    const src = '# T\n\n*See* [Ex. 1](x.pdf), A\\_B &amp; `c` <sup>2</sup> **D** _e_ f\n';
    const r = readDocument(src, 'markdown');
    let last = -1;
    for (let i = 0; i < r.text.length; i++) {
      const s = r.toSourceStart(i);
      assert.ok(s > last, `offset ${i} maps to ${s} after ${last}`);
      assert.ok(r.toSourceEnd(i + 1) > s);
      last = s;
    }
  });

  it('writes a replacement in the source escaping style', () => {
    const r = readDocument('Ex. 6, MSFT\\_AICPY\\_00588353', 'markdown');
    const start = r.source.indexOf('MSFT');
    assert.equal(r.escapeLike(start, r.source.length, 'MSFT_AICPY_000588353'), 'MSFT\\_AICPY\\_000588353');
    assert.equal(r.escapeLike(0, 3, 'MSFT_AICPY'), 'MSFT_AICPY');
  });
});

describe('Markdown reader fast paths', () => {
  /** Every reader offset's source start and end, in order. */
  function mapOf(r: ReaderText): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i <= r.text.length; i++) out.push([r.toSourceStart(i), r.toSourceEnd(i)]);
    return out;
  }

  it('copies a paragraph with no markup whole, and reads one with markup around it the same', () => {
    const plain = 'Plain text, 60 F.3d 913 (2d Cir. 1995), 50% of it.\nA second line # and > inside';
    for (const format of ['markdown', 'plaintext'] as const) {
      const r = readDocument(plain, format);
      assert.equal(r.text, plain);
      assert.deepEqual(mapOf(r), [...Array(plain.length + 1).keys()].map((i) => [i, i] as [number, number]));
      const marked = readDocument(`*Texaco*\n\n${plain}\n\n_See_`, format);
      assert.equal(marked.text, `Texaco\n\n${plain}\n\nSee`);
      assertMapsBack(marked, plain);
    }
  });

  it('still reads heading and quote markers and markup at the end of a long paragraph', () => {
    const long = 'word '.repeat(200);
    const r = readDocument(`${long}\n## H\n> q\n${long}*e* \`c\` &amp;`, 'markdown');
    assert.equal(r.text, `${long}\nH\nq\n${long}e   &`);
    assert.deepEqual(r.emphasis.map(([s, e]) => r.text.slice(s, e)), ['e']);
    assertMapsBack(r, 'q\n');
  });

  it('finds code spans in a paragraph after paragraphs with no backtick', () => {
    const src = 'No code here.\n\nNone here *either*.\n\nHere `60 F.3d 913` and `` a`b `` and ` unclosed.';
    const r = readDocument(src, 'markdown');
    assert.equal(r.text, 'No code here.\n\nNone here either.\n\nHere   and   and ` unclosed.');
    const p = readDocument(src, 'plaintext');
    assert.equal(p.text, 'No code here.\n\nNone here either.\n\nHere `60 F.3d 913` and `` a`b `` and ` unclosed.');
  });

  it('reads fences and paragraphs the same with CRLF, CR and LF line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const src = ['*A*', '', '```', 'Ex. 9', '```', 'B &sect; 1', '', '~~~~', '~~~', 'C'].join(eol);
      const r = readDocument(src, 'markdown');
      assert.equal(r.text, ['A', '', '', '', '', 'B § 1', '', '', '', ''].join(eol));
      const at = r.text.indexOf('§');
      assert.equal(r.source.slice(r.toSourceStart(at), r.toSourceEnd(at + 1)), '&sect;');
      assertMapsBack(r, 'B ');
    }
  });

  it('maps offsets the same in any order of look-ups (the remembered run is only a hint)', () => {
    const src = Array.from({ length: 300 }, (_, k) => `*S${k}* v. T, ${k} F.3d ${k} &amp; \\_x`).join('\n\n');
    const r = readDocument(src, 'markdown');
    const inOrder = mapOf(r);
    let seed = 17;
    for (let n = 0; n < 2000; n++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const i = seed % (r.text.length + 1);
      assert.deepEqual([r.toSourceStart(i), r.toSourceEnd(i)], inOrder[i], `offset ${i}`);
    }
    assert.equal(r.toSourceEnd(r.text.length + 5), inOrder[r.text.length][1]);
  });
});
