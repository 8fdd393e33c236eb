import * as nodePath from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  baseName,
  folderDefinitions,
  labelFromCell,
  LIST_PROBLEM,
  MANIFEST_NAMES,
  manifestField,
  ManifestReading,
  ManifestRecord,
  readCsvManifest,
  readManifestRecords,
} from '../core/families/exhibits';
import type { ExhibitDefinition, ExhibitSources, ManifestAppend } from '../core/families/exhibits';
import type { SourceProblem } from '../core/types';
import type { BrieflintSettings } from '../core/settings';
import type { FileHost } from './fileHost';

/**
 * Finds and reads a draft's exhibit sources, in the order DESIGN.md gives:
 *
 * 1. the exhibit list: the path in `brieflint.exhibits.manifest` (`--exhibits` on the command
 *    line) when set — and then only that — else `exhibits.csv`, `.json`, `.yaml` or `.yml`
 *    beside the draft, else the same at the workspace root;
 * 2. (definitions inside the draft are found by core, from the draft itself);
 * 3. the exhibit folder in `brieflint.exhibits.folder`.
 *
 * Every path looked at is returned in `watched`, so creating, editing or deleting a list
 * re-checks the drafts that depend on it. A list that cannot be read or parsed gives problems at
 * its line and is left out; nothing here throws.
 */
export function loadExhibitSources(
  draftPath: string | undefined,
  workspaceRoot: string | undefined,
  settings: BrieflintSettings,
  host: FileHost,
): { exhibits?: ExhibitSources; watched: string[] } {
  const base = workspaceRoot ?? (draftPath ? nodePath.dirname(draftPath) : undefined);
  const watched: string[] = [];
  const definitions: ExhibitDefinition[] = [];
  const names: string[] = [];
  const problems: SourceProblem[] = [];
  const unusable: string[] = [];
  let manifest: ExhibitSources['manifest'];

  const candidates = manifestCandidates(draftPath, workspaceRoot, settings);
  watched.push(...candidates);
  const explicit = settings.exhibits.manifest !== '';
  const found = candidates.find((p) => host.exists(p));
  if (found) {
    const reading = readManifestFile(found, host);
    problems.push(...reading.problems);
    if (reading.unusable) unusable.push(reading.unusable);
    else {
      definitions.push(...reading.definitions);
      names.push(baseName(found));
      manifest = reading.info;
    }
  } else if (explicit && candidates[0]) {
    unusable.push(`the exhibit list set in brieflint.exhibits.manifest, ${candidates[0]}, does not exist`);
  }

  if (settings.exhibits.folder !== '' && base) {
    const folder = nodePath.resolve(base, settings.exhibits.folder);
    watched.push(folder);
    const entries = host.listDir(folder);
    if (entries === undefined) {
      unusable.push(`the exhibit folder set in brieflint.exhibits.folder, ${folder}, does not exist`);
    } else {
      definitions.push(...folderDefinitions(entries, folder, nodePath.join));
      names.push(`the exhibit folder ${baseName(folder)}`);
    }
  }

  if (names.length === 0 && problems.length === 0 && unusable.length === 0) return { watched };
  const exhibits: ExhibitSources = { definitions, sources: names, problems };
  if (manifest) exhibits.manifest = manifest;
  if (unusable.length) exhibits.unusable = unusable;
  return { exhibits, watched };
}

/** Where the exhibit list may be, in the order it is looked for. */
export function manifestCandidates(draftPath: string | undefined, workspaceRoot: string | undefined, settings: BrieflintSettings): string[] {
  const set = settings.exhibits.manifest;
  if (set !== '') {
    const base = workspaceRoot ?? (draftPath ? nodePath.dirname(draftPath) : undefined);
    if (nodePath.isAbsolute(set)) return [set];
    return base ? [nodePath.resolve(base, set)] : [];
  }
  const folders: string[] = [];
  if (draftPath) folders.push(nodePath.dirname(draftPath));
  if (workspaceRoot && !folders.includes(nodePath.resolve(workspaceRoot))) folders.push(nodePath.resolve(workspaceRoot));
  return folders.flatMap((f) => MANIFEST_NAMES.map((n) => nodePath.join(f, n)));
}

/** Reads one exhibit list by its extension (`.json`, `.yaml`/`.yml`, anything else as CSV). */
export function readManifestFile(path: string, host: FileHost): ManifestReading {
  const read = host.readText(path);
  const name = baseName(path);
  if ('error' in read) {
    const why = `${name} cannot be read: it ${read.error}`;
    return { definitions: [], problems: [{ path, line: 0, column: 0, code: LIST_PROBLEM, message: `The exhibit list ${why}.` }], info: { path, format: 'csv' }, unusable: why };
  }
  const ext = nodePath.extname(path).toLowerCase();
  if (ext === '.json') return readJsonManifest(read.text, path);
  if (ext === '.yaml' || ext === '.yml') return readYamlManifest(read.text, path);
  return readCsvManifest(read.text, path);
}

/** Reads an `exhibits.json`: an array of rows, or `{ "exhibits": [...] }`. */
export function readJsonManifest(text: string, path: string): ManifestReading {
  const name = baseName(path);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const { line, column } = positionIn(body, at ? Number(at[1]) : 0);
    const why = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return {
      definitions: [],
      problems: [{ path, line, column, code: LIST_PROBLEM, message: `${name} is not valid JSON (${why}); no exhibit in it is used.` }],
      info: { path, format: 'json' },
      unusable: `${name} is not valid JSON`,
    };
  }
  return readStructured(text, path, 'json');
}

