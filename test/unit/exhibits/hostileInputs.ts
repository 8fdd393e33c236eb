/**
 * Hostile drafts for the exhibit extractor, rules and commands, each made at any size (npm test
 * checks them small; npm run test:perf measures how the time grows), and the work measured.
 */
import { analyze } from '../../../server/src/core/check';
import { extractExhibitCites } from '../../../server/src/core/families/exhibits/extract';
import { readCsvManifest } from '../../../server/src/core/families/exhibits/manifest';
import { ruleContext } from '../../../server/src/core/analysis';
import { exhibits } from '../../../server/src/core/families/exhibits';
import type { ExhibitSources } from '../../../server/src/core/families/exhibits/types';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { readDocument } from '../../../server/src/core/text/markdown';

/** `unit` repeated to `size` characters. */
export function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export const SOURCES: { exhibits: ExhibitSources } = (() => {
  const reading = readCsvManifest('exhibit,description,bates_begin\n2,Memo,ABC000200\n3,Chart,ABC000300\n', '/case/exhibits.csv');
  return { exhibits: { definitions: reading.definitions, sources: ['exhibits.csv'], problems: [], manifest: reading.info } };
})();

export interface Prepared {
  reader: ReturnType<typeof readDocument>;
  analysis: ReturnType<typeof analyze>;
}

/** The draft read and analysed (not timed: the reader and the other extractors have their own tests). */
export function prepare(text: string): Prepared {
  return { reader: readDocument(text, 'markdown'), analysis: analyze({ text, format: 'markdown', path: '/case/brief.md' }) };
}

/** The exhibit work of a check: the extractor on the reader text, then the exhibit rules with a list. */
export function exhibitWork({ reader, analysis }: Prepared): void {
  extractExhibitCites(reader);
  const ctx = ruleContext(analysis, DEFAULT_SETTINGS, SOURCES);
  for (const rule of exhibits.rules) rule.check?.(ctx);
}

export const EXHIBIT_HOSTILE: Array<[string, (size: number) => string]> = [
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

/** Exhibits cited in a scrambled order, for the commands (renumber, create a list). */
export const SCRAMBLED = (n: number) => Array.from({ length: Math.ceil(n / 16) }, (_, k) => `Ex. ${(k * 7919) % 5000}, see; `).join('').slice(0, n);
