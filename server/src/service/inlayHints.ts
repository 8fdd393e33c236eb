import { InlayHint, InlayHintKind, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckSources } from '../core/check';
import type { HoverContext } from '../core/families/family';
import { familyOf } from '../core/families/registry';
import { shorten, normalizeSpaces } from '../core/text/strings';
import type { Citation } from '../core/types';
import { authorityIndex } from './authorityIndex';
import { HOST_FILE_NAMES } from './files';

/**
 * Inlay hints (setting `brieflint.inlayHints`, off by default): after `Id.`, `supra` and each
 * short cite, what it refers to (`→ Campbell, 510 U.S. 569`); after a citation its family has a
 * word for (an exhibit cite's Bates range), that. Only the citations within `range`.
 */
export function inlayHints(result: CheckResult, sources: CheckSources, document: TextDocument, range: Range): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const index = authorityIndex(result);
  const ctx: HoverContext = { result, sources, files: HOST_FILE_NAMES };
  const hints: InlayHint[] = [];
  for (const c of result.citations) {
    if (c.end < from) continue;
    if (c.start > to) break;
    const label = hintFor(c, index.resolve, ctx);
    if (label) hints.push({ position: document.positionAt(c.end), label, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return hints;
}

function hintFor(c: Citation, resolve: (c: Citation) => Citation | undefined, ctx: HoverContext): string | undefined {
  if (c.antecedent !== undefined) {
    const root = resolve(c);
    if (!root || root === c) return undefined;
    const family = familyOf(root);
    return `→ ${shorten(family?.label?.(root) ?? normalizeSpaces(root.text), 60)}`;
  }
  return familyOf(c)?.inlayHint?.(c, ctx);
}
