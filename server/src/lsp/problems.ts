import { pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { SourceProblem } from '../core/types';
import { sourceProblemDiagnostic } from '../service/diagnostics';

/**
 * The problems of files a draft depends on (an exhibit or docket list, `.brieflint.json`),
 * published on those files' own URIs, at their lines. Several owners (each open draft's sources,
 * each configuration file read) report theirs; a file shows the union, each problem once, and
 * is cleared once no owner reports a problem in it.
 */
export class ProblemBoard {
  private readonly byOwner = new Map<string, SourceProblem[]>();
  /** Files with problems published, and what was published. */
  private readonly published = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  set(owner: string, problems: readonly SourceProblem[]): void {
    if (problems.length === 0) {
      if (!this.byOwner.delete(owner)) return;
    } else {
      this.byOwner.set(owner, [...problems]);
    }
    this.publish();
  }

  private publish(): void {
    const byUri = new Map<string, Diagnostic[]>();
    const seen = new Set<string>();
    for (const problems of this.byOwner.values()) {
      for (const p of problems) {
        const key = JSON.stringify([p.path, p.line, p.column, p.code, p.message]);
        if (seen.has(key)) continue;
        seen.add(key);
        const uri = pathToFileURL(p.path).href;
        const list = byUri.get(uri) ?? [];
        list.push(sourceProblemDiagnostic(p));
        byUri.set(uri, list);
      }
    }
    for (const uri of [...this.published.keys()]) {
      if (byUri.has(uri)) continue;
      this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const [uri, diagnostics] of byUri) {
      diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      const key = JSON.stringify(diagnostics);
      if (this.published.get(uri) === key) continue;
      this.published.set(uri, key);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }
}
