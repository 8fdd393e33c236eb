import type { RuleContext } from '../check';
import type { Finding } from '../types';

/** Reporter and citation-form rules. Stub: filled in by the case-citation work. */
export function caseRules(ctx: RuleContext): Finding[] {
  void ctx;
  return [];
}
