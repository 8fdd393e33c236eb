import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import type { TokenType } from '../core/families/family';
import { familyOf } from '../core/families/registry';
import type { Span } from '../core/types';

export type { TokenType } from '../core/families/family';

/**
 * Semantic tokens for citations, so plain-text drafts (which have no grammar to inject into) are
 * coloured like Markdown ones. Only standard token types are used, so every theme and every LSP
 * client colours them without configuration:
 *
 * | part | token |
 * | --- | --- |
 * | case name | `class` |
 * | reporter (`F.3d`) | `type` |
 * | volume, page, pin cite, docket entry, exhibit label | `number` |
 * | `Id.`, `supra`, `Dkt. No.`, `Ex.` | `keyword` |
 * | Bates number | `string` |
 */
export const TOKEN_TYPES = ['class', 'type', 'number', 'keyword', 'string'] as const satisfies readonly TokenType[];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export interface Token extends Span {
  type: TokenType;
}

/** The coloured spans of the draft's citations, in order and never overlapping. */
export function citationTokens(result: CheckResult): Token[] {
  const tokens: Token[] = [];
  const source = result.draft.text;
  for (const c of result.citations) {
    const rules = familyOf(c)?.tokens;
    if (!rules) continue;
    const parts: Token[] = rules.extra ? rules.extra(c, source) : [];
    for (const [name, span] of Object.entries(c.parts ?? {})) {
      const type = rules.parts?.[name.replace(/\d+$/, '')];
      if (type && span.end > span.start) parts.push({ start: span.start, end: span.end, type });
    }
    if (parts.length > 0) {
      parts.sort((a, b) => a.start - b.start || b.end - a.end);
      tokens.push(...parts);
    } else {
      const type = rules.whole?.[c.kind];
      if (type) tokens.push({ start: c.start, end: c.end, type });
    }
  }
  // Parts nest (a pin cite inside a page range, say): keep the first of overlapping tokens.
  const out: Token[] = [];
  let lastEnd = -1;
  for (const t of tokens) {
    if (t.start < lastEnd) continue;
    out.push(t);
    lastEnd = t.end;
  }
  return out;
}

/**
 * The tokens in the protocol's encoding: five integers per token (line delta, start delta,
 * length, type, modifiers), one token per line a citation spans, as tokens may not cross lines.
 */
export function semanticTokens(result: CheckResult, document: TextDocument): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, character: number, length: number, type: number) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? character - prevChar : character, length, type, 0);
    prevLine = line;
    prevChar = character;
  };
  const text = document.getText();
  for (const t of citationTokens(result)) {
    const type = TOKEN_TYPES.indexOf(t.type);
    const start = document.positionAt(t.start);
    const end = document.positionAt(t.end);
    if (start.line === end.line) {
      push(start.line, start.character, end.character - start.character, type);
      continue;
    }
    // One token per line, each up to its line's end.
    let lineStart = t.start;
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const lineEndOffset = line === end.line ? t.end : endOfLine(text, lineStart);
      const to = document.positionAt(lineEndOffset).character;
      push(line, from, to - from, type);
      lineStart = document.offsetAt({ line: line + 1, character: 0 });
    }
  }
  return { data };
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}
