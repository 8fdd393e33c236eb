import type { Rule } from '../../../rules/rule';
import type { Finding, Span } from '../../../types';
import { formFinding } from '../form';
import { caseDetail } from '../types';

/** The text a reader sees in `source[from, to)` with emphasis markers left out, and where each character is in the source. */
function visible(source: string, from: number, to: number): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (ch === '*' || ch === '_') continue;
    text += ch;
    at.push(i);
  }
  return { text, at };
}

/** `See e.g.`, `see, e.g.`, `But see e.g.,` before a citation: the signal and what follows it. */
const SEE_EG = /(?:^|[\s(;])((?:[Bb]ut )?[Ss]ee)(,? ?)(e\.g\.)(,?)\s+$/;
const EG = /(?:^|[\s(;])([Ee]\.g\.)(,?)\s+$/;
const SEE_ALSO_COMMA = /(?:^|[\s(;])([Ss]ee also|[Ss]ee generally|[Cc]f\.|[Ss]ee)(,)\s+$/;
/** A signal opening what is before a citation, for its capital: the signal and the mark before it. */
const OPENING = /(?:^|([.;?!])\s+|\n\s*)((?:[Bb]ut )?(?:[Ss]ee(?: also| generally)?|[Cc]f\.|[Aa]ccord|[Cc]ontra|[Cc]ompare))(?:,? ?e\.g\.,?)?,?\s+$/;

/**
 * A signal out of form before a case citation: `See e.g.` → `See, e.g.,` (a comma after the
 * signal and after `e.g.`), `See also,` → `See also` (no comma after a signal but `e.g.`), and its
 * capital: capitalised where it opens a citation sentence (after a sentence's end), lower case
 * inside a string citation (after a semicolon). Signals in parentheses are left alone (a
 * citation clause may be lower case, a California citation sentence is capitalised).
 */
export const signalForm: Rule = {
  info: {
    code: 'signal-form',
    severity: 'warning',
    summary: 'A signal written out of form (`See e.g.` → `See, e.g.,`; `See also,`; its capital at the start of a citation sentence or inside a string).',
    example: 'See e.g. Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994).',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    const source = ctx.analysis.draft.text;
    const seen = new Set<number>();
    for (const c of ctx.analysis.citations) {
      if (c.kind !== 'case' && c.kind !== 'case-short' && c.kind !== 'supra' && c.kind !== 'id') continue;
      if (c.kind === 'case' && ((caseDetail(c).member ?? 0) > 0 || caseDetail(c).historyOf || caseDetail(c).nestedIn)) continue;
      const lead = c.parts?.caseName?.start ?? c.start;
      if (seen.has(lead)) continue;
      seen.add(lead);
      const from = Math.max(0, lead - 40);
      const { text, at } = visible(source, from, lead);
      const span = (s: number, e: number): Span => ({ start: at[s], end: at[e - 1] + 1 });
      const clean = (sp: Span) => !/[*_\\]/.test(source.slice(sp.start, sp.end));
      // The capital the signal should have, where it opens a sentence or follows a semicolon.
      const opening = OPENING.exec(text);
      let capital: { at: number; word: string; want: string; mark: string } | undefined;
      if (opening && !(opening.index === 0 && from > 0 && !opening[1]) && opening[1]) {
        const mark = opening[1];
        const word = opening[2];
        const s = opening.index + opening[0].indexOf(word, 1);
        const first = word[0];
        let want: string | undefined;
        if (mark === ';' && first !== first.toLowerCase()) want = first.toLowerCase() + word.slice(1);
        else if (mark !== ';' && first !== first.toUpperCase() && endsSentence(text, s)) want = first.toUpperCase() + word.slice(1);
        if (want) capital = { at: s, word, want, mark };
      }
      const cap = (at: number, t: string) => (capital && capital.at === at ? capital.want[0] + t.slice(1) : t);
      const see = SEE_EG.exec(text);
      if (see) {
        const sigStart = see.index + see[0].indexOf(see[1]);
        const end = sigStart + see[1].length + see[2].length + see[3].length + see[4].length;
        const written = text.slice(sigStart, end);
        const want = cap(sigStart, `${see[1]}, e.g.,`);
        const sp = span(sigStart, end);
        if (written !== want) {
          out.push(formFinding(ctx, 'signal-form', 'warning', sp, `Write the signal "${want}", not "${written}"`, 'signal', c.id,
            clean(sp) ? { text: want, title: `Change "${written}" to "${want}"` } : undefined));
          continue;
        }
      } else {
        const eg = EG.exec(text);
        if (eg && eg[2] === '') {
          const s = eg.index + eg[0].indexOf(eg[1]);
          const sp = span(s, s + eg[1].length);
          const want = cap(s, `${eg[1]},`);
          out.push(formFinding(ctx, 'signal-form', 'warning', sp, `Write the signal "${want}", with its comma`, 'signal', c.id,
            { text: want, title: `Change "${eg[1]}" to "${want}"` }));
          continue;
        }
        const comma = SEE_ALSO_COMMA.exec(text);
        if (comma) {
          const s = comma.index + comma[0].indexOf(comma[1]);
          const sp = span(s, s + comma[1].length + 1);
          const want = cap(s, comma[1]);
          out.push(formFinding(ctx, 'signal-form', 'warning', sp, `No comma follows the signal "${comma[1]}"`, 'signal', c.id,
            clean(sp) ? { text: want, title: `Change "${comma[1]}," to "${want}"` } : undefined));
          continue;
        }
      }
      if (!capital) continue;
      const { at: s, word, want, mark } = capital;
      const sp = span(s, s + 1);
      const where = mark === ';' ? 'inside a string citation' : 'opening a citation sentence';
      out.push(formFinding(ctx, 'signal-form', 'warning', span(s, s + word.length), `Write the signal "${want}" ${where}`, 'signal', c.id,
        { text: want[0], title: `Change "${word}" to "${want}"`, span: sp }));
    }
    return out;
  },
};

/** Whether the period before `pos` ends a sentence (after a citation's parenthesis, a pin, or a word of three or more letters). */
function endsSentence(text: string, pos: number): boolean {
  const before = text.slice(0, pos).trimEnd();
  if (!/[.?!]$/.test(before)) return false;
  return /(?:\)|\d|[a-z]{3,})[.?!]$/.test(before) && !/\b(?:e\.g|i\.e|cf|et al|v|No|Inc|Corp|Co|Ltd)\.$/.test(before);
}
