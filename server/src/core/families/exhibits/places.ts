/** Where an exhibit is declared (its list row, its definition in the draft, its file), and links to its file. */
import type { CheckResult } from '../../analysis';
import type { CheckSources, Citation, Span } from '../../types';
import type { DraftLink, FileNames, LinkContext, Place } from '../family';
import { exhibitCatalog } from './catalog';
import { exhibitOfKey, isOwnExhibitCite } from './keys';
import { exhibitKey } from './labels';
import type { ExhibitDefinition } from './types';

/**
 * Where an exhibit is defined, as the exhibit checks merge its sources: its row in the exhibit
 * list, its row in the draft's own exhibit index or the declaration sentence that attaches it
 * ("Attached hereto as Exhibit 1 is …"), then the exhibit file. An exhibit of another document
 * (`Ex. B to Dkt. No. 12`) is defined there, not in this draft's sources: it has none.
 */
export function exhibitDeclarations(key: string, result: CheckResult, sources: CheckSources, files: FileNames): Place[] {
  const { label, of } = exhibitOfKey(key);
  if (of !== undefined) return [];
  const entry = exhibitCatalog(result, sources).entries.get(label);
  if (!entry) return [];
  const rows: Place[] = [];
  const exhibitFiles: Place[] = [];
  const seenFiles = new Set<string>();
  for (const d of entry.definitions) {
    const origin = d.origin;
    if (origin.kind === 'manifest' && origin.path !== undefined) rows.push({ path: origin.path, line: origin.line ?? 0 });
    else if (origin.kind === 'draft' && origin.span) rows.push({ span: origin.span });
    const file = exhibitFile(d, files);
    if (file !== undefined && !seenFiles.has(file)) {
      seenFiles.add(file);
      exhibitFiles.push({ path: file });
    }
  }
  return [...rows, ...exhibitFiles];
}

/** The exhibit file of a definition, as an absolute path: a file found in the exhibit folder, or the list's `file` column (relative to the list). */
export function exhibitFile(d: ExhibitDefinition, files: FileNames): string | undefined {
  if (d.origin.kind === 'folder' && d.origin.path) return d.origin.path;
  if (!d.file) return undefined;
  return files.resolve(d.origin.path, d.file);
}

/** The exhibit file of each of the draft's exhibits, by label key, as the exhibit sources merge them. */
function exhibitFilesByLabel(result: CheckResult, sources: CheckSources, files: FileNames): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, entry] of exhibitCatalog(result, sources).entries) {
    for (const d of entry.definitions) {
      const file = exhibitFile(d, files);
      if (file) {
        out.set(key, file);
        break;
      }
    }
  }
  return out;
}

const filesOf = new WeakMap<CheckResult, Map<string, string>>();

/** Each exhibit label of a cite opens its exhibit file, where the exhibit list or folder names one. */
export function exhibitLinks(c: Citation, ctx: LinkContext): DraftLink[] {
  // (An exhibit of another document, `Ex. B to Dkt. No. 12`, is not this draft's exhibit file.)
  if (!isOwnExhibitCite(c)) return [];
  let byLabel = filesOf.get(ctx.result);
  if (!byLabel) filesOf.set(ctx.result, (byLabel = exhibitFilesByLabel(ctx.result, ctx.sources, ctx.files)));
  const labels = c.exhibits ?? [];
  const links: DraftLink[] = [];
  labels.forEach((label, n) => {
    const path = byLabel!.get(exhibitKey(label));
    if (!path) return;
    const span = labelSpan(c, n) ?? (labels.length === 1 ? c : undefined);
    if (span) links.push({ span, path, tooltip: `Open the file of Ex. ${label}` });
  });
  return links;
}

/** The span of the `n`th label of an exhibit cite, if the extractor named it. */
export function labelSpan(c: Citation, n: number): Span | undefined {
  if (!c.parts) return undefined;
  for (const name of [`exhibit${n}`, `label${n}`, ...(n === 0 ? ['exhibit', 'label'] : [])]) if (c.parts[name]) return c.parts[name];
  return undefined;
}
