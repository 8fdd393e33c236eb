/**
 * The record family: record cites (`Smith Dep. 45:3–12`, `Jones Decl. ¶ 5`, `J.A. 123`,
 * `4-ER-874–76`, `ROA.123`, `PageID #234`), resolved against the record folder and its index and
 * read from the record files (transcripts by page and line, declarations by paragraph).
 */
import type { CitationFamily } from '../family';
import { resolveRecordCite } from './catalog';
import { recordDetail, extractRecordCites } from './extract';
import { describeRecordCite } from './hover';
import { recordDeclarations, recordKeys, recordLinks } from './places';
import { RULES } from './rules/index';

export const record: CitationFamily = {
  name: 'record',
  kinds: ['record'],
  extract: extractRecordCites,
  rules: RULES,
  keys: recordKeys,
  groups: {
    record: {
      outline: 'Record',
      symbol: 'file',
      name: (_key, c) => c.document ?? c.text,
      title: (g) => (g.first.volume && recordDetail(g.first)?.key.includes('|') ? `${g.name}, vol. ${g.first.volume}` : g.name),
      detail: (g, _result, sources) => {
        const d = resolveRecordCite(g.first, sources).document;
        return d ? d.relativePath ?? d.name : sources.record ? 'not in the record' : undefined;
      },
      declarations: recordDeclarations,
    },
  },
  kindWords: { record: 'record cite' },
  tokens: {
    parts: { document: 'class', volume: 'number', loc: 'number' },
    whole: { record: 'class' },
  },
  hover: describeRecordCite,
  links: recordLinks,
  jsonFields: ['document', 'volume', 'locations', 'source'],
  jsonValues: (c, { sources }) => {
    if (!sources) return {};
    const d = resolveRecordCite(c, sources).document;
    return d?.relativePath ? { source: d.relativePath } : {};
  },
};

export { recordDetail };

// What the service, the command line and the server use of this family besides the object above.
export { recordIndex, recordIndexMarkdown } from './commands';
export type { RecordIndexRow } from './commands';
export { indexKey } from './catalog';
export { extensionOf, readerFor, UNREAD_EXTENSIONS } from './readers';
export type { RecordReader, RecordReading, ReaderProblem } from './readers';
export { squeeze } from './abbreviations';
export type { RecordDocument, RecordSources, RecordText } from './types';
export { parseRecordIndex, RECORD_INDEX_NAME, RECORD_PROBLEM } from './indexFile';
export type { RecordIndexRow as RecordIndexFileRow } from './indexFile';
