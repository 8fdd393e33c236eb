/**
 * Long drafts for the robustness and stress suites: brief-like prose with case, docket and
 * exhibit cites, numbered so that no two paragraphs are alike. Every seventh docket cite uses
 * another style (`ECF No.`), so a check has warnings to report and fixes to offer.
 */

/** About `size` characters of a brief; `seed` varies the numbers so that drafts differ. */
export function longBrief(size: number, seed = 0): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 1 + seed * 7919; length < size; n++) {
    const docket = n % 7 === 0 ? `ECF No. ${(n % 480) + 1}` : `Dkt. No. ${(n % 480) + 1}`;
    const p =
      `The parties met and conferred on ${n} occasions. *See* Harmon v. Lindqvist Freight Co., ${(n % 900) + 1} F.3d ${(n % 1300) + 1}, ` +
      `${(n % 1300) + 5} (2d Cir. 2004); ${docket} at ${(n % 30) + 1}. The log lists entries. (Ex. ${(n % 60) + 1}, ABC_${String(n).padStart(9, '0')}.) ` +
      `*Id.* at ${(n % 1300) + 7}. Defendant's objections are boilerplate and should be overruled.\n\n`;
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}
