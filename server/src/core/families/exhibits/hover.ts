import type { CheckResult } from '../../analysis';
import { escapeMarkdown } from '../../text/strings';
import type { Citation } from '../../types';
import type { FileNames, HoverContext } from '../family';
import { citedLabels, exhibitCatalog, ExhibitCite, exhibitDetail, ExhibitEntry, ownExhibitCites, rangeContains, rangeKeys } from './catalog';
import { baseName } from './manifest';

/** Most exhibits described in one hover (a range of forty shows the first few). */
const MOST_SHOWN = 6;

/**
 * Hover for an exhibit cite: for each exhibit it names, what the exhibit sources say (description,
 * Bates range, date, a link that opens the file, where it is defined), where the draft first
 * cites it and how often, and the Bates problems found on its cites.
 */
export function describeExhibit(c: Citation, { result, sources, files }: HoverContext): string {
  const detail = exhibitDetail(c);
  if (!detail) return `**Exhibit** \`${c.text}\``;
  if (detail.of) {
    const lines = [`**Ex. ${detail.items.map((i) => (i.through ? `${i.label}–${i.through}` : i.label)).join(', ')}** to ${escapeMarkdown(detail.of)}`];
    lines.push("An exhibit to another document: not checked against this draft's exhibit list.");
    const bates = batesLine(c);
    if (bates) lines.push(bates);
    return lines.join('\n\n');
  }
  const catalog = exhibitCatalog(result, sources);
  const own = ownExhibitCites(result);
  const sections: string[] = [];
  let shown = 0;
  for (const item of citedLabels(c)) {
    const keys = item.through ? rangeKeys(item.label, item.through.label) : [item.key];
    if (item.through) sections.push(`**Exs. ${item.label}–${item.through.label}**${keys ? ` (${keys.length} exhibits)` : ''}`);
    for (const key of keys ?? [item.key, item.through!.key]) {
      if (shown++ >= MOST_SHOWN) {
        sections.push('…');
        break;
      }
      const label = key === item.key ? item.label : key === item.through?.key ? item.through.label : key;
      sections.push(describeOne(label, key, catalog.entries.get(key), catalog.hasSource, own, result, files));
    }
    if (shown > MOST_SHOWN) break;
  }
  const bates = batesLine(c);
  if (bates) sections.push(bates);
  const problems = problemsOf(c, result, own);
  if (problems.length) sections.push(problems.map((p) => `⚠ ${escapeMarkdown(p)}`).join('  \n'));
  return sections.join('\n\n');
}

