import type { Rule } from '../../../rules/rule';
import type { Finding } from '../../../types';
import { formFinding, styleOf } from '../form';

const CLEANED_UP = /\(cleaned up\)/g;

/**
 * A parenthetical the style has replaced: the Bluebook 22nd edition writes `(citation modified)`
 * where drafts wrote `(cleaned up)`. Only a `(cleaned up)` that follows a citation (within a few
 * characters, past its other parentheticals) is read.
 */
export const parentheticalForm: Rule = {
  info: {
    code: 'parenthetical-form',
    severity: 'warning',
    summary: 'A parenthetical the style has replaced (`(cleaned up)` → `(citation modified)` in the Bluebook 22nd edition).',
    example: 'Smith v. Jones, 60 F.3d 913, 920 (2d Cir. 1994) (cleaned up)',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    if (!styleOf(ctx).style.citationModified) return out;
    const source = ctx.analysis.draft.text;
    if (!source.includes('(cleaned up)')) return out;
    const cites = ctx.analysis.citations;
    let k = 0;
    for (const m of source.matchAll(CLEANED_UP)) {
      const at = m.index!;
      while (k < cites.length && cites[k].end <= at) k++;
      const before = cites[k - 1];
      if (!before || at - before.end > 200) continue;
      // Only parentheticals (balanced) and blanks between the citation and `(cleaned up)`.
      const between = source.slice(before.end, at);
      if (!/^(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))*\s*$/.test(between)) continue;
      out.push(formFinding(ctx, 'parenthetical-form', 'warning', { start: at, end: at + m[0].length },
        'The Bluebook 22nd edition replaces "(cleaned up)" with "(citation modified)"', 'parenthetical', before.id,
        { text: '(citation modified)', title: 'Change "(cleaned up)" to "(citation modified)"' }));
    }
    return out;
  },
};
