import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { main } from '../../../server/src/cli';
import { readDocx, readPdf, readPdfPages } from '../../../server/src/documents';
import { openZip } from '../../../server/src/documents/zip';
import { buildDocx } from './docxWriter';
import { buildPdf, pleadingPages } from './pdfWriter';

/** One draft, written three ways: a line a paragraph (.docx) or a line a PDF line. */
const DRAFT = [
  'PRELIMINARY STATEMENT',
  'Fair use is decided case by case.',
  'See Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994).',
  'The court weighed the fourth factor most. Texaco, 60 F.3d at 921.',
  'Plaintiffs moved to compel. Dkt. No. 293. Defendants opposed. Dkt. 69.',
  'The parallel cite 410 U.S. 113, 93 S.Ct. 705 (1973) is written oddly.',
  'A pin before the page: 60 F.3d 913, 900 (2d Cir. 1994).',
  'Congress spoke in 17 U.S.C. § 107; see Fed. R. Civ. P. 26(b)(1).',
];

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-docs-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

type Json = { files: Array<{ path: string; error?: string; citations: Array<Record<string, unknown>>; diagnostics: Array<Record<string, unknown>> }> };

async function checkJson(dir: string, ...files: string[]): Promise<Json> {
  const { stdout } = await run(['check', '--format', 'json', ...files], dir);
  return JSON.parse(stdout) as Json;
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.write(xml).close();
}

