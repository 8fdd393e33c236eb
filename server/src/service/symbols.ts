import { DocumentSymbol, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import { isShortForm } from '../core/families/common';
import { AuthorityGroup, OUTLINE_SECTIONS, OutlineSection, SymbolName } from '../core/families/family';
import { familyOf, groupPresentation } from '../core/families/registry';
import { normalizeSpaces } from '../core/text/strings';
import { citationStart, locatorFor } from '../core/toa';
import type { Citation } from '../core/types';
import { authorityIndex, rangeOf } from './authorityIndex';

const SYMBOL_KINDS: Record<SymbolName, SymbolKind> = {
  class: SymbolKind.Class,
  interface: SymbolKind.Interface,
  object: SymbolKind.Object,
  file: SymbolKind.File,
  key: SymbolKind.Key,
  module: SymbolKind.Module,
  constant: SymbolKind.Constant,
};

/**
 * The Outline: a group per section a family names (Authorities, Exhibits, Docket entries,
 * Record), each listing what the draft cites in order of first citation, with every citation of
 * it as a child. Each symbol's range is its first citation, so the breadcrumbs show an authority
 * only when the cursor is on one of its citations, not across the whole brief.
 */
export function documentSymbols(result: CheckResult, sources: CheckSources, document: TextDocument): DocumentSymbol[] {
  const index = authorityIndex(result);
  const locator = locatorFor(result);
  const where = (c: Citation) => (locator.by === 'page' ? `p. ${locator.at(citationStart(c))}` : locator.at(citationStart(c)));

  const sections = new Map<OutlineSection, DocumentSymbol[]>();
  for (const g of index.groups) {
    const presentation = groupPresentation(g.key);
    if (!presentation?.outline) continue;
    const children = g.citations.map((c) => citationSymbol(c, document, where(c)));
    const count = g.citations.length;
    const list = sections.get(presentation.outline) ?? [];
    list.push({
      name: groupTitle(g, result),
      detail: [presentation.detail?.(g, result, sources), `cited ${count} time${count === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
      kind: SYMBOL_KINDS[presentation.symbol],
      range: rangeOf(document, g.first),
      selectionRange: rangeOf(document, g.first),
      children,
    });
    sections.set(presentation.outline, list);
  }
  const top: DocumentSymbol[] = [];
  for (const name of OUTLINE_SECTIONS) {
    const children = sections.get(name);
    if (!children || children.length === 0) continue;
    top.push({ name, detail: `${children.length}`, kind: SymbolKind.Namespace, range: children[0].range, selectionRange: children[0].selectionRange, children });
  }
  return top;
}

function citationSymbol(c: Citation, document: TextDocument, where: string): DocumentSymbol {
  const range = rangeOf(document, c);
  return {
    name: normalizeSpaces(c.text) || c.kind,
    detail: [familyOf(c)?.kindWords?.[c.kind] ?? c.kind, where].join(' · '),
    kind: isShortForm(c) ? SymbolKind.Property : SymbolKind.Field,
    range,
    selectionRange: range,
  };
}

/** `Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994)`, `Ex. 1`, `Dkt. No. 293`. */
function groupTitle(g: AuthorityGroup, result: CheckResult): string {
  const presentation = groupPresentation(g.key);
  if (presentation?.title) return presentation.title(g);
  if (isShortForm(g.first)) return normalizeSpaces(g.name) || g.key;
  const written = presentation?.tableText?.(g.first, result)?.text ?? g.first.text;
  return normalizeSpaces(written) || g.key;
}

/**
 * The authorities, exhibits, docket entries and record documents a draft cites, as workspace
 * symbols (each at its first citation), those whose title holds `query` (case ignored; all for
 * an empty query).
 */
export function draftSymbols(result: CheckResult, sources: CheckSources, document: TextDocument, query: string): SymbolInformation[] {
  const wanted = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const g of authorityIndex(result).groups) {
    const presentation = groupPresentation(g.key);
    if (!presentation?.outline) continue;
    const name = groupTitle(g, result);
    if (wanted && !name.toLowerCase().includes(wanted)) continue;
    out.push({ name, kind: SYMBOL_KINDS[presentation.symbol], containerName: presentation.outline, location: { uri: document.uri, range: rangeOf(document, g.first) } });
  }
  return out;
}
