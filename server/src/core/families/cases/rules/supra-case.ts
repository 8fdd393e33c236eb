import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Span } from '../../../types';
import { caseDetail } from '../types';
import { pinBeforePageFinding } from './pin-before-page';
import { CaseCitations, findEach } from './shared';

/**
 * `supra-case`: `supra` used for a case (`Texaco, supra, at 920`); the Bluebook allows it only
 * for other authorities (rule 10.9). The message gives the short form to write; the preferred fix
 * writes it in place of `supra` (and the emphasis around it), keeping the pin cite; the related
 * location shows the full citation.
 *
 * Silent for a `supra` that refers to no full case citation with a volume and reporter. No fix
 * where it would copy an unknown reporter into new text, or keep a pin cite before the first
 * page (`pin-before-page` reports that): a quick fix must not bring a new error with it.
 */
export const supraCase: Rule = {
  info: {
    code: 'supra-case',
    severity: 'warning',
    summary: 'supra used for a case (the Bluebook allows it only for other authorities).',
    example: 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994). … Texaco, supra, at 920',
  },
  check: (ctx) => findEach(ctx, ['supra'], supraForCase),
};

function supraForCase(c: Citation, cases: CaseCitations): Finding | undefined {
  const target = c.antecedent ? cases.byId(c.antecedent) : undefined;
  const supra = c.parts?.supra;
  if (!target || target.kind !== 'case' || !supra || !target.volume || !target.reporter) return undefined;
  const pin = c.parts?.pinCite;
  const safe = caseDetail(target).reporterKnown !== false && !pinBeforePageFinding(c, cases);
  const start = widenOverMarkers(cases.source, supra);
  const replacement = pin ? `${target.volume} ${target.reporter} at ` : `${target.volume} ${target.reporter} ${target.page ?? ''}`.trimEnd();
  const editEnd = pin ? pin.start : start.end;
  const shortForm = pin ? `${replacement}${cases.written(pin)}` : replacement;
  return {
    code: 'supra-case',
    severity: 'warning',
    start: c.start,
    end: c.end,
    citations: [c.id, target.id],
    message: `"supra" is not used for cases (Bluebook rule 10.9); write the short form "${c.caseName}, ${shortForm}".`,
    fixes: safe ? [{ title: `Write "${shortForm}" instead of "supra"`, edits: [{ start: start.start, end: editEnd, newText: replacement }], preferred: true }] : [],
    related: [{ start: target.start, end: target.end, message: 'the full citation' }],
  };
}

/** The span widened over emphasis markers that wrap exactly it (`*supra*`), so an edit removes them too. */
function widenOverMarkers(source: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start > 0 && end < source.length && (source[start - 1] === '*' || source[start - 1] === '_') && source[end] === source[start - 1]) {
    start--;
    end++;
  }
  return { start, end };
}