describe('Word and PDF drafts', function () {
  this.timeout(60000);

  it('give the same citations, pins and diagnostic codes as the same draft in plain text', async () => {
    const dir = workspace({
      'brief.txt': DRAFT.join('\n') + '\n',
      'brief.docx': buildDocx({ paragraphs: DRAFT }),
      'brief.pdf': buildPdf({ pages: pleadingPages(DRAFT, 3) }),
    });
    const json = await checkJson(dir, 'brief.txt', 'brief.docx', 'brief.pdf');
    const shape = (f: Json['files'][number]) => ({
      citations: f.citations.map((c) => [c.kind, c.text, c.pinCite, c.antecedent]),
      codes: f.diagnostics.map((d) => d.code),
    });
    const [txt, docx, pdf] = json.files;
    assert.ok(txt.citations.length >= 8, JSON.stringify(txt.citations.map((c) => c.text)));
    assert.deepEqual(shape(docx), shape(txt));
    assert.deepEqual(shape(pdf), shape(txt));
    // Where each came from.
    assert.deepEqual(docx.citations.map((c) => c.paragraph), txt.citations.map((c) => (c.line as number)));
    const pages = pdf.citations.map((c) => c.pdfPage as number);
    assert.equal(pages[0], 1);
    assert.equal(pages[pages.length - 1], 3);
    assert.ok(pdf.diagnostics.every((d) => typeof d.pdfPage === 'number'));
    assert.ok(txt.citations.every((c) => c.pdfPage === undefined && c.paragraph === undefined));
  });

  it('reads a footnote at its marker, so Id. in the footnote points to the citation before it', async () => {
    const bytes = buildDocx({
      paragraphs: [[
        { text: 'See ' },
        { text: 'Am. Geophysical Union v. Texaco Inc.', italic: true },
        { text: ', 60 F.3d 913, 920 (2d Cir. 1994).', footnote: ['Id. at 921.'] },
        { text: ' The analysis follows.' },
      ], ['A second paragraph.', { text: ' End.', endnote: ['See 17 U.S.C. § 107.'] }].map((t) => (typeof t === 'string' ? { text: t } : t))],
    });
    const read = readDocx(bytes);
    assert.equal(
      read.text,
      'See Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920 (2d Cir. 1994).[^1]\n[^1]:  Id. at 921.\n The analysis follows.\nA second paragraph. End.[^e1]\n[^e1]: See 17 U.S.C. § 107.\n\n',
    );
    assert.deepEqual(read.emphasis.map((e) => read.text.slice(e.start, e.end)), ['Am. Geophysical Union v. Texaco Inc.']);
    const dir = workspace({ 'fn.docx': bytes });
    const [file] = (await checkJson(dir, 'fn.docx')).files;
    const id = file.citations.find((c) => c.kind === 'id')!;
    assert.equal(id.antecedent, 'c1');
    assert.equal(id.footnote, 1);
    assert.equal(id.paragraph, 1);
    assert.equal(file.citations[0].footnote, undefined);
    const statute = file.citations.find((c) => c.kind === 'statute')!;
    assert.equal(statute.endnote, 2 - 1);
    assert.equal(statute.paragraph, 2);
  });

  it('reads tracked insertions, skips deletions, reads tables and leaves out a table of authorities field', () => {
    const read = readDocx(buildDocx({
      paragraphs: [
        { toa: ['Am. Geophysical Union v. Texaco Inc., 60 F.3d 913 (2d Cir. 1994) ....... 2'] },
        [{ text: 'See ' }, { text: '61 F.3d 1', del: true }, { text: '60 F.3d 913', ins: true }, { text: ' (2d Cir. 1994).' }],
        { table: [['Ex. 1', 'Email'], ['Ex. 2', 'Letter']] },
      ],
    }));
    assert.equal(read.text, '\nSee 60 F.3d 913 (2d Cir. 1994).\nEx. 1\nEmail\nEx. 2\nLetter\n');
    assert.deepEqual(read.problems, ['a table of authorities field was left out of the checked text']);
  });

  it('prints the text it checks with brieflint text (the reader text for Markdown)', async () => {
    const dir = workspace({ 'a.md': 'See *Texaco*, MSFT\\_AICPY\\_000591635.\n', 'a.docx': buildDocx({ paragraphs: ['One.', 'Two.'] }) });
    assert.equal((await run(['text', 'a.md'], dir)).stdout, 'See Texaco, MSFT_AICPY_000591635.\n');
    assert.equal((await run(['text', 'a.docx'], dir)).stdout, 'One.\nTwo.\n');
    assert.match((await run(['text', '--help'], dir)).stdout, /^Usage: brieflint text FILE/);
    assert.match((await run(['fix', '--help'], dir)).stdout, /^Usage: brieflint fix FILE \[--out FILE \| --in-place\]/);
  });

  it('leaves out running headers and pleading line numbers, joins hyphenation, and keeps each page', async () => {
    const lines = ['The Second Circuit inter-', 'preted the statute narrowly.', 'See 60 F.3d 913, 920 (2d Cir. 1994).', 'Nothing more is needed here.'];
    const more = ['Page two begins.', 'It goes on.', 'And on.', 'It ends.', 'Page three.', 'Short.', 'Shorter.', 'Done.'];
    const pages = await readPdfPages(buildPdf({ pages: pleadingPages([...lines, ...more], 4) }));
    assert.equal(pages.length, 3);
    assert.deepEqual(pages[0].lines.map((l) => l.text), lines);
    assert.deepEqual(pages[0].lines.map((l) => [l.x, l.y]), [[80, 720], [80, 696], [80, 672], [80, 648]]);
    assert.deepEqual(pages[2].furniture.map((l) => l.text).sort(), [...Array.from({ length: 28 }, (_, i) => String(i + 1)), 'Case 1:23-cv-08292-SHS Document 12 Filed 01/02/25 Page 3 of 3'].sort());
    const read = await readPdf(buildPdf({ pages: pleadingPages(['One line.', 'The court inter-', 'preted it.', 'Two.', 'Three.', 'Four.'], 2) }));
    assert.equal(read.text, 'One line.\nThe court interpreted it.\nTwo.\nThree.\nFour.\n');
    assert.deepEqual(read.map.pieces().map((p) => p.origin.pdfPage), [1, 2, 3]);
  });

  it('reads a PDF with JavaScript as text only, never running it', async () => {
    const marker = '__brieflintPdfScriptRan';
    const read = await readPdf(buildPdf({ pages: pleadingPages(['See Dkt. No. 12.']), javascript: `globalThis.${marker} = 1; app.alert("x");` }));
    assert.match(read.text, /See Dkt\. No\. 12\./);
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
  });
});

