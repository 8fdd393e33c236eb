import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, check, CheckResult } from './core/check';
import { exhibitIndex, exhibitIndexMarkdown } from './core/families/exhibits';
import { recordIndex, recordIndexMarkdown } from './core/families/record';
import { tableOfAuthoritiesText } from './core/toa';
import { CONFIG_FILE } from './core/config';
import type { SourceProblem } from './core/types';
import { FileReport, toJson, toSarif, toText } from './core/report';
import { BrieflintSettings, DEFAULT_SETTINGS, STYLE_NAMES, StyleSetting } from './core/settings';
import { styleInForce } from './core/styles/index';
import type { DocumentFormat } from './core/text/markdown';
import { decodeText, describeFsError, nodeFileHost } from './nodeHost';
import { findConfigFile, loadConfigFile } from './service/config';
import { UNREAD_EXTENSIONS, walkDrafts } from './service/drafts';
import { loadSources, missingSources, sourceProblems } from './service/sources';
import { verifyForCli } from './verify';
import { FIX_USAGE, runFix } from './commands/fix';
import { runText, TEXT_USAGE } from './commands/text';
import { DOCUMENT_EXTENSIONS, DocumentRead, readDraftDocument } from './documents';
import type { OriginMap } from './core/text/origins';

/**
 * The command-line checker:
 *
 *   brieflint check FILE|FOLDER|-... [--exhibits FILE] [--record FOLDER|FILE] [--format text|json|sarif]
 *                   [--config FILE] [--stdin-path NAME] [--style STYLE] [--verify]
 *   brieflint text FILE
 *   brieflint fix FILE [--out FILE | --in-place]
 *   brieflint toa FILE
 *   brieflint exhibits FILE
 *   brieflint record FILE
 *   brieflint lsp --stdio
 *   brieflint COMMAND --help
 *
 * `check` exits 0 when nothing at error severity was found, 1 when something was, 2 on bad usage,
 * an unreadable or unchecked draft (missing, binary, not UTF-8, over the size limit, a Word or PDF
 * file), a missing exhibit or docket list named in the settings, or nothing checked at all.
 */

/** Drafts in formats the checker does not read (`UNREAD_EXTENSIONS` but .docx and .pdf): named, they are an error; found in a folder, a note. */
const UNREAD_REASON = 'not checked: Word 97–2003 (.doc) drafts are not read; save it as .docx (Brieflint reads .md, .markdown, .txt, .docx and .pdf)';

/** Whether the file is a Word (.docx) or PDF draft, read by `documents/`. */
const isDocument = (file: string) => DOCUMENT_EXTENSIONS.includes(path.extname(file).toLowerCase());

/** A Word or PDF draft read, as the check loop takes it; what was left out goes to standard error. */
function documentDraft(read: DocumentRead, shown: string, io: Io): { text: string; format: DocumentFormat; map?: OriginMap } | { error: string } {
  if (read.error !== undefined) return { error: read.error };
  for (const p of read.problems) io.stderr(`brieflint: ${shown}: note: ${p}\n`);
  return { text: read.text, format: read.format, map: read.map };
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** The environment (`COURTLISTENER_TOKEN`, `COURTLISTENER_BASE_URL` for --verify). */
  env?: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress lines for --verify). */
  isTTY?: boolean;
  /** All of standard input, for `check -`. */
  stdin?: () => Promise<Buffer>;
}

function readAllStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stderr.isTTY === true,
  stdin: readAllStdin,
};

const CHECK_USAGE = `Usage: brieflint check FILE|FOLDER|-... [options]

Checks each draft (.md, .markdown, .txt, .docx, .pdf; folders are searched recursively) and
prints what it found. For .docx and .pdf, offsets, lines and columns refer to the text
"brieflint text FILE" prints, and --format json adds pdfPage, or paragraph and footnote. "-" reads one draft from standard input.

Options:
  --format text|json|sarif  text (the default): compiler-style lines and a summary; json: the
                            contract in DESIGN.md; sarif: SARIF 2.1.0 for code-scanning tools
  --exhibits FILE           the exhibit list (.csv, .json or .yaml), over the one in the settings
  --config FILE             the settings file (otherwise the nearest .brieflint.json above each draft)
  --stdin-path NAME         for "-": the path the draft is reported under and checked as, relative
                            to the working folder. Its extension decides the format (.md and
                            .markdown: Markdown; anything else: plain text), and its folder is
                            where .brieflint.json, exhibits.csv and docket.csv are looked for.
                            Default: <stdin>, plain text, in the working folder.
  --verify                  also check each case citation against CourtListener (see below)
  -h, --help                this help

Exit codes: 0 when nothing at error severity was found, 1 when something was, 2 on bad usage,
a draft that could not be checked (missing, binary, not UTF-8, over the size limit
maxFileSizeMB, a Word or PDF file), an exhibit or docket list named in .brieflint.json that does
not exist, or no draft checked at all.

--verify sends only the volume, reporter and page of each case citation (never the draft), with
the token in COURTLISTENER_TOKEN (and to COURTLISTENER_BASE_URL when set); it exits 2 when
verification cannot be done, after reporting the offline checks.
`;

