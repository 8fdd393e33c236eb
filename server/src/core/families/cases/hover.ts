import type { CheckResult } from '../../analysis';
import { escapeMarkdown } from '../../text/strings';
import type { Citation } from '../../types';
import type { HoverContext } from '../family';
import { TABLES } from './tables';
import { caseDetail } from './types';

/**
 * Hover for case citations, short forms, `Id.`, `supra`, statutes and rules: what the citation
 * is (case name, reporter and the years of its series, court, year, pin cite), how often the
 * draft cites it again, and a link to the opinion on CourtListener. On a short form: the full
 * citation it resolves to, or why it resolves to none.
 */
export function describeCase(c: Citation, { result }: HoverContext): string {
  switch (c.kind) {
    case 'case':
      return describeFullCitation(c, result);
    case 'case-short':
    case 'id':
    case 'supra':
      return describeShortForm(c, result);
    default:
      return `**${c.kind}** \`${c.text}\``;
  }
}

function describeFullCitation(c: Citation, result: CheckResult): string {
  const d = caseDetail(c);
  const edition = d.edition ? TABLES.editionByKey(d.edition) : undefined;
  const lines: string[] = [];
  lines.push(c.caseName ? `**${escapeMarkdown(c.caseName)}**` : '**Case citation**');
  lines.push(`\`${citationLine(c)}\``);
  if (edition) {
    const publisher = TABLES.publisher(edition);
    lines.push(`Reporter: ${TABLES.describeEdition(edition)}${publisher ? `, published by ${publisher}` : ''}`);
  }
  else if (d.reporterKnown === false) lines.push(`Reporter: "${c.reporterAsWritten}" is not a reporter Brieflint knows.`);
  const court = courtLine(c, result);
  if (court) lines.push(court);
  if (c.pinCite) lines.push(`Pin cite: ${c.pinCite}`);
  const parallels = parallelCitations(c, result);
  if (parallels.length > 0) lines.push(`Parallel citation${parallels.length > 1 ? 's' : ''}: ${parallels.map((p) => `\`${citationLine(p)}\``).join(', ')}`);
  if (d.history) lines.push(`Subsequent history: ${d.history}`);
  const later = laterReferences(c, result);
  lines.push(later === 0 ? 'Not cited again later in this draft.' : `Cited again ${later} time${later === 1 ? '' : 's'} later in this draft.`);
  const link = courtListenerLink(c);
  if (link) lines.push(`[Open on CourtListener](${link})`);
  return lines.join('\n\n');
}

function describeShortForm(c: Citation, result: CheckResult): string {
  const d = caseDetail(c);
  const label = c.kind === 'id' ? `\`${c.text}\`` : `Short form \`${c.text}\``;
  const byId = new Map(result.citations.map((x) => [x.id, x]));
  if (!c.antecedent) {
    if (d.ambiguous && d.candidates) {
      const names = d.candidates.map((id) => byId.get(id)).filter((x): x is Citation => !!x).map((x) => `- ${describeBriefly(x)}`);
      return [`${label} follows a string of several authorities; it may mean any of:`, names.join('\n')].join('\n\n');
    }
    if (d.ambiguousChain) return `${label} follows an \`Id.\` whose authority is unclear.`;
    if (c.kind === 'supra') return `${label}: no earlier full citation in this draft has the name "${escapeMarkdown(c.caseName ?? '')}". It may refer to a book or article.`;
    return `${label}: no earlier citation in this draft to refer to.`;
  }
  const target = rootOf(c, byId);
  const lines = [`${label} refers to:`];
  if (target) lines.push(describeBriefly(target));
  if (c.pinCite) lines.push(`Pin cite: ${c.pinCite}`);
  if (target?.kind === 'case') {
    const link = courtListenerLink(target);
    if (link) lines.push(`[Open on CourtListener](${link})`);
  }
  return lines.join('\n\n');
}

/** One line for a citation: name and citation, or the citation alone. */
function describeBriefly(c: Citation): string {
  if (c.kind !== 'case') return `\`${c.text}\``;
  return `${c.caseName ? `*${escapeMarkdown(c.caseName)}*, ` : ''}\`${citationLine(c)}\`${c.year ? ` (${[c.court, c.year].filter(Boolean).join(' ')})` : ''}`;
}

