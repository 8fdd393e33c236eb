import type { Rule } from '../../../rules/rule';

/** Every rule of the authorities family, in the catalogue's order. */
export const RULES: readonly Rule[] = [];
