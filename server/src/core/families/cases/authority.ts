/**
 * What a case citation (or a statute or rule beside it) cites, and how a table of authorities
 * writes it: the principal citation of each decision (parallel citations and subsequent history
 * point to it), the group key, and the authority in full.
 */
import type { Analysis } from '../../analysis';
import { normalizeSpaces } from '../../text/strings';
import type { Citation } from '../../types';
import type { CitationContext } from '../family';
import { caseDetail } from './types';

/** The principal (first) citation of each authority key (`detail.authority`) of a draft. */
function principals(ctx: CitationContext): ReadonlyMap<string, Citation> {
  return ctx.shared(principals, () => {
    const principalOf = new Map<string, Citation>();
    for (const c of ctx.byId.values()) {
      const d = caseDetail(c);
      if (d.authority !== undefined && (d.member ?? 0) === 0 && !principalOf.has(d.authority)) principalOf.set(d.authority, c);
    }
    return principalOf;
  });
}

/**
 * The citation that stands for a case citation's authority: the first of its parallel citations,
 * or, for subsequent history (`aff'd, 100 F.3d 1`), the decision it is the history of.
 */
export function principalCitation(c: Citation, ctx: CitationContext): Citation {
  const d = caseDetail(c);
  // `historyOf` always names the first decision of a chain of history (`aff'd, …, cert. denied, …`).
  const authority = d.historyOf ?? ((d.member ?? 0) > 0 ? d.authority : undefined);
  return (authority !== undefined && principals(ctx).get(authority)) || c;
}

/** `case 60|F.3d|913`: one key for a decision, its parallel citations and subsequent history included. */
export function caseKeys(root: Citation, ctx: CitationContext): string[] {
  const p = principalCitation(root, ctx);
  return p.volume && p.reporter && p.page ? [`case ${p.volume}|${p.reporter}|${p.page}`] : [`case ${normalizeSpaces(p.text)}`];
}

/**
 * The parallel citations and subsequent history of each case authority, by the extractor's
 * authority key (`detail.authority`, `detail.historyOf`), for writing an authority in full.
 */
export interface AuthorityFamilies {
  /** Citations of one authority occurrence, in document order (the principal first). */
  members: Map<string, Citation[]>;
  /** Principal citations of the history of an authority (`aff'd, …`), in order. */
  history: Map<string, Citation[]>;
}

const familiesOf = new WeakMap<readonly Citation[], AuthorityFamilies>();

export function authorityFamilies(citations: readonly Citation[]): AuthorityFamilies {
  let found = familiesOf.get(citations);
  if (found) return found;
  const members = new Map<string, Citation[]>();
  const history = new Map<string, Citation[]>();
  for (const c of citations) {
    if (c.kind !== 'case') continue;
    const d = caseDetail(c);
    if (d.authority === undefined) continue;
    push(members, d.authority, c);
    if (d.historyOf !== undefined && (d.member ?? 0) === 0) push(history, d.historyOf, c);
  }
  found = { members, history };
  familiesOf.set(citations, found);
  return found;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * An authority as a table of authorities lists it. A case: its name, docket number (before a
 * database cite), every parallel citation without pin cites, court and date, and its subsequent
 * history (`aff'd, 100 F.3d 1 (2d Cir. 1997)`). Anything else: its citation as written.
 */
export function authorityText(c: Citation, families?: AuthorityFamilies): string {
  if (c.kind !== 'case' || !c.volume || !c.reporter || !c.page) return normalizeSpaces(c.text);
  const d = caseDetail(c);
  const name = c.caseName ? `${normalizeSpaces(c.caseName)}, ` : '';
  const docket = d.docketNumber ? `${normalizeSpaces(d.docketNumber)}, ` : '';
  let text = name + docket + reportersAndParenthetical(c, families);
  for (const h of (d.authority !== undefined && families?.history.get(d.authority)) || []) {
    const words = caseDetail(h).history;
    if (words) text += `, ${normalizeSpaces(words)}, ${reportersAndParenthetical(h, families)}`;
  }
  return text;
}

/** `410 U.S. 113, 93 S. Ct. 705 (1973)`: every reporter of one decision, then its court and date. */
function reportersAndParenthetical(c: Citation, families: AuthorityFamilies | undefined): string {
  const authority = caseDetail(c).authority;
  const members = (authority !== undefined && families?.members.get(authority)) || [c];
  const cites = members.filter((m) => m.volume && m.reporter && m.page).map((m) => `${m.volume} ${m.reporter} ${m.page}`);
  const last = members[members.length - 1];
  const date = caseDetail(last).date ?? (last.year !== undefined ? String(last.year) : undefined);
  const parenthetical = [last.court, date].filter((x): x is string => x !== undefined && x !== '').join(' ');
  return `${cites.join(', ')}${parenthetical ? ` (${parenthetical})` : ''}`;
}

/** A case (or statute or rule) as the table of authorities and the outline write it. */
export function caseTableText(first: Citation, analysis: Analysis): { text: string; caseName?: string } {
  const text = authorityText(first, authorityFamilies(analysis.citations));
  return first.kind === 'case' && first.caseName ? { text, caseName: normalizeSpaces(first.caseName) } : { text };
}
