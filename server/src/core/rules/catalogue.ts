import { FAMILIES } from '../families/registry';
import { directiveUnknown } from './directiveUnknown';
import type { Rule, RuleInfo } from './rule';

export type { RuleInfo } from './rule';

const FAMILY_RULES = FAMILIES.flatMap((f) => f.rules);
const online = (r: Rule) => r.info.needs === 'network';

/**
 * Every rule Brieflint has, gathered from the rules themselves (each carries its row): the
 * families' checks of the draft in registry order, then the disable comments', then the online
 * checks' (the families' rules that need the network). Codes are a public contract (diagnostics,
 * settings, disable comments, JSON); the README's rule table and the settings schema are
 * generated from this list and a test keeps them in step.
 */
export const RULES: readonly RuleInfo[] = [...FAMILY_RULES.filter((r) => !online(r)), directiveUnknown, ...FAMILY_RULES.filter(online)].map((r) => r.info);

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

export function isRuleCode(code: string): boolean {
  return BY_CODE.has(code);
}
