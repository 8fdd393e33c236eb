import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileNameMatches } from '../../../server/src/core/families/record/catalog';
import { squeeze } from '../../../server/src/core/families/record/abbreviations';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../server/src/core/settings';
import { nodeFileHost } from '../../../server/src/nodeHost';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../../server/src/service/hover';
import { loadRecordSources } from '../../../server/src/service/recordSources';
import { checkDraft } from '../helpers';
import { tableHost } from './fixture';

const T = 'Page 1\n' + Array.from({ length: 25 }, (_, i) => `${i + 1}  Testimony line ${i + 1}.`).join('\n') + '\n';

describe('the record: folder, index and file names', () => {
  it('finds record/ beside the draft before the one at the workspace root, and watches both', () => {
    const host = tableHost({ '/case/briefs/record/Smith Dep.txt': T, '/case/record/Lee Dep.txt': T });
    const { record, watched } = loadRecordSources('/case/briefs/opp.md', '/case', DEFAULT_SETTINGS, host);
    assert.equal(record?.folder, '/case/briefs/record');
    assert.deepEqual(record?.documents.map((d) => [d.name, d.relativePath, d.content?.kind]), [['Smith Dep.txt', 'briefs/record/Smith Dep.txt', 'transcript']]);
    assert.deepEqual(watched, ['/case/briefs/record', '/case/record', '/case/briefs/record/record.csv']);
  });

  it('uses brieflint.record.folder (or --record) when set, and says so when it does not exist', () => {
    const settings = sanitizeSettings({ record: { folder: 'evidence' } }).settings;
    const host = tableHost({ '/case/evidence/Smith Dep.txt': T, '/case/record/Lee Dep.txt': T });
    assert.deepEqual(loadRecordSources('/case/opp.md', '/case', settings, host).record?.documents.map((d) => d.name), ['Smith Dep.txt']);
    const missing = loadRecordSources('/case/opp.md', '/case', sanitizeSettings({ record: { folder: 'nowhere' } }).settings, host).record;
    assert.match(missing!.problems[0].message, /does not exist/);
  });

  it('maps documents to files through record.csv', () => {
    const host = tableHost({
      '/case/record/record.csv': 'document,file,first_page,last_page,pageid_first,pageid_last\nSmith Dep.,transcripts/smith.txt,,,,\nJ.A.,,1,300,,\nOrder,order.txt,,,1200,1240\n',
      '/case/record/transcripts/smith.txt': T,
      '/case/record/order.txt': 'The order.\n',
    });
    const { record } = loadRecordSources('/case/opp.md', '/case', DEFAULT_SETTINGS, host);
    assert.deepEqual(record?.problems, []);
    const sources = { record: record! };
    const result = checkDraft('Smith Dep. 1:3; J.A. 12; PageID #1234; J.A. 301.\n', { sources });
    assert.deepEqual(result.findings.map((f) => f.message), ['J.A.: 301 is outside its pages (1–300).']);
  });

  it('finds the volume of an appendix by its pages, and an ER or ROA row for a cite with a volume or an appeal number', () => {
    const host = tableHost({
      '/case/record/record.csv': 'document,file,volume,first_page,last_page\n4-ER,,,801,1050\nER,,5,1051,1300\nJ.A.,,1,1,200\nJ.A.,,2,201,400\nROA,,,1,900\n',
    });
    const { record } = loadRecordSources('/case/opp.md', '/case', DEFAULT_SETTINGS, host);
    const sources = { record: record! };
    const result = checkDraft('4-ER-874; 5-ER-1100; 5-ER-900; J.A. 250; J.A. 450; ROA.13-12345.123.\n', { sources });
    assert.deepEqual(result.findings.map((f) => f.message), ['ER: 900 is outside its pages (1051–1300).', 'J.A.: no volume holds page 450 (its 2 volumes run from page 1 to 400).']);
  });

  it('matches files by name: the document\'s words in order, the last perhaps the start of a longer word, T18 words spelled out', () => {
    const yes: Array<[string, string]> = [['Smith Dep.', 'Smith Deposition 2024-03-12'], ['Smith Dep.', 'smith dep'], ['Jones Decl.', 'Jones Declaration'], ["Hr'g Tr.", 'Hearing Transcript 2023-05-01'], ['J.A.', 'Joint Appendix'], ['Trial Tr.|2', 'Trial Transcript vol 2']];
    const no: Array<[string, string]> = [['Smith Dep.', 'Smithson Deposition'], ['Smith Dep.', 'Jane Smith Deposition'], ['Trial Tr.|2', 'Trial Transcript vol 3'], ['Jones Decl.', 'Jones Deposition']];
    for (const [doc, file] of yes) assert.ok(fileNameMatches(key(doc), squeeze(file)), `${doc} ~ ${file}`);
    for (const [doc, file] of no) assert.ok(!fileNameMatches(key(doc), squeeze(file)), `${doc} !~ ${file}`);
    assert.ok(fileNameMatches('er|4', squeeze('4-ER')));
  });
});

