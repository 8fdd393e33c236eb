#!/usr/bin/env node
// Runs the real-editor mocha suite inside code-server (VS Code from the npm registry) driven by
// headless Chromium through playwright-core. Works with no network but 127.0.0.1.
//
//   node scripts/e2e/run-code-server.mjs --vsix brieflint.vsix [--workspace DIR] [--tests FILE]
//        [--screenshots DIR] [--logs DIR] [--timeout SECONDS] [--keep] [--verbose]
//   node scripts/e2e/run-code-server.mjs --extension-dir .   (development: no packaging)
//
// Exit code: mocha's (0 all passed, 1 a test failed), 2 bad usage or missing tools, 124 overall
// timeout, 130/143 interrupted. Needs what .ci/setup-e2e.sh installs.
//
// Screenshots: a test logs `##screenshot <name> {"waitFor": <selector>, "area": <selector>}` (see
// test/e2e/suite/helpers.ts); this runner waits for `waitFor` to be visible, photographs `area` (or
// the whole window), saves <screenshots>/<name>.png (written under another name, then renamed), or
// <name>.error.txt when it cannot; the test waits for either.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import util from 'node:util';
import {
  EXTENSION_ID,
  RunError,
  USAGE,
  cleanEnv,
  copyWorkspace,
  developmentPath,
  formatDuration,
  freePort,
  killGroup,
  killGroupNow,
  loadPlaywright,
  loadToolPaths,
  log,
  makeTempDirs,
  parseRunnerArgs,
  spawnGroup,
  withTimeout,
  writeUserSettings,
} from './lib.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
// Nothing listens there: the workbench's marketplace requests fail at once, offline.
const EXTENSIONS_GALLERY = JSON.stringify({
  serviceUrl: 'http://127.0.0.1:9/gallery',
  itemUrl: 'http://127.0.0.1:9/item',
  resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
});
const INSTALL_TIMEOUT_MS = 120_000;
const READY_TIMEOUT_MS = 90_000;
const SELECTOR_TIMEOUT_MS = 30_000;

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls code-server's /healthz until it answers, failing early if the server exits.
 * There is no event to wait on from outside the process; the poll interval is short.
 */
async function waitUntilServing(port, server, timeoutMs) {
  const started = Date.now();
  let exited;
  server.exited.then((r) => (exited = r));
  let lastError = 'no answer yet';
  while (Date.now() - started < timeoutMs) {
    if (exited) {
      throw new RunError(
        `code-server exited before it was ready (code ${exited.code}, signal ${exited.signal})\n  its last output:\n${server.tail}`,
      );
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return Date.now() - started;
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = err.cause?.code ?? err.message;
    }
    await Promise.race([delay(150), server.exited]);
  }
  throw new RunError(
    `code-server did not answer on http://127.0.0.1:${port}/healthz within ${timeoutMs / 1000} s (last: ${lastError})\n  its last output:\n${server.tail}`,
  );
}

// test/e2e/suite/index.ts logs this first; workbench chatter before it is not the suite's.
const SUITE_BEGIN_MARKER = '##e2e-begin';
// ... and this closing line its last: what follows is the workbench shutting down (all of it
// still goes to automation.log).
const SUITE_END_LINE = /^e2e: \d+ passed, \d+ failed/;

/** codeAutomationLog gets a console call's arguments: `['  %d passing (%s)', 3, '2s']`. */
function formatAutomationMessage(message) {
  if (Array.isArray(message)) return util.format(...message);
  return typeof message === 'string' ? message : util.format(message);
}

/**
 * Workbench errors that are expected offline and say nothing about Brieflint (still kept in
 * automation.log): the refused marketplace requests, and the GitHub sign-in provider that never
 * registers without network.
 */
function isGalleryNoise(text) {
  return /ECONNREFUSED 127\.0\.0\.1:9\b/.test(text) || /waiting for authentication provider 'github'/.test(text);
}

/**
 * What a `##screenshot <name> <rest>` line asks for: `<rest>` is JSON `{"waitFor": selector,
 * "area": selector}` (test/e2e/suite/helpers.ts), or, in the first form of the protocol, a bare
 * selector to wait for.
 */
function screenshotRequest(rest) {
  const text = rest?.trim();
  if (!text) return {};
  if (!text.startsWith('{')) return { waitFor: text };
  try {
    const o = JSON.parse(text);
    return {
      waitFor: typeof o.waitFor === 'string' && o.waitFor ? o.waitFor : undefined,
      area: typeof o.area === 'string' && o.area ? o.area : undefined,
    };
  } catch {
    return { waitFor: text };
  }
}

