import * as assert from 'node:assert/strict';
import { chunkStarts, JoinedReaderText } from '../../../server/src/core/text/chunks';
import { DocumentFormat, readDocument } from '../../../server/src/core/text/markdown';
import { CHUNK_HOSTILE } from './hostileInputs';

/** The draft with `|` where a chunk starts (after the first). */
function cuts(text: string, format: DocumentFormat = 'markdown'): string {
  const starts = chunkStarts(text, format, 1);
  let out = '';
  for (let k = 0; k < starts.length; k++) out += (k > 0 ? '|' : '') + text.slice(starts[k], starts[k + 1] ?? text.length);
  return out;
}

describe('chunks of a draft', () => {
  it('cuts at the start of a paragraph after blank lines, and nowhere else', () => {
    assert.equal(
      cuts('Para one, line one\nline two.\n\n  \nPara two.\r\n\r\nPara three.\rstill three.\r\rFour.'),
      'Para one, line one\nline two.\n\n  \n|Para two.\r\n\r\n|Para three.\rstill three.\r\r|Four.',
    );
    assert.equal(cuts('\n\nFirst.'), '\n\n|First.');
    assert.equal(cuts(''), '');
  });

  it('does not cut inside a fenced code block, front matter or an HTML comment', () => {
    assert.equal(cuts('A.\n\n```\nx\n\ny\n```\n\nB.'), 'A.\n\n|```\nx\n\ny\n```\n\n|B.');
    assert.equal(cuts('---\ntitle: x\n\nparty: y\n---\n\nB.'), '---\ntitle: x\n\nparty: y\n---\n\n|B.');
    assert.equal(cuts('A <!-- one\n\ntwo -->\n\nB.'), 'A <!-- one\n\ntwo -->\n\n|B.');
    // An unclosed fence runs to the end of the draft; an unclosed comment is text.
    assert.equal(cuts('A.\n\n```\nx\n\ny'), 'A.\n\n|```\nx\n\ny');
    assert.equal(cuts('A <!-- one\n\ntwo'), 'A <!-- one\n\n|two');
    // In plain text a fence is text, but a comment is still removed.
    assert.equal(cuts('A.\n\n```\nx\n\ny', 'plaintext'), 'A.\n\n|```\nx\n\n|y');
    assert.equal(cuts('A <!-- one\n\ntwo -->\n\nB.', 'plaintext'), 'A <!-- one\n\ntwo -->\n\n|B.');
  });

  it('does not start a chunk with `---`, which read alone would open front matter', () => {
    assert.equal(cuts('A.\n\n---\nB.\n---\n\nC.'), 'A.\n\n---\nB.\n---\n\n|C.');
  });

  it('keeps a volume at the end of a page with the page furniture and the rest of the citation', () => {
    const text = '*Abbey House Media, Inc. v. Apple Inc.*, 66\n\n---\n\nPage 3\n\nF. Supp. 3d 413, 419 (S.D.N.Y. 2014).\n\nNext.';
    assert.equal(chunkStarts(text, 'plaintext', 1).length, 1);
    // A number that is not after a comma holds nothing.
    assert.equal(cuts('Page 3\n\nText.', 'plaintext'), 'Page 3\n\n|Text.');
    // The hold ends: far enough on, paragraphs are cut again.
    const far = 'Smith v. Jones, 12\n\n---\n\n' + 'Prose line.\n\n'.repeat(1200) + 'Last.';
    const starts = chunkStarts(far, 'plaintext', 1);
    assert.ok(starts.length > 100 && starts[1] > 12000, `first cut at ${starts[1]}`);
    // With no page break after it (prose follows), a number at a line's end holds nothing.
    assert.equal(cuts('Smith v. Jones, 12\n\nProse.\n\nMore.', 'plaintext'), 'Smith v. Jones, 12\n\n|Prose.\n\n|More.');
    // Past a footnote and a date line, a page number still counts; markup is read through.
    assert.equal(chunkStarts('Smith v. Jones, 12\n\n<sup>3</sup> A note\non two lines.\n\nMarch 3, 2024\n\n**Page 4**\n\nF.3d 5.\n\nNext.', 'markdown', 1).length, 1);
  });

  it('cuts hostile text — blank lines, fences, comment openers — into chunks that run forward (how its time grows: npm run test:perf)', () => {
    for (const make of CHUNK_HOSTILE) {
      const text = make(64 * 1024);
      const starts = chunkStarts(text, 'markdown');
      for (let k = 1; k < starts.length; k++) assert.ok(starts[k] > starts[k - 1], `${JSON.stringify(text.slice(0, 6))}…: starts run forward`);
      assert.ok(starts.every((at) => at >= 0 && at <= text.length));
    }
  });
});

describe('a reader joined from chunk readers', () => {
  it('answers for every offset as the reader of the whole draft does', () => {
    const text = '\ufeffSee *Texaco*, 60 F.3d 913 &amp; AT&amp;T.\n\nA note <!-- here -->.\n\nMSFT\\_AICPY\\_000591635 `code`<sup>1</sup>\r\n\r\nEnd';
    for (const format of ['markdown', 'plaintext'] as const) {
      const starts = chunkStarts(text, format, 1);
      assert.ok(starts.length >= 3);
      const joined = new JoinedReaderText(
        text,
        starts.map((s, k) => readDocument(text.slice(s, starts[k + 1] ?? text.length), format)),
        starts,
      );
      const whole = readDocument(text, format);
      assert.equal(joined.text, whole.text);
      assert.deepEqual(joined.emphasis, whole.emphasis);
      for (let i = -1; i <= whole.text.length + 1; i++) {
        assert.equal(joined.toSourceStart(i), whole.toSourceStart(i), `start ${i}`);
        assert.equal(joined.toSourceEnd(i), whole.toSourceEnd(i), `end ${i}`);
      }
      const at = text.indexOf('MSFT');
      assert.equal(joined.escapeLike(at, at + 22, 'MSFT_AICPY_000591636'), whole.escapeLike(at, at + 22, 'MSFT_AICPY_000591636'));
    }
  });
});
