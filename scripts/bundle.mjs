// Bundles the client and the language server into dist/ with esbuild, so the packaged
// extension runs without node_modules: dist/extension.js (VS Code loads it) and dist/server.js
// (the client starts it). Type checking is tsc's job (`tsc -b`); this only bundles.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', external: ['pdfjs-dist'] }),
]);

// pdfjs-dist is ES modules, loaded lazily with import() on the first PDF (server/src/documents/
// pdf.ts): it is not bundled but copied beside the bundle, as dist/pdfjs/, which the packaged
// extension ships (.vscodeignore) and the reader finds before looking in node_modules.
const pdfjs = dirname(createRequire(join(root, 'package.json')).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
mkdirSync(join(root, 'dist/pdfjs'), { recursive: true });
copyFileSync(join(pdfjs, 'pdf.min.mjs'), join(root, 'dist/pdfjs/pdf.mjs'));
copyFileSync(join(pdfjs, 'pdf.worker.min.mjs'), join(root, 'dist/pdfjs/pdf.worker.mjs'));
copyFileSync(join(pdfjs, '..', '..', 'LICENSE'), join(root, 'dist/pdfjs/LICENSE'));
