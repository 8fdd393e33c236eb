import type { Rule } from '../../../rules/rule';
import { sectionForm } from './section-form';

/** Every rule of the authorities family, in the catalogue's order. */
export const RULES: readonly Rule[] = [sectionForm];
