import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentFormat } from '../core/text/markdown';
import type { OriginMap } from '../core/text/origins';
import { describeFsError, nodeFileHost } from '../nodeHost';
import { DocumentError, readDocx } from './docx';
import { readPdf } from './pdf';

export { DocumentError, readDocx } from './docx';
export type { DocxRead, DocxRun, EmphasisSpan } from './docx';
export { readPdf, readPdfPages } from './pdf';
export type { PdfLine, PdfPage, PdfRead } from './pdf';

/**
 * A draft read from a file, whatever its kind: the text Brieflint checks and how to read it,
 * and for Word and PDF where each piece of that text came from. The one entry point of the
 * command line and (later) of the server for `.docx` and `.pdf`.
 */
export interface DocumentRead {
  kind: 'text' | 'docx' | 'pdf';
  text: string;
  format: DocumentFormat;
  /** Word and PDF only. */
  map?: OriginMap;
  /** Things left out or not read, for the user (not findings). */
  problems: string[];
  /** Why the file could not be read at all ("it …"); `text` is then empty. */
  error?: string;
}

export const DOCUMENT_EXTENSIONS = ['.docx', '.pdf'];

export function documentKind(file: string): DocumentRead['kind'] {
  const ext = path.extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : 'text';
}

/** Largest Word or PDF file read. */
const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

/** Reads a draft from a path, or a Word or PDF document from its bytes (named by `file`). */
export async function readDraftDocument(file: string, bytes?: Uint8Array): Promise<DocumentRead> {
  const kind = documentKind(file);
  const ext = path.extname(file).toLowerCase();
  const format: DocumentFormat = ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
  const failed = (error: string): DocumentRead => ({ kind, text: '', format, problems: [], error });
  if (kind === 'text' && bytes === undefined) {
    const read = nodeFileHost.readText(file);
    return 'error' in read ? failed(read.error) : { kind, text: read.text, format, problems: [] };
  }
  if (bytes === undefined) {
    try {
      const stat = fs.statSync(file);
      if (stat.isDirectory()) return failed('is a folder, not a file');
      if (stat.size > MAX_DOCUMENT_BYTES) return failed(`is ${(stat.size / 1048576).toFixed(0)} MB, too large to read`);
      bytes = fs.readFileSync(file);
    } catch (e) {
      return failed(describeFsError(e));
    }
  }
  if (kind === 'text') return { kind, text: new TextDecoder().decode(bytes), format, problems: [] };
  try {
    const read = kind === 'docx' ? readDocx(bytes) : await readPdf(bytes);
    return { kind, text: read.text, format: 'plaintext', map: read.map, problems: read.problems };
  } catch (e) {
    if (e instanceof DocumentError) return failed(e.message);
    return failed(`could not be read (${(e as Error)?.message ?? String(e)})`);
  }
}
