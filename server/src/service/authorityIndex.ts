import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/check';
import { AuthorityGroup, authorityKeys, citationContext, groupAuthorities, resolvedCitation } from '../core/groups';
import { bodyCitations } from '../core/toa';
import { familyOf } from '../core/families/registry';
import type { Citation, Span } from '../core/types';

/**
 * What every navigation feature asks of a checked draft: which authority, exhibit or docket
 * entry each citation cites, and every citation of each. Built once per check result (the server
 * keeps one result per document version) and shared by definition, references, outline, links
 * and code lens.
 */
export interface AuthorityIndex {
  /** Citations outside a generated table of authorities, in document order. */
  body: Citation[];
  byId: Map<string, Citation>;
  /** In order of first citation. */
  groups: AuthorityGroup[];
  byKey: Map<string, AuthorityGroup>;
  /** Keys of what `c` cites (see `authorityKeys`). */
  keysOf(c: Citation): string[];
  /** The citation a short form finally refers to; the citation itself when it is not one. */
  resolve(c: Citation): Citation | undefined;
  /** The keys one named part of a citation stands for (see `CitationFamily.partKeys`). */
  keysOfPart(c: Citation, part: string): string[];
}

const cache = new WeakMap<Analysis, AuthorityIndex>();

export function authorityIndex(analysis: Analysis): AuthorityIndex {
  let index = cache.get(analysis);
  if (!index) {
    const ctx = citationContext(analysis.citations);
    const byId = ctx.byId as Map<string, Citation>;
    const body = bodyCitations(analysis);
    const groups = groupAuthorities(body, analysis.citations);
    const keys = new Map<string, string[]>();
    index = {
      body,
      byId,
      groups,
      byKey: new Map(groups.map((g) => [g.key, g])),
      keysOf(c) {
        let k = keys.get(c.id);
        if (!k) keys.set(c.id, (k = authorityKeys(c, ctx)));
        return k;
      },
      resolve: (c) => resolvedCitation(c, byId),
      keysOfPart: (c, part) => familyOf(c)?.partKeys?.(c, part, ctx) ?? [],
    };
    cache.set(analysis, index);
  }
  return index;
}

/** The citation at `offset` (binary search over citations in document order); the end offset counts, as a cursor sits there. */
export function citationAtCursor(analysis: Analysis, offset: number): Citation | undefined {
  const list = analysis.citations;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = list[mid];
    if (offset < c.start) hi = mid - 1;
    else if (offset > c.end) lo = mid + 1;
    else if (offset === c.end && mid + 1 < list.length && list[mid + 1].start === offset) return list[mid + 1];
    else return c;
  }
  return undefined;
}

/**
 * The keys the cursor points at inside a citation. In `Exs. 3–5` with the cursor on `5`, or in
 * `Dkt. Nos. 12, 14` on `14`, only that one (or that range's); elsewhere in the citation, all it
 * cites. A part named `label2` or `entry1` stands for the keys of one label or entry, in order.
 */
export function keysAtCursor(index: AuthorityIndex, c: Citation, offset: number): string[] {
  const all = index.keysOf(c);
  if (all.length <= 1 || !c.parts) return all;
  const root = index.resolve(c);
  if (root !== c) return all;
  for (const [name, span] of Object.entries(c.parts)) {
    if (offset < span.start || offset > span.end) continue;
    const keys = index.keysOfPart(c, name).filter((k) => all.includes(k));
    if (keys.length > 0) return keys;
  }
  return all;
}

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}
