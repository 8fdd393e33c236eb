import * as assert from 'node:assert/strict';
import { readParagraphs, readRecordText, readTranscript, readerFor } from '../../../server/src/core/families/record/readers';
import { DECLARATION, TRANSCRIPT } from './fixture';

describe('record readers', () => {
  it('reads a transcript: pages after form feeds, 25 numbered lines each, text after the numbers', () => {
    const { content, problems } = readRecordText(TRANSCRIPT);
    assert.deepEqual(problems, []);
    assert.equal(content?.kind, 'transcript');
    assert.deepEqual(content!.pages.map((p) => [p.number, p.lines.length]), [[44, 25], [45, 25], [46, 25], [47, 25]]);
    const line = content!.pages[1].lines[2];
    assert.equal(content!.text.slice(line.start, line.end), 'Q.   Did anyone warn the crew about the missing guard?');
    assert.equal(TRANSCRIPT.split('\n')[line.fileLine].trim(), `3   ${content!.text.slice(line.start, line.end)}`);
  });

  it('reads a transcript without form feeds (page numbers on their own lines) and keeps empty numbered lines', () => {
    const page = (n: number) => `${' '.repeat(50)}${n}\n` + Array.from({ length: 25 }, (_, i) => (i === 9 ? `${i + 1}` : `${i + 1}  Line ${i + 1} of page ${n}`)).join('\n') + '\n';
    const { content, problems } = readTranscript(page(7) + page(8));
    assert.deepEqual(problems, []);
    assert.deepEqual(content!.pages.map((p) => [p.number, p.lines.length]), [[7, 25], [8, 25]]);
    assert.equal(content!.pages[1].lines[9].start, content!.pages[1].lines[9].end);
  });

  it('reports lines out of order at their line, and does not read the condensed form', () => {
    const { problems } = readTranscript('Page 3\n1 One\n2 Two\n4 Four\n5 Five\n6 Six\n');
    assert.deepEqual(problems, [{ line: 3, column: 0, message: 'line 4 follows line 2 on page 3' }]);
    const condensed = readTranscript('Page 1                         Page 3\n1 One          1 Uno\n');
    assert.equal(condensed.content, undefined);
    assert.match(condensed.problems[0].message, /condensed transcript/);
  });

  it('reads numbered paragraphs (`1.`, `¶ 1`, `1)`), and a list inside a paragraph stays in it', () => {
    const { content, problems } = readParagraphs(DECLARATION);
    assert.deepEqual(problems, []);
    assert.deepEqual(content!.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6, 7, 8]);
    const p3 = content!.paragraphs[2];
    assert.equal(content!.text.slice(p3.start, p3.end), 'On February 27, 2022, I found the guard on line four cracked along its lower edge.');
    const other = readParagraphs('¶ 1 First.\n\n¶ 2 Second, with a list:\n1. a\n2. b\n\n3) Third.\n\n5) Fifth.\n');
    assert.deepEqual(other.content!.paragraphs.map((p) => p.number), [1, 2, 3, 5]);
    assert.deepEqual(other.problems, [{ line: 8, column: 0, message: 'paragraph 5 follows paragraph 3' }]);
  });

  it('never throws on hostile text, and chooses a reader by extension (PDF and Word have none yet)', () => {
    for (const text of ['', '\f\f\f', '9'.repeat(100000), '1.\n'.repeat(10000), 'Page 1\n' + '99 x\n'.repeat(1000)]) readRecordText(text);
    assert.ok(readerFor('/r/Smith Dep.txt'));
    assert.ok(readerFor('/r/Jones Decl.MD'));
    assert.equal(readerFor('/r/4-ER.pdf'), undefined);
    assert.equal(readerFor('/r/Smith Dep.docx'), undefined);
  });
});
