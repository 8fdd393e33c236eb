import type { CheckResult } from './check';
import { RULES } from './rules/catalogue';
import { OriginMap, originFields } from './text/origins';
import type { SourceProblem } from './types';
import type { Citation, Finding, Severity } from './types';

/**
 * The machine-readable forms of a check: the JSON contract of `brieflint check --format json`
 * (DESIGN.md; version 1, fields that do not apply left out) and SARIF 2.1.0.
 */
export const JSON_VERSION = 1;

const CITATION_FIELDS = [
  'id', 'kind', 'start', 'end', 'line', 'column', 'text', 'caseName', 'volume', 'reporter', 'reporterAsWritten',
  'page', 'pinCite', 'court', 'year', 'antecedent', 'entry', 'exhibits', 'bates',
] as const;

export interface FileReport {
  /** The path as given on the command line (or relative to the working folder). */
  path: string;
  result?: CheckResult;
  /** Problems in other files this draft depends on (exhibit list, docket list, config). */
  sourceProblems?: SourceProblem[];
  /** Why the file was not checked (unreadable, not text, too large). */
  error?: string;
  /** For a Word or PDF draft: where each piece of the text read from it came from. */
  origins?: OriginMap;
}

export function citationJson(c: Citation, result: CheckResult, origins?: OriginMap): Record<string, unknown> {
  const pos = result.lines.positionAt(c.start);
  const full: Record<string, unknown> = { ...c, line: pos.line + 1, column: pos.column + 1 };
  const out: Record<string, unknown> = {};
  for (const key of CITATION_FIELDS) if (full[key] !== undefined) out[key] = full[key];
  return { ...out, ...originFields(origins, c.start) };
}

export function findingJson(f: Finding, result: CheckResult, origins?: OriginMap): Record<string, unknown> {
  const pos = result.lines.positionAt(f.start);
  return {
    code: f.code,
    severity: f.severity,
    start: f.start,
    end: f.end,
    line: pos.line + 1,
    column: pos.column + 1,
    ...originFields(origins, f.start),
    message: f.message,
    fixes: f.fixes.map((x) => ({
      title: x.title,
      // An edit of another file (an exhibit list) names it; without `path` an edit is in the draft.
      edits: x.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText, ...(e.path !== undefined ? { path: e.path } : {}), ...(e.create ? { create: true } : {}) })),
    })),
  };
}

export function toJson(files: FileReport[]): Record<string, unknown> {
  return {
    version: JSON_VERSION,
    files: files.map((f) => {
      const entry: Record<string, unknown> = { path: f.path };
      if (f.error) entry.error = f.error;
      if (f.result) {
        if (f.result.declined) entry.error = f.result.declined;
        entry.citations = f.result.citations.map((c) => citationJson(c, f.result!, f.origins));
        entry.diagnostics = f.result.findings.map((d) => findingJson(d, f.result!, f.origins));
      }
      if (f.sourceProblems?.length) entry.sourceProblems = f.sourceProblems.map((p) => ({ ...p, line: p.line + 1, column: p.column + 1 }));
      return entry;
    }),
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(files: FileReport[], toolVersion: string): Record<string, unknown> {
  const results: Record<string, unknown>[] = [];
  const location = (uri: string, startLine: number, startColumn: number, endLine?: number, endColumn?: number) => ({
    physicalLocation: {
      artifactLocation: { uri },
      region: { startLine, startColumn, ...(endLine ? { endLine, endColumn } : {}) },
    },
  });
  for (const f of files) {
    const uri = f.path.split('\\').join('/');
    for (const d of f.result?.findings ?? []) {
      const s = f.result!.lines.positionAt(d.start);
      const e = f.result!.lines.positionAt(d.end);
      results.push({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [location(uri, s.line + 1, s.column + 1, e.line + 1, e.column + 1)],
        ...(d.fixes.length
          ? {
              fixes: d.fixes.map((x) => ({
                description: { text: x.title },
                artifactChanges: [{
                  artifactLocation: { uri },
                  replacements: x.edits.map((ed) => ({
                    deletedRegion: { charOffset: ed.start, charLength: ed.end - ed.start },
                    insertedContent: { text: ed.newText },
                  })),
                }],
              })),
            }
          : {}),
      });
    }
    for (const p of f.sourceProblems ?? []) {
      results.push({ ruleId: p.code, level: 'error', message: { text: p.message }, locations: [location(p.path.split('\\').join('/'), p.line + 1, p.column + 1)] });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Brieflint',
          version: toolVersion,
          informationUri: 'https://github.com/brieflint/brieflint',
          rules: RULES.map((r) => ({
            id: r.code,
            shortDescription: { text: r.summary },
            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** Compiler-style lines: `path:line:col  severity  message  [code]`, then a summary line. */
export function toText(files: FileReport[]): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let citations = 0;
  let checked = 0;
  for (const f of files) {
    if (f.error) {
      out.push(`${f.path}: error: ${f.error}`);
      continue;
    }
    if (f.result?.declined) {
      out.push(`${f.path}: note: ${f.result.declined}`);
      continue;
    }
    for (const p of f.sourceProblems ?? []) {
      out.push(`${p.path}:${p.line + 1}:${p.column + 1}  error  ${p.message}  [${p.code}]`);
      counts.error++;
    }
    if (!f.result) continue;
    checked++;
    citations += f.result.citations.length;
    for (const d of f.result.findings) {
      const pos = f.result.lines.positionAt(d.start);
      out.push(`${f.path}:${pos.line + 1}:${pos.column + 1}  ${d.severity}  ${d.message}  [${d.code}]`);
      counts[d.severity]++;
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(
    `${plural(checked, 'file')} checked, ${plural(citations, 'citation')} found: ` +
      `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
      `${counts.information} information, ${plural(counts.hint, 'hint')}.`,
  );
  return out.join('\n') + '\n';
}
