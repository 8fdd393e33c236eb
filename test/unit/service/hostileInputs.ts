/**
 * A draft dense with citations, of any size, and every editor feature run on it (npm test runs
 * them on a small draft; npm run test:perf measures how their time grows).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../../../server/src/core/check';
import { tableOfAuthoritiesEdit } from '../../../server/src/core/toa';
import { codeLenses } from '../../../server/src/service/codeLens';
import { definition } from '../../../server/src/service/definition';
import { documentLinks } from '../../../server/src/service/links';
import { references } from '../../../server/src/service/references';
import { semanticTokens } from '../../../server/src/service/semanticTokens';
import { statusOf } from '../../../server/src/service/status';
import { documentSymbols } from '../../../server/src/service/symbols';
import { filesOf } from './fixture';

function paragraph(n: number): string {
  return (
    `## ${n % 7 === 0 ? `Page ${n}` : `${String.fromCharCode(65 + (n % 26))}. Part ${n}`}\n\n` +
    `See Roe v. Wade, 410 U.S. 113, 115 (1973); Case ${n} v. Doe, ${n % 900 + 1} F.3d ${n % 500 + 1} (2d Cir. 2001). ` +
    `Id. at ${n % 500 + 2}. Dkt. No. ${n % 300}; Exs. ${n % 40 + 1}–${n % 40 + 3}. *Roe*, 410 U.S. at 116.\n\n`
  );
}

/** About `size` characters of headed paragraphs, each with six citations. */
export function citationsDraft(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 1; length < size; n++) {
    const p = paragraph(n);
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

export interface EditorAnswers {
  symbols: unknown[];
  references: unknown[];
}

/** Every editor feature on one checked draft: outline, references, definition, links, tokens, lenses, table of authorities, status. */
export function editorFeatures(result: CheckResult, document: TextDocument): EditorAnswers {
  const text = document.getText();
  const roe = text.indexOf('410 U.S. 113') + 1;
  const symbols = documentSymbols(result, {}, document) as unknown[];
  const refs = references(result, {}, document, roe, true, filesOf()) as unknown[];
  definition(result, {}, document, text.lastIndexOf('Id.'), filesOf());
  documentLinks(result, {}, document, filesOf());
  semanticTokens(result, document);
  codeLenses(result, document);
  tableOfAuthoritiesEdit(result);
  statusOf(document.uri, result);
  return { symbols, references: refs };
}
