/**
 * Hostile input for the case extractor: text built to make a scanner backtrack or rescan, each
 * made at any size (npm test reads them small; npm run test:perf measures how the time grows).
 */

/** `unit` repeated to exactly `size` characters. */
export function sized(unit: string): (size: number) => string {
  return (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export const CASE_HOSTILE: Array<[string, (size: number) => string]> = [
  ['volume–reporter pairs (`1 F. 1 F. `)', sized('1 F. 1 F. ')],
  ['one huge word', sized('a')],
  ['a million `(`', sized('(')],
  ['a million digits', sized('1')],
  ['digits and spaces', sized('1 ')],
  ['full citations with nested parentheticals', sized('Smith v. Jones, 60 F.3d 913, 920 (2d Cir. 1994) (quoting A v. B, 1 F.3d 1 (1990)); ')],
  ['short forms, Id. and supra', sized('60 F.3d at 920. Id. at 5. Texaco, supra, at 3. ')],
  ['a million `Id. `', sized('Id. ')],
  ['section signs', sized('§ ')],
  ['name-like words', sized('Aa Bb Cc v. Dd, ')],
  ['unknown reporters', sized('Smith v. Jones, 60 Xx. Yy. 913 (2d Cir. 1994). ')],
  ['dangling volumes before page breaks', sized('A v. B, 66\n\n---\n\nPage 3\n\n')],
  ['italic names', sized('*A v. B*, 1 ')],
  ['statutes', sized('17 U.S.C. § 106; ')],
  ['docket numbers before citations', sized('A v. B, No. 1, No. 2, No. 3, ')],
  ['pin cite lists', sized('1 F.3d 1, 2, 3, 4, 5, 6, 7, 8, 9, ')],
  ['footnotes ending in volumes', sized('<sup>1</sup> A v. B, 66\n')],
  ['unclosed [hereinafter', sized('A v. B, 1 F.3d 1 (1990) [hereinafter ')],
  ['pleading-paper line numbers', sized('17      311\n18      F.3d 1198, ')],
  ['indented wrapped lines', sized('A v. B, 1\n                        ')],
  ['pins without spaces', sized('1 F.3d 1,2,3,4,5,6,7,8,9,')],
  ['dates in parentheticals', sized('A v. B, 1 F.3d 1 (S.D.N.Y. Mar 3 Mar. 3, 3 Mar. 2020) ')],
  ['supra before citations', sized('A v. B, supra, 1 Conn. 1; ')],
  ['paragraph pins before parallels', sized('2019 IL 1, ¶¶ 1, 2, 3, 1 N.E.3d 1, ')],
  ['commas after reporters', sized('1 U.S., 1 U.S., at ')],
];

/** Footnote markers and bodies, for the resolver's reading order (checked whole). */
export const FOOTNOTES = 'A v. B, 1 F.3d 1 (1990).[^1] Id. <sup>2</sup>\n\n[^1]: Id. at 2.\n\n<sup>2</sup> Id.\n\n';

/** A draft with a citation of every form, repeated. */
export const EVERY_FORM = 'See Foo v. Bar, 60 F.3d 913, 920 (2d Cir. 1994); 17 U.S.C. § 106. Id. at 921. Foo, 60 F.3d at 925. Foo, supra, at 3. Baz v. Qux, 60 F.4d 1, 900. ';
