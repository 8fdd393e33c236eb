/**
 * The authorities family: statutes and court rules (`17 U.S.C. § 106`, `Fed. R. Civ. P. 26(b)(1)`).
 * The case extractor finds them beside cases (they share string citations and `Id.`), with
 * `extractStatutesAndRules`; this family says what they cite and how they are shown.
 */
import { normalizeSpaces } from '../../text/strings';
import type { CitationFamily } from '../family';
import { describeAuthority } from './hover';

export const authorities: CitationFamily = {
  name: 'authorities',
  kinds: ['statute', 'rule'],
  rules: [],
  keys: (root) => [`${root.kind} ${normalizeSpaces(root.text)}`],
  groups: {
    statute: { outline: 'Authorities', symbol: 'interface', authority: true, toaSection: 'Statutes' },
    rule: { outline: 'Authorities', symbol: 'interface', authority: true, toaSection: 'Rules' },
  },
  kindWords: { statute: 'statute', rule: 'rule' },
  tokens: { whole: { statute: 'type', rule: 'type' } },
  hover: describeAuthority,
  jsonFields: ['pinCite'],
};

export { extractStatutesAndRules } from './extract';
