import * as nodePath from 'node:path';
import { extensionOf, indexKey, parseRecordIndex, readerFor, RECORD_INDEX_NAME, RECORD_PROBLEM, squeeze, UNREAD_EXTENSIONS } from '../core/families/record';
import type { RecordDocument, RecordSources } from '../core/families/record';
import type { BrieflintSettings } from '../core/settings';
import type { SourceProblem } from '../core/types';
import type { FileHost } from './fileHost';

/** Largest record file read (a 1,000-page transcript is about 2 MB). */
const MOST_BYTES = 16 * 1024 * 1024;

/**
 * Finds and reads a draft's record (DESIGN.md, "The record"):
 *
 * - the record folder: `brieflint.record.folder` (`--record`) when set — a folder, or a
 *   `record.csv` whose folder is the record folder — else `record/` beside the draft, else
 *   `record/` at the workspace root;
 * - its index `record.csv`, when there is one: each row names a document and its file, relative
 *   to the folder;
 * - every other file of the folder a reader knows (`.txt`, `.md`; `.pdf` and `.docx` are listed
 *   but not read yet), matched to cites by its name.
 *
 * Nothing outside the workspace is ever read: a row whose file leaves it (`../`, an absolute
 * path, a symbolic link leading out) is refused with a problem at its line, and so is a record
 * folder set outside it. A record file that cannot be read is listed with why.
 */
export function loadRecordSources(
  draftPath: string | undefined,
  workspaceRoot: string | undefined,
  settings: BrieflintSettings,
  host: FileHost,
): { record?: RecordSources; watched: string[] } {
  const base = workspaceRoot ?? (draftPath ? nodePath.dirname(draftPath) : undefined);
  if (!base) return { watched: [] };
  const workspace = nodePath.resolve(base);
  const realWorkspace = host.realPath?.(workspace) ?? workspace;
  const problems: SourceProblem[] = [];
  const watched: string[] = [];
  let folder: string | undefined;
  let indexPath: string | undefined;
  const set = settings.record.folder;
  if (set !== '') {
    const target = nodePath.resolve(workspace, set);
    watched.push(target);
    if (target.toLowerCase().endsWith('.csv')) {
      indexPath = target;
      folder = nodePath.dirname(target);
    } else if (host.listDir(target) !== undefined) {
      folder = target;
    } else if (host.exists(target)) {
      // One record file named on its own.
      folder = nodePath.dirname(target);
      if (!inside(realWorkspace, host.realPath?.(target) ?? target)) {
        return { record: { documents: [], problems: [outsideProblem(target, 'the record file set in brieflint.record.folder')] }, watched };
      }
      const doc = fileDocument(target, workspace, host);
      return { record: { folder, documents: [doc], problems: readerProblems(doc, problems) }, watched };
    } else {
      return { record: { documents: [], problems: [{ path: target, line: 0, column: 0, code: RECORD_PROBLEM, message: `The record folder set in brieflint.record.folder, ${target}, does not exist.` }] }, watched };
    }
  } else {
    const candidates: string[] = [];
    if (draftPath) candidates.push(nodePath.join(nodePath.dirname(draftPath), 'record'));
    const atRoot = nodePath.join(workspace, 'record');
    if (!candidates.includes(atRoot)) candidates.push(atRoot);
    watched.push(...candidates);
    folder = candidates.find((c) => host.listDir(c) !== undefined);
    if (!folder) return { watched };
  }
  const realFolder = host.realPath?.(folder) ?? folder;
  if (!inside(realWorkspace, realFolder)) {
    return { record: { documents: [], problems: [outsideProblem(folder, 'the record folder')] }, watched };
  }
  indexPath ??= nodePath.join(folder, RECORD_INDEX_NAME);
  if (!watched.includes(indexPath)) watched.push(indexPath);
  const documents: RecordDocument[] = [];
  const indexed = new Set<string>();
  let index: string | undefined;
  if (host.exists(indexPath)) {
    index = indexPath;
    const read = host.readText(indexPath);
    if ('error' in read) {
      problems.push({ path: indexPath, line: 0, column: 0, code: RECORD_PROBLEM, message: `The record index ${indexPath} cannot be read: it ${read.error}.` });
    } else {
      const parsed = parseRecordIndex(read.text, indexPath);
      problems.push(...parsed.problems);
      for (const row of parsed.rows) {
        const doc: RecordDocument = { name: row.document, key: indexKey(row.document, row.volume), indexLine: row.line };
        if (row.volume !== undefined) doc.volume = row.volume;
        if (row.firstPage !== undefined) doc.firstPage = row.firstPage;
        if (row.lastPage !== undefined) doc.lastPage = row.lastPage;
        if (row.docketEntry !== undefined) doc.docketEntry = row.docketEntry;
        if (row.pageIdFirst !== undefined) doc.pageIdFirst = row.pageIdFirst;
        if (row.pageIdLast !== undefined) doc.pageIdLast = row.pageIdLast;
        if (row.file !== undefined) {
          const refusal = refuse(row.file, folder, workspace, realWorkspace, host);
          if (refusal) {
            indexed.add(nodePath.resolve(folder, row.file)); // refused once, at its row
            problems.push({ path: indexPath, line: row.line, column: row.fileColumn, code: RECORD_PROBLEM, message: `record.csv: the file of ${row.document}, "${row.file}", ${refusal}; it is not read.` });
          } else {
            const file = nodePath.resolve(folder, row.file);
            indexed.add(file);
            if (!host.exists(file)) {
              problems.push({ path: indexPath, line: row.line, column: row.fileColumn, code: RECORD_PROBLEM, message: `record.csv: the file of ${row.document}, "${row.file}", does not exist.` });
            } else {
              Object.assign(doc, readDocument(file, workspace, host));
            }
          }
        }
        documents.push(doc);
      }
    }
  }
  for (const name of (host.listDir(folder) ?? []).slice().sort()) {
    if (name.startsWith('.') || name.toLowerCase() === RECORD_INDEX_NAME) continue;
    const file = nodePath.join(folder, name);
    const ext = extensionOf(name);
    if (indexed.has(file) || (!readerFor(name) && !UNREAD_EXTENSIONS.includes(ext))) continue;
    // A symbolic link in the folder that leads out of the workspace is not followed.
    if (!inside(realWorkspace, host.realPath?.(file) ?? file)) {
      problems.push(outsideProblem(file, `the record file ${name}`));
      continue;
    }
    documents.push(fileDocument(file, workspace, host));
  }
  const record: RecordSources = { folder, documents, problems: readerProblems(undefined, problems, documents) };
  if (index) record.index = index;
  return { record, watched };
}

