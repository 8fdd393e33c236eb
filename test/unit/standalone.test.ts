/**
 * `npm test` stands on its own: no test it runs reads anything outside the repository (the real
 * sample beside it, ../shared/samples/, is for `npm run test:samples`), and the timing tests are
 * not among its specs (they are `npm run test:perf`).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '..', '..', '..');
const compiledTests = path.join(repo, 'out', 'test');

/** The compiled files under out/test that `npm test` may load: all but the samples and perf suites (and this file). */
function npmTestFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      const rel = path.relative(compiledTests, full).split(path.sep).join('/');
      if (e.isDirectory()) {
        if (rel !== 'samples' && rel !== 'perf' && rel !== 'e2e') walk(full);
      } else if (e.name.endsWith('.js') && full !== __filename) {
        out.push(full);
      }
    }
  };
  walk(compiledTests);
  return out.sort();
}

/** What a test reading outside the repository, or loading the other suites, would contain. */
const OUTSIDE = [/shared[\\/]samples/, /['"]shared['"]/, /letter-motion-to-compel/, /require\("(\.\.\/)+samples\//, /require\("(\.\.\/)+perf\//];

describe('npm test stands on its own', () => {
  it('has compiled tests to look at', () => {
    assert.ok(npmTestFiles().length > 50, `only ${npmTestFiles().length} files under out/test`);
  });

  it('reads nothing beside the repository (no ../shared, no samples suite)', () => {
    const offending: string[] = [];
    for (const file of npmTestFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const pattern of OUTSIDE) {
        const m = pattern.exec(text);
        if (m) offending.push(`${path.relative(repo, file)}: ${JSON.stringify(m[0])}`);
      }
    }
    assert.deepEqual(offending, []);
  });

  it('runs only tests that have their source (no compiled test left from a moved or deleted one)', () => {
    const stale = npmTestFiles()
      .filter((file) => file.endsWith('.test.js'))
      .map((file) => path.relative(compiledTests, file).replace(/\.js$/, '.ts'))
      .filter((source) => !fs.existsSync(path.join(repo, 'test', source)));
    assert.deepEqual(stale, [], 'delete these from out/test (npm run clean, then build)');
  });

  it('runs neither the samples nor the perf suite', () => {
    const config = JSON.parse(fs.readFileSync(path.join(repo, '.mocharc.json'), 'utf8')) as { spec: string[] };
    assert.ok(config.spec.length > 0);
    for (const spec of config.spec) assert.doesNotMatch(spec, /samples|perf/, spec);
  });

  it('keeps its fixtures inside the repository', () => {
    const fixtures = require('../fixtures') as typeof import('../fixtures');
    assert.equal(path.relative(repo, fixtures.FIXTURES), path.join('test', 'fixtures'));
    assert.ok(fixtures.LETTER_MOTION.includes('DLMT\\_QRX\\_000412207'));
  });
});
