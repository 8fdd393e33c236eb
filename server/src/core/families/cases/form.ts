/**
 * What the form rules (`court-nonstandard`, `pin-range-form`, `signal-form`, `history-form`,
 * `parenthetical-form`, `style-mixed`) share: the style in force, a finding with one preferred
 * fix, and the names of the rules a style gives for each topic.
 */
import type { RuleContext } from '../../analysis';
import { ruleOf, styleOf, StyleInForce, StyleTopic } from '../../styles/index';
import type { Finding, Severity, Span } from '../../types';

export { styleOf };
export type { StyleInForce };

/** A finding of `code` at `span`, with the style's rule on `topic` after the message, and a fix replacing `fix.span` (default `span`) with `fix.text`. */
export function formFinding(
  ctx: RuleContext,
  code: string,
  severity: Severity,
  span: Span,
  message: string,
  topic: StyleTopic,
  citation: string | undefined,
  fix?: { text: string; title: string; span?: Span },
): Finding {
  const inForce = styleOf(ctx);
  const at = fix?.span ?? span;
  return {
    code,
    severity,
    start: span.start,
    end: span.end,
    message: `${message} (${ruleOf(inForce, topic)}).`,
    fixes: fix ? [{ title: fix.title, edits: [{ start: at.start, end: at.end, newText: ctx.analysis.reader.escapeLike(at.start, at.end, fix.text) }], preferred: true }] : [],
    ...(citation ? { citations: [citation] } : {}),
  };
}
