/** Where a record document is declared (its file, at the cited place; its row of the record index), and links to its file. */
import type { CheckResult } from '../../analysis';
import type { CheckSources, Citation } from '../../types';
import type { DraftLink, FileNames, LinkContext, Place } from '../family';
import { recordCites, resolveRecordCite } from './catalog';
import { recordDetail } from './extract';
import { fileLineOf } from './hover';

/** The group key of a record cite: `record smith dep`, `record er|4`. */
export function recordKeys(c: Citation): string[] {
  const d = recordDetail(c);
  return d ? [`record ${d.key}`] : [];
}

/**
 * Go to Definition from a record cite lands in the record file at the cited page and line, or
 * paragraph (`cited`); without a cite (find-references), at the file's start. The record index's
 * row is a declaration too.
 */
export function recordDeclarations(key: string, result: CheckResult, sources: CheckSources, _files: FileNames, cited?: Citation): Place[] {
  const cite = cited && recordDetail(cited) && recordKeys(cited)[0] === key ? cited : recordCites(result).find((rc) => `record ${rc.detail.key}` === key)?.cite;
  if (!cite) return [];
  const { document } = resolveRecordCite(cite, sources);
  if (!document) return [];
  const places: Place[] = [];
  if (document.path) {
    const line = cited === cite ? fileLineOf(document, cite.locations?.[0]) : undefined;
    places.push(line === undefined ? { path: document.path } : { path: document.path, line });
  }
  if (document.indexLine !== undefined && sources.record?.index) places.push({ path: sources.record.index, line: document.indexLine });
  return places;
}

/** Each resolved record cite opens its file. */
export function recordLinks(c: Citation, ctx: LinkContext): DraftLink[] {
  if (!recordDetail(c)) return [];
  const { document } = resolveRecordCite(c, ctx.sources);
  if (!document?.path) return [];
  const span = c.parts?.document ?? c;
  return [{ span: { start: span.start, end: span.end }, path: document.path, tooltip: `Open ${document.relativePath ?? document.path}` }];
}
