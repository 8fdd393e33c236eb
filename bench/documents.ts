/**
 * Reading Word and PDF drafts (issue 22): a 100-page .docx and a 300-page PDF, generated here
 * from the benchmark's drafts with the tests' writers, read as `brieflint check` reads them.
 * The PDF figure includes loading pdfjs-dist once (the first PDF a process reads pays it).
 */
import { readDocx, readPdf } from '../server/src/documents';
import { buildDocx, RunSpec } from '../test/unit/documents/docxWriter';
import { buildPdf, pleadingPages } from '../test/unit/documents/pdfWriter';
import { generateDraft } from './corpus';
import { median, Row, row, timeMs } from './stats';

export const DOCUMENT_TARGETS = { docx100Ms: 200, pdf300Ms: 3000 };

/** The draft's lines, cut to at most `width` characters at spaces (a PDF line does not wrap). */
function lines(pages: number, width: number): string[] {
  const text = generateDraft({ seed: 22, pages, kind: 'brief', format: 'plaintext' }).text;
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + word.length + 1 > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line.trim()) out.push(line);
  }
  return out;
}

export async function measureDocuments(options: { quick: boolean }): Promise<Row[]> {
  const runs = options.quick ? 3 : 9;
  // 100 pages: paragraphs of the generated brief, with a footnote every tenth paragraph.
  const paragraphs: RunSpec[][] = lines(100, 1000).map((p, i) => (i % 10 === 9 ? [{ text: p, footnote: ['Id. at 5.'] }] : [{ text: p }]));
  const docx = buildDocx({ paragraphs });
  let chars = 0;
  const docxTimes: number[] = [];
  for (let i = 0; i < runs; i++) docxTimes.push(timeMs(() => (chars = readDocx(docx).text.length)));
  // 300 pages of 24 lines with a running header and pleading line numbers.
  const pdfLines = lines(300, 80);
  const pdf = buildPdf({ pages: pleadingPages(pdfLines.slice(0, 300 * 24), 24) });
  const pdfTimes: number[] = [];
  let pdfChars = 0;
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const start = process.hrtime.bigint();
    pdfChars = (await readPdf(pdf)).text.length;
    pdfTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return [
    row(`read a 100-page .docx (${(docx.length / 1024).toFixed(0)} KB, ${chars} chars), median`, median(docxTimes), 'ms', { max: DOCUMENT_TARGETS.docx100Ms }),
    row(`read a 300-page PDF (${(pdf.length / 1048576).toFixed(1)} MB, ${pdfChars} chars), first read (loads pdfjs-dist)`, pdfTimes[0], 'ms', { max: DOCUMENT_TARGETS.pdf300Ms }, 0),
    row('read a 300-page PDF, median of later reads', median(pdfTimes.slice(1).length ? pdfTimes.slice(1) : pdfTimes), 'ms', { max: DOCUMENT_TARGETS.pdf300Ms }, 0),
  ];
}
