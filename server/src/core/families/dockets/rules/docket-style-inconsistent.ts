import type { RuleContext } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Citation, Edit, Finding, Fix, Span } from '../../../types';
import { NBSP } from '../scan';
import { docketStyle, DocketStyle, styleWords } from '../styles';
import { detailOf, oneLine, styledDocketCitesOf } from './shared';

/**
 * `docket-style-inconsistent`: one docket cite style per draft. The style is the one set in
 * `brieflint.docket.style`, else the one the draft uses most (on a tie, the one used first),
 * counting the docket entries exhibit cites name (`Ex. B to Dkt. No. 27`) with the docket cites;
 * every cite in another style is marked, with a fix that rewrites its words (`Dkt.` →
 * `Dkt. No.`, in the plural for several entries) and one that rewrites them all (`Fix.all`: its
 * edits, each cite's own fix, are made when it is asked for).
 */
export const docketStyleInconsistent: Rule = {
  info: {
    code: 'docket-style-inconsistent',
    severity: 'warning',
    summary: 'Docket cites in more than one style in one draft (Dkt. No. beside Dkt. or ECF No.).',
    example: 'Dkt. No. 293 … Dkt. 69',
  },
  check: (ctx) => styleFindings(ctx, styledDocketCitesOf(ctx)),
};

/** The style the draft should use, and why, or undefined when every cite already agrees. */
function preferredStyle(ctx: RuleContext, dockets: readonly Citation[]): { style: string; reason: string } | undefined {
  const setting = ctx.settings.docket.style;
  if (setting) return { style: setting, reason: `the style set in brieflint.docket.style` };
  const counts = new Map<string, number>();
  for (const d of dockets) counts.set(detailOf(d).style, (counts.get(detailOf(d).style) ?? 0) + 1);
  if (counts.size < 2) return undefined;
  // The style used most; on a tie, the one used first (Map keeps first-use order).
  let style = '';
  let best = 0;
  for (const [s, n] of counts) {
    if (n > best) [style, best] = [s, n];
  }
  const tie = [...counts.values()].filter((n) => n === best).length > 1;
  const reason = tie
    ? `the style used first in this draft (each style is used equally often)`
    : `the style used most in this draft (${best} of ${dockets.length} docket cites)`;
  return { style, reason };
}

function styleFindings(ctx: RuleContext, dockets: readonly Citation[]): Finding[] {
  const preferred = preferredStyle(ctx, dockets);
  if (!preferred) return [];
  const hash = preferred.style.endsWith(' #');
  const family = docketStyle(hash ? preferred.style.slice(0, -2) : preferred.style);
  if (!family) return [];
  const pending: Array<{ cite: Citation; span: Span; edit?: Edit; written: string; rewritten?: string }> = [];
  for (const d of dockets) {
    const detail = detailOf(d);
    if (detail.style === preferred.style || !d.parts?.style || !d.parts.lead) continue;
    // `R.` stands for a docket entry only before a PageID pin: a cite without one is not rewritten to it.
    const edit = family.guard === 'pageid' && detail.pin?.kind !== 'pageid' ? undefined : leadEdit(ctx, d, family, hash);
    const entryEnd = d.parts.entry0?.end ?? d.parts.lead.end;
    const written = ctx.analysis.draft.text.slice(d.start, entryEnd);
    pending.push({
      cite: d,
      span: d,
      ...(edit ? { edit, rewritten: edit.newText + ctx.analysis.draft.text.slice(edit.end, entryEnd) } : {}),
      written,
    });
  }
  let editable = 0;
  for (const p of pending) if (p.edit) editable++;
  // One marker for every cite: its edits (each cite's own) are made when the fix is asked for.
  const all: Fix | undefined = editable > 1 ? { title: `Change the ${editable} docket cites in other styles to "${preferred.style}"`, edits: [], all: { code: 'docket-style-inconsistent' } } : undefined;
  return pending.map((p) => {
    const fixes: Fix[] = [];
    if (p.edit) fixes.push({ title: `Change "${oneLine(p.written)}" to "${oneLine(p.rewritten!)}"`, edits: [p.edit], preferred: true });
    if (all) fixes.push(all);
    return {
      code: 'docket-style-inconsistent',
      severity: 'warning',
      start: p.span.start,
      end: p.span.end,
      citations: [p.cite.id],
      message: `Docket cite in the style "${detailOf(p.cite).style}"; this draft cites the docket as "${preferred.style}", ${preferred.reason}.`,
      fixes,
    } satisfies Finding;
  });
}

/**
 * The edit that rewrites a cite's words (`Dkt.` → `Dkt. No.`), in the plural when it names
 * several entries, keeping no-break spaces where the draft used them. Only the words change,
 * unless a `#` or `:` between words and number must go too (`Dkt. #45` → `ECF No. 45`).
 * Undefined when the words carry markup the edit could break (`*Dkt.* 12`).
 */
function leadEdit(ctx: RuleContext, d: Citation, family: DocketStyle, hash: boolean): Edit | undefined {
  const detail = detailOf(d);
  const reader = ctx.analysis.reader;
  const several = detail.entries.length > 1 || detail.entries.some((e) => e.through !== undefined);
  const space = detail.lead.includes(NBSP) ? NBSP : ' ';
  const words = styleWords(family, several).split(' ').join(space);
  const wordsOnly = !hash && !detail.hash && /^[^#:]*$/.test(detail.lead) && /\s$/.test(detail.lead);
  const span = wordsOnly ? d.parts!.style : d.parts!.lead;
  const written = wordsOnly ? detail.words : detail.lead;
  if (reader.escapeLike(span.start, span.end, written) !== ctx.analysis.draft.text.slice(span.start, span.end)) return undefined;
  const newText = wordsOnly ? words : hash ? `${words}${space}#` : `${words}${space}`;
  return { start: span.start, end: span.end, newText: reader.escapeLike(span.start, span.end, newText) };
}