describe('hostile Word and PDF files are refused cleanly', function () {
  this.timeout(60000);

  const expectRefused = async (name: string, bytes: Uint8Array, message: RegExp) => {
    const dir = workspace({ [name]: bytes });
    const { code, stdout, stderr } = await run(['check', name], dir);
    assert.equal(code, 2, stdout + stderr);
    assert.match(stdout, message);
    const text = await run(['text', name], dir);
    assert.equal(text.code, 2);
    assert.match(text.stderr, message);
  };

  it('a zip bomb by its declared sizes', async () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    await expectRefused('bomb.docx', zipSync({ 'word/document.xml': big }, { level: 9 }), /decompresses to more than 50 MB .*zip bomb/);
  });

  it('a zip bomb whose directory lies about its sizes, by what inflating gives', async () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    const zip = openZip(bytes);
    const entry = zip.entries[0];
    const lie = (at: number) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, 1000, true);
    lie(entry.localOffset + 22);
    lie(entry.central.byteOffset - bytes.byteOffset + 24);
    await expectRefused('liar.docx', bytes, /decompresses to more than 50 MB/);
  });

  it('XML with a DOCTYPE and entity declarations (never expanded)', async () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    await expectRefused('doctype.docx', buildDocx({ paragraphs: [], documentXml: lol }), /word\/document\.xml declares a DOCTYPE/);
  });

  it('a corrupt zip, a zip that is no Word document, malformed XML', async () => {
    const good = buildDocx({ paragraphs: ['See Dkt. No. 1.'] });
    await expectRefused('cut.docx', good.subarray(0, good.length - 30), /damaged zip package/);
    const flipped = good.slice();
    const entry = openZip(good).byName.get('word/document.xml')!;
    flipped[entry.dataOffset + 5] ^= 0xff;
    await expectRefused('flipped.docx', flipped, /damaged zip package|malformed XML/);
    await expectRefused('other.docx', zipSync({ 'a.txt': strToU8('hello') }), /no word\/document\.xml/);
    await expectRefused('text.docx', strToU8('just text'), /not a Word document/);
    await expectRefused('bad.docx', buildDocx({ paragraphs: [], documentXml: '<w:document><w:body><w:p></w:body>' }), /malformed XML/);
  });

  it('a corrupt PDF, an encrypted PDF, a scan with no text layer', async () => {
    await expectRefused('corrupt.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'), /damaged PDF/);
    await expectRefused('notpdf.pdf', Buffer.from('hello'), /not a PDF/);
    await expectRefused('locked.pdf', buildPdf({ pages: pleadingPages(['Secret.']), encrypted: true }), /encrypted \(password-protected\)/);
    await expectRefused('scan.pdf', buildPdf({ pages: [[], []], drawOnly: true }), /no text layer: run OCR first/);
  });
});

