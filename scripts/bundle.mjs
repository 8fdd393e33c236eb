// Bundles the client and the language server into dist/ with esbuild, so the packaged
// extension runs without node_modules: dist/extension.js (VS Code loads it) and dist/server.js
// (the client starts it). Type checking is tsc's job (`tsc -b`); this only bundles.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: false,
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
]);
