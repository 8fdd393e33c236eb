/**
 * Shared test helpers: check a draft written inline, and show what was found as annotated text
 * that a person can review (`<0>60 F.3d 913</0>`).
 */
import { check, CheckResult, CheckSources } from '../../server/src/core/check';
import { BrieflintSettings, DEFAULT_SETTINGS, sanitizeSettings } from '../../server/src/core/settings';
import type { DocumentFormat } from '../../server/src/core/text/markdown';
import type { Fix, Span } from '../../server/src/core/types';

export interface DraftOptions {
  format?: DocumentFormat;
  /** Raw settings as in `.brieflint.json`. */
  settings?: unknown;
  sources?: CheckSources;
}

export function checkDraft(text: string, options: DraftOptions = {}): CheckResult {
  const settings: BrieflintSettings = options.settings === undefined ? DEFAULT_SETTINGS : sanitizeSettings(options.settings).settings;
  return check({ text, format: options.format ?? 'markdown' }, settings, options.sources ?? {});
}

/** `text` with each span wrapped in numbered tags: `See <0>Dkt. No. 293</0>.` Spans must not overlap. */
export function annotate(text: string, spans: readonly Span[]): string {
  const sorted = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  sorted.forEach((s, k) => {
    if (s.start < pos) throw new Error(`overlapping spans at ${s.start}`);
    out += text.slice(pos, s.start) + `<${k}>` + text.slice(s.start, s.end) + `</${k}>`;
    pos = s.end;
  });
  return out + text.slice(pos);
}

/** The draft with every citation found tagged, for golden comparisons. */
export function annotatedCitations(text: string, options: DraftOptions = {}, kinds?: string[]): string {
  const result = checkDraft(text, options);
  return annotate(text, result.citations.filter((c) => !kinds || kinds.includes(c.kind)));
}

/** The draft with the findings of one rule tagged. */
export function annotatedFindings(text: string, code: string, options: DraftOptions = {}): string {
  return annotate(text, checkDraft(text, options).findings.filter((f) => f.code === code));
}

/** Applies a fix's edits (non-overlapping, in source offsets) to `text`. */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Strips the common indentation of a template literal and its first and last blank lines. */
export function draft(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}
