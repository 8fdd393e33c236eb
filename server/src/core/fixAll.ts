/**
 * Fixes of a whole draft for one rule (`Fix.all`): a finding carries only the marker, with its
 * title; the edits are made here, from the check, when a code action or a report asks for them.
 * N findings of a draft with N places to change then cost N, not N² (DESIGN.md, Performance).
 */
import type { CheckResult } from './analysis';
import { FAMILIES } from './families/registry';
import type { Rule } from './rules/rule';
import type { CheckSources, Edit, Fix } from './types';

const RULES_BY_CODE = new Map<string, Rule>(FAMILIES.flatMap((f) => f.rules).map((r) => [r.info.code, r]));

/** The fix-all markers of a check, one per code, in the order their findings come. */
export function fixAllMarkers(result: CheckResult): Fix[] {
  const byCode = new Map<string, Fix>();
  for (const f of result.findings) {
    for (const x of f.fixes) if (x.all && !byCode.has(x.all.code)) byCode.set(x.all.code, x);
  }
  return [...byCode.values()];
}

/**
 * `fix` with its edits: an ordinary fix as it is; a fix-all marker with the edits of its rule
 * over the checked draft. Undefined when nothing is left to change.
 */
export function resolveFixAll(result: CheckResult, sources: CheckSources, fix: Fix): Fix | undefined {
  if (!fix.all) return fix;
  const code = fix.all.code;
  const rule = RULES_BY_CODE.get(code);
  const edits = rule?.fixAll ? rule.fixAll(result, sources) : preferredEdits(result, code);
  if (edits.length === 0) return undefined;
  const resolved: Fix = { title: fix.title, edits };
  if (fix.preferred) resolved.preferred = true;
  return resolved;
}

/** The edits of each finding's own fix (its preferred one, else its first), in order; overlaps dropped. */
function preferredEdits(result: CheckResult, code: string): Edit[] {
  const edits: Edit[] = [];
  for (const f of result.omitted ? [...result.findings, ...result.omitted] : result.findings) {
    if (f.code !== code) continue;
    const own = f.fixes.find((x) => x.preferred && !x.all) ?? f.fixes.find((x) => !x.all);
    if (own) for (const e of own.edits) edits.push(e);
  }
  const inDraft = edits.filter((e) => e.path === undefined).sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  for (const e of inDraft) if (kept.length === 0 || kept[kept.length - 1].end <= e.start) kept.push(e);
  return [...kept, ...edits.filter((e) => e.path !== undefined)];
}
