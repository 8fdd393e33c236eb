import { caseRules } from '../cases/rules';
import type { RuleSet } from '../check';
import { docketRules } from '../dockets/rules';
import { exhibitRules } from '../exhibits/rules';

/** Every rule set the checker runs. */
export const RULE_SETS: readonly RuleSet[] = [caseRules, exhibitRules, docketRules];
