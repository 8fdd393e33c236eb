import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft } from '../helpers';
import { tableOfAuthoritiesEdit } from '../../../server/src/core/toa';
import { codeLenses } from '../../../server/src/service/codeLens';
import { definition } from '../../../server/src/service/definition';
import { documentLinks } from '../../../server/src/service/links';
import { references } from '../../../server/src/service/references';
import { semanticTokens } from '../../../server/src/service/semanticTokens';
import { statusOf } from '../../../server/src/service/status';
import { documentSymbols } from '../../../server/src/service/symbols';
import { filesOf } from './fixture';

/**
 * The editor features on a megabyte of citations: every one of them must stay linear in the
 * number of citations (the check itself is measured by the robustness suite).
 */
describe('editor features on a megabyte of citations', function () {
  this.timeout(120_000);

  const paragraph = (n: number) =>
    `## ${n % 7 === 0 ? `Page ${n}` : `${String.fromCharCode(65 + (n % 26))}. Part ${n}`}\n\n` +
    `See Roe v. Wade, 410 U.S. 113, 115 (1973); Case ${n} v. Doe, ${n % 900 + 1} F.3d ${n % 500 + 1} (2d Cir. 2001). ` +
    `Id. at ${n % 500 + 2}. Dkt. No. ${n % 300}; Exs. ${n % 40 + 1}–${n % 40 + 3}. *Roe*, 410 U.S. at 116.\n\n`;

  it('answers outline, references, links, tokens, lenses and the table of authorities in bounded time', () => {
    let text = '';
    for (let n = 1; text.length < 1024 * 1024; n++) text += paragraph(n);
    const result = checkDraft(text);
    const document = TextDocument.create('file:///case/brief.md', 'markdown', 1, text);
    assert.ok(result.citations.length > 30_000, `${result.citations.length} citations`);
    const started = Date.now();
    const roe = text.indexOf('410 U.S. 113') + 1;
    const timings: Record<string, number> = {};
    const time = (name: string, run: () => unknown) => {
      const t = Date.now();
      const out = run();
      timings[name] = Date.now() - t;
      return out;
    };
    const symbols = time('outline', () => documentSymbols(result, {}, document)) as unknown[];
    const refs = time('references', () => references(result, {}, document, roe, true, filesOf())) as unknown[];
    time('definition', () => definition(result, {}, document, text.lastIndexOf('Id.'), filesOf()));
    time('links', () => documentLinks(result, {}, document, filesOf()));
    time('tokens', () => semanticTokens(result, document));
    time('lenses', () => codeLenses(result, document));
    time('table of authorities', () => tableOfAuthoritiesEdit(result));
    time('status', () => statusOf(document.uri, result));
    const total = Date.now() - started;
    assert.ok(symbols.length === 3, 'authorities, exhibits and docket entries');
    assert.ok(refs.length > 5_000, `${refs.length} references of Roe v. Wade`);
    assert.ok(total < 5_000, `took ${total} ms for ${result.citations.length} citations: ${JSON.stringify(timings)}`);
  });
});
