/**
 * A rule: one check with a stable code, and its row of the rule catalogue. A family keeps each
 * of its rules in a file of its own (`families/<name>/rules/<code>.ts`); the catalogue, the
 * README's rule table and the settings schema are generated from these rows.
 */
import type { CheckResult, RuleContext, SharedKey } from '../analysis';
import type { CheckSources, Edit, Finding, Severity } from '../types';

export interface RuleInfo {
  code: string;
  /** Severity when the user has not set one. */
  severity: Severity;
  /** What it flags, in one line. */
  summary: string;
  /** A draft fragment that triggers it. */
  example: string;
  /** Whether it needs a source beyond the draft (an exhibit list, a docket list, the network). */
  needs?: 'exhibits' | 'docket-list' | 'record' | 'network';
}

export interface Rule {
  readonly info: RuleInfo;
  /**
   * This rule's findings on a draft (severity, disable comments and settings are applied
   * afterwards). A rule whose findings come from elsewhere (a source file's reader, the online
   * verification, the disable comments themselves) has none.
   */
  readonly check?: (ctx: RuleContext) => Finding[];
  /**
   * The edits of this rule's fix of the whole draft (a `Fix` with `all`), made only when asked
   * for. Without it, they are the edits of each finding's own preferred fix, in order.
   */
  readonly fixAll?: (result: CheckResult, sources: CheckSources) => Edit[];
}

/**
 * For rules that one pass of their family finds together: the pass's findings by code, made once
 * per check (`ctx.shared`), so each rule's `check` takes its own.
 */
export function findingsOf(ctx: RuleContext, pass: SharedKey<Map<string, Finding[]>>, run: (ctx: RuleContext) => Finding[], code: string): Finding[] {
  const byCode = ctx.shared(pass, () => {
    const map = new Map<string, Finding[]>();
    for (const f of run(ctx)) {
      const list = map.get(f.code);
      if (list) list.push(f);
      else map.set(f.code, [f]);
    }
    return map;
  });
  return byCode.get(code) ?? [];
}
