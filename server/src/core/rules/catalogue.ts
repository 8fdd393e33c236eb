import { FAMILIES } from '../families/registry';
import { VERIFY_RULES } from '../verify/rules';
import { directiveUnknown } from './directiveUnknown';
import type { RuleInfo } from './rule';

export type { RuleInfo } from './rule';

/**
 * Every rule Brieflint has, gathered from the rules themselves (each carries its row): the
 * families' in registry order, then the disable comments' and the online checks'. Codes are a
 * public contract (diagnostics, settings, disable comments, JSON); the README's rule table and
 * the settings schema are generated from this list and a test keeps them in step.
 */
export const RULES: readonly RuleInfo[] = [...FAMILIES.flatMap((f) => f.rules), directiveUnknown, ...VERIFY_RULES].map((r) => r.info);

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

export function isRuleCode(code: string): boolean {
  return BY_CODE.has(code);
}
