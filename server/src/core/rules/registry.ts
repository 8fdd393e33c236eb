import { caseRules } from '../families/cases/rules';
import type { RuleSet } from '../check';
import { docketRules } from '../families/dockets/rules';
import { exhibitRules } from '../families/exhibits/rules';

/** Every rule set the checker runs. */
export const RULE_SETS: readonly RuleSet[] = [caseRules, exhibitRules, docketRules];
