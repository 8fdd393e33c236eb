/**
 * What the authorities family's citations carry in `detail` beyond the JSON contract, and the
 * shape of its data tables. Read only inside this folder.
 */
import type { Citation } from '../../types';

/** One row of the compiled laws table (`data/laws.ts`, generated from reporters-db). */
export interface LawData {
  abbreviation: string;
  name: string;
  jurisdiction: string;
  /**
   * `code` and `admin-code`: cited by section (`Fla. Stat. § 768.79`, `29 C.F.R. § 1604.11`);
   * `session` and `register`: by volume and page (`1999 Cal. Stat. 2`, `89 Fed. Reg. 51,342`);
   * `docket` and `filing`: agency dockets and filings (not read: they are not authorities).
   */
  type: 'code' | 'admin-code' | 'session' | 'register' | 'docket' | 'filing';
  variations: string[];
  /** `Cal. Code` stands for `Cal. <subject> Code` (`Cal. Civ. Proc. Code`). */
  template?: { prefix: string; suffix: string };
}

export type AuthorityDetail = {
  /** The code, rule set, constitution or publication as Brieflint writes it (`U.S.C.`, `Fed. R. Civ. P.`). */
  code?: string;
  /** Its full name, for the hover (`United States Code`). */
  codeName?: string;
  /** `United States`, `California`, … */
  jurisdiction?: string;
  /** The title or volume before the code (`17` of `17 U.S.C.`). */
  title?: string;
  /** The sections (or rules, or pages) cited, without subdivisions. */
  sections?: string[];
  /** How the section is introduced in the draft: `§`, `§§`, `Section`, a bare number. */
  sign?: string;
  /** Text before a secondary source's volume in its sentence (its author and title), for `supra`. */
  lead?: string;
  /** The authority before its section (`17 U.S.C.`): what a later `§ 107` is a section of. */
  base?: string;
  /** A short `§ 107` of another section: the citation whose code it was read against. */
  readAgainst?: string;
  /** A short form of this family (`§ 106(2)`, `Restatement § 402A cmt. c`), before it is resolved. */
  short?: boolean;
  /** The case extractor's authority key (string citations, `Id.`). */
  authority?: string;
};

export function authorityDetail(c: Pick<Citation, 'detail'>): AuthorityDetail {
  return (c.detail ?? {}) as AuthorityDetail;
}
