import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, check, CheckResult } from './core/check';
import { exhibitIndex, exhibitIndexMarkdown } from './core/families/exhibits';
import { recordIndex, recordIndexMarkdown } from './core/families/record';
import { tableOfAuthoritiesText } from './core/toa';
import { CONFIG_FILE, parseConfig } from './core/config';
import type { SourceProblem } from './core/types';
import { FileReport, toJson, toSarif, toText } from './core/report';
import { BrieflintSettings, DEFAULT_SETTINGS } from './core/settings';
import type { DocumentFormat } from './core/text/markdown';
import { describeFsError, nodeFileHost } from './nodeHost';
import { loadSources, sourceProblems } from './service/sources';
import { verifyForCli } from './verify';

/**
 * The command-line checker:
 *
 *   brieflint check FILE... [--exhibits FILE] [--record FOLDER|FILE] [--format text|json|sarif] [--config FILE]
 *   brieflint toa FILE
 *   brieflint exhibits FILE
 *   brieflint record FILE
 *   brieflint lsp --stdio
 *
 * `check` exits 0 when nothing at error severity was found, 1 when something was, 2 on bad usage
 * or an unreadable file.
 */

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** The environment (`COURTLISTENER_TOKEN`, `COURTLISTENER_BASE_URL` for --verify). */
  env?: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress lines for --verify). */
  isTTY?: boolean;
}

const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stderr.isTTY === true,
};

const USAGE = `Usage:
  brieflint check FILE|FOLDER... [--format text|json|sarif] [--exhibits FILE] [--record FOLDER|FILE] [--config FILE] [--verify]
  brieflint toa FILE          table of authorities, as Markdown
  brieflint exhibits FILE     exhibit index, as a Markdown table
  brieflint record FILE       record index: each record document cited, where, and whether it resolved
  brieflint lsp --stdio       start the language server
  brieflint --version

check exits 0 when nothing at error severity was found, 1 when something was,
2 on bad usage or an unreadable file. Folders are searched for .md, .markdown and .txt files.

--verify also checks each case citation against CourtListener: it sends only the volume,
reporter and page of each (never the draft), with the token in COURTLISTENER_TOKEN (and to
COURTLISTENER_BASE_URL when set); it exits 2 when verification cannot be done, after reporting
the offline checks.
`;

class UsageError extends Error {}

