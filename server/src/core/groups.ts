/**
 * What each citation is a citation *of*: an authority, an exhibit, a docket entry, a record
 * document. Each family says what its own citations cite (`CitationFamily.keys`); this module
 * follows short forms to what they refer to and groups a draft's citations by what they cite,
 * in order of first citation. References, the outline, the code lens, the status bar and the
 * table of authorities all count from these groups, so they can never disagree.
 */
import { isShortForm, resolvedCitation } from './families/common';
import type { AuthorityGroup, CitationContext } from './families/family';
import { familyOf, groupKindOf, groupPresentation } from './families/registry';
import { normalizeSpaces } from './text/strings';
import type { Citation } from './types';

export type { AuthorityGroup, CitationContext } from './families/family';
export { isShortForm, resolvedCitation } from './families/common';

/** Range members filled in per draft, at most (see `CitationContext.rangeBudget`). */
export const RANGE_BUDGET = 100_000;

export function citationContext(citations: readonly Citation[]): CitationContext {
  const byId = new Map<string, Citation>();
  for (const c of citations) byId.set(c.id, c);
  const store = new Map<object, unknown>();
  return {
    byId,
    rangeBudget: { left: RANGE_BUDGET },
    shared<T>(key: object, make: () => T): T {
      if (!store.has(key)) store.set(key, make());
      return store.get(key) as T;
    },
  };
}

/**
 * Keys of what a citation cites: one for a case (its parallel citations and subsequent history
 * included), statute or rule; one per exhibit of `Exs. 3–5` (4 included); one per entry of
 * `Dkt. Nos. 12, 14`. Short forms take the keys of the citation they resolve to; an unresolved
 * short form has none.
 */
export function authorityKeys(c: Citation, ctx: CitationContext): string[] {
  const root = resolvedCitation(c, ctx.byId);
  if (!root) return [];
  const keys = familyOf(root)?.keys;
  return keys ? keys(root, ctx) : [`other ${normalizeSpaces(root.text)}`];
}

/** Groups citations by what they cite, in order of first citation. */
export function groupAuthorities(citations: readonly Citation[], allCitations: readonly Citation[] = citations): AuthorityGroup[] {
  const ctx = citationContext(allCitations);
  const groups = new Map<string, AuthorityGroup>();
  for (const c of citations) {
    for (const key of authorityKeys(c, ctx)) {
      let group = groups.get(key);
      if (!group) {
        const root = resolvedCitation(c, ctx.byId);
        const name = groupPresentation(key)?.name;
        group = { key, kind: groupKindOf(key), name: name ? name(key, c, root) : normalizeSpaces((root ?? c).text), first: c, citations: [] };
        groups.set(key, group);
      }
      // An authority is introduced by its first full citation, even if a stray short form came first.
      if (isShortForm(group.first) && !isShortForm(c)) group.first = c;
      group.citations.push(c);
    }
  }
  // An authority is introduced by the citation that stands for it: a case by its principal
  // citation, not a parallel one or its history.
  for (const g of groups.values()) {
    if (isShortForm(g.first)) continue;
    const principal = familyOf(g.first)?.principal;
    if (principal) g.first = principal(g.first, ctx);
  }
  return [...groups.values()];
}
