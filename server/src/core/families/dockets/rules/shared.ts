/**
 * What the docket rules read alike, made once per check through `ctx.shared`: the draft's docket
 * cites, in document order, and how a cite's text is shown in a message.
 */
import { RuleContext, sharedKey } from '../../../analysis';
import type { Citation } from '../../../types';
import type { DocketCiteDetail } from '../types';

const DOCKET_CITES = sharedKey<readonly Citation[]>('dockets: docket cites');

/** The draft's docket cites (`Dkt. No. 293`), in document order. */
export function docketCitesOf(ctx: RuleContext): readonly Citation[] {
  return ctx.shared(DOCKET_CITES, () => ctx.analysis.citations.filter(isDocketCite));
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
