// Fails the build when a layer imports what it must not (see ARCHITECTURE.md):
//   server/src/core     no node:*, no Node built-ins, no vscode*, nothing outside core
//   server/src/service  no vscode (the editor API), no vscode-languageserver (the connection), no cli/server
//   client/             nothing from server/
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (full.endsWith('.ts')) yield full;
  }
}

function imports(text) {
  const found = [];
  const re = /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^\w.])require\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^\w.])import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
}

const rules = [
  {
    dir: 'server/src/core',
    check(spec, file) {
      if (builtins.has(spec) || spec.startsWith('node:')) return 'core may not use Node built-ins';
      if (spec.startsWith('vscode')) return 'core may not import the editor or the protocol';
      if (!spec.startsWith('.')) return `core may not import packages ("${spec}")`;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(join(root, 'server/src/core') + sep) && target !== join(root, 'server/src/core')) return 'core may not import outside core';
    },
  },
  {
    dir: 'server/src/service',
    check(spec, file) {
      if (spec === 'vscode' || spec.startsWith('vscode-languageserver/') || spec === 'vscode-languageserver') return 'service may use LSP types, not the connection or the editor';
      const target = resolve(dirname(file), spec);
      if (spec.startsWith('.') && (target.endsWith(`${sep}server`) || target.endsWith(`${sep}cli`))) return 'service may not import the server or the CLI';
    },
  },
  {
    dir: 'client',
    check(spec) {
      if (spec.includes('/server/') || spec.startsWith('../server')) return 'the client talks to the server only through the protocol';
    },
  },
];

let failures = 0;
for (const rule of rules) {
  for (const file of files(join(root, rule.dir))) {
    for (const spec of imports(readFileSync(file, 'utf8'))) {
      const problem = rule.check(spec, file);
      if (problem) {
        console.error(`${relative(root, file)}: imports "${spec}": ${problem}`);
        failures++;
      }
    }
  }
}
if (failures) {
  console.error(`check-layers: ${failures} forbidden import${failures === 1 ? '' : 's'} (see ARCHITECTURE.md)`);
  process.exit(1);
}
