import type { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import { exhibitCatalog } from '../core/families/exhibits/catalog';
import { normalizeExhibitLabel } from '../core/toa';
import type { Citation, Span } from '../core/types';
import { authorityIndex, citationAtCursor, partFor, rangeOf } from './authorityIndex';
import type { FileAccess } from './codeActions';
import { exhibitFile } from './definition';

/**
 * Reporters CourtListener does not hold: the commercial databases. A link for `2021 WL 1234567`
 * would lead to a "not found" page, so none is made.
 */
const NOT_ON_COURTLISTENER = /(?:^|\s)(?:WL|LEXIS)$/;

/**
 * The CourtListener page of a case citation, `https://www.courtlistener.com/c/<reporter>/<volume>/<page>/`,
 * for a full citation or a short cite that resolved to one; undefined when the citation has no
 * volume, reporter and first page (or is a Westlaw or Lexis cite).
 */
export function courtListenerUrl(citation: Citation, resolve: (c: Citation) => Citation | undefined): string | undefined {
  const full = citation.kind === 'case' ? citation : citation.kind === 'case-short' ? resolve(citation) : undefined;
  if (!full || full.kind !== 'case') return undefined;
  const volume = citation.volume ?? full.volume;
  const reporter = citation.reporter ?? full.reporter;
  const page = full.page;
  if (!volume || !reporter || !page || NOT_ON_COURTLISTENER.test(reporter)) return undefined;
  // A short cite of another reporter than the full citation it resolved to (a parallel cite) has no page of its own.
  if (citation !== full && (volume !== full.volume || reporter !== full.reporter)) return undefined;
  if (!/^\d+$/.test(volume) || !/^\d+$/.test(page)) return undefined;
  return `https://www.courtlistener.com/c/${encodeURIComponent(reporter)}/${volume}/${page}/`;
}

/** The CourtListener page of the case citation at `offset`, for the "Open on CourtListener" command. */
export function courtListenerUrlAt(result: CheckResult, offset: number): string | undefined {
  const c = citationAtCursor(result, offset);
  if (!c) return undefined;
  const index = authorityIndex(result);
  const target = c.kind === 'id' || c.kind === 'supra' ? index.resolve(c) : c;
  return target ? courtListenerUrl(target, index.resolve) : undefined;
}

/**
 * Document links: each case citation (full, or a short cite resolved to one) opens on
 * CourtListener; each exhibit cite opens its exhibit file, where the exhibit list or folder names
 * one. A case link covers volume to page (`60 F.3d 913`) when the extractor marked them, so the
 * case name stays free for hovering.
 */
export function documentLinks(result: CheckResult, sources: CheckSources, document: TextDocument, files: FileAccess): DocumentLink[] {
  const index = authorityIndex(result);
  const links: DocumentLink[] = [];
  const filesByLabel = exhibitFilesByLabel(result, sources);
  for (const c of result.citations) {
    if (c.kind === 'case' || c.kind === 'case-short') {
      const url = courtListenerUrl(c, index.resolve);
      if (url) links.push({ range: rangeOf(document, reporterSpan(c)), target: url, tooltip: 'Open on CourtListener' });
    } else if (c.kind === 'exhibit' && c.detail?.of === undefined) {
      // (An exhibit of another document, `Ex. B to Dkt. No. 12`, is not this draft's exhibit file.)
      const labels = c.exhibits ?? [];
      labels.forEach((label, n) => {
        const file = filesByLabel.get(normalizeExhibitLabel(label));
        if (!file) return;
        const span = partFor(c, 'exhibit', n) ?? (labels.length === 1 ? c : undefined);
        const uri = span && files.uriOf(file);
        if (span && uri) links.push({ range: rangeOf(document, span), target: uri, tooltip: `Open the file of Ex. ${label}` });
      });
    }
  }
  return links;
}

/** `60 F.3d 913` (or `60 F.3d at 920`) inside a case citation, from its parts; the whole citation without them. */
function reporterSpan(c: Citation): Span {
  const p = c.parts;
  if (!p) return c;
  const start = p.volume?.start ?? p.reporter?.start;
  const end = p.page?.end ?? p.pinCite?.end ?? p.reporter?.end;
  return start !== undefined && end !== undefined && end > start ? { start, end } : c;
}

/** The exhibit file of each of the draft's exhibits, by label key, as the exhibit sources merge them. */
function exhibitFilesByLabel(result: CheckResult, sources: CheckSources): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, entry] of exhibitCatalog(result, sources).entries) {
    for (const d of entry.definitions) {
      const file = exhibitFile(d);
      if (file) {
        out.set(key, file);
        break;
      }
    }
  }
  return out;
}
