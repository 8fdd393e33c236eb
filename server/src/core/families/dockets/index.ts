/**
 * The dockets family: docket cites (`Dkt. No. 293`, `ECF No. 45 at 3`, `(ECF Nos. 45, 46)`) and
 * case numbers (`No. 1:23-cv-08292-SHS`), checked against the draft's majority style and a
 * docket list.
 */
import type { CitationFamily } from '../family';
import { completeDocket } from './complete';
import { extractDocketCites } from './extract';
import { describeDocket } from './hover';
import { docketDetail, docketKeys, docketPartKeys } from './keys';
import { docketDeclarations } from './places';
import { RULES } from './rules/index';

export const dockets: CitationFamily = {
  name: 'dockets',
  kinds: ['docket', 'case-number'],
  extract: extractDocketCites,
  rules: RULES,
  keys: docketKeys,
  partKeys: docketPartKeys,
  groups: {
    docket: {
      outline: 'Docket entries',
      symbol: 'key',
      name: (key) => key.slice('docket '.length),
      title: (g) => `${docketDetail(g.first)?.family ?? 'Dkt.'} ${g.name}`,
      detail: (g, _result, sources) => sources.docketList?.entries.get(g.name)?.description,
      declarations: docketDeclarations,
    },
    'case-number': { symbol: 'key' },
  },
  kindWords: { docket: 'docket cite' },
  tokens: {
    parts: { entry: 'number', style: 'keyword', pinCite: 'number', keyword: 'keyword' },
    whole: { docket: 'keyword', 'case-number': 'number' },
  },
  hover: describeDocket,
  complete: completeDocket,
  jsonFields: ['pinCite', 'entry'],
};

// What the service uses of this family besides the object above.
export { DOCKET_LIST_CODE, parseDocketList } from './list';
export type { DocketList } from './types';