function describeOne(label: string, key: string, entry: ExhibitEntry | undefined, hasSource: boolean, own: readonly ExhibitCite[], result: CheckResult, files: FileNames): string {
  const lines: string[] = [];
  lines.push(`**Ex. ${label}**${entry?.description ? ` — ${escapeMarkdown(entry.description)}` : ''}`);
  if (entry?.batesBegin) lines.push(`Bates: \`${entry.batesBegin}\`${entry.batesEnd ? ` – \`${entry.batesEnd}\`` : ''}`);
  if (entry?.date) lines.push(`Date: ${escapeMarkdown(entry.date)}`);
  const file = entry ? fileLink(entry, files) : undefined;
  if (file) lines.push(`File: ${file}`);
  if (entry) lines.push(`Defined in ${definedIn(entry, result)}.`);
  else if (hasSource) lines.push('Not defined in any exhibit source.');
  else lines.push('No exhibit list found for this draft.');
  const uses = citesOf(key, own);
  if (uses.length > 0) {
    const first = result.lines.positionAt(uses[0].start).line + 1;
    lines.push(uses.length === 1 ? `Cited once, at line ${first}.` : `Cited ${uses.length} times; first at line ${first}.`);
  }
  return lines.join('  \n');
}

/** Where an exhibit is defined: `exhibits.csv, line 7`, `this draft, line 40`, `the exhibit folder`. */
function definedIn(entry: ExhibitEntry, result: CheckResult): string {
  const o = entry.definitions[0].origin;
  if (o.kind === 'manifest') return `${baseName(o.path ?? 'the exhibit list')}, line ${(o.line ?? 0) + 1}`;
  if (o.kind === 'folder') return `the exhibit folder (${escapeMarkdown(baseName(o.path ?? ''))})`;
  const at = o.span ? result.lines.positionAt(o.span.start).line + 1 : undefined;
  return at ? `this draft, line ${at}` : 'this draft';
}

/** A Markdown link that opens the exhibit's file; a relative path is read from the list's folder. */
function fileLink(entry: ExhibitEntry, files: FileNames): string | undefined {
  if (!entry.file) return undefined;
  const source = entry.definitions.find((d) => d.file !== undefined)?.origin;
  const path = files.resolve(source?.path, entry.file);
  if (path === undefined) return escapeMarkdown(entry.file);
  return `[${escapeMarkdown(baseName(path))}](${files.url(path)})`;
}

/** The draft's own cites that name `key`, alone or in a range. */
function citesOf(key: string, own: readonly ExhibitCite[]): Citation[] {
  return own
    .filter(({ labels }) => labels.some((i) => i.key === key || i.through?.key === key || (i.through !== undefined && rangeContains(i.label, i.through.label, key))))
    .map((r) => r.cite);
}

/** `Bates cited: …; pin cite …` for this cite. */
function batesLine(c: Citation): string | undefined {
  const detail = exhibitDetail(c)!;
  const parts: string[] = [];
  for (const b of detail.bates) {
    const text = b.end ? `\`${b.begin.text}\` – \`${b.end.text}\`` : `\`${b.begin.text}\``;
    parts.push(b.role === 'pin' ? `pin cite ${text}` : text);
  }
  if (c.pinCite && !detail.bates.some((b) => b.role === 'pin')) parts.push(`pin cite ${escapeMarkdown(c.pinCite)}`);
  return parts.length ? `Here: ${parts.join('; ')}` : undefined;
}

/** Bates conflicts and malformed numbers found on any cite of the exhibits this cite names. */
function problemsOf(c: Citation, result: CheckResult, own: readonly ExhibitCite[]): string[] {
  const keys = new Set(citedLabels(c).flatMap((i) => [i.key, ...(i.through ? [i.through.key] : [])]));
  const related = new Set<string>([c.id]);
  for (const o of own) if (o.labels.some((i) => keys.has(i.key))) related.add(o.cite.id);
  const out: string[] = [];
  for (const f of result.findings) {
    if (f.code !== 'exhibit-bates-conflict' && f.code !== 'bates-malformed' && f.code !== 'exhibit-unresolved') continue;
    if (!f.citations?.some((id) => related.has(id))) continue;
    const line = result.lines.positionAt(f.start).line + 1;
    const message = `Line ${line}: ${f.message}`;
    if (!out.includes(message)) out.push(message);
    if (out.length >= 5) break;
  }
  return out;
}

/** Escapes the characters Markdown would read as markup in plain text from a draft or a list. */

/**
 * The Bates range of each exhibit an exhibit cite names, from its sources, when the cite writes
 * no Bates number itself: `ABC000100–ABC000115`. Several exhibits: their ranges, a few at most.
 */
export function exhibitBatesHint(c: Citation, { result, sources }: HoverContext): string | undefined {
  const detail = exhibitDetail(c);
  if (!detail || detail.of !== undefined || detail.bates.length > 0) return undefined;
  const catalog = exhibitCatalog(result, sources);
  const ranges: string[] = [];
  for (const item of citedLabels(c)) {
    const entry = catalog.entries.get(item.key);
    if (entry?.batesBegin) ranges.push(entry.batesEnd && entry.batesEnd !== entry.batesBegin ? `${entry.batesBegin}–${entry.batesEnd}` : entry.batesBegin);
    if (ranges.length === 3) break;
  }
  return ranges.length > 0 ? ranges.join('; ') : undefined;
}
