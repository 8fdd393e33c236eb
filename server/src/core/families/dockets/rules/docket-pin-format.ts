import type { RuleContext } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Citation, Edit, Finding, Fix, Span } from '../../../types';
import { EN_DASH } from '../scan';
import { detailOf, docketCitesOf, oneLine } from './shared';

/**
 * `docket-pin-format`: a docket pin cite not in the usual form: `¶` before several paragraphs
 * or `¶¶` before one, no space after the mark, a hyphen joining a range where an en dash is
 * usual. Each is fixed in place; with several, one fix rewrites them all (`Fix.all`).
 */
export const docketPinFormat: Rule = {
  info: {
    code: 'docket-pin-format',
    severity: 'hint',
    summary: 'A docket pin cite not in the usual form (¶¶76 without a space, ¶ before several paragraphs or ¶¶ before one, a hyphen where an en dash is usual in a range).',
    example: 'Dkt. 69 at ¶¶76, 430',
  },
  check: (ctx) => pinFindings(ctx, docketCitesOf(ctx)),
};

function pinFindings(ctx: RuleContext, dockets: readonly Citation[]): Finding[] {
  const text = ctx.analysis.draft.text;
  const pending: Array<{ cite: Citation; span: Span; edits: Edit[]; reasons: string[] }> = [];
  for (const d of dockets) {
    const pin = detailOf(d).pin;
    const span = d.parts?.pinCite;
    if (!pin || !span) continue;
    const edits: Edit[] = [];
    const reasons: string[] = [];
    const mark = d.parts?.pinMark;
    if (pin.mark && mark) {
      if (pin.mark === '\u00b6' && pin.count > 1) {
        edits.push({ start: mark.start, end: mark.end, newText: '\u00b6\u00b6' });
        reasons.push('several paragraphs take "¶¶"');
      } else if (pin.mark === '\u00b6\u00b6' && pin.count === 1) {
        edits.push({ start: mark.start, end: mark.end, newText: '\u00b6' });
        reasons.push('a single paragraph takes "¶"');
      }
      if (!pin.spaceAfterMark) {
        edits.push({ start: mark.end, end: mark.end, newText: ' ' });
        reasons.push(`a space goes between "${pin.mark}" and the number`);
      }
    }
    for (let k = 0; k < pin.hyphens; k++) {
      const h = d.parts?.[`pinHyphen${k}`];
      if (h) edits.push({ start: h.start, end: h.end, newText: EN_DASH });
    }
    if (pin.hyphens > 0) reasons.push(`a range is joined with an en dash (${EN_DASH}) rather than a hyphen`);
    if (edits.length === 0) continue;
    edits.sort((a, b) => a.start - b.start);
    pending.push({ cite: d, span, edits, reasons });
  }
  // One marker for every pin: its edits (each pin's own) are made when the fix is asked for.
  const all: Fix | undefined = pending.length > 1 ? { title: `Fix the form of the ${pending.length} docket pin cites in this draft`, edits: [], all: { code: 'docket-pin-format' } } : undefined;
  return pending.map((p) => {
    const written = text.slice(p.span.start, p.span.end);
    const rewritten = applyWithin(text, p.span, p.edits);
    const fixes: Fix[] = [{ title: `Change "${oneLine(written)}" to "${oneLine(rewritten)}"`, edits: p.edits, preferred: true }];
    if (all) fixes.push(all);
    return {
      code: 'docket-pin-format',
      severity: 'hint',
      start: p.span.start,
      end: p.span.end,
      citations: [p.cite.id],
      message: `Pin cite "${oneLine(written)}" would usually be written "${oneLine(rewritten)}": ${p.reasons.join('; ')}.`,
      fixes,
    } satisfies Finding;
  });
}

/** The text of `span` with `edits` (all inside it, in order) applied. */
function applyWithin(text: string, span: Span, edits: Edit[]): string {
  let out = '';
  let pos = span.start;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos, span.end);
}
