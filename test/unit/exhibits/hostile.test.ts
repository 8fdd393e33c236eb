import * as assert from 'node:assert/strict';
import { ruleContext } from '../../../server/src/core/analysis';
import { analyze, check } from '../../../server/src/core/check';
import { createManifestCsv, exhibitIndex, renumberExhibits } from '../../../server/src/core/families/exhibits/commands';
import { extractExhibitCites } from '../../../server/src/core/families/exhibits/extract';
import { readCsvManifest } from '../../../server/src/core/families/exhibits/manifest';
import { exhibits } from '../../../server/src/core/families/exhibits';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { readDocument } from '../../../server/src/core/text/markdown';
import type { ExhibitSources } from '../../../server/src/core/families/exhibits/types';

const KB = 1024;
const MB = 1024 * KB;

/** `unit` repeated to `size` characters. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function ms(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs `work` on a quarter megabyte and on a megabyte of `make` (after `prepare`, which is not
 * timed): the megabyte must take under two seconds, and four times the text no more than ten
 * times as long (a quadratic path takes sixteen). The fastest of three runs counts, so a garbage
 * collection or a busy machine does not fail the test.
 */
function expectLinear<T>(make: (size: number) => string, prepare: (text: string) => T, work: (prepared: T) => void): void {
  work(prepare(make(16 * KB))); // warm up
  const quarter = prepare(make(MB / 4));
  const small = Math.min(ms(() => work(quarter)), ms(() => work(quarter)), ms(() => work(quarter)));
  const full = prepare(make(MB));
  const large = Math.min(ms(() => work(full)), ms(() => work(full)), ms(() => work(full)));
  assert.ok(large < 2000, `1 MB took ${large.toFixed(0)} ms`);
  assert.ok(large < 50 || large / Math.max(small, 1) < 10, `super-linear: 256 KB ${small.toFixed(0)} ms, 1 MB ${large.toFixed(0)} ms`);
}

const SOURCES: { exhibits: ExhibitSources } = (() => {
  const reading = readCsvManifest('exhibit,description,bates_begin\n2,Memo,ABC000200\n3,Chart,ABC000300\n', '/case/exhibits.csv');
  return { exhibits: { definitions: reading.definitions, sources: ['exhibits.csv'], problems: [], manifest: reading.info } };
})();

interface Prepared {
  reader: ReturnType<typeof readDocument>;
  analysis: ReturnType<typeof analyze>;
}

/** The draft read and analysed (not timed: the reader and the other extractors have their own tests). */
function prepare(text: string): Prepared {
  return { reader: readDocument(text, 'markdown'), analysis: analyze({ text, format: 'markdown', path: '/case/brief.md' }) };
}

/** The exhibit work of a check: the extractor on the reader text, then the exhibit rules with a list. */
function exhibitWork({ reader, analysis }: Prepared): void {
  extractExhibitCites(reader);
  const ctx = ruleContext(analysis, DEFAULT_SETTINGS, SOURCES);
  for (const rule of exhibits.rules) rule.check?.(ctx);
}

describe('exhibits on hostile drafts: linear time', function () {
  this.timeout(120000);

  const HOSTILE: Array<[string, (size: number) => string]> = [
    ['a megabyte of `Ex. 1, `', (n) => repeat('Ex. 1, ', n)],
    ['ranges of a hundred million exhibits', (n) => repeat('Exs. 1–99999999, ', n)],
    ['a Bates prefix followed by a million zeros', (n) => 'See Ex. 1, MSFT_AICPY_' + '0'.repeat(n)],
    ['a Bates prefix split by a million spaces', (n) => 'See Ex. 1, ' + repeat('MSFT ', n)],
    ['parentheses that never close', (n) => repeat('Ex. 1 (', n)],
    ['a declaration that attaches forever', (n) => repeat('attached hereto as Exhibit 1 ', n)],
    ['copies of copies', (n) => repeat('a true and correct copy of X is attached hereto as Ex. 2. ', n)],
    ['distinct exhibits in falling order', (n) => Array.from({ length: Math.ceil(n / 12) }, (_, k) => `Ex. ${99999999 - k}; `).join('').slice(0, n)],
    ['distinct Bates numbers of many widths', (n) => Array.from({ length: Math.ceil(n / 24) }, (_, k) => `Ex. ${k % 50}, ABC${'0'.repeat(k % 7)}${k}; `).join('').slice(0, n)],
    ['a pin cite that never ends', (n) => 'See Ex. 4 at ' + repeat('1, ', n)],
    ['documents before exhibits', (n) => repeat('Doe Decl. Ex. 3 ', n)],
    ['documents after exhibits', (n) => repeat('Ex. 3 to the Declaration of Jane Doe of the ', n)],
    ['an exhibit index a megabyte long', (n) => '| Ex. | Description | Bates |\n|---|---|---|\n' + Array.from({ length: Math.ceil(n / 40) }, (_, k) => `| ${k + 1} | Email | ABC${String(k).padStart(6, '0')} |\n`).join('').slice(0, n)],
    ['a table of pipes', (n) => repeat('|', n)],
    ['exhibit lines forever', (n) => repeat('- Exhibit 1 — Email of Oct. 1, 2023, ABC000100\n', n)],
    ['a million Ex words', (n) => repeat('Ex', n)],
    ['one huge word', (n) => 'E' + 'x'.repeat(n)],
  ];
  for (const [name, make] of HOSTILE) {
    it(name, () => expectLinear(make, prepare, exhibitWork));
  }

  it('the whole check survives every hostile draft, in both formats, with a list and without', () => {
    for (const [name, make] of HOSTILE) {
      const text = make(64 * KB);
      for (const format of ['markdown', 'plaintext'] as const) {
        for (const sources of [{}, SOURCES]) {
          assert.doesNotThrow(() => check({ text, format, path: '/case/brief.md' }, DEFAULT_SETTINGS, sources), `${name} (${format})`);
        }
      }
    }
  });

  it('keeps a range as its two ends: `Exs. 1–99999999` costs what `Exs. 1–2` costs', () => {
    const cites = extractExhibitCites(readDocument('See Exs. 1–99999999.', 'markdown'));
    assert.deepEqual(cites[0].exhibits, ['1', '99999999']);
    const result = check({ text: 'See Exs. 1–99999999.\n', format: 'markdown', path: '/case/brief.md' }, DEFAULT_SETTINGS, SOURCES);
    assert.ok(ms(() => exhibitIndex(result, SOURCES)) < 200);
    assert.ok(ms(() => renumberExhibits(result, SOURCES)) < 200);
  });

  it('the commands stay linear too', () => {
    expectLinear(
      (n) => Array.from({ length: Math.ceil(n / 16) }, (_, k) => `Ex. ${(k * 7919) % 5000}, see; `).join('').slice(0, n),
      (text) => analyze({ text, format: 'markdown', path: '/case/brief.md' }),
      (analysis) => {
        renumberExhibits(analysis, SOURCES);
        createManifestCsv(analysis, SOURCES);
      },
    );
  });
});
