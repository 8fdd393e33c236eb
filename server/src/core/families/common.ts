/**
 * What every family may use about citations in general: short forms and what they refer to.
 * A short form is a citation that stands for another through `antecedent`: `Id.`, `supra`, a
 * short cite (`60 F.3d at 920`), and any family's short forms once resolved (`§ 106(2)`).
 */
import type { Citation, CitationKind } from '../types';

/** Kinds that never stand for an authority on their own, resolved or not. */
const SHORT_KINDS: ReadonlySet<CitationKind> = new Set<CitationKind>(['case-short', 'id', 'supra']);

export function isShortForm(c: Citation): boolean {
  return SHORT_KINDS.has(c.kind) || c.antecedent !== undefined;
}

/**
 * The citation a short form finally refers to (following `antecedent` through other short
 * forms), the citation itself when it is not a short form, or undefined when the chain does not
 * end at a full citation.
 */
export function resolvedCitation(c: Citation, byId: ReadonlyMap<string, Citation>): Citation | undefined {
  let current: Citation | undefined = c;
  // A chain can only be as long as the draft has citations; the bound also guards a cycle.
  for (let steps = 0; current && steps <= byId.size; steps++) {
    if (!isShortForm(current)) return current;
    current = current.antecedent === undefined ? undefined : byId.get(current.antecedent);
  }
  return undefined;
}

/** How many citations after `c` resolve to it. */
export function laterReferencesTo(c: Citation, citations: readonly Citation[]): number {
  const byId = new Map(citations.map((x) => [x.id, x]));
  let count = 0;
  for (const o of citations) if (o.start > c.start && o !== c && resolvedCitation(o, byId) === c) count++;
  return count;
}
