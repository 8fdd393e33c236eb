/** `brieflint record FILE`: the record index of a draft, as Markdown. */
import type { Analysis } from '../../analysis';
import { escapeMarkdown } from '../../text/strings';
import type { CheckSources } from '../../types';
import { recordCites, resolveRecordCite } from './catalog';
import { missingLocation } from './checks';
import type { RecordDocument } from './types';

export interface RecordIndexRow {
  document: string;
  /** The record file it resolved to (relative to the workspace), if any. */
  file?: string;
  cites: number;
  /** 1-based lines of the draft where it is cited. */
  lines: number[];
  /** Cites that did not resolve, or cite a place the document lacks. */
  problems: number;
}

/** Each record document the draft cites, in order of first cite, with where and whether every cite resolved. */
export function recordIndex(analysis: Analysis, sources: CheckSources): RecordIndexRow[] {
  const rows = new Map<string, RecordIndexRow>();
  for (const rc of recordCites(analysis)) {
    const key = rc.detail.key;
    let row = rows.get(key);
    const { document } = resolveRecordCite(rc.cite, sources);
    if (!row) {
      row = { document: rc.cite.document ?? rc.cite.text, cites: 0, lines: [], problems: 0 };
      if (rc.detail.key.includes('|') && rc.cite.volume) row.document = `${row.document}, vol. ${rc.cite.volume}`;
      rows.set(key, row);
    }
    if (document && row.file === undefined) row.file = fileOf(document);
    row.cites++;
    const line = analysis.lines.positionAt(rc.cite.start).line + 1;
    if (row.lines[row.lines.length - 1] !== line) row.lines.push(line);
    if (!document || rc.detail.locations.some((l) => missingLocation(document, l.location, rc))) row.problems++;
  }
  return [...rows.values()];
}

function fileOf(d: RecordDocument): string {
  return d.relativePath ?? d.path ?? `${d.name} (index row, no file)`;
}

export function recordIndexMarkdown(rows: RecordIndexRow[], hasRecord: boolean): string {
  if (!rows.length) return 'No record cites.\n';
  const out = ['| Document | File | Cites | Lines | Resolved |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const resolved = !hasRecord ? 'no record found' : r.problems === 0 ? 'yes' : `no: ${r.problems} of ${r.cites}`;
    out.push(`| ${cell(r.document)} | ${cell(r.file ?? '—')} | ${r.cites} | ${r.lines.join(', ')} | ${resolved} |`);
  }
  return out.join('\n') + '\n';
}

function cell(s: string): string {
  return escapeMarkdown(s).replace(/\|/g, '\\|');
}
