import type { Rule } from '../../../rules/rule';
import { recordUnresolved } from './record-unresolved';
import { recordLocationMissing } from './record-location-missing';
import { recordRangeBackwards } from './record-range-backwards';
import { recordStyleInconsistent } from './record-style-inconsistent';
import { recordSourceMissing } from './record-source-missing';
import { statementUncited } from './statement-uncited';
import { recordIndexInvalid } from './record-index-invalid';
import { quoteNotFound } from './quote-not-found';
import { quoteAltered } from './quote-altered';
import { quotePinMismatch } from './quote-pin-mismatch';

/** Every rule of the record family, in the catalogue's order. */
export const RULES: readonly Rule[] = [recordUnresolved, recordLocationMissing, recordRangeBackwards, recordStyleInconsistent, recordSourceMissing, statementUncited, recordIndexInvalid, quoteNotFound, quoteAltered, quotePinMismatch];
