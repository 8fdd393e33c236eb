import * as path from 'node:path';
import { readDocument } from '../core/text/markdown';
import { readDraftDocument } from '../documents';

/**
 * `brieflint text FILE`: the text Brieflint checks, on standard output. For Markdown and plain
 * text it is the reader's text (markup read, escapes undone); for Word and PDF, what was read
 * from the document, to which the offsets, lines and columns of `check` refer.
 */
export const TEXT_USAGE = `Usage: brieflint text FILE

Prints the text Brieflint checks: for .md and .txt the reader's text (markup read, escapes
undone); for .docx and .pdf what was read from the document, to which the offsets, lines and
columns of "brieflint check" refer. Notes on what was left out go to standard error.
`;

export async function runText(files: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
  if (files.length !== 1) {
    io.stderr('brieflint: text takes exactly one file\n');
    return 2;
  }
  const file = path.resolve(io.cwd, files[0]);
  const read = await readDraftDocument(file);
  if (read.error !== undefined) {
    io.stderr(`brieflint: cannot read ${files[0]}: it ${read.error}\n`);
    return 2;
  }
  for (const p of read.problems) io.stderr(`brieflint: ${files[0]}: note: ${p}\n`);
  io.stdout(read.kind === 'text' ? readDocument(read.text, read.format).text : read.text);
  return 0;
}
