#!/usr/bin/env node
// One command for the real-editor tests: picks the runner, runs the same mocha suite.
//
//   node scripts/e2e/run.mjs --vsix brieflint-0.1.0.vsix [--runner auto|electron|code-server] [options]
//
// Runner (flag --runner, or BRIEFLINT_E2E_RUNNER; default auto):
//   electron     desktop VS Code via @vscode/test-electron (downloads VS Code once into .cache/e2e)
//   code-server  VS Code from the npm registry in headless Chromium (needs .ci/setup-e2e.sh)
//   auto         electron when @vscode/test-electron is installed, a display is available, this is
//                not CI, and VS Code can be downloaded (or is cached); code-server otherwise.
//                In CI (CI set) auto never tries a download: set BRIEFLINT_E2E_RUNNER=electron
//                on a hosted CI that may download VS Code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RunError, USAGE, killGroup, killGroupNow, log, parseRunnerArgs } from './lib.mjs';
import { runCodeServer } from './run-code-server.mjs';
import { VSCODE_VERSION, downloadVSCode, loadTestElectron } from './run-electron.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RUNNERS = ['auto', 'electron', 'code-server'];

async function chooseRunner(requested) {
  if (!RUNNERS.includes(requested)) throw new RunError(`unknown runner "${requested}": use one of ${RUNNERS.join(', ')}`, 2);
  if (requested === 'code-server') return { runner: 'code-server', reason: 'requested' };
  const te = loadTestElectron();
  if (requested === 'electron') {
    if (!te) throw new RunError('runner electron needs the devDependency @vscode/test-electron@3.1.0', 2);
    try {
      return { runner: 'electron', reason: 'requested', vscode: await downloadVSCode(te) };
    } catch (err) {
      throw new RunError(`runner electron: cannot get VS Code ${VSCODE_VERSION} (${err.message.split('\n')[0]}); the code-server runner works offline`, 2);
    }
  }
  if (!te) return { runner: 'code-server', reason: '@vscode/test-electron is not installed' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { runner: 'code-server', reason: 'no display for desktop VS Code (run under xvfb-run -a to use it)' };
  }
  if (process.env.CI) return { runner: 'code-server', reason: 'CI is set: not downloading VS Code (BRIEFLINT_E2E_RUNNER=electron allows it)' };
  try {
    return { runner: 'electron', reason: `VS Code ${VSCODE_VERSION} is available`, vscode: await downloadVSCode(te) };
  } catch (err) {
    return { runner: 'code-server', reason: `VS Code cannot be downloaded here (${err.message.split('\n')[0]})` };
  }
}

/** Runs run-electron.mjs in its own process group, so that a timeout or ^C stops VS Code too. */
async function runElectronChild(opts, vscode) {
  const args = [path.join(HERE, 'run-electron.mjs'), '--vscode', vscode];
  if (opts.vsix) args.push('--vsix', opts.vsix);
  else args.push('--extension-dir', opts.extensionDir);
  args.push('--workspace', opts.workspace, '--tests', opts.tests, '--screenshots', opts.screenshots, '--logs', opts.logs);
  if (opts.keep) args.push('--keep');
  if (opts.verbose) args.push('--verbose');

  const child = spawn(process.execPath, args, { detached: true, stdio: 'inherit' });
  const proc = { pgid: child.pid, exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))) };
  const onExit = () => killGroupNow(proc);
  process.on('exit', onExit);
  let stopCode;
  const stop = (code, message) => {
    if (stopCode !== undefined) return killGroupNow(proc);
    stopCode = code;
    log(message);
    killGroup(proc);
  };
  const timer = setTimeout(() => stop(124, `FAILED: e2e run exceeded its overall timeout of ${opts.timeoutMs / 1000} s (runner electron)`), opts.timeoutMs);
  const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  const handlers = Object.fromEntries(Object.entries(signals).map(([sig, code]) => [sig, () => stop(code, `interrupted by ${sig}`)]));
  for (const [sig, fn] of Object.entries(handlers)) process.on(sig, fn);
  try {
    const { code, signal } = await proc.exited;
    await killGroup(proc, 2000); // whatever VS Code left behind
    if (stopCode !== undefined) return stopCode;
    return code ?? (signal ? 1 : 0);
  } finally {
    clearTimeout(timer);
    for (const [sig, fn] of Object.entries(handlers)) process.off(sig, fn);
    process.off('exit', onExit);
  }
}

async function main() {
  let opts;
  try {
    opts = parseRunnerArgs(process.argv.slice(2), { runner: { type: 'string' } });
  } catch (err) {
    log(`${err.message}  (--help lists the options)`);
    return err.exitCode ?? 2;
  }
  if (opts.help) {
    process.stdout.write(
      `usage: node scripts/e2e/run.mjs (--vsix FILE | --extension-dir DIR) [--runner auto|electron|code-server] [options]\n${USAGE}\n` +
        '  BRIEFLINT_E2E_RUNNER=auto|electron|code-server   same as --runner\n',
    );
    return 0;
  }
  try {
    const choice = await chooseRunner(opts.values.runner ?? process.env.BRIEFLINT_E2E_RUNNER ?? 'auto');
    log(`runner: ${choice.runner} (${choice.reason})`);
    if (choice.runner === 'code-server') return await runCodeServer(opts);
    return await runElectronChild(opts, choice.vscode);
  } catch (err) {
    log(`FAILED: ${err instanceof RunError ? err.message : err.stack ?? err}`);
    return err instanceof RunError ? err.exitCode : 1;
  }
}

process.exit(await main());