const TOA_USAGE = `Usage: brieflint toa FILE [--config FILE]

Prints the table of authorities of one draft, as Markdown.
`;

const EXHIBITS_USAGE = `Usage: brieflint exhibits FILE [--exhibits FILE] [--config FILE]

Prints the exhibit index of one draft, as a Markdown table: each exhibit's label, description,
Bates numbers, date and where it is first cited, from the draft and its exhibit list.
`;

const LSP_USAGE = `Usage: brieflint lsp --stdio

Starts the language server, speaking LSP over standard input and output (also --node-ipc or
--socket=PORT). Run it as "node --expose-gc bin/brieflint lsp --stdio" for the memory behaviour
the VS Code extension gets.
`;

const USAGE = `Usage:
  brieflint check FILE|FOLDER|-... [--format text|json|sarif] [--exhibits FILE] [--record FOLDER|FILE] [--config FILE]
                  [--stdin-path NAME] [--style auto|bluebook-22|bluebook-21|indigo|california] [--verify]
  brieflint text FILE         the text Brieflint checks (for .docx and .pdf: what it read)
  brieflint fix FILE [--out FILE | --in-place]
                              apply every safe fix; a .docx gets Word tracked changes
  brieflint toa FILE          table of authorities, as Markdown
  brieflint exhibits FILE     exhibit index, as a Markdown table
  brieflint record FILE       record index: each record document cited, where, and whether it resolved
  brieflint lsp --stdio       start the language server
  brieflint COMMAND --help    the options of one command
  brieflint --version

check exits 0 when nothing at error severity was found, 1 when something was, 2 on bad usage
or a draft it could not check. Folders are searched for .md, .markdown, .txt, .docx and .pdf files; "-" reads
a draft from standard input.
`;

const COMMAND_USAGE: Record<string, string> = { check: CHECK_USAGE, toa: TOA_USAGE, exhibits: EXHIBITS_USAGE, lsp: LSP_USAGE, text: TEXT_USAGE, fix: FIX_USAGE };

class UsageError extends Error {}

interface Options {
  files: string[];
  format: 'text' | 'json' | 'sarif';
  exhibits?: string;
  record?: string;
  config?: string;
  stdinPath?: string;
  verify: boolean;
  help: boolean;
  style?: StyleSetting;
}

function parseOptions(args: string[]): Options {
  const options: Options = { files: [], format: 'text', verify: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const name = a.startsWith('--') ? a.split('=')[0] : a;
    switch (name) {
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${f}"`);
        options.format = f;
        break;
      }
      case '--exhibits':
        options.exhibits = value();
        break;
      case '--record':
        options.record = value();
        break;
      case '--config':
        options.config = value();
        break;
      case '--stdin-path':
        options.stdinPath = value();
        break;
      case '--verify':
        options.verify = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--style': {
        const v = value();
        if (!(STYLE_NAMES as readonly string[]).includes(v)) throw new UsageError(`--style must be one of ${STYLE_NAMES.join(', ')}, not "${v}"`);
        options.style = v as StyleSetting;
        break;
      }
      case '--':
        options.files.push(...args.slice(i + 1));
        i = args.length;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        options.files.push(a);
    }
  }
  return options;
}

