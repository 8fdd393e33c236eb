import type { Rule } from '../../../rules/rule';
import { docketStyleInconsistent } from './docket-style-inconsistent';
import { docketPinFormat } from './docket-pin-format';
import { docketUnresolved } from './docket-unresolved';
import { docketListInvalid } from './docket-list-invalid';

/** Every rule of the dockets family, in the catalogue's order. */
export const RULES: readonly Rule[] = [docketStyleInconsistent, docketPinFormat, docketUnresolved, docketListInvalid];
