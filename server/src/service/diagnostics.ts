import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import type { SourceProblem } from '../core/types';
import type { Finding, Fix, Severity } from '../core/types';

/** What a diagnostic carries so that code actions can be rebuilt from it alone. */
export interface DiagnosticData {
  /** Document version the fixes' offsets refer to. */
  version: number;
  fixes: Fix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'Brieflint';

export function toDiagnostic(f: Finding, document: TextDocument): Diagnostic {
  const data: DiagnosticData = { version: document.version, fixes: f.fixes };
  const d: Diagnostic = {
    range: { start: document.positionAt(f.start), end: document.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data,
  };
  if (f.code === 'exhibit-unused') d.tags = [DiagnosticTag.Unnecessary];
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri: document.uri, range: { start: document.positionAt(r.start), end: document.positionAt(r.end) } },
      message: r.message,
    }));
  }
  return d;
}

/** The diagnostics of a checked draft; a declined draft gets one information diagnostic saying why. */
export function diagnosticsFor(result: CheckResult, document: TextDocument): Diagnostic[] {
  if (result.declined) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, message: result.declined }];
  }
  return result.findings.map((f) => toDiagnostic(f, document));
}

/** A problem in an exhibit or docket list, shown in that list at its line and column. */
export function sourceProblemDiagnostic(p: SourceProblem): Diagnostic {
  return {
    range: { start: { line: p.line, character: p.column }, end: { line: p.line, character: p.column + 1 } },
    severity: DiagnosticSeverity.Error,
    code: p.code,
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
  };
}