export async function main(args: string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    const options = rest.indexOf('--') < 0 ? rest : rest.slice(0, rest.indexOf('--'));
    if (command !== undefined && command in COMMAND_USAGE && (options.includes('--help') || options.includes('-h'))) {
      io.stdout(COMMAND_USAGE[command]);
      return 0;
    }
    switch (command) {
      case 'check':
        return await runCheck(parseOptions(rest), io);
      case 'toa':
      case 'exhibits':
      case 'record':
        return await runReport(command, parseOptions(rest), io);
      case 'text':
        return await runText(parseOptions(rest).files, io);
      case 'fix':
        return await runFix(rest, io, (file, draft) => checkAs(file, draft, parseOptions([]), io.cwd));
      case 'lsp':
        // The server reads --stdio (or --node-ipc, --socket) from the process arguments itself.
        (require('./server') as typeof import('./server')).startServer();
        return new Promise<number>(() => undefined);
      case '--version':
      case '-v':
        io.stdout(`${version()}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(rest[0] !== undefined && rest[0] in COMMAND_USAGE ? COMMAND_USAGE[rest[0]] : USAGE);
        return 0;
      case undefined:
        io.stderr(USAGE);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`brieflint: ${e.message}\n\n${command !== undefined && command in COMMAND_USAGE ? COMMAND_USAGE[command] : USAGE}`);
      return 2;
    }
    throw e;
  }
}

export function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return '0.0.0';
  }
}

/** Why a file could not be read, as `brief.md: no such file` says it (the host's reasons start "is …" or name the error). */
export function fileProblem(reason: string): string {
  return reason.replace(/^is /, '');
}

type ConfigLoad = { settings: BrieflintSettings; problems: SourceProblem[]; path?: string };

/** A draft to check: a file, or standard input checked as the file --stdin-path names. */
interface Draft {
  /** The absolute path the draft is checked as. */
  file: string;
  /** The path as shown in the output. */
  shown: string;
  read: { text: string; format?: DocumentFormat; map?: OriginMap } | { error: string };
}

async function runCheck(options: Options, io: Io): Promise<number> {
  if (options.files.length === 0) throw new UsageError('check needs at least one file or folder (or - for standard input)');
  if (options.files.filter((f) => f === '-').length > 1) throw new UsageError('- (standard input) can be named only once');
  if (options.stdinPath !== undefined && !options.files.includes('-')) throw new UsageError('--stdin-path applies only with - (standard input)');
  const reports: FileReport[] = [];
  let failed = false;
  const configCache = new Map<string, ConfigLoad>();
  const reportedConfigs = new Set<string>();
  const settingsOf = new Map<CheckResult, BrieflintSettings>();
  const roots: string[] = [];
  const fail = (message: string) => {
    io.stderr(`brieflint: ${message}\n`);
    failed = true;
  };

  const configFor = (file: string) => configOf(file, options, io.cwd, configCache);

  const { found, skipped } = collectFiles(options.files, io.cwd);
  const drafts: Array<Draft | { shown: string; error: string }> = [];
  for (const { file, error } of found) {
    if (file === '-') {
      const bytes = io.stdin ? await io.stdin() : Buffer.alloc(0);
      drafts.push({ file: path.resolve(io.cwd, options.stdinPath ?? 'stdin.txt'), shown: options.stdinPath ?? '<stdin>', read: decodeText(bytes) });
      continue;
    }
    const shown = path.relative(io.cwd, file) || file;
    if (error) drafts.push({ shown, error });
    else if (isDocument(file)) drafts.push({ file, shown, read: documentDraft(await readDraftDocument(file), shown, io) });
    else if (UNREAD_EXTENSIONS.includes(path.extname(file).toLowerCase())) drafts.push({ shown, error: UNREAD_REASON });
    else drafts.push({ file, shown, read: nodeFileHost.readText(file) });
  }

  for (const draft of drafts) {
    if ('error' in draft) {
      reports.push({ path: draft.shown, error: draft.error });
      failed = true;
      continue;
    }
    const { file, shown, read } = draft;
    const config = configFor(file);
    if (config.path && !reportedConfigs.has(config.path)) {
      reportedConfigs.add(config.path);
      for (const p of config.problems) io.stderr(`${path.relative(io.cwd, p.path) || p.path}:${p.line + 1}:${p.column + 1}: warning: ${p.message}\n`);
      if (options.config && config.problems.some((p) => p.code === 'config-unreadable')) failed = true;
      for (const missing of missingLists(config, options, io.cwd)) fail(missing);
    }
    if ('error' in read) {
      reports.push({ path: shown, error: fileProblem(read.error) });
      failed = true;
      continue;
    }
    const settings = withOptions(config.settings, options, io);
    const root = config.path ? path.dirname(config.path) : path.dirname(file);
    const loaded = loadSources(file, root, settings, nodeFileHost);
    const result: CheckResult = check({ text: read.text, format: read.format ?? formatOf(file), path: file }, settings, loaded.sources);
    if (result.declined) {
      const where = config.path ? path.relative(io.cwd, config.path) || config.path : CONFIG_FILE;
      reports.push({
        path: shown,
        error: `not checked: it is ${(read.text.length / 1048576).toFixed(1)} MB, over the limit of ${settings.maxFileSizeMB} MB; raise "maxFileSizeMB" in ${where} to check it`,
      });
      failed = true;
      continue;
    }
    settingsOf.set(result, settings);
    roots.push(root);
    const problems = sourceProblems(loaded.sources).map((p) => ({ ...p, path: path.relative(io.cwd, p.path) || p.path }));
    reports.push({ path: shown, result, sources: loaded.sources, sourceProblems: problems, style: styleInForce(settings, result.citations).label, origins: read.map });
  }
  if (options.exhibits && !fs.existsSync(path.resolve(io.cwd, options.exhibits))) fail(`${options.exhibits}: no such file (the exhibit list given with --exhibits)`);
  for (const file of skipped) io.stderr(`brieflint: ${path.relative(io.cwd, file) || file}: ${UNREAD_REASON}\n`);
  // Nothing checked is a failure even when nothing went wrong: CI must not pass a folder it never read.
  if (reports.length === 0) {
    const looked = options.files.join(', ');
    fail(skipped.length
      ? `nothing checked: ${skipped.length === 1 ? 'the only draft found is a .doc file' : `the ${skipped.length} drafts found are .doc files`}, which are not read`
      : `nothing checked: no .md, .markdown, .txt, .docx or .pdf file in ${looked}`);
  }
  if (options.record && !fs.existsSync(path.resolve(io.cwd, options.record))) fail(`${options.record}: no such file or folder (the record given with --record)`);

  let verifyFailed = false;
  if (options.verify) {
    const checked = reports.filter((r): r is FileReport & { result: CheckResult } => r.result !== undefined);
    const verified = await verifyForCli(checked.map((r) => r.result), {
      env: io.env ?? {},
      stderr: io.stderr,
      workspaceRoot: roots[0] ?? io.cwd,
      settingsFor: (result) => settingsOf.get(result) ?? DEFAULT_SETTINGS,
      progress: io.isTTY === true,
    });
    checked.forEach((r, i) => (r.result = verified.results[i]));
    verifyFailed = verified.failed;
  }

  if (options.format === 'json') io.stdout(JSON.stringify(toJson(reports), null, 2) + '\n');
  else if (options.format === 'sarif') io.stdout(JSON.stringify(withNotifications(toSarif(reports, version()), reports), null, 2) + '\n');
  else io.stdout(toText(reports));
  for (const r of reports) if (r.error && options.format !== 'text') io.stderr(`brieflint: ${r.path}: ${r.error}\n`);

  if (failed || verifyFailed) return 2;
  const hasError = reports.some(
    (r) => r.result?.findings.some((f) => f.severity === 'error') || (r.sourceProblems ?? []).length > 0,
  );
  return hasError ? 1 : 0;
}

/**
 * SARIF for a run with drafts it could not check: each one a tool execution notification at
 * error level, naming the file, and the invocation marked unsuccessful, so that code-scanning
 * tools show why a file has no results.
 */
function withNotifications(sarif: Record<string, unknown>, reports: FileReport[]): Record<string, unknown> {
  const errors = reports.filter((r) => r.error);
  if (errors.length === 0) return sarif;
  const [run] = sarif.runs as Array<Record<string, unknown>>;
  run.invocations = [{
    executionSuccessful: false,
    toolExecutionNotifications: errors.map((r) => ({
      level: 'error',
      message: { text: `${r.path}: ${r.error}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: r.path.split('\\').join('/') } } }],
    })),
  }];
  return sarif;
}

