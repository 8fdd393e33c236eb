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
import { citationNotFound } from './citation-not-found';
import { citationAmbiguous } from './citation-ambiguous';
import { caseNameMismatch } from './case-name-mismatch';

/**
 * Every rule of the cases family, in the catalogue's order: the checks of the draft, then the
 * online checks, whose findings come from CourtListener's answers (`verify/`).
 */
export const RULES: readonly Rule[] = [
  reporterUnknown, reporterNonstandard, reporterDateMismatch, courtReporterMismatch, pinBeforePage, citationIncomplete, shortCiteUnresolved, idAmbiguous, supraCase,
  citationNotFound, citationAmbiguous, caseNameMismatch,
];
