import type { Citation } from '../../types';
import { laterReferencesTo, resolvedCitation } from '../common';
import type { HoverContext } from '../family';
import { authorityUrl } from './links';
import { authorityDetail } from './types';

const KIND_WORDS: Readonly<Record<string, string>> = {
  statute: 'Statute',
  regulation: 'Regulation',
  rule: 'Rule',
  constitution: 'Constitutional provision',
  'session-law': 'Session law',
  secondary: 'Secondary source',
  legislative: 'Legislative material',
};

/**
 * Hover for a statute, regulation, rule, constitutional provision, session law, legislative
 * material or secondary source: what it is (the code's full name and the section), where its
 * official text is, and how often the draft cites it again.
 */
export function describeAuthority(c: Citation, { result }: HoverContext): string {
  const byId = new Map(result.citations.map((x) => [x.id, x]));
  const root = resolvedCitation(c, byId) ?? c;
  const d = authorityDetail(c.detail?.code ? c : root);
  const lines = [`**${KIND_WORDS[c.kind] ?? 'Authority'}** \`${c.authority ?? root.authority ?? c.text}\``];
  const about = [d.codeName, d.jurisdiction && d.codeName && !d.codeName.includes(d.jurisdiction) ? d.jurisdiction : undefined].filter(Boolean).join(' — ');
  if (about) lines.push(about);
  const section = d.sections?.[0];
  if (section && c.kind !== 'secondary') lines.push(`${c.kind === 'rule' ? 'Rule' : c.kind === 'constitution' ? 'Provision' : c.kind === 'session-law' || c.kind === 'legislative' ? 'Number' : d.sign === 'art.' ? 'Article' : 'Section'} ${d.sections!.join(', ')}${c.pinCite ? `, ${c.pinCite}` : ''}`);
  if (c.antecedent && root !== c) lines.push(`Short form of \`${root.authority ?? root.text}\`.`);
  const url = authorityUrl(c.authority ? c : root);
  if (url) lines.push(`[Official text](${url})`);
  const later = laterReferencesTo(root, result.citations);
  lines.push(later === 0 ? 'Not cited again later in this draft.' : `Cited again ${later} time${later === 1 ? '' : 's'} later in this draft.`);
  return lines.join('\n\n');
}