/**
 * The exhibit and docket lists (and the exhibit folder) that a settings file names and that do not
 * exist, each as a message naming the settings file, the setting and the path. With --exhibits,
 * the list named in the settings is not used, so it is not asked for.
 */
function missingLists(config: ConfigLoad, options: Options, cwd: string): string[] {
  if (!config.path) return [];
  const shown = (p: string) => path.relative(cwd, p) || p;
  const skip = new Set(options.exhibits ? ['exhibits.manifest'] : []);
  return missingSources(config.settings, path.dirname(config.path), nodeFileHost, skip).map(
    (m) => `${shown(config.path!)}: the ${m.setting.key.endsWith('folder') ? m.kind.name.replace(/list$/, 'folder') : m.kind.name} "${m.value}" (setting "${m.setting.key}") does not exist (looked for ${shown(m.path)})`,
  );
}

/**
 * `brieflint toa FILE` and `brieflint exhibits FILE`: the table of authorities, or the exhibit
 * index, of one draft, as Markdown on standard output.
 */
async function runReport(command: 'toa' | 'exhibits' | 'record', options: Options, io: Io): Promise<number> {
  if (options.files.length !== 1) throw new UsageError(`${command} takes exactly one file`);
  if (options.format !== 'text') throw new UsageError(`${command} prints Markdown; --format does not apply`);
  const file = path.resolve(io.cwd, options.files[0]);
  const shown = options.files[0];
  if (!isDocument(file) && UNREAD_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    io.stderr(`brieflint: ${shown}: ${UNREAD_REASON}\n`);
    return 2;
  }
  const read: Draft['read'] = isDocument(file) ? documentDraft(await readDraftDocument(file), shown, io) : nodeFileHost.readText(file);
  if ('error' in read) {
    io.stderr(`brieflint: ${shown}: ${fileProblem(read.error)}\n`);
    return 2;
  }
  const config = configOf(file, options, io.cwd, new Map());
  const settings = withOptions(config.settings, options, io);
  const analysis = analyze({ text: read.text, format: read.format ?? formatOf(file), path: file });
  if (command === 'toa') {
    io.stdout(withFinalNewline(tableOfAuthoritiesText(analysis)));
    return 0;
  }
  const loaded = loadSources(file, config.path ? path.dirname(config.path) : path.dirname(file), settings, nodeFileHost);
  const problems = command === 'record' ? loaded.sources.record?.problems ?? [] : loaded.sources.exhibits?.problems ?? [];
  for (const p of problems) io.stderr(`${path.relative(io.cwd, p.path) || p.path}:${p.line + 1}:${p.column + 1}: error: ${p.message}\n`);
  if (command === 'record') {
    io.stdout(withFinalNewline(recordIndexMarkdown(recordIndex(analysis, loaded.sources), loaded.sources.record !== undefined)));
    return 0;
  }
  io.stdout(withFinalNewline(exhibitIndexMarkdown(exhibitIndex(analysis, loaded.sources))));
  return 0;
}

