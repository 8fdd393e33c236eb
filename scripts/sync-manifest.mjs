// Writes package.json's `contributes.configuration` from the rule catalogue and the settings
// descriptions in server/src/core/settingsSchema.ts (compiled), and the README's rule table
// (between `<!-- rules:start -->` and `<!-- rules:end -->`) from the catalogue, so neither can
// drift from the code. `npm run sync-manifest` rewrites; `--check` fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const { configurationSchema } = require(join(root, 'out/server/src/core/settingsSchema.js'));
const { RULES } = require(join(root, 'out/server/src/core/rules/catalogue.js'));
const stale = [];
const file = join(root, 'package.json');
const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
pkg.contributes = pkg.contributes ?? {};
pkg.contributes.configuration = configurationSchema();
const next = JSON.stringify(pkg, null, 2) + '\n';
sync(file, text, next, 'package.json: contributes.configuration');

const readme = join(root, 'README.md');
const readmeText = readFileSync(readme, 'utf8');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const a = readmeText.indexOf(START);
const b = readmeText.indexOf(END);
if (a >= 0 && b > a) {
  const cell = (x) => x.replace(/\|/g, '\\|');
  const table = [
    '| code | default | what it flags | example |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| \`${r.code}\` | ${r.severity} | ${cell(r.summary)} | \`${cell(r.example)}\` |`),
  ].join('\n');
  sync(readme, readmeText, readmeText.slice(0, a + START.length) + '\n' + table + '\n' + readmeText.slice(b), 'README.md: rule table');
}

if (stale.length) {
  console.error(`out of date: ${stale.join('; ')}: run \`npm run sync-manifest\``);
  process.exit(1);
}

function sync(path, before, after, what) {
  if (before === after) return;
  if (process.argv.includes('--check')) stale.push(what);
  else {
    writeFileSync(path, after);
    console.log(`${what} updated`);
  }
}
