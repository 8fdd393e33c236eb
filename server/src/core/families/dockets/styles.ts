/**
 * Docket cite styles: the words a draft writes before a docket entry number.
 *
 * Courts and firms differ (`Dkt. No. 293`, `Dkt. 69`, `ECF No. 45`, `Doc. 12`, `D.E. 45`,
 * `[DE 45]`, `DktEntry 12`, Delaware's `D.I. 41`, the Sixth Circuit's `R. 45, PageID #234`),
 * and one draft should use one of them. Each style is a family with
 * a singular and a plural form; the family is what `docket-style-inconsistent` compares.
 */
export interface DocketStyle {
  /** The family's name as a setting or a message writes it: `Dkt. No.`. */
  readonly style: string;
  /** The words before one entry. */
  readonly singular: string;
  /** The words before several entries or a range. */
  readonly plural: string;
  /**
   * Word sequences that introduce an entry in this family, as written (one space between words);
   * the matcher also accepts a no-break space or a line break between words.
   */
  readonly written: readonly string[];
  /** How much context the words need before they count as a docket cite (see `extract.ts`). */
  readonly guard?: 'bracket-or-signal' | 'not-after-legislative' | 'not-after-agency' | 'pageid';
}

/**
 * Every family, longest words first so that `Dkt. No.` is tried before `Dkt.` and
 * `Docket Entry No.` before `Docket Entry`.
 */
export const DOCKET_STYLES: readonly DocketStyle[] = [
  { style: 'Docket Entry No.', singular: 'Docket Entry No.', plural: 'Docket Entry Nos.', written: ['Docket Entry No.', 'Docket Entry Nos.'], guard: 'not-after-agency' },
  { style: 'Docket Entry', singular: 'Docket Entry', plural: 'Docket Entries', written: ['Docket Entry', 'Docket Entries'], guard: 'not-after-agency' },
  { style: 'Docket No.', singular: 'Docket No.', plural: 'Docket Nos.', written: ['Docket No.', 'Docket Nos.'], guard: 'not-after-agency' },
  { style: 'Dkt. No.', singular: 'Dkt. No.', plural: 'Dkt. Nos.', written: ['Dkt. No.', 'Dkt. Nos.'], guard: 'not-after-agency' },
  { style: 'Dkt.', singular: 'Dkt.', plural: 'Dkts.', written: ['Dkt.', 'Dkts.'] },
  { style: 'DktEntry', singular: 'DktEntry', plural: 'DktEntry', written: ['DktEntry'] },
  { style: 'ECF No.', singular: 'ECF No.', plural: 'ECF Nos.', written: ['ECF No.', 'ECF Nos.'] },
  { style: 'ECF', singular: 'ECF', plural: 'ECF', written: ['ECF'] },
  { style: 'Doc. No.', singular: 'Doc. No.', plural: 'Doc. Nos.', written: ['Doc. No.', 'Doc. Nos.'], guard: 'not-after-legislative' },
  { style: 'Doc.', singular: 'Doc.', plural: 'Docs.', written: ['Doc.', 'Docs.'], guard: 'not-after-legislative' },
  { style: 'D.E.', singular: 'D.E.', plural: 'D.E.', written: ['D.E.'] },
  // Delaware's docket items: `D.I. 41`.
  { style: 'D.I.', singular: 'D.I.', plural: 'D.I.', written: ['D.I.'] },
  // The Sixth Circuit's record cites: `R. 45, PageID #234`; `R.` alone is too common (`Fed. R. Civ. P.`).
  { style: 'R.', singular: 'R.', plural: 'R.', written: ['R.'], guard: 'pageid' },
  { style: 'DE', singular: 'DE', plural: 'DE', written: ['DE'], guard: 'bracket-or-signal' },
];

const BY_STYLE = new Map(DOCKET_STYLES.map((s) => [s.style, s]));

/** The family named `style` (`Dkt. No.`), or undefined. */
export function docketStyle(style: string): DocketStyle | undefined {
  return BY_STYLE.get(style);
}

/** The words a cite in `family` should be written with, for one entry or for several. */
export function styleWords(family: DocketStyle, several: boolean): string {
  return several ? family.plural : family.singular;
}
