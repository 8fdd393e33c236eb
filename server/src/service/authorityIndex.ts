import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/check';
import {
  AuthorityGroup,
  authorityKeys,
  bodyCitations,
  citationContext,
  docketEntries,
  exhibitGroupKey,
  groupAuthorities,
  resolvedCitation,
} from '../core/toa';
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
 * `Dkt. Nos. 12, 14` on `14`, only that one (or that range's); elsewhere in the citation, all it cites.
 */
export function keysAtCursor(index: AuthorityIndex, c: Citation, offset: number): string[] {
  const all = index.keysOf(c);
  if (all.length <= 1 || !c.parts) return all;
  const root = index.resolve(c);
  if (root !== c) return all;
  for (const [name, span] of Object.entries(c.parts)) {
    if (offset < span.start || offset > span.end) continue;
    const keys = keysOfPart(c, name).filter((k) => all.includes(k));
    if (keys.length > 0) return keys;
  }
  return all;
}

/**
 * The keys a named part stands for: `label2` is the third label of an exhibit cite (one
 * exhibit); `entry1` the second entry of a docket cite, all of a range (`12–14`) when it is one.
 */
function keysOfPart(c: Citation, name: string): string[] {
  const m = /^(label|entry)(\d+)$/.exec(name);
  if (!m) return [];
  const n = Number(m[2]);
  if (c.kind === 'exhibit' && m[1] === 'label') {
    const label = c.exhibits?.[n];
    return label === undefined ? [] : [exhibitGroupKey(c, label)];
  }
  const refs = c.detail?.entries;
  if (c.kind === 'docket' && m[1] === 'entry' && Array.isArray(refs) && refs[n] !== undefined) {
    return docketEntries({ ...c, detail: { ...c.detail, entries: [refs[n]] } }).map((e) => `docket ${e}`);
  }
  return [];
}

/** The span of a named part of a citation that shows one exhibit label or docket entry, if the extractor named it. */
export function partFor(c: Citation, kind: 'exhibit' | 'docket', n: number): Span | undefined {
  if (!c.parts) return undefined;
  const names = kind === 'exhibit' ? [`exhibit${n}`, `label${n}`, ...(n === 0 ? ['exhibit', 'label'] : [])] : [n === 0 ? 'entry' : `entry${n}`, `entry${n}`];
  for (const name of names) if (c.parts[name]) return c.parts[name];
  return undefined;
}

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}
