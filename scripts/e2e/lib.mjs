// Shared by the real-editor runners (plain Node ESM, Node >= 20, no dependencies).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HARNESS_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'harness');
export const EXTENSION_ID = 'brieflint.brieflint';

export function log(message) {
  process.stderr.write(`[e2e] ${message}\n`);
}

/** An error that ends the run with a given exit code and a message meant for a person. */
export class RunError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function cacheDir() {
  return path.resolve(process.env.BRIEFLINT_E2E_CACHE || path.join(REPO_ROOT, '.cache', 'e2e'));
}

export const USAGE = `options:
  --vsix <file>            install this packaged extension and test it (what users install)
  --extension-dir <dir>    or: load the extension from this folder as a development extension
  --workspace <dir>        folder to open; copied to a temporary folder first
                           (default: test/e2e/fixtures/workspace)
  --tests <file>           compiled mocha entry (default: out/test/e2e/suite/index.js)
  --screenshots <dir>      where screenshots go (default: .e2e/screenshots)
  --logs <dir>             where editor/server/browser logs go (default: .e2e/logs)
  --timeout <seconds>      overall limit for the whole run (default: 300)
  --keep                   keep the temporary folders (printed at the end)
  --verbose                echo code-server's own output
  -h, --help`;

/** Parses the options every runner shares; paths are made absolute and checked. */
export function parseRunnerArgs(argv, extra = {}) {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      vsix: { type: 'string' },
      'extension-dir': { type: 'string' },
      workspace: { type: 'string' },
      tests: { type: 'string' },
      screenshots: { type: 'string' },
      logs: { type: 'string' },
      timeout: { type: 'string' },
      keep: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...extra,
    },
  });
  if (values.help) return { help: true, values };
  const abs = (p) => (p === undefined ? undefined : path.resolve(p));
  const opts = {
    vsix: abs(values.vsix),
    extensionDir: abs(values['extension-dir']),
    workspace: abs(values.workspace ?? path.join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'workspace')),
    tests: abs(values.tests ?? path.join(REPO_ROOT, 'out', 'test', 'e2e', 'suite', 'index.js')),
    screenshots: abs(values.screenshots ?? path.join(REPO_ROOT, '.e2e', 'screenshots')),
    logs: abs(values.logs ?? path.join(REPO_ROOT, '.e2e', 'logs')),
    timeoutMs: Math.round(Number(values.timeout ?? 300) * 1000),
    keep: Boolean(values.keep),
    verbose: Boolean(values.verbose),
    values,
  };
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0) throw new RunError(`--timeout must be a number of seconds, got ${values.timeout}`, 2);
  if (Boolean(opts.vsix) === Boolean(opts.extensionDir)) throw new RunError('give exactly one of --vsix <file> or --extension-dir <dir>', 2);
  if (opts.vsix && !isFile(opts.vsix)) throw new RunError(`--vsix: no such file ${opts.vsix} (package it with: npx @vscode/vsce package)`, 2);
  if (opts.extensionDir && !isFile(path.join(opts.extensionDir, 'package.json'))) throw new RunError(`--extension-dir: ${opts.extensionDir} has no package.json`, 2);
  if (!isDir(opts.workspace)) throw new RunError(`--workspace: no such folder ${opts.workspace}`, 2);
  if (!isFile(opts.tests)) throw new RunError(`--tests: no such file ${opts.tests} (compile the suite first: npx tsc -p test/e2e)`, 2);
  return opts;
}

