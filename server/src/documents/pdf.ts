import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OriginMap } from '../core/text/origins';
import { DocumentError } from './docx';
import { joinPages, linesOf, PdfItem, PdfPage, withoutLineNumbers, withoutRunningLines } from './pdfLayout';

export type { PdfLine, PdfPage } from './pdfLayout';

/**
 * Reads a PDF's text layer with pdfjs-dist (legacy build, for Node), in the process, with no
 * worker, never evaluating code (`isEvalSupported: false`) and never running the document's
 * JavaScript (pdfjs-dist has no scripting unless a viewer sets it up; none is). The library is
 * loaded lazily, on the first PDF, from `dist/pdfjs/` in the packaged extension (the bundle
 * script copies it there) or from node_modules otherwise.
 */

/** A PDF larger than this is refused. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** Most pages read. */
export const MAX_PDF_PAGES = 5000;
/** Reading stops after this long (a hostile file can make a parser slow). */
export const PDF_TIME_LIMIT_MS = 60_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PdfJs = any;

let loading: Promise<PdfJs> | undefined;

/** Where the library is: beside the bundle (`dist/pdfjs/`), else in node_modules. */
function libraryFiles(): { main: string; worker: string } {
  const bundled = path.join(__dirname, 'pdfjs');
  if (fs.existsSync(path.join(bundled, 'pdf.mjs'))) return { main: path.join(bundled, 'pdf.mjs'), worker: path.join(bundled, 'pdf.worker.mjs') };
  const main = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  return { main, worker: path.join(path.dirname(main), 'pdf.worker.mjs') };
}

async function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const files = libraryFiles();
    // pdfjs-dist says at load time that it cannot find a canvas package (only rendering needs
    // one): those warnings go to console.log, which the language server's stdio must not get.
    const log = console.log;
    console.log = () => undefined;
    try {
      const worker = await import(pathToFileURL(files.worker).href);
      // The "fake worker" runs in this thread and takes this module instead of loading one by URL.
      (globalThis as Record<string, unknown>).pdfjsWorker = worker;
      const lib = await import(pathToFileURL(files.main).href);
      lib.GlobalWorkerOptions.workerSrc = pathToFileURL(files.worker).href;
      return lib;
    } finally {
      console.log = log;
    }
  })();
  return loading;
}

export interface PdfRead {
  text: string;
  map: OriginMap;
  problems: string[];
  pages: PdfPage[];
}

/**
 * Every page of a PDF with its lines and their positions (for transcripts and exhibits), running
 * headers and footers and line numbers set aside in `furniture`. Throws `DocumentError`.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  if (bytes.length > MAX_PDF_BYTES) throw new DocumentError(`is ${(bytes.length / 1048576).toFixed(0)} MB, larger than the ${MAX_PDF_BYTES / 1048576} MB Brieflint reads`);
  if (!startsLikePdf(bytes)) throw new DocumentError('is not a PDF (no %PDF header)');
  const pdfjs = await loadPdfJs();
  let task: PdfJs;
  try {
    task = pdfjs.getDocument({
    // A copy, as a plain Uint8Array: pdfjs-dist refuses a Buffer, and takes over what it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
    });
  } catch (e) {
    throw pdfError(e);
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocumentError(`took longer than ${PDF_TIME_LIMIT_MS / 1000} s to read; it was given up`)), PDF_TIME_LIMIT_MS);
  });
  try {
    const doc = await Promise.race([task.promise, timeout]).catch((e: unknown) => {
      throw pdfError(e);
    });
    try {
      if (doc.numPages > MAX_PDF_PAGES) throw new DocumentError(`has ${doc.numPages} pages, more than the ${MAX_PDF_PAGES} Brieflint reads`);
      const pages: PdfPage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await Promise.race([doc.getPage(n), timeout]);
        const content = await Promise.race([page.getTextContent({ disableNormalization: false }), timeout]);
        const items: PdfItem[] = [];
        for (const it of content.items as Array<Record<string, unknown>>) {
          if (typeof it.str !== 'string') continue;
          const t = it.transform as number[];
          items.push({ str: it.str, x: t[4], y: t[5], width: Number(it.width) || 0, size: Math.hypot(t[2], t[3]) || Number(it.height) || 10 });
        }
        page.cleanup();
        const numbers = withoutLineNumbers(items);
        pages.push({ number: n, lines: linesOf(numbers.kept), furniture: linesOf(numbers.removed) });
      }
      return withoutRunningLines(pages);
    } finally {
      await doc.destroy();
    }
  } catch (e) {
    throw pdfError(e);
  } finally {
    clearTimeout(timer);
    task.destroy?.();
  }
}

/** Reads a PDF into the text Brieflint checks, with each page's start. Throws `DocumentError`. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pages = await readPdfPages(bytes);
  const { text, pageStarts } = joinPages(pages);
  if (text.trim() === '') throw new DocumentError('has no text layer: run OCR first');
  const map = new OriginMap();
  pages.forEach((page, i) => map.add(pageStarts[i], { pdfPage: page.number }));
  const problems: string[] = [];
  const blank = pages.filter((p) => p.lines.length === 0).length;
  if (blank > 0 && blank >= pages.length / 2) problems.push(`${blank} of ${pages.length} pages have no text layer (scanned?): run OCR first to check them`);
  return { text, map, problems, pages };
}

function startsLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function pdfError(e: unknown): Error {
  if (e instanceof DocumentError) return e;
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException') return new DocumentError('is encrypted (password-protected): save an unprotected copy to check it');
  if (name === 'InvalidPDFException') return new DocumentError('is a damaged PDF (it could not be read)');
  return new DocumentError(`is a damaged PDF (${(e as Error)?.message ?? String(e)})`);
}