/** Why the index's `file` may not be read, or undefined when it may. */
function refuse(file: string, folder: string, workspace: string, realWorkspace: string, host: FileHost): string | undefined {
  if (nodePath.isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith('\\\\')) return 'is an absolute path (a file of the record is named relative to the record folder)';
  const resolved = nodePath.resolve(folder, file);
  if (!inside(workspace, resolved)) return 'lies outside the workspace';
  const real = host.realPath?.(resolved);
  if (real !== undefined && !inside(realWorkspace, real)) return 'is a link that leads outside the workspace';
  return undefined;
}

function inside(root: string, path: string): boolean {
  const rel = nodePath.relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

function outsideProblem(path: string, what: string): SourceProblem {
  return { path, line: 0, column: 0, code: RECORD_PROBLEM, message: `${what[0].toUpperCase()}${what.slice(1)} lies outside the workspace (or leads out of it through a link); it is not read.` };
}

/** A file of the record folder, matched to cites by its name. */
function fileDocument(file: string, workspace: string, host: FileHost): RecordDocument {
  const name = nodePath.basename(file);
  const stem = name.slice(0, name.length - extensionOf(name).length);
  return { name, key: squeeze(stem), byFileName: true, ...readDocument(file, workspace, host) };
}

type Read = Pick<RecordDocument, 'path' | 'relativePath' | 'content' | 'unread'> & { readProblems?: SourceProblem[] };

/** Reads a record file with the reader its extension names. */
function readDocument(file: string, workspace: string, host: FileHost): Read {
  const out: Read = { path: file, relativePath: nodePath.relative(workspace, file).split(nodePath.sep).join('/') };
  const reader = readerFor(file);
  if (!reader || reader.input !== 'text') {
    out.unread = `${extensionOf(file).slice(1).toUpperCase() || 'this'} files are not read yet; the cite is checked against the record index only`;
    return out;
  }
  const read = host.readText(file);
  if ('error' in read) {
    out.unread = `the file ${read.error}`;
    return out;
  }
  if (read.text.length > MOST_BYTES) {
    out.unread = 'the file is too large to read';
    return out;
  }
  const reading = reader.read(read.text);
  if (reading.content) out.content = reading.content;
  if (reading.problems.length) out.readProblems = reading.problems.map((p) => ({ path: file, line: p.line, column: p.column, code: RECORD_PROBLEM, message: `${nodePath.basename(file)}: ${p.message}.` }));
  return out;
}

/** Moves the readers' problems of the documents into the list of problems. */
function readerProblems(doc: RecordDocument | undefined, problems: SourceProblem[], documents: RecordDocument[] = doc ? [doc] : []): SourceProblem[] {
  for (const d of documents) {
    const own = (d as Read).readProblems;
    if (own) {
      problems.push(...own);
      delete (d as Read).readProblems;
    }
  }
  return problems;
}
