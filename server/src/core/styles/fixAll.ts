/**
 * "Fix all citation form problems in this draft": one edit list made from the findings of the form
 * rules when it is asked for (never copied onto each finding). Safe by construction: each finding
 * gives its preferred fix only when every edit of it lies inside the finding's own range and edits
 * the draft; an edit that would overlap one already taken is left out with its whole fix.
 */
import type { CheckResult } from '../analysis';
import type { Edit } from '../types';

/** The rules whose preferred fixes "fix all citation form problems" applies. */
export const FORM_CODES: readonly string[] = [
  'court-nonstandard', 'pin-range-form', 'signal-form', 'history-form', 'parenthetical-form', 'reporter-nonstandard',
];

/** The edits of every form problem's preferred fix, in document order, none overlapping another. */
export function formFixAll(result: Pick<CheckResult, 'findings'>): Edit[] {
  const findings = result.findings.filter((f) => FORM_CODES.includes(f.code)).sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: Edit[] = [];
  let lastEnd = -1;
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix || fix.edits.length === 0) continue;
    const edits = [...fix.edits].sort((a, b) => a.start - b.start);
    const inside = edits.every((e) => e.path === undefined && e.start >= f.start && e.end <= f.end && e.start <= e.end);
    const apart = edits.every((e, i) => i === 0 || e.start >= edits[i - 1].end);
    if (!inside || !apart || edits[0].start < lastEnd || (edits[0].start === lastEnd && edits[0].start === edits[0].end)) continue;
    for (const e of edits) taken.push({ start: e.start, end: e.end, newText: e.newText });
    lastEnd = edits[edits.length - 1].end;
  }
  return taken;
}
