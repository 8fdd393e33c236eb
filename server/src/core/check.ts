import type { DocketList } from './dockets/types';
import { directiveLines, readDirectives } from './directives';
import type { ExhibitSources } from './exhibits/types';
import { EXTRACTORS } from './extract/registry';
import type { FoundCitation } from './extract/types';
import { resolveCitations } from './resolve';
import { ruleInfo } from './rules/catalogue';
import { RULE_SETS } from './rules/registry';
import { BrieflintSettings, DEFAULT_SETTINGS, effectiveSeverity } from './settings';
import { LineIndex } from './text/lines';
import { DocumentFormat, readDocument } from './text/markdown';
import type { ReaderText } from './text/readerText';
import { findToaRegion } from './toa';
import type { Citation, Finding, Span } from './types';

/** A draft to check: its text as in the file, and how to read it. */
export interface Draft {
  text: string;
  format: DocumentFormat;
  /** For messages only; core never reads files. */
  path?: string;
}

/** What the world outside the draft says, loaded by the caller (service or CLI). */
export interface CheckSources {
  exhibits?: ExhibitSources;
  docketList?: DocketList;
}

/** A draft read and its citations found and resolved: what every language feature starts from. */
export interface Analysis {
  draft: Draft;
  reader: ReaderText;
  lines: LineIndex;
  /** In document order; offsets in the source text. */
  citations: Citation[];
}

export interface RuleContext {
  analysis: Analysis;
  settings: BrieflintSettings;
  sources: CheckSources;
}

/** A rule set: findings for one concern. Severity is set from the settings afterwards. */
export type RuleSet = (ctx: RuleContext) => Finding[];

export interface CheckResult extends Analysis {
  findings: Finding[];
  /** Set when the draft was not checked (too large): why. */
  declined?: string;
}

/** Reads a draft and finds and resolves its citations. Never throws on user text. */
export function analyze(draft: Draft): Analysis {
  const reader = readDocument(draft.text, draft.format);
  const lines = new LineIndex(draft.text);
  const found: FoundCitation[] = [];
  // Appended one by one: spreading a list that grows with the text into a call overflows the stack.
  for (const extract of EXTRACTORS) for (const f of extract(reader)) found.push(f);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const citations: Citation[] = [];
  const commentLines = draft.format === 'plaintext' ? directiveLines(draft.text, lines) : undefined;
  const toa = draft.text.includes('brieflint-toa-start') ? findToaRegion(draft.text).region : undefined;
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue; // an extractor's match inside another's: the first, longest wins
    // In plain text a disable comment is a line of its own: what it says is not a citation.
    if (commentLines?.has(lines.positionAt(reader.toSourceStart(f.start)).line)) continue;
    // A generated table of authorities repeats the draft's citations: they are not cited there.
    if (toa && reader.toSourceStart(f.start) >= toa.start && reader.toSourceStart(f.start) < toa.end) continue;
    lastEnd = f.end;
    citations.push(toSource(f, reader, citations.length + 1));
  }
  resolveCitations(citations);
  return { draft, reader, lines, citations };
}

function toSource(f: FoundCitation, reader: ReaderText, n: number): Citation {
  const { start, end } = reader.toSourceRange(f.start, f.end);
  // Built without `delete`: deleting a property turns every citation into a slow dictionary object.
  const { parts, ...rest } = f;
  const c: Citation = { ...rest, id: `c${n}`, start, end, text: reader.text.slice(f.start, f.end) };
  if (parts) {
    const mapped: Record<string, Span> = {};
    for (const name in parts) mapped[name] = reader.toSourceRange(parts[name].start, parts[name].end);
    c.parts = mapped;
  }
  return c;
}

/** The whole check of one draft: analysis, every rule, disable comments and severities applied. */
export function check(draft: Draft, settings: BrieflintSettings = DEFAULT_SETTINGS, sources: CheckSources = {}): CheckResult {
  const limit = settings.maxFileSizeMB * 1024 * 1024;
  if (draft.text.length > limit) {
    const empty = analyze({ ...draft, text: '' });
    return {
      ...empty,
      draft,
      lines: new LineIndex(draft.text),
      findings: [],
      declined: `Not checked: the draft is ${(draft.text.length / 1048576).toFixed(1)} MB, over the limit of ${settings.maxFileSizeMB} MB (setting brieflint.maxFileSizeMB).`,
    };
  }
  const analysis = analyze(draft);
  return { ...analysis, findings: runRules(analysis, settings, sources) };
}

/** Runs every rule set on an analysis and applies disable comments and severity settings. */
export function runRules(analysis: Analysis, settings: BrieflintSettings, sources: CheckSources): Finding[] {
  const ctx: RuleContext = { analysis, settings, sources };
  const suppressions = readDirectives(analysis.draft.text, analysis.lines);
  const raw: Finding[] = [...suppressions.findings];
  for (const rules of RULE_SETS) for (const f of rules(ctx)) raw.push(f);
  const findings: Finding[] = [];
  for (const f of raw) {
    const severity = effectiveSeverity(f.code, settings, ruleInfo(f.code)?.severity ?? f.severity);
    if (!severity || (f.code !== 'directive-unknown' && suppressions.isSuppressed(f))) continue;
    findings.push({ ...f, severity });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  return findings;
}
