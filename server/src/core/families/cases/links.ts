import type { Citation, Span } from '../../types';
import type { DraftLink, LinkContext } from '../family';
import { TABLES } from './tables';
import { caseDetail } from './types';


/**
 * The CourtListener page of a case citation, `https://www.courtlistener.com/c/<reporter>/<volume>/<page>/`,
 * for a full citation or a short cite that resolved to one; undefined when the citation has no
 * volume, reporter and first page (or is a Westlaw or Lexis cite). `Id.` and `supra` take the
 * page of what they refer to.
 */
export function courtListenerUrl(citation: Citation, resolve: (c: Citation) => Citation | undefined): string | undefined {
  const c = citation.kind === 'id' || citation.kind === 'supra' ? resolve(citation) : citation;
  if (!c) return undefined;
  const full = c.kind === 'case' ? c : c.kind === 'case-short' ? resolve(c) : undefined;
  if (!full || full.kind !== 'case') return undefined;
  const volume = c.volume ?? full.volume;
  const reporter = c.reporter ?? full.reporter;
  const page = full.page;
  // Reporters CourtListener does not hold (databases, administrative decisions, topical services:
  // the reporter table's list): a link for `2021 WL 1234567` would lead to a "not found" page.
  const edition = caseDetail(full).edition;
  const known = edition ? TABLES.editionByKey(edition) : undefined;
  if (!volume || !reporter || !page || (known && !TABLES.onCourtListener(known))) return undefined;
  // A short cite of another reporter than the full citation it resolved to (a parallel cite) has no page of its own.
  if (c !== full && (volume !== full.volume || reporter !== full.reporter)) return undefined;
  if (!/^\d+$/.test(volume) || !/^\d+$/.test(page)) return undefined;
  return `https://www.courtlistener.com/c/${encodeURIComponent(reporter)}/${volume}/${page}/`;
}

/**
 * A case citation (full, or a short cite resolved to one) opens on CourtListener. The link covers
 * volume to page (`60 F.3d 913`) when the extractor marked them, so the case name stays free for
 * hovering.
 */
export function caseLinks(c: Citation, ctx: LinkContext): DraftLink[] {
  if (c.kind !== 'case' && c.kind !== 'case-short') return [];
  const url = courtListenerUrl(c, ctx.resolve);
  if (!url) return [];
  const span = reporterSpan(c);
  // A citation split by a page break (a footnote, a page header between volume and page): a link
  // over each of its own pieces, never over what lies between them.
  const text = ctx.result.draft.text;
  if (text.slice(span.start, span.end).includes('\n') && c.parts) {
    const pieces = ['volume', 'reporter', 'page', 'pinCite'].map((name) => c.parts![name]).filter((p): p is Span => p !== undefined && !text.slice(p.start, p.end).includes('\n'));
    return pieces.map((piece) => ({ span: piece, url, tooltip: 'Open on CourtListener' }));
  }
  return [{ span, url, tooltip: 'Open on CourtListener' }];
}

/** `60 F.3d 913` (or `60 F.3d at 920`) inside a case citation, from its parts; the whole citation without them. */
function reporterSpan(c: Citation): Span {
  const p = c.parts;
  if (!p) return c;
  const start = p.volume?.start ?? p.reporter?.start;
  const end = p.page?.end ?? p.pinCite?.end ?? p.reporter?.end;
  return start !== undefined && end !== undefined && end > start ? { start, end } : c;
}