interface Options {
  files: string[];
  format: 'text' | 'json' | 'sarif';
  exhibits?: string;
  record?: string;
  config?: string;
  verify: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { files: [], format: 'text', verify: false };
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
      case '--verify':
        options.verify = true;
        break;
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
    switch (command) {
      case 'check':
        return await runCheck(parseOptions(rest), io);
      case 'toa':
      case 'exhibits':
      case 'record':
        return runReport(command, parseOptions(rest), io);
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
        io.stdout(USAGE);
        return 0;
      case undefined:
        io.stderr(USAGE);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`brieflint: ${e.message}\n\n${USAGE}`);
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

async function runCheck(options: Options, io: Io): Promise<number> {
  if (options.files.length === 0) throw new UsageError('check needs at least one file or folder');
  const reports: FileReport[] = [];
  let unreadable = false;
  const configCache = new Map<string, { settings: BrieflintSettings; problems: SourceProblem[]; path?: string }>();
  const reportedConfigs = new Set<string>();
  const settingsOf = new Map<CheckResult, BrieflintSettings>();
  const roots: string[] = [];

  const configFor = (file: string) =>
    options.config ? loadConfig(path.resolve(io.cwd, options.config), configCache, true) : findConfig(file, configCache);

  for (const { file, error } of collectFiles(options.files, io.cwd)) {
    const shown = path.relative(io.cwd, file) || file;
    if (error) {
      reports.push({ path: shown, error });
      unreadable = true;
      continue;
    }
    const config = configFor(file);
    if (config.problems.length && config.path && !reportedConfigs.has(config.path)) {
      reportedConfigs.add(config.path);
      for (const p of config.problems) io.stderr(`${path.relative(io.cwd, p.path) || p.path}:${p.line + 1}:${p.column + 1}: warning: ${p.message}\n`);
      if (options.config && config.problems.some((p) => p.message.includes('cannot read'))) unreadable = true;
    }
    const read = nodeFileHost.readText(file);
    if ('error' in read) {
      reports.push({ path: shown, error: `cannot check ${shown}: it ${read.error}` });
      unreadable = true;
      continue;
    }
    const settings = withOptions(config.settings, options, io);
    const root = config.path ? path.dirname(config.path) : path.dirname(file);
    const loaded = loadSources(file, root, settings, nodeFileHost);
    const result: CheckResult = check({ text: read.text, format: formatOf(file), path: file }, settings, loaded.sources);
    settingsOf.set(result, settings);
    roots.push(root);
    const problems = sourceProblems(loaded.sources).map((p) => ({ ...p, path: path.relative(io.cwd, p.path) || p.path }));
    reports.push({ path: shown, result, sourceProblems: problems });
  }
  if (options.exhibits && !fs.existsSync(path.resolve(io.cwd, options.exhibits))) {
    io.stderr(`brieflint: cannot read the exhibit list ${options.exhibits}: no such file\n`);
    unreadable = true;
  }
  if (options.record && !fs.existsSync(path.resolve(io.cwd, options.record))) {
    io.stderr(`brieflint: cannot read the record ${options.record}: no such file or folder\n`);
    unreadable = true;
  }

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
  else if (options.format === 'sarif') io.stdout(JSON.stringify(toSarif(reports, version()), null, 2) + '\n');
  else io.stdout(toText(reports));
  for (const r of reports) if (r.error && options.format !== 'text') io.stderr(`brieflint: ${r.error}\n`);

  if (unreadable || verifyFailed) return 2;
  const hasError = reports.some(
    (r) => r.result?.findings.some((f) => f.severity === 'error') || (r.sourceProblems ?? []).length > 0,
  );
  return hasError ? 1 : 0;
}

/**
 * `brieflint toa FILE` and `brieflint exhibits FILE`: the table of authorities, or the exhibit
 * index, of one draft, as Markdown on standard output.
 */
function runReport(command: 'toa' | 'exhibits' | 'record', options: Options, io: Io): number {
  if (options.files.length !== 1) throw new UsageError(`${command} takes exactly one file`);
  if (options.format !== 'text') throw new UsageError(`${command} prints Markdown; --format does not apply`);
  const file = path.resolve(io.cwd, options.files[0]);
  const shown = options.files[0];
  const read = nodeFileHost.readText(file);
  if ('error' in read) {
    io.stderr(`brieflint: cannot read ${shown}: it ${read.error}\n`);
    return 2;
  }
  const configCache = new Map<string, { settings: BrieflintSettings; problems: SourceProblem[]; path?: string }>();
  const config = options.config ? loadConfig(path.resolve(io.cwd, options.config), configCache, true) : findConfig(file, configCache);
  const settings = withOptions(config.settings, options, io);
  const analysis = analyze({ text: read.text, format: formatOf(file), path: file });
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
  return out;
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}

function findConfig(file: string, cache: Map<string, { settings: BrieflintSettings; problems: SourceProblem[]; path?: string }>) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (cache.has(candidate) || fs.existsSync(candidate)) return loadConfig(candidate, cache, false);
    if (path.dirname(dir) === dir) return { settings: DEFAULT_SETTINGS, problems: [] as SourceProblem[] };
  }
}

function loadConfig(
  file: string,
  cache: Map<string, { settings: BrieflintSettings; problems: SourceProblem[]; path?: string }>,
  explicit: boolean,
) {
  const cached = cache.get(file);
  if (cached) return cached;
  const read = nodeFileHost.readText(file);
  const loaded =
    'error' in read
      ? {
          settings: DEFAULT_SETTINGS,
          problems: explicit ? [{ path: file, line: 0, column: 0, code: 'config-invalid', message: `cannot read ${CONFIG_FILE} ${file}: it ${read.error}` }] : [],
          path: file,
        }
      : { ...parseConfig(read.text, file), path: file };
  cache.set(file, loaded);
  return loaded;
}

/** The drafts named on the command line: files as given, folders searched recursively, in a stable order. */
export function collectFiles(args: string[], cwd: string): Array<{ file: string; error?: string }> {
  const out: Array<{ file: string; error?: string }> = [];
  const seen = new Set<string>();
  const add = (file: string, error?: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push(error ? { file, error } : { file });
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      add(dir, `cannot read folder ${dir}: ${describeFsError(e)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIPPED_FOLDERS.has(e.name)) walk(full);
      } else if (e.isFile() && DRAFT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) {
        add(full);
      }
    }
  };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (e) {
      add(full, `cannot read ${arg}: ${describeFsError(e)}`);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else add(full);
  }
  return out;
}

export function formatOf(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}
