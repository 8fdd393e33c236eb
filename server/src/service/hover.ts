import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import type { Citation, CitationKind } from '../core/types';
import { citationAtCursor } from './authorityIndex';
import { describeCase } from './hover/cases';
import { describeDocket } from './hover/dockets';
import { describeExhibit } from './hover/exhibits';

/** Writes the hover for one citation, as Markdown. */
export type Describer = (citation: Citation, result: CheckResult, sources: CheckSources) => string;

const DESCRIBERS: Partial<Record<CitationKind, Describer>> = {
  case: describeCase,
  'case-short': describeCase,
  id: describeCase,
  supra: describeCase,
  statute: describeCase,
  rule: describeCase,
  docket: describeDocket,
  'case-number': describeDocket,
  exhibit: describeExhibit,
};

/** The citation at `offset`, if any (binary search over the citations in document order). */
export function citationAt(result: CheckResult, offset: number): Citation | undefined {
  // A hover is over a character: the citation's end offset is the character after it.
  const c = citationAtCursor(result, offset);
  return c && offset < c.end ? c : undefined;
}

export function hover(result: CheckResult, sources: CheckSources, document: TextDocument, offset: number): Hover | undefined {
  const citation = citationAt(result, offset);
  if (!citation) return undefined;
  const value = describeWithAntecedent(citation, result, sources);
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: document.positionAt(citation.start), end: document.positionAt(citation.end) },
  };
}

/**
 * The hover text of a citation. `Id.` takes the hover of what it refers to, whatever its kind
 * (a docket entry, an exhibit, a statute), introduced by what it refers to.
 */
function describeWithAntecedent(citation: Citation, result: CheckResult, sources: CheckSources): string {
  if (citation.kind === 'id' && citation.antecedent) {
    const antecedent = result.citations.find((c) => c.id === citation.antecedent);
    if (antecedent && antecedent.kind !== 'case' && antecedent.kind !== 'case-short') {
      const describe = DESCRIBERS[antecedent.kind];
      if (describe) return `**${citation.text}** refers to ${antecedent.text}\n\n` + describe(antecedent, result, sources);
    }
  }
  const describe = DESCRIBERS[citation.kind];
  return describe ? describe(citation, result, sources) : `**${citation.kind}** \`${citation.text}\``;
}
