import { lookupCourt } from '../../../courts/index';
import type { Rule } from '../../../rules/rule';
import type { Finding } from '../../../types';
import { formFinding, styleOf } from '../form';

/** The key two spellings share when they differ only in blanks, periods and ordinals (`2nd`/`2d`). */
function looseKey(s: string): string {
  return s.replace(/[\s.]+/g, '').replace(/([23])(?:nd|rd)(?![a-z])/g, '$1d');
}

/**
 * A court in a citation's parenthetical written otherwise than the style writes it, where the
 * court is certain: the court table knows the text as exactly one court, and the text differs from
 * the court's abbreviation only in blanks, periods and the ordinal (`2nd Cir.`, `S.D.N.Y`,
 * `N.D.Cal.`, `SDNY`). A court the table reads differently (`Cal.App.` for `Cal. Ct. App.`) is left
 * alone. The California Style Manual closes court abbreviations up (`N.D.Cal.`), so there only
 * ordinals and missing periods are flagged.
 */
export const courtNonstandard: Rule = {
  info: {
    code: 'court-nonstandard',
    severity: 'warning',
    summary: "A court in a citation not in the style's form (ordinals, spacing, periods); fix: the court's abbreviation.",
    example: 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2nd Cir. 1994)',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    const inForce = styleOf(ctx);
    const source = ctx.analysis.draft.text;
    for (const c of ctx.analysis.citations) {
      const span = c.parts?.court;
      if (c.kind !== 'case' || !c.court || !span) continue;
      const written = source.slice(span.start, span.end);
      if (/[\\*_\n]/.test(written)) continue;
      const match = lookupCourt(written);
      if (!match || !match.court || match.rest !== '' || match.candidates.length !== 1) continue;
      const court = match.court;
      const want = court.abbreviation;
      if (written === want || looseKey(written) !== looseKey(want)) continue;
      // Only blanks differ: the California Style Manual's closed-up form.
      if (inForce.style.closedUpCourts && written.replace(/\s+/g, '') === want.replace(/\s+/g, '')) continue;
      out.push(formFinding(ctx, 'court-nonstandard', 'warning', span, `Write the court "${want}", not "${written}"`, 'court', c.id, {
        text: want,
        title: `Change "${written}" to "${want}"`,
      }));
    }
    return out;
  },
};
