import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { toJson } from '../../../server/src/core/report';
import { definition } from '../../../server/src/service/definition';
import { hover } from '../../../server/src/service/hover';
import { documentLinks } from '../../../server/src/service/links';
import { documentSymbols } from '../../../server/src/service/symbols';
import { checkDraft } from '../helpers';
import { FIXTURE, fixtureSources } from './fixture';

/** Hover, definition, outline, links and JSON of the record family, through the service as it is (no service code knows the family). */
const sources = fixtureSources();
const TEXT = 'The guard was off. Smith Dep. 45:3–4; see Jones Decl. ¶ 6. Lee Dep. 2:1.\n';
const result = checkDraft(TEXT, { sources });
const document = TextDocument.create(pathToFileURL(path.join(FIXTURE, 'brief.md')).href, 'markdown', 1, TEXT);
const files = { uriOf: (p: string) => pathToFileURL(p).href, textOf: (p: string) => fs.readFileSync(p, 'utf8') };

describe('record cites in the editor (service)', () => {
  it('hovers with the document, its file and the cited lines verbatim, line numbers kept', () => {
    const value = (hover(result, sources, document, TEXT.indexOf('Smith Dep.') + 2)!.contents as MarkupContent).value;
    assert.match(value, /\*\*Smith Dep\.\*\* — record cite/);
    assert.match(value, /File: \[record\/Smith Deposition 2024-03-12\.txt\]\(file:/);
    assert.match(value, / 45:03 {2}Q\. {3}Did anyone warn the crew about the missing guard\?\n 45:04 {2}A\. {3}I did\. I told them at the line meeting\./);
  });

  it('hovers a declaration cite with its paragraph, and cuts a long passage with a note', () => {
    const value = (hover(result, sources, document, TEXT.indexOf('Jones Decl.') + 2)!.contents as MarkupContent).value;
    assert.match(value, /¶ 6\. Between February 27 and March 9, line four ran without a guard on its east side\./);
    const long = checkDraft('Smith Dep. 44:1–47:25.\n', { sources });
    const text = (hover(long, sources, TextDocument.create('file:///x.md', 'markdown', 1, 'Smith Dep. 44:1–47:25.\n'), 2)!.contents as MarkupContent).value;
    assert.match(text, /… 85 more lines cited \(open the file to read them\)/);
  });

  it('goes to the record file at the cited line', () => {
    const links = definition(result, sources, document, TEXT.indexOf('Smith Dep.') + 2, files);
    assert.equal(links.length, 2);
    assert.match(links[0].targetUri, /Smith%20Deposition%202024-03-12\.txt$/);
    const line = fs.readFileSync(path.join(FIXTURE, 'record', 'Smith Deposition 2024-03-12.txt'), 'utf8').split('\n')[links[0].targetRange.start.line];
    assert.match(line, /^ 3 {3}Q\. {3}Did anyone warn the crew/);
    assert.match(links[1].targetUri, /record\.csv$/);
    assert.equal(links[1].targetRange.start.line, 1);
  });

  it('lists the record documents in the outline, under Record, and links each cite to its file', () => {
    const record = documentSymbols(result, sources, document).find((s) => s.name === 'Record');
    assert.deepEqual(record?.children?.map((s) => [s.name, s.detail]), [
      ['Smith Dep.', 'record/Smith Deposition 2024-03-12.txt · cited 1 time'],
      ['Jones Decl.', 'record/Jones Declaration.md · cited 1 time'],
      ['Lee Dep.', 'not in the record · cited 1 time'],
    ]);
    const links = documentLinks(result, sources, document, files).map((l) => [TEXT.slice(document.offsetAt(l.range.start), document.offsetAt(l.range.end)), path.basename(decodeURIComponent(l.target ?? ''))]);
    assert.deepEqual(links, [['Smith Dep.', 'Smith Deposition 2024-03-12.txt'], ['Jones Decl.', 'Jones Declaration.md']]);
  });

  it('carries document, volume, locations and source in the JSON', () => {
    const json = toJson([{ path: 'brief.md', result }]) as { files: Array<{ citations: Array<Record<string, unknown>> }> };
    assert.deepEqual(json.files[0].citations.map((c) => [c.kind, c.document, c.locations, c.source]), [
      ['record', 'Smith Dep.', [{ page: 45, line: 3, endPage: 45, endLine: 4 }], 'record/Smith Deposition 2024-03-12.txt'],
      ['record', 'Jones Decl.', [{ paragraph: 6, endParagraph: 6 }], 'record/Jones Declaration.md'],
      ['record', 'Lee Dep.', [{ page: 2, line: 1, endPage: 2, endLine: 1 }], undefined],
    ]);
  });
});