/** `60 F.3d 913` (and the pin cite). */
function citationLine(c: Citation): string {
  const d = caseDetail(c);
  const nominative = d.nominative ? ` (${d.nominative})` : '';
  const page = c.page ?? (c.pinCite ? `at ${c.pinCite}` : '');
  const pin = c.page && c.pinCite ? `, ${c.pinCite}` : '';
  return `${c.volume ?? ''} ${c.reporter ?? ''}${nominative} ${page}${pin}`.replace(/\s+/g, ' ').trim();
}

function courtLine(c: Citation, result: CheckResult): string | undefined {
  const d = caseDetail(c);
  const last = lastMemberOf(c, result);
  const edition = d.edition ? TABLES.editionByKey(d.edition) : undefined;
  const courtText = last.court;
  let court: string | undefined;
  if (courtText) {
    const match = TABLES.lookupCourt(courtText, edition?.state);
    court = match?.court ? `${match.court.name} (${courtText})` : courtText;
  } else if (edition) {
    const implied = TABLES.impliedCourt(edition);
    if (implied) court = `${implied.name} (implied by the reporter)`;
  }
  const date = d.date ?? (last.year !== undefined ? String(last.year) : undefined);
  if (!court && !date) return undefined;
  return [court ? `Court: ${court}` : undefined, date ? `Decided: ${date}` : undefined].filter(Boolean).join(' · ');
}

/** The citations of the same authority after `c` (parallel citations). */
function parallelCitations(c: Citation, result: CheckResult): Citation[] {
  const authority = caseDetail(c).authority;
  if (!authority) return [];
  return result.citations.filter((o) => o !== c && o.kind === 'case' && caseDetail(o).authority === authority);
}

function lastMemberOf(c: Citation, result: CheckResult): Citation {
  const members = [c, ...parallelCitations(c, result)];
  return members.reduce((a, b) => (b.start > a.start ? b : a));
}

/** The full citation a short form finally refers to (through `Id.` after `Id.`), if any. */
function rootOf(c: Citation, byId: Map<string, Citation>): Citation | undefined {
  let current: Citation | undefined = c;
  for (let steps = 0; current && steps < 64; steps++) {
    if (current.kind !== 'case-short' && current.kind !== 'id' && current.kind !== 'supra') return current;
    current = current.antecedent ? byId.get(current.antecedent) : undefined;
  }
  return undefined;
}

/** How many citations after `c` refer to its authority (short forms, `Id.`, `supra`, repeated citations). */
function laterReferences(c: Citation, result: CheckResult): number {
  const byId = new Map(result.citations.map((x) => [x.id, x]));
  const authority = caseDetail(c).authority;
  let count = 0;
  for (const o of result.citations) {
    if (o.start <= c.start || o.kind === 'case') continue;
    const root = rootOf(o, byId);
    if (!root) continue;
    if (root === c || (authority !== undefined && caseDetail(root).authority === authority)) count++;
  }
  return count;
}

/**
 * `https://www.courtlistener.com/c/F.3d/60/913/`: CourtListener's citation look-up, with the
 * reporter as Bluebook writes it, spaces encoded (`S.%20Ct.`). Printed reporters CourtListener
 * holds only: database and public-domain citations have no page there, nor does a page not yet
 * known (`___`), nor an administrative reporter or a topical service (`TABLES.onCourtListener`).
 */
export function courtListenerLink(c: Citation): string | undefined {
  const d = caseDetail(c);
  if (!c.volume || !c.reporter || !c.page || !/^\d+$/.test(c.page) || d.reporterKnown === false) return undefined;
  if (d.form && d.form !== 'print') return undefined;
  // Administrative decisions and topical services are not on CourtListener: a link would find nothing.
  const edition = d.edition ? TABLES.editionByKey(d.edition) : undefined;
  if (edition && !TABLES.onCourtListener(edition)) return undefined;
  return `https://www.courtlistener.com/c/${encodeURIComponent(c.reporter)}/${c.volume}/${c.page}/`;
}

