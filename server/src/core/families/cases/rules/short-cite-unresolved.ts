import type { Rule } from '../../../rules/rule';
import type { Citation, Finding } from '../../../types';
import { caseDetail } from '../types';
import { CaseCitations, findEach } from './shared';

/**
 * `short-cite-unresolved`: a short cite (`Texaco, 60 F.3d at 920`) with no full citation of its
 * volume and reporter before it, or an `Id.` with nothing at all cited before it. Where the full
 * citation comes later, the message says on which line and the related location shows it.
 *
 * Silent for a short cite of an unknown reporter (`reporter-unknown` reports it), for an `Id.`
 * after a string of several authorities (`id-ambiguous`) or after one, and for an `Id.` that may
 * refer to a record cite Brieflint does not read (a declaration's paragraph, a transcript page).
 */
export const shortCiteUnresolved: Rule = {
  info: {
    code: 'short-cite-unresolved',
    severity: 'error',
    summary: 'A short cite or Id. with no full citation before it to point to.',
    example: 'Texaco, 60 F.3d at 920 (with no full cite earlier)',
  },
  check: (ctx) => findEach(ctx, ['case-short', 'id'], unresolved),
};

/** Text that shows a record cite Brieflint does not read: a paragraph or section mark, a declaration, a transcript. */
const RECORD_CITE = /¶|§|\b(?:Decl|Dep|Tr|Aff|Compl|Br|Mem|Op|Ex|Exs|R|J\.A|App|Supp|Hr'g|Ans|Mot|Opp)\.|\bat \d/;

function unresolved(c: Citation, cases: CaseCitations): Finding | undefined {
  if (c.antecedent) return undefined;
  const d = caseDetail(c);
  if (c.kind === 'id') {
    if (d.ambiguous || d.ambiguousChain || !idHasNothingBefore(c, cases)) return undefined;
    return unresolvedFinding(c, `"${c.text}" refers to the authority cited just before it, but nothing is cited before it in this draft.`);
  }
  if (d.reporterKnown === false) return undefined;
  const later = (cases.fullByReporter(c.volume, c.reporter) ?? []).find((o) => o.start > c.start);
  const message = later
    ? `The short cite "${c.text}" comes before the full citation of ${c.volume} ${c.reporter} (line ${cases.line(later.start)}): cite the case in full the first time.`
    : `The short cite "${c.text}" has no full citation of ${c.volume} ${c.reporter} before it in this draft.`;
  const f = unresolvedFinding(c, message);
  f.related = later ? [{ start: later.start, end: later.end, message: 'the full citation' }] : [];
  return f;
}

function unresolvedFinding(c: Citation, message: string): Finding {
  return { code: 'short-cite-unresolved', severity: 'error', start: c.start, end: c.end, citations: [c.id], message, fixes: [] };
}

/**
 * Whether nothing an `Id.` could refer to comes before it: no citation at all, and no record
 * cite Brieflint does not read (a declaration's paragraph, a transcript page) in the text before.
 */
function idHasNothingBefore(c: Citation, cases: CaseCitations): boolean {
  if (cases.citations.some((o) => o.start < c.start)) return false;
  return !RECORD_CITE.test(cases.source.slice(0, c.start));
}
