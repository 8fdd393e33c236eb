import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import type { HoverContext } from '../core/families/family';
import { familyOf } from '../core/families/registry';
import type { Citation } from '../core/types';
import { citationAtCursor } from './authorityIndex';
import { HOST_FILE_NAMES } from './files';

/** The citation at `offset`, if any (binary search over the citations in document order). */
export function citationAt(result: CheckResult, offset: number): Citation | undefined {
  // A hover is over a character: the citation's end offset is the character after it.
  const c = citationAtCursor(result, offset);
  if (c && offset < c.end) return c;
  return citationByPartAt(result.citations, offset);
}

/**
 * A citation whose parts reach before its span (a case name before `60 F.3d 913`, the volume of
 * a citation split by a page break): the one of the next few citations that has a part over
 * `offset`. Parts lie before their citation by a case name's length at most.
 */
function citationByPartAt(list: readonly Citation[], offset: number): Citation | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < Math.min(list.length, lo + 4); i++) {
    for (const span of Object.values(list[i].parts ?? {})) if (span.start <= offset && offset < span.end) return list[i];
  }
  return undefined;
}

export function hover(result: CheckResult, sources: CheckSources, document: TextDocument, offset: number): Hover | undefined {
  const citation = citationAt(result, offset);
  if (!citation) return undefined;
  const value = describeWithAntecedent(citation, { result, sources, files: HOST_FILE_NAMES });
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: document.positionAt(citation.start), end: document.positionAt(citation.end) },
  };
}

/**
 * The hover text of a citation, from its family. A short form that refers to a citation of
 * another family (`Id.` after a docket entry, an exhibit, a statute) takes the hover of what it
 * refers to, introduced by what it refers to.
 */
function describeWithAntecedent(citation: Citation, ctx: HoverContext): string {
  const family = familyOf(citation);
  if (citation.antecedent) {
    const antecedent = ctx.result.citations.find((c) => c.id === citation.antecedent);
    const other = antecedent && familyOf(antecedent);
    if (antecedent && other && other !== family && other.hover) return `**${citation.text}** refers to ${antecedent.text}\n\n` + other.hover(antecedent, ctx);
  }
  return family?.hover ? family.hover(citation, ctx) : `**${citation.kind}** \`${citation.text}\``;
}
