import type { Citation } from './types';

/**
 * Links short forms to what they refer to (`antecedent`): `Id.` to the immediately preceding
 * authority of any kind.
 */
export function resolveCitations(citations: Citation[]): void {
  let previous: Citation | undefined;
  for (const c of citations) {
    if (c.kind === 'id') {
      if (previous) c.antecedent = previous.kind === 'id' ? previous.antecedent : previous.id;
    }
    previous = c;
  }
}
