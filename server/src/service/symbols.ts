import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import { exhibitCatalog } from '../core/families/exhibits/catalog';
import { AuthorityGroup, AuthorityKind, authorityFamilies, authorityText, citationStart, exhibitOfKey, isShortForm, locatorFor, normalizeExhibitLabel } from '../core/toa';
import type { Citation } from '../core/types';
import { authorityIndex, rangeOf } from './authorityIndex';

/**
 * The Outline: three groups — Authorities (cases, statutes, rules), Exhibits and Docket entries —
 * each listing what the draft cites in order of first citation, with every citation of it as a
 * child. Each symbol's range is its first citation, so the breadcrumbs show an authority only
 * when the cursor is on one of its citations, not across the whole brief.
 */
export function documentSymbols(result: CheckResult, sources: CheckSources, document: TextDocument): DocumentSymbol[] {
  const index = authorityIndex(result);
  const locator = locatorFor(result);
  const where = (c: Citation) => (locator.by === 'page' ? `p. ${locator.at(citationStart(c))}` : locator.at(citationStart(c)));
  const descriptions = exhibitDescriptions(result, sources);
  const families = authorityFamilies(result.citations);

  const buckets: Record<'authorities' | 'exhibits' | 'docket', DocumentSymbol[]> = { authorities: [], exhibits: [], docket: [] };
  for (const g of index.groups) {
    const bucket = BUCKET[g.kind];
    if (!bucket) continue;
    const children = g.citations.map((c) => citationSymbol(c, document, where(c)));
    const count = g.citations.length;
    buckets[bucket].push({
      name: groupTitle(g, families),
      detail: [groupDetail(g, sources, descriptions), `cited ${count} time${count === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
      kind: GROUP_KIND[g.kind],
      range: rangeOf(document, g.first),
      selectionRange: rangeOf(document, g.first),
      children,
    });
  }
  const top: DocumentSymbol[] = [];
  const add = (name: string, children: DocumentSymbol[]) => {
    if (children.length === 0) return;
    top.push({ name, detail: `${children.length}`, kind: SymbolKind.Namespace, range: children[0].range, selectionRange: children[0].selectionRange, children });
  };
  add('Authorities', buckets.authorities);
  add('Exhibits', buckets.exhibits);
  add('Docket entries', buckets.docket);
  return top;
}

const BUCKET: Partial<Record<AuthorityKind, 'authorities' | 'exhibits' | 'docket'>> = {
  case: 'authorities',
  statute: 'authorities',
  rule: 'authorities',
  other: 'authorities',
  exhibit: 'exhibits',
  docket: 'docket',
};

const GROUP_KIND: Record<AuthorityKind, SymbolKind> = {
  case: SymbolKind.Class,
  statute: SymbolKind.Interface,
  rule: SymbolKind.Interface,
  other: SymbolKind.Object,
  exhibit: SymbolKind.File,
  docket: SymbolKind.Key,
  'case-number': SymbolKind.Key,
};

const CITATION_KIND_WORDS: Record<string, string> = {
  case: 'full citation',
  'case-short': 'short cite',
  id: 'Id.',
  supra: 'supra',
  statute: 'statute',
  rule: 'rule',
  docket: 'docket cite',
  exhibit: 'exhibit cite',
};

function citationSymbol(c: Citation, document: TextDocument, where: string): DocumentSymbol {
  const range = rangeOf(document, c);
  return {
    name: oneLine(c.text) || c.kind,
    detail: [CITATION_KIND_WORDS[c.kind] ?? c.kind, where].join(' · '),
    kind: isShortForm(c) ? SymbolKind.Property : SymbolKind.Field,
    range,
    selectionRange: range,
  };
}

/** `Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994)`, `Ex. 1`, `Dkt. No. 293`. */
function groupTitle(g: AuthorityGroup, families: ReturnType<typeof authorityFamilies>): string {
  if (g.kind === 'exhibit') {
    const of = exhibitOfKey(g.key).of;
    return of === undefined ? `Ex. ${g.name}` : `Ex. ${g.name} to ${of}`;
  }
  if (g.kind === 'docket') {
    const family = g.first.detail?.family ?? g.first.detail?.style;
    const style = g.first.kind === 'docket' && typeof family === 'string' ? family : 'Dkt.';
    return `${style} ${g.name}`;
  }
  return oneLine(isShortForm(g.first) ? g.name : authorityText(g.first, families)) || g.key;
}

function groupDetail(g: AuthorityGroup, sources: CheckSources, descriptions: Map<string, string>): string | undefined {
  if (g.kind === 'exhibit') return exhibitOfKey(g.key).of === undefined ? descriptions.get(normalizeExhibitLabel(g.name)) : undefined;
  if (g.kind === 'docket') return sources.docketList?.entries.get(g.name)?.description;
  return undefined;
}

function exhibitDescriptions(result: CheckResult, sources: CheckSources): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, entry] of exhibitCatalog(result, sources).entries) if (entry.description) out.set(key, shorten(oneLine(entry.description), 80));
  return out;
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