describe('brieflint fix', function () {
  this.timeout(60000);

  const BRIEF = ['See Smith v. Jones, 60 F.Supp.2d 913, 920 (S.D.N.Y. 1999).', 'Also Dkt. No. 293 and Dkt. 69.'];

  it('writes the safe fixes of a .docx as tracked changes, touching nothing else', async () => {
    const extra = { 'word/media/image1.bin': new Uint8Array([1, 2, 3, 4, 5]) };
    const original = buildDocx({
      paragraphs: [[{ text: 'See Smith v. Jones, 60 ' }, { text: 'F.Supp.2d 913', italic: true }, { text: ', 920 (S.D.N.Y. 1999).' }], [{ text: 'Also ' }, { text: 'Dkt. No. 293' }, { text: ' and Dkt. 69.' }]],
      extra,
    });
    const dir = workspace({ 'brief.docx': original });
    const before = (await checkJson(dir, 'brief.docx')).files[0].diagnostics.map((d) => d.code);
    assert.ok(before.includes('reporter-nonstandard') && before.includes('docket-style-inconsistent'), before.join());
    const { code, stderr } = await run(['fix', 'brief.docx', '--out', 'brief.fixed.docx'], dir);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /2 fixes written as tracked changes/);
    const fixed = fs.readFileSync(path.join(dir, 'brief.fixed.docx'));
    assert.deepEqual(fs.readFileSync(path.join(dir, 'brief.docx')), Buffer.from(original), 'the input is left alone');
    // A valid zip with well-formed XML; every entry but document.xml byte for byte as it was.
    const entries = unzipSync(fixed);
    const was = unzipSync(original);
    assert.deepEqual(Object.keys(entries), Object.keys(was));
    for (const name of Object.keys(was)) {
      if (name.endsWith('.xml') || name.endsWith('.rels')) wellFormed(new TextDecoder().decode(entries[name]));
      if (name !== 'word/document.xml') assert.deepEqual(entries[name], was[name], name);
    }
    const a = openZip(original);
    const b = openZip(fixed);
    for (const e of a.entries.filter((x) => x.name !== 'word/document.xml')) {
      const f = b.byName.get(e.name)!;
      assert.deepEqual(Buffer.from(b.bytes.subarray(f.dataOffset, f.dataOffset + f.compressedSize)), Buffer.from(a.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize)), `${e.name}: raw bytes`);
    }
    const xml = new TextDecoder().decode(entries['word/document.xml']);
    // The touched run's italics are kept on each of its pieces: deleted, inserted and kept.
    assert.match(xml, /<w:del w:id="\d+" w:author="Brieflint" w:date="\d{4}-\d\d-\d\dT[\d:]+Z"><w:r><w:rPr><w:i\/><\/w:rPr><w:delText xml:space="preserve">F\.Supp\.2d<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="Brieflint" w:date="[^"]+"><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">F\. Supp\. 2d<\/w:t><\/w:r><\/w:ins><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve"> 913<\/w:t><\/w:r>/);
    const after = (await checkJson(dir, 'brief.fixed.docx')).files[0];
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'reporter-nonstandard' || d.code === 'docket-style-inconsistent'), []);
    assert.match((await run(['text', 'brief.fixed.docx'], dir)).stdout, /60 F\. Supp\. 2d 913/);
  });

  it('writes a fix inside a footnote into footnotes.xml, leaving document.xml byte for byte', async () => {
    const original = buildDocx({ paragraphs: [[{ text: 'The court agreed.', footnote: ['See Smith v. Jones, 60 F.Supp.2d 913, 920 (S.D.N.Y. 1999).'] }]] });
    const dir = workspace({ 'fn.docx': original });
    assert.equal((await run(['fix', 'fn.docx', '--out', 'fn.fixed.docx'], dir)).code, 0);
    const fixed = unzipSync(fs.readFileSync(path.join(dir, 'fn.fixed.docx')));
    const was = unzipSync(original);
    assert.deepEqual(fixed['word/document.xml'], was['word/document.xml']);
    const footnotes = new TextDecoder().decode(fixed['word/footnotes.xml']);
    wellFormed(footnotes);
    assert.match(footnotes, /<w:delText xml:space="preserve">F\.Supp\.2d<\/w:delText>.*<w:t xml:space="preserve">F\. Supp\. 2d<\/w:t>/);
    const after = (await checkJson(dir, 'fn.fixed.docx')).files[0];
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'reporter-nonstandard'), []);
    assert.equal(after.citations[0].footnote, 1);
  });

  it('writes the fixed text of a .txt to --out, to standard output without it, and in place only with --in-place', async () => {
    const text = BRIEF.join('\n') + '\n';
    const dir = workspace({ 'brief.txt': text });
    const printed = await run(['fix', 'brief.txt'], dir);
    assert.equal(printed.code, 0);
    assert.match(printed.stdout, /60 F\. Supp\. 2d 913/);
    assert.equal(fs.readFileSync(path.join(dir, 'brief.txt'), 'utf8'), text);
    assert.equal((await run(['fix', 'brief.txt', '--out', 'fixed.txt'], dir)).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'fixed.txt'), 'utf8'), printed.stdout);
    assert.equal((await run(['fix', 'brief.txt', '--in-place'], dir)).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'brief.txt'), 'utf8'), printed.stdout);
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
    assert.equal((await run(['fix', 'brief.docx'], workspace({ 'brief.docx': buildDocx({ paragraphs: BRIEF }) }))).code, 2, 'a .docx needs --out');
    assert.equal((await run(['fix', 'b.pdf', '--out', 'c.pdf'], workspace({ 'b.pdf': buildPdf({ pages: pleadingPages(BRIEF) }) }))).code, 2);
  });
});
