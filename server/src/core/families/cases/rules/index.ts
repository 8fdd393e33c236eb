import type { Rule } from '../../../rules/rule';
import { reporterUnknown } from './reporter-unknown';
import { reporterNonstandard } from './reporter-nonstandard';
import { reporterDateMismatch } from './reporter-date-mismatch';
import { courtReporterMismatch } from './court-reporter-mismatch';
import { pinBeforePage } from './pin-before-page';
import { citationIncomplete } from './citation-incomplete';
import { shortCiteUnresolved } from './short-cite-unresolved';
import { idAmbiguous } from './id-ambiguous';
import { supraCase } from './supra-case';
import { courtNonstandard } from './court-nonstandard';
import { pinRangeForm } from './pin-range-form';
import { signalForm } from './signal-form';
import { historyForm } from './history-form';
import { parentheticalForm } from './parenthetical-form';

/** Every rule of the cases family, in the catalogue's order. */
export const RULES: readonly Rule[] = [reporterUnknown, reporterNonstandard, reporterDateMismatch, courtReporterMismatch, pinBeforePage, citationIncomplete, shortCiteUnresolved, idAmbiguous, supraCase, courtNonstandard, pinRangeForm, signalForm, historyForm, parentheticalForm];