function key(doc: string): string {
  const [name, volume] = doc.split('|');
  return squeeze(name) + (volume ? `|${volume}` : '');
}

describe('the record: nothing outside the workspace is read', () => {
  it('refuses a record.csv row with ../ or an absolute path, at its line, and never shows the file in a hover', () => {
    const host = tableHost({
      '/case/record/record.csv': 'document,file\nSmith Dep.,../../.ssh/id_rsa\nLee Dep.,/etc/passwd\nJones Decl.,jones.md\n',
      '/case/record/jones.md': '1. I am Jones.\n',
      '/.ssh/id_rsa': 'SECRET KEY\n',
      '/etc/passwd': 'root:x:0:0\n',
    });
    const { record } = loadRecordSources('/case/opp.md', '/case', DEFAULT_SETTINGS, host);
    assert.deepEqual(record!.problems.map((p) => [p.path, p.line, p.column, p.message]), [
      ['/case/record/record.csv', 1, 11, 'record.csv: the file of Smith Dep., "../../.ssh/id_rsa", lies outside the workspace; it is not read.'],
      ['/case/record/record.csv', 2, 9, 'record.csv: the file of Lee Dep., "/etc/passwd", is an absolute path (a file of the record is named relative to the record folder); it is not read.'],
    ]);
    assert.ok(record!.documents.every((d) => !d.content?.text.includes('SECRET')));
    const text = 'Smith Dep. 1:1.\n';
    const result = checkDraft(text, { sources: { record: record! } });
    const shown = hover(result, { record: record! }, TextDocument.create('file:///case/opp.md', 'markdown', 1, text), 2);
    assert.match(JSON.stringify(shown?.contents), /Smith Dep/);
    assert.doesNotMatch(JSON.stringify(shown?.contents), /SECRET|id_rsa/);
  });

  it('refuses a symbolic link that leads out of the workspace (a real link in a temporary folder)', function () {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-outside-'));
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-ws-'));
    try {
      fs.writeFileSync(path.join(outside, 'secret.txt'), 'Page 1\n1 SECRET TESTIMONY\n2 b\n3 c\n4 d\n5 e\n');
      fs.mkdirSync(path.join(ws, 'record'));
      try {
        fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'record', 'Smith Dep.txt'));
        fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'record', 'linked.txt'));
      } catch {
        this.skip();
      }
      fs.writeFileSync(path.join(ws, 'record', 'record.csv'), 'document,file\nLee Dep.,linked.txt\n');
      const { record } = loadRecordSources(path.join(ws, 'brief.md'), ws, DEFAULT_SETTINGS, nodeFileHost);
      const messages = record!.problems.map((p) => `${path.basename(p.path)}:${p.line}: ${p.message}`);
      assert.deepEqual(messages, [
        'record.csv:1: record.csv: the file of Lee Dep., "linked.txt", is a link that leads outside the workspace; it is not read.',
        'Smith Dep.txt:0: The record file Smith Dep.txt lies outside the workspace (or leads out of it through a link); it is not read.',
      ]);
      assert.ok(record!.documents.every((d) => d.content === undefined));
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('the record settings', () => {
  it('reads record.folder and localRules, and says what is wrong with a bad value', () => {
    const good = sanitizeSettings({ record: { folder: ' evidence ' }, localRules: ['9th-cir', '6TH-CIR', '9th-cir'] });
    assert.deepEqual([good.settings.record.folder, good.settings.localRules, good.problems], ['evidence', ['9th-cir', '6th-cir'], []]);
    const bad = sanitizeSettings({ record: { folder: 3 }, localRules: ['11th-cir'] });
    assert.deepEqual(bad.problems.map((p) => p.message), ['"record.folder" must be a string', 'unknown local rules "11th-cir": known are "wash-gr14", "9th-cir", "5th-cir", "6th-cir"']);
    assert.deepEqual(sanitizeSettings({ localRules: '9th-cir' }).problems.map((p) => p.key), ['localRules']);
  });
});
