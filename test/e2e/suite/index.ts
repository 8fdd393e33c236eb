// Entry point of the real-editor suite. VS Code loads this file in its extension host (given as
// extensionTestsPath) and awaits run(); a rejection makes the editor exit with code 1.
// The same file runs under code-server (scripts/e2e/run-code-server.mjs) and under
// @vscode/test-electron (scripts/e2e/run.mjs).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { screenshot } from './helpers';

/**
 * Compiled test files: every `*.e2e.js` below this folder, in a stable order. A compiled file whose
 * source is gone (tsc does not delete its output) is left out, and says so: a stale test must not
 * run.
 */
function findTestFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.e2e.js')) found.push(full);
    }
  };
  walk(root);
  return found.filter((file) => !isStale(file)).sort();
}

/** True when the compiled file's source map names a TypeScript source that no longer exists. */
function isStale(file: string): boolean {
  try {
    const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) as { sources?: string[]; sourceRoot?: string };
    const sources = (map.sources ?? []).map((s) => path.resolve(path.dirname(file), map.sourceRoot ?? '', s));
    const gone = sources.length > 0 && sources.every((s) => !fs.existsSync(s));
    if (gone) console.log(`(skipping ${path.basename(file)}: its source ${sources[0]} is gone; delete the compiled file)`);
    return gone;
  } catch {
    return false; // no source map: run it
  }
}

export function run(): Promise<void> {
  // The code-server runner shows the editor's log from this line on.
  console.log('##e2e-begin');
  const mocha = new Mocha({
    ui: 'bdd',
    // The editor, the extension and its language server start cold on a 2-core machine.
    timeout: Number(process.env.BRIEFLINT_E2E_TEST_TIMEOUT_MS) || 120_000,
    // Mocha prints the time of every test slower than half of this: where the suite spends its time.
    slow: 2_000,
    color: false,
    reporter: 'spec',
    grep: process.env.BRIEFLINT_E2E_GREP || undefined,
    rootHooks: {
      // What the editor showed when a test failed, taken while the extension host still runs.
      async afterEach(this: Mocha.Context) {
        const test = this.currentTest;
        if (test?.state !== 'failed') return;
        const name = `failed-${test.fullTitle()}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100);
        try {
          await screenshot(name, { timeoutMs: 20_000 });
        } catch (err) {
          console.log(`(no screenshot of the failure: ${err instanceof Error ? err.message : String(err)})`);
        }
      },
    },
  });

  const files = findTestFiles(__dirname);
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.e2e.js test files found under ${__dirname}: was test/e2e compiled?`));
  }
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const stats = runner.stats;
        const passed = stats?.passes ?? 0;
        const pending = stats?.pending ?? 0;
        // A closing line CI reads in any language (mocha's own "N passing" is not one).
        console.log(`e2e: ${passed} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else if (passed === 0) reject(new Error('no e2e test ran (check BRIEFLINT_E2E_GREP)'));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
