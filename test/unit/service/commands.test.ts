import * as assert from 'assert';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { courtListenerCommand, insertTableOfAuthorities } from '../../../server/src/service/commands';
import { citationTokens, semanticTokens, SEMANTIC_TOKENS_LEGEND } from '../../../server/src/service/semanticTokens';
import type { FileHost } from '../../../server/src/service/sources';
import { statusOf } from '../../../server/src/service/status';
import { findDrafts, workspaceSummary } from '../../../server/src/service/workspaceCheck';
import { annotate } from '../helpers';
import { openDraft } from './fixture';

describe('command: insert or update the table of authorities', () => {
  it('inserts the table at the cursor line, as an edit of that version of the draft', () => {
    const d = openDraft('# Brief\n\n‸Intro.\n\nSee Roe v. Wade, 410 U.S. 113 (1973).\n');
    const outcome = insertTableOfAuthorities(d.result, d.document, d.document.positionAt(d.offset));
    assert.strictEqual(outcome.message, 'Inserted the table of authorities (1 case).');
    const change = outcome.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepStrictEqual(change.textDocument, { uri: d.document.uri, version: 1 });
    const after = TextDocument.applyEdits(d.document, change.edits as TextEdit[]);
    assert.ok(after.startsWith('# Brief\n\n<!-- brieflint-toa-start -->\n## Table of Authorities\n'), after);
    assert.ok(after.endsWith('<!-- brieflint-toa-end -->\n\nIntro.\n\nSee Roe v. Wade, 410 U.S. 113 (1973).\n'), after);
  });

  it('says why when it cannot', () => {
    const d = openDraft('Dear Judge Wang:\n');
    assert.deepStrictEqual(insertTableOfAuthorities(d.result, d.document), {
      ok: false,
      message: 'The draft cites no cases, statutes or rules, so there is no table of authorities to insert.',
    });
  });
});

describe('command: open citation on CourtListener', () => {
  const text = '*Texaco*, 60 F.3d 913 (2d Cir. 1994). *Id.* at 920. Dkt. No. 12.\n';
  const at = (needle: string) => {
    const d = openDraft(text);
    return courtListenerCommand(d.result, d.document, d.document.positionAt(text.indexOf(needle) + 1));
  };

  it('opens the case under the cursor, from Id. too', () => {
    assert.strictEqual(at('60 F.3d').url, 'https://www.courtlistener.com/c/F.3d/60/913/');
    assert.strictEqual(at('Id.').url, 'https://www.courtlistener.com/c/F.3d/60/913/');
  });

  it('says so when the cursor is not on a case citation', () => {
    assert.deepStrictEqual(at('Dkt.'), { ok: false, message: 'The cursor is not on a case citation with a volume, reporter and first page.' });
  });
});

describe('semantic tokens for plain-text drafts', () => {
  it('colours the parts of each citation', () => {
    const text = 'See Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994). Id. at 921. Dkt. No. 293 at 4. Ex. 1, ABC000100.\n';
    const d = openDraft(text, { format: 'plaintext' });
    const tokens = citationTokens(d.result);
    assert.strictEqual(
      annotate(text, tokens),
      'See <0>Am. Geophysical Union v. Texaco Inc.</0>, <1>60</1> <2>F.3d</2> <3>913</3>, <4>920</4> (2d Cir. 1994). <5>Id.</5> at <6>921</6>. <7>Dkt. No.</7> <8>293</8> at <9>4</9>. <10>Ex.</10> <11>1</11>, <12>ABC000100</12>.\n',
    );
    assert.deepStrictEqual(
      tokens.map((t) => t.type),
      ['class', 'number', 'type', 'number', 'number', 'keyword', 'number', 'keyword', 'number', 'number', 'keyword', 'number', 'string'],
    );
  });

  it('encodes tokens relative to each other, one per line when a citation spans lines', () => {
    const text = 'Intro.\nSee Dkt.\nNo. 12.\n';
    const d = openDraft(text, { format: 'plaintext' });
    const { data } = semanticTokens(d.result, d.document);
    const types = SEMANTIC_TOKENS_LEGEND.tokenTypes;
    const decoded: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      decoded.push(`${line}:${char}+${data[i + 2]} ${types[data[i + 3]]}`);
    }
    // `Dkt.\nNo.` is one style word split over two lines: one token on each.
    assert.deepStrictEqual(decoded, ['1:4+4 keyword', '2:0+3 keyword', '2:4+2 number']);
  });
});

