// Writes package.json's `contributes.configuration` from the rule catalogue and the settings
// descriptions in server/src/core/settingsSchema.ts (compiled), so the manifest cannot drift
// from the code. `npm run sync-manifest` rewrites; `--check` fails when package.json is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const { configurationSchema } = require(join(root, 'out/server/src/core/settingsSchema.js'));
const file = join(root, 'package.json');
const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
pkg.contributes = pkg.contributes ?? {};
pkg.contributes.configuration = configurationSchema();
const next = JSON.stringify(pkg, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('package.json contributes.configuration is out of date: run `npm run sync-manifest`');
    process.exit(1);
  }
} else if (next !== text) {
  writeFileSync(file, next);
  console.log('package.json: contributes.configuration updated');
}