/** The settings with the command line's `--exhibits` and `--record` (paths from the working folder). */
function withOptions(settings: BrieflintSettings, options: Options, io: Io): BrieflintSettings {
  let out = settings;
  if (options.exhibits) out = { ...out, exhibits: { ...out.exhibits, manifest: path.resolve(io.cwd, options.exhibits) } };
  if (options.record) out = { ...out, record: { folder: path.resolve(io.cwd, options.record) } };
  if (options.style) out = { ...out, style: options.style };
  return out;
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}

/** The settings of a draft: the file `--config` names, else the nearest `.brieflint.json` above it (as the editor finds it). */
function configOf(file: string, options: Options, cwd: string, cache: Map<string, ConfigLoad>): ConfigLoad {
  const explicit = options.config !== undefined;
  const found = explicit ? path.resolve(cwd, options.config!) : findConfigFile(file, nodeFileHost);
  if (!found) return { settings: DEFAULT_SETTINGS, problems: [] };
  let loaded = cache.get(found);
  if (!loaded) {
    const read = loadConfigFile(found, nodeFileHost, explicit);
    // The command line says why in its own words: "the settings file x: no such file".
    loaded = { ...read, problems: read.problems.map((p) => (p.code === 'config-unreadable' ? { ...p, message: p.message.replace(/: it (.*)$/, (_, why: string) => `: ${fileProblem(why)}`) } : p)) };
    cache.set(found, loaded);
  }
  return loaded;
}

/**
 * The drafts named on the command line, in a stable order: files as given ("-" as itself, for
 * standard input), folders searched recursively for drafts. `skipped`: the Word and PDF files
 * found in those folders, which are not read yet.
 */
export function collectFiles(args: string[], cwd: string): { found: Array<{ file: string; error?: string }>; skipped: string[] } {
  const found: Array<{ file: string; error?: string }> = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, error?: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    found.push(error ? { file, error } : { file });
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (e) {
      add(full, fileProblem(describeFsError(e)));
      continue;
    }
    if (!stat.isDirectory()) add(full);
    else if (nodeFileHost.listDir(full) === undefined) add(full, 'cannot list this folder: permission denied');
    else walkDrafts(full, nodeFileHost, { onFile: (file, kind) => void (kind === 'draft' || isDocument(file) ? add(file) : skipped.push(file)) });
  }
  return { found, skipped };
}

/** `check` of one draft as `brieflint check` would check that file (its settings and sources): for `fix`. */
function checkAs(file: string, draft: { text: string; format: DocumentFormat; path?: string }, options: Options, cwd: string): CheckResult {
  const config = configOf(file, options, cwd, new Map());
  const root = config.path ? path.dirname(config.path) : path.dirname(file);
  return check(draft, config.settings, loadSources(file, root, config.settings, nodeFileHost).sources);
}

export function formatOf(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}
