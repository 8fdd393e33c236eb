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
import { citationNotFound } from './citation-not-found';
import { citationAmbiguous } from './citation-ambiguous';
import { caseNameMismatch } from './case-name-mismatch';

/**
 * Every rule of the cases family, in the catalogue's order: the checks of the draft, the form
 * checks of the citation style, then the online checks, whose findings come from
 * CourtListener's answers (`verify/`).
 */
export const RULES: readonly Rule[] = [
  reporterUnknown, reporterNonstandard, reporterDateMismatch, courtReporterMismatch, pinBeforePage, citationIncomplete, shortCiteUnresolved, idAmbiguous, supraCase,
  courtNonstandard, pinRangeForm, signalForm, historyForm, parentheticalForm,
  citationNotFound, citationAmbiguous, caseNameMismatch,
];