function writeAtomic(file, data) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** Runs the suite once; resolves with the exit code. Never calls process.exit. */
export async function runCodeServer(opts) {
  const t0 = Date.now();
  const state = { suiteStarted: false, suiteEnded: false, phase: 'preparing', server: undefined, context: undefined, page: undefined, dirs: undefined, suiteExited: false };
  let abort;
  const aborted = new Promise((_, reject) => (abort = reject));
  aborted.catch(() => {});
  const guard = (p) => Promise.race([p, aborted]);

  const deadline = setTimeout(() => {
    const hint =
      state.phase === 'running the suite' && !state.suiteStarted
        ? `\n  The suite never started (no ${SUITE_BEGIN_MARKER} line): was code-server started with --vscode-option enable-smoke-test-driver, do the payload paths exist? See ${opts.logs}/automation.log`
        : '';
    abort(new RunError(`e2e run exceeded its overall timeout of ${opts.timeoutMs / 1000} s while ${state.phase}${hint}`, 124));
  }, opts.timeoutMs);
  let interrupts = 0;
  const onSignal = (signal, code) => () => {
    interrupts++;
    if (interrupts > 1) {
      killGroupNow(state.server);
      process.exit(code);
    }
    abort(new RunError(`interrupted by ${signal} while ${state.phase}`, code));
  };
  const handlers = { SIGINT: onSignal('SIGINT', 130), SIGTERM: onSignal('SIGTERM', 143), SIGHUP: onSignal('SIGHUP', 129) };
  for (const [sig, fn] of Object.entries(handlers)) process.on(sig, fn);
  const onExit = () => killGroupNow(state.server);
  process.on('exit', onExit);

  let exitCode = 1;
  try {
    const tools = loadToolPaths();
    const playwright = loadPlaywright(tools);
    const entry = path.join(tools.codeServer, 'out', 'node', 'entry.js');
    fs.mkdirSync(opts.screenshots, { recursive: true });
    fs.mkdirSync(opts.logs, { recursive: true });
    const dirs = (state.dirs = makeTempDirs());
    copyWorkspace(opts.workspace, dirs.workspace);
    writeUserSettings(dirs['user-data']);
    const configFile = path.join(dirs.root, 'code-server.yaml');
    fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
    for (const f of ['install.log', 'code-server.log', 'browser-console.log', 'automation.log']) fs.rmSync(path.join(opts.logs, f), { force: true });
    for (const d of ['vscode', 'server']) fs.rmSync(path.join(opts.logs, d), { recursive: true, force: true });
    // Pictures of failures belong to the run that took them.
    for (const f of fs.readdirSync(opts.screenshots)) {
      if (f === 'failure-final.png' || f.startsWith('failed-') || f.endsWith('.error.txt')) fs.rmSync(path.join(opts.screenshots, f), { force: true });
    }

    const suiteEnv = {
      BRIEFLINT_E2E_RUNNER: 'code-server',
      BRIEFLINT_E2E_SCREENSHOTS: opts.screenshots,
      ...(opts.vsix ? { BRIEFLINT_E2E_EXTENSIONS_DIR: dirs.extensions } : {}),
      ...(process.env.BRIEFLINT_E2E_GREP ? { BRIEFLINT_E2E_GREP: process.env.BRIEFLINT_E2E_GREP } : {}),
      ...(process.env.BRIEFLINT_E2E_TEST_TIMEOUT_MS ? { BRIEFLINT_E2E_TEST_TIMEOUT_MS: process.env.BRIEFLINT_E2E_TEST_TIMEOUT_MS } : {}),
    };
    const env = cleanEnv({
      PATH: `${path.dirname(tools.node)}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: dirs.home,
      XDG_CONFIG_HOME: dirs['xdg-config'],
      XDG_DATA_HOME: dirs['xdg-data'],
      XDG_CACHE_HOME: dirs['xdg-cache'],
      XDG_STATE_HOME: dirs['xdg-state'],
      XDG_RUNTIME_DIR: dirs['xdg-runtime'],
      EXTENSIONS_GALLERY,
      ...suiteEnv,
    });
    const common = ['--config', configFile, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];

    if (opts.vsix) {
      state.phase = 'installing the vsix';
      const t = Date.now();
      const install = spawnGroup(tools.node, [entry, ...common, '--install-extension', opts.vsix, '--force'], {
        env,
        logFile: path.join(opts.logs, 'install.log'),
        echo: opts.verbose,
      });
      state.server = install;
      const r = await guard(withTimeout(install.exited, INSTALL_TIMEOUT_MS, `installing ${opts.vsix} took over ${INSTALL_TIMEOUT_MS / 1000} s\n${install.tail}`));
      await killGroup(install);
      state.server = undefined;
      if (r.code !== 0) throw new RunError(`code-server --install-extension ${opts.vsix} failed (code ${r.code}, signal ${r.signal})\n${install.tail}`);
      const installed = fs.readdirSync(dirs.extensions).filter((n) => !n.startsWith('.') && fs.statSync(path.join(dirs.extensions, n)).isDirectory());
      if (installed.length === 0) throw new RunError(`code-server --install-extension ${opts.vsix} installed nothing\n${install.tail}`);
      if (!installed.some((n) => n.toLowerCase().startsWith(`${EXTENSION_ID}-`))) log(`note: the vsix installed ${installed.join(', ')}, not ${EXTENSION_ID}`);
      log(`installed ${installed.join(', ')} in ${formatDuration(Date.now() - t)}`);
    }

    state.phase = 'starting code-server';
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const server = spawnGroup(
        tools.node,
        [
          entry,
          ...common,
          '--bind-addr', `127.0.0.1:${port}`,
          '--auth', 'none',
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--disable-getting-started-override',
          '--ignore-last-opened',
          '--vscode-option', 'enable-smoke-test-driver',
        ],
        { env, logFile: path.join(opts.logs, 'code-server.log'), echo: opts.verbose },
      );
      state.server = server;
      try {
        const ms = await guard(waitUntilServing(port, server, READY_TIMEOUT_MS));
        log(`code-server serving on 127.0.0.1:${port} after ${formatDuration(ms)}`);
        break;
      } catch (err) {
        await killGroup(server);
        state.server = undefined;
        // Another process may have taken the port between freePort() and the bind.
        if (attempt < 3 && /EADDRINUSE/.test(String(server.tail))) {
          log(`port ${port} was taken, retrying`);
          continue;
        }
        throw err;
      }
    }
    state.server.exited.then((r) =>
      abort(new RunError(`code-server exited during the run (code ${r.code}, signal ${r.signal})\n  its last output:\n${state.server?.tail ?? ''}`)),
    );

    state.phase = 'starting Chromium';
    const context = (state.context = await guard(
      playwright.chromium.launchPersistentContext(dirs['browser-profile'], {
        executablePath: tools.chromium,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1400, height: 900 },
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 60_000,
        // Chromium's profile is the folder above; this keeps its crash reports and caches out of $HOME.
        env: cleanEnv({ HOME: dirs.home, XDG_CONFIG_HOME: dirs['xdg-config'], XDG_CACHE_HOME: dirs['xdg-cache'] }),
      }),
    ));
    const page = (state.page = context.pages()[0] ?? (await guard(context.newPage())));
    const browserLog = fs.createWriteStream(path.join(opts.logs, 'browser-console.log'));
    const automationLog = fs.createWriteStream(path.join(opts.logs, 'automation.log'));
    page.on('console', (msg) => browserLog.write(`[${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => browserLog.write(`[pageerror] ${err.stack ?? err.message}\n`));
    page.on('crash', () => abort(new RunError(`the workbench page crashed; see ${path.join(opts.logs, 'browser-console.log')}`)));
    context.on('close', () => abort(new RunError('Chromium closed during the run')));

    // Screenshots, one at a time, in the order asked.
    let shots = Promise.resolve();
    const takeScreenshot = async (name, { waitFor, area } = {}) => {
      const png = path.join(opts.screenshots, `${name}.png`);
      const errorFile = path.join(opts.screenshots, `${name}.error.txt`);
      try {
        if (waitFor) await page.locator(waitFor).first().waitFor({ state: 'visible', timeout: SELECTOR_TIMEOUT_MS });
        const tmp = path.join(opts.screenshots, `.${name}.${process.pid}.partial.png`);
        const shot = { path: tmp, type: 'png', animations: 'disabled', caret: 'hide', timeout: 30_000 };
        // An area is photographed as the page shows it there: a hover or a menu over it is included.
        if (area) await page.locator(area).first().screenshot(shot);
        else await page.screenshot(shot);
        fs.renameSync(tmp, png);
        log(`screenshot: ${png}`);
      } catch (err) {
        const why = /Timeout/i.test(err.message)
          ? `"${waitFor ?? area}" did not become visible within ${SELECTOR_TIMEOUT_MS / 1000} s`
          : err.message;
        log(`screenshot ${name} failed: ${why}`);
        writeAtomic(errorFile, `${why}\n`);
      }
    };

    let resolveExit;
    const suiteExit = new Promise((resolve) => (resolveExit = resolve));
    // Both must exist before the workbench loads: it looks for them when the extension host
    // starts the tests.
    await guard(
      page.exposeFunction('codeAutomationLog', (level, message) => {
        const text = formatAutomationMessage(message);
        automationLog.write(`[${level}] ${text}\n`);
        for (const line of text.split(/\r?\n/)) {
          if (line === SUITE_BEGIN_MARKER) state.suiteStarted = true;
          const m = /^##screenshot\s+([A-Za-z0-9._-]+)(?:\s+(.+))?$/.exec(line);
          if (m) shots = shots.then(() => takeScreenshot(m[1], screenshotRequest(m[2]))).catch((err) => log(`screenshot ${m[1]}: ${err.message}`));
        }
        // The workbench logs through the same channel: show all of it once the suite has started,
        // before that only errors; never the refused marketplace requests (that is by design).
        if (isGalleryNoise(text)) return;
        if (!state.suiteStarted && level !== 'error') return;
        if (state.suiteEnded) return; // the workbench shutting the extension host down
        if (SUITE_END_LINE.test(text)) state.suiteEnded = true;
        if (text === SUITE_BEGIN_MARKER || text.startsWith('##screenshot ')) return;
        process.stdout.write(level === 'info' || level === undefined ? `${text}\n` : `[${level}] ${text}\n`);
      }),
    );
    await guard(
      page.exposeFunction('codeAutomationExit', async (code, logs) => {
        try {
          for (const entry of Array.isArray(logs) ? logs : []) {
            const rel = path.normalize(String(entry.relativePath ?? '')).replace(/^(\.\.(\/|\\|$))+/, '');
            if (!rel || rel === '.') continue;
            const file = path.join(opts.logs, 'vscode', rel);
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, String(entry.contents ?? ''));
          }
        } catch (err) {
          log(`could not save the editor's logs: ${err.message}`);
        }
        state.suiteExited = true;
        resolveExit(typeof code === 'number' ? code : 1);
      }),
    );

    const authority = `127.0.0.1:${port}`;
    const remote = (p) => `vscode-remote://${authority}${pathToFileURL(p).pathname}`;
    const payload = [
      ['extensionDevelopmentPath', remote(developmentPath(opts))],
      ['extensionTestsPath', remote(opts.tests)],
      ['extensionEnvironment', JSON.stringify(suiteEnv)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `http://${authority}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    state.phase = 'loading the workbench';
    const tLoad = Date.now();
    await guard(page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }));
    log(`workbench page loaded in ${formatDuration(Date.now() - tLoad)}; running ${opts.tests}`);

    state.phase = 'running the suite';
    const tSuite = Date.now();
    exitCode = await guard(suiteExit);
    await guard(shots);
    log(`suite finished with exit code ${exitCode} in ${formatDuration(Date.now() - tSuite)} (total ${formatDuration(Date.now() - t0)})`);
  } catch (err) {
    exitCode = err instanceof RunError ? err.exitCode : 1;
    log(`FAILED: ${err instanceof RunError ? err.message : err.stack ?? err}`);
  } finally {
    clearTimeout(deadline);
    if (exitCode !== 0) log(`screenshots: ${opts.screenshots}   logs: ${opts.logs}`);
    state.phase = 'cleaning up';
    if (exitCode !== 0 && !state.suiteExited && state.page && !state.page.isClosed()) {
      // What the editor looked like when the run went wrong (a failed test has its own picture,
      // taken by the suite while the extension host ran).
      const file = path.join(opts.screenshots, 'failure-final.png');
      await withTimeout(state.page.screenshot({ path: file, type: 'png', timeout: 10_000 }), 12_000, 'screenshot')
        .then(() => log(`screenshot of the editor at the failure: ${file}`))
        .catch(() => {});
    }
    if (state.context) await withTimeout(state.context.close(), 15_000, 'closing Chromium').catch((e) => log(`closing Chromium: ${e.message}`));
    await killGroup(state.server);
    if (state.dirs) {
      // The server side's logs: remote extension host, and each extension's output channels
      // (a language client's trace among them).
      try {
        const serverLogs = path.join(state.dirs['user-data'], 'logs');
        if (fs.existsSync(serverLogs)) fs.cpSync(serverLogs, path.join(opts.logs, 'server'), { recursive: true });
      } catch (err) {
        log(`could not keep the server's logs: ${err.message}`);
      }
      if (opts.keep) log(`kept temporary folders: ${state.dirs.root}`);
      else fs.rmSync(state.dirs.root, { recursive: true, force: true, maxRetries: 3 });
    }
    for (const [sig, fn] of Object.entries(handlers)) process.off(sig, fn);
    process.off('exit', onExit);
  }
  return exitCode;
}

async function main() {
  let opts;
  try {
    opts = parseRunnerArgs(process.argv.slice(2));
  } catch (err) {
    log(`${err.message}  (--help lists the options)`);
    return err.exitCode ?? 2;
  }
  if (opts.help) {
    process.stdout.write(`usage: node scripts/e2e/run-code-server.mjs (--vsix FILE | --extension-dir DIR) [options]\n${USAGE}\n`);
    return 0;
  }
  return runCodeServer(opts);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Stdout and stderr are synchronous for pipes and files on Linux: nothing is lost.
  process.exit(await main());
}
