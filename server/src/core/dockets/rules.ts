import type { RuleContext } from '../check';
import type { Citation, Finding } from '../types';
import { DOCKET_STYLES } from './extract';

/** Docket rules: one style per draft; pin cites in Bluebook form. */
export function docketRules(ctx: RuleContext): Finding[] {
  const dockets = ctx.analysis.citations.filter((c) => c.kind === 'docket');
  return [...styleFindings(ctx, dockets), ...pinFindings(ctx, dockets)];
}

function styleFindings(ctx: RuleContext, dockets: Citation[]): Finding[] {
  if (dockets.length < 2 && !ctx.settings.docket.style) return [];
  const counts = new Map<string, number>();
  for (const d of dockets) counts.set(styleOfCite(d), (counts.get(styleOfCite(d)) ?? 0) + 1);
  if (counts.size < 2 && (!ctx.settings.docket.style || counts.has(ctx.settings.docket.style))) return [];
  let preferred: string = ctx.settings.docket.style;
  let reason = 'the style set in brieflint.docket.style';
  if (!preferred) {
    // The majority; on a tie, the style used first.
    let best = -1;
    for (const [style, n] of counts) if (n > best) [preferred, best] = [style, n];
    reason = best > 1 ? `the style used most in this draft (${best} of ${dockets.length})` : 'the style used first in this draft';
  }
  const target = DOCKET_STYLES.find((s) => s.style === preferred)!;
  const findings: Finding[] = [];
  for (const d of dockets) {
    const style = styleOfCite(d);
    if (style === preferred || !d.parts?.style) continue;
    const span = d.parts.style;
    const written = ctx.analysis.draft.text.slice(span.start, span.end);
    const plural = /s\.?$/.test(written) && written !== 'D.E.' && written !== 'ECF' && (d.detail?.entries as string[] | undefined)?.length !== 1;
    const replacement = plural ? target.plural : target.singular;
    findings.push({
      code: 'docket-style-inconsistent',
      severity: 'warning',
      start: d.start,
      end: d.end,
      citations: [d.id],
      message: `Docket cite in the style "${style}"; this draft uses "${preferred}" (${reason}).`,
      fixes: [{ title: `Write "${replacement}"`, edits: [{ start: span.start, end: span.end, newText: replacement }], preferred: true }],
    });
  }
  return findings;
}

function styleOfCite(c: Citation): string {
  return String(c.detail?.style ?? '');
}

function pinFindings(ctx: RuleContext, dockets: Citation[]): Finding[] {
  const findings: Finding[] = [];
  const text = ctx.analysis.draft.text;
  for (const d of dockets) {
    const pin = d.parts?.pinCite;
    if (!pin) continue;
    const written = text.slice(pin.start, pin.end);
    const m = /^(¶¶?)(?=\d)/.exec(written);
    if (m) {
      findings.push({
        code: 'docket-pin-format',
        severity: 'hint',
        start: pin.start,
        end: pin.end,
        citations: [d.id],
        message: `Put a space after "${m[1]}" in a pin cite ("${m[1]} ${written.slice(m[1].length)}").`,
        fixes: [{ title: `Insert a space after "${m[1]}"`, edits: [{ start: pin.start + m[1].length, end: pin.start + m[1].length, newText: ' ' }], preferred: true }],
      });
    }
  }
  return findings;
}
