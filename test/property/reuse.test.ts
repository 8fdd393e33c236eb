/**
 * The checker reads a draft chunk by chunk and, after an edit, reads again only the chunks that
 * changed (`core/check.ts` `analyze`, `core/text/chunks.ts`). Both must be invisible: reading in
 * chunks gives what reading the whole draft gives, and a check that reuses the chunks of earlier
 * checks gives what a check from nothing gives, after any sequence of edits.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, analyzeChunks, analyzeWhole, check, newCheckMemo } from '../../server/src/core/check';
import { exhibitIndexOf } from '../../server/src/core/families/exhibits/definitions';
import { chunkStarts } from '../../server/src/core/text/chunks';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import type { ReaderText } from '../../server/src/core/text/readerText';
import { anyDraft, mutate, mutation } from './drafts';
import { propertyParameters, sourcesOf, worldOf } from './properties';

/** The reader's text and every offset's mapping, for comparing two readers of one draft. */
function readerMap(r: ReaderText): { text: string; starts: number[]; ends: number[]; emphasis: Array<readonly [number, number]> } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= r.text.length + 1; i++) {
    starts.push(r.toSourceStart(i));
    ends.push(r.toSourceEnd(i));
  }
  return { text: r.text, starts, ends, emphasis: [...r.emphasis] };
}

describe('property: reading in chunks, and reusing them after edits', function () {
  this.timeout(120_000);

  it('reading a draft chunk by chunk gives what reading it whole gives', () => {
    fc.assert(
      fc.property(anyDraft(), (d) => {
        const draft = { text: d.text, format: d.format, path: worldOf(d).draftPath };
        const whole = analyzeWhole(draft);
        // Cut at every place a cut is allowed (the checker takes about one in four), and as the checker cuts.
        for (const chunked of [analyzeChunks(draft, chunkStarts(d.text, d.format, 1)), analyze(draft, newCheckMemo())]) {
          assert.deepEqual(readerMap(chunked.reader), readerMap(whole.reader));
          assert.deepEqual(chunked.citations, whole.citations);
          // The exhibit index, which the rules read from the chunks' indexes.
          assert.deepEqual(exhibitIndexOf(chunked.reader), exhibitIndexOf(whole.reader));
        }
      }),
      propertyParameters(400),
    );
  });

  it('a re-check that reuses the last check gives what a check from nothing gives, edit after edit', () => {
    fc.assert(
      fc.property(anyDraft(), fc.array(mutation, { minLength: 1, maxLength: 8 }), (d, edits) => {
        const memo = newCheckMemo();
        const sources = sourcesOf(d);
        let text = d.text;
        for (const edit of [undefined, ...edits]) {
          if (edit) text = mutate(text, edit);
          const draft = { text, format: d.format, path: worldOf(d).draftPath };
          const reused = check(draft, DEFAULT_SETTINGS, sources, memo);
          const fresh = check(draft, DEFAULT_SETTINGS, sources);
          assert.deepEqual(reused.citations, fresh.citations);
          assert.deepEqual(reused.findings, fresh.findings);
          assert.equal(reused.reader.text, fresh.reader.text);
        }
      }),
      propertyParameters(250),
    );
  });

  it('reads again only the chunks an edit touched, wherever the edit is', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Paragraph ${i}: see *Smith v. Jones*, ${i + 1} F.3d ${i + 10} (2d Cir. 2001); Ex. ${(i % 9) + 1}.`);
    const text = paragraphs.join('\n\n') + '\n';
    for (const at of [0, Math.floor(text.length / 2), text.length - 3]) {
      const memo = newCheckMemo();
      check({ text, format: 'markdown' }, DEFAULT_SETTINGS, {}, memo);
      const before = new Set(memo.chunks);
      assert.ok(before.size > 10, `${before.size} chunks`);
      const edited = text.slice(0, at) + 'x' + text.slice(at);
      const result = check({ text: edited, format: 'markdown' }, DEFAULT_SETTINGS, {}, memo);
      const reread = memo.chunks.filter((c) => !before.has(c)).length;
      assert.ok(reread >= 1 && reread <= 2, `an edit at ${at} read ${reread} of ${memo.chunks.length} chunks again`);
      assert.deepEqual(result.citations, check({ text: edited, format: 'markdown' }).citations);
    }
  });

  it('a memo follows a draft whose format changes', () => {
    const text = 'See *Smith v. Jones*, 60 F.3d 913 (2d Cir. 1994).\n\nSee Ex. 1.\n';
    const memo = newCheckMemo();
    for (const format of ['markdown', 'plaintext', 'markdown'] as const) {
      const reused = check({ text, format }, DEFAULT_SETTINGS, {}, memo);
      assert.deepEqual(reused.citations, check({ text, format }).citations, format);
    }
  });
});
