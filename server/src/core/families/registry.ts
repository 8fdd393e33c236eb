/**
 * Every citation family, registered once. The pipeline, the rule catalogue, the service, the
 * command line and the server reach the families only through this module: it is the one place
 * that knows them all, and the one place outside `families/<name>/` that maps a citation's kind
 * or a group's key to the family that knows it.
 *
 * The order matters twice: extractors run in it (where two citations overlap the earliest and
 * longest wins whatever the order), and the catalogue lists the families' rules in it.
 */
import type { Citation, CitationKind } from '../types';
import { authorities } from './authorities';
import { cases } from './cases';
import { dockets } from './dockets';
import { exhibits } from './exhibits';
import type { CitationFamily, GroupPresentation } from './family';
import { record } from './record';

export const FAMILIES: readonly CitationFamily[] = [cases, authorities, exhibits, dockets, record];

const BY_KIND = new Map<CitationKind, CitationFamily>();
const GROUPS = new Map<string, GroupPresentation>();
for (const family of FAMILIES) {
  for (const kind of family.kinds) {
    if (BY_KIND.has(kind)) throw new Error(`citation kind "${kind}" is claimed by two families`);
    BY_KIND.set(kind, family);
  }
  for (const [kind, presentation] of Object.entries(family.groups ?? {})) GROUPS.set(kind, presentation);
}

/** The family a citation belongs to. */
export function familyOf(c: Citation): CitationFamily | undefined {
  return BY_KIND.get(c.kind);
}

/** The kind of a group key: `exhibit` for `exhibit 3`. */
export function groupKindOf(key: string): string {
  const blank = key.indexOf(' ');
  return blank < 0 ? key : key.slice(0, blank);
}

/** How the group of `key` is shown. */
export function groupPresentation(key: string): GroupPresentation | undefined {
  return GROUPS.get(groupKindOf(key));
}
