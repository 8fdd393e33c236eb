import type { CheckResult } from './check';
import type { JsonContext } from './families/family';
import { familyOf } from './families/registry';
import { fixAllMarkers, resolveFixAll } from './fixAll';
import { RANGE_BUDGET } from './groups';
import { RULES } from './rules/catalogue';
import { OriginMap, originFields } from './text/origins';
import type { CheckSources, Edit, Fix, SourceProblem } from './types';
import type { Citation, Finding, Severity } from './types';

/**
 * The machine-readable forms of a check: the JSON contract of `brieflint check --format json`
 * (DESIGN.md; version 1, fields that do not apply left out) and SARIF 2.1.0.
 */
export const JSON_VERSION = 1;

const CITATION_FIELDS = [
  'id', 'kind', 'start', 'end', 'line', 'column', 'text', 'caseName', 'volume', 'reporter', 'reporterAsWritten',
  'page', 'pinCite', 'authority', 'court', 'year', 'antecedent', 'entry', 'exhibits', 'bates',
] as const;

export interface FileReport {
  /** The path as given on the command line (or relative to the working folder). */
  path: string;
  result?: CheckResult;
  /** The sources the draft was checked with: the fixes of a whole draft (`Fix.all`) are made from them. */
  sources?: CheckSources;
  /** Problems in other files this draft depends on (exhibit list, docket list, config). */
  sourceProblems?: SourceProblem[];
  /** Why the file was not checked (unreadable, not text, too large). */
  error?: string;
  /** The citation style it was held to, as the summary line names it (`California Style Manual (auto)`). */
  style?: string;
  /** For a Word or PDF draft: where each piece of the text read from it came from. */
  origins?: OriginMap;
}

/** What the citations of one draft share while their JSON is made (see `CitationFamily.jsonValues`). */
export function jsonContext(sources?: CheckSources): JsonContext {
  return { rangeBudget: { left: RANGE_BUDGET }, sources };
}

export function citationJson(c: Citation, result: CheckResult, ctx: JsonContext = jsonContext(result.sources), origins?: OriginMap): Record<string, unknown> {
  const pos = result.lines.positionAt(c.start);
  const family = familyOf(c);
  const full: Record<string, unknown> = { ...c, line: pos.line + 1, column: pos.column + 1, ...family?.jsonValues?.(c, ctx) };
  const out: Record<string, unknown> = {};
  for (const key of CITATION_FIELDS) if (full[key] !== undefined) out[key] = full[key];
  // The fields the citation's family adds beyond the common ones (a record cite's `document`, `locations`).
  for (const key of family?.jsonFields ?? []) if (full[key] !== undefined && !(key in out)) out[key] = full[key];
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
    // A fix of the whole draft is named here by its code; its edits are listed once, in the file's `fixAll`.
    fixes: f.fixes.map((x) => (x.all ? { title: x.title, fixAll: x.all.code } : { title: x.title, edits: x.edits.map(editJson) })),
  };
}

/** An edit; one of another file (an exhibit list) names it, without `path` an edit is in the draft. */
function editJson(e: Edit): Record<string, unknown> {
  return { start: e.start, end: e.end, newText: e.newText, ...(e.path !== undefined ? { path: e.path } : {}), ...(e.create ? { create: true } : {}) };
}

/** The fixes of the whole draft its diagnostics name (`fixAll`), each once with its edits. */
function fixAllJson(result: CheckResult, sources: CheckSources): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const marker of fixAllMarkers(result)) {
    const fix = resolveFixAll(result, sources, marker);
    if (fix) out.push({ code: marker.all!.code, title: fix.title, edits: fix.edits.map(editJson) });
  }
  return out;
}

export function toJson(files: FileReport[]): Record<string, unknown> {
  return {
    version: JSON_VERSION,
    files: files.map((f) => {
      const entry: Record<string, unknown> = { path: f.path };
      if (f.error) entry.error = f.error;
      if (f.result) {
        if (f.result.declined) entry.error = f.result.declined;
        const ctx = jsonContext(f.result.sources);
        entry.citations = f.result.citations.map((c) => citationJson(c, f.result!, ctx, f.origins));
        entry.diagnostics = f.result.findings.map((d) => findingJson(d, f.result!, f.origins));
        const fixAll = fixAllJson(f.result, f.sources ?? {});
        if (fixAll.length > 0) entry.fixAll = fixAll;
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
    // A fix of the whole draft goes with the first result of its code only, its edits made once.
    const fixAllDone = new Set<string>();
    const sarifFixes = (fixes: Fix[]): Fix[] => {
      const out: Fix[] = [];
      for (const x of fixes) {
        if (!x.all) out.push(x);
        else if (!fixAllDone.has(x.all.code)) {
          fixAllDone.add(x.all.code);
          const resolved = resolveFixAll(f.result!, f.sources ?? {}, x);
          if (resolved) out.push(resolved);
        }
      }
      return out;
    };
    for (const d of f.result?.findings ?? []) {
      const fixes = sarifFixes(d.fixes);
      const s = f.result!.lines.positionAt(d.start);
      const e = f.result!.lines.positionAt(d.end);
      results.push({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [location(uri, s.line + 1, s.column + 1, e.line + 1, e.column + 1)],
        ...(fixes.length
          ? {
              fixes: fixes.map((x) => ({
                description: { text: x.title },
                artifactChanges: artifactChanges(uri, x.edits),
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

/** A fix's edits as SARIF changes, one per file: the draft's, and another file's (an exhibit list) under its own path. */
function artifactChanges(draftUri: string, edits: readonly Edit[]): Record<string, unknown>[] {
  const byUri = new Map<string, Edit[]>();
  for (const e of edits) {
    const uri = e.path === undefined ? draftUri : e.path.split('\\').join('/');
    const list = byUri.get(uri);
    if (list) list.push(e);
    else byUri.set(uri, [e]);
  }
  return [...byUri].map(([uri, list]) => ({
    artifactLocation: { uri },
    replacements: list.map((ed) => ({
      deletedRegion: { charOffset: ed.start, charLength: ed.end - ed.start },
      insertedContent: { text: ed.newText },
    })),
  }));
}

/** Compiler-style lines: `path:line:col  severity  message  [code]`, then a summary line. */
export function toText(files: FileReport[]): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let citations = 0;
  let checked = 0;
  const styles: string[] = [];
  for (const f of files) {
    if (f.result && !f.result.declined && f.style && !styles.includes(f.style)) styles.push(f.style);
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
      `${counts.information} information, ${plural(counts.hint, 'hint')}` +
      (styles.length === 0 ? '' : ` · ${styles.length === 1 ? 'style' : 'styles'}: ${styles.join('; ')}`) + '.',
  );
  return out.join('\n') + '\n';
}
