/**
 * The Markdown and plain-text reader (`core/text/markdown.ts`) on every hostile draft: an offset
 * map that stays inside the file, runs forward, and lands on the very
 * character a reader sees wherever a character is copied one for one (how its time grows: npm
 * run test:perf).
 */
import * as assert from 'node:assert/strict';
import { readDocument } from '../../server/src/core/text/markdown';
import type { ReaderText } from '../../server/src/core/text/readerText';
import { HOSTILE_DRAFTS, QUICK_SIZE } from './hostile';

/** Problems with the reader's offset map, checked at up to `samples` evenly spread offsets. */
function mapProblems(reader: ReaderText, samples = 2000): string[] {
  const { source, text } = reader;
  const problems: string[] = [];
  if (text.length > source.length) problems.push(`the reader text (${text.length}) is longer than the file (${source.length})`);
  const step = Math.max(1, Math.floor(text.length / samples));
  let lastStart = 0;
  for (let r = 0; r < text.length && problems.length < 10; r += step) {
    const start = reader.toSourceStart(r);
    const end = reader.toSourceEnd(r + 1);
    if (!(start >= 0 && start < end && end <= source.length)) {
      problems.push(`reader offset ${r} maps to ${start}–${end}, not a non-empty span inside the file`);
      continue;
    }
    if (start < lastStart) problems.push(`reader offset ${r} maps to ${start}, before the previous sample's ${lastStart}`);
    lastStart = start;
    // A character copied one for one is the same character.
    if (end - start === 1 && source[start] !== text[r]) {
      problems.push(`reader offset ${r} reads ${JSON.stringify(text[r])} but maps to ${JSON.stringify(source[start])} at ${start}`);
    }
  }
  return problems;
}

describe('robustness: the reader on hostile drafts', function () {
  this.timeout(60_000);
  for (const format of ['markdown', 'plaintext'] as const) {
    describe(`as ${format}`, () => {
      for (const hostile of HOSTILE_DRAFTS) {
        it(`${hostile.name}: a sound offset map`, () => {
          const label = `${hostile.name} (${format} reader)`;
          const result = readDocument(hostile.make(QUICK_SIZE), format);
          assert.deepEqual(mapProblems(result), [], label);
        });
      }
    });
  }
});
