/**
 * Reports of courts outside the United States that American briefs cite. Data only.
 *
 * The English Reports reprint the nominate reports of the English courts from 1220 to 1867; its
 * cases are cited by the reprint's volume and page (`Pillans v. Van Mierop, 97 Eng. Rep. 1035
 * (K.B. 1765)`). The courts are not in the court table, so the reporter publishes for `any` court
 * and implies none; its years reach before the table's first year, so it is marked `undated`.
 */
// The shapes are `ReporterData` and `EditionData` of server/src/core/reporters/types.ts.
export const FOREIGN_REPORTERS = [
  { key: 'eng-rep', name: 'English Reports', type: 'foreign', publishes: ['any'],
    editions: [{ abbreviation: 'Eng. Rep.', start: 1600, end: 1867, undated: true }] },
];
