/**
 * What the docket rules read alike, made once per check through `ctx.shared`: the draft's docket
 * cites, in document order (with those inside exhibit cites, for the style), and how a cite's
 * text is shown in a message.
 */
import { RuleContext, sharedKey } from '../../../analysis';
import type { Citation, Span } from '../../../types';
import { exhibitOfSpan } from '../../exhibits';
import { findDocketCites } from '../extract';
import type { DocketCiteDetail } from '../types';

const DOCKET_CITES = sharedKey<readonly Citation[]>('dockets: docket cites');
const STYLED_CITES = sharedKey<readonly Citation[]>('dockets: docket cites, with those inside exhibit cites');

/** The draft's docket cites (`Dkt. No. 293`), in document order. */
export function docketCitesOf(ctx: RuleContext): readonly Citation[] {
  return ctx.shared(DOCKET_CITES, () => ctx.analysis.citations.filter(isDocketCite));
}

/**
 * Every docket cite written in the draft, in document order, for `docket-style-inconsistent`:
 * the docket cites, and the docket entry an exhibit cite names (`Dkt. No. 27` in
 * `Ex. B to Dkt. No. 27`), which the exhibit cite takes in but which is written in a style all
 * the same. Such an entry comes with the exhibit cite's id.
 */
export function styledDocketCitesOf(ctx: RuleContext): readonly Citation[] {
  return ctx.shared(STYLED_CITES, () => {
    const out: Citation[] = [];
    const text = ctx.analysis.draft.text;
    for (const c of ctx.analysis.citations) {
      if (isDocketCite(c)) out.push(c);
      const of = exhibitOfSpan(c);
      if (of) {
        const inside = docketCiteIn(text, of, c.id);
        if (inside) out.push(inside);
      }
    }
    return out;
  });
}

/**
 * The docket cite that starts a span of the draft (the other document of an exhibit cite), read
 * from the draft's own text as the docket scanner reads it, with offsets moved to the draft's;
 * undefined when the span does not start with one (escapes and markup included: then no style
 * is guessed).
 */
function docketCiteIn(text: string, span: Span, id: string): Citation | undefined {
  const slice = text.slice(span.start, span.end);
  const [found] = findDocketCites(slice);
  if (!found || found.start !== 0) return undefined;
  const parts: Record<string, Span> = {};
  for (const [name, p] of Object.entries(found.parts ?? {})) parts[name] = { start: p.start + span.start, end: p.end + span.start };
  const cite: Citation = { id, kind: 'docket', start: span.start, end: span.start + found.end, text: slice.slice(0, found.end), parts };
  if (found.entry !== undefined) cite.entry = found.entry;
  if (found.detail) cite.detail = found.detail;
  return cite;
}

export function isDocketCite(c: Citation): boolean {
  return c.kind === 'docket' && !!c.detail;
}

/** The detail of a docket cite (`isDocketCite`). */
export function detailOf(c: Citation): DocketCiteDetail {
  return c.detail as unknown as DocketCiteDetail;
}

/** Text as one line, for a message or a fix's title. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
