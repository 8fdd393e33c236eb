import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Span } from '../../../types';
import { caseDetail } from '../types';
import { CaseCitations, findEach } from './shared';

/**
 * `pin-before-page`: a pin cite before the first page of the opinion (`60 F.3d 913, 900`), in a
 * full citation, a short cite or a `supra` (against the first page of the citation it refers
 * to, which the related location shows). No fix: only the writer knows the page meant.
 *
 * Silent for database and public-domain citations (they pin to star pages and paragraphs), for a
 * pin cite that does not begin with a page number (`*3`, `¶ 12`), and when the first page is not
 * a plain number or is not known (a short form that refers to nothing).
 */
export const pinBeforePage: Rule = {
  info: {
    code: 'pin-before-page',
    severity: 'error',
    summary: 'A pin cite before the first page of the opinion.',
    example: '60 F.3d 913, 900 (2d Cir. 1994)',
  },
  check: (ctx) => findEach(ctx, ['case', 'case-short', 'supra'], pinBeforePageFinding),
};

/** The `pin-before-page` finding of one citation, if it has one (`supra-case` asks too: its fix must not keep such a pin). */
export function pinBeforePageFinding(c: Citation, cases: CaseCitations): Finding | undefined {
  const pinSpan = c.parts?.pinCite;
  if (!pinSpan || !c.pinCite) return undefined;
  const d = caseDetail(c);
  if (d.form !== undefined && d.form !== 'print') return undefined; // database and neutral cites pin to stars and paragraphs
  const pin = firstPinPage(c.pinCite);
  let page: number | undefined;
  let pageAt: Span | undefined;
  if (c.kind === 'case') {
    page = c.page && allDigits(c.page) ? Number(c.page) : undefined;
    pageAt = c.parts?.page;
  } else {
    const target = c.antecedent ? cases.byId(c.antecedent) : undefined;
    page = target?.page && allDigits(target.page) ? Number(target.page) : undefined;
    pageAt = target?.parts?.page;
  }
  if (pin === undefined || page === undefined || pin >= page) return undefined;
  return {
    code: 'pin-before-page',
    severity: 'error',
    start: pinSpan.start,
    end: pinSpan.end,
    citations: [c.id],
    message: `Pin cite ${pin} comes before the opinion's first page, ${page}: a pin cite names a page of the opinion, at or after its first page.`,
    fixes: [],
    related: pageAt && c.kind !== 'case' ? [{ ...pageAt, message: `first page ${page}` }] : [],
  };
}

/** The first page a pin cite names (`920` in `920-21`, `920 n.5`); undefined for star pages and paragraphs. */
export function firstPinPage(pin: string): number | undefined {
  let n = 0;
  let i = 0;
  for (; i < pin.length && i < 6; i++) {
    const c = pin.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return i > 0 ? n : undefined;
}

/** Whether a string is one or more ASCII digits. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
