/**
 * What a PDF page break leaves between two pages of converted text, as the case extractor reads it
 * when it joins a citation split by a break (`… Apple Inc., 66` | page furniture | `F. Supp. 3d
 * 413`), and as the chunker reads it to keep such a citation in one chunk (`text/chunks.ts`).
 */

/** How far past the volume's line the rest of a split citation is looked for. */
export const PAGE_BREAK_LOOKAHEAD = { lines: 40, chars: 6000 };

/** A trimmed line that shows a page break: a rule, a page number, a filing header. */
export function isPageBreakLine(line: string): boolean {
  return RULE.test(line) || PAGE_NUMBER.test(line) || FILING_HEADER.test(line);
}

/** A trimmed line that is only a date (a running header or footer), skipped at a page break. */
export function isDateLine(line: string): boolean {
  return MONTH_DATE.test(line) || NUMERIC_DATE.test(line);
}

const RULE = /^(?:-{3,}|\*{3,}|_{3,}|(?:- ){2,}-)$/;
const PAGE_NUMBER = /^(?:Page \d{1,4}(?: of \d{1,4})?|-? ?\d{1,4} ?-?)$/i;
const FILING_HEADER = /^Case \S+ Document \S+ Filed \S+ Page \d+ of \d+$/;
const MONTH_DATE = /^(?:Jan\.?|January|Feb\.?|February|Mar\.?|March|Apr\.?|April|May|June?|July?|Aug\.?|August|Sept?\.?|September|Oct\.?|October|Nov\.?|November|Dec\.?|December) \d{1,2}, \d{4}$/;
const NUMERIC_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