describe('status', () => {
  it('counts citations, distinct exhibits and problems for the status bar', () => {
    const d = openDraft('See Ex. 1; Exs. 1–2; Ex. 01. Dkt. No. 3; Dkt. 4.\n');
    const s = statusOf('file:///case/brief.md', d.result);
    assert.strictEqual(s.state, 'ready');
    assert.strictEqual(s.citations, 5);
    assert.strictEqual(s.exhibits, 2);
    assert.strictEqual(s.problems, d.result.findings.length);
    assert.strictEqual(s.text, `5 citations · 2 exhibits · ${d.result.findings.length} problem${d.result.findings.length === 1 ? '' : 's'}`);
  });

  it('does not count the citations of a generated table of authorities, or another document\'s exhibits', () => {
    const d = openDraft('<!-- brieflint-toa-start -->\n| Roe v. Wade, 410 U.S. 113 (1973) | 1 |\n<!-- brieflint-toa-end -->\n\nRoe v. Wade, 410 U.S. 113 (1973). Ex. B to Dkt. No. 12.\n');
    const s = statusOf('file:///case/brief.md', d.result);
    assert.deepStrictEqual([s.citations, s.exhibits], [2, 0]);
  });

  it('says when a draft was not checked', () => {
    const d = openDraft('x'.repeat(2048), { settings: { maxFileSizeMB: 0.001 } });
    const s = statusOf('file:///case/brief.md', d.result);
    assert.strictEqual(s.state, 'off');
    assert.match(s.message ?? '', /over the limit of 0\.001 MB/);
    assert.strictEqual(s.text, 'not checked');
  });
});

describe('command: check whole workspace', () => {
  /** A folder tree in memory: paths ending in `/` are folders. */
  function host(paths: string[]): FileHost {
    const children = new Map<string, string[]>();
    for (const p of paths) {
      const parts = p.replace(/\/$/, '').split('/');
      for (let k = 1; k < parts.length; k++) {
        const dir = parts.slice(0, k).join('/') || '/';
        const list = children.get(dir) ?? [];
        if (!list.includes(parts[k])) list.push(parts[k]);
        children.set(dir, list);
      }
      if (p.endsWith('/')) children.set(p.replace(/\/$/, ''), children.get(p.replace(/\/$/, '')) ?? []);
    }
    return { listDir: (p) => children.get(p), readText: () => ({ error: 'not used' }), exists: (p) => children.has(p) };
  }

  it('finds every Markdown and text draft, skipping tool and hidden folders', () => {
    const found = findDrafts(
      ['/case'],
      host([
        '/case/brief.md',
        '/case/exhibits.csv',
        '/case/Exhibits/Ex. 01 - Email.pdf',
        '/case/2024.03 letters/letter.txt',
        '/case/notes.markdown',
        '/case/node_modules/pkg/README.md',
        '/case/.git/description.txt',
        '/case/weird.md/',
      ]),
      { languages: ['markdown', 'plaintext'] },
    );
    assert.deepStrictEqual(found, { files: ['/case/2024.03 letters/letter.txt', '/case/brief.md', '/case/notes.markdown'], truncated: false });
  });

  it('checks only the languages Brieflint is set to check, and stops at a limit', () => {
    const files = ['/w/a.md', '/w/b.txt', '/w/c.md', '/w/d.md'];
    assert.deepStrictEqual(findDrafts(['/w'], host(files), { languages: ['markdown'] }).files, ['/w/a.md', '/w/c.md', '/w/d.md']);
    assert.deepStrictEqual(findDrafts(['/w'], host(files), { languages: ['markdown', 'plaintext'], maxFiles: 2 }), { files: ['/w/a.md', '/w/b.txt'], truncated: true });
  });

  it('sums up what it found', () => {
    assert.strictEqual(workspaceSummary(12, 12, 30, 5, false, false), 'Checked 12 drafts: 30 problems in 5 of them.');
    assert.strictEqual(workspaceSummary(4, 12, 1, 1, true, false), 'Stopped after 4 of 12 drafts: 1 problem in 1 of them.');
    assert.strictEqual(workspaceSummary(5000, 5000, 0, 0, false, true), 'Checked 5000 drafts: no problems. The workspace has more; only the first 5000 were checked.');
  });
});