/** Reads an `exhibits.yaml`: a list of rows, or `exhibits:` with a list. */
export function readYamlManifest(text: string, path: string): ManifestReading {
  return readStructured(text, path, 'yaml');
}

/** JSON and YAML both go through the YAML parser, which keeps every row's place in the file. */
function readStructured(text: string, path: string, format: 'json' | 'yaml'): ManifestReading {
  const name = baseName(path);
  const lineCounter = new LineCounter();
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problems: SourceProblem[] = [];
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({ path, line: pos.line - 1, column: pos.col - 1, code: LIST_PROBLEM, message: `${name} does not parse here: ${firstLine(error.message)}.` });
  }
  const rows = rowsNode(doc.contents as YamlNode | null);
  if (!rows) {
    if (problems.length === 0) {
      problems.push({ path, line: 0, column: 0, code: LIST_PROBLEM, message: `${name} should hold a list of exhibits, or "exhibits:" with a list; no exhibit in it is used.` });
    }
    return { definitions: [], problems, info: { path, format }, unusable: `${name} holds no list of exhibits` };
  }
  const records: ManifestRecord[] = [];
  for (const item of rows.items as YamlNode[]) {
    const start = item?.range?.[0] ?? rows.range?.[0] ?? offset;
    const pos = lineCounter.linePos(start);
    let value: unknown;
    try {
      value = item && typeof item === 'object' && 'toJS' in item ? item.toJS(doc) : item;
    } catch {
      value = undefined; // an alias that does not resolve, say: reported as a row that is not an object
    }
    const record: ManifestRecord = { value, line: pos.line - 1, column: pos.col - 1 };
    const label = labelNodeSpan(text, item, format);
    if (label) {
      record.labelSpan = label.span;
      if (label.quote) record.labelQuote = label.quote;
    }
    records.push(record);
  }
  const reading = readManifestRecords(records, path, format, appendPoint(text, rows, format));
  reading.problems.unshift(...problems);
  return reading;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/\.$/, '');
}

/** The list of rows: the document itself, or the list under its `exhibits` key. */
function rowsNode(contents: YamlNode | null): YAMLSeq | undefined {
  if (!contents) return undefined;
  if (isSeq(contents)) return contents;
  if (isMap(contents)) {
    for (const pair of (contents as YAMLMap).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (key.toLowerCase() === 'exhibits' && isSeq(pair.value)) return pair.value;
    }
  }
  return undefined;
}

/** Offsets of the label's characters in a row (inside any quotes, after any `Ex.`), for renaming. */
function labelNodeSpan(text: string, item: unknown, format: 'json' | 'yaml'): { span: { start: number; end: number }; quote?: string } | undefined {
  if (!isMap(item)) return undefined;
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || manifestField(key) !== 'exhibit' || !isScalar(pair.value) || !pair.value.range) continue;
    const [start, end] = pair.value.range;
    const raw = text.slice(start, end);
    const quoted = raw.startsWith('"') || raw.startsWith("'");
    const inner = quoted ? { start: start + 1, end: end - 1 } : { start, end };
    const value = String(pair.value.value);
    if (text.slice(inner.start, inner.end) !== value) return undefined; // escapes in the string: do not guess
    const label = labelFromCell(value);
    if (!label) return undefined;
    const span = { start: inner.start + label.offset, end: inner.end };
    return !quoted && format === 'json' ? { span, quote: '"' } : { span };
  }
  return undefined;
}

/**
 * Where a new row goes: after the last row of a JSON array (with `,` and the rows' indentation),
 * or after the last line of a YAML block list. A YAML flow list (`[…]`) gets no new rows.
 */
function appendPoint(text: string, rows: YAMLSeq, format: 'json' | 'yaml'): ManifestAppend | undefined {
  const range = rows.range;
  if (!range) return undefined;
  const items = rows.items as YamlNode[];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (format === 'json' || rows.flow) {
    if (format === 'yaml') return undefined;
    const close = range[1] - 1;
    if (text[close] !== ']') return undefined;
    const open = range[0];
    const outer = indentAt(text, open);
    if (items.length === 0) return { offset: close, before: `${eol}${outer}  `, after: `${eol}${outer}`, indent: '' };
    const last = items[items.length - 1]?.range;
    const first = items[0]?.range;
    if (!last || !first) return undefined;
    const sameLine = !text.slice(open, first[0]).includes('\n');
    return { offset: last[1], before: sameLine ? ', ' : `,${eol}${indentAt(text, first[0])}`, after: '', indent: '' };
  }
  const first = items[0]?.range;
  if (!first) return undefined;
  // The dash of the first row sets the indentation of new rows.
  const lineStart = text.lastIndexOf('\n', first[0] - 1) + 1;
  const dash = /^[ \t]*/.exec(text.slice(lineStart))![0];
  let offset = range[1];
  const nl = text.indexOf('\n', offset);
  offset = nl < 0 ? text.length : nl + 1;
  const before = offset > 0 && text[offset - 1] !== '\n' ? eol : '';
  return { offset, before, after: eol, indent: dash };
}

/** The white space that starts the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart };
}
