/**
 * Properties of the whole check on random drafts: it never throws; every range lies inside the
 * draft and on the text it names; the JSON report keeps the contract of DESIGN.md.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { toJson } from '../../server/src/core/report';
import { resultProblems } from '../robustness/invariants';
import { contractProblems } from './contract';
import { anyDraft, mutatedDraft } from './drafts';
import { checkWorld, propertyParameters, readerViewOf, sourcesOf } from './properties';

/** White space collapsed, for comparing text across line breaks. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

describe('property: check() on random drafts', function () {
  this.timeout(120_000);

  it('never throws, and its results are sane', () => {
    fc.assert(
      fc.property(mutatedDraft(20, 12), (d) => {
        const result = checkWorld(d);
        assert.deepEqual(resultProblems(result, d.text), []);
      }),
      propertyParameters(400),
    );
  });

  it('gives every citation the text a reader sees of its range', () => {
    fc.assert(
      fc.property(anyDraft(), (d) => {
        const result = checkWorld(d);
        for (const c of result.citations) {
          assert.equal(c.text, readerViewOf(result.reader, c.start, c.end), `${c.id} (${c.kind}) at ${c.start}–${c.end}: source ${JSON.stringify(d.text.slice(c.start, c.end))}`);
        }
      }),
      propertyParameters(300),
    );
  });

  it('gives every citation part a range inside the draft, on the text the citation names', () => {
    fc.assert(
      fc.property(anyDraft(), (d) => {
        const result = checkWorld(d);
        for (const c of result.citations) {
          for (const [name, span] of Object.entries(c.parts ?? {})) {
            assert.ok(span.start >= 0 && span.start <= span.end && span.end <= d.text.length, `${c.id} "${c.text}": part ${name} ${span.start}–${span.end}`);
            const seen = readerViewOf(result.reader, span.start, span.end);
            // A part named after a field (`pinCite`, `caseName`, …) reads as that field, but for
            // spacing; the `reporter` part is the reporter as written.
            const field = name === 'reporter' ? c.reporterAsWritten : (c as unknown as Record<string, unknown>)[name];
            if (typeof field === 'string') {
              assert.equal(squeeze(seen), squeeze(field), `${c.id} "${c.text}": part ${name} reads ${JSON.stringify(seen)}, the field is ${JSON.stringify(field)}`);
            }
          }
        }
      }),
      propertyParameters(300),
    );
  });

  it('writes JSON that keeps the contract of DESIGN.md', () => {
    fc.assert(
      fc.property(fc.array(anyDraft(), { minLength: 1, maxLength: 3 }), (drafts) => {
        // With the problems of the exhibit and docket lists, as the command line reports them.
        const files = drafts.map((d, i) => {
          const sources = sourcesOf(d);
          const sourceProblems = [...(sources.exhibits?.problems ?? []), ...(sources.docketList?.problems ?? [])];
          return { path: `draft-${i}.${d.format === 'markdown' ? 'md' : 'txt'}`, result: checkWorld(d), sourceProblems };
        });
        const json = JSON.parse(JSON.stringify(toJson(files)));
        const texts = Object.fromEntries(drafts.map((d, i) => [files[i].path, d.text]));
        assert.deepEqual(contractProblems(json, texts), []);
      }),
      propertyParameters(200),
    );
  });

  it('finds the same citations however the draft is split into lines (LF, CRLF, CR)', () => {
    // Line endings change no offsets a reader sees within a line; only their own width.
    fc.assert(
      fc.property(anyDraft(), (d) => {
        const lf = d.text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const texts = (t: string) => checkWorld({ ...d, text: t }).citations.map((c) => `${c.kind}: ${c.text.replace(/\r\n?/g, '\n')}`);
        assert.deepEqual(texts(crlf), texts(lf));
      }),
      propertyParameters(200),
    );
  });
});
