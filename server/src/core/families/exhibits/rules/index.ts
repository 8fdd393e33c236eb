import type { Rule } from '../../../rules/rule';
import { exhibitUnresolved } from './exhibit-unresolved';
import { exhibitBatesConflict } from './exhibit-bates-conflict';
import { batesMalformed } from './bates-malformed';
import { exhibitOrder } from './exhibit-order';
import { exhibitUnused } from './exhibit-unused';
import { exhibitDefinedTwice } from './exhibit-defined-twice';
import { exhibitSourceMissing } from './exhibit-source-missing';
import { exhibitListInvalid } from './exhibit-list-invalid';

/** Every rule of the exhibits family, in the catalogue's order. */
export const RULES: readonly Rule[] = [exhibitUnresolved, exhibitBatesConflict, batesMalformed, exhibitOrder, exhibitUnused, exhibitDefinedTwice, exhibitSourceMissing, exhibitListInvalid];
