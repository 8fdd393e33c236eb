/**
 * The TextMate injection grammar that colours citations in Markdown. Its patterns are written in
 * the part of regular-expression syntax that Oniguruma (the editor's engine) and JavaScript share,
 * so the tests run them the way the editor does for `match` rules: at each position the earliest
 * match of any pattern wins (the first pattern on a tie), then scanning goes on after it.
 */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '../../../..');
export const GRAMMAR_FILE = 'syntaxes/brieflint.markdown.tmLanguage.json';

interface Rule {
  name: string;
  match: string;
  captures?: Record<string, { name: string }>;
}

export const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, GRAMMAR_FILE), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  patterns: Array<{ include: string }>;
  repository: Record<string, Rule>;
};
const rules = grammar.patterns.map((p) => {
  const rule = grammar.repository[p.include.slice(1)];
  return { rule, re: new RegExp(rule.match, 'dgu') };
});

/**
 * `60 F.3d` → `[60:volume] [F.3d:reporter]`: each capture (or the whole match, without captures)
 * tagged with its scope's second-to-last word. Like the editor's scanner, a pattern's next match
 * is remembered and searched again only once the scan has passed it.
 */
export function colour(line: string): string {
  const next: Array<RegExpExecArray | null | undefined> = rules.map(() => undefined);
  let out = '';
  let pos = 0;
  for (;;) {
    let best: { match: RegExpExecArray; rule: Rule } | undefined;
    rules.forEach(({ rule, re }, k) => {
      let m = next[k];
      if (m === undefined || (m !== null && m.index < pos)) {
        re.lastIndex = pos;
        m = next[k] = re.exec(line);
      }
      if (m && (!best || m.index < best.match.index)) best = { match: m, rule };
    });
    if (!best || best.match[0].length === 0) break;
    const { match, rule } = best;
    const spans: Array<[number, number, string]> = [];
    const indices = match.indices!;
    for (const [n, capture] of Object.entries(rule.captures ?? {})) {
      const at = indices[Number(n)];
      if (at) spans.push([at[0], at[1], capture.name.split('.').slice(-2, -1)[0]]);
    }
    if (spans.length === 0) spans.push([match.index, match.index + match[0].length, rule.name.split('.').slice(-2, -1)[0]]);
    spans.sort((a, b) => a[0] - b[0]);
    for (const [start, end, scope] of spans) {
      out += line.slice(pos, start) + `[${line.slice(start, end)}:${scope}]`;
      pos = end;
    }
    const matchEnd = match.index + match[0].length;
    out += line.slice(pos, matchEnd);
    pos = Math.max(pos, matchEnd);
  }
  return out + line.slice(pos);
}

/** Hostile lines for the grammar, `n` repetitions of each piece. */
export const GRAMMAR_HOSTILE: Array<(n: number) => string> = [
  (n) => '1 F. '.repeat(n),
  (n) => '('.repeat(5 * n),
  (n) => 'Ex. ' + '1-1-'.repeat(n) + 'x',
  (n) => 'Dkt. ' + '1-1 – '.repeat(n) + 'x',
  (n) => 'ABCDEFGHIJKL '.repeat(n / 2),
  (n) => 'A1B2C3D4E5F6 '.repeat(n / 2),
  (n) => '60 F.3d 913 ('.repeat(n / 2),
  (n) => 'Id. at '.repeat(n),
  (n) => '9'.repeat(5 * n),
];
