import { escapeMarkdown } from '../../text/strings';
import type { Citation } from '../../types';
import type { FileNames, HoverContext } from '../family';
import { resolveRecordCite } from './catalog';
import { missingLocation } from './checks';
import { recordDetail } from './extract';
import { lineOf, pageOf, paragraphOf } from './readers';
import type { RecordCite, RecordDocument, RecordLocation } from './types';

/** Most transcript lines shown in one hover; a longer passage is cut with a note. */
export const MOST_LINES = 15;
/** Most characters of a paragraph or page shown. */
export const MOST_CHARS = 1200;

/**
 * Hover for a record cite: the document's name and file, then the cited lines (with their page
 * and line numbers) or paragraph, verbatim from the record file; a long passage is cut with a note.
 */
export function describeRecordCite(c: Citation, { sources, files }: HoverContext): string {
  const detail = recordDetail(c);
  if (!detail) return `**Record cite** \`${c.text}\``;
  const name = c.document ?? c.text;
  const head = `**${escapeMarkdown(name)}**${c.volume ? `, vol. ${escapeMarkdown(c.volume)}` : ''} — record cite`;
  if (!sources.record) return `${head}\n\nNo record folder found for this draft (\`record/\` beside it or at the workspace root, or brieflint.record.folder).`;
  const { document, ambiguous } = resolveRecordCite(c, sources);
  if (!document) {
    if (ambiguous) return `${head}\n\nSeveral record documents answer to it: ${ambiguous.map((d) => escapeMarkdown(d.name)).join(', ')}.`;
    return `${head}\n\nNot in the record.`;
  }
  const sections = [`${head}  \n${fileLine(document, files)}`];
  const rc: RecordCite = { cite: c, detail };
  let shown = 0;
  for (const loc of detail.locations) {
    if (shown++ >= 3) {
      sections.push(`… ${detail.locations.length - 3} more location${detail.locations.length - 3 === 1 ? '' : 's'} cited.`);
      break;
    }
    const missing = missingLocation(document, loc.location, rc);
    if (missing) {
      sections.push(`⚠ ${escapeMarkdown(missing)}.`);
      continue;
    }
    const passage = passageOf(document, loc.location);
    if (passage) sections.push(passage);
  }
  if (!document.content) sections.push(document.unread ? `(${escapeMarkdown(document.unread)})` : '(The file could not be read.)');
  return sections.join('\n\n');
}

function fileLine(d: RecordDocument, files: FileNames): string {
  if (!d.path) return d.indexLine !== undefined ? `record.csv, line ${d.indexLine + 1} (no file)` : '';
  const shown = d.relativePath ?? d.path;
  return `File: [${escapeMarkdown(shown)}](${files.url(d.path)})`;
}

/** The cited passage, verbatim, in a fenced block. */
export function passageOf(d: RecordDocument, l: RecordLocation): string | undefined {
  const content = d.content;
  if (!content) return undefined;
  if (l.paragraph !== undefined && content.kind === 'paragraphs') {
    const out: string[] = [];
    for (let n = l.paragraph; n <= Math.max(l.paragraph, l.endParagraph ?? l.paragraph) && n < l.paragraph + 3; n++) {
      const p = paragraphOf(content, n);
      if (p) out.push(`¶ ${n}. ${content.text.slice(p.start, p.end)}`);
    }
    if ((l.endParagraph ?? l.paragraph) >= l.paragraph + 3) out.push(`… through ¶ ${l.endParagraph}`);
    return fence(cut(out.join('\n\n')));
  }
  if (l.page !== undefined && content.kind === 'transcript') {
    const lines: string[] = [];
    let more = 0;
    const endPage = Math.max(l.page, l.endPage ?? l.page);
    for (let p = l.page; p <= endPage && p < l.page + 20; p++) {
      const page = pageOf(content, p);
      if (!page) continue;
      for (const line of page.lines) {
        if (p === l.page && l.line !== undefined && line.number < l.line) continue;
        if (p === endPage && l.endLine !== undefined && line.number > l.endLine) continue;
        if (lines.length >= MOST_LINES) {
          more++;
          continue;
        }
        lines.push(`${String(p).padStart(3)}:${String(line.number).padStart(2, '0')}  ${content.text.slice(line.start, line.end)}`);
      }
    }
    if (more) lines.push(`… ${more} more line${more === 1 ? '' : 's'} cited (open the file to read them)`);
    return fence(lines.join('\n'));
  }
  if (l.page !== undefined && content.pages.length > 1) {
    const sheet = content.pages[l.page - (d.firstPage ?? 1)];
    return sheet ? fence(cut(content.text.slice(sheet.start, sheet.end).trim())) : undefined;
  }
  return undefined;
}

function cut(s: string): string {
  return s.length <= MOST_CHARS ? s : `${s.slice(0, MOST_CHARS).trimEnd()} … (cut; ${s.length - MOST_CHARS} more characters in the file)`;
}

function fence(s: string): string {
  const ticks = /```/.test(s) ? '~~~~' : '```';
  return `${ticks}text\n${s}\n${ticks}`;
}

/** The 0-based line of the file where a location begins (for Go to Definition). */
export function fileLineOf(d: RecordDocument, l: RecordLocation | undefined): number | undefined {
  const content = d.content;
  if (!content || !l) return undefined;
  if (l.paragraph !== undefined) return content.kind === 'paragraphs' ? paragraphOf(content, l.paragraph)?.fileLine : undefined;
  if (l.page === undefined) return undefined;
  if (content.kind === 'transcript') {
    const page = pageOf(content, l.page);
    if (!page) return undefined;
    return (l.line !== undefined ? lineOf(page, l.line)?.fileLine : undefined) ?? page.fileLine;
  }
  return content.pages[l.page - (d.firstPage ?? 1)]?.fileLine;
}
