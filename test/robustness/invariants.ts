/**
 * What must hold of any check of any draft, however hostile: the results point inside the draft,
 * in order, without overlap; every finding is a catalogued rule with a message; fixes edit the
 * draft inside it; the JSON report keeps its contract; and the output stays proportionate to the
 * input (a range like `Exs. 1–99999999` is never expanded into memory).
 */
import * as assert from 'node:assert/strict';
import type { CheckResult } from '../../server/src/core/check';
import { toJson } from '../../server/src/core/report';
import { isRuleCode } from '../../server/src/core/rules/catalogue';
import { contractProblems } from '../property/contract';

/** Most list items any one citation may carry (exhibits, Bates numbers) before it is an expansion. */
export const MAX_LIST_ITEMS_PER_CITATION = 10_000;

/** Problems with `result` as a check of `text`, as sentences; [] when it is sane. */
export function resultProblems(result: CheckResult, text: string): string[] {
  const problems: string[] = [];
  const say = (s: string) => {
    if (problems.length < 20) problems.push(s);
  };
  let lastEnd = 0;
  result.citations.forEach((c, i) => {
    const where = `citation ${c.id} (${c.kind}) at ${c.start}–${c.end}`;
    if (!(c.start >= 0 && c.start <= c.end && c.end <= text.length)) say(`${where} is not inside the draft (length ${text.length})`);
    if (c.start < lastEnd) say(`${where} overlaps the citation before it (which ends at ${lastEnd})`);
    lastEnd = Math.max(lastEnd, c.end);
    if (c.id !== `c${i + 1}`) say(`${where} should have id c${i + 1}`);
    if ((c.exhibits?.length ?? 0) > MAX_LIST_ITEMS_PER_CITATION) say(`${where} lists ${c.exhibits!.length} exhibits: a range was expanded`);
    if ((c.bates?.length ?? 0) > MAX_LIST_ITEMS_PER_CITATION) say(`${where} lists ${c.bates!.length} Bates numbers`);
    // Parts lie inside the draft (a case name is a part that comes before its citation's range).
    for (const [name, span] of Object.entries(c.parts ?? {})) {
      if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) say(`${where}: part "${name}" ${span.start}–${span.end} lies outside the draft`);
    }
  });
  for (const f of result.findings) {
    const where = `finding ${f.code} at ${f.start}–${f.end}`;
    if (!isRuleCode(f.code)) say(`${where}: "${f.code}" is not in the rule catalogue`);
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) say(`${where} is not inside the draft`);
    if (!f.message || !f.message.trim()) say(`${where} has no message`);
    for (const fix of f.fixes) {
      if (!fix.title.trim()) say(`${where}: a fix has no title`);
      for (const e of fix.edits) {
        if (e.path !== undefined) continue; // an edit of another file (an exhibit list)
        if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) say(`${where}: fix "${fix.title}" edits ${e.start}–${e.end}, outside the draft`);
      }
    }
  }
  return problems;
}

/** Asserts `result` is a sane check of `text`, and that its JSON report keeps the contract. */
export function assertSane(result: CheckResult, text: string, label: string): void {
  const problems = resultProblems(result, text);
  assert.deepEqual(problems, [], `${label}: the check's results are not sane:\n  ${problems.join('\n  ')}`);
  const json = JSON.parse(JSON.stringify(toJson([{ path: 'draft.md', result }])));
  const broken = contractProblems(json, { 'draft.md': text }).slice(0, 20);
  assert.deepEqual(broken, [], `${label}: the JSON report breaks the contract of DESIGN.md:\n  ${broken.join('\n  ')}`);
}
