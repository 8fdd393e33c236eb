import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/text/lines';

describe('LineIndex', () => {
  it('breaks lines at LF, CR and CRLF', () => {
    const text = 'a\nbb\r\ncc\rd\n\r\n\re';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 7);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((l) => lines.lineStart(l)), [0, 2, 6, 9, 11, 13, 14, text.length]);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((l) => text.slice(lines.lineStart(l), lines.lineEnd(l))), ['a', 'bb', 'cc', 'd', '', '', 'e']);
    assert.deepEqual(lines.positionAt(4), { line: 1, column: 2 }); // the CR of a CRLF
    assert.deepEqual(lines.positionAt(5), { line: 1, column: 3 }); // its LF
    assert.deepEqual(lines.positionAt(99), { line: 6, column: 1 });
    assert.deepEqual(lines.positionAt(-3), { line: 0, column: 0 });
  });

  it('has one line for text with no break, and a last empty line after a final break', () => {
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('abc').lineCount, 1);
    assert.equal(new LineIndex('abc\r').lineCount, 2);
    assert.equal(new LineIndex('abc\r\n').lineCount, 2);
  });

  it('answers the same in any order of look-ups (the remembered line is only a hint)', () => {
    const text = Array.from({ length: 500 }, (_, k) => 'x'.repeat(k % 7) + (k % 3 === 0 ? '\r\n' : k % 3 === 1 ? '\n' : '\r')).join('');
    const inOrder = [...Array(text.length + 1).keys()].map((o) => new LineIndex(text).positionAt(o));
    const lines = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) assert.deepEqual(lines.positionAt(o), inOrder[o]);
    let seed = 3;
    for (let n = 0; n < 3000; n++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const o = seed % (text.length + 1);
      assert.deepEqual(lines.positionAt(o), inOrder[o], `offset ${o}`);
    }
  });
});
