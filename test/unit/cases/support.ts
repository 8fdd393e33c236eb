/**
 * Helpers for the case-citation tests: a draft goes in, and what a lawyer should see comes out as
 * text a person can review — the draft with its citations tagged (`<0>60 F.3d 913</0>`), the JSON
 * fields of a citation, the findings of one rule, what each short form points to.
 */
import * as assert from 'node:assert/strict';
import { caseDetail } from '../../../server/src/core/families/cases/types';
import type { CheckResult } from '../../../server/src/core/check';
import type { DocumentFormat } from '../../../server/src/core/text/markdown';
import type { Citation, Finding } from '../../../server/src/core/types';
import { annotate, applyFix, checkDraft } from '../helpers';

/** The kinds this work finds: cases, their short forms, and statutes and rules. */
export const CASE_KINDS = ['case', 'case-short', 'id', 'supra', 'statute', 'regulation', 'rule', 'constitution', 'session-law', 'secondary', 'legislative'] as const;

export function run(text: string, format: DocumentFormat = 'markdown'): CheckResult {
  return checkDraft(text, { format });
}

/** The draft with every case-family citation tagged. */
export function cites(text: string, format: DocumentFormat = 'markdown'): string {
  return annotate(text, caseFamily(run(text, format)));
}

export function caseFamily(result: CheckResult): Citation[] {
  return result.citations.filter((c) => (CASE_KINDS as readonly string[]).includes(c.kind));
}

/** The JSON-contract fields of a citation that apply to cases (those present). */
export function fields(c: Citation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['kind', 'text', 'caseName', 'volume', 'reporter', 'reporterAsWritten', 'page', 'pinCite', 'court', 'year'] as const) {
    if (c[key] !== undefined) out[key] = c[key];
  }
  return out;
}

/**
 * The one check of the extraction tests: the draft's case-family citations tagged as `golden`,
 * and, when given, the fields of each citation (in order) including at least `expected`.
 */
export function check(text: string, golden: string, expected: Array<Record<string, unknown>> = [], format: DocumentFormat = 'markdown'): void {
  const found = caseFamily(run(text, format));
  assert.equal(annotate(text, found), golden);
  expected.forEach((want, i) => {
    const got = fields(found[i]);
    const picked: Record<string, unknown> = {};
    for (const key of Object.keys(want)) picked[key] = got[key];
    assert.deepEqual(picked, want, `citation ${i} (${found[i]?.text})`);
  });
}

/** What each short form, `Id.` and `supra` refers to: `60 F.3d at 920 → 60 F.3d 913, 920 (2d Cir. 1994)`. */
export function links(text: string, format: DocumentFormat = 'markdown'): string[] {
  const result = run(text, format);
  const byId = new Map(result.citations.map((c) => [c.id, c]));
  return result.citations
    .filter((c) => c.kind === 'case-short' || c.kind === 'id' || c.kind === 'supra')
    .map((c) => {
      const d = caseDetail(c);
      if (c.antecedent) return `${c.text} → ${byId.get(c.antecedent)!.text}`;
      if (d.ambiguous) return `${c.text} → ambiguous: ${(d.candidates ?? []).map((id) => byId.get(id)!.text).join(' | ')}`;
      return `${c.text} → nothing`;
    });
}

/** The findings of one rule, tagged in the draft. */
export function flagged(text: string, code: string, format: DocumentFormat = 'markdown'): string {
  return annotate(text, findingsOf(text, code, format));
}

export function findingsOf(text: string, code: string, format: DocumentFormat = 'markdown'): Finding[] {
  return run(text, format).findings.filter((f) => f.code === code);
}

/**
 * Applies fix `index` of the only finding of `code`, checks that the draft then reads `after`, and
 * that the finding is gone.
 */
export function fixes(text: string, code: string, after: string, index = 0, format: DocumentFormat = 'markdown'): void {
  const found = findingsOf(text, code, format);
  assert.equal(found.length, 1, `one ${code} finding expected, got ${found.length}`);
  const fix = found[0].fixes[index];
  assert.ok(fix, `fix ${index} of ${code}`);
  const fixed = applyFix(text, fix);
  assert.equal(fixed, after);
  assert.deepEqual(findingsOf(fixed, code, format).map((f) => fixed.slice(f.start, f.end)), [], `${code} still reported after "${fix.title}"`);
}

/** Every finding of the case rules in a draft, as `code: flagged text`. */
export function caseFindings(text: string, format: DocumentFormat = 'markdown'): string[] {
  const codes = new Set([
    'reporter-unknown', 'reporter-nonstandard', 'reporter-date-mismatch', 'court-reporter-mismatch', 'pin-before-page',
    'citation-incomplete', 'short-cite-unresolved', 'id-ambiguous', 'supra-case',
  ]);
  return run(text, format).findings.filter((f) => codes.has(f.code)).map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}
