import type { Rule } from '../../../rules/rule';
import type { Finding } from '../../../types';
import { batesKey, batesWithin, compareBates, sameBatesNumber } from '../bates';
import { batesInputsOf, BatesUse, conflict, replaceFix, settledByList } from './batesUses';
import { lineOf } from './shared';

/**
 * `exhibit-bates-conflict`: one exhibit cited with different Bates numbers (each later number
 * against the first, with a fix to write the first), two exhibits cited with one number, a pin
 * cite outside the exhibit's range or in another party's numbers, or a number unlike the one the
 * exhibit list gives that exhibit.
 */
export const exhibitBatesConflict: Rule = {
  info: {
    code: 'exhibit-bates-conflict',
    severity: 'error',
    summary: 'One exhibit cited with different Bates numbers, or with a Bates number that differs from the exhibit list.',
    example: 'Ex. 1, ABC000100 … Ex. 1, ABC000200',
  },
  check: (ctx) => {
    const findings: Finding[] = [];
    const firstCited = new Map<string, BatesUse>(); // exhibit key → its first identifying number
    const ownerOf = new Map<string, BatesUse>(); // Bates key → first exhibit cited with it
    for (const r of batesInputsOf(ctx).readings) {
      if (r.listFinding?.code === 'exhibit-bates-conflict') findings.push(r.listFinding);
      const { use } = r;
      if (settledByList(r) || !use.exhibit) continue;
      const key = use.exhibit.of ? `${use.exhibit.of}\u0000${use.exhibit.key}` : use.exhibit.key;
      const first = firstCited.get(key);
      if (use.range.role === 'cited' && !use.isEnd) {
        if (!first) {
          firstCited.set(key, use);
          const owner = ownerOf.get(batesKey(use.number));
          if (owner && owner.exhibit && owner.exhibit.key !== use.exhibit.key && !use.exhibit.of && !owner.exhibit.of) {
            findings.push(conflict(ctx, use, `Ex. ${use.exhibit.label} is cited with ${use.number.text}, the Bates number Ex. ${owner.exhibit.label} is cited with at line ${lineOf(ctx, owner.span.start)}.`, owner, []));
          } else if (!owner) ownerOf.set(batesKey(use.number), use);
          continue;
        }
        if (sameBatesNumber(first.number, use.number) || batesWithin(use.number, first.range.begin, first.range.end)) continue;
        const fix = replaceFix(ctx, use, first.number.text, `Write ${first.number.text} (as at line ${lineOf(ctx, first.span.start)})`, first.span);
        findings.push(conflict(ctx, use, `Ex. ${use.exhibit.label} is cited here with ${use.number.text}, but at line ${lineOf(ctx, first.span.start)} with ${first.number.text}.`, first, [fix]));
        continue;
      }
      if (use.range.role === 'pin' && first) {
        const b = first.range.begin;
        const e = first.range.end;
        if (use.number.party !== b.party) {
          findings.push(conflict(ctx, use, `Ex. ${use.exhibit.label} is pin cited at ${use.number.text}, but it is cited at line ${lineOf(ctx, first.span.start)} as ${b.text}, another party's number.`, first, []));
        } else if (compareBates(use.number, b) < 0 || (e && compareBates(use.number, e) > 0)) {
          const bounds = e ? `${b.text}–${e.text}` : `starting at ${b.text}`;
          findings.push(conflict(ctx, use, `The pin cite ${use.number.text} lies outside Ex. ${use.exhibit.label} (${bounds}, line ${lineOf(ctx, first.span.start)}).`, first, []));
        }
      }
    }
    return findings;
  },
};
