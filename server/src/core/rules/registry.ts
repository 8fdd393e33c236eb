import type { RuleSet } from '../check';
import { docketRules } from '../dockets/rules';

/** Every rule set the checker runs. */
export const RULE_SETS: readonly RuleSet[] = [docketRules];
