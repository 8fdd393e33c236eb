import type { Rule } from '../../../rules/rule';
import type { Finding } from '../../../types';
import { formFinding, styleOf } from '../form';

/**
 * Subsequent history written out where the Bluebook and the Indigo Book (table T14) abbreviate
 * it, each with its abbreviation. Read only between two case citations (`…, affirmed, 60 F.3d …`).
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^affirmed on other grounds$/i, "aff'd on other grounds"],
  [/^affirmed$/i, "aff'd"],
  [/^aff'd$/, "aff'd"],
  [/^reversed on other grounds$/i, "rev'd on other grounds"],
  [/^reversed$/i, "rev'd"],
  [/^rev'd$/, "rev'd"],
  [/^(?:cert|certiorari)\.? denied$/i, 'cert. denied'],
  [/^(?:cert|certiorari)\.? granted$/i, 'cert. granted'],
  [/^cert\. denied$/, 'cert. denied'],
  [/^rehearing denied$/i, "reh'g denied"],
  [/^rehearing en banc denied$/i, "reh'g en banc denied"],
  [/^vacated$/, 'vacated'],
];

const GAP = /^(,?\s{1,3})((?:affirmed|reversed|aff['’]d|rev['’]d)(?: on other grounds)?|(?:cert|certiorari)\.? (?:denied|granted)|rehearing(?: en banc)? denied)(,?)(\s{1,3})$/i;

/**
 * Subsequent history not in the style's form: `affirmed` → `aff'd,`, `cert denied` →
 * `cert. denied,`, and the comma after the phrase. Only between a full case citation and the
 * citation it is followed by, so prose (`the judgment was affirmed`) is never read.
 */
export const historyForm: Rule = {
  info: {
    code: 'history-form',
    severity: 'warning',
    summary: "Subsequent history not in the style's form (`affirmed` → `aff'd,`, `cert denied` → `cert. denied,`).",
    example: 'Smith v. Jones, 60 F.3d 913 (2d Cir. 1994), affirmed, 515 U.S. 1 (1995)',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    if (styleOf(ctx).style.form !== 'bluebook') return out;
    const source = ctx.analysis.draft.text;
    const cites = ctx.analysis.citations;
    for (let k = 1; k < cites.length; k++) {
      const before = cites[k - 1];
      const after = cites[k];
      if (before.kind !== 'case' || after.kind !== 'case' || before.parts?.parenthetical === undefined) continue;
      const gapStart = before.end;
      const gapEnd = after.parts?.caseName?.start ?? after.start;
      if (gapEnd - gapStart > 60 || gapEnd <= gapStart) continue;
      const gap = source.slice(gapStart, gapEnd);
      const m = GAP.exec(gap);
      if (!m) continue;
      const phrase = m[2];
      const want = PHRASES.find(([p]) => p.test(phrase.replace(/’/g, "'")))?.[1];
      if (!want) continue;
      const wantText = `${want},`;
      const written = `${phrase}${m[3]}`;
      if (written === wantText) continue;
      const start = gapStart + m[1].length;
      out.push(formFinding(ctx, 'history-form', 'warning', { start, end: start + written.length },
        `Write the subsequent history "${wantText}", not "${written}"`, 'history', after.id,
        { text: wantText, title: `Change "${written}" to "${wantText}"` }));
    }
    return out;
  },
};