export function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isDir(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The extension development folder VS Code is started with. VS Code runs extensionTestsPath only
 * in an extension development host, so one is always needed. For a .vsix it is an empty harness
 * extension, so that brieflint.brieflint itself comes from the installed copy.
 */
export function developmentPath(opts) {
  return opts.vsix ? HARNESS_DIR : opts.extensionDir;
}

/** Fresh temporary folders for one run. */
export function makeTempDirs() {
  // Real path: the editor reports real paths, and tests compare against these (macOS /var -> /private/var).
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-e2e-')));
  const dirs = { root };
  for (const name of ['user-data', 'extensions', 'browser-profile', 'home', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state', 'xdg-runtime']) {
    dirs[name] = path.join(root, name);
    fs.mkdirSync(dirs[name], { recursive: true, mode: 0o700 });
  }
  dirs.workspace = path.join(root, 'workspace');
  return dirs;
}

export function copyWorkspace(from, to) {
  fs.cpSync(from, to, { recursive: true });
}

/** User settings that keep a fresh editor quiet and predictable. */
export function writeUserSettings(userDataDir) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.hover.delay': 300,
    'window.restoreWindows': 'none',
    // Screenshots show the draft, not a miniature of it.
    'editor.minimap.enabled': false,
  };
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * The environment for editor processes: ours, without variables that would make a nested VS Code
 * talk to the VS Code this runs in (VSCODE_IPC_HOOK_CLI and friends) or run Electron as Node.
 */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last lines of a stream, for error messages. */
export class Tail {
  constructor(max = 60) {
    this.max = max;
    this.lines = [];
    this.partial = '';
  }
  push(chunk) {
    const text = this.partial + chunk.toString();
    const parts = text.split('\n');
    this.partial = parts.pop();
    for (const line of parts) {
      this.lines.push(line);
      if (this.lines.length > this.max) this.lines.shift();
    }
  }
  toString() {
    return [...this.lines, this.partial].filter(Boolean).map((l) => `    ${l}`).join('\n');
  }
}

/**
 * Starts a command in its own process group (so that the whole tree can be stopped), output to
 * `logFile` and kept in a Tail; `echo` also copies it to stderr.
 */
export function spawnGroup(command, args, { env, cwd, logFile, echo = false } = {}) {
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = new Tail();
  const out = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      tail.push(chunk);
      out?.write(chunk);
      if (echo) process.stderr.write(chunk);
    });
  }
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
  });
  child.once('close', () => out?.end());
  return { child, tail, exited, pgid: child.pid };
}

function signalGroup(pgid, signal) {
  if (!pgid) return false;
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

/** True while any process of the group is alive. */
export function groupAlive(pgid) {
  return signalGroup(pgid, 0);
}

/**
 * Stops a process group: SIGTERM, then SIGKILL for whatever is left after `graceMs`.
 * Waits on the leader's exit event, not on a fixed delay.
 */
export async function killGroup(proc, graceMs = 5000) {
  if (!proc?.pgid) return;
  if (!signalGroup(proc.pgid, 'SIGTERM')) return;
  let timer;
  await Promise.race([proc.exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  // Children may outlive the leader (extension host, language server): the group goes anyway.
  signalGroup(proc.pgid, 'SIGKILL');
}

/** Last-resort synchronous stop, for process.on('exit'). */
export function killGroupNow(proc) {
  if (proc?.pgid) signalGroup(proc.pgid, 'SIGKILL');
}

/** Resolves with the first of `promise` or a RunError after `ms`. */
export function withTimeout(promise, ms, message, exitCode = 1) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new RunError(message, exitCode)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** require() rooted at the repository, for devDependencies. */
export const repoRequire = createRequire(path.join(REPO_ROOT, 'package.json'));

/**
 * What .ci/setup-e2e.sh installed (its env.json), each entry overridable by an environment
 * variable: BRIEFLINT_E2E_NODE, BRIEFLINT_E2E_CODE_SERVER, BRIEFLINT_E2E_CHROMIUM.
 */
export function loadToolPaths() {
  const file = path.join(cacheDir(), 'env.json');
  let recorded = {};
  try {
    recorded = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // checked below, with the message that says what to do
  }
  const tools = {
    node: process.env.BRIEFLINT_E2E_NODE || recorded.node,
    codeServer: process.env.BRIEFLINT_E2E_CODE_SERVER || recorded.codeServer,
    chromium: process.env.BRIEFLINT_E2E_CHROMIUM || recorded.chromium || '/usr/bin/chromium',
    playwrightCore: recorded.playwrightCore,
  };
  const missing = [];
  if (!tools.node || !isFile(tools.node)) missing.push(`Node 24 (${tools.node ?? 'not recorded'})`);
  if (!tools.codeServer || !isFile(path.join(tools.codeServer, 'out', 'node', 'entry.js'))) missing.push(`code-server (${tools.codeServer ?? 'not recorded'})`);
  if (!isFile(tools.chromium)) missing.push(`Chromium (${tools.chromium})`);
  if (missing.length) {
    throw new RunError(`missing: ${missing.join(', ')}.\n  Install them with: sudo bash .ci/setup-e2e.sh   (cache: ${cacheDir()})`, 2);
  }
  return tools;
}

/** playwright-core: the project's devDependency if installed, else the copy in the cache. */
export function loadPlaywright(tools) {
  try {
    return repoRequire('playwright-core');
  } catch {
    // not a devDependency (yet)
  }
  if (tools.playwrightCore && isDir(tools.playwrightCore)) {
    return createRequire(path.join(cacheDir(), 'package.json'))(tools.playwrightCore);
  }
  throw new RunError('playwright-core is not installed: add it to devDependencies or run .ci/setup-e2e.sh', 2);
}

export function formatDuration(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
