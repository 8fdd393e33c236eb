import type { RuleContext } from '../check';
import type { Finding } from '../types';

/** Exhibit and Bates rules. Stub: filled in by the exhibits work. */
export function exhibitRules(ctx: RuleContext): Finding[] {
  void ctx;
  return [];
}
