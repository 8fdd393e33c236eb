/**
 * The authorities family: statutes, regulations, court rules, constitutions, session laws,
 * legislative materials and secondary sources (`17 U.S.C. § 106`, `29 C.F.R. § 1604.11`,
 * `Fed. R. Civ. P. 26(b)(1)`, `U.S. Const. art. I, § 8, cl. 8`, `Pub. L. No. 117-58`,
 * `H.R. Rep. No. 94-1476`, `4 Harv. L. Rev. 193`). The case extractor finds them beside cases
 * (they share string citations and `Id.`), with `extractStatutesAndRules`; this family says what
 * they cite (their `authority`), how they are shown, and resolves its own short forms.
 */
import type { Analysis } from '../../analysis';
import { normalizeSpaces } from '../../text/strings';
import type { Citation } from '../../types';
import type { CitationFamily, GroupPresentation, ToaSectionTitle } from '../family';
import { describeAuthority } from './hover';
import { authorityLinks } from './links';
import { resolveAuthorities } from './resolve';
import { RULES } from './rules/index';
import { authorityDetail } from './types';

/** The authority a citation stands for: its canonical form without the pin. */
function authorityOf(c: Citation): string {
  return normalizeSpaces(c.authority ?? c.text);
}

/** As the table of authorities writes it: the authority (a secondary source with its author and title). */
function tableText(first: Citation, _analysis: Analysis): { text: string } {
  const d = authorityDetail(first);
  if (first.kind === 'secondary' && d.lead && !d.code?.startsWith('Restatement') && !authorityOf(first).startsWith(d.lead)) {
    return { text: normalizeSpaces(`${d.lead.replace(/,?\s*$/, ',')} ${authorityOf(first)}`) };
  }
  return { text: authorityOf(first) };
}

/**
 * Statutes in a table of authorities: federal first (codes before session laws), then by
 * jurisdiction, then code, title and section by number (`17 U.S.C. § 106` before `17 U.S.C. § 1201`, `28 U.S.C.` after both).
 */
function sortKey(first: Citation): string {
  const d = authorityDetail(first);
  const federal = !d.jurisdiction || d.jurisdiction === 'United States' ? '0' : '1';
  const pad = (s: string | undefined) => (s ?? '').replace(/\d+/g, (n) => n.padStart(8, '0'));
  const session = first.kind === 'session-law' ? '1' : '0';
  return `${federal}${session} ${d.jurisdiction ?? ''} ${d.code ?? ''} ${pad(d.title)} ${pad(d.sections?.[0])} ${authorityOf(first)}`;
}

function group(toaSection: ToaSectionTitle): GroupPresentation {
  return { outline: 'Authorities', symbol: 'interface', authority: true, toaSection, tableText, sortKey };
}

export const authorities: CitationFamily = {
  name: 'authorities',
  kinds: ['statute', 'regulation', 'rule', 'constitution', 'session-law', 'secondary', 'legislative'],
  rules: RULES,
  resolve: resolveAuthorities,
  keys: (root) => [`${root.kind} ${authorityOf(root)}`],
  groups: {
    constitution: group('Constitutional Provisions'),
    statute: group('Statutes'),
    'session-law': group('Statutes'),
    rule: group('Rules'),
    regulation: group('Regulations'),
    legislative: group('Legislative Materials'),
    secondary: group('Other Authorities'),
  },
  kindWords: {
    statute: 'statute',
    regulation: 'regulation',
    rule: 'rule',
    constitution: 'constitutional provision',
    'session-law': 'session law',
    secondary: 'secondary source',
    legislative: 'legislative material',
  },
  tokens: {
    parts: { code: 'type', title: 'number', section: 'number', pinCite: 'number' },
    whole: { statute: 'type', regulation: 'type', rule: 'type', constitution: 'type', 'session-law': 'type', secondary: 'type', legislative: 'type' },
  },
  hover: describeAuthority,
  links: authorityLinks,
  jsonFields: ['authority', 'pinCite'],
};

export { extractStatutesAndRules, readSectionPin, AUTHORITY_KINDS } from './extract';
