#!/usr/bin/env node
// Runs the real-editor mocha suite in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code (a developer's laptop, a hosted CI). Same suite, same options as
// run-code-server.mjs. Start it through scripts/e2e/run.mjs, which enforces the overall timeout
// by stopping this process's whole group; run directly it has no timeout of its own.
//
//   node scripts/e2e/run-electron.mjs --vsix brieflint.vsix [--vscode <executable>] [options]
//
// Screenshots are not available here (no page to photograph): the suite's screenshot() helper
// skips them when BRIEFLINT_E2E_SCREENSHOTS is unset.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  RunError,
  USAGE,
  cacheDir,
  copyWorkspace,
  developmentPath,
  formatDuration,
  log,
  makeTempDirs,
  parseRunnerArgs,
  repoRequire,
  writeUserSettings,
} from './lib.mjs';

/** The desktop VS Code to test in: the same release code-server 4.139.1 is built from. */
export const VSCODE_VERSION = process.env.BRIEFLINT_E2E_VSCODE_VERSION || '1.139.1';

export function vscodeCachePath() {
  return path.join(cacheDir(), 'vscode-test');
}

/** The devDependency @vscode/test-electron, or undefined when it is not installed. */
export function loadTestElectron() {
  try {
    return repoRequire('@vscode/test-electron');
  } catch {
    return undefined;
  }
}

/**
 * Downloads VS Code (or finds it in the cache, offline) with @vscode/test-electron. Fails when
 * the download makes no progress for `stallMs`, so that an unreachable server is found out fast.
 * Resolves with the executable path.
 */
export async function downloadVSCode(te, { stallMs = 20_000 } = {}) {
  // A VS Code already on this machine (e.g. one installed by hand): no download.
  const given = process.env.BRIEFLINT_E2E_VSCODE_EXECUTABLE;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`BRIEFLINT_E2E_VSCODE_EXECUTABLE: no such file ${given}`);
    return given;
  }
  const consoleReporter = await te.makeConsoleReporter();
  let timer;
  let rejectStall;
  const stalled = new Promise((_, reject) => (rejectStall = reject));
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => rejectStall(new Error(`no progress downloading VS Code ${VSCODE_VERSION} for ${stallMs / 1000} s`)), stallMs);
  };
  const reporter = {
    report(p) {
      arm();
      consoleReporter.report(p);
    },
    error(err) {
      consoleReporter.error(err);
    },
  };
  arm();
  try {
    return await Promise.race([
      te.download({ version: VSCODE_VERSION, cachePath: vscodeCachePath(), reporter, timeout: stallMs }),
      stalled,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs the suite once in desktop VS Code; resolves with the exit code. */
export async function runElectron(opts, vscodeExecutablePath) {
  const te = loadTestElectron();
  if (!te) throw new RunError('@vscode/test-electron is not installed (devDependency @vscode/test-electron@2.5.2)', 2);
  const t0 = Date.now();
  // What a VS Code terminal leaves in the environment would make Electron run as Node or talk
  // to that VS Code; runTests passes process.env on.
  for (const k of Object.keys(process.env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete process.env[k];
  }
  const exe = vscodeExecutablePath ?? (await downloadVSCode(te));
  const dirs = makeTempDirs();
  // run.mjs stops this process group with SIGTERM on a timeout or ^C: leave no temporary folder.
  const onTerm = () => {
    if (!opts.keep) fs.rmSync(dirs.root, { recursive: true, force: true });
    process.exit(143);
  };
  process.once('SIGTERM', onTerm);
  try {
    copyWorkspace(opts.workspace, dirs.workspace);
    writeUserSettings(dirs['user-data']);
    fs.mkdirSync(opts.logs, { recursive: true });
    const profile = [`--user-data-dir=${dirs['user-data']}`, `--extensions-dir=${dirs.extensions}`];

    if (opts.vsix) {
      const [cli, ...cliArgs] = te.resolveCliArgsFromVSCodeExecutablePath(exe, { reuseMachineInstall: true });
      const t = Date.now();
      const r = spawnSync(cli, [...cliArgs, ...profile, '--install-extension', opts.vsix, '--force'], {
        encoding: 'utf8',
        timeout: 120_000,
        shell: process.platform === 'win32',
      });
      fs.writeFileSync(path.join(opts.logs, 'install.log'), `${r.stdout ?? ''}${r.stderr ?? ''}`);
      if (r.status !== 0) {
        throw new RunError(`code --install-extension ${opts.vsix} failed (status ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}${r.stderr}`);
      }
      log(`installed ${opts.vsix} in ${formatDuration(Date.now() - t)}`);
    }

    try {
      await te.runTests({
        vscodeExecutablePath: exe,
        extensionDevelopmentPath: developmentPath(opts),
        extensionTestsPath: opts.tests,
        extensionTestsEnv: {
          BRIEFLINT_E2E_RUNNER: 'electron',
          ...(opts.vsix ? { BRIEFLINT_E2E_EXTENSIONS_DIR: dirs.extensions } : {}),
          ...(process.env.BRIEFLINT_E2E_GREP ? { BRIEFLINT_E2E_GREP: process.env.BRIEFLINT_E2E_GREP } : {}),
          ...(process.env.BRIEFLINT_E2E_TEST_TIMEOUT_MS ? { BRIEFLINT_E2E_TEST_TIMEOUT_MS: process.env.BRIEFLINT_E2E_TEST_TIMEOUT_MS } : {}),
        },
        // Not --disable-extensions: that would disable the installed .vsix under test.
        launchArgs: [dirs.workspace, ...profile, '--disable-telemetry', '--disable-gpu'],
      });
      log(`suite passed in ${formatDuration(Date.now() - t0)}`);
      return 0;
    } catch (err) {
      if (err instanceof te.TestRunFailedError) {
        log(`suite failed: ${err.message}`);
        return typeof err.code === 'number' && err.code !== 0 ? err.code : 1;
      }
      throw err;
    }
  } finally {
    process.off('SIGTERM', onTerm);
    if (opts.keep) log(`kept temporary folders: ${dirs.root}`);
    else fs.rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function main() {
  let opts;
  try {
    opts = parseRunnerArgs(process.argv.slice(2), { vscode: { type: 'string' } });
    if (opts.help) {
      process.stdout.write(`usage: node scripts/e2e/run-electron.mjs (--vsix FILE | --extension-dir DIR) [--vscode EXECUTABLE] [options]\n${USAGE}\n`);
      return 0;
    }
    return await runElectron(opts, opts.values.vscode);
  } catch (err) {
    log(`FAILED: ${err instanceof RunError ? err.message : err.stack ?? err}`);
    return err instanceof RunError ? err.exitCode : 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(await main());
}
