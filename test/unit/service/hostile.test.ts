import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft } from '../helpers';
import { citationsDraft, editorFeatures } from './hostileInputs';

/**
 * The editor features on a draft dense with citations: each answers, and answers right (how
 * their time grows with the number of citations: npm run test:perf; the check itself: the
 * robustness suite).
 */
describe('editor features on a draft dense with citations', () => {
  it('answers outline, references, links, tokens, lenses and the table of authorities', () => {
    const text = citationsDraft(128 * 1024);
    const result = checkDraft(text);
    const document = TextDocument.create('file:///case/brief.md', 'markdown', 1, text);
    const paragraphs = text.split('## ').length - 1;
    assert.ok(result.citations.length === 6 * paragraphs, `${result.citations.length} citations in ${paragraphs} paragraphs`);
    const { symbols, references } = editorFeatures(result, document);
    assert.strictEqual(symbols.length, 3, 'authorities, exhibits and docket entries');
    // Roe v. Wade: its full cite and its short cite in every paragraph.
    assert.strictEqual(references.length, 2 * paragraphs, `${references.length} references of Roe v. Wade`);
  });
});
